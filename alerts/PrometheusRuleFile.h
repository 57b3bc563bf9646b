#pragma once

#include "AlertRules.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Tidewatch::AlertRules {

/// The annotation that keeps a rule's own name when its exported alert name had to be changed.
inline constexpr char kRuleNameAnnotation[] = "tidewatch_rule_name";

/// The enabled rules as a Prometheus rule file that Prometheus 2.42 loads (`promtool check rules`):
/// one group; each rule with alert, expr, for, keep_firing_for (only when set), labels (severity and the
/// rule's labels) and annotations (summary, description, runbook_url, and kRuleNameAnnotation when the
/// alert name was changed). Every string is double-quoted, so no value can change the structure.
/// A rule with a clear threshold is exported as prometheusExpr() describes, so it means the same.
QByteArray toPrometheusYaml(const QList<AlertRule> &rules,
                            const QString &groupName = QStringLiteral("tidewatch"));

/// The alert name each of @p rules is exported under (same order, disabled rules included): the name
/// itself when it matches [a-zA-Z_][a-zA-Z0-9_]*, else one made of it (accents dropped, everything else
/// '_'; a leading digit gets a '_' in front), numbered (_2, _3, ...) where it would collide with another
/// name. Deterministic; rules that share a name share the exported name.
QStringList prometheusAlertNames(const QList<AlertRule> &rules);

/// The expr exported for @p rule as alert @p alertName. Without a clear threshold that is promql();
/// with one (e.g. > 1000, clear 200) the alert also holds while it was firing at the previous evaluation
/// and the value is still beyond the clear threshold:
/// `m > 1000 or (m > 200 and ignoring(alertname, alertstate, severity, ...) ALERTS{alertname="X",
/// alertstate="firing",severity="warning"})`, the ignored labels being those the rule adds.
QString prometheusExpr(const AlertRule &rule, const QString &alertName);

/// @p text as a YAML double-quoted scalar (control characters, line and paragraph separators escaped).
QString yamlQuoted(const QString &text);

/// Reads a Prometheus rule file back into rules: alerting rules whose expr is `metric{matchers} op
/// number` over a metric of docs/METRICS.md, or the hysteresis form prometheusExpr() writes; labels
/// (severity and others); annotations summary, description, runbook_url and kRuleNameAnnotation.
/// Everything else (recording rules, other exprs, unknown metrics or annotations, templates other than
/// {{ $value }} and {{ $labels.NAME }}) is an error naming @p fileName and the line.
AlertRulesParseResult fromPrometheusYaml(const QByteArray &yaml, const QString &fileName = QString());

} // namespace Tidewatch::AlertRules
