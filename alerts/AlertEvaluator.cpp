#include "AlertEvaluator.h"

#include "DefaultRuleTexts.h"

#include <QSet>

#include <algorithm>
#include <tuple>

namespace Tidewatch {

namespace {

int severityRank(const QString &severity)
{
    if (severity == QLatin1String("critical"))
        return 0;
    if (severity == QLatin1String("warning"))
        return 1;
    if (severity == QLatin1String("info"))
        return 2;
    return 3;
}

/// The alert's labels: the series labels with alertname and severity set (they win, as in Prometheus).
QList<QPair<QString, QString>> alertLabels(const AlertRule &rule, const MetricSample &sample)
{
    QList<QPair<QString, QString>> labels;
    for (const auto &label : sample.labels) {
        if (label.first != QLatin1String("alertname") && label.first != QLatin1String("severity"))
            labels.append(label);
    }
    labels.append({QStringLiteral("alertname"), rule.name});
    if (!rule.severity.isEmpty())
        labels.append({QStringLiteral("severity"), rule.severity});
    std::sort(labels.begin(), labels.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    return labels;
}

AlertTransition transition(const ActiveAlert &alert, AlertState from, qint64 nowMs)
{
    return AlertTransition{alert, from, alert.state,
                           from == AlertState::Firing && alert.state == AlertState::Inactive, nowMs};
}

/// The series labels of an alert: its labels without alertname and severity (which the rule sets).
QList<QPair<QString, QString>> seriesLabels(const QList<QPair<QString, QString>> &alertLabels)
{
    QList<QPair<QString, QString>> labels;
    for (const auto &label : alertLabels) {
        if (label.first != QLatin1String("alertname") && label.first != QLatin1String("severity"))
            labels.append(label);
    }
    return labels;
}

/// Hysteresis: whether @p value is still on the firing side of the rule's clear threshold.
bool holdsClear(const AlertRule &rule, double value)
{
    if (!rule.clearThreshold)
        return false;
    AlertRule clear = rule;
    clear.threshold = *rule.clearThreshold;
    return clear.holds(value);
}

/// Whether the rule's `cluster` matchers admit @p cluster (a rule for another cluster has no
/// no-data state there).
bool admitsCluster(const AlertRule &rule, const QString &cluster)
{
    return std::all_of(rule.matchers.cbegin(), rule.matchers.cend(), [&](const LabelMatcher &m) {
        return m.name != QLatin1String("cluster") || m.matches(cluster);
    });
}

QString labelValue(const QList<QPair<QString, QString>> &labels, const QString &name)
{
    for (const auto &[labelName, value] : labels) {
        if (labelName == name)
            return value;
    }
    return {};
}

} // namespace

QString ActiveAlert::label(const QString &name) const
{
    return labelValue(labels, name);
}

void AlertEvaluator::setRules(const QList<AlertRule> &rules)
{
    QList<RuleState> next;
    next.reserve(rules.size());
    for (const AlertRule &rule : rules) {
        const auto kept =
            std::find_if(m_rules.begin(), m_rules.end(), [&](const RuleState &s) { return s.rule == rule; });
        if (kept != m_rules.end()) {
            next.append(std::move(*kept));
            m_rules.erase(kept);
        } else {
            next.append(RuleState{rule, {}, {}});
        }
    }
    for (const RuleState &removed : std::as_const(m_rules)) {
        for (const ActiveAlert &alert : removed.alerts)
            m_orphans.append(alert);
    }
    m_rules = std::move(next);
}

QList<AlertRule> AlertEvaluator::rules() const
{
    QList<AlertRule> result;
    for (const RuleState &s : m_rules)
        result.append(s.rule);
    return result;
}

QList<AlertTransition> AlertEvaluator::evaluate(const QList<MetricSample> &samples, qint64 nowMs)
{
    return evaluate(samples, {}, nowMs).transitions;
}

AlertEvaluation AlertEvaluator::evaluate(const QList<MetricSample> &samples,
                                         const QList<SourceHealth> &health, qint64 nowMs)
{
    AlertEvaluation out;
    for (ActiveAlert alert : std::as_const(m_orphans)) {
        const AlertState from = alert.state;
        alert.state = AlertState::Inactive;
        alert.noData = false;
        out.transitions.append(transition(alert, from, nowMs));
    }
    m_orphans.clear();
    for (RuleState &state : m_rules) {
        if (state.rule.enabled)
            evaluateRule(state, samples, health, nowMs, out);
    }
    return out;
}

QList<ActiveAlert> AlertEvaluator::restore(const QList<ActiveAlert> &alerts)
{
    QList<ActiveAlert> unknown;
    for (ActiveAlert alert : alerts) {
        const auto state = std::find_if(m_rules.begin(), m_rules.end(), [&](const RuleState &s) {
            return s.rule.enabled && s.rule.name == alert.ruleName;
        });
        if (state == m_rules.end() || alert.state == AlertState::Inactive) {
            unknown.append(alert);
            continue;
        }
        alert.noData = false;
        state->alerts.insert(seriesLabels(alert.labels), alert);
    }
    return unknown;
}

QList<RuleNoData> AlertEvaluator::noData() const
{
    QList<RuleNoData> result;
    for (const RuleState &s : m_rules) {
        for (const RuleNoData &n : s.noData)
            result.append(n);
    }
    return result;
}

void AlertEvaluator::evaluateRule(RuleState &state, const QList<MetricSample> &samples,
                                  const QList<SourceHealth> &health, qint64 nowMs, AlertEvaluation &out) const
{
    const AlertRule &rule = state.rule;

    // Clusters where this rule's source has no live data: frozen; and series it has none for (a
    // group whose offsets failed this cycle), frozen one by one.
    QMap<QString, RuleNoData> noData;
    QList<const SourceHealth *> frozenSeries;
    const QString source = metricSource(rule.metric);
    if (!source.isEmpty()) {
        for (const SourceHealth &h : health) {
            if (h.source != source || h.isLive(nowMs) || !admitsCluster(rule, h.cluster))
                continue;
            if (!h.scope.isEmpty()) {
                frozenSeries.append(&h);
                continue;
            }
            const RuleNoData previous = state.noData.value(h.cluster);
            noData.insert(h.cluster, RuleNoData{rule.name, rule.severity, h.cluster, source, h.reason(nowMs),
                                                previous.sinceMs >= 0 ? previous.sinceMs : nowMs});
        }
    }
    for (const RuleNoData &n : std::as_const(noData)) {
        if (!state.noData.contains(n.cluster))
            out.noDataStarted.append(n);
    }
    for (const RuleNoData &n : std::as_const(state.noData)) {
        if (!noData.contains(n.cluster))
            out.noDataEnded.append(n);
    }
    state.noData = noData;
    const auto seriesFrozen = [&](const Labels &labels) {
        return noData.contains(labelValue(labels, QStringLiteral("cluster"))) ||
               std::any_of(frozenSeries.cbegin(), frozenSeries.cend(),
                           [&](const SourceHealth *h) { return h->covers(labels); });
    };

    QSet<Labels> holding;
    for (const MetricSample &sample : samples) {
        // A repeated series counts once (Prometheus would refuse the whole vector).
        if (!rule.matches(sample) || holding.contains(sample.labels) || seriesFrozen(sample.labels))
            continue;
        auto it = state.alerts.find(sample.labels);
        const bool firing = it != state.alerts.end() && it->state == AlertState::Firing;
        if (!rule.holds(sample.value) && !(firing && holdsClear(rule, sample.value)))
            continue;
        holding.insert(sample.labels);
        const AlertState from = it == state.alerts.end() ? AlertState::Inactive : it->state;
        if (it == state.alerts.end()) {
            ActiveAlert fresh;
            fresh.ruleName = rule.name;
            fresh.metric = rule.metric;
            fresh.labels = alertLabels(rule, sample);
            fresh.state = AlertState::Pending;
            fresh.activeSinceMs = nowMs;
            fresh.severity = rule.severity;
            it = state.alerts.insert(sample.labels, fresh);
        }
        ActiveAlert &alert = *it;
        alert.value = sample.value;
        alert.lastTrueMs = nowMs;
        alert.keepFiringSinceMs = -1;
        alert.noData = false;
        // A built-in rule's texts in the interface language (the alert table, notifications, tray);
        // without a catalogue, and for texts the user wrote, as written.
        alert.summary =
            expandAlertTemplate(DefaultRuleTexts::translated(rule.name, "summary", rule.summary), sample);
        alert.description = expandAlertTemplate(
            DefaultRuleTexts::translated(rule.name, "description", rule.description), sample);
        if (alert.state == AlertState::Pending && nowMs - alert.activeSinceMs >= rule.forMs) {
            alert.state = AlertState::Firing;
            alert.firedAtMs = nowMs;
        }
        if (alert.state != from)
            out.transitions.append(transition(alert, from, nowMs));
    }

    for (auto it = state.alerts.begin(); it != state.alerts.end();) {
        ActiveAlert &alert = *it;
        if (holding.contains(it.key())) {
            ++it;
            continue;
        }
        alert.noData = seriesFrozen(alert.labels);
        if (alert.noData) { // frozen: neither evaluated nor resolved while its source has no data
            ++it;
            continue;
        }
        if (alert.state == AlertState::Firing) {
            if (alert.keepFiringSinceMs < 0)
                alert.keepFiringSinceMs = nowMs;
            if (nowMs - alert.keepFiringSinceMs < rule.keepFiringForMs) {
                ++it;
                continue;
            }
        }
        const AlertState from = alert.state;
        alert.state = AlertState::Inactive;
        out.transitions.append(transition(alert, from, nowMs));
        it = state.alerts.erase(it);
    }
}

QList<ActiveAlert> AlertEvaluator::activeAlerts() const
{
    QList<ActiveAlert> result;
    for (const RuleState &s : m_rules) {
        for (const ActiveAlert &alert : s.alerts)
            result.append(alert);
    }
    std::sort(result.begin(), result.end(), [](const ActiveAlert &a, const ActiveAlert &b) {
        return std::tuple(a.state != AlertState::Firing, severityRank(a.severity), a.activeSinceMs,
                          a.labels) <
               std::tuple(b.state != AlertState::Firing, severityRank(b.severity), b.activeSinceMs, b.labels);
    });
    return result;
}

int AlertEvaluator::firingCount() const
{
    int count = 0;
    for (const RuleState &s : m_rules) {
        count += int(std::count_if(s.alerts.cbegin(), s.alerts.cend(),
                                   [](const ActiveAlert &a) { return a.state == AlertState::Firing; }));
    }
    return count;
}

} // namespace Tidewatch
