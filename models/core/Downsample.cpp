#include "Downsample.h"

#include <algorithm>
#include <cmath>

namespace Tidewatch::Downsample {

namespace {

QPointF gapPoint(qint64 timeMs)
{
    return QPointF(double(timeMs), std::nan(""));
}

bool isGapPoint(const QPointF &p)
{
    return std::isnan(p.y());
}

void appendGapPoint(QList<QPointF> &out, qint64 timeMs)
{
    if (!out.isEmpty() && isGapPoint(out.constLast()))
        return;
    out.append(gapPoint(timeMs));
}

// One minimum and one maximum per bucket, in the order that avoids a needless zig-zag.
struct BucketState
{
    int minIndex = -1;
    int maxIndex = -1;
    int gapIndex = -1;

    void flush(const QList<MetricPoint> &points, QList<QPointF> &out)
    {
        if (minIndex >= 0) {
            const MetricPoint &lo = points[minIndex];
            const MetricPoint &hi = points[maxIndex];
            const QPointF low(double(lo.timeMs), lo.min);
            const QPointF high(double(hi.timeMs), hi.max);
            if (minIndex == maxIndex && lo.min == hi.max) {
                out.append(low);
            } else {
                bool lowFirst = minIndex < maxIndex;
                if (minIndex == maxIndex) // one bucket of a tier: which came first is unknown
                    lowFirst =
                        out.isEmpty() || isGapPoint(out.constLast()) ||
                        std::abs(out.constLast().y() - low.y()) <= std::abs(out.constLast().y() - high.y());
                out.append(lowFirst ? low : high);
                out.append(lowFirst ? high : low);
            }
        } else if (gapIndex >= 0) {
            appendGapPoint(out, points[gapIndex].timeMs);
        }
        *this = BucketState{};
    }
};

// LTTB over one run without gaps, appending @p threshold points (all of them if fewer).
void lttbRun(const QList<MetricPoint> &points, int begin, int end, int threshold, QList<QPointF> &out)
{
    const int length = end - begin;
    auto at = [&](int i) {
        return QPointF(double(points[begin + i].timeMs), points[begin + i].mean);
    };
    if (threshold >= length) {
        for (int i = 0; i < length; ++i)
            out.append(at(i));
        return;
    }
    if (threshold <= 2) {
        out.append(at(0));
        if (threshold == 2 && length > 1)
            out.append(at(length - 1));
        return;
    }
    // The first and last points are kept; the rest is cut into threshold - 2 buckets, and each
    // bucket keeps the point forming the largest triangle with the previous pick and the average of
    // the next bucket.
    const double every = double(length - 2) / double(threshold - 2);
    int picked = 0;
    out.append(at(0));
    for (int b = 0; b < threshold - 2; ++b) {
        const int rangeStart = int(std::floor(b * every)) + 1;
        const int rangeEnd = std::min(int(std::floor((b + 1) * every)) + 1, length - 1);
        const int avgStart = rangeEnd;
        const int avgEnd = std::min(int(std::floor((b + 2) * every)) + 1, length);
        double avgX = 0;
        double avgY = 0;
        for (int i = avgStart; i < avgEnd; ++i) {
            avgX += at(i).x();
            avgY += at(i).y();
        }
        const int avgCount = std::max(avgEnd - avgStart, 1);
        avgX /= avgCount;
        avgY /= avgCount;
        const QPointF a = at(picked);
        double bestArea = -1;
        int best = rangeStart;
        for (int i = rangeStart; i < rangeEnd; ++i) {
            const QPointF p = at(i);
            const double area = std::abs((a.x() - avgX) * (p.y() - a.y()) - (a.x() - p.x()) * (avgY - a.y()));
            if (area > bestArea) {
                bestArea = area;
                best = i;
            }
        }
        out.append(at(best));
        picked = best;
    }
    out.append(at(length - 1));
}

} // namespace

QList<QPointF> minMaxPerBucket(const QList<MetricPoint> &points, qint64 fromMs, qint64 toMs, int bucketCount)
{
    QList<QPointF> out;
    if (bucketCount <= 0 || toMs < fromMs)
        return out;
    out.reserve(std::min<qsizetype>(points.size(), 2 * qsizetype(bucketCount)));
    const double width = double(toMs - fromMs + 1) / bucketCount;
    BucketState state;
    int current = -1;
    for (int i = 0; i < points.size(); ++i) {
        const MetricPoint &p = points[i];
        if (p.timeMs < fromMs || p.timeMs > toMs)
            continue;
        const int bucket = std::clamp(int(double(p.timeMs - fromMs) / width), 0, bucketCount - 1);
        if (bucket != current) {
            state.flush(points, out);
            current = bucket;
        }
        if (p.isGap()) {
            if (state.gapIndex < 0)
                state.gapIndex = i;
            continue;
        }
        if (state.minIndex < 0 || p.min < points[state.minIndex].min)
            state.minIndex = i;
        if (state.maxIndex < 0 || p.max > points[state.maxIndex].max)
            state.maxIndex = i;
    }
    state.flush(points, out);
    return out;
}

QList<QPointF> lttb(const QList<MetricPoint> &points, int threshold)
{
    if (threshold <= 0)
        return {};
    if (points.size() <= threshold)
        return toPoints(points);
    qsizetype valid = 0;
    for (const MetricPoint &p : points)
        valid += p.isGap() ? 0 : 1;
    QList<QPointF> out;
    out.reserve(threshold);
    int runStart = -1;
    auto flushRun = [&](int end) {
        if (runStart < 0)
            return;
        const int length = end - runStart;
        // Its share of the threshold, but never less than its two ends (so a short run between
        // two gaps is not lost), nor more than the threshold itself.
        const int share =
            std::max(std::min({length, 2, threshold}), int(double(threshold) * length / double(valid)));
        lttbRun(points, runStart, end, share, out);
        runStart = -1;
    };
    for (int i = 0; i < points.size(); ++i) {
        if (points[i].isGap()) {
            flushRun(i);
            appendGapPoint(out, points[i].timeMs);
        } else if (runStart < 0) {
            runStart = i;
        }
    }
    flushRun(int(points.size()));
    return out;
}

QList<QPointF> toPoints(const QList<MetricPoint> &points)
{
    QList<QPointF> out;
    out.reserve(points.size());
    for (const MetricPoint &p : points) {
        if (p.isGap())
            appendGapPoint(out, p.timeMs);
        else
            out.append(QPointF(double(p.timeMs), p.mean));
    }
    return out;
}

} // namespace Tidewatch::Downsample
