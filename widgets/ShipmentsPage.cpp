#include "ShipmentsPage.h"

#include "BusinessCells.h"
#include "ColumnFitter.h"
#include "HubMapWidget.h"
#include "OrderTableModels.h"
#include "RawValueSortProxy.h"
#include "ShipmentTableModels.h"
#include "TableViews.h"

#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Tidewatch {

namespace {

/// A count line above a sorted table, in one widget. The table's columns are fitted to its width
/// (TableViews::fitColumns): the @p stretch columns (ids) share the room the figures leave, the
/// @p droppable ones give way, in order, before anything scrolls sideways.
QWidget *labelled(QLabel *label, QAbstractItemModel *model, int sortColumn, Qt::SortOrder order,
                  QWidget *parent, const QList<int> &stretch, const QList<int> &droppable = {})
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *proxy = new RawValueSortProxy(box);
    proxy->setSourceModel(model);
    QTableView *view = TableViews::make(proxy, box, true);
    view->sortByColumn(sortColumn, order);
    TableViews::fitColumns(view, stretch)->setDroppable(droppable);
    layout->addWidget(label);
    layout->addWidget(view, 1);
    return box;
}

} // namespace

ShipmentsPage::ShipmentsPage(QWidget *parent)
    : BusinessPage(parent)
    , m_statuses(
          new CountTableModel(tr("Status"), tr("Shipments by their latest status, open and finished"), this))
    , m_carriers(new CountTableModel(tr("Carrier"), tr("Open shipments per carrier"), this))
    , m_map(new HubMapWidget(this))
    , m_lateLabel(new QLabel(this))
    , m_slipLabel(new QLabel(this))
    , m_positionLabel(new QLabel(this))
    , m_late(new LateShipmentTableModel(this))
    , m_slips(new EtaSlipTableModel(this))
    , m_positions(new PositionTableModel(this))
{
    for (QLabel *label : {m_lateLabel, m_slipLabel, m_positionLabel}) {
        label->setTextFormat(Qt::PlainText);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
    }
    auto *counts = new QSplitter(Qt::Vertical, this);
    m_statuses->setNameWords(&BusinessCells::statusWords); // "out for delivery", the code in the tooltip
    counts->addWidget(labelled(new QLabel(tr("By status"), this), m_statuses, CountTableModel::CountColumn,
                               Qt::DescendingOrder, counts, {CountTableModel::NameColumn}));
    counts->addWidget(labelled(new QLabel(tr("Open by carrier"), this), m_carriers,
                               CountTableModel::CountColumn, Qt::DescendingOrder, counts,
                               {CountTableModel::NameColumn}));

    counts->setMinimumWidth(
        counts->fontMetrics().horizontalAdvance(QStringLiteral("out for delivery 100,000 100.0 %")) + 110);
    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(counts);
    top->addWidget(m_map);
    top->setStretchFactor(0, 1);
    top->setStretchFactor(1, 3);

    auto *lists = new QSplitter(Qt::Horizontal, this);
    // Three tables side by side, about 350 px each at 1280 px: the order id (the shipment's is
    // enough to look it up), the hub and the carrier give way first.
    using Late = LateShipmentTableModel;
    lists->addWidget(
        labelled(m_lateLabel, m_late, Late::LateByColumn, Qt::DescendingOrder, lists,
                 {Late::ShipmentColumn, Late::OrderColumn},
                 {Late::OrderColumn, Late::HubColumn, Late::CarrierColumn, Late::PromisedColumn}));
    using Slip = EtaSlipTableModel;
    lists->addWidget(labelled(
        m_slipLabel, m_slips, Slip::AtColumn, Qt::DescendingOrder, lists,
        {Slip::ShipmentColumn, Slip::OrderColumn},
        {Slip::OrderColumn, Slip::HubColumn, Slip::CarrierColumn, Slip::PreviousEtaColumn, Slip::AtColumn}));
    using Position = PositionTableModel;
    lists->addWidget(labelled(m_positionLabel, m_positions, Position::UpdatedColumn, Qt::DescendingOrder,
                              lists, {Position::ShipmentColumn, Position::OrderColumn},
                              {Position::OrderColumn, Position::CarrierColumn, Position::HubColumn}));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(lists);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    pageLayout()->addWidget(splitter, 1);
}

void ShipmentsPage::showSnapshot(const BusinessSnapshot &s)
{
    const QString noData = noDataText(tr("Shipments"));
    headlineLabel()->setText(
        !noData.isEmpty()
            ? noData
            : tr("Shipments: %1 tracked · %2 open · %3 late · %4 ETA slips")
                  .arg(BusinessCells::exact(s.trackedShipments), BusinessCells::exact(s.openShipments),
                       BusinessCells::exact(s.lateShipmentCount), BusinessCells::exact(s.etaSlipCount)));
    m_statuses->setCounts(s.shipmentsByStatus);
    m_carriers->setCounts(s.shipmentsByCarrier);
    m_map->setHubs(s.hubs, s.links);
    m_lateLabel->setText(
        tr("Late shipments: %1").arg(BusinessCells::shownOf(s.lateShipments.size(), s.lateShipmentCount)));
    m_slipLabel->setText(tr("ETA slips: %1").arg(BusinessCells::shownOf(s.etaSlips.size(), s.etaSlipCount)));
    m_positionLabel->setText(
        tr("Last known positions: %1").arg(BusinessCells::shownOf(s.positions.size(), s.positionCount)));
    m_late->setRows(s.lateShipments);
    m_slips->setRows(s.etaSlips);
    m_positions->setRows(s.positions);
}

void ShipmentsPage::showStale(bool stale)
{
    m_map->setStale(stale);
}

} // namespace Tidewatch
