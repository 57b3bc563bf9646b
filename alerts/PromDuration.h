#pragma once

#include <QString>

#include <optional>

namespace Tidewatch::PromDuration {

/// Parses a Prometheus duration ("30s", "5m", "1h30m", "250ms", "1w", "0") into milliseconds.
/// Units must appear from largest to smallest, each at most once, as Prometheus requires.
std::optional<qint64> parse(const QString &text);

/// Formats milliseconds the way Prometheus prints durations: "1h30m", "5m", "250ms", "0s".
QString format(qint64 milliseconds);

} // namespace Tidewatch::PromDuration
