// Snapshots of every source (cluster "prod") whose samples cover every metric of metricNames():
// shared by tst_snapshotmetrics and tst_metricsdoc.
#pragma once

#include "SnapshotMetrics.h"

#include <QDateTime>

namespace Tidewatch::MetricFixtures {

inline const QDateTime kNow = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);

inline SourceStatus reachableSince(qint64 ageMs)
{
    SourceStatus status;
    status.reachable = true;
    status.lastSuccessAt = kNow.addMSecs(-ageMs);
    return status;
}

inline KafkaSnapshot kafkaSnapshot()
{
    KafkaSnapshot s;
    s.clusterName = QStringLiteral("prod");
    s.status = reachableSince(1500);
    s.controllerId = 1;
    s.controllerSource = QStringLiteral("active-controller-count");
    BrokerInfo up;
    up.id = 1;
    up.rttMs = 2.5;
    BrokerInfo down;
    down.id = 2;
    down.reachable = false;
    s.brokers = {up, down};

    TopicInfo orders;
    orders.name = QStringLiteral("orders");
    orders.minInsyncReplicas = 2;
    PartitionInfo shrunk; // under-replicated and under min ISR
    shrunk.partition = 0;
    shrunk.leader = 1;
    shrunk.replicas = {1, 2};
    shrunk.isr = {1};
    shrunk.openTransactionSeconds = 400; // a transaction open for longer than the threshold
    shrunk.hangingTransaction = true;
    PartitionInfo offline; // offline and under-replicated; without a leader it is not "under min ISR"
    offline.partition = 1;
    offline.replicas = {2, 1};
    orders.partitions = {shrunk, offline};
    orders.logSizeBytes = 1e6;
    orders.retentionBudgetBytes = 4e6;
    orders.messagesSkew = 1.5;
    orders.bytesSkew = 2;
    s.topics = {orders};
    up.partitionsLed = 1;
    up.replicaCount = 2;
    s.brokers[0] = up;
    s.brokers[1].replicaCount = 2;
    s.leaderSkew = 1;
    s.replicaSkew = 1;

    ConsumerGroupInfo idle; // nothing known but its members and status
    idle.groupId = QStringLiteral("idle");
    ConsumerGroupInfo busy;
    busy.groupId = QStringLiteral("tw-orders");
    busy.totalLag = 120;
    busy.maxLag = 100;
    busy.maxTimeLagSeconds = 42.5;
    busy.members = {GroupMember{QStringLiteral("m1"), {}, {}, {}},
                    GroupMember{QStringLiteral("m2"), {}, {}, {}}};
    busy.status = LagStatus::Warn;
    busy.dataLostPartitions = 1;
    busy.minRetentionEtaSeconds = 900;
    busy.hangingTransactions = 1;
    GroupTopicLag onOrders;
    onOrders.topic = QStringLiteral("orders");
    onOrders.totalLag = 120;
    busy.topics = {onOrders};
    s.groups = {idle, busy};
    return s;
}

inline FlinkVertexInfo vertex(double backpressure, FlinkWatermarkState watermark, std::optional<qint64> lagMs)
{
    FlinkVertexInfo v;
    v.backpressureRatio = backpressure;
    v.watermarkState = watermark;
    v.watermarkLagMs = lagMs;
    return v;
}

inline FlinkJobInfo job(const char *name, const char *id, const char *state)
{
    FlinkJobInfo j;
    j.name = QLatin1String(name);
    j.id = QLatin1String(id);
    j.state = QLatin1String(state);
    return j;
}

