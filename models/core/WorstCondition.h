#pragma once

#include "ClusterHealth.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Tidewatch {

/// How bad things are, in rising order: what the wall banner's colour says.
enum class ConditionSeverity
{
    Ok,       ///< every source live, nothing wrong
    Muted,    ///< nothing wrong but firing alerts that a silence mutes (grey)
    Unknown,  ///< no source configured, or a source still waiting for its first data (grey)
    Warning,  ///< amber: degraded, nobody has lost data yet
    Critical, ///< red: something is down, lost or firing at critical severity
};

/// A firing alert as the banner lists it (the window formats @p text; the alert library is not
/// a dependency of this one).
struct ConditionAlert
{
    QString cluster;  ///< the alert's cluster label
    QString severity; ///< "critical", "warning" or "info"
    QString text;     ///< one line: rule, severity, summary, acknowledgement
    bool silenced = false;
};

/// A source other than Kafka and Flink (the event topics) whose freshness counts too.
struct ConditionSource
{
    QString cluster;
    QString name; ///< "event topics"
    Freshness freshness = Freshness::NotConfigured;
    qint64 ageMs = -1;
};

/// One reason for the banner's colour.
struct ConditionCause
{
    ConditionSeverity severity = ConditionSeverity::Ok;
    QString cluster;
    QString text; ///< "broker 2 down", "21 under-replicated"

    friend bool operator==(const ConditionCause &, const ConditionCause &) = default;
};

/// The worst current condition over every monitored cluster: what the wall banner shows. Pure:
/// computed from the clusters' health summaries and the firing alerts, no widget involved.
struct WorstCondition
{
    ConditionSeverity severity = ConditionSeverity::Unknown;
    QList<ConditionCause> causes; ///< the most severe first, then in the clusters' order
    QStringList alertLines;       ///< firing alerts: critical first, then warning, info, silenced
    int sourcesConfigured = 0;    ///< Kafka, Flink and other sources of every cluster
    int sourcesLive = 0;
    qint64 oldestLiveAgeMs = -1; ///< the oldest data of the live sources; -1: none live

    /// The banner's headline: the first @p maxCauses causes, grouped by cluster ("demo: broker 2
    /// down · 21 under-replicated · 3 group(s) in error"), then "+N more"; "All clear" when none.
    QString causeText(int maxCauses = 4) const;
    /// The small line under it: "all sources live, updated 2 s ago" or "2 of 3 sources live …".
    QString freshnessText() const;
    /// "critical", "warning", "ok", "muted" or "unknown" (for tests, logs and accessibility).
    static QString severityName(ConditionSeverity severity);
};

/// Summarises @p clusters (from summarizeCluster(), in display order), the firing @p alerts and the
/// @p otherSources. Stale data is a warning, an unreachable source critical, a source still waiting
/// unknown; pending alerts are not counted (they are not news yet); an info alert is listed but does
/// not colour the banner.
WorstCondition worstCondition(const QList<ClusterHealth> &clusters, const QList<ConditionAlert> &alerts,
                              const QList<ConditionSource> &otherSources = {});

} // namespace Tidewatch
