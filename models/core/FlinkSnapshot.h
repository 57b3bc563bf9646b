#pragma once

#include "SourceStatus.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace Tidewatch {

/// Flink's back-pressure level; Unknown when Flink has not measured it yet (`status: deprecated`).
enum class FlinkBackpressureLevel
{
    Unknown,
    Ok,
    Low,
    High
};

/// Whether a vertex's watermark lag could be computed, and if not why.
enum class FlinkWatermarkState
{
    Unknown, ///< not measured yet (Flink answered `[]`) or not requested
    None,    ///< measured, but no subtask has a watermark yet (all Long.MIN_VALUE)
    Idle,    ///< every subtask (or every source feeding it) is idle: no lag by definition
    Ok,      ///< lowWatermarkMs and watermarkLagMs are set
};

/// Whether the job checkpoints at all; a job without checkpointing is a state, not an error.
enum class FlinkCheckpointing
{
    Unknown,
    Disabled,
    Enabled
};

/// One subtask's line of `/jobs/:jid/vertices/:vid/backpressure`. Ratios are 0..1, -1 when missing.
struct FlinkSubtaskBackpressure
{
    int subtask = -1;
    FlinkBackpressureLevel level = FlinkBackpressureLevel::Unknown;
    double ratio = -1;
    double idleRatio = -1;
    double busyRatio = -1;

    friend bool operator==(const FlinkSubtaskBackpressure &, const FlinkSubtaskBackpressure &) = default;
};

/// One subtask of a source vertex as its FLIP-33 source gauges describe it, sampled by Flink at
/// `sampledAtMs`. Unknown values are empty.
struct FlinkSourceSubtask
{
    int subtask = -1;
    std::optional<qint64> watermarkMs; ///< currentOutputWatermark; empty before the first watermark
    /// The lag when Flink read the gauges: `watermarkLag` ("last emit time minus watermark", where the
    /// last emit time is when the source started waiting, if it waits) plus `sourceIdleTime`.
    std::optional<qint64> watermarkLagMs;
    std::optional<qint64> idleTimeMs;  ///< sourceIdleTime
    std::optional<qint64> sampledAtMs; ///< watermarkMs + watermarkLagMs: when Flink read these gauges
    bool idle = false; ///< idle for the profile's idle time and not back-pressured: left out of the lag

    friend bool operator==(const FlinkSourceSubtask &, const FlinkSourceSubtask &) = default;
};

/// One job vertex (a chain of operators) with its live metrics. Unknown numbers are negative.
struct FlinkVertexInfo
{
    QString id;
    QString name;
    QString status; ///< ExecutionState: RUNNING, DEPLOYING, ...
    int parallelism = -1;
    int maxParallelism = -1;
    bool source = false; ///< no inputs in the job plan
    QStringList inputs;  ///< ids of the vertices feeding this one (the plan's edges), sorted

    FlinkBackpressureLevel backpressureLevel = FlinkBackpressureLevel::Unknown;
    double backpressureRatio = -1;        ///< max over subtasks (the level is that of the max)
    qint64 backpressureMeasuredAtMs = -1; ///< Flink's `end-timestamp`: its last metric fetch
    QList<FlinkSubtaskBackpressure> subtasks;

    /// Milliseconds per second, max and average over subtasks (60 s moving averages in Flink).
    double busyMsPerSecondMax = -1;
    double busyMsPerSecondAvg = -1;
    double backPressuredMsPerSecondMax = -1;
    double backPressuredMsPerSecondAvg = -1;
    double idleMsPerSecondMax = -1;
    double idleMsPerSecondAvg = -1;

    /// Sums over subtasks.
    double recordsInPerSecond = -1;
    double recordsOutPerSecond = -1;
    double bytesInPerSecond = -1;
    double bytesOutPerSecond = -1;

    FlinkWatermarkState watermarkState = FlinkWatermarkState::Unknown;
    std::optional<qint64> lowWatermarkMs; ///< lowest real watermark over (non-idle) subtasks
    /// JobManager clock minus lowWatermarkMs; may be negative for event times in the future.
    std::optional<qint64> watermarkLagMs;
    int idleSubtasks = 0; ///< source vertices: subtasks left out of the lag because they are idle
    QList<FlinkSourceSubtask> sourceSubtasks; ///< source vertices: one entry per subtask with gauges
    /// Non-source vertices: each subtask's currentInputWatermark as answered (Long.MIN_VALUE kept),
    /// kept raw so the lag can be taken against the time Flink sampled it (see FlinkJobDetails).
    QList<qint64> inputWatermarksMs;

