#pragma once

#include "KafkaSnapshot.h"
#include "MetricStore.h"

namespace Tidewatch::SnapshotHistory {

/// Series keys of the history the GUI charts, per cluster.
QString groupLagKey(const QString &cluster, const QString &group);
QString groupTimeLagKey(const QString &cluster, const QString &group);
QString brokerBytesInKey(const QString &cluster, int broker);
QString brokerBytesOutKey(const QString &cluster, int broker);
QString topicMessagesKey(const QString &cluster, const QString &topic);
/// Average request round trip in ms the collector saw to the broker (librdkafka's rtt).
QString brokerRttKey(const QString &cluster, int broker);

/// Records the numbers of @p snapshot worth charting into @p store at the snapshot's collection
/// time: per group its lag and time lag, per broker its bytes in and out and request round trip,
/// per topic its messages per second. Unknown values are recorded as gaps, and so is everything while the
/// cluster is unreachable, so a chart never draws a line through a time it knows nothing about.
void recordKafka(MetricStore &store, const KafkaSnapshot &snapshot);

} // namespace Tidewatch::SnapshotHistory

namespace Tidewatch {
struct FlinkSnapshot;
} // namespace Tidewatch

namespace Tidewatch::SnapshotHistory {

/// Series keys of the Flink history, per Flink cluster (the profile's name) and job id.
/// Watermark lag in seconds: the largest over the job's vertices with a watermark.
QString flinkWatermarkLagKey(const QString &cluster, const QString &jobId);
/// Full state size in bytes of the job's latest completed checkpoint.
QString flinkStateSizeKey(const QString &cluster, const QString &jobId);
/// Duration in ms (trigger to last acknowledgement) of the job's latest completed checkpoint.
QString flinkCheckpointDurationKey(const QString &cluster, const QString &jobId);
/// Back-pressure ratio (0..1, max over subtasks) of one vertex of a job.
QString flinkBackpressureKey(const QString &cluster, const QString &jobId, const QString &vertexId);

/// Records the numbers of @p snapshot worth charting into @p store at the snapshot's collection
/// time: per job its watermark lag, state size and latest checkpoint duration, per vertex its
/// back-pressure ratio. Same rules as recordKafka(): unknown values (no watermark, no completed
/// checkpoint, not measured yet) are gaps, and so is everything while the cluster is unreachable.
void recordFlink(MetricStore &store, const FlinkSnapshot &snapshot);

} // namespace Tidewatch::SnapshotHistory
