#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

#include <optional>

namespace Tidewatch {

/// A sample's labels, sorted by label name (so equal label sets compare equal).
using PrometheusLabels = QList<QPair<QString, QString>>;

/// The `# TYPE` of a metric family; Untyped when the exposition does not say.
enum class PrometheusType
{
    Untyped,
    Counter,
    Gauge,
    Histogram,
    Summary
};

/// One sample line: `name{labels} value [timestamp]`.
struct PrometheusSample
{
    QString name;
    PrometheusLabels labels;
    double value = 0.0;                ///< may be NaN or +-Inf, as exposed
    std::optional<qint64> timestampMs; ///< only when the line carries one

    /// The value of label @p name, or an empty string when absent (as PromQL treats it).
    QString label(const QString &name) const;
    /// True when every pair in @p subset is among this sample's labels.
    bool hasLabels(const PrometheusLabels &subset) const;
};

/// A line that could not be read; the parser skipped it and went on.
struct PrometheusParseError
{
    int line = 0; ///< 1-based
    QString reason;

    friend bool operator==(const PrometheusParseError &, const PrometheusParseError &) = default;
};

/// Everything read from one scrape.
struct PrometheusExposition
{
    QList<PrometheusSample> samples;      ///< in exposition order
    QHash<QString, PrometheusType> types; ///< by family name, from `# TYPE`
    QHash<QString, QString> help;         ///< by family name, from `# HELP`, unescaped
    QList<PrometheusParseError> errors;

    /// The type of the family a sample name belongs to: `x_bucket`, `x_sum` and `x_count` belong to
    /// the histogram or summary `x` when one is declared.
    PrometheusType typeOf(const QString &sampleName) const;
    /// All samples named @p name whose labels include @p labels.
    QList<PrometheusSample> find(const QString &name, const PrometheusLabels &labels = {}) const;
    /// The value of the first sample named @p name with exactly @p labels, if any.
    std::optional<double> value(const QString &name, const PrometheusLabels &labels = {}) const;
    /// Sum over the samples named @p name whose labels include @p labels. NaN samples are skipped
    /// (a NaN gauge means "no value"); nothing when no sample matched.
    std::optional<double> sum(const QString &name, const PrometheusLabels &labels = {}) const;
    /// Sum of @p name grouped by the value of label @p by (e.g. bytes in per topic). Samples without
    /// that label (the broker-wide series) and NaN samples are skipped.
    QMap<QString, double> sumBy(const QString &name, const QString &by) const;
};

/// Parses the Prometheus text exposition format 0.0.4 (what the JMX exporter agent serves).
/// Tolerant: a malformed line is recorded in errors with its line number and skipped; the rest of
/// the input is still read. Pure: no I/O.
class PrometheusTextParser
{
    Q_DECLARE_TR_FUNCTIONS(PrometheusTextParser)

public:
    static PrometheusExposition parse(const QByteArray &text);
    /// "counter", "gauge", ... as written in `# TYPE`.
    static QString typeName(PrometheusType type);
};

} // namespace Tidewatch
