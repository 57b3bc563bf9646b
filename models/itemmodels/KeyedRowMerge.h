#pragma once

#include <QAbstractItemModel>
#include <QList>

#include <algorithm>

namespace Tidewatch {

/// Replaces the rows of a list model with @p next, row by row, so that views keep selection,
/// scrolling and sorting: rows whose key vanished are removed, new keys are inserted, and rows whose
/// content changed emit dataChanged. Both lists must be sorted by key. @p keyOf returns a row's key.
/// The model provides beginRemoveRows() & co. through the @p ops object (the protected members of
/// QAbstractItemModel cannot be called from outside the model).
template<typename Row, typename KeyOf, typename Ops>
void mergeSortedRows(QList<Row> &rows, const QList<Row> &next, KeyOf keyOf, Ops &ops)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < rows.size() || j < next.size()) {
        if (j >= next.size() || (i < rows.size() && keyOf(rows[i]) < keyOf(next[j]))) {
            // rows[i] is gone: remove the run of vanished keys at once
            qsizetype end = i + 1;
            while (end < rows.size() && (j >= next.size() || keyOf(rows[end]) < keyOf(next[j])))
                ++end;
            ops.beginRemove(int(i), int(end - 1));
            rows.remove(i, end - i);
            ops.endRemove();
        } else if (i >= rows.size() || keyOf(next[j]) < keyOf(rows[i])) {
            // next[j] is new: insert the run of new keys at once
            qsizetype end = j + 1;
            while (end < next.size() && (i >= rows.size() || keyOf(next[end]) < keyOf(rows[i])))
                ++end;
            ops.beginInsert(int(i), int(i + (end - j) - 1));
            for (qsizetype k = j; k < end; ++k)
                rows.insert(i + (k - j), next[k]);
            ops.endInsert();
            i += end - j;
            j = end;
        } else {
            if (!(rows[i] == next[j])) {
                rows[i] = next[j];
                ops.changed(int(i));
            }
            ++i;
            ++j;
        }
    }
}

} // namespace Tidewatch

#include "Roles.h"

#include <QAbstractTableModel>

namespace Tidewatch {

/// A table model over a list of value rows kept sorted by key and merged by key on every update.
/// Subclasses describe columns; the rows and the merge live here.
template<typename Row, typename Key>
class KeyedTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    const QList<Row> &rows() const { return m_rows; }

    /// The roles a changed row's dataChanged names.
    static QList<int> changedRoles()
    {
        return {Qt::DisplayRole, Qt::ToolTipRole, Qt::ForegroundRole, RawValueRole, SeverityRole};
    }

    /// Merges @p next (any order; key order, as collectors deliver, costs no sort) into the model.
    /// Only rows whose value changed are reported: vanished and new rows removed and inserted in
    /// runs, then the changed rows as one dataChanged spanning the first to the last of them (every
    /// column, changedRoles()); nothing when nothing changed. One range per update, not one signal per
    /// row: a sorting proxy re-sorts once per dataChanged that touches its sort column.
    void setRows(QList<Row> next)
    {
        const auto byKey = [this](const Row &a, const Row &b) {
            return keyOf(a) < keyOf(b);
        };
        if (!std::is_sorted(next.cbegin(), next.cend(), byKey))
            std::sort(next.begin(), next.end(), byKey);
        struct Ops
        {
            KeyedTableModel *m;
            int firstChanged = -1;
            int lastChanged = -1;
            void beginRemove(int first, int last) { m->beginRemoveRows({}, first, last); }
            void endRemove() { m->endRemoveRows(); }
            void beginInsert(int first, int last) { m->beginInsertRows({}, first, last); }
            void endInsert() { m->endInsertRows(); }
            // Called in ascending row order, and rows before the merge position are final: a
            // changed row's index stays valid to the end of the merge.
            void changed(int row)
            {
                if (firstChanged < 0)
                    firstChanged = row;
                lastChanged = row;
            }
        } ops{this};
        mergeSortedRows(
            m_rows, next, [this](const Row &r) { return keyOf(r); }, ops);
        if (ops.firstChanged >= 0)
            Q_EMIT dataChanged(index(ops.firstChanged, 0), index(ops.lastChanged, columnCount() - 1),
                               changedRoles());
    }

protected:
    virtual Key keyOf(const Row &row) const = 0;

private:
    QList<Row> m_rows;
};

} // namespace Tidewatch
