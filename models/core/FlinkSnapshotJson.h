#pragma once

#include "FlinkSnapshot.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace Tidewatch::FlinkSnapshotJson {

/// The Flink job details of the `tidewatch.snapshot/1` document (docs/SNAPSHOT.md, `flink.jobs`).
/// @p details may be null (a job seen for the first time in a failed cycle): its fields are null.
QJsonObject jobToJson(const FlinkJobInfo &job, const FlinkJobDetails *details);
QJsonArray taskManagersToJson(const QList<FlinkTaskManagerInfo> &taskManagers);
/// @p value, or null when it is negative (unknown).
QJsonValue known(qint64 value);

} // namespace Tidewatch::FlinkSnapshotJson
