#pragma once

#include <librdkafka/rdkafka.h>

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QStringList>

namespace Tidewatch::KafkaConfigReader {

/// One topic's config entries as the broker answered them: (name, value), a NULL value as "".
using Entries = QList<QPair<QByteArray, QByteArray>>;

struct Described
{
    QHash<QString, Entries> topics; ///< topics the broker answered without a per-topic error
    bool timedOut = false;          ///< no answer within the timeout
    QString error;                  ///< the request's error as librdkafka says it (not translated)
};

/// Asks for the config entries @p keys of @p topics with one DescribeConfigs request (to the
/// controller). The request names the keys (config_names), so the broker answers those entries
/// instead of all ~33 per topic. Blocking, bounded by @p timeoutMs. The one DescribeConfigs call of
/// the collectors: min.insync.replicas and the retention settings both go through it.
Described describeTopics(rd_kafka_t *rk, const QStringList &topics, const QList<QByteArray> &keys,
                         int timeoutMs);

struct Result
{
    QHash<QString, int> minInsyncReplicas; ///< topic -> its effective min.insync.replicas
    QString error;
    int requestCount = 0;
};

/// Reads min.insync.replicas of @p topics with one describeTopics() request that names only that key.
/// Blocking, bounded by @p timeoutMs.
Result readMinInsyncReplicas(rd_kafka_t *rk, const QStringList &topics, int timeoutMs);

} // namespace Tidewatch::KafkaConfigReader
