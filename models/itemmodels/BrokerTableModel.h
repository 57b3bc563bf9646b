#pragma once

#include "ColumnTableModel.h"
#include "KafkaSnapshot.h"

namespace Tidewatch {

/// The brokers of one cluster, one row per broker id.
class BrokerTableModel : public ColumnTableModel<BrokerInfo, int>
{
    Q_OBJECT
public:
    enum ColumnId
    {
        IdColumn,
        HostColumn,
        StateColumn,
        ControllerColumn,
        LeadsColumn,
        RttColumn,
        RackColumn,
        BytesInColumn,
        BytesOutColumn,
        LogSizeColumn,
        ProduceLatencyColumn,
        FetchLatencyColumn,
    };
    explicit BrokerTableModel(QObject *parent = nullptr);

protected:
    int keyOf(const BrokerInfo &row) const override { return row.id; }
};

} // namespace Tidewatch
