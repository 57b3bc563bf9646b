#include "OrdersPage.h"

#include "BusinessCells.h"
#include "BusinessCharts.h"
#include "ColumnFitter.h"
#include "MinuteChart.h"
#include "OrderTableModels.h"
#include "RawValueSortProxy.h"
#include "TableViews.h"

#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace Tidewatch {

OrdersPage::OrdersPage(QWidget *parent)
    : BusinessPage(parent)
    , m_statuses(
          new CountTableModel(tr("Status"), tr("The order's latest status, as the events name it"), this))
    , m_flow(new MinuteChart(this))
    , m_revenue(new MinuteChart(this))
    , m_shipTime(new QLabel(this))
    , m_overdueLabel(TableViews::makeHeadline(this))
    , m_overdue(new OverdueOrderTableModel(this))
{
    m_flow->setTitle(tr("Orders per event-time minute"));
    m_flow->setToolTip(tr("Orders created, paid, shipped and cancelled per minute of event time, the last 60 "
                          "minutes. The shaded minutes at the right are still open (events may still "
                          "arrive): partial, not a drop"));
    m_revenue->setTitle(tr("Revenue of paid orders per minute"));
    m_revenue->setToolTip(tr("The amounts of orders paid in each event-time minute, per currency"));
    m_shipTime->setTextFormat(Qt::PlainText);
    m_shipTime->setWordWrap(true);
    m_shipTime->setToolTip(tr("Time from an order's creation to its shipping, over the orders shipped in "
                              "each SLA window: median (p50) and 95th percentile (p95)"));

    auto *statusProxy = new RawValueSortProxy(this);
    statusProxy->setSourceModel(m_statuses);
    QTableView *statusView = TableViews::make(statusProxy, this, true);
    statusView->sortByColumn(CountTableModel::CountColumn, Qt::DescendingOrder);
    m_statuses->setNameWords(&BusinessCells::statusWords); // "paid", the code in the tooltip
    TableViews::fitColumns(statusView, {CountTableModel::NameColumn});
    // Name, count and share readable without scrolling (the text plus cell margins and a scroll bar).
    statusView->setMinimumWidth(
        statusView->fontMetrics().horizontalAdvance(QStringLiteral("cancelled 100,000 100.0 %")) + 110);

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(statusView);
    top->addWidget(m_flow);
    top->addWidget(m_revenue);
    top->setStretchFactor(0, 1);
    top->setStretchFactor(1, 2);
    top->setStretchFactor(2, 2);

    auto *overdueProxy = new RawValueSortProxy(this);
    overdueProxy->setSourceModel(m_overdue);
    QTableView *overdueView = TableViews::make(overdueProxy, this, true);
    overdueView->sortByColumn(OverdueOrderTableModel::OverdueByColumn, Qt::DescendingOrder);
    TableViews::fitColumns(overdueView,
                           {OverdueOrderTableModel::OrderColumn, OverdueOrderTableModel::CustomerColumn},
                           {OverdueOrderTableModel::OverdueByColumn})
        ->setDroppable({OverdueOrderTableModel::CustomerColumn});

    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_shipTime);
    lowerLayout->addWidget(m_overdueLabel);
    lowerLayout->addWidget(overdueView, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    pageLayout()->addWidget(splitter, 1);
}

void OrdersPage::showSnapshot(const BusinessSnapshot &s)
{
    const QString noData = noDataText(tr("Orders"));
    headlineLabel()->setText(!noData.isEmpty() ? noData
                                               : tr("Orders: %1 tracked · %2 open · %3 overdue")
                                                     .arg(BusinessCells::exact(s.trackedOrders),
                                                          BusinessCells::exact(s.openOrders),
                                                          BusinessCells::exact(s.overdueOrderCount)));
    m_statuses->setCounts(s.ordersByStatus);
    m_flow->setData(BusinessCharts::orderFlow(s));
    m_revenue->setData(BusinessCharts::revenue(s));

    QStringList windows;
    for (const ShipTimeQuantiles &q : s.orderToShip) {
        const QString window = BusinessCells::window(q.windowMs);
        if (q.count <= 0 || !std::isfinite(q.p50Ms))
            windows << tr("%1: no order shipped").arg(window);
        else
            windows << tr("%1: p50 %2, p95 %3 (%4 shipped)")
                           .arg(window, Format::duration(qint64(q.p50Ms)),
                                std::isfinite(q.p95Ms) ? Format::duration(qint64(q.p95Ms)) : Cell::dash(),
                                BusinessCells::exact(q.count));
    }
    m_shipTime->setText(windows.isEmpty()
                            ? tr("Order to ship: unknown")
                            : tr("Order to ship — %1").arg(windows.join(QStringLiteral(" · "))));

    m_overdueLabel->setText(tr("Overdue orders (not shipped by their ship-by time): %1")
                                .arg(BusinessCells::shownOf(s.overdueOrders.size(), s.overdueOrderCount)));
    m_overdue->setRows(s.overdueOrders);
}

void OrdersPage::showStale(bool stale)
{
    // Stale figures stay readable but dimmed: they are the last known, not the current ones.
    m_flow->setStale(stale);
    m_revenue->setStale(stale);
}

} // namespace Tidewatch
