#pragma once

#include <QString>

#include <QList>

class QAbstractItemModel;
class QColor;
class QPalette;
class QLabel;
class QLineEdit;
class QTableView;
class QWidget;

namespace Tidewatch {

class ColumnFitter;
class RawValueSortProxy;

namespace TableViews {

/// A read-only table for live data: whole-row selection, columns sized to contents, optional sorting.
QTableView *make(QAbstractItemModel *model, QWidget *parent, bool sortable = false);
/// A sorted, filterable table: the proxy sorts by raw values; @p filter narrows by the first column.
QTableView *makeFiltered(QAbstractItemModel *source, RawValueSortProxy *proxy, QLineEdit *filter,
                         QWidget *parent);
/// A larger label for a page's one-line summary.
QLabel *makeHeadline(QWidget *parent);

/// The column policy of the Kafka pages' main tables (see ColumnFitter): the @p stretch columns
/// (names) take the room left, the others are fitted to their content, columns empty in every row
/// are hidden unless listed in @p alwaysShown; status colours are drawn readable on the palette.
/// @p neverShown: columns this view leaves out (a summary shows fewer than the page's own table).
/// Returns the view's ColumnFitter (for ColumnFitter::setDroppable).
ColumnFitter *fitColumns(QTableView *view, const QList<int> &stretch, const QList<int> &alwaysShown = {},
                         const QList<int> &neverShown = {});
/// A bold label for the cause of trouble above a table ("Broker 2 is down: ..."); hidden while empty.
QLabel *makeCauseLabel(QWidget *parent);
/// Shows @p cause in red when @p critical, else amber; hides the label when @p cause is empty.
void setCause(QLabel *label, const QString &cause, bool critical);
/// Draws the status colours the models give (StatusColour, KafkaCells::unknown) in a shade that
/// reads on @p view's palette (WCAG AA on Base in the light and the dark theme).
void useReadableStatusColours(QTableView *view);
/// The shade of a model's status colour for text on @p palette's Base; other colours unchanged.
QColor readableStatusColour(const QColor &modelColour, const QPalette &palette);

} // namespace TableViews
} // namespace Tidewatch
