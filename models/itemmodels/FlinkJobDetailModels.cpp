#include "FlinkJobDetailModels.h"

#include "Format.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>

namespace Tidewatch {

namespace {

QVariant durationOrDash(qint64 ms)
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

std::optional<StatusSeverity> FlinkVertexTableModel::severityOf(FlinkThresholds::Level level)
{
    // Within the threshold is not coloured: a table of green lags would only hide the amber one.
    switch (level) {
    case FlinkThresholds::Level::Ok:
        return std::nullopt;
    case FlinkThresholds::Level::Warning:
        return StatusSeverity::Warning;
    case FlinkThresholds::Level::Critical:
        return StatusSeverity::Critical;
    case FlinkThresholds::Level::Unknown:
        break;
    }
    return std::nullopt;
}

std::optional<StatusSeverity> FlinkVertexTableModel::backpressureSeverity(FlinkBackpressureLevel level)
{
    switch (level) {
    case FlinkBackpressureLevel::Ok:
        return StatusSeverity::Ok;
    case FlinkBackpressureLevel::Low:
        return StatusSeverity::Warning;
    case FlinkBackpressureLevel::High:
        return StatusSeverity::Critical;
    case FlinkBackpressureLevel::Unknown:
        break;
    }
    return std::nullopt;
}

QString FlinkVertexTableModel::bottleneckText(const QList<FlinkBottleneck> &bottlenecks)
{
    QStringList parts;
    for (const FlinkBottleneck &b : bottlenecks)
        parts << tr("Bottleneck: %1 (busy %2 %)").arg(b.name).arg(std::lround(b.busyMsPerSecond / 10.0));
    return parts.join(QStringLiteral("; "));
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
        C{tr("Bottleneck"),
          tr("The vertex that slows the job down: busy (at least 50 % of the time), not back-pressured "
             "itself, while a vertex feeding it is back-pressured. Fix or scale this one; the red back "
             "pressure upstream is its effect"),
          [](const R &r) { return r.bottleneck ? tr("bottleneck") : QString(); },
          [](const R &r) { return r.bottleneck; },
          {},
          [](const R &r) {
              return r.bottleneck ? tr("Busy %1 % and not back-pressured, while the vertices feeding it are")
                                        .arg(std::lround(FlinkBottlenecks::busyMsPerSecond(r.vertex) / 10.0))
                                  : QString();
          },
          Cell::kLeft,
          [](const R &r) {
              return r.bottleneck ? std::optional(StatusSeverity::Critical) : std::nullopt;
          }},
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
          {},
          [](const R &r) {
              return r.vertex.backpressureMeasuredAtMs >= 0
                         ? tr("Flink's latest metric fetch started at %1 (its answer may still be "
                              "from the one before)")
                               .arg(timeText(r.vertex.backpressureMeasuredAtMs))
                         : QString();
          },
          Cell::kLeft,
          [](const R &r) {
              return backpressureSeverity(r.vertex.backpressureLevel);
          }},
        C{tr("Busy"),
          tr("Share of time the busiest subtask spent processing records (not idle, not back-pressured), "
             "Flink's 60 s moving average. Near 100 %: this vertex is the bottleneck"),
          [](const R &r) {
              return r.vertex.busyMsPerSecondMax >= 0
                         ? QVariant(tr("%1 %").arg(std::lround(r.vertex.busyMsPerSecondMax / 10.0)))
                         : QVariant(Cell::dash());
          },
          [](const R &r) { return r.vertex.busyMsPerSecondMax; },
          {},
          [](const R &r) {
              return r.vertex.busyMsPerSecondAvg >= 0
                         ? tr("Average over subtasks: %1 %")
                               .arg(std::lround(r.vertex.busyMsPerSecondAvg / 10.0))
                         : QString();
          },
          Cell::kRight,
          [](const R &r) -> std::optional<StatusSeverity> {
              if (r.bottleneck)
                  return StatusSeverity::Critical;
              if (r.vertex.busyMsPerSecondMax >= 900)
                  return StatusSeverity::Warning;
              return std::nullopt;
          }},
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
          Cell::kRight,
          [](const R &r) {
              const bool known =
                  r.vertex.watermarkState == FlinkWatermarkState::Ok && r.vertex.watermarkLagMs;
              return severityOf(FlinkThresholds::watermarkLag(known, known ? *r.vertex.watermarkLagMs : 0));
          }},
    });
}

void FlinkVertexTableModel::setVertices(const QList<FlinkVertexInfo> &vertices)
{
    m_bottlenecks = FlinkBottlenecks::find(vertices);
    QList<FlinkVertexRow> rows;
    rows.reserve(vertices.size());
    for (int i = 0; i < vertices.size(); ++i) {
        const bool bottleneck =
            std::any_of(m_bottlenecks.cbegin(), m_bottlenecks.cend(),
                        [&](const FlinkBottleneck &b) { return b.vertexId == vertices.at(i).id; });
        rows.append(FlinkVertexRow{i, vertices.at(i), bottleneck});
    }
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

void FlinkCheckpointTableModel::setIntervalMs(qint64 intervalMs)
{
    if (intervalMs == m_intervalMs)
        return;
    m_intervalMs = intervalMs;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, DurationColumn), index(rowCount() - 1, DurationColumn),
                           {Qt::ForegroundRole, SeverityRole, Qt::ToolTipRole});
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
          {},
          [](const K &k) {
              return k.numSubtasks >= 0 ? tr("%1 of %2 subtasks acknowledged")
                                              .arg(k.numAcknowledgedSubtasks)
                                              .arg(k.numSubtasks)
                                        : QString();
          },
          Cell::kLeft,
          [](const K &k) -> std::optional<StatusSeverity> {
              if (k.status == QLatin1String("COMPLETED"))
                  return StatusSeverity::Ok;
              if (k.status == QLatin1String("FAILED"))
                  return StatusSeverity::Critical;
              if (k.status == QLatin1String("IN_PROGRESS"))
                  return StatusSeverity::Warning;
              return std::nullopt;
          }},
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
          [](const K &k) { return durationOrDash(k.durationMs); },
          [](const K &k) { return k.durationMs; },
          {},
          [this](const K &) {
              return m_intervalMs > 0
                         ? tr("Amber above half the checkpoint interval (%1), red above it")
                               .arg(Format::duration(m_intervalMs))
                         : tr("Amber above %1, red above %2 (the checkpoint interval is unknown)")
                               .arg(Format::duration(FlinkThresholds::kCheckpointWarnMs),
                                    Format::duration(FlinkThresholds::kCheckpointCriticalMs));
          },
          Cell::kRight,
          [this](const K &k) {
              return FlinkVertexTableModel::severityOf(
                  FlinkThresholds::checkpointDuration(k.durationMs, m_intervalMs));
          }},
        C{tr("End to end"),
          tr("Flink's end-to-end duration: until the slowest subtask's state was persisted"),
          [](const K &k) { return durationOrDash(k.endToEndDurationMs); },
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
