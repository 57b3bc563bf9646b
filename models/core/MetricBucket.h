#pragma once

#include <QtGlobal>

#include <algorithm>
#include <cmath>

namespace Tidewatch {

/// One bucket of a MetricHistory tier: what the samples falling into it add up to. The same
/// aggregation runs in memory (MetricHistory) and in the history writer (HistoryRecorder), so a
/// bucket read back from disk equals the one the charts held.
struct MetricBucket
{
    double sum = 0;
    float min = 0;
    float max = 0;
    float last = 0;
    quint32 count : 31 = 0;
    quint32 gap : 1 = 0; ///< an unknown sample fell in it

    /// Adds @p value (NaN: unknown, marks the bucket as holding a gap).
    void add(double value)
    {
        if (std::isnan(value)) {
            gap = 1;
            return;
        }
        const auto v = float(value);
        if (count == 0) {
            min = v;
            max = v;
        } else {
            min = std::min(min, v);
            max = std::max(max, v);
        }
        sum += value;
        last = v;
        if (count < (1u << 31) - 1)
            ++count;
    }
    bool isEmpty() const { return count == 0 && !gap; }
    friend bool operator==(const MetricBucket &a, const MetricBucket &b)
    {
        return a.sum == b.sum && a.min == b.min && a.max == b.max && a.last == b.last && a.count == b.count &&
               a.gap == b.gap;
    }
};

/// The number of the bucket of @p bucketMs holding @p timeMs (its start / bucketMs), also before 1970.
inline qint64 bucketNumber(qint64 timeMs, qint64 bucketMs)
{
    const qint64 q = timeMs / bucketMs;
    return (timeMs % bucketMs != 0 && (timeMs < 0) != (bucketMs < 0)) ? q - 1 : q;
}

/// A bucket with its number (bucket start / tier bucketMs), as stored and restored.
struct NumberedBucket
{
    qint64 number = 0;
    MetricBucket bucket;
};

} // namespace Tidewatch
