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
bool parseConfig(const QByteArray &body, FlinkSnapshot &snapshot, QString &error);
bool parseOverview(const QByteArray &body, FlinkSnapshot &snapshot, QString &error);
/// Replaces `jobs` and `jobDetails` (fresh details: only jobId and lastModificationMs).
bool parseJobsOverview(const QByteArray &body, FlinkSnapshot &snapshot, QString &error);
bool parseTaskManagers(const QByteArray &body, FlinkSnapshot &snapshot, QString &error);
/// `metrics.fetcher.update-interval` from `/jobmanager/config` (Flink's default 10000 when absent).
bool parseFetcherIntervalMs(const QByteArray &body, qint64 &intervalMs, QString &error);

/// What `/jobs/:jid` says about a job that changes rarely: its vertices and which are sources.
struct JobPlan
{
    QString jobType;
    qint64 nowMs = -1;               ///< the JobManager's clock when it answered
    QList<FlinkVertexInfo> vertices; ///< id, name, status, parallelism, maxParallelism, source
};
bool parseJobDetails(const QByteArray &body, JobPlan &plan, QString &error);

/// `numRestarts` and `uptime` from `/jobs/:jid/metrics?get=...`; `[]` (not fetched yet) leaves both.
bool parseJobMetrics(const QByteArray &body, FlinkJobDetails &job, QString &error);
/// The newest entry of `/jobs/:jid/exceptions` (2.x `exceptionHistory`, 1.x `root-exception`);
/// empty @p failure when the job never failed.
bool parseExceptions(const QByteArray &body, std::optional<FlinkFailureInfo> &failure, QString &error);
bool parseCheckpoints(const QByteArray &body, FlinkCheckpointStats &stats, QString &error);
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
/// Sets the watermark fields of a non-source vertex from its subtasks' input watermarks.
void applyInputWatermarks(const QList<qint64> &watermarks, qint64 jobManagerNowMs, FlinkVertexInfo &vertex);

/// `[{"id":...}]` (metric listing) and `[{"id":...,"value":"..."}]` (values).
bool parseMetricIds(const QByteArray &body, QStringList &ids, QString &error);
bool parseMetricValues(const QByteArray &body, QHash<QString, QString> &values, QString &error);

/// What a source vertex's metric listing offers: the per-subtask ids to request for watermarks and
/// idleness, and the Kafka topics its KafkaSourceReader reads.
struct SourceMetricIds
{
    QStringList request; ///< `<i>.<source op>.currentOutputWatermark` and `.sourceIdleTime`
    QStringList topics;  ///< sorted, unique
    int subtasksWithWatermark = 0;
};
SourceMetricIds sourceMetricIds(const QStringList &ids);
/// Sets the watermark fields of a source vertex from its operators' metric values. Subtasks idle
/// for at least @p idleMs are left out; if all are idle the state is Idle (no lag).
void applySourceWatermarks(const QHash<QString, QString> &values, qint64 jobManagerNowMs, qint64 idleMs,
                           FlinkVertexInfo &vertex);

/// The first message of a Flink error body (`{"errors":["..."]}`), or an empty string.
QString errorMessage(const QByteArray &body);

} // namespace Tidewatch::FlinkParsers
