#include "StackTools.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

namespace Tidewatch::StackTools {

ToolResult stack(const QStringList &args, int timeoutMs)
{
    QProcess p;
    p.start(qEnvironmentVariable("TIDEWATCH_STACK"), args);
    ToolResult result;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        result.err = QStringLiteral("timed out");
        return result;
    }
    result.exitCode = p.exitCode();
    result.out = QString::fromUtf8(p.readAllStandardOutput());
    result.err = QString::fromUtf8(p.readAllStandardError());
    return result;
}

ToolResult stackServingEvents(const QStringList &args, int timeoutMs)
{
    return serveEventsWhile(qEnvironmentVariable("TIDEWATCH_STACK"), args, timeoutMs);
}

ToolResult serveEventsWhile(const QString &program, const QStringList &args, int timeoutMs)
{
    // The process is started and waited for on a thread of its own: starting a process blocks the
    // thread that starts it until the child has exec'd (up to 320 ms for a large ASan test process
    // on a loaded machine, perf in docs/RELIABILITY.md). The fork still holds the memory map's lock
    // against the GUI thread's page faults; a test that measures stalls uses CommandShell.
    ToolResult result;
    std::atomic_bool done = false;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        QProcess p;
        p.start(program, args);
        if (!p.waitForStarted(timeoutMs)) {
            result.err = p.errorString();
        } else if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            result.err = QStringLiteral("timed out");
        } else {
            result.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
            result.out = QString::fromUtf8(p.readAllStandardOutput());
            result.err = QString::fromUtf8(p.readAllStandardError());
        }
        done = true;
    }));
    worker->start();
    while (!done) {
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
    }
    worker->wait();
    return result;
}

QString runDir()
{
    const QString run = qEnvironmentVariable("TIDEWATCH_STACK_RUN");
    if (!run.isEmpty())
        return run;
    return QFileInfo(qEnvironmentVariable("TIDEWATCH_STACK")).absolutePath() + QStringLiteral("/run");
}

qint64 brokerPid(int node)
{
    QFile file(runDir() + QStringLiteral("/pids/node%1.pid").arg(node));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return file.readAll().trimmed().toLongLong();
}

QList<DescribedOffset> parseGroupDescribe(const QString &text)
{
    // GROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID HOST CLIENT-ID
    QList<DescribedOffset> rows;
    const auto number = [](const QString &s) {
        return s == QLatin1String("-") ? qint64(-1) : s.toLongLong();
    };
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QStringList f = line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        if (f.size() < 6 || f[0] == QLatin1String("GROUP"))
            continue;
        bool ok = false;
        const int partition = f[2].toInt(&ok);
        if (!ok)
            continue;
        rows.append({f[0], f[1], partition, number(f[3]), number(f[4]), number(f[5])});
    }
    return rows;
}

QSet<QPair<QString, int>> parseTopicPartitions(const QString &text)
{
    QSet<QPair<QString, int>> out;
    static const QRegularExpression line(QStringLiteral("Topic:\\s*(\\S+)\\s+Partition:\\s*(\\d+)"));
    for (auto it = line.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out.insert({m.captured(1), m.captured(2).toInt()});
    }
    return out;
}

namespace {

QString readTrimmed(const QDir &dir, const QString &name)
{
    QFile f(dir.filePath(name));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
}

/// The key=value lines of a run directory's endpoints.properties.
QHash<QString, QString> endpointProperties(const QDir &dir)
{
    QHash<QString, QString> values;
    for (const QString &line :
         readTrimmed(dir, QStringLiteral("endpoints.properties")).split(QLatin1Char('\n')))
        values.insert(line.section(QLatin1Char('='), 0, 0).trimmed(),
                      line.section(QLatin1Char('='), 1).trimmed());
    return values;
}

} // namespace

SecureEndpoints secureEndpoints()
{
    const QDir dir(QDir(runDir()).filePath(QStringLiteral("security")));
    const QHash<QString, QString> endpoints = endpointProperties(dir);
    SecureEndpoints e;
    e.plaintext = endpoints.value(QStringLiteral("plaintext"));
    e.saslSsl = endpoints.value(QStringLiteral("sasl_ssl"));
    e.mtls = endpoints.value(QStringLiteral("mtls"));
    e.caFile = dir.filePath(QStringLiteral("ca.pem"));
    e.clientCertFile = dir.filePath(QStringLiteral("client.pem"));
    e.clientKeyFile = dir.filePath(QStringLiteral("client.key"));
    e.scramUser = readTrimmed(dir, QStringLiteral("scram-user"));
    e.scramPassword = readTrimmed(dir, QStringLiteral("scram-password"));
    e.saslSslProperties = dir.filePath(QStringLiteral("sasl_ssl.properties"));
    e.saslSslScramProperties = dir.filePath(QStringLiteral("sasl_ssl-scram.properties"));
    e.mtlsProperties = dir.filePath(QStringLiteral("mtls.properties"));
    return e;
}

Kafka3Endpoints kafka3Endpoints()
{
    const QDir dir(QDir(runDir()).filePath(QStringLiteral("kafka3")));
    const QHash<QString, QString> endpoints = endpointProperties(dir);
    Kafka3Endpoints e;
    e.plaintext = endpoints.value(QStringLiteral("plaintext"));
    e.saslSsl = endpoints.value(QStringLiteral("sasl_ssl"));
    e.version = endpoints.value(QStringLiteral("version"));
    e.clusterId = readTrimmed(dir, QStringLiteral("cluster-id"));
    e.scramSha512Properties = dir.filePath(QStringLiteral("scram-sha-512.properties"));
    e.scramSha256Properties = dir.filePath(QStringLiteral("scram-sha-256.properties"));
    e.logFile = dir.filePath(QStringLiteral("logs/server.log"));
    return e;
}

QString plaintextBootstrap()
{
    const QString listed = secureEndpoints().plaintext;
    return listed.isEmpty() ? QString::fromLatin1(kBootstrap) : listed;
}

} // namespace Tidewatch::StackTools
