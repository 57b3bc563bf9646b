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
#include <QPair>

namespace Tidewatch {

/// The rows a merge changed, as runs of adjacent rows: what dataChanged is emitted for. Rows are added
/// in ascending order. Many scattered runs are emitted as the one range spanning them, so that a
/// sorting proxy re-sorts a bounded number of times per update (it re-sorts once per dataChanged
/// that touches its sort column), not once per changed row.
class ChangedRowRuns
{
public:
    /// Runs beyond this many are emitted as one spanning range.
    static constexpr int MaxRanges = 4;

    void add(int row)
    {
        if (!m_runs.isEmpty() && m_runs.last().second == row - 1)
            m_runs.last().second = row;
        else
            m_runs.append({row, row});
    }
    bool isEmpty() const { return m_runs.isEmpty(); }
    /// The ranges to emit: first and last row of each, ascending.
    QList<QPair<int, int>> ranges() const
    {
        if (m_runs.size() <= MaxRanges)
            return m_runs;
        return {{m_runs.first().first, m_runs.last().second}};
    }

private:
    QList<QPair<int, int>> m_runs;
};

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
    /// Only rows whose value changed are reported: rows removed and inserted in runs, changed rows
    /// with dataChanged over ranges of adjacent rows (ChangedRowRuns), after the structural changes.
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
            ChangedRowRuns runs;
            void beginRemove(int first, int last) { m->beginRemoveRows({}, first, last); }
            void endRemove() { m->endRemoveRows(); }
            void beginInsert(int first, int last) { m->beginInsertRows({}, first, last); }
            void endInsert() { m->endInsertRows(); }
            // Rows before the merge position are final, so a changed row's index stays valid to the end.
            void changed(int row) { runs.add(row); }
        } ops{this, {}};
        mergeSortedRows(
            m_rows, next, [this](const Row &r) { return keyOf(r); }, ops);
        if (ops.runs.isEmpty())
            return;
        const int lastColumn = columnCount() - 1;
        const QList<int> roles = changedRoles();
        for (const QPair<int, int> &range : ops.runs.ranges())
            Q_EMIT dataChanged(index(range.first, 0), index(range.second, lastColumn), roles);
    }

protected:
    virtual Key keyOf(const Row &row) const = 0;

private:
    QList<Row> m_rows;
};

} // namespace Tidewatch
