#include "BusinessHistory.h"

#include <algorithm>

#include <cmath>

namespace Tidewatch::BusinessHistory {

QString lateShipmentsKey(const QString &cluster)
{
    return QStringLiteral("business/%1/lateShipments").arg(cluster);
}

QString breachesKey(const QString &cluster)
{
    return QStringLiteral("business/%1/breaches").arg(cluster);
}

QString slaShareKey(const QString &cluster)
{
    return QStringLiteral("business/%1/slaShare").arg(cluster);
}

const SlaShare *firstOverallSla(const BusinessSnapshot &snapshot)
{
    for (const SlaShare &s : snapshot.sla) {
        if (s.key.isEmpty())
            return &s;
    }
    return nullptr;
}

BreachSplit breachSplit(const BusinessSnapshot &snapshot)
{
    // The first overall share is the first SLA window's, the window breachCount covers.
    const SlaShare *first = firstOverallSla(snapshot);
    if (!first)
        return {};
    const qint64 deliveries = first->total - first->onTime;
    return {deliveries, std::max<qint64>(0, snapshot.breachCount - deliveries)};
}

void record(MetricStore &store, const BusinessSnapshot &snapshot)
{
    if (!snapshot.status.attemptedAt.isValid())
        return; // never asked: nothing to say about any time
    const qint64 t = snapshot.status.attemptedAt.toMSecsSinceEpoch();
    const bool known = snapshot.status.reachable && snapshot.hasData();
    const double nan = std::nan("");
    const SlaShare *sla = firstOverallSla(snapshot);
    store.append(lateShipmentsKey(snapshot.clusterName), t, known ? double(snapshot.lateShipmentCount) : nan);
    store.append(breachesKey(snapshot.clusterName), t, known ? double(snapshot.breachCount) : nan);
    store.append(slaShareKey(snapshot.clusterName), t, known && sla ? sla->ratio() : nan);
}

} // namespace Tidewatch::BusinessHistory
