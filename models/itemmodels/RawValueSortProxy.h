#pragma once

#include <QSortFilterProxyModel>

#include <vector>

namespace Tidewatch {

/// Sorts by the raw value (RawValueRole), never by formatted text, so "1.2 M" sorts above "950 k";
/// filters rows whose first column contains the filter text (case-insensitive). Unknown values
/// (negative numbers) sort below every known one.
///
/// A frame that changes every row of a 2,000-row table re-sorts it with thousands of comparisons:
/// each source row's numeric sort value is read once per change of the source and kept, so a
/// comparison does not ask the source model twice.
class RawValueSortProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit RawValueSortProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    /// A source row's sort value as read for the current sort column.
    struct SortValue
    {
        enum Kind : unsigned char
        {
            NotRead,
            Number,
            Other, ///< text, or no value: compared as QSortFilterProxyModel does
        };
        Kind kind = NotRead;
        double number = 0;
    };
    const SortValue &sortValue(const QModelIndex &index) const;
    void forgetSortValues() { m_sortValues.clear(); }

    mutable std::vector<SortValue> m_sortValues; ///< by source row; empty: read again
    mutable int m_sortValuesColumn = -1;
    QList<QMetaObject::Connection> m_sourceConnections;
};

} // namespace Tidewatch
