#pragma once

#include "FlinkSnapshot.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Tidewatch {

/// A vertex that slows its job down: busy, not back-pressured itself, while a vertex feeding it is
/// back-pressured — the culprit behind the red back pressure upstream, as Flink's web UI marks it.
struct FlinkBottleneck
{
    QString vertexId;
    QString name;
    double busyMsPerSecond = -1;     ///< the busiest subtask's busy time
    QStringList backPressuredInputs; ///< names of the back-pressured vertices feeding it, plan order

    friend bool operator==(const FlinkBottleneck &, const FlinkBottleneck &) = default;
};

namespace FlinkBottlenecks {

/// Busy time (ms per second, busiest subtask) from which a vertex counts as busy: Flink's web UI
/// colours a vertex fully busy from 50 %, and below that a slow vertex still has spare time.
inline constexpr double kBusyMsPerSecond = 500;

/// The busiest subtask's busy time of @p vertex in ms per second: the aggregated gauge, else the
/// largest busy ratio of the back-pressure subtasks; -1 unknown.
double busyMsPerSecond(const FlinkVertexInfo &vertex);

/// The bottlenecks of a job's @p vertices (in plan order): each vertex that is busy
/// (busyMsPerSecond() >= kBusyMsPerSecond), whose own back pressure is measured and ok, and that has
/// an input with low or high back pressure. Inputs are the plan's edges (`inputs`); without them
/// (an old snapshot) the vertex before it in plan order counts as its input. Unknown busy time or
/// back pressure never makes a bottleneck. Empty when nothing is back-pressured.
QList<FlinkBottleneck> find(const QList<FlinkVertexInfo> &vertices);

} // namespace FlinkBottlenecks

} // namespace Tidewatch
