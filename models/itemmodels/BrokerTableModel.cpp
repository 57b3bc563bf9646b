#include "BrokerTableModel.h"

#include "Roles.h"

namespace Tidewatch {

QVariant BrokerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BrokerInfo &b = rows().at(index.row());
    if (role == KeyRole)
        return b.id;
    switch (index.column()) {
    case IdColumn:
        if (role == Qt::DisplayRole || role == RawValueRole)
            return b.id;
        break;
    case HostColumn:
        if (role == Qt::DisplayRole || role == RawValueRole)
            return QStringLiteral("%1:%2").arg(b.host).arg(b.port);
        break;
    case RackColumn:
        if (role == Qt::DisplayRole || role == RawValueRole)
            return b.rack.isEmpty() ? tr("none") : b.rack;
        break;
    case ControllerColumn:
        if (role == RawValueRole)
            return b.isController;
        if (role == Qt::DisplayRole)
            return b.isController ? tr("controller") : QString();
        break;
    default:
        break;
    }
    return {};
}

QVariant BrokerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (section) {
    case IdColumn:
        return role == Qt::DisplayRole ? tr("Broker") : tr("The broker's node id");
    case HostColumn:
        return role == Qt::DisplayRole ? tr("Address") : tr("The address the broker advertises to clients");
    case RackColumn:
        return role == Qt::DisplayRole ? tr("Rack") : tr("The broker's rack (broker.rack), if configured");
    case ControllerColumn:
        return role == Qt::DisplayRole ? tr("Role") : tr("Whether this broker is the active controller");
    default:
        return {};
    }
}

} // namespace Tidewatch
