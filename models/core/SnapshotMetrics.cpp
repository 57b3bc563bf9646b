#include "SnapshotMetrics.h"

#include "Format.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>

namespace Tidewatch {

namespace {

using Labels = QList<QPair<QString, QString>>;

struct MetricDoc
{
    const char *name;
    const char *help; // English on purpose: HELP lines are read by machines and operators' tooling
};

constexpr std::array kMetrics{
    MetricDoc{"tidewatch_source_up", "1 if the last collection cycle reached the source, else 0."},
    MetricDoc{"tidewatch_source_data_age_seconds", "Seconds since data was last collected successfully."},
    MetricDoc{"tidewatch_kafka_brokers", "Brokers in the cluster metadata."},
    MetricDoc{"tidewatch_kafka_brokers_up", "Brokers in the cluster metadata that the collector can reach."},
    MetricDoc{"tidewatch_kafka_broker_up", "1 if the broker is in the metadata and reachable, else 0."},
    MetricDoc{"tidewatch_kafka_broker_rtt_seconds", "Average request round trip to the broker in seconds."},
    MetricDoc{"tidewatch_kafka_controller_present",
              "1 if the brokers' metrics name an active controller, 0 if they report no quorum leader; "
              "absent when unknown (no broker metrics)."},
    MetricDoc{"tidewatch_kafka_under_replicated_partitions", "Partitions whose ISR is smaller than the "
                                                             "replica set."},
    MetricDoc{"tidewatch_kafka_offline_partitions", "Partitions without a leader."},
    MetricDoc{"tidewatch_kafka_under_min_isr_partitions", "Partitions whose ISR is below the topic's "
                                                          "min.insync.replicas."},
    MetricDoc{"tidewatch_kafka_partitions_not_preferred_leader",
              "Partitions with a leader that is not their preferred (first) replica."},
    MetricDoc{"tidewatch_kafka_partitions_not_preferred_leader_ratio",
              "Of the partitions with a leader, the share not led by their preferred replica (0..1)."},
    MetricDoc{"tidewatch_kafka_broker_partitions_led", "Partitions the broker is the leader of."},
    MetricDoc{"tidewatch_kafka_broker_replicas", "Partition replicas assigned to the broker."},
    MetricDoc{"tidewatch_kafka_leader_skew",
              "Partitions led by the busiest reachable broker over the mean per "
              "reachable broker (1: even)."},
    MetricDoc{"tidewatch_kafka_replica_skew",
              "Replicas on the fullest broker over the mean per broker (1: even)."},
    MetricDoc{"tidewatch_kafka_topic_messages_skew",
              "Messages per second of the topic's busiest partition over "
              "the mean of its partitions (1: even)."},
    MetricDoc{"tidewatch_kafka_topic_bytes_skew",
              "Bytes appended per second to the topic's busiest partition "
              "over the mean of its partitions (1: even)."},
    MetricDoc{"tidewatch_kafka_consumergroup_lag", "Messages the consumer group is behind, summed over "
                                                   "partitions with a known lag."},
    MetricDoc{"tidewatch_kafka_consumergroup_max_lag", "Largest partition lag of the consumer group in "
                                                       "messages."},
    MetricDoc{"tidewatch_kafka_consumergroup_max_time_lag_seconds", "Largest partition lag of the consumer "
                                                                    "group in seconds."},
    MetricDoc{"tidewatch_kafka_consumergroup_members", "Members of the consumer group."},
    MetricDoc{"tidewatch_kafka_consumergroup_status", "Burrow status of the consumer group: 0 NOTFOUND, "
                                                      "1 OK, 2 WARN, 3 ERR."},
    MetricDoc{"tidewatch_kafka_consumergroup_topic_lag",
              "Messages the consumer group is behind in one topic, "
              "summed over its partitions with a known lag."},
    MetricDoc{"tidewatch_kafka_consumergroup_data_lost_partitions",
              "Partitions whose committed offset is below the log start: retention deleted records the "
              "group never read."},
    MetricDoc{"tidewatch_kafka_consumergroup_retention_eta_seconds",
              "Estimated seconds until retention deletes the first record the group has not read (the "
              "soonest partition at the current rates); absent when none is at risk or it is unknown."},
    MetricDoc{"tidewatch_kafka_consumergroup_hanging_transactions",
              "Partitions the consumer group reads that have a hanging transaction."},
    MetricDoc{"tidewatch_kafka_hanging_transactions", "Partitions whose last stable offset stayed below the "
                                                      "high watermark for longer than the threshold."},
    MetricDoc{"tidewatch_kafka_partition_open_transaction_seconds",
              "Seconds the partition's last stable offset has stayed below the high watermark (an open "
              "transaction; at least this long); only partitions with one open."},
    MetricDoc{"tidewatch_kafka_topic_retention_budget_ratio",
              "The topic's size on disk (all replicas) over retention.bytes x partitions x replicas; only "
              "topics with a size limit and known size."},
    MetricDoc{"tidewatch_flink_taskmanagers", "Registered Flink TaskManagers."},
    MetricDoc{"tidewatch_flink_slots_available", "Free task slots in the Flink cluster."},
    MetricDoc{"tidewatch_flink_job_running", "1 if the Flink job is RUNNING, else 0."},
    MetricDoc{"tidewatch_flink_job_restarts", "Restarts of the Flink job (numRestarts)."},
    MetricDoc{"tidewatch_flink_job_last_checkpoint_age_seconds", "Seconds since the latest completed "
                                                                 "checkpoint was acknowledged."},
    MetricDoc{"tidewatch_flink_job_checkpoints_failed", "Failed checkpoints of the Flink job."},
    MetricDoc{"tidewatch_flink_job_checkpoints_failed_since_completed",
              "Failed checkpoints of the Flink job after its latest completed one (all failed ones "
              "if none completed yet); only for jobs with periodic checkpoints."},
    MetricDoc{"tidewatch_flink_job_state_size_bytes", "Full state size of the latest completed checkpoint "
                                                      "in bytes."},
    MetricDoc{"tidewatch_flink_job_max_backpressure_ratio", "Largest back-pressure ratio (0..1) over the "
                                                            "job's vertices."},
    MetricDoc{"tidewatch_flink_job_max_watermark_lag_seconds", "Largest watermark lag over the job's "
                                                               "vertices in seconds."},
    MetricDoc{"tidewatch_connect_connectors", "Connectors of the Kafka Connect cluster."},
    MetricDoc{"tidewatch_connect_connector_state", "1 for the Kafka Connect connector's current state "
                                                   "(UNASSIGNED, RUNNING, PAUSED, FAILED, RESTARTING, "
                                                   "STOPPED), 0 for the others; absent when unknown."},
    MetricDoc{"tidewatch_connect_task_state", "1 for the Kafka Connect task's current state, 0 for the "
                                              "others; absent when unknown."},
    MetricDoc{"tidewatch_connect_connector_tasks", "Tasks of the Kafka Connect connector."},
    MetricDoc{"tidewatch_connect_connector_tasks_failed", "Tasks of the Kafka Connect connector in state "
                                                          "FAILED."},
    MetricDoc{"tidewatch_business_event_age_seconds", "Seconds since the newest event was read from the "
                                                      "event topics (a silent producer makes it grow)."},
    MetricDoc{"tidewatch_business_watermark_lag_seconds", "Seconds between now and the watermark (the newest "
                                                          "event time seen)."},
    MetricDoc{"tidewatch_business_topic_lag", "Messages of the event topic not read yet by Tidewatch."},
    MetricDoc{"tidewatch_business_events_rejected",
              "Messages of the event topic rejected since the collector "
              "started (not JSON, missing or mistyped fields, ...)."},
    MetricDoc{"tidewatch_business_events_late", "Events of the topic behind the watermark by more than the "
                                                "allowed lateness since the collector started."},
    MetricDoc{"tidewatch_business_events_duplicate", "Events of the topic seen twice since the collector "
                                                     "started."},
    MetricDoc{"tidewatch_business_orders", "Orders tracked now by status (finished ones until their "
                                           "retention ends)."},
    MetricDoc{"tidewatch_business_orders_open", "Orders neither delivered nor cancelled."},
    MetricDoc{"tidewatch_business_orders_per_minute", "Order transitions (created, paid, shipped, cancelled) "
                                                      "in the last closed event-time minute."},
    MetricDoc{"tidewatch_business_revenue_per_minute", "Amount of the orders paid in the last closed "
                                                       "event-time minute, per currency."},
    MetricDoc{"tidewatch_business_order_to_ship_seconds", "Order-to-ship time quantile of the orders shipped "
                                                          "within the window."},
    MetricDoc{"tidewatch_business_orders_overdue", "Open orders past their ship-by time and not shipped."},
    MetricDoc{"tidewatch_business_shipments", "Shipments tracked now by status."},
    MetricDoc{"tidewatch_business_shipments_open", "Shipments neither delivered nor failed."},
    MetricDoc{"tidewatch_business_shipments_late", "Open shipments past their promised delivery."},
    MetricDoc{"tidewatch_business_hub_shipments", "Open shipments whose last event was at the hub (there, "
                                                  "or on their way to it)."},
    MetricDoc{"tidewatch_business_eta_slips", "Shipment ETAs moved later within the first SLA window."},
    MetricDoc{"tidewatch_business_sla_on_time_ratio", "Share of shipments delivered on time within the "
                                                      "window (open ones past their promise count as late); "
                                                      "absent when none is due."},
    MetricDoc{"tidewatch_business_carrier_sla_on_time_ratio", "The on-time share of one carrier."},
    MetricDoc{"tidewatch_business_hub_sla_on_time_ratio", "The on-time share of one hub (where delivered)."},
    MetricDoc{"tidewatch_business_sla_breaches", "Promises broken within the first SLA window: orders not "
                                                 "shipped by their ship-by time, shipments not delivered "
                                                 "by their promise."},
    MetricDoc{"tidewatch_postgres_replication_slot_lag_bytes",
              "Bytes of WAL between the server's current position and what the slot's consumer confirmed."},
    MetricDoc{"tidewatch_postgres_replication_slot_lag_seconds",
              "Seconds since the server's WAL was where the slot's consumer confirmed (a lower bound when "
              "older than the sampled history)."},
    MetricDoc{"tidewatch_postgres_replication_slot_lag_growth_bytes_per_second",
              "Change of the slot's byte lag per second over the last minute (positive: growing)."},
    MetricDoc{"tidewatch_postgres_replication_slot_retained_bytes",
              "Bytes of WAL the server keeps for the slot."},
    MetricDoc{"tidewatch_postgres_replication_slot_active",
              "1 if a consumer is connected to the slot, else 0."},
    MetricDoc{"tidewatch_postgres_wal_bytes_per_second", "WAL written per second over the last minute."},
    MetricDoc{"tidewatch_debezium_behind_source_seconds",
              "Debezium's MilliSecondsBehindSource in seconds: commit time to processing time of the "
              "last event."},
    MetricDoc{"tidewatch_debezium_connected",
              "Debezium's streaming Connected flag: 1 connected to the database."},
    MetricDoc{"tidewatch_debezium_queue_remaining_capacity", "Free places in Debezium's internal queue."},
    MetricDoc{"tidewatch_debezium_snapshot_running", "1 while Debezium takes its initial snapshot."},
    MetricDoc{"tidewatch_pipeline_hop_state",
              "State of a pipeline hop: 0 ok, 1 unknown, 2 warning, 3 paused, 4 failed."},
    MetricDoc{"tidewatch_pipeline_hop_lag_seconds",
              "How far the hop is behind the one before it, in seconds."},
    MetricDoc{"tidewatch_pipeline_hop_lag_messages", "How far the hop is behind its topic, in messages."},
    MetricDoc{"tidewatch_pipeline_hop_lag_bytes", "How far the hop is behind the database, in bytes of WAL."},
    MetricDoc{"tidewatch_pipeline_end_to_end_lag_seconds",
              "Sum of the pipeline's hop lags in seconds (a lower bound when a hop's lag is unknown)."},
    MetricDoc{"tidewatch_pipeline_end_to_end_lag_is_lower_bound",
              "1 when the end-to-end lag is a lower bound (a hop's lag unknown or itself a lower bound)."},
};

/// Collects samples of one cluster, adding the cluster label and keeping labels sorted.
class SampleList
{
public:
    explicit SampleList(const QString &cluster)
        : m_cluster(cluster)
    {}

