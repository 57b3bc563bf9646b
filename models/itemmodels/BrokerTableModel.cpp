#include "BrokerTableModel.h"

#include "Format.h"
#include "ReplicaDiagnosis.h"

namespace Tidewatch {

BrokerTableModel::BrokerTableModel(QObject *parent)
    : ColumnTableModel(parent)
{
    using C = Column<BrokerInfo>;
    using B = BrokerInfo;
    const auto metricsTip = [](const B &b) {
        return b.metricsError;
    };
    setColumns({
        C{tr("Broker"),
          tr("The broker's node id"),
          [](const B &b) { return b.id; },
          {},
          {},
          {},
          Cell::kRight},
        //: Column header: whether a Kafka broker is up or down
        C{tr("State"),
          tr("Down when the broker is missing from the cluster metadata (stopped or fenced) or the "
             "connection to it fails"),
          [](const B &b) { return b.reachable ? tr("up") : tr("down"); },
          [](const B &b) { return b.reachable; },
          [](const B &b) { return b.reachable ? StatusColour::good() : StatusColour::bad(); },
          [](const B &b) { return b.error; }, Cell::kLeft},
        C{tr("Missing replicas"),
          tr("Partitions whose replica on this broker is not in sync (not in the ISR): what a broker "
             "outage costs in redundancy"),
          [this](const B &b) {
              const int missing = m_missing.value(b.id);
              return missing > 0 ? tr("%n partition(s)", nullptr, missing) : QString();
          },
          [this](const B &b) { return m_missing.value(b.id); },
          [this](const B &b) {
              return m_missing.value(b.id) == 0 ? QColor()
                     : b.reachable              ? StatusColour::warn()
                                                : StatusColour::bad();
          },
          {},
          Cell::kRight},
        C{tr("Address"),
          tr("The address the broker advertises to clients"),
          [](const B &b) {
              return b.host.isEmpty() ? QStringLiteral("–") : QStringLiteral("%1:%2").arg(b.host).arg(b.port);
          },
          {},
          {},
          {},
          Cell::kLeft},
        C{tr("Role"),
          tr("Whether this broker is the active controller"),
          [](const B &b) { return b.isController ? tr("controller") : QString(); },
          [](const B &b) { return b.isController; },
          {},
          {},
          Cell::kLeft},
        C{tr("Leads"),
          tr("Partitions this broker is the leader of; amber when that differs from the partitions it is "
             "the preferred leader of (leadership moved, e.g. after a restart)"),
          [](const B &b) { return b.partitionsLed; },
          {},
          [](const B &b) {
              return b.reachable && b.partitionsLed != b.preferredLeaderCount ? StatusColour::warn()
                                                                              : QColor();
          },
          [](const B &b) {
              return tr("Leads %1 partition(s); preferred leader of %2")
                  .arg(b.partitionsLed)
                  .arg(b.preferredLeaderCount);
          },
          Cell::kRight},
        C{tr("Preferred of"),
          tr("Partitions whose preferred (first) replica is this broker: what it leads once every "
             "partition is on its preferred leader"),
          [](const B &b) { return b.preferredLeaderCount; },
          {},
          {},
          {},
          Cell::kRight},
        C{tr("Replicas"),
          tr("Partition replicas assigned to this broker, in sync or not"),
          [](const B &b) { return b.replicaCount; },
          {},
          {},
          {},
          Cell::kRight},
        C{tr("Round trip"),
          tr("Average request round trip from Tidewatch to the broker"),
          [](const B &b) { return Cell::orDash(b.rttMs, tr("%1 ms").arg(b.rttMs, 0, 'f', 1)); },
          [](const B &b) { return b.rttMs; },
          {},
          {},
          Cell::kRight},
        C{tr("Rack"),
          tr("The broker's rack; unknown: the Kafka client library in use does not report racks"),
          [](const B &b) { return b.rack.isEmpty() ? QStringLiteral("–") : b.rack; },
          {},
          {},
          {},
          Cell::kLeft},
        C{tr("Bytes in"),
          tr("Bytes per second produced to this broker (its metrics endpoint)"),
          [](const B &b) {
              return Cell::orDash(b.bytesInPerSecond,
                                  Format::bytes(b.bytesInPerSecond) + QStringLiteral("/s"));
          },
          [](const B &b) { return b.bytesInPerSecond; },
          {},
          metricsTip,
          Cell::kRight},
        C{tr("Bytes out"),
          tr("Bytes per second fetched by consumers (replication excluded)"),
          [](const B &b) {
              return Cell::orDash(b.bytesOutPerSecond,
                                  Format::bytes(b.bytesOutPerSecond) + QStringLiteral("/s"));
          },
          [](const B &b) { return b.bytesOutPerSecond; },
          {},
          metricsTip,
          Cell::kRight},
        C{tr("Log size"),
          tr("Bytes of all replicas on this broker"),
          [](const B &b) { return Cell::orDash(b.logSizeBytes, Format::bytes(b.logSizeBytes)); },
          [](const B &b) { return b.logSizeBytes; },
          {},
          metricsTip,
          Cell::kRight},
        C{tr("Produce p99"),
          tr("99th percentile of the total time of Produce requests"),
          [](const B &b) {
              return Cell::orDash(b.produceLatencyP99Ms, tr("%1 ms").arg(b.produceLatencyP99Ms));
          },
          [](const B &b) { return b.produceLatencyP99Ms; },
          {},
          metricsTip,
          Cell::kRight},
        C{tr("Fetch p99"),
          tr("99th percentile of the total time of consumer Fetch requests (includes fetch.max.wait)"),
          [](const B &b) { return Cell::orDash(b.fetchLatencyP99Ms, tr("%1 ms").arg(b.fetchLatencyP99Ms)); },
          [](const B &b) { return b.fetchLatencyP99Ms; },
          {},
          metricsTip,
          Cell::kRight},
    });
}

void BrokerTableModel::setSnapshot(const KafkaSnapshot &snapshot)
{
    const QMap<int, int> missing = ReplicaDiagnosis::missingByBroker(snapshot);
    const bool changed = missing != m_missing;
    m_missing = missing;
    setRows(snapshot.brokers);
    // The counts live beside the rows: rows that did not change are not re-announced by the merge.
    if (changed && rowCount() > 0)
        Q_EMIT dataChanged(index(0, MissingReplicasColumn), index(rowCount() - 1, MissingReplicasColumn));
}

} // namespace Tidewatch
