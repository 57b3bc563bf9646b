#include "TableViews.h"

#include "ColumnFitter.h"
#include "ColumnTableModel.h"
#include "KafkaCells.h"
#include "RawValueSortProxy.h"
#include "StatusColors.h"
#include "StatusItemDelegate.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStyledItemDelegate>
#include <QTableView>

#include <memory>

namespace Tidewatch::TableViews {

QColor readableStatusColour(const QColor &colour, const QPalette &palette)
{
    // The shared shades of StatusColors, so every page draws one red, one amber, one green.
    if (colour == StatusColour::bad())
        return statusColor(StatusSeverity::Critical, palette);
    if (colour == StatusColour::warn())
        return statusColor(StatusSeverity::Warning, palette);
    if (colour == StatusColour::good())
        return statusColor(StatusSeverity::Ok, palette);
    if (colour == KafkaCells::unknown())
        return statusColor(StatusSeverity::Unknown, palette);
    return colour;
}

void useReadableStatusColours(QTableView *view)
{
    // Readable shades, kept on a selected row (StatusItemDelegate).
    view->setItemDelegate(new StatusItemDelegate(view));
}

ColumnFitter *fitColumns(QTableView *view, const QList<int> &stretch, const QList<int> &alwaysShown,
                         const QList<int> &neverShown)
{
    auto *fitter = new ColumnFitter(view, stretch);
    fitter->setAlwaysShown(alwaysShown);
    fitter->setNeverShown(neverShown);
    useReadableStatusColours(view);
    // Names are cut in the middle, where topic and group names differ least.
    view->setTextElideMode(Qt::ElideMiddle);
    return fitter;
}

QTableView *make(QAbstractItemModel *model, QWidget *parent, bool sortable)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    // Fit the columns to the first data once; afterwards the user's widths stay. (ResizeToContents
    // would measure every row on every update: too slow on the GUI thread for 5,000 partitions.)
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    auto fitted = std::make_shared<QMetaObject::Connection>();
    *fitted = QObject::connect(model, &QAbstractItemModel::rowsInserted, view, [view, fitted] {
        // A fitted view (fitColumns) sizes itself; this would count as the user's widths there.
        if (!view->property("tidewatchLayoutRestored").toBool() && !ColumnFitter::of(view))
            view->resizeColumnsToContents();
        QObject::disconnect(*fitted);
    });
    view->setAlternatingRowColors(true);
    view->setSortingEnabled(sortable);
    view->setWordWrap(false);
    return view;
}

QTableView *makeFiltered(QAbstractItemModel *source, RawValueSortProxy *proxy, QLineEdit *filter,
                         QWidget *parent)
{
    proxy->setSourceModel(source);
    filter->setClearButtonEnabled(true);
    QObject::connect(filter, &QLineEdit::textChanged, proxy, &RawValueSortProxy::setFilterFixedString);
    QTableView *view = make(proxy, parent, true);
    view->sortByColumn(0, Qt::AscendingOrder);
    return view;
}

QLabel *makeHeadline(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    label->setFont(font);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

QLabel *makeCauseLabel(QWidget *parent)
{
    QLabel *label = makeHeadline(parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->hide();
    return label;
}

void setCause(QLabel *label, const QString &cause, bool critical)
{
    label->setText(cause);
    label->setVisible(!cause.isEmpty());
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText,
                     readableStatusColour(critical ? StatusColour::bad() : StatusColour::warn(), palette));
    label->setPalette(palette);
}

} // namespace Tidewatch::TableViews
