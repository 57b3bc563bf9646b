#include "SlaPage.h"

#include "BusinessCells.h"
#include "BusinessHistory.h"
#include "ColumnFitter.h"
#include "FigureTile.h"
#include "RawValueSortProxy.h"
#include "SlaTableModels.h"
#include "TableViews.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Tidewatch {

namespace {

QList<qint64> windowsOf(const BusinessSnapshot &s)
{
    QList<qint64> windows;
    for (const SlaShare &share : s.sla) {
        if (share.key.isEmpty() && !windows.contains(share.windowMs))
            windows << share.windowMs;
    }
    return windows;
}

QWidget *titled(const QString &title, QTableView *view, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(title, box);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    layout->addWidget(label);
    layout->addWidget(view, 1);
    return box;
}

} // namespace

SlaPage::SlaPage(QWidget *parent)
    : BusinessPage(parent)
    , m_figureRow(new QHBoxLayout)
    , m_carriers(new SlaShareTableModel(tr("Carrier"), this))
    , m_hubs(new SlaShareTableModel(tr("Hub"), this))
    , m_breachLabel(TableViews::makeHeadline(this))
    , m_breaches(new SlaBreachTableModel(this))
{
    auto *figures = new QWidget(this);
    figures->setLayout(m_figureRow);
    m_figureRow->setContentsMargins(0, 0, 0, 0);
    figures->setMinimumHeight(140);

    auto *carrierProxy = new RawValueSortProxy(this);
    carrierProxy->setSourceModel(m_carriers);
    m_carrierView = TableViews::make(carrierProxy, this, true);
    auto *hubProxy = new RawValueSortProxy(this);
    hubProxy->setSourceModel(m_hubs);
    m_hubView = TableViews::make(hubProxy, this, true);
    auto *breachProxy = new RawValueSortProxy(this);
    breachProxy->setSourceModel(m_breaches);
    QTableView *breachView = TableViews::make(breachProxy, this, true);
    breachView->sortByColumn(SlaBreachTableModel::DueColumn, Qt::DescendingOrder);
    // Fitted to their width (ColumnFitter): the names share what the figures leave; a narrow
    // breach table lets the shipment, hub and carrier go before it scrolls sideways.
    // Narrow: the counts behind each share give way (the later windows' first); the shares stay.
    QList<int> counts;
    for (int window = 3; window >= 0; --window)
        counts << SlaShareTableModel::shareColumn(window) - 1 << SlaShareTableModel::shareColumn(window) - 2;
    for (QTableView *view : {m_carrierView, m_hubView})
        TableViews::fitColumns(view, {0})->setDroppable(counts);
    using B = SlaBreachTableModel;
    TableViews::fitColumns(breachView, {B::OrderColumn, B::ShipmentColumn}, {B::KindColumn, B::LateByColumn})
        ->setDroppable({B::ShipmentColumn, B::HubColumn, B::CarrierColumn, B::DoneColumn});

    auto *tables = new QSplitter(Qt::Horizontal, this);
    tables->addWidget(titled(tr("On time per carrier (worst first)"), m_carrierView, tables));
    tables->addWidget(titled(tr("On time per hub of delivery (worst first)"), m_hubView, tables));

    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_breachLabel);
    lowerLayout->addWidget(breachView, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(figures);
    splitter->addWidget(tables);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 2);
    pageLayout()->addWidget(splitter, 1);
}

QList<const FigureTile *> SlaPage::windowFigures() const
{
    return {m_figures.cbegin(), m_figures.cend()};
}

void SlaPage::showSnapshot(const BusinessSnapshot &s)
{
    const QList<qint64> windows = windowsOf(s);
    const QString noData = noDataText(tr("SLA"));
    // The on-time share counts deliveries; the breaches also count orders that missed their
    // ship-by time. Said apart, so that "98 % on time" and "40 breaches" do not read as a contradiction.
    const BusinessHistory::BreachSplit split = BusinessHistory::breachSplit(s);
    const SlaShare *first = windows.isEmpty() ? nullptr : s.overallSla(windows.first());
    if (!noData.isEmpty())
        headlineLabel()->setText(noData);
    else if (!first || split.deliveries < 0)
        headlineLabel()->setText(tr("SLA: %1 breaches").arg(BusinessCells::exact(s.breachCount)));
    else
        headlineLabel()->setText(
            tr("SLA, last %1: %2 of %3 deliveries late or overdue · %4")
                .arg(BusinessCells::window(windows.first()), BusinessCells::exact(split.deliveries),
                     BusinessCells::exact(first->total),
                     tr("%Ln order(s) not shipped by their ship-by time", nullptr, int(split.shipBy))));
    while (m_figures.size() > std::max<qsizetype>(1, windows.size()))
        delete m_figures.takeLast();
    while (m_figures.size() < std::max<qsizetype>(1, windows.size())) {
        auto *tile = new FigureTile(QString(), this);
        m_figureRow->addWidget(tile);
        m_figures << tile;
    }
    if (windows.isEmpty()) {
        // Unknown is a dash, never 0 %.
        m_figures.first()->setValue(Cell::dash(), {});
        m_figures.first()->setCaption(tr("no SLA figures yet"));
    }
    for (int i = 0; i < windows.size(); ++i) {
        const SlaShare *share = s.overallSla(windows.at(i));
        FigureTile *tile = m_figures.at(i);
        const QString title = tr("On time, last %1").arg(BusinessCells::window(windows.at(i)));
        if (tile->title() != title) {
            auto *replacement = new FigureTile(title, this);
            delete m_figureRow->replaceWidget(tile, replacement); // the old widget's layout item is ours
            delete tile;
            m_figures[i] = tile = replacement;
        }
        const SlaShare known = share ? *share : SlaShare{};
        tile->setValue(BusinessCells::share(known), BusinessCells::Threshold::sla(known.ratio()));
        tile->setCaption(known.total > 0
                             ? tr("%1 of %2 on time")
                                   .arg(BusinessCells::exact(known.onTime), BusinessCells::exact(known.total))
                             : tr("nothing due in the window"));
    }

    const bool newColumns = m_carriers->windows() != windows;
    m_carriers->setShares(s.slaByCarrier, windows);
    m_hubs->setShares(s.slaByHub, windows);
    if (newColumns && !windows.isEmpty()) {
        // Worst first on the first window; the user may sort otherwise afterwards.
        for (QTableView *view : {m_carrierView, m_hubView})
            view->sortByColumn(SlaShareTableModel::shareColumn(0), Qt::AscendingOrder);
    }
    const QString shown = BusinessCells::shownOf(s.breaches.size(), s.breachCount);
    m_breachLabel->setText(windows.isEmpty()
                               ? tr("Breaches: %1").arg(shown)
                               : tr("Breaches in the last %1 (late deliveries and missed ship-by times): %2")
                                     .arg(BusinessCells::window(windows.first()), shown));
    m_breaches->setRows(s.breaches);
}

void SlaPage::showStale(bool stale)
{
    for (FigureTile *tile : std::as_const(m_figures))
        tile->setStale(stale);
}

} // namespace Tidewatch
