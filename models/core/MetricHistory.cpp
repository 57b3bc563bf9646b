#include "MetricHistory.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace Tidewatch {

namespace {

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

// Appends a gap marker unless the previous point already is one.
void appendGap(QList<MetricPoint> &out, qint64 timeMs)
{
    if (!out.isEmpty() && out.constLast().isGap())
        return;
    out.append(MetricPoint::gap(timeMs));
}

// A long silence between two points becomes a gap between them.
void appendPoint(QList<MetricPoint> &out, const MetricPoint &point, qint64 silenceMs)
{
    if (!out.isEmpty() && !out.constLast().isGap() && point.timeMs - out.constLast().timeMs > silenceMs)
        appendGap(out, out.constLast().timeMs + (point.timeMs - out.constLast().timeMs) / 2);
    out.append(point);
}

} // namespace

MetricHistory::MetricHistory(const MetricHistoryConfig &config)
    : m_config(config)
    , m_raw(std::max(config.rawCapacity, 1))
{
    m_config.rawCapacity = m_raw.capacity();
    m_config.gapAfterMs = std::max<qint64>(m_config.gapAfterMs, 1);
    // Finest first, so samples() can stop at the first tier that covers a range.
    std::sort(m_config.tiers.begin(), m_config.tiers.end(),
              [](const MetricTier &a, const MetricTier &b) { return a.bucketMs < b.bucketMs; });
    for (MetricTier &t : m_config.tiers) {
        t.bucketMs = std::max<qint64>(t.bucketMs, 1);
        t.bucketCount = std::max(t.bucketCount, 1);
        Tier tier;
        tier.bucketMs = t.bucketMs;
        tier.ring = BoundedRing<MetricBucket>(t.bucketCount);
        m_tiers.append(tier);
    }
}

bool MetricHistory::append(qint64 timeMs, double value)
{
    if (!m_raw.isEmpty() && timeMs <= m_raw.back().timeMs)
        return false;
    if (!std::isfinite(value))
        value = std::nan("");
    const bool pushedOut = m_raw.push(RawSample{timeMs, value});
    m_rawOverflowed = m_rawOverflowed || pushedOut;
    m_rawDropped = m_rawDropped || pushedOut;
    for (Tier &tier : m_tiers)
        addToTier(tier, timeMs, value);
    return true;
}

bool MetricHistory::advanceTier(Tier &tier, qint64 bucket)
{
    if (tier.ring.isEmpty()) {
        tier.firstBucket = bucket;
        tier.ring.push(MetricBucket{});
        return true;
    }
    const qint64 lastBucket = tier.firstBucket + tier.ring.size() - 1;
    const qint64 missing = bucket - lastBucket;
    if (missing < 0)
        return false;
    if (missing >= tier.ring.capacity()) {
        // Silent for longer than the tier spans: nothing kept is still in range.
        tier.ring.clear();
        tier.firstBucket = bucket;
        tier.dropped = true;
        tier.ring.push(MetricBucket{});
        return true;
    }
    for (qint64 i = 0; i < missing; ++i) {
        if (tier.ring.push(MetricBucket{})) {
            ++tier.firstBucket;
            tier.dropped = true;
        }
    }
    return true;
}

void MetricHistory::addToTier(Tier &tier, qint64 timeMs, double value)
{
    if (advanceTier(tier, floorDiv(timeMs, tier.bucketMs)))
        tier.ring.back().add(value);
}

