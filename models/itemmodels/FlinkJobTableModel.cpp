#include "FlinkJobTableModel.h"

#include "FlinkJobDetailModels.h"
#include "FlinkThresholds.h"
#include "Format.h"

#include <algorithm>
#include <tuple>

namespace Tidewatch {

namespace {

/// Older samples than this are marked as such: several of Flink's default 10 s fetcher intervals.
constexpr qint64 kOldSampleMs = 30'000;

/// When a checkpoint finished: its last acknowledgement, else its trigger plus its duration; -1: unknown.
qint64 completedAtMs(const FlinkCheckpointInfo &checkpoint)
{
    if (checkpoint.latestAckTimestampMs >= 0)
        return checkpoint.latestAckTimestampMs;
    if (checkpoint.triggerTimestampMs >= 0 && checkpoint.durationMs >= 0)
        return checkpoint.triggerTimestampMs + checkpoint.durationMs;
    return -1;
}

void addBackpressure(FlinkJobRow &row, const QList<FlinkVertexInfo> &vertices)
{
    // Flink derives the level from the ratio, so the worst level and the largest ratio go together;
    // comparing both keeps the choice stable when two vertices share a level.
    for (const FlinkVertexInfo &v : vertices) {
        if (v.backpressureLevel == FlinkBackpressureLevel::Unknown)
            continue;
        if (std::tie(v.backpressureLevel, v.backpressureRatio) >
            std::tie(row.backpressureLevel, row.backpressureRatio)) {
            row.backpressureLevel = v.backpressureLevel;
            row.backpressureRatio = v.backpressureRatio;
            row.backpressureVertex = v.name;
        }
    }
}

void addWatermarks(FlinkJobRow &row, const QList<FlinkVertexInfo> &vertices)
{
    bool allIdle = !vertices.isEmpty();
    bool noWatermark = !vertices.isEmpty();
    for (const FlinkVertexInfo &v : vertices) {
        const bool ok = v.watermarkState == FlinkWatermarkState::Ok && v.watermarkLagMs;
        if (ok && (row.watermarkState != FlinkWatermarkState::Ok || *v.watermarkLagMs > row.watermarkLagMs)) {
            row.watermarkState = FlinkWatermarkState::Ok;
            row.watermarkLagMs = *v.watermarkLagMs;
            row.watermarkVertex = v.name;
        }
        allIdle = allIdle && v.watermarkState == FlinkWatermarkState::Idle;
        noWatermark = noWatermark && (v.watermarkState == FlinkWatermarkState::Idle ||
                                      v.watermarkState == FlinkWatermarkState::None);
    }
    if (row.watermarkState == FlinkWatermarkState::Ok)
        return;
    if (allIdle)
        row.watermarkState = FlinkWatermarkState::Idle;
    else if (noWatermark)
        row.watermarkState = FlinkWatermarkState::None;
}

FlinkJobRow rowFor(const FlinkJobInfo &job, const FlinkJobDetails *details, qint64 snapshotTimeMs)
{
    FlinkJobRow row;
    row.job = job;
    if (!details)
        return row;
    addBackpressure(row, details->vertices);
    addWatermarks(row, details->vertices);
    const FlinkCheckpointStats &c = details->checkpoints;
    row.checkpointing = c.checkpointing;
    row.checkpointsCompleted = c.completed;
    row.checkpointsFailed = c.failed;
    row.latestCompleted = c.latestCompleted;
    row.latestFailed = c.latestFailed;
    if (c.latestCompleted && snapshotTimeMs >= 0) {
        const qint64 completedAt = completedAtMs(*c.latestCompleted);
        // Flink stamps checkpoints with the JobManager's clock: a skew ahead of ours is not a negative age.
        if (completedAt >= 0)
            row.lastCheckpointAgeMs = std::max<qint64>(snapshotTimeMs - completedAt, 0);
    }
    row.restarts = details->restarts;
    row.uptimeMs = details->uptimeMs;
    row.metricsAgeMs = details->metricsAgeMs;
    return row;
}

QVariant knownDuration(qint64 ms)
{
    return ms >= 0 ? QVariant(Format::duration(ms)) : QVariant(Cell::dash());
}

} // namespace

QList<FlinkJobRow> FlinkJobTableModel::rowsFrom(const FlinkSnapshot &snapshot)
{
    const qint64 snapshotTimeMs =
        snapshot.status.attemptedAt.isValid() ? snapshot.status.attemptedAt.toMSecsSinceEpoch() : -1;
    QList<FlinkJobRow> rows;
    rows.reserve(snapshot.jobs.size());
    for (const FlinkJobInfo &job : snapshot.jobs)
        rows.append(rowFor(job, snapshot.details(job.id), snapshotTimeMs));
    return rows;
}

FlinkJobTableModel::FlinkJobTableModel(QObject *parent)
    : ColumnTableModel(parent)
{
    using C = Column<FlinkJobRow>;
    using R = FlinkJobRow;
    setColumns({
        C{tr("Job"),
          tr("The job's name"),
          [](const R &r) { return r.job.name; },
          {},
          {},
          [](const R &r) { return tr("Job id %1").arg(r.job.id); },
          Cell::kLeft},
        //: Column header: a Flink job's status (RUNNING, FAILED, ...)
        C{tr("State"),
          tr("Flink's job status: RUNNING, or CREATED, RESTARTING, FAILING, FAILED, CANCELED, FINISHED, ..."),
          [](const R &r) { return r.job.state.isEmpty() ? Cell::dash() : r.job.state; },
          [](const R &r) { return r.job.state; },
          {},
          {},
          Cell::kLeft,
          [](const R &r) {
              return r.job.state == QLatin1String("RUNNING") ? std::nullopt
                                                             : std::optional(StatusSeverity::Critical);
          }},
        C{tr("Running for"),
          tr("Time RUNNING since the last (re)start; the time since the job was submitted, restarts "
             "included, is in the cell tooltip. A job that keeps restarting has a short first figure and "
             "a long second one"),
          [](const R &r) {
              return FlinkSnapshot::isTerminalState(r.job.state) ? knownDuration(r.job.durationMs)
                                                                 : knownDuration(r.uptimeMs);
          },
          [](const R &r) {
              return FlinkSnapshot::isTerminalState(r.job.state) ? r.job.durationMs : r.uptimeMs;
          },
          {},
          [](const R &r) {
              if (FlinkSnapshot::isTerminalState(r.job.state))
                  return r.job.durationMs >= 0
                             ? tr("Ran %1 from submission to its end").arg(Format::duration(r.job.durationMs))
                             : QString();
              return r.job.durationMs >= 0 ? tr("Submitted %1 ago").arg(Format::duration(r.job.durationMs))
                                           : QString();
          },
          Cell::kRight},
        C{tr("Tasks"),
          tr("Tasks running out of the job's tasks (all subtasks of all vertices)"),
          [](const R &r) { return tr("%1 / %2 running").arg(r.job.tasksRunning).arg(r.job.tasksTotal); },
          [](const R &r) { return r.job.tasksRunning; },
          {},
          {},
          Cell::kRight},
        C{tr("Back pressure"),
          tr("The worst back-pressure level over the job's vertices, with the share of time its busiest "
             "subtask was back-pressured: ok (below 10 %), low (up to 50 %), high (more). A high vertex "
             "is slowed down by the one after it"),
          [](const R &r) {
              return r.backpressureLevel == FlinkBackpressureLevel::Unknown
                         ? Cell::dash()
                         : FlinkVertexTableModel::backpressureText(r.backpressureLevel, r.backpressureRatio);
          },
          [](const R &r) { return r.backpressureRatio; },
          {},
          [](const R &r) {
              return r.backpressureVertex.isEmpty() ? QString()
                                                    : tr("Worst vertex: %1").arg(r.backpressureVertex);
          },
          Cell::kLeft,
          [](const R &r) {
              return FlinkVertexTableModel::backpressureSeverity(r.backpressureLevel);
          }},
        C{tr("Last checkpoint"),
          tr("How long ago the latest checkpoint completed, at the time of the snapshot. Red when a "
             "checkpoint failed after it; \"disabled\": the job does not checkpoint"),
          [](const R &r) -> QVariant {
              if (r.checkpointing == FlinkCheckpointing::Disabled)
                  return tr("disabled");
              if (r.lastCheckpointAgeMs >= 0)
                  return Format::age(r.lastCheckpointAgeMs);
              if (r.checkpointing == FlinkCheckpointing::Enabled && r.checkpointsCompleted == 0)
                  return tr("none yet");
              return Cell::dash();
          },
          [](const R &r) { return r.lastCheckpointAgeMs; },
          [](const R &r) { return r.checkpointFailing() ? StatusColour::bad() : QColor(); },
          [](const R &r) {
              if (r.checkpointFailing()) {
                  const QString message = r.latestFailed->failureMessage.section(QLatin1Char('\n'), 0, 0);
                  return message.isEmpty()
                             ? tr("Checkpoint %1 failed").arg(r.latestFailed->id)
                             : tr("Checkpoint %1 failed: %2").arg(r.latestFailed->id).arg(message);
              }
              if (r.latestCompleted && r.latestCompleted->durationMs >= 0)
                  return tr("Checkpoint %1 took %2")
                      .arg(r.latestCompleted->id)
                      .arg(Format::duration(r.latestCompleted->durationMs));
              return QString();
          },
          Cell::kRight},
        C{tr("Failed checkpoints"),
          tr("Checkpoints of this job that failed, as Flink counts them since the job was submitted"),
          [](const R &r) { return Cell::count(r.checkpointsFailed); },
          [](const R &r) { return r.checkpointsFailed; },
          {},
          {},
          Cell::kRight},
        C{tr("Watermark lag"),
          tr("How far the job's event time trails the clock: the largest watermark lag over its vertices, "
             "at the moment Flink sampled it. \"idle\": all its sources are idle, which is not lag; \"no "
             "watermark\": no vertex has emitted one. A lag sampled long ago says how old it is"),
          [](const R &r) {
              switch (r.watermarkState) {
              case FlinkWatermarkState::Ok:
                  // Not shown as live when Flink's sample is old (its metric cache, or a stuck task).
                  return r.metricsAgeMs > kOldSampleMs
                             ? tr("%1 (sampled %2 ago)")
                                   .arg(Format::duration(r.watermarkLagMs), Format::duration(r.metricsAgeMs))
                             : Format::duration(r.watermarkLagMs);
              case FlinkWatermarkState::Idle:
                  return tr("idle");
              case FlinkWatermarkState::None:
                  return tr("no watermark");
              case FlinkWatermarkState::Unknown:
                  break;
              }
              return Cell::dash();
          },
          // Event times in the future give a negative lag: sort it as no lag, not as unknown.
          [](const R &r) {
              return r.watermarkState == FlinkWatermarkState::Ok ? std::max<qint64>(r.watermarkLagMs, 0)
                                                                 : qint64(-1);
          },
          {},
          [](const R &r) {
              return r.watermarkVertex.isEmpty() ? QString() : tr("Largest at %1").arg(r.watermarkVertex);
          },
          Cell::kRight,
          [](const R &r) {
              return FlinkVertexTableModel::severityOf(FlinkThresholds::watermarkLag(
                  r.watermarkState == FlinkWatermarkState::Ok, r.watermarkLagMs));
          }},
        C{tr("Restarts"),
          tr("Flink's numRestarts since the job was submitted; a growing count means the job keeps failing"),
          [](const R &r) { return Cell::count(r.restarts); },
          [](const R &r) { return r.restarts; },
          {},
          {},
          Cell::kRight},
    });
}

} // namespace Tidewatch
