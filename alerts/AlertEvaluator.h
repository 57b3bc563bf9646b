#pragma once

#include "AlertRule.h"
#include "SourceHealth.h"

#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

namespace Tidewatch {

enum class AlertState
{
    Inactive,
    Pending,
    Firing
};

/// One alert: a rule applied to one series.
struct ActiveAlert
{
    QString ruleName;
    QString metric;                        ///< the rule's metric, for showing the value in its unit
    QList<QPair<QString, QString>> labels; ///< series labels + alertname + severity, sorted by name
    AlertState state = AlertState::Inactive;
    double value = 0;              ///< the last value for which the condition held
    qint64 activeSinceMs = -1;     ///< first evaluation of this streak at which the condition held
    qint64 firedAtMs = -1;         ///< when it started firing; -1 while pending
    qint64 lastTrueMs = -1;        ///< last evaluation at which the condition held
    qint64 keepFiringSinceMs = -1; ///< first evaluation at which it no longer held while firing; -1: holds
    QString summary;               ///< expanded templates
    QString description;
    QString severity;
    /// The rule's source has no data for the alert's cluster or series: the alert is frozen as it was
    /// (not evaluated, not resolved) until the source delivers again.
    bool noData = false;

    /// The value of label @p name, or an empty string.
    QString label(const QString &name) const;

    friend bool operator==(const ActiveAlert &, const ActiveAlert &) = default;
};

/// A change of one alert's state. `resolved` is true only for Firing -> Inactive; a pending alert
/// whose condition stops holding simply goes away.
struct AlertTransition
{
    ActiveAlert alert; ///< as it is after the change
    AlertState from = AlertState::Inactive;
    AlertState to = AlertState::Inactive;
    bool resolved = false;
    qint64 atMs = -1;
};

/// A rule whose source (metricSource() of its metric) has no live data for one cluster.
struct RuleNoData
{
    QString ruleName;
    QString severity;
    QString cluster;
    QString source;
    QString reason;      ///< SourceHealth::reason(): "unreachable" or "stale"
    qint64 sinceMs = -1; ///< the first evaluation at which it had no data

    friend bool operator==(const RuleNoData &, const RuleNoData &) = default;
};

/// The outcome of one evaluation.
struct AlertEvaluation
{
    QList<AlertTransition> transitions;
    QList<RuleNoData> noDataStarted; ///< rule x cluster pairs that have no data since this evaluation
    QList<RuleNoData> noDataEnded;   ///< pairs whose source delivers again (sinceMs: when it had stopped)
};

/// Evaluates alert rules against metric samples with the semantics of Prometheus 2.42 alerting rules:
/// a series for which the condition holds is Pending at once and Firing once it has held for `for`
/// (at once when `for` is 0). A pending alert is dropped as soon as the condition stops holding; a
/// firing one keeps firing, with its last value, until `keep_firing_for` has passed since the first
/// evaluation at which the condition no longer held, and is then resolved. An alert is identified by
/// its rule and its series labels. Pure: no timers, no clock; the caller passes the time. A built-in
/// rule's summary and description are expanded in the interface language (DefaultRuleTexts).
///
/// Hysteresis: with AlertRule::clearThreshold set, a FIRING alert's condition is
/// `value <op> threshold || value <op> clearThreshold`, a pending or new one's only
/// `value <op> threshold` (as the exported PromQL `m > A or (m > B and ALERTS{alertstate="firing"})`).
///
/// No data: given the sources' health, a rule whose source is not live for a cluster (and whose
/// `cluster` matchers admit that cluster) has no data there: its alerts of that cluster keep their
/// state and timers untouched (noData set, no transition), the cluster's samples of that source are
/// ignored, and evaluation resumes when the source is live again. A cluster without a health entry
/// for a source counts as live. A health entry with a scope (SourceHealth::scope) freezes only the
/// series it covers (a consumer group whose offsets failed this cycle), without a RuleNoData.
class AlertEvaluator
{
public:
    /// Replaces the rules. Alerts of rules that are unchanged (same name and definition) keep their
    /// state; those of removed or changed rules leave activeAlerts() now and are reported by the next
    /// evaluate() (firing ones as resolved).
    void setRules(const QList<AlertRule> &rules);
    QList<AlertRule> rules() const;

    /// Evaluates every enabled rule against @p samples at @p nowMs; returns the state changes.
    QList<AlertTransition> evaluate(const QList<MetricSample> &samples, qint64 nowMs);
    /// The same, with the sources' health: rules without live data are frozen per cluster.
    AlertEvaluation evaluate(const QList<MetricSample> &samples, const QList<SourceHealth> &health,
                             qint64 nowMs);

    /// Takes over pending and firing alerts of a previous run (as Prometheus' ALERTS_FOR_STATE):
    /// each is attached to the enabled rule of its name, with its state and timers, and evaluated
    /// from the next evaluate() on as if it had never stopped. Returns those that have no such rule.
    QList<ActiveAlert> restore(const QList<ActiveAlert> &alerts);

    /// Rule x cluster pairs without live data at the last evaluation, by rule then cluster.
    QList<RuleNoData> noData() const;

    /// Pending and firing alerts: firing first, then by severity (critical, warning, info), then oldest
    /// first.
    QList<ActiveAlert> activeAlerts() const;
    int firingCount() const;

private:
    using Labels = QList<QPair<QString, QString>>;
    struct RuleState
    {
        AlertRule rule;
        QMap<Labels, ActiveAlert> alerts; ///< by series labels
        QMap<QString, RuleNoData> noData; ///< by cluster
    };

    void evaluateRule(RuleState &state, const QList<MetricSample> &samples, const QList<SourceHealth> &health,
                      qint64 nowMs, AlertEvaluation &out) const;

    QList<RuleState> m_rules;
    QList<ActiveAlert> m_orphans; ///< alerts of rules removed by setRules(), reported by the next evaluate()
};

} // namespace Tidewatch
