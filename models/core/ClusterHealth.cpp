#include "ClusterHealth.h"

#include <algorithm>

namespace Tidewatch {

namespace {

Freshness freshnessOf(const SourceStatus &status, qint64 staleAfterMs, const QDateTime &now, qint64 &age)
{
    age = status.dataAgeMs(now);
    if (!status.reachable)
        return Freshness::Unreachable;
    return age < 0 || age > staleAfterMs ? Freshness::Stale : Freshness::Live;
}

void addKafka(ClusterHealth &h, const KafkaSnapshot &s)
{
    h.brokersTotal = int(s.brokers.size());
    h.brokersUp = s.reachableBrokerCount();
    for (const BrokerInfo &b : s.brokers) {
        if (!b.reachable)
            h.brokersDown.append(b.id);
    }
    h.controllerId = s.controllerId;
    h.controllerSource = s.controllerSource;
    h.underReplicated = s.underReplicatedCount();
    h.offline = s.offlineCount();
    h.underMinIsr = s.underMinIsrCount();
    h.groups = int(s.groups.size());
    for (const ConsumerGroupInfo &g : s.groups) {
        h.groupsWarn += g.status == LagStatus::Warn ? 1 : 0;
        h.groupsErr += isLagError(g.status) ? 1 : 0;
        if (g.maxTimeLagSeconds > h.worstTimeLagSeconds) {
            h.worstTimeLagSeconds = g.maxTimeLagSeconds;
            h.worstTimeLagIsLowerBound = g.maxTimeLagIsLowerBound;
            h.worstTimeLagGroup = g.groupId;
        }
    }
}

void addFlink(ClusterHealth &h, const FlinkSnapshot &s)
{
    h.jobs = int(s.jobs.size());
    h.jobsRunning = s.runningJobs();
    for (const FlinkJobDetails &d : s.jobDetails) {
        const bool high = std::any_of(d.vertices.cbegin(), d.vertices.cend(), [](const FlinkVertexInfo &v) {
            return v.backpressureLevel == FlinkBackpressureLevel::High;
        });
        h.jobsBackpressured += high ? 1 : 0;
        const auto &failed = d.checkpoints.latestFailed;
        const auto &completed = d.checkpoints.latestCompleted;
        const bool failing = failed && (!completed || failed->id > completed->id);
        h.jobsCheckpointFailing += failing ? 1 : 0;
    }
}

} // namespace

int ClusterHealth::severity() const
{
    const bool sourceDown = kafka == Freshness::Unreachable || flink == Freshness::Unreachable;
    if (sourceDown || brokersUp < brokersTotal || offline > 0 || underMinIsr > 0 || groupsErr > 0 ||
        jobsRunning < jobs || alertsFiring > 0)
        return 2;
    // Not known yet is not fine yet.
    const bool stale = kafka == Freshness::Stale || flink == Freshness::Stale ||
                       kafka == Freshness::Waiting || flink == Freshness::Waiting;
    if (stale || underReplicated > 0 || groupsWarn > 0 || jobsBackpressured > 0 ||
        jobsCheckpointFailing > 0 || alertsPending > 0)
        return 1;
    return 0;
}

ClusterHealth summarizeCluster(const QString &name, bool kafkaConfigured, const KafkaSnapshot *kafka,
                               bool flinkConfigured, const FlinkSnapshot *flink, qint64 staleAfterMs,
                               const QDateTime &now)
{
    ClusterHealth h;
    h.name = name;
    h.staleAfterMs = staleAfterMs;
    if (kafka) {
        h.kafka = freshnessOf(kafka->status, staleAfterMs, now, h.kafkaAgeMs);
        h.kafkaError = kafka->status.error;
        // What an unreachable cluster last showed is not its health now: only the error counts.
        if (kafka->status.reachable)
            addKafka(h, *kafka);
    } else if (kafkaConfigured) {
        h.kafka = Freshness::Waiting;
    }
    if (flink) {
        h.flink = freshnessOf(flink->status, staleAfterMs, now, h.flinkAgeMs);
        h.flinkError = flink->status.error;
        if (flink->status.reachable)
            addFlink(h, *flink);
    } else if (flinkConfigured) {
        h.flink = Freshness::Waiting;
    }
    return h;
}

} // namespace Tidewatch
