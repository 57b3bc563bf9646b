#pragma once

#include <librdkafka/rdkafka.h>

#include <QHash>
#include <QStringList>

namespace Tidewatch::KafkaConfigReader {

struct Result
{
    QHash<QString, int> minInsyncReplicas; ///< topic -> its effective min.insync.replicas
    QString error;
    int requestCount = 0;
};

/// Reads min.insync.replicas of @p topics with one DescribeConfigs request (to the controller) that
/// names only that key.
/// Blocking, bounded by @p timeoutMs.
Result readMinInsyncReplicas(rd_kafka_t *rk, const QStringList &topics, int timeoutMs);

} // namespace Tidewatch::KafkaConfigReader
