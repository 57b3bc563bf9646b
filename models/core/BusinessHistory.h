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

} // namespace Tidewatch::BusinessHistory
