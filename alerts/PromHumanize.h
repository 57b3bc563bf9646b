#pragma once

#include <QString>

#include <optional>

namespace Tidewatch {

/// Prometheus' template functions for a sample value, as in `{{ $value | humanizePercentage }}`:
/// `humanize` (SI prefixes), `humanizePercentage` (ratio as a percentage) and `humanizeDuration`
/// (seconds as "1d 2h 3m 4s"), with Prometheus 2.42's formatting (Go's %.4g), so that an exported
/// rule's annotations read the same in Prometheus as in Tidewatch. nullopt for any other name.
std::optional<QString> humanizeValue(const QString &function, double value);

/// Go's fmt "%.4g" of @p value (NaN, +Inf and -Inf spelled as Go does).
QString goFormat4g(double value);

} // namespace Tidewatch
