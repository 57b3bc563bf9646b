#pragma once

#include "ColumnTableModel.h"
#include "FlinkBottleneck.h"
#include "FlinkSnapshot.h"
#include "FlinkThresholds.h"

#include <QPair>

namespace Tidewatch {

/// One row of FlinkVertexTableModel: a vertex and its position in the job plan, so the table keeps
/// the plan's order (sources first) while rows are merged by key.
struct FlinkVertexRow
{
    int position = -1;
    FlinkVertexInfo vertex;
    /// The vertex is a bottleneck (FlinkBottlenecks::find): busy, not back-pressured, fed by a
    /// back-pressured vertex.
    bool bottleneck = false;

    friend bool operator==(const FlinkVertexRow &, const FlinkVertexRow &) = default;
};

/// The vertices (operator chains) of one Flink job: parallelism, back-pressure level coloured by
/// severity, busy time, record rates and watermark lag. One row per vertex id, in plan order.
class FlinkVertexTableModel : public ColumnTableModel<FlinkVertexRow, QPair<int, QString>>
{
    Q_OBJECT
public:
    enum ColumnId
    {
        NameColumn,
        BottleneckColumn,
        ParallelismColumn,
        BackpressureColumn,
        BusyColumn,
        RecordsInColumn,
        RecordsOutColumn,
        WatermarkLagColumn
    };
    explicit FlinkVertexTableModel(QObject *parent = nullptr);

    /// Merges the vertices of a job (in plan order) into the model and marks its bottlenecks.
    void setVertices(const QList<FlinkVertexInfo> &vertices);
    /// The bottlenecks of the vertices last set, in plan order.
    const QList<FlinkBottleneck> &bottlenecks() const { return m_bottlenecks; }
    /// "Bottleneck: bp-slow-map -> bp-sink: Writer (busy 100 %)"; several joined by "; "; empty when
    /// there is none.
    static QString bottleneckText(const QList<FlinkBottleneck> &bottlenecks);
    /// The status of a threshold level: Warning and Critical; within the threshold (Ok) and Unknown
    /// give no status (no colour).
    static std::optional<StatusSeverity> severityOf(FlinkThresholds::Level level);
    /// Ok, Low and High as Ok, Warning and Critical; no status while not measured.
    static std::optional<StatusSeverity> backpressureSeverity(FlinkBackpressureLevel level);

    /// "high (87 %)", "ok (0 %)", "not measured yet".
    static QString backpressureText(FlinkBackpressureLevel level, double ratio);
    /// Good for ok, warn for low, bad for high, invalid when unknown.
    static QColor backpressureColour(FlinkBackpressureLevel level);
    /// "4 s", "no watermark", "idle", "not measured yet".
    static QString watermarkLagText(const FlinkVertexInfo &vertex);

protected:
    QPair<int, QString> keyOf(const FlinkVertexRow &row) const override
    {
        return {row.position, row.vertex.id};
    }

private:
    QList<FlinkBottleneck> m_bottlenecks;
};

/// The recent checkpoints of one Flink job (Flink keeps the last ten): status coloured, timing,
/// sizes and the failure message. One row per checkpoint id.
class FlinkCheckpointTableModel : public ColumnTableModel<FlinkCheckpointInfo, qint64>
{
    Q_OBJECT
public:
    enum ColumnId
    {
        IdColumn,
        StatusColumn,
        TriggeredColumn,
        DurationColumn,
        EndToEndColumn,
        StateSizeColumn,
        CheckpointedSizeColumn,
        FailureColumn
    };
    explicit FlinkCheckpointTableModel(QObject *parent = nullptr);

    /// The job's checkpoint interval (-1 unknown or not periodic): the duration thresholds follow it
    /// (FlinkThresholds::checkpointDuration).
    void setIntervalMs(qint64 intervalMs);
    qint64 intervalMs() const { return m_intervalMs; }

    /// Good for COMPLETED, bad for FAILED, warn for IN_PROGRESS, invalid otherwise.
    static QColor statusColour(const QString &status);

protected:
    qint64 keyOf(const FlinkCheckpointInfo &row) const override { return row.id; }

private:
    qint64 m_intervalMs = -1;
};

} // namespace Tidewatch
