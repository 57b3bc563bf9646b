#include "BusinessHistory.h"

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
