#pragma once

#include <QString>

namespace Tidewatch {

/// What a chart's values are, so its axis speaks the unit the tables use.
enum class ChartUnit
{
    Plain,          ///< a number without unit (the axis as before)
    Count,          ///< messages, events: "950", "12 k", "1.5 M"
    Bytes,          ///< B, KiB, MiB, GiB, TiB
    BytesPerSecond, ///< B/s, KiB/s, MiB/s, GiB/s
    Milliseconds,   ///< durations given in ms: shown in ms, s, min or h
    Seconds         ///< durations given in s: shown in ms, s, min or h
};

/// The unit of an axis for a range of values: ticks are value / divisor, followed by suffix.
struct ChartScale
{
    double divisor = 1;
    QString suffix; ///< "KiB/s", "ms", "min", "k"; empty for plain numbers and small counts
};

namespace ChartUnits {

/// The display unit for an axis in @p unit whose largest magnitude is @p maxAbs (in the data's unit):
/// the largest unit in which that value is at least 1 (durations: 2), e.g. BytesPerSecond 400000 →
/// KiB/s, Milliseconds 45000 → s, Count 12000 → k.
ChartScale scaleFor(ChartUnit unit, double maxAbs);

/// The smallest tick step worth showing, in the data's unit: 1 (a byte, a message, a millisecond),
/// 0.001 for seconds (a millisecond); 0 for plain numbers.
double smallestStep(ChartUnit unit);

/// A tick label: @p value (in the data's unit) in @p scale, e.g. "400 KiB/s", "2.5 s", "10 k", "0".
QString tickLabel(double value, const ChartScale &scale);

/// One value in full, as the tables show it (crosshair, threshold labels): "8.2 KiB/s", "3 m 20 s".
QString valueText(ChartUnit unit, double value);

/// The unit's name for an axis title when the chart has no better one: "bytes/s", "seconds", ....
QString unitName(ChartUnit unit);

} // namespace ChartUnits

} // namespace Tidewatch
