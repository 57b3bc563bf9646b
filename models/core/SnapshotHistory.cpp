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
    return QStringLiteral("kafka/%1/group/%2/lag").arg(cluster, group);
}

QString groupTimeLagKey(const QString &cluster, const QString &group)
{
    return QStringLiteral("kafka/%1/group/%2/timelag").arg(cluster, group);
}

QString brokerBytesInKey(const QString &cluster, int broker)
{
    return QStringLiteral("kafka/%1/broker/%2/bytesin").arg(cluster).arg(broker);
}

QString brokerBytesOutKey(const QString &cluster, int broker)
{
    return QStringLiteral("kafka/%1/broker/%2/bytesout").arg(cluster).arg(broker);
}

QString topicMessagesKey(const QString &cluster, const QString &topic)
{
    return QStringLiteral("kafka/%1/topic/%2/messages").arg(cluster, topic);
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
    }
    for (const TopicInfo &t : snapshot.topics) {
        if (!t.internal)
            store.append(topicMessagesKey(cluster, t.name), timeMs,
                         knownOrGap(t.messagesPerSecond, reachable));
    }
}

} // namespace Tidewatch::SnapshotHistory
