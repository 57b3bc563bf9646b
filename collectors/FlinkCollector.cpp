#include "FlinkCollector.h"

#include "FlinkParsers.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrl>

namespace Tidewatch {

FlinkCollector::FlinkCollector(ClusterProfile profile, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
{
    m_last.clusterName = m_profile.name;
    m_last.restUrl = m_profile.flinkRestUrl;
}

void FlinkCollector::start()
{
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setInterval(m_profile.flinkPollIntervalMs);
        connect(m_timer, &QTimer::timeout, this, &FlinkCollector::collect);
    }
    m_timer->start();
    collect();
}

void FlinkCollector::stop()
{
    if (m_timer)
        m_timer->stop();
}

void FlinkCollector::collect()
{
    if (m_pending > 0)
        return; // the previous cycle is still waiting for its (bounded) replies
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    m_next = m_last;
    m_next.status.attemptedAt = QDateTime::currentDateTimeUtc();
    m_next.status.requestCount = 0;
    m_errors.clear();
    m_cycleStartMs = QDateTime::currentMSecsSinceEpoch();
    m_pending = 3;
    request(QStringLiteral("/config"), &FlinkParsers::parseConfig);
    request(QStringLiteral("/overview"), &FlinkParsers::parseOverview);
    request(QStringLiteral("/jobs/overview"), &FlinkParsers::parseJobsOverview);
}

void FlinkCollector::request(const QString &path, Parser parser)
{
    QUrl url(m_profile.flinkRestUrl);
    url.setPath(url.path() + path);
    QNetworkRequest req(url);
    req.setTransferTimeout(m_profile.requestTimeoutMs);
    req.setRawHeader("Accept", "application/json");
    QNetworkReply *reply = m_network->get(req);
    ++m_next.status.requestCount;
    connect(reply, &QNetworkReply::finished, this, [this, reply, path, parser] {
        reply->deleteLater();
        const QByteArray body = reply->readAll();
        const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        QString error;
        if (reply->error() != QNetworkReply::NoError && http == 0) {
            error = reply->errorString();
        } else if (http >= 400) {
            const QString detail = FlinkParsers::errorMessage(body);
            error = QCoreApplication::translate("FlinkCollector", "HTTP %1%2")
                        .arg(http)
                        .arg(detail.isEmpty() ? QString() : QStringLiteral(": ") + detail);
        } else {
            parser(body, m_next, error);
        }
        if (!error.isEmpty())
            m_errors.append(path + QStringLiteral(": ") + error);
        if (--m_pending == 0)
            finishCycle();
    });
}

void FlinkCollector::finishCycle()
{
    m_next.status.durationMs = QDateTime::currentMSecsSinceEpoch() - m_cycleStartMs;
    m_next.status.reachable = m_errors.isEmpty();
    m_next.status.error = m_errors.join(QStringLiteral("; "));
    if (m_next.status.reachable)
        m_next.status.lastSuccessAt = m_next.status.attemptedAt;
    m_last = m_next;
    Q_EMIT snapshotReady(m_last);
}

} // namespace Tidewatch
