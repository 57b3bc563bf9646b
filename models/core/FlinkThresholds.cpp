#include "FlinkThresholds.h"

namespace Tidewatch::FlinkThresholds {

Level watermarkLag(bool known, qint64 lagMs)
{
    if (!known)
        return Level::Unknown;
    if (lagMs > kWatermarkLagCriticalMs)
        return Level::Critical;
    if (lagMs > kWatermarkLagWarnMs)
        return Level::Warning;
    return Level::Ok;
}

Level checkpointDuration(qint64 durationMs, qint64 intervalMs)
{
    if (durationMs < 0)
        return Level::Unknown;
    const qint64 warn = intervalMs > 0 ? intervalMs / 2 : kCheckpointWarnMs;
    const qint64 critical = intervalMs > 0 ? intervalMs : kCheckpointCriticalMs;
    if (durationMs > critical)
        return Level::Critical;
    if (durationMs > warn)
        return Level::Warning;
    return Level::Ok;
}

} // namespace Tidewatch::FlinkThresholds
