#include "AlertmanagerProcess.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>

#include <csignal>
#include <sys/prctl.h>

namespace Tidewatch {

int httpGet(const QString &url, QByteArray *body, int timeoutMs)
{
    QNetworkAccessManager network;
    QNetworkRequest request{QUrl(url)};
    request.setTransferTimeout(timeoutMs);
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    if (body)
        *body = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

QString AlertmanagerProcess::binary()
{
    const QString configured = qEnvironmentVariable("TIDEWATCH_ALERTMANAGER");
    for (const QString &candidate : {configured, QStringLiteral("/usr/bin/prometheus-alertmanager")}) {
        if (!candidate.isEmpty() && QFileInfo(candidate).isExecutable())
            return candidate;
    }
    return {};
}

AlertmanagerProcess::~AlertmanagerProcess()
{
    stop();
}

bool AlertmanagerProcess::start(QString &error)
{
    if (binary().isEmpty()) {
        error = QStringLiteral("prometheus-alertmanager is not installed");
        return false;
    }
    if (m_port == 0) {
        QTcpServer probe; // a free port, kept across restarts
        probe.listen(QHostAddress::LocalHost, 0);
        m_port = probe.serverPort();
        QFile config(m_dir.filePath(QStringLiteral("am.yml")));
        if (!config.open(QIODevice::WriteOnly)) {
            error = config.errorString();
            return false;
        }
        config.write("route:\n  receiver: \"null\"\nreceivers:\n  - name: \"null\"\n");
    }
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.setStandardOutputFile(QProcess::nullDevice());
    // A test that crashes must not leave its Alertmanager behind.
    m_process.setChildProcessModifier([] { prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_process.start(binary(),
                    {QStringLiteral("--config.file=") + m_dir.filePath(QStringLiteral("am.yml")),
                     QStringLiteral("--storage.path=") + m_dir.filePath(QStringLiteral("data")),
                     QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(m_port),
                     QStringLiteral("--cluster.listen-address="), QStringLiteral("--log.level=warn")});
    if (!m_process.waitForStarted(10000)) {
        error = m_process.errorString();
        return false;
    }
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        if (httpGet(url() + QStringLiteral("/-/ready"), nullptr, 1000) == 200)
            return true;
        if (m_process.state() != QProcess::Running) {
            error = QStringLiteral("prometheus-alertmanager exited with %1").arg(m_process.exitCode());
            return false;
        }
        QThread::msleep(100);
    }
    error = QStringLiteral("prometheus-alertmanager was not ready within 20 s");
    return false;
}

void AlertmanagerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QJsonArray AlertmanagerProcess::alerts(const QString &filter, bool *ok) const
{
    QUrl url(this->url() + QStringLiteral("/api/v2/alerts"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("filter"), filter);
    url.setQuery(query);
    QByteArray body;
    const int status = httpGet(url.toString(), &body, 3000);
    if (ok)
        *ok = status == 200;
    return QJsonDocument::fromJson(body).array();
}

} // namespace Tidewatch
