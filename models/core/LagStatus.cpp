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

// Plain words for the tables (#18): "not judged yet" rather than NOTFOUND; ERR, the group word for a
// partition that stopped, stalled or rewound, is "stuck". The codes stay in lagStatusName().
QString lagStatusText(LagStatus status)
{
    switch (status) {
    case LagStatus::NotFound:
        return QCoreApplication::translate("LagStatus", "not judged yet");
    case LagStatus::Ok:
        return QCoreApplication::translate("LagStatus", "ok");
    case LagStatus::Warn:
        return QCoreApplication::translate("LagStatus", "falling behind");
    case LagStatus::Err:
        return QCoreApplication::translate("LagStatus", "stuck");
    case LagStatus::Stop:
        return QCoreApplication::translate("LagStatus", "stopped");
    case LagStatus::Stall:
        return QCoreApplication::translate("LagStatus", "stalled");
    case LagStatus::Rewind:
        return QCoreApplication::translate("LagStatus", "rewound");
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
