#include "SnapshotJson.h"

#include "JsonValues.h"

#include <QJsonArray>

namespace Tidewatch::SnapshotJson {

namespace {

QJsonValue flagOrNull(int value)
{
    return value >= 0 ? QJsonValue(value > 0) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject postgresToJson(const PostgresSnapshot &s, const QDateTime &now)
{
    QJsonArray slotArray;
    for (const ReplicationSlotInfo &slot : s.replicationSlots) {
        slotArray.append(QJsonObject{
            {QStringLiteral("name"), slot.name},
            {QStringLiteral("plugin"), orNull(slot.plugin)},
            {QStringLiteral("slotType"), slot.slotType},
            {QStringLiteral("database"), orNull(slot.database)},
            {QStringLiteral("active"), slot.active},
            {QStringLiteral("walStatus"), orNull(slot.walStatus)},
            {QStringLiteral("confirmedFlushLsn"), orNull(slot.confirmedFlushLsn)},
            {QStringLiteral("restartLsn"), orNull(slot.restartLsn)},
            {QStringLiteral("lagBytes"), knownOrNull(slot.lagBytes)},
            {QStringLiteral("retainedBytes"), knownOrNull(slot.retainedBytes)},
            {QStringLiteral("lagSeconds"), knownOrNull(slot.lagSeconds)},
            {QStringLiteral("lagSecondsIsLowerBound"), slot.lagSecondsIsLowerBound},
            {QStringLiteral("lagGrowthBytesPerSecond"),
             slot.hasLagGrowth ? QJsonValue(slot.lagGrowthBytesPerSecond) : QJsonValue(QJsonValue::Null)},
        });
    }
    QJsonArray debezium;
    for (const DebeziumMetrics &d : s.debezium) {
        debezium.append(QJsonObject{
            {QStringLiteral("server"), d.server},
            {QStringLiteral("milliSecondsBehindSource"), knownOrNull(d.milliSecondsBehindSource)},
            {QStringLiteral("queueRemainingCapacity"), knownOrNull(d.queueRemainingCapacity)},
            {QStringLiteral("queueTotalCapacity"), knownOrNull(d.queueTotalCapacity)},
            {QStringLiteral("connected"), flagOrNull(d.connected)},
            {QStringLiteral("snapshotRunning"), flagOrNull(d.snapshotRunning)},
            {QStringLiteral("snapshotCompleted"), flagOrNull(d.snapshotCompleted)},
            {QStringLiteral("remainingTableCount"), knownOrNull(d.remainingTableCount)},
            {QStringLiteral("totalTableCount"), knownOrNull(d.totalTableCount)},
        });
    }
    return QJsonObject{
        {QStringLiteral("cluster"), s.clusterName},
        {QStringLiteral("server"), orNull(s.server)},
        {QStringLiteral("serverVersion"), orNull(s.serverVersion)},
        {QStringLiteral("inRecovery"), s.inRecovery},
        {QStringLiteral("currentWalLsn"), orNull(s.currentWalLsn)},
        {QStringLiteral("walBytesPerSecond"), knownOrNull(s.walBytesPerSecond)},
        {QStringLiteral("status"), statusToJson(s.status, now)},
        {QStringLiteral("replicationSlots"), slotArray},
        {QStringLiteral("debezium"), debezium},
        {QStringLiteral("debeziumError"), orNull(s.debeziumError)},
    };
}

QJsonArray pipelinesToJson(const PipelineSnapshot &s)
{
    QJsonArray pipelines;
    for (const Pipeline &p : s.pipelines) {
        QJsonArray hops;
        for (qsizetype i = 0; i < p.hops.size(); ++i) {
            const PipelineHop &h = p.hops[i];
            hops.append(QJsonObject{
                {QStringLiteral("kind"), pipelineHopKindName(h.kind)},
                {QStringLiteral("id"), h.id},
                {QStringLiteral("role"), orNull(h.role)},
                {QStringLiteral("found"), h.found},
                {QStringLiteral("state"), pipelineHopStateName(h.state)},
                {QStringLiteral("stateText"), orNull(h.stateText)},
                {QStringLiteral("reason"), orNull(h.reason)},
                {QStringLiteral("worst"), i == p.worstHop},
                {QStringLiteral("throughput"), knownOrNull(h.throughput)},
                {QStringLiteral("throughputUnit"), orNull(h.throughputUnit)},
                {QStringLiteral("lagApplies"), h.lagApplies},
                {QStringLiteral("lagBytes"), knownOrNull(h.lagBytes)},
                {QStringLiteral("lagMessages"), knownOrNull(h.lagMessages)},
                {QStringLiteral("lagSeconds"), knownOrNull(h.lagSeconds)},
                {QStringLiteral("lagSecondsIsLowerBound"), h.lagSecondsIsLowerBound},
                {QStringLiteral("lagSource"), orNull(h.lagSource)},
                {QStringLiteral("debeziumBehindSeconds"), knownOrNull(h.debeziumBehindSeconds)},
                {QStringLiteral("ageMs"), knownOrNull(h.ageMs)},
            });
        }
        pipelines.append(QJsonObject{
            {QStringLiteral("name"), p.name},
            {QStringLiteral("automatic"), p.automatic},
            {QStringLiteral("state"), pipelineHopStateName(p.state)},
            {QStringLiteral("worstHop"),
             p.worstHop >= 0 ? QJsonValue(p.worstHop) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("endToEndLagSeconds"), knownOrNull(p.endToEndLagSeconds)},
            {QStringLiteral("endToEndIsLowerBound"), p.endToEndIsLowerBound},
            {QStringLiteral("hops"), hops},
        });
    }
    return pipelines;
}

} // namespace Tidewatch::SnapshotJson