    friend bool operator==(const FlinkVertexInfo &, const FlinkVertexInfo &) = default;
};

/// One checkpoint as `/jobs/:jid/checkpoints` reports it. Unknown numbers are negative.
struct FlinkCheckpointInfo
{
    qint64 id = -1;
    QString status; ///< COMPLETED, FAILED, IN_PROGRESS
    bool savepoint = false;
    qint64 triggerTimestampMs = -1;
    qint64 latestAckTimestampMs = -1;
    qint64 durationMs = -1;            ///< latest_ack_timestamp - trigger_timestamp
    qint64 endToEndDurationMs = -1;    ///< Flink's end_to_end_duration
    qint64 stateSizeBytes = -1;        ///< full state size
    qint64 checkpointedSizeBytes = -1; ///< what this checkpoint wrote (the delta when incremental)
    int numSubtasks = -1;
    int numAcknowledgedSubtasks = -1;
    qint64 failureTimestampMs = -1;
    QString failureMessage;

    friend bool operator==(const FlinkCheckpointInfo &, const FlinkCheckpointInfo &) = default;
};

struct FlinkCheckpointStats
{
    FlinkCheckpointing checkpointing = FlinkCheckpointing::Unknown;
    qint64 completed = -1;
    qint64 failed = -1;
    qint64 inProgress = -1;
    qint64 total = -1;
    qint64 restored = -1;
    std::optional<FlinkCheckpointInfo> latestCompleted;
    std::optional<FlinkCheckpointInfo> latestFailed;
    QList<FlinkCheckpointInfo> history; ///< newest first, at most kMaxHistory
    /// Full state size growth in bytes per second over the completed checkpoints in the history.
    std::optional<double> stateGrowthBytesPerSecond;
    /// `/checkpoints/config` interval; -1 unknown. Flink 2.x reports Long.MAX_VALUE for a streaming
    /// job without periodic checkpoints, which makes `checkpointing` Disabled.
    qint64 intervalMs = -1;
    /// Failed checkpoints after the latest completed one (all failed ones if none completed); a
    /// lower bound when Flink's history no longer reaches back to the completed one. -1 unknown.
    qint64 failedSinceLastCompleted = -1;

    static constexpr int kMaxHistory = 10;

    friend bool operator==(const FlinkCheckpointStats &, const FlinkCheckpointStats &) = default;
};

/// The most recent failure of a job (`/jobs/:jid/exceptions`).
struct FlinkFailureInfo
{
    QString exceptionName;
    QString message; ///< the first line of the stack trace
    /// The innermost "Caused by:" of the stack trace (exception and message), or empty when the
    /// trace has none; for a job that failed for good this is the reason, not the restart policy.
    QString rootCause;
    qint64 timestampMs = -1;
    QString taskName; ///< the entry's task, else that of its first concurrent exception
    QString endpoint;
    /// Failures of other tasks at the same time (`concurrentExceptions`): "exception: task".
    QStringList concurrentTasks;

    friend bool operator==(const FlinkFailureInfo &, const FlinkFailureInfo &) = default;
};

/// The Kafka input of a job, so a view can put the job next to its consumer group's lag.
struct FlinkKafkaSource
{
    QString vertexId;   ///< empty when it comes only from the profile
    QStringList topics; ///< sorted
    QString groupId;    ///< empty: unknown (Flink's metrics do not name the group)
    bool fromProfile = false;

    friend bool operator==(const FlinkKafkaSource &, const FlinkKafkaSource &) = default;
};

/// One Flink job as `/jobs/overview` lists it.
struct FlinkJobInfo
{
    QString id;
    QString name;
    QString state;           ///< Flink's JobStatus: RUNNING, FAILING, RESTARTING, ...
    qint64 startTimeMs = -1; ///< epoch ms: submission
    qint64 endTimeMs = -1;   ///< epoch ms: when the job reached a terminal state; -1 while it runs
    qint64 durationMs = -1;  ///< since submission (until the end for terminal jobs)
    int tasksTotal = 0;
    int tasksRunning = 0;

    friend bool operator==(const FlinkJobInfo &, const FlinkJobInfo &) = default;
};

