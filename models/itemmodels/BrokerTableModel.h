#pragma once

#include "ColumnTableModel.h"
#include "KafkaSnapshot.h"

#include <QMap>

namespace Tidewatch {

/// The brokers of one cluster, one row per broker id.
class BrokerTableModel : public ColumnTableModel<BrokerInfo, int>
{
    Q_OBJECT
public:
    enum ColumnId
    {
        IdColumn,
        StateColumn,           ///< right after the id: what an operator reads first
        MissingReplicasColumn, ///< partitions that miss this broker's replica (empty when none)
        HostColumn,
        ControllerColumn,
        LeadsColumn,
        PreferredLeaderOfColumn, ///< partitions whose first replica is this broker
        ReplicasColumn,          ///< partition replicas assigned to this broker
        RttColumn,
        RackColumn,
        BytesInColumn,
        BytesOutColumn,
        LogSizeColumn,
        ProduceLatencyColumn,
        FetchLatencyColumn,
    };
    explicit BrokerTableModel(QObject *parent = nullptr);
    /// The brokers of @p snapshot, with how many partitions miss each one's replica.
    void setSnapshot(const KafkaSnapshot &snapshot);
    /// Partitions missing @p brokerId's replica (not in their ISR), as of the last setSnapshot().
    int missingReplicas(int brokerId) const { return m_missing.value(brokerId); }

protected:
    int keyOf(const BrokerInfo &row) const override { return row.id; }

private:
    QMap<int, int> m_missing; ///< by broker id
};

} // namespace Tidewatch
