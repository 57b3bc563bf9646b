#pragma once

#include "KafkaSnapshot.h"
#include "KeyedRowMerge.h"

namespace Tidewatch {

/// The brokers of one cluster, one row per broker id.
class BrokerTableModel : public KeyedTableModel<BrokerInfo, int>
{
    Q_OBJECT
public:
    enum Column
    {
        IdColumn,
        HostColumn,
        StateColumn,
        ControllerColumn,
        LeadsColumn,
        RttColumn,
        RackColumn,
        ColumnCount
    };

    using KeyedTableModel::KeyedTableModel;

    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int keyOf(const BrokerInfo &row) const override { return row.id; }
};

} // namespace Tidewatch
