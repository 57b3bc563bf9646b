#pragma once

#include "AlertRule.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace Tidewatch {

/// The outcome of reading a rules file: all of its rules, or why it cannot be used.
struct AlertRulesParseResult
{
    QList<AlertRule> rules; ///< empty when there are errors
    QStringList errors;     ///< one line each, e.g. "rule 3 (KafkaLagHigh): unknown metric 'tidewatch_foo'"

    bool ok() const { return errors.isEmpty(); }
};

/// Reading and writing rules files (JSON):
/// ```json
/// {"rules": [{"alert": "KafkaOfflinePartitions", "metric": "tidewatch_kafka_offline_partitions",
///             "matchers": {"cluster": "prod"}, "op": ">", "threshold": 0, "for": "0s",
///             "keep_firing_for": "0s", "severity": "critical", "enabled": true,
///             "summary": "{{ $labels.cluster }}: {{ $value }} offline partitions", "description": "..."}]}
/// ```
/// `matchers` is an object (equality) or an array of "name=value", "name!=value", "name=~regex",
/// "name!~regex" strings (the value unquoted). `for` and `keep_firing_for` are Prometheus durations and
/// default to 0s; `matchers`, `summary`, `description` and `enabled` are optional. Unknown fields are
/// errors, as in Prometheus rule files.
namespace AlertRules {

/// Where the built-in rules live (a Qt resource compiled into Tidewatch::Alerts).
inline constexpr char kDefaultsResource[] = ":/tidewatch/alerts/default-rules.json";

AlertRulesParseResult parse(const QByteArray &json);
/// An indented rules file that parse() reads back to @p rules (matchers in canonical order).
QByteArray toJson(const QList<AlertRule> &rules);
/// The built-in rules.
QList<AlertRule> defaults();

} // namespace AlertRules

} // namespace Tidewatch
