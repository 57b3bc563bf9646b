#include "SnapshotJson.h"

#include "ConnectSnapshotJson.h"

#include "FlinkSnapshotJson.h"
#include "JsonValues.h"
#include "Redact.h"

#include <QJsonArray>

namespace Tidewatch::SnapshotJson {

namespace {

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs))
                          : QJsonValue(QJsonValue::Null);
}

QJsonArray intArray(const QList<int> &values)
{
    QJsonArray out;
    for (int v : values)
        out.append(v);
    return out;
}

QJsonObject partitionToJson(const PartitionInfo &p, int minIsr)
{
    return QJsonObject{
        {QStringLiteral("partition"), p.partition},
        {QStringLiteral("leader"), p.leader >= 0 ? QJsonValue(p.leader) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("replicas"), intArray(p.replicas)},
        {QStringLiteral("isr"), intArray(p.isr)},
        {QStringLiteral("lowWatermark"), knownOrNull(p.lowWatermark)},
        {QStringLiteral("highWatermark"), knownOrNull(p.highWatermark)},
        {QStringLiteral("messagesPerSecond"), knownOrNull(p.messagesPerSecond)},
        {QStringLiteral("bytesInPerSecond"), knownOrNull(p.bytesInPerSecond)},
        {QStringLiteral("underReplicated"), p.isUnderReplicated()},
        {QStringLiteral("offline"), p.isOffline()},
        {QStringLiteral("underMinIsr"), p.isUnderMinIsr(minIsr)},
        {QStringLiteral("preferredLeader"), p.isOnPreferredLeader()},
        {QStringLiteral("error"), orNull(p.error.isEmpty() ? p.offsetError : p.error)},
        {QStringLiteral("lastStableOffset"), knownOrNull(p.lastStableOffset)},
        {QStringLiteral("lastStableReadAt"), timeOrNull(p.lastStableReadAt)},
        {QStringLiteral("openTransactionSeconds"), knownOrNull(p.openTransactionSeconds)},
        {QStringLiteral("hangingTransaction"), p.hangingTransaction},
    };
}

QJsonObject retentionToJson(const RetentionRisk &r)
{
    return QJsonObject{
        {QStringLiteral("state"), retentionStateName(r.state)},
        {QStringLiteral("etaSeconds"), knownOrNull(r.etaSeconds)},
        {QStringLiteral("etaIsUpperBound"), r.etaIsUpperBound},
        {QStringLiteral("basis"), orNull(r.basis)},
        {QStringLiteral("reason"), orNull(r.reason)},
    };
}

QJsonObject groupTopicToJson(const GroupTopicLag &t)
{
    return QJsonObject{
        {QStringLiteral("topic"), t.topic},
        {QStringLiteral("partitions"), t.partitions},
        {QStringLiteral("knownPartitions"), t.knownPartitions},
        {QStringLiteral("totalLag"), knownOrNull(t.totalLag)},
        {QStringLiteral("maxLag"), knownOrNull(t.maxLag)},
        {QStringLiteral("maxTimeLagSeconds"), knownOrNull(t.maxTimeLagSeconds)},
        {QStringLiteral("maxTimeLagIsLowerBound"), t.maxTimeLagIsLowerBound},
        {QStringLiteral("consumeRatePerSecond"), knownOrNull(t.consumeRatePerSecond)},
        {QStringLiteral("lagEnd"), orNull(t.lagEnd)},
        {QStringLiteral("dataLostPartitions"), t.dataLostPartitions},
        {QStringLiteral("hangingTransactions"), t.hangingTransactions},
        {QStringLiteral("retentionEtaSeconds"), knownOrNull(t.retentionEtaSeconds)},
        {QStringLiteral("topicDeleted"), t.topicDeleted},
    };
}

