#include "PostgresCollector.h"

#include "HttpFetcher.h"
#include "PostgresConnection.h"
#include "PostgresDebezium.h"
#include "PostgresSlotTracker.h"

#include <QDateTime>
#include <QTimer>

namespace Tidewatch {

PostgresCollector::PostgresCollector(ClusterProfile profile, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_connection(std::make_unique<PostgresConnection>(m_profile.pipeline.postgres,
                                                        m_profile.pipeline.postgresPassword))
    , m_tracker(std::make_unique<PostgresSlotTracker>())
{
    m_last.clusterName = m_profile.name;
}

PostgresCollector::~PostgresCollector() = default;

void PostgresCollector::start()
{
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setInterval(m_profile.kafkaPollIntervalMs);
        connect(m_timer, &QTimer::timeout, this, &PostgresCollector::collect);
    }
    m_timer->start();
    collect();
}

void PostgresCollector::stop()
{
    if (m_timer)
        m_timer->stop();
    m_connection->close();
}

void PostgresCollector::collect()
{
    if (m_collecting)
        return; // HttpFetcher's local event loop can deliver our own timer meanwhile
    m_collecting = true;
    const QDateTime started = QDateTime::currentDateTimeUtc();
    PostgresSnapshot next = m_last;
    next.status.attemptedAt = started;
    next.status.requestCount = 1;
    QList<PostgresConnection::Row> rows;
    QString error;
    const bool queried =
        m_connection->query(PostgresSlotTracker::slotQuery(), m_profile.requestTimeoutMs, rows);
    const qint64 answeredMs = QDateTime::currentMSecsSinceEpoch();
    if (queried) {
        PostgresSnapshot fresh = next;
        if (m_tracker->apply(rows, answeredMs, fresh, error)) {
            next = fresh;
            next.server = m_connection->server();
        }
    } else {
        error = m_connection->error();
    }
    if (!m_profile.pipeline.debeziumMetrics.isEmpty()) {
        // Debezium's own view, from the Connect worker: beside the slot, not instead of it.
        if (!m_http)
            m_http = std::make_unique<HttpFetcher>();
        const auto replies =
            m_http->fetch({{0, m_profile.pipeline.debeziumMetrics}}, m_profile.requestTimeoutMs);
        const HttpFetcher::Reply reply = replies.value(0);
        ++next.status.requestCount;
        next.debeziumError = reply.error;
        next.debezium = reply.error.isEmpty() ? debeziumMetrics(PrometheusTextParser::parse(reply.body))
                                              : QList<DebeziumMetrics>{};
    }
    next.status.reachable = error.isEmpty();
    next.status.error = error;
    if (next.status.reachable)
        next.status.lastSuccessAt = started;
    next.status.durationMs = QDateTime::currentMSecsSinceEpoch() - started.toMSecsSinceEpoch();
    m_last = next;
    m_collecting = false;
    Q_EMIT snapshotReady(next);
}

} // namespace Tidewatch
