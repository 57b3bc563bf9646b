#pragma once

#include "FlinkSnapshot.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace Tidewatch::FlinkParsers {

/// Each parser reads one Flink REST response body. Unknown fields are ignored; malformed JSON or a
/// wrong shape returns false, sets @p error and leaves the output alone. Pure: no I/O.
/// Flink 1.17 to 2.x: both spellings of renamed fields are read (see flink-rest.md §2).
/// `flink-version` and `refresh-interval` (web.refresh-interval: how long Flink caches job data).
bool parseConfig(const QByteArray &body, FlinkSnapshot &snapshot, QString &error);
/// Task managers and slots; counts Flink leaves out stay unknown (-1), never 0.
bool parseOverview(const QByteArray &body, FlinkSnapshot &snapshot, QString &error);
/// Replaces `jobs` and `jobDetails` (fresh details: only jobId and lastModificationMs).
bool parseJobsOverview(const QByteArray &body, FlinkSnapshot &snapshot, QString &error);
bool parseTaskManagers(const QByteArray &body, FlinkSnapshot &snapshot, QString &error);
/// `/taskmanagers/:id/metrics?get=` taskManagerMetricIds(): heap used and max, CPU load. Values
/// Flink leaves out (`[]` before its first metric fetch) or sends as "NaN" stay unknown (-1).
bool parseTaskManagerMetrics(const QByteArray &body, FlinkTaskManagerInfo &taskManager, QString &error);
/// The ids the request above asks for.
QStringList taskManagerMetricIds();
/// `metrics.fetcher.update-interval` from `/jobmanager/config` (Flink's default 10000 when absent).
bool parseFetcherIntervalMs(const QByteArray &body, qint64 &intervalMs, QString &error);

/// What `/jobs/:jid` says about a job that changes rarely: its vertices and which are sources.
struct JobPlan
{
    QString jobType;
    qint64 nowMs = -1;               ///< the JobManager's clock when it answered
    qint64 runningSinceMs = -1;      ///< `timestamps.RUNNING`: the last switch to RUNNING, -1 never
    qint64 endTimeMs = -1;           ///< `end-time`, -1 while the job runs
    QList<FlinkVertexInfo> vertices; ///< id, name, status, parallelism, maxParallelism, source
};
bool parseJobDetails(const QByteArray &body, JobPlan &plan, QString &error);

/// `numRestarts` and `uptime` from `/jobs/:jid/metrics?get=...`; `[]` (not fetched yet) leaves both.
bool parseJobMetrics(const QByteArray &body, FlinkJobDetails &job, QString &error);
/// The newest entry of `/jobs/:jid/exceptions` (2.x `exceptionHistory`, 1.x `root-exception`)
/// with the root cause from its stack trace and the tasks of its concurrent exceptions; empty
/// @p failure when the job never failed.
bool parseExceptions(const QByteArray &body, std::optional<FlinkFailureInfo> &failure, QString &error);
/// Every entry of `/jobs/:jid/exceptions` read as parseExceptions reads the newest, newest first, at
/// most FlinkJobDetails::kMaxExceptions; empty when the job never failed.
bool parseExceptionHistory(const QByteArray &body, QList<FlinkFailureInfo> &history, QString &error);
/// Keeps `intervalMs` of @p stats (it comes from `/checkpoints/config`).
bool parseCheckpoints(const QByteArray &body, FlinkCheckpointStats &stats, QString &error);
/// `interval` of `/jobs/:jid/checkpoints/config` (Long.MAX_VALUE: no periodic checkpoints).
bool parseCheckpointInterval(const QByteArray &body, qint64 &intervalMs, QString &error);
/// Disabled when the configured interval says there are no periodic checkpoints (Flink 2.x keeps
/// answering `/checkpoints` with 200 and zero counts for such jobs); otherwise @p stats unchanged.
void applyCheckpointInterval(qint64 intervalMs, FlinkCheckpointStats &stats);
/// The innermost "Caused by: " line of a Java stack trace, without the prefix; empty if none.
QString rootCauseOf(const QString &stackTrace);
/// True for Flink's 404 "Checkpointing has not been enabled." (a state, not an error).
bool isCheckpointingDisabled(int httpStatus, const QByteArray &body);

