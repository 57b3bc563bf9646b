#pragma once

#include <QtGlobal>

namespace Tidewatch::FlinkThresholds {

/// How a Flink figure is judged; the page colours it amber (Warning) or red (Critical). docs/GUIDE.md
/// states the same numbers.
enum class Level
{
    Unknown, ///< not measured: no colour
    Ok,
    Warning,
    Critical
};

inline constexpr qint64 kWatermarkLagWarnMs = 60 * 1000;      ///< amber above 1 min
inline constexpr qint64 kWatermarkLagCriticalMs = 300 * 1000; ///< red above 5 min
/// Checkpoint durations when the checkpoint interval is unknown (or checkpointing is not periodic).
inline constexpr qint64 kCheckpointWarnMs = 30 * 1000;      ///< amber above 30 s
inline constexpr qint64 kCheckpointCriticalMs = 120 * 1000; ///< red above 2 min

/// Watermark lag @p lagMs (negative lags, event times ahead of the clock, are Ok); Unknown when
/// @p known is false.
Level watermarkLag(bool known, qint64 lagMs);
/// A checkpoint's duration against the job's checkpoint interval @p intervalMs: amber above half the
/// interval, red above the whole (checkpoints then run back to back); with the interval unknown
/// (<= 0), the fixed kCheckpointWarnMs / kCheckpointCriticalMs. Unknown for a negative duration.
Level checkpointDuration(qint64 durationMs, qint64 intervalMs);

} // namespace Tidewatch::FlinkThresholds
