#pragma once

#include <QFontMetrics>

// Private to TimeSeriesChart's source files.
namespace Tidewatch::TimeSeriesChartLayout {

// Layout constants of the plot, in pixels.
inline constexpr int Margin = 4;
inline constexpr int TickLength = 4;
inline constexpr int LabelGap = 3;
inline constexpr int SwatchWidth = 14;
inline constexpr int LegendSpacing = 10;

/// What a plot widget needs besides its plot area and legend: the title line, half a line for the
/// top value label, the time labels and ticks, and the margins.
inline int chartChromeHeight(const QFontMetrics &fm)
{
    return Margin + fm.height() + fm.height() / 2 + Margin + LabelGap + fm.height() + TickLength;
}

} // namespace Tidewatch::TimeSeriesChartLayout
