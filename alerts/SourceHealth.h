#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace Tidewatch {

/// How one collector of one cluster is doing, as the alert evaluation needs to know it: a rule over
/// a source that is unreachable or whose data is stale has no data for that cluster, and its alerts
/// there are neither evaluated nor resolved ("no data", docs/ALERTS.md).
struct SourceHealth
{
    QString cluster;
    QString source;            ///< "kafka", "flink" or "events" (see metricSource())
    bool reachable = false;    ///< the last collection cycle reached the source
    qint64 lastSuccessMs = -1; ///< when data was last collected (ms since the epoch); -1: never
    qint64 staleAfterMs = 0;   ///< data older than this is stale; 0: never stale by age
    bool started = true;       ///< false: the collector has not finished its first cycle yet
    /// Labels that narrow the entry to some series of the source, e.g. {consumergroup: X} when that
    /// group's offsets could not be read this cycle; empty: every series of the source in the cluster.
    QList<QPair<QString, QString>> scope = {};

    /// Whether the source's data can be evaluated at @p nowMs: reachable and not stale.
    bool isLive(qint64 nowMs) const;
    /// Why it is not live at @p nowMs: "starting" (no cycle finished yet), "unreachable", "stale",
    /// or "" when live.
    QString reason(qint64 nowMs) const;
    /// Whether a series with @p labels (which carry "cluster") is one this entry speaks for: its cluster
    /// is this entry's and it has every label of the scope.
    bool covers(const QList<QPair<QString, QString>> &labels) const;

    friend bool operator==(const SourceHealth &, const SourceHealth &) = default;
};

/// The source whose collector delivers metric @p metricName: "kafka" for tidewatch_kafka_*, "flink"
/// for tidewatch_flink_*, "events" for tidewatch_business_* (the event-topic collector), and an empty
/// string for tidewatch_source_* (about the collectors themselves, always evaluated) and unknown names.
QString metricSource(const QString &metricName);

} // namespace Tidewatch
