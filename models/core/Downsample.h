#pragma once

#include "MetricPoint.h"

#include <QList>
#include <QPointF>

namespace Tidewatch::Downsample {

// Thinning for charts: drawing more than about two points per pixel costs time and shows nothing
// more. Points are QPointF with x = milliseconds since the epoch (exact as a double until the year
// 287,000) and y = the value; a gap is a point whose y is NaN, and the chart breaks its line there.

/// Min/max per pixel: [fromMs, toMs] is cut into @p bucketCount equal buckets and each bucket
/// yields its lowest and its highest value (two points, in time order; one when they coincide), so
/// a one-sample spike survives any zoom level. A bucket holding only gaps yields one gap point;
/// gaps are not repeated. Points outside the range are ignored.
/// Output: time non-decreasing, at most 2 * @p bucketCount points.
QList<QPointF> minMaxPerBucket(const QList<MetricPoint> &points, qint64 fromMs, qint64 toMs, int bucketCount);

/// Largest-Triangle-Three-Buckets (Steinarsson 2013) on the means: keeps the visual shape of smooth
/// series with @p threshold points, first and last included. Gaps split the series into runs, each
/// thinned with its share of @p threshold (at least its two ends) and separated by one gap point.
/// Output: time non-decreasing; at most @p threshold points without gaps, at most
/// threshold + 3 * gaps + 2 with them. Input no larger than the threshold comes back unchanged.
QList<QPointF> lttb(const QList<MetricPoint> &points, int threshold);

/// The means as chart points, gaps as NaN: no thinning.
QList<QPointF> toPoints(const QList<MetricPoint> &points);

} // namespace Tidewatch::Downsample
