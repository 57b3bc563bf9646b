#pragma once

#include "AlertRule.h"
#include "ChartUnits.h"

#include <QList>
#include <QPair>
#include <QString>

namespace Tidewatch {

/// An alert threshold drawn on a chart as a dashed horizontal line with its label.
struct ChartThreshold
{
    double value = 0;
    QString label;    ///< e.g. "KafkaConsumerGroupTimeLagHigh > 5 m 0 s"
    QString severity; ///< the rule's: "critical", "warning", "info"

    friend bool operator==(const ChartThreshold &, const ChartThreshold &) = default;
};

namespace ChartThresholds {

/// The thresholds of the enabled @p rules that compare the charted series to a constant: rules on
/// @p metric whose matchers match the series' labels (@p labels plus cluster = @p cluster) with >, >=,
/// < or <=. The label names the rule and the threshold in @p unit.
QList<ChartThreshold> forSeries(const QList<AlertRule> &rules, const QString &metric, const QString &cluster,
                                const QList<QPair<QString, QString>> &labels, ChartUnit unit);

} // namespace ChartThresholds

} // namespace Tidewatch
