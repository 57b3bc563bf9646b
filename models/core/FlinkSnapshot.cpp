#include "FlinkSnapshot.h"

#include <algorithm>

namespace Tidewatch {

int FlinkSnapshot::runningJobs() const
{
    return static_cast<int>(std::count_if(jobs.cbegin(), jobs.cend(), [](const FlinkJobInfo &j) {
        return j.state == QLatin1String("RUNNING");
    }));
}

bool FlinkSnapshot::isTerminalState(const QString &state)
{
    return state == QLatin1String("FINISHED") || state == QLatin1String("CANCELED") ||
           state == QLatin1String("FAILED") || state == QLatin1String("SUSPENDED");
}

const FlinkJobDetails *FlinkSnapshot::details(const QString &jobId) const
{
    for (const FlinkJobDetails &d : jobDetails) {
        if (d.jobId == jobId)
            return &d;
    }
    return nullptr;
}

QString backpressureLevelName(FlinkBackpressureLevel level)
{
    switch (level) {
    case FlinkBackpressureLevel::Ok:
        return QStringLiteral("ok");
    case FlinkBackpressureLevel::Low:
        return QStringLiteral("low");
    case FlinkBackpressureLevel::High:
        return QStringLiteral("high");
    case FlinkBackpressureLevel::Unknown:
        break;
    }
    return {};
}

QString watermarkStateName(FlinkWatermarkState state)
{
    switch (state) {
    case FlinkWatermarkState::None:
        return QStringLiteral("none");
    case FlinkWatermarkState::Idle:
        return QStringLiteral("idle");
    case FlinkWatermarkState::Ok:
        return QStringLiteral("ok");
    case FlinkWatermarkState::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString checkpointingName(FlinkCheckpointing checkpointing)
{
    switch (checkpointing) {
    case FlinkCheckpointing::Disabled:
        return QStringLiteral("disabled");
    case FlinkCheckpointing::Enabled:
        return QStringLiteral("enabled");
    case FlinkCheckpointing::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace Tidewatch
