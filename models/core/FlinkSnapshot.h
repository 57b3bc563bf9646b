#pragma once

#include "SourceStatus.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace Tidewatch {

/// One Flink job as `/jobs/overview` lists it.
struct FlinkJobInfo
{
    QString id;
    QString name;
    QString state;           ///< Flink's JobStatus: RUNNING, FAILING, RESTARTING, ...
    qint64 startTimeMs = -1; ///< epoch ms
    qint64 durationMs = -1;
    int tasksTotal = 0;
    int tasksRunning = 0;

    friend bool operator==(const FlinkJobInfo &, const FlinkJobInfo &) = default;
};

/// Everything one Flink collection cycle saw of one Flink cluster. Immutable once published.
struct FlinkSnapshot
{
    QString clusterName; ///< the profile's name
    QString restUrl;
    QString flinkVersion; ///< empty until /config answered
    int taskManagers = 0;
    int slotsTotal = 0;
    int slotsAvailable = 0;
    QList<FlinkJobInfo> jobs; ///< sorted by name, then id
    SourceStatus status;

    int runningJobs() const;
};

} // namespace Tidewatch

Q_DECLARE_METATYPE(Tidewatch::FlinkSnapshot)
