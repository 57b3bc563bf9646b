#pragma once

#include "LagStatus.h"

#include <QList>
#include <QString>

#include <optional>

namespace Tidewatch {

/// How long until the lag reaches zero at the window's consume and produce rates.
struct CatchUpEstimate
{
    enum class Kind
    {
        Unknown,  ///< fewer than two commits or no elapsed time: no rates
        CaughtUp, ///< lag is already zero
        Eta,      ///< seconds holds the estimate
        Never,    ///< the consumer is not gaining on the producers
    };
    Kind kind = Kind::Unknown;
    double seconds = 0.0;

    /// "unknown", "caught up", "12 m 5 s", "never" (translated).
    QString toString() const;

    friend bool operator==(const CatchUpEstimate &, const CatchUpEstimate &) = default;
};

/// Evaluator settings; the defaults are Burrow's.
struct LagStatusConfig
{
    int windowLength = 10;        ///< commits kept per partition (Burrow `intervals`), at least 2
    qint64 allowedLag = 0;        ///< lag at or below this counts as zero (Burrow `allowed-lag`)
    double minimumComplete = 0.0; ///< fraction of the window that must be filled before rules apply
    qint64 minDistanceMs = 1000;  ///< commits closer than this to the previous one replace it
    /// Trend is Steady when the lag changed by at most this fraction of the larger end value.
    double steadyTolerance = 0.05;
};

/// One observed commit: the committed offset, the lag at that moment (floored at 0) and when.
struct CommitSample
{
    qint64 offset = 0;
    qint64 lag = 0;
    qint64 timeMs = 0;

    friend bool operator==(const CommitSample &, const CommitSample &) = default;
};

/// The sliding windows Burrow keeps per group and partition: the last windowLength commits, and the
/// last windowLength broker end offsets. Bounded memory.
///
/// Feed addCommit() with *commits*, not with every poll: when polling OffsetFetch, add a sample when
/// the committed offset changed (the consumer committed); when tailing __consumer_offsets, add every
/// commit. Fed every poll, an idle consumer would look like it keeps committing the same offset
/// (STALL) instead of having stopped (STOP); both are errors, but STOP is the true one.
class LagWindow
{
public:
    explicit LagWindow(const LagStatusConfig &config = {});

    /// A commit closer than minDistanceMs to the newest stored one replaces its offset and lag but
    /// keeps its time, so a consumer committing very often still fills the window over time.
    /// A negative lag (end offset fetched before the commit) is stored as 0.
    void addCommit(qint64 committedOffset, qint64 lag, qint64 timeMs);
    void addBrokerOffset(qint64 highWatermark);
    void clear();

    const QList<CommitSample> &commits() const { return m_commits; } ///< oldest first
    const QList<qint64> &brokerOffsets() const { return m_brokerOffsets; }
    int windowLength() const { return m_windowLength; }
    /// Filled fraction of the commit window, 0..1.
    double complete() const { return double(m_commits.size()) / m_windowLength; }

private:
    QList<CommitSample> m_commits;
    QList<qint64> m_brokerOffsets;
    int m_windowLength;
    qint64 m_minDistanceMs;
};

/// What the evaluator says about one partition.
struct PartitionStatus
{
    LagStatus status = LagStatus::NotFound;
    qint64 currentLag = 0; ///< latest broker offset - latest commit, floored at 0
    double complete = 0.0;
    LagTrend trend = LagTrend::Unknown;
    std::optional<double> consumeRate; ///< records/s the group committed over the window
    std::optional<double> produceRate; ///< records/s the end offset moved over the window
    CatchUpEstimate catchUp;
};

/// A group's status from its partitions.
struct GroupStatus
{
    LagStatus status = LagStatus::NotFound; ///< NotFound, Ok, Warn or Err
    LagStatus worstPartitionStatus = LagStatus::NotFound;
    int worstPartitionIndex = -1; ///< index into the evaluated list, first on ties
    qint64 totalLag = 0;
    qint64 maxLag = 0;
    int maxLagIndex = -1;
    double complete = 0.0; ///< fraction of partitions whose window is full
    int partitionCount = 0;
};

/// Burrow's evaluation rules over a LagWindow, plus a trend and a time-to-catch-up estimate. Pure.
class LagStatusEvaluator
{
public:
    explicit LagStatusEvaluator(const LagStatusConfig &config = {});

    const LagStatusConfig &config() const { return m_config; }

    PartitionStatus evaluate(const LagWindow &window, qint64 nowMs) const;
    GroupStatus evaluateGroup(const QList<PartitionStatus> &partitions) const;

private:
    LagStatusConfig m_config;
};

} // namespace Tidewatch
