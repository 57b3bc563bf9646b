#include "BusinessWallPage.h"

#include "BusinessCells.h"
#include "BusinessCharts.h"
#include "BusinessHistory.h"
#include "ColumnTableModel.h"
#include "FigureTile.h"
#include "MetricStore.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace Tidewatch {

namespace {

constexpr qint64 kTrendMs = 60 * 60 * 1000;
constexpr qint64 kMinTrendMs = 5 * 60 * 1000;

QString minuteTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("HH:mm"));
}

} // namespace

BusinessWallPage::BusinessWallPage(QWidget *parent)
    : BusinessPage(parent)
    , m_orders(new FigureTile(tr("Orders per minute"), this))
    , m_late(new FigureTile(tr("Late shipments now"), this))
    , m_sla(new FigureTile(tr("On time"), this))
    , m_breaches(new FigureTile(tr("SLA breaches"), this))
{
    auto *grid = new QGridLayout;
    grid->setSpacing(12);
    grid->addWidget(m_orders, 0, 0);
    grid->addWidget(m_late, 0, 1);
    grid->addWidget(m_sla, 1, 0);
    grid->addWidget(m_breaches, 1, 1);
    pageLayout()->addLayout(grid, 1);
    m_orders->setToolTip(tr("Orders created in the last closed event-time minute. Amber below half the "
                            "hour's mean, red at none while there were orders before"));
    m_late->setToolTip(tr("Open shipments past their promised delivery. Amber from 1, red from %1")
                           .arg(BusinessCells::Threshold::kLateBad));
    m_sla->setToolTip(tr("Delivered on time in the first SLA window. Amber below 95 %, red below 90 %"));
    m_breaches->setToolTip(tr("Broken promises in the first SLA window. Amber from 1, red from %1")
                               .arg(BusinessCells::Threshold::kBreachesBad));
}

MinuteChartData BusinessWallPage::storedTrend(const QString &key, const QColor &colour, double factor) const
{
    MinuteChartData d;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    d.fromMs = now - kTrendMs;
    d.toMs = now;
    d.emptyText = tr("trend: collecting");
    if (!m_history)
        return d;
    MinuteChartData::Series line{QString(), colour, {}};
    for (const MetricPoint &p : m_history->samples(key, d.fromMs, d.toMs))
        line.points << QPointF(double(p.timeMs), p.mean * factor);
    // A young history spans what it has (at least five minutes), not a sliver at the right end.
    if (!line.points.isEmpty())
        d.fromMs = std::clamp(qint64(line.points.first().x()), d.fromMs, now - kMinTrendMs);
    d.series << line;
    return d;
}

void BusinessWallPage::showSnapshot(const BusinessSnapshot &s)
{
    const QString noData = noDataText(tr("Business"));
    headlineLabel()->setText(noData);
    headlineLabel()->setVisible(!noData.isEmpty());
    const bool known = s.hasData();
    const QColor trendColour(0x90, 0xca, 0xf9);

    // Orders per minute: the last closed minute (the open one is still filling), against the mean of
    // the closed minutes before it.
    const MinuteCounts *last = known ? s.lastClosedMinute() : nullptr;
    if (last) {
        double sum = 0;
        int n = 0;
        for (const MinuteCounts &m : s.minutes) {
            if (m.closed && m.startMs < last->startMs) {
                sum += double(m.created);
                ++n;
            }
        }
        const double baseline = n > 0 ? sum / n : -1;
        m_orders->setValue(BusinessCells::exact(last->created),
                           BusinessCells::Threshold::ordersPerMinute(last->created, baseline));
        QString trend;
        if (n > 0) {
            qint64 before = 0; // a minute without an entry had no order
            for (const MinuteCounts &m : s.minutes) {
                if (m.startMs == last->startMs - 60 * 1000)
                    before = m.created;
            }
            const QString arrow = last->created > before   ? QStringLiteral("↑")
                                  : last->created < before ? QStringLiteral("↓")
                                                           : QStringLiteral("→");
            trend = tr("%1 from %2 · hour's mean %3").arg(arrow).arg(before).arg(baseline, 0, 'f', 1);
        }
        m_orders->setCaption(trend.isEmpty() ? tr("minute %1").arg(minuteTime(last->startMs))
                                             : tr("minute %1 · %2").arg(minuteTime(last->startMs), trend));
    } else {
        m_orders->setValue(Cell::dash(), {});
        m_orders->setCaption(known ? tr("no closed minute yet") : tr("no events yet"));
    }
    MinuteChartData orders = BusinessCharts::ordersCreated(s);
    if (!orders.series.isEmpty())
        orders.series.first().colour = trendColour;
    m_orders->setTrend(orders);

    const QString &cluster = s.clusterName;
    if (known) {
        m_late->setValue(BusinessCells::exact(s.lateShipmentCount),
                         BusinessCells::Threshold::lateShipments(s.lateShipmentCount));
        m_late->setCaption(tr("of %1 open shipments").arg(BusinessCells::exact(s.openShipments)));
    } else {
        m_late->setValue(Cell::dash(), {});
        m_late->setCaption(tr("no events yet"));
    }
    m_late->setTrend(storedTrend(BusinessHistory::lateShipmentsKey(cluster), trendColour));

    const SlaShare *sla = known ? BusinessHistory::firstOverallSla(s) : nullptr;
    const SlaShare share = sla ? *sla : SlaShare{};
    const QString window = sla ? BusinessCells::window(sla->windowMs) : QString();
    m_sla->setValue(BusinessCells::share(share), BusinessCells::Threshold::sla(share.ratio()));
    m_sla->setCaption(!sla              ? tr("no SLA figures yet")
                      : share.total > 0 ? tr("last %1 · %2 of %3")
                                              .arg(window, BusinessCells::exact(share.onTime),
                                                   BusinessCells::exact(share.total))
                                        : tr("last %1 · nothing due").arg(window));
    m_sla->setTrend(storedTrend(BusinessHistory::slaShareKey(cluster), trendColour, 100));

    if (known) {
        m_breaches->setValue(BusinessCells::exact(s.breachCount),
                             BusinessCells::Threshold::breaches(s.breachCount));
        // Apart: the SLA tile's share counts deliveries only (BusinessHistory::breachSplit).
        const BusinessHistory::BreachSplit split = BusinessHistory::breachSplit(s);
        m_breaches->setCaption(window.isEmpty() || split.deliveries < 0
                                   ? tr("in the first SLA window")
                                   : tr("last %1 · %2 late deliveries · %3 missed ship-by")
                                         .arg(window, BusinessCells::exact(split.deliveries),
                                              BusinessCells::exact(split.shipBy)));
    } else {
        m_breaches->setValue(Cell::dash(), {});
        m_breaches->setCaption(tr("no events yet"));
    }
    m_breaches->setTrend(storedTrend(BusinessHistory::breachesKey(cluster), trendColour));
}

void BusinessWallPage::showStale(bool stale)
{
    for (FigureTile *tile : {m_orders, m_late, m_sla, m_breaches})
        tile->setStale(stale);
}

} // namespace Tidewatch
