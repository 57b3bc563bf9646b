#include "AlertEvaluator.h"

#include "DefaultRuleTexts.h"

#include <QHash>
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

/// The samples of one evaluation, indexed so that each rule looks only at the series it can match:
/// by metric name, and, for a rule with an equality matcher, by that label's value (built once per
/// metric and label name, on first use). Candidates keep the samples' order; the lists are shared
/// (implicitly), not copied per rule. Without it every rule read every sample: 20,000 rules over a
/// cluster's few thousand series took seconds per evaluation.
class SampleIndex
{
public:
    explicit SampleIndex(const QList<MetricSample> &samples)
    {
        for (const MetricSample &sample : samples)
            m_byMetric[sample.name].append(sample);
    }

    /// The samples that may match @p rule (a superset of those it matches; in the samples' order).
    QList<MetricSample> candidates(const AlertRule &rule)
    {
        const auto metric = m_byMetric.constFind(rule.metric);
        if (metric == m_byMetric.cend())
            return {};
        const auto equality = std::find_if(rule.matchers.cbegin(), rule.matchers.cend(),
                                           [](const LabelMatcher &m) { return !m.regex && !m.negate; });
        if (equality == rule.matchers.cend())
            return *metric;
        const QPair<QString, QString> key{rule.metric, equality->name};
        auto byValue = m_byLabel.find(key);
        if (byValue == m_byLabel.end()) {
            QHash<QString, QList<MetricSample>> values;
            for (const MetricSample &sample : *metric)
                values[sample.label(equality->name)].append(sample); // a missing label is ""
            byValue = m_byLabel.insert(key, values);
        }
        return byValue->value(equality->value);
    }

private:
    QHash<QString, QList<MetricSample>> m_byMetric;
    QHash<QPair<QString, QString>, QHash<QString, QList<MetricSample>>> m_byLabel; ///< (metric, label)
};

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
    const auto sameRule = [](const RuleState &state, const AlertRule &rule) {
        return state.rule == rule;
    };
    if (std::equal(m_rules.cbegin(), m_rules.cend(), rules.cbegin(), rules.cend(), sameRule))
        return; // the same rules in the same order (an unchanged file read again): nothing moves
    // Each new rule takes over the state of the first unused old rule equal to it. The old rules are
    // found by name through a hash: a search of all of them per rule made 20,000 rules quadratic.
    QHash<QString, QList<qsizetype>> oldByName;
    for (qsizetype i = 0; i < m_rules.size(); ++i)
        oldByName[m_rules.at(i).rule.name].append(i);
    QList<bool> taken(m_rules.size(), false);
    QList<RuleState> next;
    next.reserve(rules.size());
    for (const AlertRule &rule : rules) {
        qsizetype kept = -1;
        const auto sameName = oldByName.constFind(rule.name);
        if (sameName != oldByName.cend()) {
            for (qsizetype i : *sameName) {
                if (!taken.at(i) && m_rules.at(i).rule == rule) {
                    kept = i;
                    break;
                }
            }
        }
        if (kept >= 0) {
            taken[kept] = true;
            next.append(std::move(m_rules[kept]));
        } else {
            next.append(RuleState{rule, {}, {}});
        }
    }
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        if (taken.at(i))
            continue;
        for (const ActiveAlert &alert : std::as_const(m_rules.at(i).alerts))
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
    SampleIndex index(samples);
    for (RuleState &state : m_rules) {
        if (state.rule.enabled)
            evaluateRule(state, index.candidates(state.rule), health, nowMs, out);
    }
    return out;
}

QList<ActiveAlert> AlertEvaluator::restore(const QList<ActiveAlert> &alerts)
{
    QHash<QString, qsizetype> firstEnabled; // the first enabled rule of each name
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        if (m_rules.at(i).rule.enabled && !firstEnabled.contains(m_rules.at(i).rule.name))
            firstEnabled.insert(m_rules.at(i).rule.name, i);
    }
    QList<ActiveAlert> unknown;
    for (ActiveAlert alert : alerts) {
        const auto state = firstEnabled.constFind(alert.ruleName);
        if (state == firstEnabled.cend() || alert.state == AlertState::Inactive) {
            unknown.append(alert);
            continue;
        }
        alert.noData = false;
        m_rules[*state].alerts.insert(seriesLabels(alert.labels), alert);
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
    for (const MetricSample &sample : samples) { // the rule's candidates (SampleIndex)
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