QJsonObject groupToJson(const ConsumerGroupInfo &g)
{
    QJsonArray members;
    for (const GroupMember &m : g.members) {
        QJsonArray assignment;
        for (const auto &[topic, partition] : m.assignment)
            assignment.append(
                QJsonObject{{QStringLiteral("topic"), topic}, {QStringLiteral("partition"), partition}});
        members.append(QJsonObject{{QStringLiteral("memberId"), m.memberId},
                                   {QStringLiteral("clientId"), m.clientId},
                                   {QStringLiteral("host"), m.host},
                                   {QStringLiteral("assignment"), assignment}});
    }
    QJsonArray partitions;
    for (const GroupPartitionLag &p : g.partitions) {
        partitions.append(QJsonObject{
            {QStringLiteral("topic"), p.topic},
            {QStringLiteral("partition"), p.partition},
            {QStringLiteral("committedOffset"),
             p.hasCommit ? QJsonValue(p.committedOffset) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("highWatermark"), knownOrNull(p.highWatermark)},
            {QStringLiteral("lag"), knownOrNull(p.lag)},
            {QStringLiteral("timeLagSeconds"), knownOrNull(p.timeLagSeconds)},
            {QStringLiteral("timeLagIsLowerBound"), p.timeLagIsLowerBound},
            {QStringLiteral("timeLagSource"), timeLagSourceName(p.timeLagSource)},
            {QStringLiteral("clientId"), orNull(p.memberClientId)},
            {QStringLiteral("status"), lagStatusName(p.status)},
            {QStringLiteral("lagEnd"), orNull(p.lagEnd)},
            {QStringLiteral("logStartOffset"), knownOrNull(p.logStartOffset)},
            {QStringLiteral("lastStableOffset"), knownOrNull(p.lastStableOffset)},
            {QStringLiteral("consumeRatePerSecond"), knownOrNull(p.consumeRatePerSecond)},
            {QStringLiteral("dataLost"), p.dataLost},
            {QStringLiteral("lostMessages"), knownOrNull(p.lostMessages)},
            {QStringLiteral("retentionHeadroom"), knownOrNull(p.retentionHeadroom)},
            {QStringLiteral("retention"), retentionToJson(p.retention)},
        });
    }
    QJsonArray topics;
    for (const GroupTopicLag &t : g.topics)
        topics.append(groupTopicToJson(t));
    return QJsonObject{
        {QStringLiteral("groupId"), g.groupId},
        {QStringLiteral("state"), g.state},
        {QStringLiteral("protocolType"), g.protocolType},
        {QStringLiteral("protocol"), g.protocol},
        {QStringLiteral("coordinatorId"),
         g.coordinatorId >= 0 ? QJsonValue(g.coordinatorId) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("members"), members},
        {QStringLiteral("totalLag"), knownOrNull(g.totalLag)},
        {QStringLiteral("maxLag"), knownOrNull(g.maxLag)},
        {QStringLiteral("maxTimeLagSeconds"), knownOrNull(g.maxTimeLagSeconds)},
        {QStringLiteral("maxTimeLagIsLowerBound"), g.maxTimeLagIsLowerBound},
        {QStringLiteral("consumeRatePerSecond"), knownOrNull(g.consumeRatePerSecond)},
        {QStringLiteral("status"), lagStatusName(g.status)},
        {QStringLiteral("trend"), lagTrendName(g.trend)},
        {QStringLiteral("catchUpSeconds"), knownOrNull(g.catchUpSeconds)},
        {QStringLiteral("notCatchingUp"), g.notCatchingUp},
        {QStringLiteral("statusReason"), orNull(g.statusReason)},
        {QStringLiteral("commitsWithoutMembers"), g.commitsWithoutMembers},
        {QStringLiteral("error"), orNull(g.error)},
        {QStringLiteral("offsetsReadAt"), timeOrNull(g.offsetsReadAt)},
        {QStringLiteral("offsetsFailed"), g.offsetsFailed},
        {QStringLiteral("partitions"), partitions},
        {QStringLiteral("readCommitted"), g.readCommitted},
        {QStringLiteral("dataLostPartitions"), g.dataLostPartitions},
        {QStringLiteral("minRetentionEtaSeconds"), knownOrNull(g.minRetentionEtaSeconds)},
        {QStringLiteral("hangingTransactions"), g.hangingTransactions},
        {QStringLiteral("topics"), topics},
    };
}

} // namespace

QJsonObject statusToJson(const SourceStatus &status, const QDateTime &now)
{
    return QJsonObject{
        {QStringLiteral("reachable"), status.reachable},
        {QStringLiteral("error"), orNull(status.error)},
        {QStringLiteral("attemptedAt"), timeOrNull(status.attemptedAt)},
        {QStringLiteral("lastSuccessAt"), timeOrNull(status.lastSuccessAt)},
        {QStringLiteral("dataAgeMs"), knownOrNull(status.dataAgeMs(now))},
        {QStringLiteral("durationMs"), status.durationMs},
        {QStringLiteral("requestCount"), status.requestCount},
    };
}

