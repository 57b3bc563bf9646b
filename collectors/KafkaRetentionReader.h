#pragma once

#include <librdkafka/rdkafka.h>

#include <QHash>
#include <QStringList>

namespace Tidewatch::KafkaRetentionReader {

/// A topic's retention settings as the cluster reports them (defaults included).
struct Retention
{
    qint64 retentionMs = -1;    ///< -1: unlimited
    qint64 retentionBytes = -1; ///< per partition; -1: unlimited
    QString cleanupPolicy;      ///< "delete", "compact" or "compact,delete"

    friend bool operator==(const Retention &, const Retention &) = default;
};

struct Result
{
    QHash<QString, Retention> topics; ///< topics whose configs were read
    QString error;
    int requestCount = 0;
};

/// Reads retention.ms, retention.bytes and cleanup.policy of @p topics with one DescribeConfigs
/// request (KafkaConfigReader::describeTopics, naming the three keys). Blocking, bounded by
/// @p timeoutMs. Beside KafkaConfigReader::readMinInsyncReplicas, on its own schedule
/// (KafkaCollector::startRetentionRead).
Result read(rd_kafka_t *rk, const QStringList &topics, int timeoutMs);

/// Fills one topic's settings from DescribeConfigs entries (name, value); false when any of the three
/// is missing or unreadable. Pure, for the tests.
bool parse(const QList<QPair<QByteArray, QByteArray>> &entries, Retention &out);

} // namespace Tidewatch::KafkaRetentionReader
