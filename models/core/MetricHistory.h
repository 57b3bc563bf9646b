#pragma once

#include "BoundedRing.h"
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

    /// Points in [fromMs, toMs], oldest first, from the finest level that still covers @p fromMs
    /// (raw samples, then each tier, allowing a tier to miss one bucket at the left edge; the level
    /// reaching back furthest when none reaches back that far). Gaps come
    /// back as one MetricPoint::gap() each.
    QList<MetricPoint> samples(qint64 fromMs, qint64 toMs) const;
    /// The level samples() would use: -1 for raw samples, else an index into config().tiers.
    int levelFor(qint64 fromMs) const;

    bool isEmpty() const { return m_raw.isEmpty(); }
    /// Time of the latest accepted sample (gaps included); 0 when empty.
    qint64 latestTimeMs() const;
    /// The latest sample's value (NaN when unknown or empty).
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
    struct Bucket
    {
        double sum = 0;
        float min = 0;
        float max = 0;
        float last = 0;
        quint32 count : 31 = 0;
        quint32 gap : 1 = 0; // an unknown sample fell in it
    };
    struct Tier
    {
        qint64 bucketMs = 1000;
        qint64 firstBucket = 0; // bucket number (time / bucketMs) of ring.at(0)
        bool dropped = false;   // older buckets were pushed out: the tier no longer reaches back
        BoundedRing<Bucket> ring;
    };

    static void addToTier(Tier &tier, qint64 timeMs, double value);
    void rawSamples(qint64 fromMs, qint64 toMs, QList<MetricPoint> &out) const;
    void tierSamples(const Tier &tier, qint64 fromMs, qint64 toMs, QList<MetricPoint> &out) const;

    MetricHistoryConfig m_config;
    BoundedRing<RawSample> m_raw;
    bool m_rawDropped = false;
    QList<Tier> m_tiers;
};

} // namespace Tidewatch
