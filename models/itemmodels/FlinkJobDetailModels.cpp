#include "FlinkJobDetailModels.h"

#include "Format.h"

#include <QDateTime>

#include <cmath>

namespace Tidewatch {

namespace {

QVariant knownDuration(qint64 ms)
{
    return ms >= 0 ? QVariant(Format::duration(ms)) : QVariant(Cell::dash());
}

QVariant knownBytes(qint64 bytes)
{
    return bytes >= 0 ? QVariant(Format::bytes(double(bytes))) : QVariant(Cell::dash());
}

QString timeText(qint64 epochMs)
{
    if (epochMs < 0)
        return Cell::dash();
    return QDateTime::fromMSecsSinceEpoch(epochMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

QString FlinkVertexTableModel::backpressureText(FlinkBackpressureLevel level, double ratio)
{
    if (level == FlinkBackpressureLevel::Unknown)
        return tr("not measured yet");
    const QString name = backpressureLevelName(level);
    if (ratio < 0)
        return name;
    return tr("%1 (%2 %)").arg(name).arg(std::lround(ratio * 100));
}

QColor FlinkVertexTableModel::backpressureColour(FlinkBackpressureLevel level)
{
    switch (level) {
    case FlinkBackpressureLevel::Ok:
        return StatusColour::good();
    case FlinkBackpressureLevel::Low:
        return StatusColour::warn();
    case FlinkBackpressureLevel::High:
        return StatusColour::bad();
    case FlinkBackpressureLevel::Unknown:
        break;
    }
    return {};
}

QString FlinkVertexTableModel::watermarkLagText(const FlinkVertexInfo &vertex)
{
    switch (vertex.watermarkState) {
    case FlinkWatermarkState::Ok:
        return vertex.watermarkLagMs ? Format::duration(*vertex.watermarkLagMs) : tr("not measured yet");
    case FlinkWatermarkState::None:
        return tr("no watermark");
    case FlinkWatermarkState::Idle:
        return tr("idle");
    case FlinkWatermarkState::Unknown:
        break;
    }
    return tr("not measured yet");
}

FlinkVertexTableModel::FlinkVertexTableModel(QObject *parent)
    : ColumnTableModel(parent)
{
    using C = Column<FlinkVertexRow>;
    using R = FlinkVertexRow;
    setColumns({
        C{tr("Vertex"),
          tr("The operator chain Flink schedules as one task, in the order of the job plan"),
          [](const R &r) { return r.vertex.name; },
          [](const R &r) { return r.position; },
          {},
          [](const R &r) {
              return tr("Vertex id %1, %2")
                  .arg(r.vertex.id, r.vertex.status.isEmpty() ? Cell::dash() : r.vertex.status);
          },
          Cell::kLeft},
        C{tr("Parallelism"),
          tr("Subtasks running this vertex (max parallelism in the cell tooltip)"),
          [](const R &r) {
              return r.vertex.parallelism >= 0 ? QVariant(r.vertex.parallelism) : QVariant(Cell::dash());
          },
          [](const R &r) { return r.vertex.parallelism; },
          {},
          [](const R &r) {
              return r.vertex.maxParallelism >= 0 ? tr("Max parallelism %1").arg(r.vertex.maxParallelism)
                                                  : QString();
          },
          Cell::kRight},
        C{tr("Back pressure"),
          tr("Flink's back-pressure level of the worst subtask: ok (below 10 % of the time back-pressured), "
             "low (up to 50 %), high (more). A high vertex is slowed down by the one after it"),
          [](const R &r) { return backpressureText(r.vertex.backpressureLevel, r.vertex.backpressureRatio); },
          [](const R &r) { return r.vertex.backpressureRatio; },
          [](const R &r) { return backpressureColour(r.vertex.backpressureLevel); },
          [](const R &r) {
              return r.vertex.backpressureMeasuredAtMs >= 0
                         ? tr("Flink's latest metric fetch started at %1 (its answer may still be "
                              "from the one before)")
                               .arg(timeText(r.vertex.backpressureMeasuredAtMs))
                         : QString();
          },
          Cell::kLeft},
        C{tr("Busy"),
          tr("Share of time the busiest subtask spent processing records (not idle, not back-pressured), "
             "Flink's 60 s moving average. Near 100 %: this vertex is the bottleneck"),
          [](const R &r) {
              return r.vertex.busyMsPerSecondMax >= 0
                         ? QVariant(tr("%1 %").arg(std::lround(r.vertex.busyMsPerSecondMax / 10.0)))
                         : QVariant(Cell::dash());
          },
          [](const R &r) { return r.vertex.busyMsPerSecondMax; },
          [](const R &r) { return r.vertex.busyMsPerSecondMax >= 900 ? StatusColour::warn() : QColor(); },
          [](const R &r) {
              return r.vertex.busyMsPerSecondAvg >= 0
                         ? tr("Average over subtasks: %1 %")
                               .arg(std::lround(r.vertex.busyMsPerSecondAvg / 10.0))
                         : QString();
          },
          Cell::kRight},
        C{tr("Records in"),
          tr("Records received per second, summed over subtasks"),
          [](const R &r) { return Cell::rate(r.vertex.recordsInPerSecond); },
          [](const R &r) { return r.vertex.recordsInPerSecond; },
          {},
          {},
          Cell::kRight},
        C{tr("Records out"),
          tr("Records emitted per second, summed over subtasks"),
          [](const R &r) { return Cell::rate(r.vertex.recordsOutPerSecond); },
          [](const R &r) { return r.vertex.recordsOutPerSecond; },
          {},
          {},
          Cell::kRight},
        C{tr("Watermark lag"),
          tr("How far event time trails the clock at the moment Flink sampled it: sources, their "
             "watermarkLag gauge; other vertices, that sample time minus the lowest input watermark. "
             "\"no watermark\": no subtask has one; \"idle\": its sources are idle, which is not lag"),
          [](const R &r) { return watermarkLagText(r.vertex); },
          [](const R &r) {
              return r.vertex.watermarkState == FlinkWatermarkState::Ok && r.vertex.watermarkLagMs
                         ? QVariant(*r.vertex.watermarkLagMs)
                         : QVariant(qint64(-1));
          },
          {},
          [](const R &r) {
              return r.vertex.idleSubtasks > 0
                         ? tr("%n idle subtask(s) left out of the lag", nullptr, r.vertex.idleSubtasks)
                         : QString();
          },
          Cell::kRight},
    });
}

void FlinkVertexTableModel::setVertices(const QList<FlinkVertexInfo> &vertices)
{
    QList<FlinkVertexRow> rows;
    rows.reserve(vertices.size());
    for (int i = 0; i < vertices.size(); ++i)
        rows.append(FlinkVertexRow{i, vertices.at(i)});
    setRows(std::move(rows));
}

QColor FlinkCheckpointTableModel::statusColour(const QString &status)
{
    if (status == QLatin1String("COMPLETED"))
        return StatusColour::good();
    if (status == QLatin1String("FAILED"))
        return StatusColour::bad();
    if (status == QLatin1String("IN_PROGRESS"))
        return StatusColour::warn();
    return {};
}

FlinkCheckpointTableModel::FlinkCheckpointTableModel(QObject *parent)
    : ColumnTableModel(parent)
{
    using C = Column<FlinkCheckpointInfo>;
    using K = FlinkCheckpointInfo;
    setColumns({
        C{tr("Id"),
          tr("Checkpoint id; savepoints are marked"),
          [](const K &k) { return k.savepoint ? QVariant(tr("%1 (savepoint)").arg(k.id)) : QVariant(k.id); },
          [](const K &k) { return k.id; },
          {},
          {},
          Cell::kRight},
        C{tr("Status"),
          tr("COMPLETED, FAILED or IN_PROGRESS"),
          [](const K &k) { return k.status; },
          {},
          [](const K &k) { return statusColour(k.status); },
          [](const K &k) {
              return k.numSubtasks >= 0 ? tr("%1 of %2 subtasks acknowledged")
                                              .arg(k.numAcknowledgedSubtasks)
                                              .arg(k.numSubtasks)
                                        : QString();
          },
          Cell::kLeft},
        C{tr("Triggered"),
          tr("When the JobManager triggered the checkpoint (local time)"),
          [](const K &k) { return timeText(k.triggerTimestampMs); },
          [](const K &k) { return k.triggerTimestampMs; },
          {},
          {},
          Cell::kLeft},
        C{tr("Duration"),
          tr("From the trigger to the last acknowledgement. Growing durations mean slow state backends or "
             "barriers stuck behind back pressure"),
          [](const K &k) { return knownDuration(k.durationMs); },
          [](const K &k) { return k.durationMs; },
          {},
          {},
          Cell::kRight},
        C{tr("End to end"),
          tr("Flink's end-to-end duration: until the slowest subtask's state was persisted"),
          [](const K &k) { return knownDuration(k.endToEndDurationMs); },
          [](const K &k) { return k.endToEndDurationMs; },
          {},
          {},
          Cell::kRight},
        C{tr("State size"),
          tr("The job's full state size in this checkpoint"),
          [](const K &k) { return knownBytes(k.stateSizeBytes); },
          [](const K &k) { return k.stateSizeBytes; },
          {},
          {},
          Cell::kRight},
        C{tr("Checkpointed"),
          tr("What this checkpoint wrote: only the changes when checkpoints are incremental"),
          [](const K &k) { return knownBytes(k.checkpointedSizeBytes); },
          [](const K &k) { return k.checkpointedSizeBytes; },
          {},
          {},
          Cell::kRight},
        C{tr("Failure"),
          tr("Why the checkpoint failed"),
          [](const K &k) { return k.failureMessage.section(QLatin1Char('\n'), 0, 0); },
          {},
          [](const K &k) { return k.failureMessage.isEmpty() ? QColor() : StatusColour::bad(); },
          [](const K &k) {
              return k.failureMessage.isEmpty()
                         ? QString()
                         : tr("Failed at %1: %2").arg(timeText(k.failureTimestampMs), k.failureMessage);
          },
          Cell::kLeft},
    });
}

} // namespace Tidewatch
