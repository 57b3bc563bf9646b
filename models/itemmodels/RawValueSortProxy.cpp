#include "RawValueSortProxy.h"

#include "Roles.h"

namespace Tidewatch {

RawValueSortProxy::RawValueSortProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RawValueRole);
    setFilterKeyColumn(0);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

bool RawValueSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(RawValueRole);
    const QVariant b = right.data(RawValueRole);
    const bool numeric = a.canConvert<double>() && b.canConvert<double>() &&
                         a.typeId() != QMetaType::QString && b.typeId() != QMetaType::QString;
    if (numeric) {
        const double x = a.toDouble();
        const double y = b.toDouble();
        // Unknown (negative) values go below every known value, whatever the direction.
        if ((x < 0) != (y < 0))
            return sortOrder() == Qt::AscendingOrder ? y < 0 : x < 0;
        return x < y;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace Tidewatch
