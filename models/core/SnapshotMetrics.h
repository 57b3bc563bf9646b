#pragma once

#include "BusinessSnapshot.h"
#include "ConnectSnapshot.h"
#include "FlinkSnapshot.h"
#include "KafkaSnapshot.h"
#include "PipelineSnapshot.h"
#include "PostgresSnapshot.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Tidewatch {

/// One gauge sample in the Prometheus data model. This is the contract alert rules (and the exporter)
/// are written against: metric names and labels are stable and documented in docs/METRICS.md.
struct MetricSample
{
    QString name;                          ///< a valid Prometheus metric name, one of metricNames()
    QList<QPair<QString, QString>> labels; ///< sorted by label name; always has "cluster"
    double value = 0;

    /// The value of label @p labelName, or an empty string when the sample has no such label
    /// (PromQL treats a missing label as an empty one).
    QString label(const QString &labelName) const;

    friend bool operator==(const MetricSample &, const MetricSample &) = default;
};

/// The samples of one Kafka snapshot at @p now. Unknown values are left out rather than emitted as -1,
/// and so are a group's offset figures when its offsets failed this cycle (ConsumerGroupInfo::offsetsFailed).
/// An unreachable snapshot yields only the source metrics: the rest of it is not current.
QList<MetricSample> kafkaMetricSamples(const KafkaSnapshot &s, const QDateTime &now);

/// The samples of one Flink snapshot at @p now; same rules as kafkaMetricSamples().
QList<MetricSample> flinkMetricSamples(const FlinkSnapshot &s, const QDateTime &now);

/// The samples of one Kafka Connect snapshot at @p now (source "connect", label `connect` = its REST
/// URL): connector and task states one-hot, task counts; only the source metrics when unreachable.
QList<MetricSample> connectMetricSamples(const ConnectSnapshot &s, const QDateTime &now);

/// The samples of one business snapshot at @p now (source "events"): per-topic counters always,
/// the order / shipment / SLA figures once an event was read; SLA shares only where something was due.
QList<MetricSample> businessMetricSamples(const BusinessSnapshot &s, const QDateTime &now);

/// The samples of one PostgreSQL snapshot (source "postgres"): per replication slot, and Debezium's
/// own figures per server where they are scraped.
QList<MetricSample> postgresMetricSamples(const PostgresSnapshot &s, const QDateTime &now);

/// The samples of a cluster's pipelines: per hop (label hop = "kind:id") its state and known lags,
/// per pipeline the end-to-end lag where any hop knows one.
QList<MetricSample> pipelineMetricSamples(const PipelineSnapshot &s, const QDateTime &now);

/// Every metric name the functions above can emit, in documentation order.
QStringList metricNames();

/// A one-line English help text for metric @p name (the exporter's HELP line), empty if unknown.
QString metricHelp(const QString &name);

/// @p value of metric @p name as an operator reads it: "ERR" for a group status, "100 %" for a ratio,
/// "5 m 2 s" for seconds, "1.5 MiB" for bytes, "yes"/"no" for a boolean, a count otherwise (translated).
QString formatMetricValue(const QString &name, double value);

/// The numeric value of a Burrow status in tidewatch_kafka_consumergroup_status: Burrow's own numbering
/// (NOTFOUND 0, OK 1, WARN 2, ERR 3, STOP 4, STALL 5, REWIND 6; a group is only ever 0..3).
int lagStatusValue(LagStatus status);

} // namespace Tidewatch
