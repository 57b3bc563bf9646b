#include "LagStatus.h"

#include <QCoreApplication>

namespace Tidewatch {

QString lagStatusName(LagStatus status)
{
    switch (status) {
    case LagStatus::NotFound:
        return QStringLiteral("NOTFOUND");
    case LagStatus::Ok:
        return QStringLiteral("OK");
    case LagStatus::Warn:
        return QStringLiteral("WARN");
    case LagStatus::Err:
        return QStringLiteral("ERR");
    case LagStatus::Stop:
        return QStringLiteral("STOP");
    case LagStatus::Stall:
        return QStringLiteral("STALL");
    case LagStatus::Rewind:
        return QStringLiteral("REWIND");
    }
    return QString();
}

QString lagStatusText(LagStatus status)
{
    switch (status) {
    case LagStatus::NotFound:
        return QCoreApplication::translate("LagStatus", "No data");
    case LagStatus::Ok:
        return QCoreApplication::translate("LagStatus", "OK");
    case LagStatus::Warn:
        return QCoreApplication::translate("LagStatus", "Falling behind");
    case LagStatus::Err:
        return QCoreApplication::translate("LagStatus", "Error");
    case LagStatus::Stop:
        return QCoreApplication::translate("LagStatus", "Stopped");
    case LagStatus::Stall:
        return QCoreApplication::translate("LagStatus", "Stalled");
    case LagStatus::Rewind:
        return QCoreApplication::translate("LagStatus", "Rewound");
    }
    return QString();
}

QString lagTrendName(LagTrend trend)
{
    switch (trend) {
    case LagTrend::Steady:
        return QStringLiteral("steady");
    case LagTrend::Growing:
        return QStringLiteral("growing");
    case LagTrend::Shrinking:
        return QStringLiteral("shrinking");
    case LagTrend::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace Tidewatch