/// `/jobs/:jid/vertices/:vid/backpressure`; `{"status":"deprecated"}` means "not measured yet".
bool parseBackpressure(const QByteArray &body, FlinkVertexInfo &vertex, QString &error);
/// `/subtasks/metrics?get=busyTimeMsPerSecond,...,numRecordsInPerSecond,...&agg=max,avg,sum`.
bool parseVertexAggregates(const QByteArray &body, FlinkVertexInfo &vertex, QString &error);
/// The ids the aggregated request above asks for.
QStringList vertexAggregateIds();

/// `/jobs/:jid/vertices/:vid/watermarks`: one value per subtask (Long.MIN_VALUE kept), sorted by
/// subtask; `[]` gives an empty list (not measured yet).
bool parseWatermarks(const QByteArray &body, QList<qint64> &watermarks, QString &error);
/// Sets the watermark fields of a non-source vertex from its subtasks' input watermarks, the lag
/// taken at @p sampledAtMs (when Flink sampled them; <= 0: no lag).
void applyInputWatermarks(const QList<qint64> &watermarks, qint64 sampledAtMs, FlinkVertexInfo &vertex);

/// `[{"id":...}]` (metric listing) and `[{"id":...,"value":"..."}]` (values).
bool parseMetricIds(const QByteArray &body, QStringList &ids, QString &error);
bool parseMetricValues(const QByteArray &body, QHash<QString, QString> &values, QString &error);

/// What a source vertex's metric listing offers: the per-subtask ids to request for watermarks and
/// idleness, and the Kafka topics its KafkaSourceReader reads.
struct SourceMetricIds
{
    QStringList request; ///< `<i>.<source op>.currentOutputWatermark`, `.watermarkLag`, `.sourceIdleTime`
    QStringList topics;  ///< sorted, unique
    int subtasksWithWatermark =
        0; ///< subtasks with a `watermarkLag` gauge (registered at the first watermark)
};
SourceMetricIds sourceMetricIds(const QStringList &ids);
/// Fills `sourceSubtasks` of a source vertex from its operators' metric values (watermark,
/// watermarkLag, sourceIdleTime per subtask). The watermark state is set by resolveWatermarks.
void applySourceValues(const QHash<QString, QString> &values, FlinkVertexInfo &vertex);

/// A back-pressure or busy ratio (0..1) from which a source subtask is held back, not idle.
inline constexpr double kBackPressuredRatio = 0.5;

/// When Flink sampled the job's vertex metrics (JobManager clock): the newest `watermark +
/// watermarkLag` over its source subtasks, else `runningSince + metricsUptimeGaugeMs`; -1 unknown
/// or when the job has no vertices.
qint64 metricsSampledAt(const FlinkJobDetails &job);

/// The watermark state and lag of every vertex of @p job, each measured at the time Flink sampled
/// it rather than at the time of our request:
/// - a source subtask is idle when `sourceIdleTime >= idleMs` and it is neither back-pressured nor
///   busy (its back-pressure and busy ratios, else the vertex's max back-pressured and busy time,
///   below kBackPressuredRatio);
/// - a source vertex whose subtasks never had a watermark is None, whatever their idleness; one
///   whose subtasks with watermarks are all idle is Idle; otherwise its lag is the largest
///   `watermarkLag` gauge of the active subtasks (or sample time minus watermark without it);
/// - other vertices: sample time minus their lowest input watermark; when every source is idle,
///   Idle.
/// @p fallbackNowMs (JobManager clock at our request) is used only when the sample time is unknown.
void resolveWatermarks(FlinkJobDetails &job, qint64 idleMs, qint64 fallbackNowMs);

/// The first message of a Flink error body (`{"errors":["..."]}`), or an empty string.
QString errorMessage(const QByteArray &body);

} // namespace Tidewatch::FlinkParsers