QJsonObject kafkaToJson(const KafkaSnapshot &s, const QDateTime &now)
{
    QJsonArray brokers;
    const int brokersUp = s.reachableBrokerCount();
    for (const BrokerInfo &b : s.brokers) {
        brokers.append(QJsonObject{
            {QStringLiteral("id"), b.id},
            {QStringLiteral("host"), orNull(b.host)},
            {QStringLiteral("port"), b.port > 0 ? QJsonValue(b.port) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("rack"), orNull(b.rack)},
            {QStringLiteral("controller"), b.isController},
            {QStringLiteral("reachable"), b.reachable},
            {QStringLiteral("error"), orNull(b.error)},
            {QStringLiteral("rttMs"), knownOrNull(b.rttMs)},
            {QStringLiteral("partitionsLed"), b.partitionsLed},
            {QStringLiteral("replicas"), b.replicaCount},
            {QStringLiteral("preferredLeaderOf"), b.preferredLeaderCount},
            {QStringLiteral("bytesInPerSecond"), knownOrNull(b.bytesInPerSecond)},
            {QStringLiteral("bytesOutPerSecond"), knownOrNull(b.bytesOutPerSecond)},
            {QStringLiteral("messagesInPerSecond"), knownOrNull(b.messagesInPerSecond)},
            {QStringLiteral("logSizeBytes"), knownOrNull(b.logSizeBytes)},
            {QStringLiteral("produceLatencyP99Ms"), knownOrNull(b.produceLatencyP99Ms)},
            {QStringLiteral("fetchLatencyP99Ms"), knownOrNull(b.fetchLatencyP99Ms)},
            {QStringLiteral("metricsError"), orNull(b.metricsError)},
        });
    }
    QJsonArray topics;
    int notPreferred = 0;
    for (const TopicInfo &t : s.topics) {
        QJsonArray partitions;
        for (const PartitionInfo &p : t.partitions)
            partitions.append(partitionToJson(p, t.minInsyncReplicas));
        notPreferred += t.notOnPreferredLeaderCount();
        topics.append(QJsonObject{
            {QStringLiteral("name"), t.name},
            {QStringLiteral("internal"), t.internal},
            {QStringLiteral("minInsyncReplicas"),
             t.minInsyncReplicas > 0 ? QJsonValue(t.minInsyncReplicas) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("messagesPerSecond"), knownOrNull(t.messagesPerSecond)},
            {QStringLiteral("bytesInPerSecond"), knownOrNull(t.bytesInPerSecond)},
            {QStringLiteral("bytesOutPerSecond"), knownOrNull(t.bytesOutPerSecond)},
            {QStringLiteral("logSizeBytes"), knownOrNull(t.logSizeBytes)},
            {QStringLiteral("underReplicated"), t.underReplicatedCount()},
            {QStringLiteral("offline"), t.offlineCount()},
            {QStringLiteral("underMinIsr"), t.underMinIsrCount()},
            {QStringLiteral("notPreferredLeader"), t.notOnPreferredLeaderCount()},
            {QStringLiteral("messagesSkew"), knownOrNull(t.messagesSkew)},
            {QStringLiteral("hottestPartitionByMessages"), knownOrNull(qint64(t.hottestPartitionByMessages))},
            {QStringLiteral("bytesSkew"), knownOrNull(t.bytesSkew)},
            {QStringLiteral("hottestPartitionByBytes"), knownOrNull(qint64(t.hottestPartitionByBytes))},
            {QStringLiteral("error"), orNull(t.error)},
            {QStringLiteral("partitions"), partitions},
            {QStringLiteral("logSizeReason"), orNull(t.logSizeReason)},
            // Kafka's own values: -1 is unlimited.
            {QStringLiteral("retention"),
             t.retentionKnown ? QJsonValue(QJsonObject{{QStringLiteral("ms"), t.retentionMs},
                                                       {QStringLiteral("bytes"), t.retentionBytes},
                                                       {QStringLiteral("cleanupPolicy"), t.cleanupPolicy}})
                              : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("retentionBudgetBytes"), knownOrNull(t.retentionBudgetBytes)},
            {QStringLiteral("hangingTransactions"), t.hangingTransactionCount()},
        });
    }
    QJsonArray groups;
    for (const ConsumerGroupInfo &g : s.groups)
        groups.append(groupToJson(g));
    const KafkaSnapshot::Counts counts = s.counts();
    return QJsonObject{
        {QStringLiteral("cluster"), s.clusterName},
        {QStringLiteral("clusterId"), orNull(s.clusterId)},
        {QStringLiteral("controllerId"),
         s.controllerId >= 0 ? QJsonValue(s.controllerId) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("controllerSource"), orNull(s.controllerSource)},
        {QStringLiteral("metadataControllerId"),
         s.metadataControllerId >= 0 ? QJsonValue(s.metadataControllerId) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("status"), statusToJson(s.status, now)},
        {QStringLiteral("partErrors"), QJsonArray::fromStringList(s.partErrors)},
        {QStringLiteral("clampedLagRaces"), s.clampedLagRaces},
        {QStringLiteral("summary"),
         QJsonObject{{QStringLiteral("brokers"), int(s.brokers.size())},
                     {QStringLiteral("brokersUp"), brokersUp},
                     {QStringLiteral("topics"), counts.topics},
                     {QStringLiteral("internalTopics"), counts.internalTopics},
                     {QStringLiteral("partitions"), counts.partitions},
                     {QStringLiteral("internalPartitions"), counts.internalPartitions},
                     {QStringLiteral("underReplicated"), s.underReplicatedCount()},
                     {QStringLiteral("offline"), s.offlineCount()},
                     {QStringLiteral("underMinIsr"), s.underMinIsrCount()},
                     {QStringLiteral("notPreferredLeader"), notPreferred},
                     {QStringLiteral("leaderSkew"), knownOrNull(s.leaderSkew)},
                     {QStringLiteral("replicaSkew"), knownOrNull(s.replicaSkew)},
                     {QStringLiteral("groups"), int(s.groups.size())},
                     {QStringLiteral("hangingTransactions"), s.hangingTransactionCount()}}},
        {QStringLiteral("brokers"), brokers},
        {QStringLiteral("topics"), topics},
        {QStringLiteral("groups"), groups},
    };
}

