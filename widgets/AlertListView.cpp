#include "AlertListView.h"

#include "StatusItemDelegate.h"

#include <QHeaderView>
#include <QResizeEvent>
#include <QScrollBar>

#include <algorithm>

namespace Tidewatch {

AlertListView::AlertListView(QWidget *parent)
    : QTableView(parent)
{
    setItemDelegate(new StatusItemDelegate(this));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    verticalHeader()->hide();
    setAlternatingRowColors(true);
    setSortingEnabled(true);
    setWordWrap(true);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void AlertListView::setAlertModel(QAbstractItemModel *model, int summaryColumn)
{
    setModel(model);
    m_summaryColumn = summaryColumn;
    horizontalHeader()->setStretchLastSection(false);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setSectionResizeMode(summaryColumn, QHeaderView::Stretch);
    // Alerts come and go rarely; values and ages change on every evaluation: the columns and the rows
    // are fitted when alerts come or go, not on every change (fitting measures every row).
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &AlertListView::fit);
    connect(model, &QAbstractItemModel::modelReset, this, &AlertListView::fit);
    fit();
}

void AlertListView::setMaxVisibleRows(int rows)
{
    m_maxVisibleRows = std::max(1, rows);
    fit();
}

int AlertListView::fittedHeight() const
{
    const int rows = model() ? model()->rowCount() : 0;
    int height = 0;
    for (int row = 0; row < std::min(rows, m_maxVisibleRows); ++row)
        height += rowHeight(row);
    if (rows == 0)
        height = verticalHeader()->defaultSectionSize();
    const int header = horizontalHeader()->isVisible() ? horizontalHeader()->height() : 0;
    // A horizontal scroll bar (a narrow window) takes room from the rows.
    const int hbar = horizontalScrollBar()->isVisible() ? horizontalScrollBar()->height() : 0;
    return height + header + hbar + 2 * frameWidth();
}

void AlertListView::fit()
{
    if (m_fitting || !model())
        return;
    m_fitting = true;
    for (int column = 0; column < model()->columnCount(); ++column) {
        if (column != m_summaryColumn)
            resizeColumnToContents(column);
    }
    resizeRowsToContents(); // wrapped summaries take the lines they need
    const bool scrolls = model()->rowCount() > m_maxVisibleRows;
    setVerticalScrollBarPolicy(scrolls ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff);
    setFixedHeight(fittedHeight());
    m_fitting = false;
}

void AlertListView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    // A new width wraps the summaries differently: their rows, and so the pane, change height.
    if (event->size().width() != event->oldSize().width())
        fit();
}

} // namespace Tidewatch
