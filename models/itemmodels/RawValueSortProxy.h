#pragma once

#include <QSortFilterProxyModel>

namespace Tidewatch {

/// Sorts by the raw value (RawValueRole), never by formatted text, so "1.2 M" sorts above "950 k";
/// filters rows whose first column contains the filter text (case-insensitive). Unknown values
/// (negative numbers) sort below every known one.
class RawValueSortProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit RawValueSortProxy(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace Tidewatch