bool MetricHistory::restore(const QList<QList<NumberedBucket>> &tiers)
{
    if (m_rawOverflowed)
        return false;
    QList<RawSample> live;
    live.reserve(m_raw.size());
    for (int i = 0; i < m_raw.size(); ++i)
        live.append(m_raw.at(i));
    qint64 restoredLatestMs = m_restoredLatestMs;
    bool restored = false;
    for (int t = 0; t < m_tiers.size(); ++t) {
        Tier &tier = m_tiers[t];
        tier.ring.clear();
        tier.firstBucket = 0;
        tier.dropped = false;
        const qint64 liveBucket = live.isEmpty() ? std::numeric_limits<qint64>::max()
                                                 : floorDiv(live.constFirst().timeMs, tier.bucketMs);
        for (const NumberedBucket &nb : t < tiers.size() ? tiers[t] : QList<NumberedBucket>{}) {
            if (nb.number >= liveBucket)
                break;
            const bool newer = tier.ring.isEmpty() || nb.number > tier.firstBucket + tier.ring.size() - 1;
            if (nb.bucket.isEmpty() || !newer || !advanceTier(tier, nb.number))
                continue;
            tier.ring.back() = nb.bucket;
            restored = true;
            restoredLatestMs = std::max(restoredLatestMs, nb.number * tier.bucketMs);
        }
        for (const RawSample &s : std::as_const(live))
            addToTier(tier, s.timeMs, s.value);
    }
    // Neither the raw samples nor any tier start the series now: samples() picks the finest level
    // that reaches back far enough, else the one reaching back furthest, as after a long run.
    for (Tier &tier : m_tiers)
        tier.dropped = tier.dropped || restored;
    m_rawDropped = m_rawDropped || restored;
    m_restoredLatestMs = restoredLatestMs;
    return true;
}

QList<NumberedBucket> MetricHistory::tierBuckets(int tierIndex) const
{
    QList<NumberedBucket> out;
    if (tierIndex < 0 || tierIndex >= m_tiers.size())
        return out;
    const Tier &tier = m_tiers[tierIndex];
    for (int i = 0; i < tier.ring.size(); ++i) {
        if (!tier.ring.at(i).isEmpty())
            out.append(NumberedBucket{tier.firstBucket + i, tier.ring.at(i)});
    }
    return out;
}

void MetricHistory::clear()
{
    m_raw.clear();
    m_rawDropped = false;
    m_rawOverflowed = false;
    m_restoredLatestMs = 0;
    for (Tier &tier : m_tiers) {
        tier.ring.clear();
        tier.dropped = false;
        tier.firstBucket = 0;
    }
}

int MetricHistory::levelFor(qint64 fromMs) const
{
    if ((m_raw.isEmpty() && m_restoredLatestMs == 0) || !m_rawDropped ||
        (!m_raw.isEmpty() && m_raw.at(0).timeMs <= fromMs))
        return -1;
    for (int i = 0; i < m_tiers.size(); ++i) {
        const Tier &tier = m_tiers[i];
        if (tier.ring.isEmpty())
            continue; // restored without this tier: it holds nothing yet
        // Missing part of one bucket at the left edge does not show: a 15 min window spans 901
        // one-second buckets, and falling back to 10 s buckets for that would be a poor trade.
        if (!tier.dropped || tier.firstBucket * tier.bucketMs <= fromMs + tier.bucketMs)
            return i;
    }
    // Nothing reaches back that far: the level reaching back furthest, or a finer one holding every
    // sample of that level's first bucket (a coarse bucket starts up to a bucket before its first
    // sample, which after a restore would otherwise always make the coarsest tier answer).
    const auto startOf = [this](int level) {
        if (level < 0)
            return m_raw.isEmpty() ? std::numeric_limits<qint64>::max() : m_raw.at(0).timeMs;
        const Tier &tier = m_tiers[level];
        return tier.ring.isEmpty() ? std::numeric_limits<qint64>::max() : tier.firstBucket * tier.bucketMs;
    };
    int best = -1;
    for (int i = 0; i < m_tiers.size(); ++i) {
        if (startOf(i) < startOf(best))
            best = i;
    }
    if (best < 0)
        return best;
    const qint64 firstEndMs = startOf(best) + m_tiers[best].bucketMs;
    const quint32 firstCount = m_tiers[best].ring.at(0).count;
    for (int level = -1; level < best; ++level) {
        quint32 count = 0;
        if (level < 0) {
            for (int i = 0; i < m_raw.size() && m_raw.at(i).timeMs < firstEndMs; ++i)
                count += std::isnan(m_raw.at(i).value) ? 0 : 1;
        } else {
            const Tier &tier = m_tiers[level];
            for (int i = 0; i < tier.ring.size() && (tier.firstBucket + i) * tier.bucketMs < firstEndMs; ++i)
                count += tier.ring.at(i).count;
        }
        if (startOf(level) < firstEndMs && count >= firstCount)
            return level;
    }
    return best;
}

