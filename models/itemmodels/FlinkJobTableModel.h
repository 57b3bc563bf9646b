#pragma once

#include "FlinkSnapshot.h"
#include "KeyedRowMerge.h"

namespace Tidewatch {

/// The jobs of one Flink cluster, one row per job id.
class FlinkJobTableModel : public KeyedTableModel<FlinkJobInfo, QString>
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        StateColumn,
        UptimeColumn,
        TasksColumn,
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
    QString keyOf(const FlinkJobInfo &row) const override { return row.id; }
};

} // namespace Tidewatch
