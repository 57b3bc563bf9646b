#include "SourceHealth.h"

#include <algorithm>

namespace Tidewatch {

bool SourceHealth::isLive(qint64 nowMs) const
{
    return reason(nowMs).isEmpty();
}

QString SourceHealth::reason(qint64 nowMs) const
{
    if (!started)
        return QStringLiteral("starting");
    if (!reachable || lastSuccessMs < 0)
        return QStringLiteral("unreachable");
    if (staleAfterMs > 0 && nowMs - lastSuccessMs > staleAfterMs)
        return QStringLiteral("stale");
    return {};
}

bool SourceHealth::covers(const QList<QPair<QString, QString>> &labels) const
{
    if (!labels.contains(qMakePair(QStringLiteral("cluster"), cluster)))
        return false;
    return std::all_of(scope.cbegin(), scope.cend(), [&](const auto &pair) { return labels.contains(pair); });
}

QString metricSource(const QString &metricName)
{
    if (metricName.startsWith(QLatin1String("tidewatch_kafka_")))
        return QStringLiteral("kafka");
    if (metricName.startsWith(QLatin1String("tidewatch_flink_")))
        return QStringLiteral("flink");
    if (metricName.startsWith(QLatin1String("tidewatch_business_")))
        return QStringLiteral("events");
    if (metricName.startsWith(QLatin1String("tidewatch_postgres_")) ||
        metricName.startsWith(QLatin1String("tidewatch_debezium_")))
        return QStringLiteral("postgres");
    if (metricName.startsWith(QLatin1String("tidewatch_pipeline_")))
        return QStringLiteral("pipeline");
    return {};
}

} // namespace Tidewatch
