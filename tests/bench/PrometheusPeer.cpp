#include "PrometheusPeer.h"

#include "AlertmanagerProcess.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QTcpServer>
#include <QUrl>

#include <csignal>
#include <sys/prctl.h>

namespace Tidewatch {

namespace {

int freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void dieWithParent(QProcess &process)
{
    process.setChildProcessModifier([] { prctl(PR_SET_PDEATHSIG, SIGTERM); });
}

} // namespace

PrometheusPeer::~PrometheusPeer()
{
    stop(m_prometheus);
    stop(m_serve);
}

void PrometheusPeer::stop(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(15000)) {
        process.kill();
        process.waitForFinished(5000);
    }
}

QByteArray PrometheusPeer::logs() const
{
    return "serve:\n" + readFile(m_dir.filePath(QStringLiteral("serve.log"))).right(2000) +
           "\nprometheus:\n" + readFile(m_dir.filePath(QStringLiteral("prometheus.log"))).right(2000);
}

bool PrometheusPeer::start(const Options &options, QString &error)
{
    const QString rules = m_dir.filePath(QStringLiteral("rules.json"));
    const QString profiles = m_dir.filePath(QStringLiteral("profiles.ini")); // empty: no targets
    if (!m_dir.isValid() || !writeFile(rules, AlertRules::toJson({options.rule})) ||
        !writeFile(profiles, {})) {
        error = QStringLiteral("cannot write to a temporary folder");
        return false;
    }

    // The exporter: its own Kafka collector, the same poll interval as the in-process Monitor.
    m_servePort = freePort();
    m_serve.setStandardOutputFile(QProcess::nullDevice());
    m_serve.setStandardErrorFile(m_dir.filePath(QStringLiteral("serve.log")));
    dieWithParent(m_serve);
    m_serve.start(options.tidewatch,
                  {QStringLiteral("serve"), QStringLiteral("--profiles-file"), profiles,
                   QStringLiteral("--bootstrap"), options.bootstrap, QStringLiteral("--interval"),
                   QString::number(options.pollIntervalMs), QStringLiteral("--rules"), rules,
                   QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(m_servePort)});
    if (!waitForServe(error))
        return false;

    // The same rule, exported by the command line as a user would.
    const QString exported = m_dir.filePath(QStringLiteral("rules.yml"));
    QProcess exporter;
    exporter.start(options.tidewatch, {QStringLiteral("rules"), QStringLiteral("export"),
                                       QStringLiteral("--format"), QStringLiteral("prometheus"),
                                       QStringLiteral("--rules"), rules, QStringLiteral("--out"), exported});
    if (!exporter.waitForFinished(60000) || exporter.exitCode() != 0) {
        error = QStringLiteral("tidewatch rules export failed: ") +
                QString::fromUtf8(exporter.readAllStandardError());
        return false;
    }
    m_exported = readFile(exported);

    const QUrl am(options.alertmanagerUrl);
    const QString config = m_dir.filePath(QStringLiteral("prometheus.yml"));
    if (!writeFile(config, QStringLiteral("global:\n"
                                          "  scrape_interval: 1s\n"
                                          "  evaluation_interval: 1s\n"
                                          "  external_labels: {source: prometheus}\n"
                                          "rule_files: ['%1']\n"
                                          "alerting:\n"
                                          "  alertmanagers:\n"
                                          "    - static_configs: [{targets: ['%2:%3']}]\n"
                                          "scrape_configs:\n"
                                          "  - job_name: tidewatch\n"
                                          "    static_configs: [{targets: ['127.0.0.1:%4']}]\n")
                               .arg(exported, am.host())
                               .arg(am.port())
                               .arg(m_servePort)
                               .toUtf8())) {
        error = QStringLiteral("cannot write prometheus.yml");
        return false;
    }
    m_promPort = freePort();
    m_prometheus.setStandardOutputFile(QProcess::nullDevice());
    m_prometheus.setStandardErrorFile(m_dir.filePath(QStringLiteral("prometheus.log")));
    dieWithParent(m_prometheus);
    m_prometheus.start(options.prometheus,
                       {QStringLiteral("--config.file=") + config,
                        QStringLiteral("--storage.tsdb.path=") + m_dir.filePath(QStringLiteral("tsdb")),
                        QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(m_promPort)});
    return waitForPrometheus(error);
}

bool PrometheusPeer::waitForServe(QString &error)
{
    const QByteArray serving = "serving http://127.0.0.1:" + QByteArray::number(m_servePort) + "/metrics";
    QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired()) {
        if (readFile(m_dir.filePath(QStringLiteral("serve.log"))).contains(serving))
            return true;
        if (m_serve.waitForFinished(100) || m_serve.state() == QProcess::NotRunning) {
            error = QStringLiteral("tidewatch serve did not start or exited: ") + QString::fromUtf8(logs());
            return false;
        }
    }
    error = QStringLiteral("tidewatch serve was not serving within 60 s");
    return false;
}

bool PrometheusPeer::waitForPrometheus(QString &error)
{
    QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired()) {
        QByteArray body;
        if (httpGet(prometheusUrl() + QStringLiteral("/api/v1/targets?state=active"), &body, 1000) == 200 &&
            body.contains("\"health\":\"up\""))
            return true;
        if (m_prometheus.waitForFinished(200) || m_prometheus.state() == QProcess::NotRunning) {
            error = QStringLiteral("prometheus did not start or exited: ") + QString::fromUtf8(logs());
            return false;
        }
    }
    error = QStringLiteral("prometheus had not scraped serve within 60 s: ") + QString::fromUtf8(logs());
    return false;
}

} // namespace Tidewatch
