#include "FlinkJobTableModel.h"

#include "Format.h"
#include "Roles.h"

#include <QBrush>
#include <QColor>

namespace Tidewatch {

QVariant FlinkJobTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FlinkJobInfo &job = rows().at(index.row());
    if (role == KeyRole)
        return job.id;
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == RawValueRole)
            return job.name;
        if (role == Qt::ToolTipRole)
            return tr("Job id %1").arg(job.id);
        break;
    case StateColumn:
        if (role == Qt::DisplayRole || role == RawValueRole)
            return job.state;
        if (role == Qt::ForegroundRole && job.state != QLatin1String("RUNNING"))
            return QBrush(QColor(0xd3, 0x2f, 0x2f));
        break;
    case UptimeColumn:
        if (role == RawValueRole)
            return job.durationMs;
        if (role == Qt::DisplayRole)
            return job.durationMs >= 0 ? Format::duration(job.durationMs) : QString();
        break;
    case TasksColumn:
        if (role == RawValueRole)
            return job.tasksRunning;
        if (role == Qt::DisplayRole)
            return tr("%1 / %2 running").arg(job.tasksRunning).arg(job.tasksTotal);
        break;
    default:
        break;
    }
    return {};
}

QVariant FlinkJobTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Job");
    case StateColumn:
        return tr("State");
    case UptimeColumn:
        return tr("Running for");
    case TasksColumn:
        return tr("Tasks");
    default:
        return {};
    }
}

} // namespace Tidewatch
