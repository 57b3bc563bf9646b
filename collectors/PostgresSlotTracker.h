#pragma once

#include "OffsetHistory.h"
#include "PostgresSnapshot.h"

#include <QByteArray>
#include <QHash>
#include <QList>

namespace Tidewatch {

/// Turns the rows of slotQuery() into a PostgresSnapshot's figures, and keeps what the time figures
/// need: the server's WAL position sampled every cycle (a fine history at the poll interval and a
/// coarse one a minute apart, as the Kafka lag tracker does for high watermarks) and each slot's
/// recent byte lag. Pure: rows and a time in, figures out; no connection.
///
/// A slot's time lag is how long ago the server's WAL position was where the slot's consumer
/// confirmed: interpolated on the sampled positions (TimeLagEstimator), 0 when caught up, a lower
/// bound when the position is older than the history, unknown with a single sample. It is a
/// measurement at the poll interval's resolution, not a rate-based estimate.
class PostgresSlotTracker
{
public:
    /// The one statement a cycle runs: the current WAL position (the replayed one on a standby)
    /// taken once, joined to every slot, so all byte lags are against the same position.
    static QByteArray slotQuery();

    /// Fills @p out (everything but status and clusterName) from the rows of slotQuery() read at
    /// @p nowMs; false with @p error when the rows are not what the query returns.
    bool apply(const QList<QList<QByteArray>> &rows, qint64 nowMs, PostgresSnapshot &out, QString &error);

    /// Samples kept for the lag growth: the last minute.
    static constexpr qint64 kGrowthWindowMs = 60000;
    /// A growth needs samples spanning at least this long.
    static constexpr qint64 kGrowthMinSpanMs = 5000;

private:
    struct LagSample
    {
        qint64 timeMs;
        qint64 lagBytes;
    };

    OffsetHistory m_fine{120, 100};
    OffsetHistory m_coarse{120, 60000};
    QHash<QString, QList<LagSample>> m_slotLags;
};

} // namespace Tidewatch
