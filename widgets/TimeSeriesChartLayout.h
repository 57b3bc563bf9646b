#pragma once

// Private to TimeSeriesChart's source files.
namespace Tidewatch::TimeSeriesChartLayout {

// Layout constants of the plot, in pixels.
inline constexpr int Margin = 4;
inline constexpr int TickLength = 4;
inline constexpr int LabelGap = 3;
inline constexpr int SwatchWidth = 14;
inline constexpr int LegendSpacing = 10;

} // namespace Tidewatch::TimeSeriesChartLayout
