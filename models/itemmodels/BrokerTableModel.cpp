#include "BrokerTableModel.h"

#include "Roles.h"

#include <QBrush>
#include <QColor>

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
            return b.rack.isEmpty() ? QStringLiteral("–") : b.rack;
        if (role == Qt::ToolTipRole && b.rack.isEmpty())
            return tr("Unknown: the Kafka client library in use does not report racks");
        break;
    case StateColumn:
        if (role == RawValueRole)
            return b.reachable;
        if (role == Qt::DisplayRole)
            return b.reachable ? tr("up") : tr("DOWN");
        if (role == Qt::ToolTipRole && !b.reachable)
            return b.error;
        if (role == Qt::ForegroundRole && !b.reachable)
            return QBrush(QColor(0xd3, 0x2f, 0x2f));
        break;
    case LeadsColumn:
        if (role == Qt::DisplayRole || role == RawValueRole)
            return b.partitionsLed;
        break;
    case RttColumn:
        if (role == RawValueRole)
            return b.rttMs;
        if (role == Qt::DisplayRole)
            return b.rttMs >= 0 ? tr("%1 ms").arg(b.rttMs, 0, 'f', 1) : QStringLiteral("–");
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
    case StateColumn:
        return role == Qt::DisplayRole
                   ? tr("State")
                   : tr("Down when the broker is missing from the cluster metadata (stopped or "
                        "fenced) or the connection to it fails");
    case LeadsColumn:
        return role == Qt::DisplayRole ? tr("Leads") : tr("Partitions this broker is the leader of");
    case RttColumn:
        return role == Qt::DisplayRole ? tr("Round trip")
                                       : tr("Average request round trip from Tidewatch to the broker");
    default:
        return {};
    }
}

} // namespace Tidewatch
