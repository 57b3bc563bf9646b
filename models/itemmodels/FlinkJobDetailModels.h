#pragma once

#include "ColumnTableModel.h"
#include "FlinkSnapshot.h"

#include <QPair>

namespace Tidewatch {

/// One row of FlinkVertexTableModel: a vertex and its position in the job plan, so the table keeps
/// the plan's order (sources first) while rows are merged by key.
struct FlinkVertexRow
{
    int position = -1;
    FlinkVertexInfo vertex;

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
        ParallelismColumn,
        BackpressureColumn,
        BusyColumn,
        RecordsInColumn,
        RecordsOutColumn,
        WatermarkLagColumn
    };
    explicit FlinkVertexTableModel(QObject *parent = nullptr);

    /// Merges the vertices of a job (in plan order) into the model.
    void setVertices(const QList<FlinkVertexInfo> &vertices);

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

    /// Good for COMPLETED, bad for FAILED, warn for IN_PROGRESS, invalid otherwise.
    static QColor statusColour(const QString &status);

protected:
    qint64 keyOf(const FlinkCheckpointInfo &row) const override { return row.id; }
};

} // namespace Tidewatch