inline FlinkSnapshot flinkSnapshot()
{
    FlinkSnapshot s;
    s.clusterName = QStringLiteral("prod");
    s.status = reachableSince(2000);
    s.taskManagers = 2;
    s.slotsAvailable = 3;
    s.jobs = {job("enrich", "a1", "RUNNING"), job("ingest", "b2", "RESTARTING"),
              job("nodetails", "d4", "RUNNING"), job("old", "c3", "CANCELED")};

    FlinkJobDetails enrich;
    enrich.jobId = QStringLiteral("a1");
    enrich.restarts = 4;
    enrich.checkpoints.checkpointing = FlinkCheckpointing::Enabled;
    enrich.checkpoints.failed = 1;
    enrich.checkpoints.failedSinceLastCompleted = 1;
    FlinkCheckpointInfo completed;
    completed.latestAckTimestampMs = kNow.toMSecsSinceEpoch() - 30'000;
    completed.stateSizeBytes = 1'048'576;
    enrich.checkpoints.latestCompleted = completed;
    enrich.vertices = {vertex(0.2, FlinkWatermarkState::Ok, 5000),
                       vertex(0.7, FlinkWatermarkState::Idle, std::nullopt),
                       vertex(-1, FlinkWatermarkState::Ok, 12'000)};
    FlinkJobDetails ingest; // nothing known yet: checkpointing disabled, counters -1
    ingest.jobId = QStringLiteral("b2");
    ingest.checkpoints.checkpointing = FlinkCheckpointing::Disabled;
    FlinkJobDetails old;
    old.jobId = QStringLiteral("c3");
    old.restarts = 0;
    s.jobDetails = {enrich, ingest, old};
    return s;
}

inline BusinessSnapshot businessSnapshot()
{
    BusinessSnapshot s;
    s.clusterName = QStringLiteral("prod");
    s.status.reachable = true;
    s.status.lastSuccessAt = kNow.addMSecs(-1500);
    s.lastEventAt = kNow.addMSecs(-2000);
    s.watermarkMs = kNow.toMSecsSinceEpoch() - 5000;
    EventTopicStatus orders;
    orders.topic = QStringLiteral("orders");
    orders.lag = 12;
    orders.rejected = 3;
    orders.late = 1;
    EventTopicStatus cdc;
    cdc.topic = QStringLiteral("orders-cdc"); // lag unknown: no lag series
    s.topics = {orders, cdc};
    s.ordersByStatus = {{QStringLiteral("paid"), 5}, {QStringLiteral("created"), 2}};
    s.openOrders = 7;
    MinuteCounts closed;
    closed.startMs = kNow.toMSecsSinceEpoch() - 120000;
    closed.closed = true;
    closed.created = 10;
    closed.paid = 8;
    closed.shipped = 4;
    closed.cancelled = 1;
    closed.revenue = {{QStringLiteral("EUR"), 812.5}};
    MinuteCounts open;
    open.startMs = kNow.toMSecsSinceEpoch() - 60000;
    open.created = 99; // not closed: not the figure of the last minute
    s.minutes = {closed, open};
    s.orderToShip = {{15 * 60000, 3, 20000, 40000}, {60 * 60000, 0, NAN, NAN}};
    s.overdueOrderCount = 2;
    s.shipmentsByStatus = {{QStringLiteral("in_transit"), 4}};
    s.openShipments = 4;
    s.lateShipmentCount = 1;
    HubState ham;
    ham.code = QStringLiteral("HAM");
    ham.atHub = 2;
    ham.inTransitTo = 1;
    s.hubs = {ham};
    s.etaSlipCount = 1;
    s.sla = {{QString(), 15 * 60000, 9, 10}, {QString(), 60 * 60000, 0, 0}};
    s.slaByCarrier = {{QStringLiteral("DHL"), 15 * 60000, 9, 10}};
    s.slaByHub = {{QStringLiteral("HAM"), 60 * 60000, 4, 5}};
    s.breachCount = 3;
    return s;
}

/// A database with one slot and Debezium's figures: every PostgreSQL metric once.
inline PostgresSnapshot postgresSnapshot()
{
    PostgresSnapshot s;
    s.clusterName = QStringLiteral("prod");
    s.status = reachableSince(1000);
    s.walBytesPerSecond = 2048;
    ReplicationSlotInfo slot;
    slot.name = QStringLiteral("tidewatch_orders");
    slot.active = true;
    slot.lagBytes = 4096;
    slot.retainedBytes = 8192;
    slot.lagSeconds = 3;
    slot.hasLagGrowth = true;
    slot.lagGrowthBytesPerSecond = 12.5;
    s.replicationSlots << slot;
    DebeziumMetrics d;
    d.server = QStringLiteral("shop");
    d.milliSecondsBehindSource = 1500;
    d.connected = 1;
    d.queueRemainingCapacity = 8192;
    d.snapshotRunning = 0;
    s.debezium << d;
    return s;
}

/// One pipeline whose hops know bytes, messages and seconds: every pipeline metric once.
inline PipelineSnapshot pipelineSnapshot()
{
    PipelineSnapshot s;
    s.clusterName = QStringLiteral("prod");
    Pipeline p;
    p.name = QStringLiteral("shop");
    PipelineHop source;
    source.kind = PipelineHopRef::Kind::Connector;
    source.id = QStringLiteral("shop-orders-cdc");
    source.lagBytes = 4096;
    source.lagSeconds = 3;
    PipelineHop sink;
    sink.kind = PipelineHopRef::Kind::Group;
    sink.id = QStringLiteral("archive");
    sink.lagMessages = 12;
    p.hops << source << sink;
    p.endToEndLagSeconds = 3;
    p.endToEndIsLowerBound = true;
    s.pipelines << p;
    return s;
}

/// One Connect cluster with a running connector whose only task failed.
inline ConnectSnapshot connectSnapshot()
{
    ConnectSnapshot connect;
    connect.clusterName = QStringLiteral("prod");
    connect.restUrl = QStringLiteral("http://connect:8083");
    connect.status.reachable = true;
    connect.status.lastSuccessAt = kNow;
    ConnectConnectorInfo connector;
    connector.name = QStringLiteral("cdc");
    connector.state = ConnectState::Running;
    ConnectTaskInfo task;
    task.id = 0;
    task.state = ConnectState::Failed;
    connector.tasks = {task};
    connect.connectors = {connector};
    return connect;
}

/// The samples of every fixture above: each metric of metricNames() at least once.
inline QList<MetricSample> everySample()
{
    return kafkaMetricSamples(kafkaSnapshot(), kNow) + flinkMetricSamples(flinkSnapshot(), kNow) +
           businessMetricSamples(businessSnapshot(), kNow) + connectMetricSamples(connectSnapshot(), kNow) +
           postgresMetricSamples(postgresSnapshot(), kNow) + pipelineMetricSamples(pipelineSnapshot(), kNow);
}

} // namespace Tidewatch::MetricFixtures
