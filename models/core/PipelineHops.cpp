#include "PipelineHops.h"

#include "FlinkBottleneck.h"

#include <QCoreApplication>

#include <algorithm>

namespace Tidewatch {

namespace {

struct PipelineHopsText
{
    Q_DECLARE_TR_FUNCTIONS(PipelineHops)
};

using Kind = PipelineHopRef::Kind;

bool isLive(const PipelineInputs &in, const SourceStatus &status)
{
    const qint64 age =
        status.lastSuccessAt.isValid() ? in.nowMs - status.lastSuccessAt.toMSecsSinceEpoch() : -1;
    return status.reachable && age >= 0 && age <= in.staleAfterMs;
}

/// Age of a source's data, and whether it is live: reachable and younger than staleAfterMs.
bool live(const PipelineInputs &in, const SourceStatus &status, PipelineHop &hop)
{
    hop.ageMs = status.lastSuccessAt.isValid() ? in.nowMs - status.lastSuccessAt.toMSecsSinceEpoch() : -1;
    if (!status.reachable) {
        hop.state = PipelineHopState::Unknown;
        hop.reason = status.error.isEmpty() ? PipelineHopsText::tr("source not reached") : status.error;
        return false;
    }
    if (hop.ageMs < 0 || hop.ageMs > in.staleAfterMs) {
        hop.state = PipelineHopState::Unknown;
        hop.reason = PipelineHopsText::tr("data is stale");
        return false;
    }
    return true;
}

void database(const PipelineInputs &in, PipelineHop &hop)
{
    if (!in.postgres)
        return;
    const ReplicationSlotInfo *slot = in.postgres->slot(hop.id);
    if (!slot)
        return;
    hop.found = true;
    hop.throughput = in.postgres->walBytesPerSecond;
    hop.throughputUnit = QStringLiteral("B/s");
    hop.stateText = slot->active ? QStringLiteral("active") : QStringLiteral("inactive");
    if (!live(in, in.postgres->status, hop))
        return;
    if (slot->walStatus == QLatin1String("lost")) {
        hop.state = PipelineHopState::Failed;
        hop.reason = PipelineHopsText::tr("the slot lost WAL its consumer still needs");
    } else if (!slot->active) {
        hop.state = PipelineHopState::Warning;
        hop.reason = PipelineHopsText::tr("no consumer is connected to the slot");
    } else if (slot->walStatus == QLatin1String("unreserved")) {
        hop.state = PipelineHopState::Warning;
        hop.reason = PipelineHopsText::tr("the slot's WAL is about to be removed");
    } else {
        hop.state = PipelineHopState::Ok;
    }
}

/// The consumer group's lag and rate on @p topic (all its topics when empty) into @p hop.
void groupLag(const PipelineInputs &in, const QString &groupId, const QString &topic, PipelineHop &hop)
{
    const ConsumerGroupInfo *g = in.kafka ? in.kafka->group(groupId) : nullptr;
    if (!g || !isLive(in, in.kafka->status))
        return; // a stale lag is not shown as the current one
    qint64 messages = 0;
    bool anyMessages = false;
    double seconds = -1;
    bool lowerBound = false;
    for (const GroupPartitionLag &p : g->partitions) {
        if (!topic.isEmpty() && p.topic != topic)
            continue;
        if (p.lag >= 0) {
            messages += p.lag;
            anyMessages = true;
        }
        if (p.timeLagSeconds > seconds) {
            seconds = p.timeLagSeconds;
            lowerBound = p.timeLagIsLowerBound;
        }
    }
    hop.lagMessages = anyMessages ? messages : -1;
    hop.lagSeconds = seconds;
    hop.lagSecondsIsLowerBound = seconds >= 0 && lowerBound;
    hop.lagSource = seconds >= 0 ? QStringLiteral("group") : QString();
    hop.throughput = g->consumeRatePerSecond;
    hop.throughputUnit = QStringLiteral("msg/s");
}

void group(const PipelineInputs &in, const PipelineHopRef *previous, PipelineHop &hop)
{
    const ConsumerGroupInfo *g = in.kafka ? in.kafka->group(hop.id) : nullptr;
    if (!g)
        return;
    hop.found = true;
    hop.lagApplies = true;
    hop.stateText = lagStatusName(g->status);
    if (!live(in, in.kafka->status, hop))
        return;
    groupLag(in, hop.id, previous && previous->kind == Kind::Topic ? previous->id : QString(), hop);
    if (isLagError(g->status)) {
        hop.state = PipelineHopState::Failed;
    } else if (g->status == LagStatus::Warn) {
        hop.state = PipelineHopState::Warning;
    } else if (g->status == LagStatus::NotFound) {
        hop.state = PipelineHopState::Unknown;
    } else {
        hop.state = PipelineHopState::Ok;
    }
    hop.reason = g->statusReason;
}

/// The brokers whose replicas are out of the ISR of @p t's partitions ("2" or "2, 3"), ascending.
QString missingReplicaBrokers(const TopicInfo &t)
{
    QList<int> ids;
    for (const PartitionInfo &p : t.partitions) {
        for (int replica : p.replicas) {
            if (!p.isr.contains(replica) && !ids.contains(replica))
                ids.append(replica);
        }
    }
    std::sort(ids.begin(), ids.end());
    QStringList names;
    for (int id : std::as_const(ids))
        names << QString::number(id);
    return names.join(QStringLiteral(", "));
}

void topic(const PipelineInputs &in, PipelineHop &hop)
{
    const TopicInfo *t = in.kafka ? in.kafka->topic(hop.id) : nullptr;
    if (!t)
        return;
    hop.found = true;
    hop.throughput = t->messagesPerSecond;
    hop.throughputUnit = QStringLiteral("msg/s");
    if (!live(in, in.kafka->status, hop))
        return;
    if (t->offlineCount() > 0) {
        hop.state = PipelineHopState::Failed;
        hop.reason = PipelineHopsText::tr("%n partition(s) offline", nullptr, t->offlineCount());
    } else if (t->underMinIsrCount() > 0) {
        hop.state = PipelineHopState::Warning;
        hop.reason = PipelineHopsText::tr("partitions below min.insync.replicas");
    } else if (const int under = t->underReplicatedCount(); under > 0) {
        // What the wall banner counts (WorstCondition): a broker outage shows on every topic it
        // holds a replica of, not only once a partition goes offline.
        hop.state = PipelineHopState::Warning;
        const QString brokers = missingReplicaBrokers(*t);
        hop.reason =
            brokers.isEmpty()
                ? PipelineHopsText::tr("%n partition(s) under-replicated", nullptr, under)
                : PipelineHopsText::tr("%n partition(s) under-replicated (replica on broker %1 missing)",
                                       nullptr, under)
                      .arg(brokers);
    } else {
        hop.state = PipelineHopState::Ok;
    }
    hop.stateText = hop.state == PipelineHopState::Ok ? QStringLiteral("OK") : QString();
}

const DebeziumMetrics *debeziumOf(const PipelineInputs &in, const ConnectConnectorInfo &c)
{
    // Debezium labels its figures with its server, the connector's topic prefix. Without the
    // connector's config only a single server is unambiguous.
    if (!in.postgres)
        return nullptr;
    if (!c.topicPrefix.isEmpty()) {
        for (const DebeziumMetrics &d : in.postgres->debezium) {
            if (d.server == c.topicPrefix)
                return &d;
        }
        return nullptr;
    }
    return in.postgres->debezium.size() == 1 ? &in.postgres->debezium.first() : nullptr;
}

void connector(const PipelineInputs &in, const PipelineHopRef *previous, PipelineHop &hop)
{
    const ConnectSnapshot *connect = nullptr;
    const ConnectConnectorInfo *c = in.connector(hop.id, &connect);
    if (!c)
        return;
    hop.found = true;
    hop.role = connectorTypeName(c->type);
    hop.stateText = connectStateName(c->state);
    const bool sink = c->type == ConnectorType::Sink;
    hop.lagApplies = previous != nullptr;
    if (!live(in, connect->status, hop))
        return;
    const int failedTasks = c->tasksIn(ConnectState::Failed);
    if (c->state == ConnectState::Failed || failedTasks > 0) {
        hop.state = PipelineHopState::Failed;
        hop.stateText = connectStateName(ConnectState::Failed);
        hop.reason = c->state == ConnectState::Failed
                         ? c->traceRootCause
                         : PipelineHopsText::tr("%n task(s) failed", nullptr, failedTasks);
    } else if (c->state == ConnectState::Paused || c->state == ConnectState::Stopped) {
        hop.state = PipelineHopState::Paused;
        hop.reason = c->state == ConnectState::Paused ? PipelineHopsText::tr("the connector is paused")
                                                      : PipelineHopsText::tr("the connector is stopped");
    } else if (c->state == ConnectState::Running && c->tasksIn(ConnectState::Running) == c->tasks.size() &&
               !c->tasks.isEmpty()) {
        hop.state = PipelineHopState::Ok;
    } else if (c->state == ConnectState::Unknown) {
        hop.state = PipelineHopState::Unknown;
    } else {
        hop.state = PipelineHopState::Warning;
        hop.reason = PipelineHopsText::tr("tasks are not all running");
    }
    if (sink) {
        groupLag(in, c->consumerGroupId, previous && previous->kind == Kind::Topic ? previous->id : QString(),
                 hop);
        return;
    }
    // A source: what it writes per second, and how far it is behind the database.
    double rate = -1;
    for (const QString &t : c->topics()) {
        const TopicInfo *info = in.kafka ? in.kafka->topic(t) : nullptr;
        if (info && info->messagesPerSecond >= 0)
            rate = std::max(0.0, rate) + info->messagesPerSecond;
    }
    hop.throughput = rate;
    hop.throughputUnit = QStringLiteral("msg/s");
    if (const DebeziumMetrics *d = isPostgresConnectorClass(c->className) ? debeziumOf(in, *c) : nullptr)
        hop.debeziumBehindSeconds =
            d->milliSecondsBehindSource >= 0 ? d->milliSecondsBehindSource / 1000.0 : -1;
    if (previous && previous->kind == Kind::Database && in.postgres) {
        if (const ReplicationSlotInfo *slot = in.postgres->slot(previous->id)) {
            const bool pgLive = isLive(in, in.postgres->status);
            hop.lagBytes = pgLive ? slot->lagBytes : -1;
            hop.lagSeconds = pgLive ? slot->lagSeconds : -1;
            hop.lagSecondsIsLowerBound = pgLive && slot->lagSecondsIsLowerBound;
            hop.lagSource = hop.lagSeconds >= 0 ? QStringLiteral("slot") : QString();
        }
    } else if (hop.debeziumBehindSeconds >= 0) {
        hop.lagApplies = true;
        hop.lagSeconds = hop.debeziumBehindSeconds;
        hop.lagSource = QStringLiteral("debezium");
    }
}

/// A running job that still falls behind: back pressure (what the wall banner counts, naming the
/// bottleneck when one is found) or a checkpoint that failed after the latest completed one.
void runningJobTrouble(const FlinkJobDetails &d, PipelineHop &hop)
{
    const bool backPressured =
        std::any_of(d.vertices.cbegin(), d.vertices.cend(), [](const FlinkVertexInfo &v) {
            return v.backpressureLevel == FlinkBackpressureLevel::High;
        });
    const auto &failed = d.checkpoints.latestFailed;
    const auto &completed = d.checkpoints.latestCompleted;
    const bool checkpointFailing = failed && (!completed || failed->id > completed->id);
    QStringList reasons;
    if (backPressured) {
        const QList<FlinkBottleneck> bottlenecks = FlinkBottlenecks::find(d.vertices);
        reasons << (bottlenecks.isEmpty() ? PipelineHopsText::tr("back-pressured")
                                          : PipelineHopsText::tr("back-pressured, bottleneck: %1")
                                                .arg(bottlenecks.constFirst().name));
    }
    if (checkpointFailing)
        reasons << PipelineHopsText::tr("the latest checkpoint failed");
    if (reasons.isEmpty())
        return;
    hop.state = PipelineHopState::Warning;
    hop.reason = reasons.join(QStringLiteral("; "));
}

void flinkJob(const PipelineInputs &in, const PipelineHopRef *previous, PipelineHop &hop)
{
    if (!in.flink)
        return;
    const FlinkJobInfo *job = nullptr;
    for (const FlinkJobInfo &j : in.flink->jobs) {
        // The running one when a job name was submitted again.
        if (j.name == hop.id && (!job || !FlinkSnapshot::isTerminalState(j.state)))
            job = &j;
    }
    if (!job)
        return;
    hop.found = true;
    hop.lagApplies = previous != nullptr;
    hop.stateText = job->state;
    if (!live(in, in.flink->status, hop))
        return;
    if (job->state == QLatin1String("RUNNING")) {
        hop.state = PipelineHopState::Ok;
    } else if (job->state == QLatin1String("FAILED")) {
        hop.state = PipelineHopState::Failed;
    } else if (FlinkSnapshot::isTerminalState(job->state)) {
        hop.state = PipelineHopState::Paused;
    } else {
        hop.state = PipelineHopState::Warning;
    }
    if (hop.state != PipelineHopState::Ok)
        hop.reason = PipelineHopsText::tr("the job is %1").arg(job->state);
    const FlinkJobDetails *d = in.flink->details(job->id);
    if (!d)
        return;
    if (hop.state == PipelineHopState::Ok)
        runningJobTrouble(*d, hop);
    double records = -1;
    for (const FlinkVertexInfo &v : d->vertices) {
        if (v.source && v.recordsOutPerSecond >= 0)
            records = std::max(0.0, records) + v.recordsOutPerSecond;
    }
    hop.throughput = records;
    hop.throughputUnit = QStringLiteral("rec/s");
    const QString topicName = previous && previous->kind == Kind::Topic ? previous->id : QString();
    for (const FlinkKafkaSource &source : d->kafkaSources) {
        if (!source.groupId.isEmpty() && (topicName.isEmpty() || source.topics.contains(topicName))) {
            const double rate = hop.throughput;
            groupLag(in, source.groupId, topicName, hop);
            hop.throughput = rate; // the job's records, not the group's commits
            hop.throughputUnit = QStringLiteral("rec/s");
            return;
        }
    }
}

} // namespace

PipelineHop resolveHop(const PipelineInputs &inputs, const PipelineHopRef &ref,
                       const PipelineHopRef *previous)
{
    PipelineHop hop;
    hop.kind = ref.kind;
    hop.id = ref.id;
    switch (ref.kind) {
    case Kind::Database:
        database(inputs, hop);
        break;
    case Kind::Connector:
        connector(inputs, previous, hop);
        break;
    case Kind::Topic:
        topic(inputs, hop);
        break;
    case Kind::Group:
        group(inputs, previous, hop);
        break;
    case Kind::FlinkJob:
        flinkJob(inputs, previous, hop);
        break;
    }
    if (!hop.found) {
        hop.state = PipelineHopState::Unknown;
        hop.reason = PipelineHopsText::tr("not found in the collected data");
        hop.lagApplies = previous != nullptr && ref.kind != Kind::Topic && ref.kind != Kind::Database;
    }
    return hop;
}

QString pipelineHopStateName(PipelineHopState state)
{
    switch (state) {
    case PipelineHopState::Ok:
        return QStringLiteral("ok");
    case PipelineHopState::Unknown:
        return QStringLiteral("unknown");
    case PipelineHopState::Warning:
        return QStringLiteral("warning");
    case PipelineHopState::Paused:
        return QStringLiteral("paused");
    case PipelineHopState::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

} // namespace Tidewatch
