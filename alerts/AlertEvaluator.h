#pragma once

#include "AlertRule.h"

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

/// Evaluates alert rules against metric samples with the semantics of Prometheus 2.42 alerting rules:
/// a series for which the condition holds is Pending at once and Firing once it has held for `for`
/// (at once when `for` is 0). A pending alert is dropped as soon as the condition stops holding; a
/// firing one keeps firing, with its last value, until `keep_firing_for` has passed since the first
/// evaluation at which the condition no longer held, and is then resolved. An alert is identified by
/// its rule and its series labels. Pure: no timers, no clock; the caller passes the time.
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
    };

    void evaluateRule(RuleState &state, const QList<MetricSample> &samples, qint64 nowMs,
                      QList<AlertTransition> &out) const;

    QList<RuleState> m_rules;
    QList<ActiveAlert> m_orphans; ///< alerts of rules removed by setRules(), reported by the next evaluate()
};

} // namespace Tidewatch
