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
    connect(this, &QSortFilterProxyModel::sortRoleChanged, this, [this] { forgetSortValues(); });
}

void RawValueSortProxy::setSourceModel(QAbstractItemModel *sourceModel)
{
    for (const QMetaObject::Connection &c : std::as_const(m_sourceConnections))
        disconnect(c);
    m_sourceConnections.clear();
    forgetSortValues();
    // Connected before QSortFilterProxyModel's own handlers (slots run in connection order), so the
    // kept values are dropped before the proxy re-sorts for the change.
    if (sourceModel) {
        using M = QAbstractItemModel;
        const auto forget = [this] {
            forgetSortValues();
        };
        m_sourceConnections = {
            connect(sourceModel, &M::dataChanged, this, forget),
            connect(sourceModel, &M::rowsAboutToBeInserted, this, forget),
            connect(sourceModel, &M::rowsInserted, this, forget),
            connect(sourceModel, &M::rowsAboutToBeRemoved, this, forget),
            connect(sourceModel, &M::rowsRemoved, this, forget),
            connect(sourceModel, &M::rowsAboutToBeMoved, this, forget),
            connect(sourceModel, &M::rowsMoved, this, forget),
            connect(sourceModel, &M::layoutAboutToBeChanged, this, forget),
            connect(sourceModel, &M::layoutChanged, this, forget),
            connect(sourceModel, &M::modelAboutToBeReset, this, forget),
            connect(sourceModel, &M::modelReset, this, forget),
        };
    }
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void RawValueSortProxy::sort(int column, Qt::SortOrder order)
{
    forgetSortValues();
    QSortFilterProxyModel::sort(column, order);
}

const RawValueSortProxy::SortValue &RawValueSortProxy::sortValue(const QModelIndex &index) const
{
    static const SortValue other{SortValue::Other, 0};
    if (index.parent().isValid() || index.row() < 0)
        return other; // a table's rows only
    if (m_sortValuesColumn != index.column()) {
        m_sortValues.clear();
        m_sortValuesColumn = index.column();
    }
    if (m_sortValues.empty())
        m_sortValues.resize(std::size_t(sourceModel()->rowCount()));
    if (std::size_t(index.row()) >= m_sortValues.size())
        return other;
    SortValue &value = m_sortValues[std::size_t(index.row())];
    if (value.kind == SortValue::NotRead) {
        const QVariant raw = index.data(sortRole());
        const bool numeric = raw.canConvert<double>() && raw.typeId() != QMetaType::QString;
        value.kind = numeric ? SortValue::Number : SortValue::Other;
        value.number = numeric ? raw.toDouble() : 0;
    }
    return value;
}

bool RawValueSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const SortValue &a = sortValue(left);
    const SortValue &b = sortValue(right);
    if (a.kind == SortValue::Number && b.kind == SortValue::Number) {
        const double x = a.number;
        const double y = b.number;
        // Unknown (negative) values go below every known value, whatever the direction.
        if ((x < 0) != (y < 0))
            return sortOrder() == Qt::AscendingOrder ? y < 0 : x < 0;
        return x < y;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace Tidewatch
