#pragma once

#include "ColumnTableModel.h"
#include "FlinkSnapshot.h"

#include <QPair>

#include <optional>

namespace Tidewatch {

/// One subtask of one vertex: its back-pressure, busy and idle shares, and for sources what the
/// source gauges say (watermark lag, idle time, whether it is left out of the lag as idle).
struct FlinkSubtaskRow
{
    int position = -1; ///< the vertex's position in the job plan
    QString vertexName;
    int subtask = -1;
    FlinkBackpressureLevel level = FlinkBackpressureLevel::Unknown;
    double backpressureRatio = -1; ///< 0..1, -1 unknown
    double busyRatio = -1;
    double idleRatio = -1;
    bool source = false;
    std::optional<FlinkSourceSubtask> sourceState;

    friend bool operator==(const FlinkSubtaskRow &, const FlinkSubtaskRow &) = default;
};

/// The subtasks of every vertex of one Flink job, so a skewed subtask (one back-pressured or busy
/// while its siblings are not) and idle source subtasks are visible. Keyed by (plan position, index).
class FlinkSubtaskTableModel : public ColumnTableModel<FlinkSubtaskRow, QPair<int, int>>
{
    Q_OBJECT
public:
    enum ColumnId
    {
        VertexColumn,
        SubtaskColumn,
        BackpressureColumn,
        BusyColumn,
        IdleColumn,
        SourceColumn
    };
    explicit FlinkSubtaskTableModel(QObject *parent = nullptr);

    /// Merges the subtasks of a job's vertices (in plan order) into the model.
    void setVertices(const QList<FlinkVertexInfo> &vertices);
    /// The rows setVertices would merge: one per subtask Flink reported back pressure or source
    /// gauges for. Pure, for tests.
    static QList<FlinkSubtaskRow> rowsOf(const QList<FlinkVertexInfo> &vertices);
    /// "idle 45 s (left out of the lag)", "watermark 3.2 s behind", "no watermark", "–".
    static QString sourceText(const FlinkSubtaskRow &row);

protected:
    QPair<int, int> keyOf(const FlinkSubtaskRow &row) const override { return {row.position, row.subtask}; }
};

} // namespace Tidewatch
