#pragma once

#include "AlertRule.h"
#include "RuleFileError.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace Tidewatch {

/// The outcome of reading a rules file: all of its rules, or why it cannot be used.
struct AlertRulesParseResult
{
    QList<AlertRule> rules;        ///< empty when there are errors
    QList<RuleFileError> problems; ///< every problem, with file, line, rule and field
    /// problems as one line each (RuleFileError::toString()), e.g.
    /// `rules.json:14: rule 3 (KafkaLagHigh): field "metric": unknown metric 'tidewatch_foo'`
    QStringList errors;

    bool ok() const { return problems.isEmpty() && errors.isEmpty(); }
    /// Adds @p problem to problems and errors.
    void add(const RuleFileError &problem);
};

/// Reading and writing rules files (JSON):
/// ```json
/// {"rules": [{"alert": "KafkaOfflinePartitions", "metric": "tidewatch_kafka_offline_partitions",
///             "matchers": {"cluster": "prod"}, "op": ">", "threshold": 0, "for": "0s",
///             "keep_firing_for": "0s", "severity": "critical", "enabled": true,
///             "summary": "{{ $labels.cluster }}: {{ $value }} offline partitions", "description": "...",
///             "clear_threshold": 0, "labels": {"team": "kafka"}, "runbook_url": "https://..."}]}
/// ```
/// `matchers` is an object (equality) or an array of "name=value", "name!=value", "name=~regex",
/// "name!~regex" strings (the value unquoted; regexes are RE2, as in Prometheus). `for` and
/// `keep_firing_for` are Prometheus durations and default to 0s; `clear_threshold` (hysteresis, on the
/// inside of `threshold`, not with == or !=), `labels` (name -> template; not alertname or severity),
/// `runbook_url`, `matchers`, `summary`, `description` and `enabled` are optional. Unknown fields are
/// errors, as in Prometheus rule files. Every error names the line (and the file, when given).
namespace AlertRules {

/// Where the built-in rules live (a Qt resource compiled into Tidewatch::Alerts).
inline constexpr char kDefaultsResource[] = ":/tidewatch/alerts/default-rules.json";

/// Reads a rules file; @p fileName (as the user named it) is put in front of every error.
AlertRulesParseResult parse(const QByteArray &json, const QString &fileName = QString());
/// Why @p rule cannot be used (the checks parse() makes beyond the JSON types), as (field, message)
/// pairs; empty when it is valid. For rules built in code, e.g. by the rules editor.
QList<QPair<QString, QString>> validate(const AlertRule &rule);
/// An indented rules file that parse() reads back to @p rules (matchers in canonical order).
QByteArray toJson(const QList<AlertRule> &rules);
/// The built-in rules.
QList<AlertRule> defaults();

} // namespace AlertRules

} // namespace Tidewatch
