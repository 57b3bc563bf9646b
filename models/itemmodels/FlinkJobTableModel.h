#pragma once

#include "ColumnTableModel.h"
#include "FlinkSnapshot.h"

#include <optional>

namespace Tidewatch {

/// One row of FlinkJobTableModel: a job's overview line and its health, summarised from the job's
/// details. The health is Unknown / negative until the collector has fetched the details.
struct FlinkJobRow
{
    FlinkJobInfo job;

    FlinkBackpressureLevel backpressureLevel = FlinkBackpressureLevel::Unknown; ///< worst vertex
    double backpressureRatio = -1; ///< max over vertices, -1 when none was measured
    QString backpressureVertex;    ///< the name of the worst vertex

    FlinkCheckpointing checkpointing = FlinkCheckpointing::Unknown;
    qint64 checkpointsCompleted = -1;
    qint64 checkpointsFailed = -1;
    std::optional<FlinkCheckpointInfo> latestCompleted;
    std::optional<FlinkCheckpointInfo> latestFailed;
    /// The snapshot's attempt time minus when the latest completed checkpoint finished; -1: unknown.
    qint64 lastCheckpointAgeMs = -1;

    /// Ok: watermarkLagMs is the largest lag over the vertices that have one. Idle: every vertex is
    /// idle. None: no vertex has a watermark (some may be idle). Unknown: not measured (yet).
    FlinkWatermarkState watermarkState = FlinkWatermarkState::Unknown;
    qint64 watermarkLagMs = -1;
    QString watermarkVertex; ///< the name of the vertex with the largest lag

    qint64 restarts = -1;
    qint64 uptimeMs = -1;     ///< RUNNING since the last (re)start; -1 unknown
    qint64 metricsAgeMs = -1; ///< how old Flink's sample of the vertex metrics was; -1 unknown

    /// Whether the latest failed checkpoint is newer than the latest completed one.
    bool checkpointFailing() const
    {
        return latestFailed && (!latestCompleted || latestFailed->id > latestCompleted->id);
    }

    friend bool operator==(const FlinkJobRow &, const FlinkJobRow &) = default;
};

/// The jobs of one Flink cluster with their health (back pressure, checkpoints, watermark lag,
/// restarts), one row per job id.
class FlinkJobTableModel : public ColumnTableModel<FlinkJobRow, QString>
{
    Q_OBJECT
public:
    enum ColumnId
    {
        NameColumn,
        StateColumn,
        UptimeColumn,
        TasksColumn,
        BackpressureColumn,
        LastCheckpointColumn,
        FailedCheckpointsColumn,
        WatermarkLagColumn,
        RestartsColumn
    };
    explicit FlinkJobTableModel(QObject *parent = nullptr);

    /// One row per job of @p snapshot, its health taken from the job's details; checkpoint ages are
    /// relative to the snapshot's status.attemptedAt.
    static QList<FlinkJobRow> rowsFrom(const FlinkSnapshot &snapshot);
    /// Merges the jobs of @p snapshot into the model (selection and sorting survive).
    void setSnapshot(const FlinkSnapshot &snapshot) { setRows(rowsFrom(snapshot)); }

protected:
    QString keyOf(const FlinkJobRow &row) const override { return row.job.id; }
};

} // namespace Tidewatch
