#pragma once

#include "BoundedRing.h"
#include "MetricBucket.h"
#include "MetricPoint.h"

#include <QList>
#include <QtGlobal>

#include <cstddef>

namespace Tidewatch {

/// One resolution of a MetricHistory: buckets of @c bucketMs, the newest @c bucketCount kept.
struct MetricTier
{
    qint64 bucketMs = 1000;
    int bucketCount = 900;

    qint64 spanMs() const { return bucketMs * bucketCount; }
    friend bool operator==(const MetricTier &, const MetricTier &) = default;
};

/// How much a MetricHistory keeps. Passed in, never read from settings.
struct MetricHistoryConfig
{
    /// Raw samples kept exactly (5 minutes at the usual 1 s poll).
    int rawCapacity = 300;
    /// Coarser tiers, finest first: 1 s for 15 minutes, 10 s for 6 hours, 1 min for 7 days.
    QList<MetricTier> tiers = {{1000, 900}, {10000, 2160}, {60000, 10080}};
    /// Two neighbouring points further apart than this (or than one bucket, if longer) are drawn
    /// with a gap between them: the collector was stopped, so the line must not pretend to know.
    qint64 gapAfterMs = 30000;
};

/// The history of one numeric series (a lag, a rate, a latency): the newest raw samples in a ring,
/// plus coarser tiers whose buckets keep min, max, sum/count (mean) and last, so a one-second spike
/// still shows in the 7-day view.
///
/// Memory is bounded whatever runs: at most maxMemoryBytes(config), and rings only grow as they
/// fill. With the default config that is 4.8 KB of raw samples + 13,140 buckets x 24 B = about
/// 320 KB per series once all 7 days are full, and about 37 KB after one hour at 1 s.
/// Bucket values are stored as float (7 significant digits, enough for a chart; sums are double).
///
/// Unknown values (NaN, infinity) are recorded as gaps, never as zeros. Samples must come in time
/// order; a sample not later than the latest one is ignored.
class MetricHistory
{
public:
    explicit MetricHistory(const MetricHistoryConfig &config = {});

    /// Records @p value at @p timeMs; NaN means "unknown" (a gap). Returns false when ignored
    /// because @p timeMs is not after the latest sample.
    bool append(qint64 timeMs, double value);
    void clear();

    /// Puts stored buckets (per tier, as in config().tiers, each list in ascending bucket number)
    /// in front of the live samples, e.g. the history of an earlier run read back from disk.
    /// Stored buckets at or after the first live sample's bucket are left out (the live ones win);
    /// a silence between the stored and the live buckets is drawn as a gap like any other. Returns
    /// false, changing nothing, once the raw ring dropped samples (the tiers could not be rebuilt).
    bool restore(const QList<QList<NumberedBucket>> &tiers);
    /// The buckets of tier @p tierIndex that hold something, oldest first.
    QList<NumberedBucket> tierBuckets(int tierIndex) const;

    /// Points in [fromMs, toMs], oldest first, from the finest level that still covers @p fromMs
    /// (raw samples, then each tier, allowing a tier to miss one bucket at the left edge; when none
    /// reaches back that far, the level reaching back furthest, or a finer one holding every sample
    /// of that level's first bucket). Gaps come
    /// back as one MetricPoint::gap() each.
    QList<MetricPoint> samples(qint64 fromMs, qint64 toMs) const;
    /// The level samples() would use: -1 for raw samples, else an index into config().tiers.
    int levelFor(qint64 fromMs) const;

    bool isEmpty() const { return m_raw.isEmpty() && m_restoredLatestMs == 0; }
    /// Time of the latest accepted sample (gaps included), or of the latest restored bucket's
    /// start when no live sample came yet; 0 when empty.
    qint64 latestTimeMs() const;
    /// The latest live sample's value (NaN when unknown, empty or only restored: not live).
    double latestValue() const;
    const MetricHistoryConfig &config() const { return m_config; }

    /// Bytes this history holds now, itself included.
    std::size_t memoryBytes() const;
    /// The most a history with @p config can ever hold.
    static std::size_t maxMemoryBytes(const MetricHistoryConfig &config);

private:
    struct RawSample
    {
        qint64 timeMs = 0;
        double value = 0;
    };
    struct Tier
    {
        qint64 bucketMs = 1000;
        qint64 firstBucket = 0; // bucket number (time / bucketMs) of ring.at(0)
        bool dropped = false;   // older buckets were pushed out: the tier no longer reaches back
        BoundedRing<MetricBucket> ring;
    };

    static void addToTier(Tier &tier, qint64 timeMs, double value);
    /// Makes bucket @p bucket the tier's newest (empty buckets in between); false if it is older.
    static bool advanceTier(Tier &tier, qint64 bucket);
    void rawSamples(qint64 fromMs, qint64 toMs, QList<MetricPoint> &out) const;
    void tierSamples(const Tier &tier, qint64 fromMs, qint64 toMs, QList<MetricPoint> &out) const;

    MetricHistoryConfig m_config;
    BoundedRing<RawSample> m_raw;
    bool m_rawDropped = false;     ///< the raw ring does not reach back to the series' start
    bool m_rawOverflowed = false;  ///< the raw ring pushed samples out
    qint64 m_restoredLatestMs = 0; ///< start of the newest restored bucket; 0: nothing restored
    QList<Tier> m_tiers;
};

} // namespace Tidewatch
