#include "LagMath.h"

#include <limits>

namespace Tidewatch::LagMath {

namespace {

std::optional<qint64> valid(std::optional<qint64> offset)
{
    return offset && *offset >= 0 ? offset : std::nullopt;
}

void accumulate(LagTotals &totals, const TopicPartitionLag &entry)
{
    const PartitionLag &lag = entry.lag;
    switch (lag.state) {
    case LagState::NoCommittedOffset:
        ++totals.noCommitCount;
        return;
    case LagState::NoHighWatermark:
        ++totals.noHighWatermarkCount;
        return;
    case LagState::Known:
        break;
    }
    ++totals.knownCount;
    if (lag.clamped)
        ++totals.clampedCount;
    if (lag.belowLogStart)
        ++totals.belowLogStartCount;
    if (__builtin_add_overflow(totals.sum, lag.lag, &totals.sum))
        totals.sum = std::numeric_limits<qint64>::max();
    if (totals.maxPartition < 0 || lag.lag > totals.max) {
        totals.max = lag.lag;
        totals.maxTopic = entry.topic;
        totals.maxPartition = entry.partition;
    }
}

} // namespace

PartitionLag partitionLag(std::optional<qint64> committedOffset, std::optional<qint64> highWatermark,
                          std::optional<qint64> logStartOffset)
{
    PartitionLag result;
    const auto committed = valid(committedOffset);
    const auto end = valid(highWatermark);
    if (!committed) {
        result.state = LagState::NoCommittedOffset;
        return result;
    }
    if (!end) {
        result.state = LagState::NoHighWatermark;
        return result;
    }
    result.state = LagState::Known;
    qint64 from = *committed;
    const auto start = valid(logStartOffset);
    if (start && from < *start) {
        // Records below the log start are gone; counting them would show lag that can never be
        // consumed (the "phantom lag" seen on short-retention topics).
        from = *start;
        result.belowLogStart = true;
    }
    if (from > *end) {
        result.clamped = true;
        result.lag = 0;
    } else {
        result.lag = *end - from;
    }
    return result;
}

LagTotals totals(const QList<TopicPartitionLag> &partitions)
{
    LagTotals result;
    for (const TopicPartitionLag &entry : partitions)
        accumulate(result, entry);
    return result;
}

QMap<QString, LagTotals> totalsByTopic(const QList<TopicPartitionLag> &partitions)
{
    QMap<QString, LagTotals> result;
    for (const TopicPartitionLag &entry : partitions)
        accumulate(result[entry.topic], entry);
    return result;
}

} // namespace Tidewatch::LagMath
