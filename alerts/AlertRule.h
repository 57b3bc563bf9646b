#pragma once

#include "SnapshotMetrics.h"

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace Tidewatch {

/// The comparison of an alert condition, as in PromQL's filtering comparison operators.
enum class AlertComparison
{
    Greater,
    GreaterOrEqual,
    Less,
    LessOrEqual,
    Equal,
    NotEqual
};

/// The PromQL token of @p comparison: ">", ">=", "<", "<=", "==", "!=".
QString comparisonToken(AlertComparison comparison);
/// The comparison for a PromQL token, or nullopt.
std::optional<AlertComparison> parseComparison(const QString &token);

/// One PromQL label matcher: = (default), != (negate), =~ (regex), !~ (regex, negate).
/// Regexes are RE2 (as Prometheus' Go regexp), anchored at both ends as in PromQL (`^(?:re)$`), and
/// compiled once (LabelRegex); a label the sample lacks counts as empty.
struct LabelMatcher
{
    QString name;
    QString value;
    bool regex = false;
    bool negate = false;

    QString op() const; ///< "=", "!=", "=~" or "!~"
    bool matches(const QString &labelValue) const;

    friend bool operator==(const LabelMatcher &, const LabelMatcher &) = default;
};

/// One alerting rule over a SnapshotMetrics metric: `metric{matchers} <comparison> threshold`, with
/// Prometheus' `for` and `keep_firing_for`.
struct AlertRule
{
    QString name;   ///< the alertname: a Prometheus label value, e.g. KafkaConsumerGroupTimeLagHigh
    QString metric; ///< one of metricNames()
    QList<LabelMatcher> matchers;
    AlertComparison comparison = AlertComparison::Greater;
    double threshold = 0;
    qint64 forMs = 0;
    qint64 keepFiringForMs = 0;
    /// Hysteresis: once firing, the alert keeps firing until the value has crossed this threshold
    /// back (e.g. fire at lag > 1000, clear only at lag < 200). Unset: it clears where it fired.
    /// Prometheus has no such thing; see docs/ALERTS.md for how it is exported.
    std::optional<double> clearThreshold;
    QString severity; ///< "critical", "warning" or "info"
    /// Extra labels of the alert (Prometheus rule `labels`), sorted by name; values are templates.
    QList<QPair<QString, QString>> labels;
    QString summary;     ///< template: {{ $labels.NAME }} and {{ $value }} are expanded
    QString description; ///< template, as summary
    QString runbookUrl;  ///< annotation runbook_url, a template
    bool enabled = true;

    /// The series selector as PromQL: `metric{matchers}` (just the metric without matchers).
    QString selector() const;
    /// The condition as PromQL, e.g.
    /// `tidewatch_kafka_consumergroup_max_time_lag_seconds{consumergroup=~"tw-.*"} > 300`.
    QString promql() const;
    /// Whether @p sample is a series of this rule: same metric name and every matcher matches.
    bool matches(const MetricSample &sample) const;
    /// Whether the condition holds for @p value.
    bool holds(double value) const;

    friend bool operator==(const AlertRule &, const AlertRule &) = default;
};

/// Formats a value the way Prometheus prints a float64 (Go's %v), in templates and in PromQL:
/// "2000", "0.5", "123456.5", "1.048576e+06", "1e-05", "NaN", "+Inf". PromQL reads each back exactly.
QString formatPromValue(double value);

/// @p text as a PromQL double-quoted string literal (Go escaping: `"`, `\`, control characters).
QString promqlQuoted(const QString &text);

/// Expands {{ $labels.NAME }} and {{ $value }} in @p text; a missing label expands to an empty string.
/// `__name__` expands to @p sample's metric name, as in Prometheus.
QString expandAlertTemplate(const QString &text, const MetricSample &sample);

/// Why @p text is not a template expandAlertTemplate() understands, or an empty string when it is.
QString alertTemplateError(const QString &text);

} // namespace Tidewatch