QJsonObject flinkToJson(const FlinkSnapshot &s, const QDateTime &now)
{
    QJsonArray jobs;
    for (const FlinkJobInfo &j : s.jobs)
        jobs.append(FlinkSnapshotJson::jobToJson(j, s.details(j.id)));
    return QJsonObject{
        {QStringLiteral("cluster"), s.clusterName},
        {QStringLiteral("restUrl"), Format::redactCredentials(s.restUrl)},
        {QStringLiteral("flinkVersion"), orNull(s.flinkVersion)},
        {QStringLiteral("status"), statusToJson(s.status, now)},
        {QStringLiteral("partErrors"), QJsonArray::fromStringList(s.partErrors)},
        {QStringLiteral("taskManagers"), FlinkSnapshotJson::known(qint64(s.taskManagers))},
        {QStringLiteral("slotsTotal"), FlinkSnapshotJson::known(qint64(s.slotsTotal))},
        {QStringLiteral("slotsAvailable"), FlinkSnapshotJson::known(qint64(s.slotsAvailable))},
        {QStringLiteral("metricFetcherIntervalMs"), FlinkSnapshotJson::known(s.metricFetcherIntervalMs)},
        {QStringLiteral("refreshIntervalMs"), FlinkSnapshotJson::known(s.refreshIntervalMs)},
        {QStringLiteral("taskManagerList"), FlinkSnapshotJson::taskManagersToJson(s.taskManagerList)},
        {QStringLiteral("jobs"), jobs},
    };
}

QJsonObject document(const std::optional<KafkaSnapshot> &kafka, const std::optional<FlinkSnapshot> &flink,
                     const QDateTime &now, const std::optional<BusinessSnapshot> &business,
                     const QList<ConnectSnapshot> &connect)
{
    QJsonObject root{{QStringLiteral("schema"), QLatin1String(kSchema)},
                     {QStringLiteral("generatedAt"), now.toUTC().toString(Qt::ISODateWithMs)}};
    if (kafka)
        root.insert(QStringLiteral("kafka"), kafkaToJson(*kafka, now));
    if (flink)
        root.insert(QStringLiteral("flink"), flinkToJson(*flink, now));
    if (business)
        root.insert(QStringLiteral("business"), businessToJson(*business, now));
    if (!connect.isEmpty()) {
        QJsonArray clusters;
        for (const ConnectSnapshot &c : connect)
            clusters.append(ConnectSnapshotJson::toJson(c, now, kafka ? &*kafka : nullptr));
        root.insert(QStringLiteral("connect"), clusters);
    }
    return root;
}

} // namespace Tidewatch::SnapshotJson
