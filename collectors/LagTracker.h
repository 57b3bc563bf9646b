#pragma once

#include "KafkaSnapshot.h"
#include "LagStatusEvaluator.h"
#include "OffsetHistory.h"
#include "RateCounter.h"

#include <QHash>
#include <QList>
#include <QPair>

namespace Tidewatch {

/// The collector's memory between cycles: per partition the high-watermark history (for rates and
/// time lag), per group and partition Burrow's commit window. Turns one cycle's offsets into lag,
/// time lag, status, trend and catch-up estimates. Bounded: at most OffsetHistory::DefaultCapacity
/// samples per partition and LagStatusConfig::windowLength commits per group partition; state of
/// vanished groups is dropped.
class LagTracker
{
public:
    using TopicPartition = QPair<QString, int>;

    explicit LagTracker(const LagStatusConfig &config = {});

    /// Records a partition's high watermark (-1: unknown this cycle). Returns its messages per
    /// second since the previous cycle, or -1 when unknown (first sample, counter reset).
    double recordHighWatermark(const QString &topic, int partition, qint64 highWatermark, qint64 nowMs);

    /// Fills @p group's partitions, totals, status, trend, rates and catch-up estimate from the
    /// committed offsets of this cycle and the watermarks in @p snapshot. Returns how many partitions
    /// had a committed offset ahead of the fetched watermark (clamped to lag 0).
    int fillGroup(ConsumerGroupInfo &group, const QHash<TopicPartition, qint64> &committed,
                  const KafkaSnapshot &snapshot, qint64 nowMs);

    /// Drops the history of partitions that no longer exist (deleted topics).
    void forgetPartitionsExcept(const QList<TopicInfo> &topics);
    /// Drops the state of groups that are no longer listed.
    void forgetGroupsExcept(const QList<ConsumerGroupInfo> &groups);

    /// Messages per second over the trailing @p windowMs of @p history; -1 when it spans too little.
    static double rateOver(const OffsetHistory &history, qint64 windowMs);

private:
    struct PartitionState
    {
        OffsetHistory highWatermarks;
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
    };

    LagTrend groupTrend(const GroupState &state) const;

    LagStatusConfig m_config;
    LagStatusEvaluator m_evaluator;
    QHash<TopicPartition, PartitionState> m_partitions;
    QHash<QString, GroupState> m_groups;
};

} // namespace Tidewatch
