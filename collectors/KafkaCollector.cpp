#include "KafkaCollector.h"

#include "KafkaHandle.h"
#include "KafkaMetadataReader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

namespace Tidewatch {

KafkaCollector::KafkaCollector(ClusterProfile profile, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
{
    m_last.clusterName = m_profile.name;
}

KafkaCollector::~KafkaCollector() = default;

void KafkaCollector::start()
{
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setInterval(m_profile.kafkaPollIntervalMs);
        connect(m_timer, &QTimer::timeout, this, &KafkaCollector::cycle);
    }
    m_timer->start();
    cycle();
}

void KafkaCollector::stop()
{
    if (m_timer)
        m_timer->stop();
}

void KafkaCollector::cycle()
{
    Q_EMIT snapshotReady(collectOnce());
}

KafkaSnapshot KafkaCollector::collectOnce()
{
    QElapsedTimer clock;
    clock.start();
    KafkaSnapshot next = m_last; // keeps the last good data; the status says how old it is
    next.status.attemptedAt = QDateTime::currentDateTimeUtc();
    next.status.requestCount = 0;

    if (!m_client)
        m_client = std::make_unique<KafkaHandle>(m_profile);
    if (!m_client->handle()) {
        next.status.reachable = false;
        next.status.error = m_client->error();
        m_client.reset(); // a profile error stays an error; try again next cycle after a fix
    } else {
        rd_kafka_t *rk = m_client->handle();
        const rd_kafka_metadata_t *metadata = nullptr;
        const rd_kafka_resp_err_t err =
            rd_kafka_metadata(rk, 1, nullptr, &metadata, m_profile.requestTimeoutMs);
        ++next.status.requestCount;
        if (err != RD_KAFKA_RESP_ERR_NO_ERROR) {
            next.status.reachable = false;
            next.status.error = QCoreApplication::translate("KafkaCollector", "Metadata request failed: %1")
                                    .arg(QString::fromUtf8(rd_kafka_err2str(err)));
        } else {
            // Cheap after the metadata call: librdkafka caches both from the metadata response.
            next.controllerId = rd_kafka_controllerid(rk, 0);
            if (char *id = rd_kafka_clusterid(rk, 0)) {
                next.clusterId = QString::fromUtf8(id);
                rd_kafka_mem_free(rk, id);
            }
            KafkaMetadataReader::fill(*metadata, next);
            rd_kafka_metadata_destroy(metadata);
            next.status.reachable = true;
            next.status.error.clear();
            next.status.lastSuccessAt = next.status.attemptedAt;
        }
    }
    next.status.durationMs = clock.elapsed();
    m_last = next;
    return next;
}

} // namespace Tidewatch
