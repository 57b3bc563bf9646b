#pragma once

#include "ClusterProfile.h"
#include "LagTracker.h"

#include <QHash>
#include <QList>

#include <memory>

struct rd_kafka_topic_s;

namespace Tidewatch {

class KafkaHandle;

/// Reads the timestamp of the record at given offsets, one record per position, with a consumer
/// handle of its own that has no group: it assigns nothing through a coordinator, never joins and
/// never commits (librdkafka's simple consumer API). Used where the high-watermark history is too
/// short to say how long ago a committed offset was produced. Lives on the collector's thread.
///
/// Each read costs one Fetch per leader for the positions asked (the broker returns the batch that
/// holds the offset, at least one batch, at most fetch.message.max.bytes per partition beyond it).
class RecordTimestampReader
{
public:
    explicit RecordTimestampReader(const ClusterProfile &profile);
    ~RecordTimestampReader();
    RecordTimestampReader(const RecordTimestampReader &) = delete;
    RecordTimestampReader &operator=(const RecordTimestampReader &) = delete;

    /// Reads one record at each position, waiting at most @p timeoutMs in all. A partition asked at
    /// several offsets (groups at different positions) is read at the lowest, then moved on with a
    /// seek. Positions without an answer in time are in the result as failed reads.
    QHash<LagTracker::Position, RecordTime> read(const QList<LagTracker::Position> &positions, int timeoutMs);

    /// Why the handle could not be created, empty when fine.
    QString error() const;

private:
    rd_kafka_topic_s *topic(const QString &name);

    std::unique_ptr<KafkaHandle> m_client;
    QHash<QString, rd_kafka_topic_s *> m_topics;
};

} // namespace Tidewatch
