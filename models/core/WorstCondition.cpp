#include "WorstCondition.h"

#include "Format.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace Tidewatch {

namespace {

struct WorstConditionText
{
    Q_DECLARE_TR_FUNCTIONS(WorstCondition)
};

ConditionSeverity alertSeverity(const ConditionAlert &alert)
{
    if (alert.silenced)
        return ConditionSeverity::Muted;
    if (alert.severity == QLatin1String("critical"))
        return ConditionSeverity::Critical;
    if (alert.severity == QLatin1String("warning"))
        return ConditionSeverity::Warning;
    return ConditionSeverity::Ok; // info: listed, not alarming
}

/// Collects the causes of one cluster, in the order they read best within a severity.
class CauseList
{
public:
    explicit CauseList(QList<ConditionCause> &out, QString cluster)
        : m_out(out)
        , m_cluster(std::move(cluster))
    {}
    void add(bool when, ConditionSeverity severity, const QString &text)
    {
        if (when)
            m_out.append(ConditionCause{severity, m_cluster, text});
    }

private:
    QList<ConditionCause> &m_out;
    QString m_cluster;
};

/// Counts @p f into the freshness figures and adds a cause when it is not live.
void addSource(WorstCondition &w, CauseList &causes, const QString &source, Freshness f, qint64 ageMs)
{
    switch (f) {
    case Freshness::NotConfigured:
        return;
    case Freshness::Waiting:
        causes.add(true, ConditionSeverity::Unknown,
                   WorstConditionText::tr("waiting for %1 data").arg(source));
        break;
    case Freshness::Live:
        ++w.sourcesLive;
        w.oldestLiveAgeMs = std::max(w.oldestLiveAgeMs, ageMs);
        break;
    case Freshness::Stale:
        causes.add(true, ConditionSeverity::Warning,
                   WorstConditionText::tr("%1 stale, last data %2").arg(source, Format::age(ageMs)));
        break;
    case Freshness::Unreachable:
        causes.add(true, ConditionSeverity::Critical,
                   WorstConditionText::tr("%1 unreachable, last data %2").arg(source, Format::age(ageMs)));
        break;
    }
    ++w.sourcesConfigured;
}

QString brokersDownText(const QList<int> &ids)
{
    QStringList names;
    for (int id : ids)
        names << QString::number(id);
    // A list of ids, not a count: two strings rather than a numerus form.
    return ids.size() == 1 ? WorstConditionText::tr("broker %1 down").arg(names.constFirst())
                           : WorstConditionText::tr("brokers %1 down").arg(names.join(QStringLiteral(", ")));
}

} // namespace

