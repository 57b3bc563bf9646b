#include "SnapshotHistory.h"

#include <cmath>
#include <limits>

namespace Tidewatch::SnapshotHistory {

namespace {

double knownOrGap(double value, bool reachable)
{
    return reachable && value >= 0 ? value : std::numeric_limits<double>::quiet_NaN();
}

} // namespace

QString groupLagKey(const QString &cluster, const QString &group)
{
    // Concatenated rather than arg(): thousands of keys per snapshot on the GUI thread.
    return QLatin1String("kafka/") + cluster + QLatin1String("/group/") + group + QLatin1String("/lag");
}

QString groupTimeLagKey(const QString &cluster, const QString &group)
{
    return QLatin1String("kafka/") + cluster + QLatin1String("/group/") + group + QLatin1String("/timelag");
}

QString brokerBytesInKey(const QString &cluster, int broker)
{
    return QStringLiteral("kafka/%1/broker/%2/bytesin").arg(cluster).arg(broker);
}

QString brokerBytesOutKey(const QString &cluster, int broker)
{
    return QStringLiteral("kafka/%1/broker/%2/bytesout").arg(cluster).arg(broker);
}

QString brokerRttKey(const QString &cluster, int broker)
{
    return QStringLiteral("kafka/%1/broker/%2/rtt").arg(cluster).arg(broker);
}

QString topicMessagesKey(const QString &cluster, const QString &topic)
{
    return QLatin1String("kafka/") + cluster + QLatin1String("/topic/") + topic + QLatin1String("/messages");
}

void recordKafka(MetricStore &store, const KafkaSnapshot &snapshot)
{
    const qint64 timeMs = snapshot.status.attemptedAt.toMSecsSinceEpoch();
    const bool reachable = snapshot.status.reachable;
    const QString &cluster = snapshot.clusterName;
    for (const ConsumerGroupInfo &g : snapshot.groups) {
        store.append(groupLagKey(cluster, g.groupId), timeMs, knownOrGap(double(g.totalLag), reachable));
        store.append(groupTimeLagKey(cluster, g.groupId), timeMs, knownOrGap(g.maxTimeLagSeconds, reachable));
    }
    for (const BrokerInfo &b : snapshot.brokers) {
        store.append(brokerBytesInKey(cluster, b.id), timeMs,
                     knownOrGap(b.bytesInPerSecond, reachable && b.reachable));
        store.append(brokerBytesOutKey(cluster, b.id), timeMs,
                     knownOrGap(b.bytesOutPerSecond, reachable && b.reachable));
        store.append(brokerRttKey(cluster, b.id), timeMs, knownOrGap(b.rttMs, reachable && b.reachable));
    }
    for (const TopicInfo &t : snapshot.topics) {
        if (!t.internal)
            store.append(topicMessagesKey(cluster, t.name), timeMs,
                         knownOrGap(t.messagesPerSecond, reachable));
    }
}

} // namespace Tidewatch::SnapshotHistory

#include "FlinkSnapshot.h"

namespace Tidewatch::SnapshotHistory {

namespace {

double gap()
{
    return std::numeric_limits<double>::quiet_NaN();
}

/// The largest watermark lag over the vertices that have one, in seconds; NaN when none has.
double maxWatermarkLagSeconds(const FlinkJobDetails &details)
{
    double lag = gap();
    for (const FlinkVertexInfo &v : details.vertices) {
        if (v.watermarkState != FlinkWatermarkState::Ok || !v.watermarkLagMs)
            continue;
        const double seconds = double(*v.watermarkLagMs) / 1000.0;
        if (std::isnan(lag) || seconds > lag)
            lag = seconds;
    }
    return lag;
}

} // namespace

QString flinkWatermarkLagKey(const QString &cluster, const QString &jobId)
{
    return QStringLiteral("flink/%1/job/%2/watermarklag").arg(cluster, jobId);
}

QString flinkStateSizeKey(const QString &cluster, const QString &jobId)
{
    return QStringLiteral("flink/%1/job/%2/statesize").arg(cluster, jobId);
}

QString flinkCheckpointDurationKey(const QString &cluster, const QString &jobId)
{
    return QStringLiteral("flink/%1/job/%2/checkpointduration").arg(cluster, jobId);
}

QString flinkBackpressureKey(const QString &cluster, const QString &jobId, const QString &vertexId)
{
    return QStringLiteral("flink/%1/job/%2/vertex/%3/backpressure").arg(cluster, jobId, vertexId);
}

void recordFlink(MetricStore &store, const FlinkSnapshot &snapshot)
{
    const qint64 timeMs = snapshot.status.attemptedAt.toMSecsSinceEpoch();
    const bool reachable = snapshot.status.reachable;
    const QString &cluster = snapshot.clusterName;
    for (const FlinkJobDetails &d : snapshot.jobDetails) {
        // A negative watermark lag (events stamped in the future) is a known value, not a gap.
        const double lag = maxWatermarkLagSeconds(d);
        store.append(flinkWatermarkLagKey(cluster, d.jobId), timeMs, reachable ? lag : gap());
        const std::optional<FlinkCheckpointInfo> &latest = d.checkpoints.latestCompleted;
        store.append(flinkStateSizeKey(cluster, d.jobId), timeMs,
                     knownOrGap(latest ? double(latest->stateSizeBytes) : -1, reachable));
        store.append(flinkCheckpointDurationKey(cluster, d.jobId), timeMs,
                     knownOrGap(latest ? double(latest->durationMs) : -1, reachable));
        for (const FlinkVertexInfo &v : d.vertices)
            store.append(flinkBackpressureKey(cluster, d.jobId, v.id), timeMs,
                         knownOrGap(v.backpressureRatio, reachable));
    }
}

} // namespace Tidewatch::SnapshotHistory
