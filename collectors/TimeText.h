#pragma once

#include <QtGlobal>

#include <optional>
#include <string_view>

namespace Tidewatch::TimeText {

/// Milliseconds since the epoch of an ISO-8601 / RFC 3339 date-time:
/// `YYYY-MM-DD` then `T`, `t` or a space, then `hh:mm:ss`, an optional fraction of any number of
/// digits (truncated to milliseconds), and an optional zone: `Z`, `z`, `±hh:mm`, `±hhmm` or `±hh`
/// (none: UTC). Fields are range-checked (month 1-12, day within its month, hour 0-23, minute 0-59,
/// second 0-60 where 60 is a leap second that runs into the next minute; offset hours 0-23). Nothing
/// may follow. Empty when the text is not such a time.
std::optional<qint64> parseIso8601Ms(std::string_view text);

enum class EpochUnit
{
    Millis,
    Seconds
};

/// Milliseconds since the epoch of a decimal number (JSON number syntax) in @p unit. Fractions below a
/// millisecond are dropped (rounded towards minus infinity). Empty when the text is not a number or
/// the time lies outside the years 0000-9999.
std::optional<qint64> parseEpochMs(std::string_view text, EpochUnit unit);

/// Days since 1970-01-01 of the proleptic Gregorian date @p year-@p month-@p day (year 0-9999).
qint64 daysFromCivil(int year, int month, int day);

} // namespace Tidewatch::TimeText
