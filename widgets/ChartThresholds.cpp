#include "ChartThresholds.h"

#include <algorithm>

namespace Tidewatch::ChartThresholds {

QList<ChartThreshold> forSeries(const QList<AlertRule> &rules, const QString &metric, const QString &cluster,
                                const QList<QPair<QString, QString>> &labels, ChartUnit unit)
{
    MetricSample series;
    series.name = metric;
    series.labels = labels;
    series.labels.append({QStringLiteral("cluster"), cluster});
    std::sort(series.labels.begin(), series.labels.end());
    QList<ChartThreshold> out;
    for (const AlertRule &rule : rules) {
        // Equality tests (an up flag, a state) have no line to draw.
        const bool ordered = rule.comparison == AlertComparison::Greater ||
                             rule.comparison == AlertComparison::GreaterOrEqual ||
                             rule.comparison == AlertComparison::Less ||
                             rule.comparison == AlertComparison::LessOrEqual;
        if (!rule.enabled || !ordered || !rule.matches(series))
            continue;
        out.append(ChartThreshold{rule.threshold,
                                  rule.name + QLatin1Char(' ') + comparisonToken(rule.comparison) +
                                      QLatin1Char(' ') + ChartUnits::valueText(unit, rule.threshold),
                                  rule.severity});
    }
    return out;
}

} // namespace Tidewatch::ChartThresholds