/// What the collector learnt about one job beyond its overview line. Negative / empty until known.
struct FlinkJobDetails
{
    QString jobId;
    qint64 lastModificationMs = -1; ///< `/jobs/overview`: changes with every state change
    QString jobType;                ///< STREAMING or BATCH
    /// Time RUNNING since the last (re)start: JobManager clock minus `timestamps.RUNNING` of
    /// `/jobs/:jid` while RUNNING, else the `uptime` gauge (0 when not running).
    qint64 uptimeMs = -1;
    qint64 runningSinceMs = -1; ///< epoch ms of the last switch to RUNNING (`timestamps.RUNNING`)
    qint64 uptimeGaugeMs = -1;  ///< the `uptime` gauge as Flink sampled it
    /// The `uptime` gauge asked for together with the vertex metrics (same metric round), which
    /// dates them when no source gauge does; -1 unknown.
    qint64 metricsUptimeGaugeMs = -1;
    qint64 restarts = -1;                        ///< numRestarts
    std::optional<FlinkFailureInfo> lastFailure; ///< the newest entry of exceptionHistory
    /// The job's recent failures (`/jobs/:jid/exceptions`), newest first, at most kMaxExceptions;
    /// empty when the job never failed (or Flink has not answered).
    QList<FlinkFailureInfo> exceptionHistory;
    static constexpr int kMaxExceptions = 10;
    QList<FlinkVertexInfo> vertices; ///< in the plan's order
    FlinkCheckpointStats checkpoints;
    QList<FlinkKafkaSource> kafkaSources;
    qint64 metricsFetchedAtMs = -1; ///< when the vertex metrics were last requested (local clock)
    /// When Flink sampled the vertex metrics shown (JobManager clock): from the source gauges
    /// (watermark + watermarkLag), else from metricsUptimeGaugeMs; -1 unknown or no vertices.
    qint64 metricsSampledAtMs = -1;
    qint64 metricsAgeMs = -1; ///< how old those metrics were when the snapshot was made; -1 unknown

    friend bool operator==(const FlinkJobDetails &, const FlinkJobDetails &) = default;
};

/// One TaskManager of `/taskmanagers`, with its JVM figures from `/taskmanagers/:id/metrics`.
/// Unknown numbers are negative (Flink's metric cache answers `[]` until its first fetch).
struct FlinkTaskManagerInfo
{
    QString id;
    int slotsTotal = -1;
    int freeSlots = -1;
    qint64 heapUsedBytes = -1; ///< Status.JVM.Memory.Heap.Used
    qint64 heapMaxBytes = -1;  ///< Status.JVM.Memory.Heap.Max
    double cpuLoad = -1;       ///< Status.JVM.CPU.Load: the JVM's recent CPU use, 0..1 of the host's cores
    qint64 metricsFetchedAtMs = -1; ///< when these figures were requested (local clock); -1 never
    /// How old the request was when the snapshot was made; Flink's metric cache adds up to
    /// metricFetcherIntervalMs. -1 unknown.
    qint64 metricsAgeMs = -1;

    friend bool operator==(const FlinkTaskManagerInfo &, const FlinkTaskManagerInfo &) = default;
};

/// Everything one Flink collection cycle saw of one Flink cluster. Immutable once published.
struct FlinkSnapshot
{
    QString clusterName; ///< the profile's name
    QString restUrl;
    QString flinkVersion;  ///< empty until /config answered
    int taskManagers = -1; ///< -1: unknown (not answered yet, or Flink unreachable)
    int slotsTotal = -1;
    int slotsAvailable = -1;
    qint64 metricFetcherIntervalMs = -1; ///< metrics.fetcher.update-interval; -1 unknown
    qint64 refreshIntervalMs = -1;       ///< /config refresh-interval (web.refresh-interval); -1 unknown
    QList<FlinkTaskManagerInfo> taskManagerList; ///< sorted by id
    QList<FlinkJobInfo> jobs;                    ///< sorted by name, then id
    QList<FlinkJobDetails> jobDetails;           ///< one per job, in the same order
    QStringList partErrors; ///< failed job or vertex requests; the rest of the snapshot is current
    SourceStatus status;

    int runningJobs() const;
    /// Jobs in FINISHED, CANCELED, FAILED or SUSPENDED: nothing left to measure.
    static bool isTerminalState(const QString &state);
    /// The details of job @p jobId, or nullptr.
    const FlinkJobDetails *details(const QString &jobId) const;
};

QString backpressureLevelName(FlinkBackpressureLevel level); ///< "ok", "low", "high" or empty
QString watermarkStateName(FlinkWatermarkState state);       ///< "unknown", "none", "idle", "ok"
QString checkpointingName(FlinkCheckpointing checkpointing); ///< "unknown", "disabled", "enabled"

} // namespace Tidewatch

Q_DECLARE_METATYPE(Tidewatch::FlinkSnapshot)
