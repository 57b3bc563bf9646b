#pragma once

#include "KafkaSnapshot.h"
#include "SnapshotMetrics.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Tidewatch {

/// The samples of one Kafka snapshot under kafka_exporter's de-facto names (kafka_consumergroup_lag,
/// kafka_topic_partition_current_offset, ...), so that dashboards and rules written for kafka_exporter
/// work on Tidewatch's exporter unchanged. Per partition, each with the label "cluster" added; labels
/// sorted by name as in SnapshotMetrics. Unknown values are left out (never 0), and an unreachable
/// snapshot yields nothing: its offsets are not current. See docs/METRICS.md.
QList<MetricSample> kafkaPartitionSamples(const KafkaSnapshot &s);

/// Every name kafkaPartitionSamples() can emit, in documentation order.
QStringList kafkaExporterMetricNames();

/// The HELP line of a kafka_exporter-style metric @p name, empty if unknown.
QString kafkaExporterMetricHelp(const QString &name);

} // namespace Tidewatch