WorstCondition worstCondition(const QList<ClusterHealth> &clusters, const QList<ConditionAlert> &alerts,
                              const QList<ConditionSource> &otherSources)
{
    WorstCondition w;
    using S = ConditionSeverity;
    for (const ClusterHealth &h : clusters) {
        CauseList c(w.causes, h.name);
        addSource(w, c, WorstConditionText::tr("Kafka"), h.kafka, h.kafkaAgeMs);
        addSource(w, c, WorstConditionText::tr("Flink"), h.flink, h.flinkAgeMs);
        for (const ConditionSource &s : otherSources) {
            if (s.cluster == h.name)
                addSource(w, c, s.name, s.freshness, s.ageMs);
        }
        // The figures are zero for a source that is not reachable: no stale conditions here.
        c.add(!h.brokersDown.isEmpty(), S::Critical, brokersDownText(h.brokersDown));
        c.add(h.controllerSource == QLatin1String("raft-no-leader"), S::Critical,
              WorstConditionText::tr("no controller"));
        c.add(h.offline > 0, S::Critical, WorstConditionText::tr("%n offline", nullptr, h.offline));
        c.add(h.underMinIsr > 0, S::Critical,
              WorstConditionText::tr("%n under min ISR", nullptr, h.underMinIsr));
        c.add(h.underReplicated > 0, S::Warning,
              WorstConditionText::tr("%n under-replicated", nullptr, h.underReplicated));
        c.add(h.groupsErr > 0, S::Critical,
              WorstConditionText::tr("%n group(s) in error", nullptr, h.groupsErr));
        c.add(h.groupsWarn > 0, S::Warning,
              WorstConditionText::tr("%n group(s) in warning", nullptr, h.groupsWarn));
        c.add(h.jobsRunning < h.jobs, S::Critical,
              WorstConditionText::tr("%n job(s) not running", nullptr, h.jobs - h.jobsRunning));
        c.add(h.jobsCheckpointFailing > 0, S::Warning,
              WorstConditionText::tr("%n job(s) failing checkpoints", nullptr, h.jobsCheckpointFailing));
        c.add(h.jobsBackpressured > 0, S::Warning,
              WorstConditionText::tr("%n job(s) back-pressured", nullptr, h.jobsBackpressured));
    }
    // Sources of clusters the window does not list (should not happen) still count.
    for (const ConditionSource &s : otherSources) {
        const bool known = std::any_of(clusters.cbegin(), clusters.cend(),
                                       [&s](const ClusterHealth &h) { return h.name == s.cluster; });
        if (!known) {
            CauseList c(w.causes, s.cluster);
            addSource(w, c, s.name, s.freshness, s.ageMs);
        }
    }

    // Firing alerts: one cause per cluster and severity, one line each.
    QList<std::pair<S, const ConditionAlert *>> ranked;
    for (const ConditionAlert &a : alerts)
        ranked.append({alertSeverity(a), &a});
    // Critical first; within a severity, info before silenced, otherwise the order given.
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto &l, const auto &r) {
        auto rank = [](S s) {
            return s == S::Muted ? -1 : int(s);
        };
        return rank(l.first) > rank(r.first);
    });
    QList<std::pair<QString, S>> alertGroups; // (cluster, severity) in the order of the ranked alerts
    QHash<QString, int> alertCounts;
    bool muted = false;
    for (const auto &[severity, alert] : ranked) {
        w.alertLines << alert->text;
        muted |= severity == S::Muted;
        if (severity != S::Critical && severity != S::Warning)
            continue;
        const QString key = alert->cluster + QLatin1Char('\n') + QString::number(int(severity));
        if (alertCounts[key]++ == 0)
            alertGroups.append({alert->cluster, severity});
    }
    for (const auto &[cluster, severity] : alertGroups) {
        const int count = alertCounts.value(cluster + QLatin1Char('\n') + QString::number(int(severity)));
        w.causes.append(ConditionCause{
            severity, cluster,
            severity == S::Critical ? WorstConditionText::tr("%n critical alert(s) firing", nullptr, count)
                                    : WorstConditionText::tr("%n warning alert(s) firing", nullptr, count)});
    }
    // A muted alert only says why an otherwise fine banner is grey.
    if (muted)
        w.causes.append(
            ConditionCause{S::Muted, QString(), WorstConditionText::tr("only silenced alerts firing")});

    std::stable_sort(w.causes.begin(), w.causes.end(), [](const ConditionCause &l, const ConditionCause &r) {
        return l.severity > r.severity;
    });
    if (!w.causes.isEmpty())
        w.severity = w.causes.constFirst().severity;
    else
        w.severity = w.sourcesConfigured > 0 ? S::Ok : S::Unknown;
    return w;
}

QString WorstCondition::causeText(int maxCauses) const
{
    if (causes.isEmpty())
        return sourcesConfigured > 0 ? WorstConditionText::tr("All clear")
                                     : WorstConditionText::tr("No source configured");
    // Grouped by cluster, in the order of each cluster's most severe cause.
    QStringList clusterOrder;
    QHash<QString, QStringList> byCluster;
    // The muted cause only explains a grey banner; beside worse causes it is noise.
    QList<ConditionCause> listed = causes;
    if (severity != ConditionSeverity::Muted)
        listed.removeIf([](const ConditionCause &c) { return c.severity == ConditionSeverity::Muted; });
    const int shown = std::min(int(listed.size()), maxCauses);
    for (int i = 0; i < shown; ++i) {
        const ConditionCause &c = listed.at(i);
        if (!byCluster.contains(c.cluster))
            clusterOrder << c.cluster;
        byCluster[c.cluster] << c.text;
    }
    QStringList parts;
    for (const QString &cluster : std::as_const(clusterOrder)) {
        const QString list = byCluster.value(cluster).join(QStringLiteral(" · "));
        parts << (cluster.isEmpty() ? list : WorstConditionText::tr("%1: %2").arg(cluster, list));
    }
    QString text = parts.join(QStringLiteral("; "));
    if (listed.size() > shown)
        text +=
            QStringLiteral(" · ") + WorstConditionText::tr("+%n more", nullptr, int(listed.size()) - shown);
    return text;
}

QString WorstCondition::freshnessText() const
{
    if (sourcesConfigured == 0)
        return WorstConditionText::tr("no source configured");
    if (sourcesLive == sourcesConfigured)
        return WorstConditionText::tr("all sources live, updated %1").arg(Format::age(oldestLiveAgeMs));
    if (sourcesLive == 0)
        return WorstConditionText::tr("no source live");
    return WorstConditionText::tr("%1 of %2 sources live, oldest live data %3")
        .arg(sourcesLive)
        .arg(sourcesConfigured)
        .arg(Format::age(oldestLiveAgeMs));
}

QString WorstCondition::severityName(ConditionSeverity severity)
{
    switch (severity) {
    case ConditionSeverity::Ok:
        return QStringLiteral("ok");
    case ConditionSeverity::Muted:
        return QStringLiteral("muted");
    case ConditionSeverity::Unknown:
        return QStringLiteral("unknown");
    case ConditionSeverity::Warning:
        return QStringLiteral("warning");
    case ConditionSeverity::Critical:
        return QStringLiteral("critical");
    }
    return {};
}

} // namespace Tidewatch
