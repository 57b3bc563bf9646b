#pragma once

#include <QString>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QTableView;
class QWidget;

namespace Tidewatch {

class RawValueSortProxy;

namespace TableViews {

/// A read-only table for live data: whole-row selection, columns sized to contents, optional sorting.
QTableView *make(QAbstractItemModel *model, QWidget *parent, bool sortable = false);
/// A sorted, filterable table: the proxy sorts by raw values; @p filter narrows by the first column.
QTableView *makeFiltered(QAbstractItemModel *source, RawValueSortProxy *proxy, QLineEdit *filter,
                         QWidget *parent);
/// A larger label for a page's one-line summary.
QLabel *makeHeadline(QWidget *parent);

} // namespace TableViews
} // namespace Tidewatch
