#include "TableViews.h"

#include "RawValueSortProxy.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>

#include <memory>

namespace Tidewatch::TableViews {

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
        if (!view->property("tidewatchLayoutRestored").toBool())
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

} // namespace Tidewatch::TableViews
