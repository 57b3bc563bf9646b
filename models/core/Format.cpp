#include "Format.h"

#include <QCoreApplication>
#include <QLocale>

#include <array>
#include <cmath>

namespace Tidewatch::Format {

namespace {

QString scaled(double value, double base, const std::array<const char *, 5> &units)
{
    const bool negative = value < 0;
    double magnitude = std::fabs(value);
    std::size_t unit = 0;
    while (magnitude >= base && unit + 1 < units.size()) {
        magnitude /= base;
        ++unit;
    }
    // One decimal below 100 of a scaled unit keeps "1.2 M" readable; whole numbers above.
    const int decimals = (unit == 0 || magnitude >= 100.0) ? 0 : 1;
    QString text = QLocale().toString(magnitude, 'f', decimals);
    if (unit > 0 || units[0][0] != '\0')
        text += QLatin1Char(' ') + QLatin1String(units[unit]);
    return (negative ? QStringLiteral("-") : QString()) + text.trimmed();
}

} // namespace

QString count(double value)
{
    if (std::isnan(value))
        return QCoreApplication::translate("Format", "n/a");
    if (std::fabs(value) < 1000.0) {
        const bool whole = value == std::floor(value);
        return QLocale().toString(value, 'f', whole ? 0 : 1);
    }
    return scaled(value, 1000.0, {"", "k", "M", "G", "T"});
}

QString bytes(double value)
{
    if (std::isnan(value))
        return QCoreApplication::translate("Format", "n/a");
    if (std::fabs(value) < 1024.0)
        return QLocale().toString(value, 'f', 0) + QStringLiteral(" B");
    return scaled(value, 1024.0, {"B", "KiB", "MiB", "GiB", "TiB"});
}

QString rate(double perSecond)
{
    return QCoreApplication::translate("Format", "%1 /s").arg(count(perSecond));
}

QString duration(qint64 milliseconds)
{
    if (milliseconds < 0)
        return QStringLiteral("-") + duration(-milliseconds);
    if (milliseconds < 1000)
        return QCoreApplication::translate("Format", "%1 ms").arg(milliseconds);
    const qint64 seconds = milliseconds / 1000;
    if (seconds < 60) {
        if (milliseconds < 10000)
            return QCoreApplication::translate("Format", "%1 s")
                .arg(QLocale().toString(milliseconds / 1000.0, 'f', 1));
        return QCoreApplication::translate("Format", "%1 s").arg(seconds);
    }
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return QCoreApplication::translate("Format", "%1 m %2 s").arg(minutes).arg(seconds % 60);
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return QCoreApplication::translate("Format", "%1 h %2 m").arg(hours).arg(minutes % 60);
    return QCoreApplication::translate("Format", "%1 d %2 h").arg(hours / 24).arg(hours % 24);
}

QString age(qint64 milliseconds)
{
    if (milliseconds < 0)
        return QCoreApplication::translate("Format", "never");
    if (milliseconds < 1000)
        return QCoreApplication::translate("Format", "just now");
    return QCoreApplication::translate("Format", "%1 ago").arg(duration(milliseconds));
}

QString timeLag(double seconds, bool lowerBound)
{
    if (seconds < 0)
        return QCoreApplication::translate("Format", "unknown");
    const QString text = duration(qint64(seconds * 1000));
    return lowerBound ? QCoreApplication::translate("Format", "≥ %1").arg(text) : text;
}

QString idList(const QList<int> &ids)
{
    QStringList parts;
    for (int id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}

} // namespace Tidewatch::Format
