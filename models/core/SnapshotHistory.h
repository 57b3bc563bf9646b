#pragma once

#include "KafkaSnapshot.h"
#include "MetricStore.h"

namespace Tidewatch::SnapshotHistory {

/// Series keys of the history the GUI charts, per cluster.
QString groupLagKey(const QString &cluster, const QString &group);
QString groupTimeLagKey(const QString &cluster, const QString &group);
QString brokerBytesInKey(const QString &cluster, int broker);
QString brokerBytesOutKey(const QString &cluster, int broker);
QString topicMessagesKey(const QString &cluster, const QString &topic);

/// Records the numbers of @p snapshot worth charting into @p store at the snapshot's collection
/// time: per group its lag and time lag, per broker its bytes in and out, per topic its messages
/// per second. Unknown values are recorded as gaps, and so is everything while the cluster is
/// unreachable, so a chart never draws a line through a time it knows nothing about.
void recordKafka(MetricStore &store, const KafkaSnapshot &snapshot);

} // namespace Tidewatch::SnapshotHistory
