#include "FlinkSnapshotJson.h"

#include <QDateTime>

#include <limits>

namespace Tidewatch::FlinkSnapshotJson {

QJsonValue known(qint64 value)
{
    return value >= 0 ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

namespace {

constexpr qint64 kEndOfInput = std::numeric_limits<qint64>::max();

QJsonValue known(double value)
{
    return value >= 0 ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonValue known(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue known(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue jsonText(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonValue time(qint64 epochMs)
{
    return epochMs > 0
               ? QJsonValue(QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC).toString(Qt::ISODateWithMs))
               : QJsonValue(QJsonValue::Null);
}

QJsonValue level(FlinkBackpressureLevel l)
{
    return jsonText(backpressureLevelName(l));
}

QJsonObject checkpointToJson(const FlinkCheckpointInfo &c)
{
    return QJsonObject{
        {QStringLiteral("id"), known(c.id)},
        {QStringLiteral("status"), jsonText(c.status)},
        {QStringLiteral("savepoint"), c.savepoint},
        {QStringLiteral("triggeredAt"), time(c.triggerTimestampMs)},
        {QStringLiteral("latestAckAt"), time(c.latestAckTimestampMs)},
        {QStringLiteral("durationMs"), known(c.durationMs)},
        {QStringLiteral("endToEndDurationMs"), known(c.endToEndDurationMs)},
        {QStringLiteral("stateSizeBytes"), known(c.stateSizeBytes)},
        {QStringLiteral("checkpointedSizeBytes"), known(c.checkpointedSizeBytes)},
        {QStringLiteral("subtasks"), known(qint64(c.numSubtasks))},
        {QStringLiteral("acknowledgedSubtasks"), known(qint64(c.numAcknowledgedSubtasks))},
        {QStringLiteral("failedAt"), time(c.failureTimestampMs)},
        {QStringLiteral("failureMessage"), jsonText(c.failureMessage)},
    };
}

QJsonValue optionalCheckpoint(const std::optional<FlinkCheckpointInfo> &c)
{
    return c ? QJsonValue(checkpointToJson(*c)) : QJsonValue(QJsonValue::Null);
}

QJsonObject checkpointsToJson(const FlinkCheckpointStats &s)
{
    QJsonArray history;
    for (const FlinkCheckpointInfo &c : s.history)
        history.append(checkpointToJson(c));
    return QJsonObject{
        {QStringLiteral("checkpointing"), checkpointingName(s.checkpointing)},
        {QStringLiteral("completed"), known(s.completed)},
        {QStringLiteral("failed"), known(s.failed)},
        {QStringLiteral("inProgress"), known(s.inProgress)},
        {QStringLiteral("restored"), known(s.restored)},
        {QStringLiteral("latestCompleted"), optionalCheckpoint(s.latestCompleted)},
        {QStringLiteral("latestFailed"), optionalCheckpoint(s.latestFailed)},
        {QStringLiteral("stateSizeBytes"),
         s.latestCompleted ? known(s.latestCompleted->stateSizeBytes) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("stateGrowthBytesPerSecond"), known(s.stateGrowthBytesPerSecond)},
        {QStringLiteral("intervalMs"), s.intervalMs == std::numeric_limits<qint64>::max()
                                           ? QJsonValue(QJsonValue::Null)
                                           : known(s.intervalMs)},
        {QStringLiteral("failedSinceLastCompleted"), known(s.failedSinceLastCompleted)},
        {QStringLiteral("history"), history},
    };
}

QJsonObject vertexToJson(const FlinkVertexInfo &v)
{
    QJsonArray subtasks;
    for (const FlinkSubtaskBackpressure &s : v.subtasks) {
        subtasks.append(QJsonObject{
            {QStringLiteral("subtask"), s.subtask},
            {QStringLiteral("level"), level(s.level)},
            {QStringLiteral("ratio"), known(s.ratio)},
            {QStringLiteral("idleRatio"), known(s.idleRatio)},
            {QStringLiteral("busyRatio"), known(s.busyRatio)},
        });
    }
    QJsonArray sourceSubtasks;
    for (const FlinkSourceSubtask &s : v.sourceSubtasks) {
        sourceSubtasks.append(QJsonObject{
            {QStringLiteral("subtask"), s.subtask},
            {QStringLiteral("watermark"), s.watermarkMs && *s.watermarkMs > 0 && *s.watermarkMs < kEndOfInput
                                              ? time(*s.watermarkMs)
                                              : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("watermarkLagMs"),
             s.watermarkLagMs ? QJsonValue(*s.watermarkLagMs) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("idleTimeMs"), known(s.idleTimeMs)},
            {QStringLiteral("idle"), s.idle},
            {QStringLiteral("sampledAt"),
             s.sampledAtMs ? time(*s.sampledAtMs) : QJsonValue(QJsonValue::Null)},
        });
    }
    return QJsonObject{
        {QStringLiteral("id"), v.id},
        {QStringLiteral("name"), v.name},
        {QStringLiteral("status"), jsonText(v.status)},
        {QStringLiteral("parallelism"), known(qint64(v.parallelism))},
        {QStringLiteral("maxParallelism"), known(qint64(v.maxParallelism))},
        {QStringLiteral("source"), v.source},
        {QStringLiteral("inputs"), QJsonArray::fromStringList(v.inputs)},
        {QStringLiteral("backpressure"),
         QJsonObject{
             {QStringLiteral("level"), level(v.backpressureLevel)},
             {QStringLiteral("ratio"), known(v.backpressureRatio)},
             {QStringLiteral("measuredAt"), time(v.backpressureMeasuredAtMs)},
             {QStringLiteral("subtasks"), subtasks},
         }},
        {QStringLiteral("busyMsPerSecond"),
         QJsonObject{{QStringLiteral("max"), known(v.busyMsPerSecondMax)},
                     {QStringLiteral("avg"), known(v.busyMsPerSecondAvg)}}},
        {QStringLiteral("backPressuredMsPerSecond"),
         QJsonObject{{QStringLiteral("max"), known(v.backPressuredMsPerSecondMax)},
                     {QStringLiteral("avg"), known(v.backPressuredMsPerSecondAvg)}}},
        {QStringLiteral("idleMsPerSecond"),
         QJsonObject{{QStringLiteral("max"), known(v.idleMsPerSecondMax)},
                     {QStringLiteral("avg"), known(v.idleMsPerSecondAvg)}}},
        {QStringLiteral("recordsInPerSecond"), known(v.recordsInPerSecond)},
        {QStringLiteral("recordsOutPerSecond"), known(v.recordsOutPerSecond)},
        {QStringLiteral("bytesInPerSecond"), known(v.bytesInPerSecond)},
        {QStringLiteral("bytesOutPerSecond"), known(v.bytesOutPerSecond)},
        {QStringLiteral("watermark"),
         QJsonObject{
             {QStringLiteral("state"), watermarkStateName(v.watermarkState)},
             {QStringLiteral("low"),
              v.lowWatermarkMs ? time(*v.lowWatermarkMs) : QJsonValue(QJsonValue::Null)},
             {QStringLiteral("lagMs"), known(v.watermarkLagMs)},
             {QStringLiteral("idleSubtasks"), v.idleSubtasks},
             {QStringLiteral("sourceSubtasks"), sourceSubtasks},
         }},
    };
}

} // namespace

QJsonObject jobToJson(const FlinkJobInfo &info, const FlinkJobDetails *details)
{
    const FlinkJobDetails j = details ? *details : FlinkJobDetails{};
    QJsonArray vertices;
    for (const FlinkVertexInfo &v : j.vertices)
        vertices.append(vertexToJson(v));
    QJsonArray sources;
    for (const FlinkKafkaSource &s : j.kafkaSources) {
        sources.append(QJsonObject{
            {QStringLiteral("vertexId"), jsonText(s.vertexId)},
            {QStringLiteral("topics"), QJsonArray::fromStringList(s.topics)},
            {QStringLiteral("groupId"), jsonText(s.groupId)},
            {QStringLiteral("fromProfile"), s.fromProfile},
        });
    }
    const auto failureToJson = [](const FlinkFailureInfo &f) {
        return QJsonObject{
            {QStringLiteral("exception"), jsonText(f.exceptionName)},
            {QStringLiteral("message"), jsonText(f.message)},
            {QStringLiteral("time"), time(f.timestampMs)},
            {QStringLiteral("task"), jsonText(f.taskName)},
            {QStringLiteral("endpoint"), jsonText(f.endpoint)},
            {QStringLiteral("rootCause"), jsonText(f.rootCause)},
            {QStringLiteral("concurrent"), QJsonArray::fromStringList(f.concurrentTasks)},
        };
    };
    QJsonValue failure(QJsonValue::Null);
    if (j.lastFailure)
        failure = failureToJson(*j.lastFailure);
    QJsonArray exceptionHistory;
    for (const FlinkFailureInfo &f : j.exceptionHistory)
        exceptionHistory.append(failureToJson(f));
    return QJsonObject{
        {QStringLiteral("id"), info.id},
        {QStringLiteral("name"), info.name},
        {QStringLiteral("state"), info.state},
        {QStringLiteral("startTime"),
         info.startTimeMs >= 0
             ? QJsonValue(
                   QDateTime::fromMSecsSinceEpoch(info.startTimeMs, Qt::UTC).toString(Qt::ISODateWithMs))
             : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("durationMs"), known(info.durationMs)},
        {QStringLiteral("endTime"), time(info.endTimeMs)},
        {QStringLiteral("tasksTotal"), info.tasksTotal},
        {QStringLiteral("tasksRunning"), info.tasksRunning},
        {QStringLiteral("jobType"), jsonText(j.jobType)},
        {QStringLiteral("uptimeMs"), known(j.uptimeMs)},
        {QStringLiteral("runningSince"), time(j.runningSinceMs)},
        {QStringLiteral("restarts"), known(j.restarts)},
        {QStringLiteral("lastFailure"), failure},
        {QStringLiteral("exceptionHistory"), exceptionHistory},
        {QStringLiteral("metricsFetchedAt"), time(j.metricsFetchedAtMs)},
        {QStringLiteral("metricsSampledAt"), time(j.metricsSampledAtMs)},
        {QStringLiteral("metricsAgeMs"), known(j.metricsAgeMs)},
        {QStringLiteral("vertices"), vertices},
        {QStringLiteral("checkpoints"), checkpointsToJson(j.checkpoints)},
        {QStringLiteral("kafkaSources"), sources},
    };
}

QJsonArray taskManagersToJson(const QList<FlinkTaskManagerInfo> &taskManagers)
{
    QJsonArray out;
    for (const FlinkTaskManagerInfo &tm : taskManagers) {
        out.append(QJsonObject{{QStringLiteral("id"), tm.id},
                               {QStringLiteral("slots"), known(qint64(tm.slotsTotal))},
                               {QStringLiteral("freeSlots"), known(qint64(tm.freeSlots))},
                               {QStringLiteral("heapUsedBytes"), known(tm.heapUsedBytes)},
                               {QStringLiteral("heapMaxBytes"), known(tm.heapMaxBytes)},
                               {QStringLiteral("cpuLoad"), known(tm.cpuLoad)},
                               {QStringLiteral("metricsFetchedAt"), time(tm.metricsFetchedAtMs)},
                               {QStringLiteral("metricsAgeMs"), known(tm.metricsAgeMs)}});
    }
    return out;
}

} // namespace Tidewatch::FlinkSnapshotJson
