#pragma once

#include <QString>

namespace Tidewatch {

/// Burrow's consumer status, in Burrow's order, which is also severity order.
enum class LagStatus
{
    NotFound, ///< partition: no commit observed yet; group: no partition has data
    Ok,
    Warn,   ///< making progress but falling further behind
    Err,    ///< group only: some partition is STOP, STALL or REWIND
    Stop,   ///< partition only: no commit for a while and lag is non-zero
    Stall,  ///< partition only: commits keep coming but the offset does not move, lag non-zero
    Rewind, ///< partition only: the committed offset went backwards and has not recovered
};

/// Burrow's ERR: a group's ERR, or the partition words a group carries instead (STOP, STALL, REWIND).
inline bool isLagError(LagStatus status)
{
    return status >= LagStatus::Err;
}

/// Burrow's token for a status ("OK", "WARN", "STALL", ...): stable, for exports and rules.
QString lagStatusName(LagStatus status);
/// A translated, human-readable status for the UI.
QString lagStatusText(LagStatus status);

/// Direction of a partition's lag over the window.
enum class LagTrend
{
    Unknown,
    Growing,
    Shrinking,
    Steady
};
/// Stable token for a trend: "growing", "shrinking", "steady", "unknown".
QString lagTrendName(LagTrend trend);

} // namespace Tidewatch
