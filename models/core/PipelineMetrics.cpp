#include "SnapshotMetrics.h"

#include <algorithm>

namespace Tidewatch {

namespace {

using Labels = QList<QPair<QString, QString>>;

void add(QList<MetricSample> &out, const QString &cluster, const char *name, double value, Labels labels)
{
    labels.append({QStringLiteral("cluster"), cluster});
    std::sort(labels.begin(), labels.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    out.append(MetricSample{QLatin1String(name), labels, value});
}

} // namespace

QList<MetricSample> postgresMetricSamples(const PostgresSnapshot &s, const QDateTime &now)
{
    QList<MetricSample> out;
    Labels source{{QStringLiteral("source"), QStringLiteral("postgres")}};
    add(out, s.clusterName, "tidewatch_source_up", s.status.reachable ? 1 : 0, source);
    if (s.status.lastSuccessAt.isValid())
        add(out, s.clusterName, "tidewatch_source_data_age_seconds",
            std::max<qint64>(0, s.status.dataAgeMs(now)) / 1000.0, source);
    if (!s.status.reachable)
        return out; // the rest is the last good data, not current
    if (s.walBytesPerSecond >= 0)
        add(out, s.clusterName, "tidewatch_postgres_wal_bytes_per_second", s.walBytesPerSecond, {});
    for (const ReplicationSlotInfo &slot : s.replicationSlots) {
        const Labels labels{{QStringLiteral("slot"), slot.name}};
        add(out, s.clusterName, "tidewatch_postgres_replication_slot_active", slot.active ? 1 : 0, labels);
        if (slot.lagBytes >= 0)
            add(out, s.clusterName, "tidewatch_postgres_replication_slot_lag_bytes", double(slot.lagBytes),
                labels);
        if (slot.lagSeconds >= 0)
            add(out, s.clusterName, "tidewatch_postgres_replication_slot_lag_seconds", slot.lagSeconds,
                labels);
        if (slot.hasLagGrowth)
            add(out, s.clusterName, "tidewatch_postgres_replication_slot_lag_growth_bytes_per_second",
                slot.lagGrowthBytesPerSecond, labels);
        if (slot.retainedBytes >= 0)
            add(out, s.clusterName, "tidewatch_postgres_replication_slot_retained_bytes",
                double(slot.retainedBytes), labels);
    }
    for (const DebeziumMetrics &d : s.debezium) {
        const Labels labels{{QStringLiteral("server"), d.server}};
        if (d.milliSecondsBehindSource >= 0)
            add(out, s.clusterName, "tidewatch_debezium_behind_source_seconds",
                d.milliSecondsBehindSource / 1000.0, labels);
        if (d.connected >= 0)
            add(out, s.clusterName, "tidewatch_debezium_connected", d.connected, labels);
        if (d.queueRemainingCapacity >= 0)
            add(out, s.clusterName, "tidewatch_debezium_queue_remaining_capacity", d.queueRemainingCapacity,
                labels);
        if (d.snapshotRunning >= 0)
            add(out, s.clusterName, "tidewatch_debezium_snapshot_running", d.snapshotRunning, labels);
    }
    return out;
}

QList<MetricSample> pipelineMetricSamples(const PipelineSnapshot &s, const QDateTime &now)
{
    Q_UNUSED(now)
    QList<MetricSample> out;
    for (const Pipeline &p : s.pipelines) {
        for (const PipelineHop &h : p.hops) {
            const Labels labels{
                {QStringLiteral("pipeline"), p.name},
                {QStringLiteral("hop"), pipelineHopKindName(h.kind) + QLatin1Char(':') + h.id}};
            add(out, s.clusterName, "tidewatch_pipeline_hop_state", double(int(h.state)), labels);
            if (h.lagSeconds >= 0)
                add(out, s.clusterName, "tidewatch_pipeline_hop_lag_seconds", h.lagSeconds, labels);
            if (h.lagMessages >= 0)
                add(out, s.clusterName, "tidewatch_pipeline_hop_lag_messages", double(h.lagMessages), labels);
            if (h.lagBytes >= 0)
                add(out, s.clusterName, "tidewatch_pipeline_hop_lag_bytes", double(h.lagBytes), labels);
        }
        if (p.endToEndLagSeconds >= 0) {
            const Labels labels{{QStringLiteral("pipeline"), p.name}};
            add(out, s.clusterName, "tidewatch_pipeline_end_to_end_lag_seconds", p.endToEndLagSeconds,
                labels);
            add(out, s.clusterName, "tidewatch_pipeline_end_to_end_lag_is_lower_bound",
                p.endToEndIsLowerBound ? 1 : 0, labels);
        }
    }
    return out;
}

} // namespace Tidewatch
