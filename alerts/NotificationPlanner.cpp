#include "NotificationPlanner.h"

#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace Tidewatch {

namespace {

void setPair(QList<QPair<QString, QString>> &pairs, const QString &name, const QString &value)
{
    for (auto &pair : pairs) {
        if (pair.first == name) {
            pair.second = value;
            return;
        }
    }
    pairs.append({name, value});
}

bool hasName(const QList<QPair<QString, QString>> &pairs, const QString &name)
{
    return std::any_of(pairs.cbegin(), pairs.cend(), [&](const auto &p) { return p.first == name; });
}

} // namespace

void NotificationPlanner::setRules(const QList<AlertRule> &rules)
{
    m_rules.clear();
    for (const AlertRule &rule : rules)
        m_rules.insert(rule.name, rule);
}

qint64 NotificationPlanner::validForMs() const
{
    return 4 * std::max(m_config.resendIntervalMs, m_config.evaluationIntervalMs);
}

OutgoingAlert NotificationPlanner::outgoing(const ActiveAlert &alert, bool noData) const
{
    OutgoingAlert out;
    out.labels = alert.labels;
    out.value = alert.value;
    const auto rule = m_rules.constFind(alert.ruleName);
    // The series the alert is about, for expanding the rule's label and runbook templates.
    MetricSample sample;
    sample.name = alert.metric;
    sample.value = alert.value;
    for (const auto &label : alert.labels) {
        if (label.first != QLatin1String("alertname"))
            sample.labels.append(label);
    }
    if (rule != m_rules.constEnd()) {
        // The rule's labels win over the series' labels, as in Prometheus.
        for (const auto &[name, value] : rule->labels)
            setPair(out.labels, name, expandAlertTemplate(value, sample));
    }
    // Like Prometheus' external labels: added where the alert has no such label.
    if (!hasName(out.labels, QStringLiteral("source")))
        out.labels.append({QStringLiteral("source"), m_config.effectiveSource()});
    std::sort(out.labels.begin(), out.labels.end());

    if (!alert.summary.isEmpty())
        out.annotations.append({QStringLiteral("summary"), alert.summary});
    if (!alert.description.isEmpty())
        out.annotations.append({QStringLiteral("description"), alert.description});
    if (rule != m_rules.constEnd() && !rule->runbookUrl.isEmpty())
        out.annotations.append(
            {QStringLiteral("runbook_url"), expandAlertTemplate(rule->runbookUrl, sample)});
    if (noData)
        out.annotations.append({QStringLiteral("tidewatch_state_reason"), QStringLiteral("NoData")});
    std::sort(out.annotations.begin(), out.annotations.end());

    QUrl url;
    url.setScheme(QStringLiteral("tidewatch"));
    url.setHost(QStringLiteral("rules"));
    url.setPath(QLatin1Char('/') + alert.ruleName);
    const QString cluster = alert.label(QStringLiteral("cluster"));
    if (!cluster.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("cluster"), cluster);
        url.setQuery(query);
    }
    out.generatorUrl = QString::fromUtf8(url.toEncoded());
    out.startsAtMs = alert.firedAtMs;
    return out;
}

NotificationPlan NotificationPlanner::plan(const NotificationInput &input)
{
    const qint64 now = input.nowMs;
    NotificationPlan plan;

    QMap<AlertKey, ActiveAlert> firing;
    for (const ActiveAlert &alert : input.active) {
        if (alert.state == AlertState::Firing)
            firing.insert(alert.labels, alert);
    }
    // An alert whose data went missing keeps firing as it was last seen, even if the evaluator let it go.
    for (const AlertKey &key : input.noData) {
        const auto it = m_records.constFind(key);
        if (!firing.contains(key) && it != m_records.constEnd() && it->resolvedAtMs < 0)
            firing.insert(key, it->alert);
    }
    QHash<AlertKey, qint64> resolvedAt;
    for (const AlertTransition &t : input.transitions) {
        if (t.resolved)
            resolvedAt.insert(t.alert.labels, t.atMs);
    }

    for (auto it = firing.cbegin(); it != firing.cend(); ++it) {
        auto rec = m_records.find(it.key());
        if (rec != m_records.end() && rec->resolvedAtMs >= 0) {
            m_records.erase(rec); // fires again after resolving: a new alert, as in Prometheus
            rec = m_records.end();
        }
        if (rec == m_records.end()) {
            rec = m_records.insert(it.key(), Record{});
            rec->firedAtMs = it->firedAtMs >= 0 ? it->firedAtMs : now;
        }
        rec->alert = *it;
        rec->alert.firedAtMs = rec->firedAtMs;
        rec->noData = input.noData.contains(it.key()) || it->noData;
        if (input.silenced.contains(it.key()))
            continue;
        const OutgoingAlert out = outgoing(rec->alert, rec->noData);
        if (!rec->announced) {
            rec->announced = true;
            plan.webhookFiring.append(out);
            plan.newlyFiring.append(rec->alert);
        }
        if (rec->lastSentMs < 0 || now - rec->lastSentMs >= m_config.resendIntervalMs) {
            OutgoingAlert sent = out;
            sent.endsAtMs = now + validForMs();
            plan.alertmanager.append(sent);
            rec->lastSentMs = now;
        }
    }

    for (auto rec = m_records.begin(); rec != m_records.end();) {
        if (firing.contains(rec.key())) {
            ++rec;
            continue;
        }
        const bool justResolved = rec->resolvedAtMs < 0;
        if (justResolved) {
            rec->resolvedAtMs = resolvedAt.value(rec.key(), now);
            if (rec->announced) {
                OutgoingAlert out = outgoing(rec->alert, false);
                out.resolved = true;
                out.endsAtMs = rec->resolvedAtMs;
                plan.webhookResolved.append(out);
                plan.resolved.append(rec.key());
                rec->announced = false;
            }
        }
        // Only what Alertmanager has heard of is resolved there; the rest is forgotten at once.
        if (rec->lastSentMs < 0 || now - rec->resolvedAtMs >= kResolvedRetentionMs) {
            rec = m_records.erase(rec);
            continue;
        }
        if (justResolved || now - rec->lastSentMs >= m_config.resendIntervalMs) {
            OutgoingAlert out = outgoing(rec->alert, false);
            out.resolved = true;
            out.endsAtMs = rec->resolvedAtMs;
            plan.alertmanager.append(out);
            rec->lastSentMs = now;
        }
        ++rec;
    }
    return plan;
}

} // namespace Tidewatch
