#pragma once

#include "KafkaSnapshot.h"

#include <QHash>
#include <QPair>

namespace Tidewatch {

/// Remembers, per partition, since when its last stable offset (LSO) has stayed below the high
/// watermark at the same value: an open transaction, hanging once it stays so for longer than the
/// threshold. Kafka aborts a transaction after its transaction.timeout.ms (at most the brokers'
/// transaction.max.timeout.ms, 15 minutes by default); one open for longer is stuck, and holds every
/// read_committed consumer of the partition at the LSO. Pure: offsets and times in, states out.
class TransactionTracker
{
public:
    using TopicPartition = QPair<QString, int>;
    struct State
    {
        double openSeconds = -1; ///< at least this long open (since first seen); negative: none open
        bool hanging = false;
    };

    explicit TransactionTracker(qint64 hangingAfterMs = 300000);

    /// One reading of a partition's LSO and high watermark taken at @p nowMs (negative: not read).
    /// An unread LSO or watermark says nothing new: the open transaction, if any, ages on.
    State update(const TopicPartition &tp, qint64 lastStable, qint64 highWatermark, qint64 nowMs);
    /// The state of @p tp at @p nowMs without a new reading.
    State current(const TopicPartition &tp, qint64 nowMs) const;
    /// Whether an open transaction was seen on @p tp at its latest reading (its LSO is worth asking
    /// for every cycle).
    bool isOpen(const TopicPartition &tp) const { return m_open.contains(tp); }
    /// Drops partitions that no longer exist.
    void forgetPartitionsExcept(const QList<TopicInfo> &topics);
    qint64 hangingAfterMs() const { return m_hangingAfterMs; }

private:
    struct Open
    {
        qint64 lastStable = -1;
        qint64 sinceMs = -1;
    };
    qint64 m_hangingAfterMs;
    QHash<TopicPartition, Open> m_open;
};

} // namespace Tidewatch
