#pragma once

#include <QDateTime>
#include <QString>

namespace Tidewatch {

/// How a collector's last attempt went, carried by every snapshot so that no view shows stale
/// numbers as if they were live.
struct SourceStatus
{
    bool reachable = false;  ///< the last cycle reached the source
    QString error;           ///< empty when the last cycle succeeded; otherwise what failed
    QDateTime attemptedAt;   ///< when the last cycle started (UTC)
    QDateTime lastSuccessAt; ///< when data was last collected successfully (invalid: never)
    qint64 durationMs = 0;   ///< wall time of the last cycle
    int requestCount = 0;    ///< requests sent during the last cycle

    /// Age of the data in milliseconds at @p now, or -1 if no data was ever collected.
    qint64 dataAgeMs(const QDateTime &now) const
    {
        return lastSuccessAt.isValid() ? lastSuccessAt.msecsTo(now) : -1;
    }
};

} // namespace Tidewatch
