#pragma once

#include "KafkaSnapshot.h"
#include "LagStatusEvaluator.h"
#include "OffsetHistory.h"
#include "RateCounter.h"
#include "TimeLagEstimator.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>

#include <optional>

namespace Tidewatch {

/// How much high-watermark history the tracker keeps per partition: a fine tier at the poll
/// interval, for exact time lag of consumers that keep up, and a coarse tier one sample a minute, so
/// consumers minutes to hours behind still get a figure. Memory per partition is at most
/// (fineCapacity + coarseCapacity) samples of 16 bytes.
struct LagHistoryConfig
{
    int fineCapacity = OffsetHistory::DefaultCapacity;
    int coarseCapacity = 120;        ///< with the default interval: two hours
    qint64 coarseIntervalMs = 60000; ///< one coarse sample per this interval
};

/// The timestamp of the record at an offset, read from the partition (RecordTimestampReader).
struct RecordTime
{
    qint64 offset = -1; ///< the offset actually read (the next existing record at or after the asked one)
    qint64 timestampMs = -1;    ///< -1: no record could be read (see error)
    bool logAppendTime = false; ///< the broker's append time; false: the producer's CreateTime
    QString error;              ///< why there is no timestamp ("end of partition", "below log start", ...)
    qint64 readAtMs = -1;       ///< when it was read (set by LagTracker::addRecordTimes)
};

/// The collector's memory between cycles: per partition the high-watermark history (for rates and
/// time lag), per group and partition Burrow's commit window. Turns one cycle's offsets into lag,
/// time lag, status, trend and catch-up estimates. Bounded: at most fine + coarse history samples per
/// partition, LagStatusConfig::windowLength commits per group partition, and the record timestamps of
/// offsets some group is committed at this cycle; state of vanished groups is dropped.
///
/// Time lag, in order of preference: interpolated on the fine history; the timestamp of the record at
/// the committed offset (when the collector read it: recordTimesWanted() / addRecordTimes());
/// interpolated on the coarse history; otherwise a lower bound ("at least") from the oldest sample.
class LagTracker
{
public:
    using TopicPartition = QPair<QString, int>;
    /// A committed position: (topic, partition) and the offset.
    using Position = QPair<TopicPartition, qint64>;
    static constexpr qint64 kRecordRetryMs = 30000;

    explicit LagTracker(const LagStatusConfig &config = {}, const LagHistoryConfig &history = {});

    /// The committed positions (of every group, deduplicated) whose time lag the fine history cannot
    /// give and whose record timestamp is not known yet, most lagging first, at most @p max.
    /// A failed read is asked again after kRecordRetryMs.
    QList<Position> recordTimesWanted(const QHash<QString, QHash<TopicPartition, qint64>> &committedByGroup,
                                      const KafkaSnapshot &snapshot, int max, qint64 nowMs) const;
    /// Adds record timestamps read at @p nowMs (failed reads too, so they are not asked again at once).
    void addRecordTimes(const QHash<Position, RecordTime> &times, qint64 nowMs);
    /// Drops record timestamps no group used in this cycle's fillGroup() calls; call once per cycle.
    void endCycle();

    /// Records a partition's high watermark (-1: unknown this cycle). Returns its messages per
    /// second since the previous cycle, or -1 when unknown (first sample, counter reset).
    double recordHighWatermark(const QString &topic, int partition, qint64 highWatermark, qint64 nowMs);

    /// Fills @p group's partitions, totals, status, trend, rates and catch-up estimate from the
    /// committed offsets of this cycle and the watermarks in @p snapshot. Lag ends at the high
    /// watermark, or for a group marked readCommitted at the LSO where it was read this cycle. Returns how
    /// many partitions had a committed offset ahead of the fetched watermark (clamped to lag 0).
    int fillGroup(ConsumerGroupInfo &group, const QHash<TopicPartition, qint64> &committed,
                  const KafkaSnapshot &snapshot, qint64 nowMs);

    /// A partition's messages per second over the trailing minute of its high watermarks; -1: unknown.
    double produceRate(const QString &topic, int partition) const;

    /// Drops the history of partitions that no longer exist (deleted topics).
    void forgetPartitionsExcept(const QList<TopicInfo> &topics);
    /// Drops the state of groups that are no longer listed.
    void forgetGroupsExcept(const QList<ConsumerGroupInfo> &groups);

    /// Messages per second over the trailing @p windowMs of @p history; -1 when it spans too little.
    static double rateOver(const OffsetHistory &history, qint64 windowMs);

private:
    struct PartitionState
    {
        OffsetHistory highWatermarks; ///< the fine tier
        OffsetHistory coarse;
        RateCounter rate;
    };
    struct GroupPartitionState
    {
        LagWindow window;
        OffsetHistory commits;
        qint64 lastCommitted = -1;
    };
    struct GroupState
    {
        QHash<TopicPartition, GroupPartitionState> partitions;
        QList<QPair<qint64, qint64>> totalLag; ///< (timeMs, total lag), newest last, bounded
        bool committedWithoutMembers = false;  ///< offsets moved while the group had no members
        qint64 firstSeenMs = -1;
    };

    PartitionStatus partitionStatus(const LagWindow &window, const ConsumerGroupInfo &group,
                                    const GroupState &state, const GroupPartitionLag &out,
                                    qint64 nowMs) const;
    static QString statusReason(LagStatus status, bool anyCommit);

    /// Direction of the group's lag: from the produce and consume rates where both are known,
    /// otherwise from the first and last of the recent totals.
    LagTrend groupTrend(const GroupState &state, std::optional<double> produceRate,
                        std::optional<double> consumeRate) const;
    /// Time lag of one committed offset, and where it came from.
    TimeLag timeLag(const TopicPartition &tp, const PartitionState &ps, qint64 committed, qint64 nowMs,
                    TimeLagSource &source);

    LagStatusConfig m_config;
    LagHistoryConfig m_history;
    LagStatusEvaluator m_evaluator;
    QHash<TopicPartition, PartitionState> m_partitions;
    QHash<QString, GroupState> m_groups;
    QHash<Position, RecordTime> m_recordTimes;
    QSet<Position> m_recordTimesUsed;
};

} // namespace Tidewatch
