#pragma once

#include "BusinessSnapshot.h"
#include "MetricStore.h"

namespace Tidewatch::BusinessHistory {

/// Series keys of the business history the wall's trend charts read, per cluster.
QString lateShipmentsKey(const QString &cluster);
QString breachesKey(const QString &cluster);
/// On-time share (0..1) of the first SLA window.
QString slaShareKey(const QString &cluster);

/// Records the business figures the snapshot does not keep a history of (late shipments, breaches,
/// the first window's SLA share) at the snapshot's attempt time. Unknown values (no event yet, the
/// consumer unreachable, nothing due in the window) are gaps, never 0.
void record(MetricStore &store, const BusinessSnapshot &snapshot);
/// The overall share of the first SLA window (the first overall entry of BusinessSnapshot::sla),
/// or nullptr when there is none.
const SlaShare *firstOverallSla(const BusinessSnapshot &snapshot);

/// breachCount split by kind. The on-time share counts deliveries only: its misses (total - onTime
/// of the first window) are exactly the delivery breaches; the rest of breachCount are orders not
/// shipped by their ship-by time, which no share counts.
struct BreachSplit
{
    qint64 deliveries = -1; ///< late or overdue deliveries; -1: no SLA window computed
    qint64 shipBy = -1;     ///< orders shipped late or not yet shipped past their ship-by time
};
BreachSplit breachSplit(const BusinessSnapshot &snapshot);

} // namespace Tidewatch::BusinessHistory