QList<MetricPoint> MetricHistory::samples(qint64 fromMs, qint64 toMs) const
{
    QList<MetricPoint> out;
    if (toMs < fromMs || isEmpty())
        return out;
    const int level = levelFor(fromMs);
    if (level < 0)
        rawSamples(fromMs, toMs, out);
    else
        tierSamples(m_tiers[level], fromMs, toMs, out);
    return out;
}

void MetricHistory::rawSamples(qint64 fromMs, qint64 toMs, QList<MetricPoint> &out) const
{
    // Binary search for the first sample at or after fromMs: times are strictly increasing.
    int lo = 0;
    int hi = m_raw.size();
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        if (m_raw.at(mid).timeMs < fromMs)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (int i = lo; i < m_raw.size() && m_raw.at(i).timeMs <= toMs; ++i) {
        const RawSample &s = m_raw.at(i);
        if (std::isnan(s.value))
            appendGap(out, s.timeMs);
        else
            appendPoint(out, MetricPoint{s.timeMs, s.value, s.value, s.value, s.value}, m_config.gapAfterMs);
    }
}

void MetricHistory::tierSamples(const Tier &tier, qint64 fromMs, qint64 toMs, QList<MetricPoint> &out) const
{
    const qint64 first = std::max<qint64>(floorDiv(fromMs, tier.bucketMs) - tier.firstBucket, 0);
    const qint64 last =
        std::min<qint64>(floorDiv(toMs, tier.bucketMs) - tier.firstBucket, tier.ring.size() - 1);
    const qint64 silenceMs = std::max(tier.bucketMs, m_config.gapAfterMs);
    for (qint64 i = first; i <= last; ++i) {
        const MetricBucket &b = tier.ring.at(int(i));
        const qint64 timeMs = (tier.firstBucket + i) * tier.bucketMs;
        if (b.count == 0) {
            if (b.gap)
                appendGap(out, timeMs);
            continue; // empty: the poll interval is longer than the bucket, not missing data
        }
        appendPoint(out, MetricPoint{timeMs, b.min, b.max, b.sum / b.count, b.last}, silenceMs);
    }
}

qint64 MetricHistory::latestTimeMs() const
{
    return m_raw.isEmpty() ? m_restoredLatestMs : std::max(m_raw.back().timeMs, m_restoredLatestMs);
}

double MetricHistory::latestValue() const
{
    return m_raw.isEmpty() ? std::nan("") : m_raw.back().value;
}

std::size_t MetricHistory::memoryBytes() const
{
    std::size_t bytes = sizeof(*this) + m_raw.memoryBytes() +
                        std::size_t(m_tiers.size()) * (sizeof(Tier) + sizeof(MetricTier));
    for (const Tier &tier : m_tiers)
        bytes += tier.ring.memoryBytes();
    return bytes;
}

std::size_t MetricHistory::maxMemoryBytes(const MetricHistoryConfig &config)
{
    std::size_t bytes = sizeof(MetricHistory) +
                        std::size_t(std::max(config.rawCapacity, 1)) * sizeof(RawSample) +
                        std::size_t(config.tiers.size()) * (sizeof(Tier) + sizeof(MetricTier));
    for (const MetricTier &t : config.tiers)
        bytes += std::size_t(std::max(t.bucketCount, 1)) * sizeof(MetricBucket);
    return bytes;
}

} // namespace Tidewatch
