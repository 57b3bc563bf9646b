#pragma once

#include "AlertEvaluator.h"
#include "SnapshotMetrics.h"
#include "SourceStatus.h"

#include <prometheus/metric_family.h>

#include <QList>
#include <QString>

#include <memory>
#include <string>
#include <vector>

namespace Tidewatch {

/// What the exporter keeps of one source (the Kafka, Flink or event-topic collector of one cluster):
/// its status and its value series, already in prometheus-cpp's types so that a scrape (on a CivetWeb
/// thread) only copies and merges. Immutable once built; shared between the Qt thread and scrapes.
struct ExportedSource
{
    std::string cluster;
    std::string source;        ///< "kafka", "flink" or "events", as in tidewatch_source_up
    bool up = false;           ///< the snapshot's last cycle reached the source
    qint64 lastSuccessMs = -1; ///< when data was last collected successfully; -1: never
    /// Data older than this (now - lastSuccessMs) is stale: its value series leave the exposition and
    /// the source reports up 0. 0: never stale by age (tests).
    qint64 staleAfterMs = 0;
    std::vector<prometheus::MetricFamily> families; ///< value series, one family per name, by name
};

/// Builds the exported form of one source from its @p status and @p samples (SnapshotMetrics and
/// kafkaPartitionSamples() output; the tidewatch_source_* samples among them are ignored, since a
/// scrape recomputes them). Every family is a gauge with its documented HELP line.
std::shared_ptr<const ExportedSource> exportedSource(const QString &cluster, const QString &source,
                                                     const SourceStatus &status,
                                                     const QList<MetricSample> &samples, qint64 staleAfterMs);

/// The alert state as Prometheus writes its synthetic series, under Tidewatch's prefix:
/// tidewatch_alerts{alertname, alertstate="pending|firing", <labels>} 1 and
/// tidewatch_alerts_for_state{alertname, <labels>} <active since, Unix seconds>.
std::vector<prometheus::MetricFamily> alertFamilies(const QList<ActiveAlert> &alerts);

/// The families of one scrape at @p nowMs: tidewatch_source_up and tidewatch_source_data_age_seconds
/// of every source, the value series of the sources that are up and not stale (merged by name over
/// clusters), then @p alerts. Pure.
std::vector<prometheus::MetricFamily>
exposition(const std::vector<std::shared_ptr<const ExportedSource>> &sources,
           const std::vector<prometheus::MetricFamily> &alerts, qint64 nowMs);

/// Whether @p source's values are current at @p nowMs (up, collected once, not older than its stale
/// period).
bool isCurrent(const ExportedSource &source, qint64 nowMs);

/// HELP text made safe for prometheus-cpp 1.0.1, which writes it unescaped: '\' and newlines escaped.
std::string helpText(const QString &help);

} // namespace Tidewatch
