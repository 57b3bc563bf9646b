#include "PromHumanize.h"

#include <array>
#include <cmath>
#include <cstdio>
#include <limits>

namespace Tidewatch {

namespace {

/// @p value scaled by 1000 per step until its magnitude is at least 1, with the last prefix used.
QString withSmallPrefix(double value, const QString &unit)
{
    static constexpr std::array<const char *, 8> prefixes{"m", "u", "n", "p", "f", "a", "z", "y"};
    const char *prefix = "";
    for (const char *p : prefixes) {
        if (std::fabs(value) >= 1)
            break;
        prefix = p;
        value *= 1000;
    }
    return goFormat4g(value) + QLatin1String(prefix) + unit;
}

QString humanize(double value)
{
    if (value == 0 || std::isnan(value) || std::isinf(value))
        return goFormat4g(value);
    if (std::fabs(value) < 1)
        return withSmallPrefix(value, {});
    static constexpr std::array<const char *, 8> prefixes{"k", "M", "G", "T", "P", "E", "Z", "Y"};
    const char *prefix = "";
    for (const char *p : prefixes) {
        if (std::fabs(value) < 1000)
            break;
        prefix = p;
        value /= 1000;
    }
    return goFormat4g(value) + QLatin1String(prefix);
}

QString humanizeDuration(double value)
{
    if (std::isnan(value) || std::isinf(value))
        return goFormat4g(value);
    if (value == 0)
        return goFormat4g(value) + QLatin1Char('s');
    if (std::fabs(value) < 1)
        return withSmallPrefix(value, QStringLiteral("s"));
    const QString sign = value < 0 ? QStringLiteral("-") : QString();
    value = std::fabs(value);
    // Whole seconds, as Go's int64 conversion truncates (values beyond int64 are far past any rule).
    const auto total = value < 9.2e18 ? static_cast<qint64>(value) : std::numeric_limits<qint64>::max();
    const qint64 seconds = total % 60;
    const qint64 minutes = (total / 60) % 60;
    const qint64 hours = (total / 3600) % 24;
    const qint64 days = total / 86400;
    if (days != 0)
        return QStringLiteral("%1%2d %3h %4m %5s").arg(sign).arg(days).arg(hours).arg(minutes).arg(seconds);
    if (hours != 0)
        return QStringLiteral("%1%2h %3m %4s").arg(sign).arg(hours).arg(minutes).arg(seconds);
    if (minutes != 0)
        return QStringLiteral("%1%2m %3s").arg(sign).arg(minutes).arg(seconds);
    return sign + goFormat4g(value) + QLatin1Char('s');
}

} // namespace

QString goFormat4g(double value)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.4g", value);
    return QString::fromLatin1(buffer);
}

std::optional<QString> humanizeValue(const QString &function, double value)
{
    if (function == QLatin1String("humanize"))
        return humanize(value);
    if (function == QLatin1String("humanizePercentage"))
        return goFormat4g(value * 100) + QLatin1Char('%');
    if (function == QLatin1String("humanizeDuration"))
        return humanizeDuration(value);
    return std::nullopt;
}

} // namespace Tidewatch
