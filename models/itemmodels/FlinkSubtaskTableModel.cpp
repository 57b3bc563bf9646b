#include "FlinkSubtaskTableModel.h"

#include "FlinkJobDetailModels.h"
#include "Format.h"

#include <cmath>
#include <map>

namespace Tidewatch {

namespace {

QVariant percent(double ratio)
{
    return ratio >= 0 ? QVariant(FlinkSubtaskTableModel::tr("%1 %").arg(std::lround(ratio * 100)))
                      : QVariant(Cell::dash());
}

} // namespace

QList<FlinkSubtaskRow> FlinkSubtaskTableModel::rowsOf(const QList<FlinkVertexInfo> &vertices)
{
    QList<FlinkSubtaskRow> rows;
    for (int position = 0; position < vertices.size(); ++position) {
        const FlinkVertexInfo &v = vertices.at(position);
        std::map<int, FlinkSubtaskRow> bySubtask;
        auto rowFor = [&](int subtask) -> FlinkSubtaskRow & {
            FlinkSubtaskRow &r = bySubtask[subtask];
            r.position = position;
            r.vertexName = v.name;
            r.subtask = subtask;
            r.source = v.source;
            return r;
        };
        for (const FlinkSubtaskBackpressure &b : v.subtasks) {
            FlinkSubtaskRow &r = rowFor(b.subtask);
            r.level = b.level;
            r.backpressureRatio = b.ratio;
            r.busyRatio = b.busyRatio;
            r.idleRatio = b.idleRatio;
        }
        for (const FlinkSourceSubtask &s : v.sourceSubtasks)
            rowFor(s.subtask).sourceState = s;
        for (const auto &[index, row] : bySubtask)
            rows.append(row);
    }
    return rows;
}

QString FlinkSubtaskTableModel::sourceText(const FlinkSubtaskRow &row)
{
    if (!row.source || !row.sourceState)
        return Cell::dash();
    const FlinkSourceSubtask &s = *row.sourceState;
    if (s.idle)
        return tr("idle %1 (left out of the lag)").arg(Format::duration(s.idleTimeMs.value_or(0)));
    if (s.watermarkLagMs)
        return tr("watermark %1 behind").arg(Format::duration(*s.watermarkLagMs));
    if (s.idleTimeMs && *s.idleTimeMs > 0)
        return tr("no watermark, nothing read for %1").arg(Format::duration(*s.idleTimeMs));
    return tr("no watermark");
}

FlinkSubtaskTableModel::FlinkSubtaskTableModel(QObject *parent)
    : ColumnTableModel(parent)
{
    using C = Column<FlinkSubtaskRow>;
    using R = FlinkSubtaskRow;
    setColumns({
        C{tr("Vertex"),
          tr("The operator chain the subtask runs"),
          [](const R &r) { return r.vertexName; },
          [](const R &r) { return r.position; },
          {},
          {},
          Cell::kLeft},
        C{tr("Subtask"),
          tr("Subtask index as Flink reports it (0-based)"),
          [](const R &r) { return r.subtask; },
          [](const R &r) { return r.subtask; },
          {},
          {},
          Cell::kRight},
        C{tr("Back pressure"),
          tr("Share of time this subtask was back-pressured (Flink's 60 s moving average); one subtask "
             "far above its siblings points at skewed keys"),
          [](const R &r) { return percent(r.backpressureRatio); },
          [](const R &r) { return r.backpressureRatio; },
          {},
          {},
          Cell::kRight,
          [](const R &r) {
              return FlinkVertexTableModel::backpressureSeverity(r.level);
          }},
        C{tr("Busy"),
          tr("Share of time this subtask spent processing records (Flink's 60 s moving average)"),
          [](const R &r) { return percent(r.busyRatio); },
          [](const R &r) { return r.busyRatio; },
          [](const R &r) { return r.busyRatio >= 0.9 ? StatusColour::warn() : QColor(); },
          {},
          Cell::kRight},
        C{tr("Idle"),
          tr("Share of time this subtask waited for input (Flink's 60 s moving average)"),
          [](const R &r) { return percent(r.idleRatio); },
          [](const R &r) { return r.idleRatio; },
          {},
          {},
          Cell::kRight},
        C{tr("Source"),
          tr("Source subtasks: their watermark lag as Flink's watermarkLag gauge reports it, or idle: read "
             "nothing for the idle time while neither back-pressured nor busy, so left out of the job's lag"),
          [](const R &r) { return sourceText(r); },
          [](const R &r) {
              return r.sourceState && r.sourceState->watermarkLagMs ? QVariant(*r.sourceState->watermarkLagMs)
                                                                    : QVariant(qint64(-1));
          },
          [](const R &r) { return r.sourceState && r.sourceState->idle ? StatusColour::warn() : QColor(); },
          {},
          Cell::kLeft},
    });
}

void FlinkSubtaskTableModel::setVertices(const QList<FlinkVertexInfo> &vertices)
{
    setRows(rowsOf(vertices));
}

} // namespace Tidewatch
