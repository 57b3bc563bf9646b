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

    /// Merges @p next (any order) into the model.
    void setRows(QList<Row> next)
    {
        std::sort(next.begin(), next.end(),
                  [this](const Row &a, const Row &b) { return keyOf(a) < keyOf(b); });
        struct Ops
        {
            KeyedTableModel *m;
            void beginRemove(int first, int last) { m->beginRemoveRows({}, first, last); }
            void endRemove() { m->endRemoveRows(); }
            void beginInsert(int first, int last) { m->beginInsertRows({}, first, last); }
            void endInsert() { m->endInsertRows(); }
            void changed(int row)
            {
                Q_EMIT m->dataChanged(m->index(row, 0), m->index(row, m->columnCount() - 1),
                                      {Qt::DisplayRole, Qt::ToolTipRole, Qt::ForegroundRole});
            }
        } ops{this};
        mergeSortedRows(
            m_rows, next, [this](const Row &r) { return keyOf(r); }, ops);
    }

protected:
    virtual Key keyOf(const Row &row) const = 0;

private:
    QList<Row> m_rows;
};

} // namespace Tidewatch
