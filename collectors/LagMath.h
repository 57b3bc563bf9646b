#pragma once

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace Tidewatch {

/// Why a partition has, or has not, a lag number.
enum class LagState
{
    Known,             ///< lag() holds a number >= 0
    NoCommittedOffset, ///< the group never committed for this partition: shown as "n/a", never -1 or 0
    NoHighWatermark,   ///< the partition's end offset is unknown this cycle (leader down, request failed)
};

/// Offset lag of one consumer group on one partition. A small struct rather than a bare
/// std::optional so the UI can say *why* there is no number, and the collector can count races.
struct PartitionLag
{
    LagState state = LagState::NoCommittedOffset;
    qint64 lag = 0; ///< records behind; meaningful only when state == Known
    /// The committed offset was past the high watermark: the two were fetched at different moments
    /// (the end offset first), so the lag was clamped to 0 instead of showing a negative number.
    bool clamped = false;
    /// The committed offset was below the log-start offset (retention deleted records the group never
    /// read): lag is measured from the log start, since those records cannot be consumed any more.
    bool belowLogStart = false;

    bool isKnown() const { return state == LagState::Known; }
    /// The lag as a number, or nothing when it is not known.
    std::optional<qint64> value() const { return isKnown() ? std::optional<qint64>(lag) : std::nullopt; }

    friend bool operator==(const PartitionLag &, const PartitionLag &) = default;
};

/// One partition's lag with where it belongs, for the per-topic and per-group totals.
struct TopicPartitionLag
{
    QString topic;
    int partition = -1;
    PartitionLag lag;
};

/// Sum and maximum over a set of partitions (one topic of a group, or a whole group). Only partitions
/// with a known lag count towards sum and max; the others are counted so the UI can say "3 of 12
/// partitions have no committed offset" instead of silently treating them as 0.
struct LagTotals
{
    qint64 sum = 0; ///< saturates at the qint64 maximum instead of overflowing
    qint64 max = 0;
    QString maxTopic; ///< where max was found (first one on ties); empty if no known partition
    int maxPartition = -1;
    int knownCount = 0;
    int noCommitCount = 0;
    int noHighWatermarkCount = 0;
    int clampedCount = 0;
    int belowLogStartCount = 0;

    bool hasKnownLag() const { return knownCount > 0; }

    friend bool operator==(const LagTotals &, const LagTotals &) = default;
};

namespace LagMath {

/// Lag from a committed offset and the high watermark. Negative inputs are treated as absent, which
/// covers librdkafka's sentinels (RD_KAFKA_OFFSET_INVALID = -1001 for "no commit", -1 / -2 for
/// "end" / "beginning"). @p logStartOffset, when given, clamps the committed offset from below.
PartitionLag partitionLag(std::optional<qint64> committedOffset, std::optional<qint64> highWatermark,
                          std::optional<qint64> logStartOffset = std::nullopt);

/// Totals over all the given partitions (a group's worst-of and total lag).
LagTotals totals(const QList<TopicPartitionLag> &partitions);
/// Totals per topic, keyed by topic name.
QMap<QString, LagTotals> totalsByTopic(const QList<TopicPartitionLag> &partitions);

} // namespace LagMath
} // namespace Tidewatch
