#pragma once

#include "KafkaSnapshot.h"

#include <librdkafka/rdkafka.h>

#include <QHash>

namespace Tidewatch::KafkaOffsetReader {

/// A (topic, partition) key.
using TopicPartition = QPair<QString, int>;

struct WatermarkResult
{
    QHash<TopicPartition, qint64> offsets; ///< partitions whose leader answered
    QStringList errors;                    ///< one per leader that failed, naming it
    QHash<TopicPartition, QString> partitionErrors;
    int requestCount = 0;
};

/// At most this many partitions in one ListOffsets (librdkafka's answer handling is quadratic in it).
constexpr int kWatermarkChunk = 1000;

/// Fetches the end (@p which = RD_KAFKA_OFFSET_END) or start (RD_KAFKA_OFFSET_BEGINNING) offsets of
/// every partition with a leader: one ListOffsets per leader broker and kWatermarkChunk partitions,
/// the leaders in parallel, so a dead leader only blanks its own partitions. Blocking, bounded by
/// @p timeoutMs.
WatermarkResult fetchWatermarks(rd_kafka_t *rk, const QList<TopicInfo> &topics, qint64 which, int timeoutMs);

/// What to ask one group's coordinator.
struct OffsetQuery
{
    QString groupId;
    int coordinatorId = -1;           ///< sent straight there; -1: let librdkafka find it
    QList<TopicPartition> partitions; ///< explicit list; empty: every partition the group committed
};

struct CommittedResult
{
    QHash<QString, QHash<TopicPartition, qint64>> offsets; ///< group -> partition -> committed offset
    QHash<QString, QString> errors;                        ///< group -> why its offsets are missing
    int requestCount = 0;
};

/// Fetches committed offsets: one OffsetFetch per group to its coordinator, all in flight at once.
/// Blocking, bounded by @p timeoutMs in total.
CommittedResult fetchCommitted(rd_kafka_t *rk, const QList<OffsetQuery> &queries, int timeoutMs);

} // namespace Tidewatch::KafkaOffsetReader