    void add(const char *name, double value, Labels labels = {})
    {
        labels.append({QStringLiteral("cluster"), m_cluster});
        std::sort(labels.begin(), labels.end(),
                  [](const auto &a, const auto &b) { return a.first < b.first; });
        m_samples.append(MetricSample{QLatin1String(name), labels, value});
    }

    /// Adds the sample only if @p value is known (not negative).
    void addKnown(const char *name, double value, const Labels &labels = {})
    {
        if (value >= 0)
            add(name, value, labels);
    }

    QList<MetricSample> samples() const { return m_samples; }

private:
    QString m_cluster;
    QList<MetricSample> m_samples;
};

void addSourceMetrics(SampleList &out, const SourceStatus &status, const QString &source,
                      const QDateTime &now)
{
    const Labels labels{{QStringLiteral("source"), source}};
    out.add("tidewatch_source_up", status.reachable ? 1 : 0, labels);
    if (status.lastSuccessAt.isValid()) // a clock step backwards must not make the age unknown
        out.add("tidewatch_source_data_age_seconds", std::max<qint64>(0, status.dataAgeMs(now)) / 1000.0,
                labels);
}

// Jobs that ended on purpose would otherwise report "not running" until Flink forgets them (1 h).
bool endedOnPurpose(const FlinkJobInfo &job)
{
    return job.state == QLatin1String("FINISHED") || job.state == QLatin1String("CANCELED");
}

void addJobMetrics(SampleList &out, const FlinkJobInfo &job, const FlinkJobDetails *details,
                   const QDateTime &now)
{
    const Labels labels{{QStringLiteral("job"), job.name}, {QStringLiteral("job_id"), job.id}};
    out.add("tidewatch_flink_job_running", job.state == QLatin1String("RUNNING") ? 1 : 0, labels);
    if (!details)
        return;
    out.addKnown("tidewatch_flink_job_restarts", double(details->restarts), labels);

    const FlinkCheckpointStats &cp = details->checkpoints;
    if (cp.checkpointing == FlinkCheckpointing::Enabled && cp.latestCompleted &&
        cp.latestCompleted->latestAckTimestampMs >= 0) {
        // JobManager clock against ours: a small skew must not turn a fresh checkpoint into "unknown".
        const qint64 ageMs = now.toMSecsSinceEpoch() - cp.latestCompleted->latestAckTimestampMs;
        out.add("tidewatch_flink_job_last_checkpoint_age_seconds", std::max<qint64>(0, ageMs) / 1000.0,
                labels);
    }
    out.addKnown("tidewatch_flink_job_checkpoints_failed", double(cp.failed), labels);
    // Unlike the checkpoint age, this exists before the first checkpoint completes: a job whose
    // every checkpoint fails must be visible too.
    if (cp.checkpointing == FlinkCheckpointing::Enabled)
        out.addKnown("tidewatch_flink_job_checkpoints_failed_since_completed",
                     double(cp.failedSinceLastCompleted), labels);
    if (cp.latestCompleted)
        out.addKnown("tidewatch_flink_job_state_size_bytes", double(cp.latestCompleted->stateSizeBytes),
                     labels);

    double maxBackpressure = -1;
    std::optional<qint64> maxWatermarkLagMs;
    for (const FlinkVertexInfo &v : details->vertices) {
        maxBackpressure = std::max(maxBackpressure, v.backpressureRatio);
        if (v.watermarkState == FlinkWatermarkState::Ok && v.watermarkLagMs)
            maxWatermarkLagMs = std::max(maxWatermarkLagMs.value_or(*v.watermarkLagMs), *v.watermarkLagMs);
    }
    out.addKnown("tidewatch_flink_job_max_backpressure_ratio", maxBackpressure, labels);
    // Negative lags (event times ahead of the JobManager clock) are real values, not "unknown".
    if (maxWatermarkLagMs)
        out.add("tidewatch_flink_job_max_watermark_lag_seconds", *maxWatermarkLagMs / 1000.0, labels);
}

} // namespace

QString MetricSample::label(const QString &labelName) const
{
    for (const auto &[name, value] : labels) {
        if (name == labelName)
            return value;
    }
    return {};
}

int lagStatusValue(LagStatus status)
{
    // Burrow's numbering; a group's STOP, STALL or REWIND is Burrow's ERR.
    if (isLagError(status))
        return 3;
    return status == LagStatus::Warn ? 2 : status == LagStatus::Ok ? 1 : 0;
}

QString formatMetricValue(const QString &name, double value)
{
    // In words, as the tables say it (#18): "stuck", "down", not Burrow's code or "no".
    if (name == QLatin1String("tidewatch_kafka_consumergroup_status")) {
        const int code = int(value);
        if (code >= int(LagStatus::NotFound) && code <= int(LagStatus::Err) && double(code) == value)
            return lagStatusText(LagStatus(code));
    }
    if (name.endsWith(QLatin1String("_ratio")))
        return QCoreApplication::translate("SnapshotMetrics", "%1 %")
            .arg(value * 100.0, 0, 'f', value >= 0.1 ? 0 : 1);
    if (name.endsWith(QLatin1String("_seconds")))
        return Format::duration(qint64(std::llround(value * 1000.0)));
    if (name.endsWith(QLatin1String("_bytes")))
        return Format::bytes(value);
    if (name.endsWith(QLatin1String("_up")))
        return value != 0 ? QCoreApplication::translate("SnapshotMetrics", "up")
                          : QCoreApplication::translate("SnapshotMetrics", "down");
    if (name.endsWith(QLatin1String("_present")))
        return value != 0 ? QCoreApplication::translate("SnapshotMetrics", "present")
                          : QCoreApplication::translate("SnapshotMetrics", "missing");
    if (name.endsWith(QLatin1String("_running")))
        return value != 0 ? QCoreApplication::translate("SnapshotMetrics", "running")
                          : QCoreApplication::translate("SnapshotMetrics", "not running");
    return Format::count(value);
}

QList<MetricSample> kafkaMetricSamples(const KafkaSnapshot &s, const QDateTime &now)
{
    SampleList out(s.clusterName);
    addSourceMetrics(out, s.status, QStringLiteral("kafka"), now);
    if (!s.status.reachable)
        return out.samples();

    const int brokersUp = s.reachableBrokerCount();
    out.add("tidewatch_kafka_brokers", double(s.brokers.size()));
    out.add("tidewatch_kafka_brokers_up", double(brokersUp));
    for (const BrokerInfo &b : s.brokers) {
        const Labels labels{{QStringLiteral("broker"), QString::number(b.id)}};
        out.add("tidewatch_kafka_broker_up", b.reachable ? 1 : 0, labels);
        out.addKnown("tidewatch_kafka_broker_rtt_seconds", b.rttMs < 0 ? -1 : b.rttMs / 1000.0, labels);
        out.add("tidewatch_kafka_broker_partitions_led", b.partitionsLed, labels);
        out.add("tidewatch_kafka_broker_replicas", b.replicaCount, labels);
    }
    // Only what the broker metrics establish: an unknown controller is no series, not "absent".
    if (s.controllerId >= 0)
        out.add("tidewatch_kafka_controller_present", 1);
    else if (s.controllerSource == QLatin1String("raft-no-leader"))
        out.add("tidewatch_kafka_controller_present", 0);
    out.add("tidewatch_kafka_under_replicated_partitions", s.underReplicatedCount());
    out.add("tidewatch_kafka_offline_partitions", s.offlineCount());
    out.add("tidewatch_kafka_under_min_isr_partitions", s.underMinIsrCount());
    int notPreferred = 0;
    int led = 0;
    for (const TopicInfo &t : s.topics) {
        notPreferred += t.notOnPreferredLeaderCount();
        led += int(t.partitions.size()) - t.offlineCount();
        // One series per topic whose spread is known (traffic on two or more partitions), not per
        // partition: enough to alert on a hot partition without a series per partition.
        const Labels labels{{QStringLiteral("topic"), t.name}};
        out.addKnown("tidewatch_kafka_topic_messages_skew", t.messagesSkew, labels);
        out.addKnown("tidewatch_kafka_topic_bytes_skew", t.bytesSkew, labels);
    }
    out.add("tidewatch_kafka_partitions_not_preferred_leader", notPreferred);
    // Kafka's own rebalance (auto.leader.rebalance.enable) acts on a broker above 10 % of its
    // partitions off their preferred leader: a share is what a rule can compare with that.
    if (led > 0)
        out.add("tidewatch_kafka_partitions_not_preferred_leader_ratio", double(notPreferred) / led);
    out.addKnown("tidewatch_kafka_leader_skew", s.leaderSkew);
    out.addKnown("tidewatch_kafka_replica_skew", s.replicaSkew);

    for (const ConsumerGroupInfo &g : s.groups) {
        const Labels labels{{QStringLiteral("consumergroup"), g.groupId}};
        // Offset figures this cycle could not read are unknown now, not values to alert on.
        const bool offsetsKnown = !g.offsetsFailed;
        if (offsetsKnown) {
            out.addKnown("tidewatch_kafka_consumergroup_lag", double(g.totalLag), labels);
            out.addKnown("tidewatch_kafka_consumergroup_max_lag", double(g.maxLag), labels);
            out.addKnown("tidewatch_kafka_consumergroup_max_time_lag_seconds", g.maxTimeLagSeconds, labels);
        }
        out.add("tidewatch_kafka_consumergroup_members", double(g.members.size()), labels);
        if (offsetsKnown) {
            out.add("tidewatch_kafka_consumergroup_status", lagStatusValue(g.status), labels);
            out.add("tidewatch_kafka_consumergroup_data_lost_partitions", g.dataLostPartitions, labels);
            out.addKnown("tidewatch_kafka_consumergroup_retention_eta_seconds", g.minRetentionEtaSeconds,
                         labels);
            out.add("tidewatch_kafka_consumergroup_hanging_transactions", g.hangingTransactions, labels);
            for (const GroupTopicLag &t : g.topics) {
                Labels topicLabels = labels;
                topicLabels.append({QStringLiteral("topic"), t.topic});
                out.addKnown("tidewatch_kafka_consumergroup_topic_lag", double(t.totalLag), topicLabels);
            }
        }
    }
    out.add("tidewatch_kafka_hanging_transactions", s.hangingTransactionCount());
    for (const TopicInfo &t : s.topics) {
        const Labels topic{{QStringLiteral("topic"), t.name}};
        if (t.logSizeBytes >= 0 && t.retentionBudgetBytes > 0)
            out.add("tidewatch_kafka_topic_retention_budget_ratio", t.logSizeBytes / t.retentionBudgetBytes,
                    topic);
        for (const PartitionInfo &p : t.partitions) {
            if (p.openTransactionSeconds < 0)
                continue;
            out.add("tidewatch_kafka_partition_open_transaction_seconds", p.openTransactionSeconds,
                    {{QStringLiteral("topic"), t.name},
                     {QStringLiteral("partition"), QString::number(p.partition)}});
        }
    }
    return out.samples();
}

QList<MetricSample> flinkMetricSamples(const FlinkSnapshot &s, const QDateTime &now)
{
    SampleList out(s.clusterName);
    addSourceMetrics(out, s.status, QStringLiteral("flink"), now);
    if (!s.status.reachable)
        return out.samples();

    out.addKnown("tidewatch_flink_taskmanagers", double(s.taskManagers));
    out.addKnown("tidewatch_flink_slots_available", double(s.slotsAvailable));
    for (const FlinkJobInfo &job : s.jobs) {
        if (!endedOnPurpose(job))
            addJobMetrics(out, job, s.details(job.id), now);
    }
    return out.samples();
}

namespace {

void addStateOneHot(SampleList &out, const char *name, ConnectState state, const Labels &labels)
{
    if (state == ConnectState::Unknown)
        return; // unknown is no state at all, not 0 for every state
    for (const ConnectState candidate : knownConnectStates()) {
        Labels withState = labels;
        withState.append({QStringLiteral("state"), connectStateName(candidate)});
        out.add(name, candidate == state ? 1 : 0, withState);
    }
}

} // namespace

QList<MetricSample> connectMetricSamples(const ConnectSnapshot &s, const QDateTime &now)
{
    SampleList out(s.clusterName);
    // A profile may have several Connect clusters: the `connect` label (the REST URL) tells them apart.
    const Labels cluster{{QStringLiteral("connect"), s.restUrl}};
    Labels source = cluster;
    source.append({QStringLiteral("source"), QStringLiteral("connect")});
    out.add("tidewatch_source_up", s.status.reachable ? 1 : 0, source);
    if (s.status.lastSuccessAt.isValid())
        out.add("tidewatch_source_data_age_seconds", std::max<qint64>(0, s.status.dataAgeMs(now)) / 1000.0,
                source);
    if (!s.status.reachable)
        return out.samples();
    out.add("tidewatch_connect_connectors", double(s.connectors.size()), cluster);
    for (const ConnectConnectorInfo &c : s.connectors) {
        Labels connector = cluster;
        connector.append({QStringLiteral("connector"), c.name});
        Labels typed = connector;
        typed.append({QStringLiteral("type"), connectorTypeName(c.type)});
        addStateOneHot(out, "tidewatch_connect_connector_state", c.state, typed);
        out.add("tidewatch_connect_connector_tasks", double(c.tasks.size()), connector);
        out.add("tidewatch_connect_connector_tasks_failed", double(c.tasksIn(ConnectState::Failed)),
                connector);
        for (const ConnectTaskInfo &t : c.tasks) {
            if (t.id < 0)
                continue; // a task without a usable id cannot be told apart from its siblings
            Labels task = connector;
            task.append({QStringLiteral("task"), QString::number(t.id)});
            addStateOneHot(out, "tidewatch_connect_task_state", t.state, task);
        }
    }
    return out.samples();
}

namespace {

/// "15m", "1h", "90s": the window label of the business metrics.
QString windowLabel(qint64 ms)
{
    if (ms % 3600000 == 0)
        return QString::number(ms / 3600000) + u'h';
    if (ms % 60000 == 0)
        return QString::number(ms / 60000) + u'm';
    return QString::number(ms / 1000) + u's';
}

void addSlaShares(SampleList &out, const char *name, const char *keyLabel, const QList<SlaShare> &shares)
{
    for (const SlaShare &share : shares) {
        if (share.total <= 0)
            continue; // nothing due: unknown, not 0 % and not 100 %
        Labels labels{{QStringLiteral("window"), windowLabel(share.windowMs)}};
        if (keyLabel)
            labels.append({QLatin1String(keyLabel), share.key});
        out.add(name, share.ratio(), labels);
    }
}

} // namespace

QList<MetricSample> businessMetricSamples(const BusinessSnapshot &s, const QDateTime &now)
{
    SampleList out(s.clusterName);
    addSourceMetrics(out, s.status, QStringLiteral("events"), now);
    if (!s.status.reachable)
        return out.samples();
    for (const EventTopicStatus &t : s.topics) {
        const Labels labels{{QStringLiteral("topic"), t.topic}};
        out.addKnown("tidewatch_business_topic_lag", double(t.lag), labels);
        out.add("tidewatch_business_events_rejected", double(t.rejected), labels);
        out.add("tidewatch_business_events_late", double(t.late), labels);
        out.add("tidewatch_business_events_duplicate", double(t.duplicates), labels);
    }
    if (!s.hasData())
        return out.samples(); // no event yet: every figure below is unknown, not 0
    out.add("tidewatch_business_event_age_seconds", std::max<qint64>(0, s.eventAgeMs(now)) / 1000.0);
    out.add("tidewatch_business_watermark_lag_seconds",
            std::max<qint64>(0, now.toMSecsSinceEpoch() - s.watermarkMs) / 1000.0);

    for (const auto &[status, count] : s.ordersByStatus)
        out.add("tidewatch_business_orders", double(count), {{QStringLiteral("status"), status}});
    out.add("tidewatch_business_orders_open", double(s.openOrders));
    if (const MinuteCounts *m = s.lastClosedMinute()) {
        const std::pair<const char *, qint64> transitions[] = {
            {"created", m->created}, {"paid", m->paid}, {"shipped", m->shipped}, {"cancelled", m->cancelled}};
        for (const auto &[transition, count] : transitions)
            out.add("tidewatch_business_orders_per_minute", double(count),
                    {{QStringLiteral("transition"), QLatin1String(transition)}});
        for (const auto &[currency, amount] : m->revenue)
            out.add("tidewatch_business_revenue_per_minute", amount,
                    {{QStringLiteral("currency"), currency}});
    }
    for (const ShipTimeQuantiles &q : s.orderToShip) {
        const QString window = windowLabel(q.windowMs);
        if (q.count == 0)
            continue;
        out.add("tidewatch_business_order_to_ship_seconds", q.p50Ms / 1000.0,
                {{QStringLiteral("quantile"), QStringLiteral("0.5")}, {QStringLiteral("window"), window}});
        out.add("tidewatch_business_order_to_ship_seconds", q.p95Ms / 1000.0,
                {{QStringLiteral("quantile"), QStringLiteral("0.95")}, {QStringLiteral("window"), window}});
    }
    out.add("tidewatch_business_orders_overdue", double(s.overdueOrderCount));

    for (const auto &[status, count] : s.shipmentsByStatus)
        out.add("tidewatch_business_shipments", double(count), {{QStringLiteral("status"), status}});
    out.add("tidewatch_business_shipments_open", double(s.openShipments));
    out.add("tidewatch_business_shipments_late", double(s.lateShipmentCount));
    for (const HubState &h : s.hubs)
        out.add("tidewatch_business_hub_shipments", double(h.atHub + h.inTransitTo),
                {{QStringLiteral("hub"), h.code}});
    out.add("tidewatch_business_eta_slips", double(s.etaSlipCount));
    addSlaShares(out, "tidewatch_business_sla_on_time_ratio", nullptr, s.sla);
    addSlaShares(out, "tidewatch_business_carrier_sla_on_time_ratio", "carrier", s.slaByCarrier);
    addSlaShares(out, "tidewatch_business_hub_sla_on_time_ratio", "hub", s.slaByHub);
    out.add("tidewatch_business_sla_breaches", double(s.breachCount));
    return out.samples();
}

QStringList metricNames()
{
    QStringList names;
    names.reserve(qsizetype(kMetrics.size()));
    for (const MetricDoc &m : kMetrics)
        names.append(QLatin1String(m.name));
    return names;
}

QString metricHelp(const QString &name)
{
    for (const MetricDoc &m : kMetrics) {
        if (name == QLatin1String(m.name))
            return QLatin1String(m.help);
    }
    return {};
}

} // namespace Tidewatch
