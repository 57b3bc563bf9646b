#pragma once

#include <QtGlobal>

#include <cmath>

namespace Tidewatch {

/// One point of a metric series as queries return it: a raw sample (min == max == mean == last) or
/// one bucket of a coarser tier. A gap (no data, or the value was unknown) has NaN in every value.
struct MetricPoint
{
    qint64 timeMs = 0; ///< milliseconds since the epoch; for a bucket, its start
    double min = 0;
    double max = 0;
    double mean = 0;
    double last = 0;

    bool isGap() const { return std::isnan(mean); }
    static MetricPoint gap(qint64 timeMs)
    {
        const double nan = std::nan("");
        return MetricPoint{timeMs, nan, nan, nan, nan};
    }
};

} // namespace Tidewatch
