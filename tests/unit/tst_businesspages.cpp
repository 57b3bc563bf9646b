#include "BusinessCells.h"
#include "BusinessFixtures.h"
#include "BusinessHistory.h"
#include "BusinessPages.h"
#include "BusinessStatusLine.h"
#include "BusinessWallPage.h"
#include "ColumnFitter.h"
#include "EventQualityTableModels.h"
#include "FigureTile.h"
#include "HubMapPage.h"
#include "HubMapWidget.h"
#include "MainWindow.h"
#include "MinuteChart.h"
#include "OrderTableModels.h"
#include "OrdersPage.h"
#include "RejectedPage.h"
#include "Roles.h"
#include "ShipmentTableModels.h"
#include "ShipmentsPage.h"
#include "SlaPage.h"
#include "SlaTableModels.h"
#include "WallBar.h"

#include <QDir>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLayout>
#include <QLocale>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

using namespace Tidewatch;
using namespace BusinessFixtures;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kStaleAfterMs = 30'000;
const QString D = Cell::dash();

QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}

BusinessSnapshot staleSnapshot()
{
    BusinessSnapshot s = rich(now());
    s.lastEventAt = now().addSecs(-600); // the producer went quiet ten minutes ago
    return s;
}

BusinessSnapshot unreachableSnapshot()
{
    BusinessSnapshot s = rich(now());
    s.status.reachable = false;
    s.status.error = QStringLiteral("broker transport failure");
    return s;
}

BusinessSnapshot notConfigured()
{
    BusinessSnapshot s;
    s.clusterName = QStringLiteral("demo");
    s.status.error = QStringLiteral("demo has no event topics configured");
    return s;
}

/// Renders @p widget at @p size into the shot directory (TIDEWATCH_SHOT_DIR) when one is given:
/// screenshots of the pages from a hand-built snapshot, without a stack.
void shoot(QWidget &widget, const QString &name, QSize size = {1600, 1000})
{
    const QString dir = qEnvironmentVariable("TIDEWATCH_SHOT_DIR");
    if (dir.isEmpty())
        return;
    widget.resize(size);
    widget.show();
    QCoreApplication::processEvents();
    QVERIFY(widget.grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

} // namespace

class TestBusinessPages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The cells follow the default QLocale, which the application sets to the interface language
    // (UiLanguage); these rows are the English interface.
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English)); }

    void freshness_data()
    {
        QTest::addColumn<BusinessSnapshot>("snapshot");
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("contains");
        QTest::newRow("live") << rich(now()) << int(BusinessFreshness::State::Live) << QStringLiteral("live");
        QTest::newRow("stale: no event for 10 minutes, consumer fine")
            << staleSnapshot() << int(BusinessFreshness::State::Stale) << QStringLiteral("stale");
        QTest::newRow("unreachable, even with fresh events")
            << unreachableSnapshot() << int(BusinessFreshness::State::Unreachable)
            << QStringLiteral("unreachable (broker transport failure)");
        QTest::newRow("not configured") << notConfigured() << int(BusinessFreshness::State::NotAttempted)
                                        << QStringLiteral("demo has no event topics configured");
        BusinessSnapshot noEvents = rich(now());
        noEvents.lastEventAt = {};
        QTest::newRow("connected, no event yet")
            << noEvents << int(BusinessFreshness::State::NoEvents) << QStringLiteral("no event read yet");
    }
    void freshness()
    {
        QFETCH(BusinessSnapshot, snapshot);
        QFETCH(int, state);
        QFETCH(QString, contains);
        const BusinessFreshness f = BusinessFreshness::of(snapshot, kStaleAfterMs, now());
        QCOMPARE(int(f.state), state);
        QVERIFY2(f.text.contains(contains), qPrintable(f.text));
        QCOMPARE(f.stale(), state != int(BusinessFreshness::State::Live));
    }

    void ordersPage()
    {
        OrdersPage page;
        const BusinessSnapshot s = rich(now());
        page.applyBusiness(s, kStaleAfterMs);
        QCOMPARE(page.headline()->text(),
                 QStringLiteral("Orders: 5,000 tracked · 1,800 open · 1,234 overdue"));
        QCOMPARE(page.overdueModel()->rowCount(), 200);
        QVERIFY2(page.overdueLabel()->text().endsWith(QStringLiteral("showing 200 of 1,234")),
                 qPrintable(page.overdueLabel()->text()));
        QCOMPARE(page.statusModel()->rowCount(), 5);
        QVERIFY(!page.isStale());
        QVERIFY(!page.statusLine()->isStale());
        QVERIFY(page.statusLine()->text().startsWith(QStringLiteral("Events: live")));
        // The open minute is marked partial; the chart spans the 60 minutes.
        const MinuteChartData &flow = page.flowChart()->data();
        QCOMPARE(flow.series.size(), 4);
        QCOMPARE(flow.series.first().points.size(), 60);
        QCOMPARE(flow.partialFromMs, s.minutes.last().startMs);
        QCOMPARE(flow.toMs - flow.fromMs, 60 * kMinute);
        QCOMPARE(page.revenueChart()->data().series.size(), 2); // EUR and USD
        QCOMPARE(
            page.shipTimeLabel()->text(),
            QStringLiteral(
                "Order to ship — 15 min: p50 4 m 0 s, p95 12 m 30 s (120 shipped) · 1 h: no order shipped"));
        QVERIFY(!page.flowChart()->isStale());

        page.applyBusiness(staleSnapshot(), kStaleAfterMs);
        QVERIFY(page.isStale());
        QVERIFY(page.flowChart()->isStale());
        QCOMPARE(page.statusLine()->ageState(), DataAge::Stale); // red and bold
        shoot(page, QStringLiteral("hand-orders-stale"));
        page.applyBusiness(rich(now()), kStaleAfterMs);
        shoot(page, QStringLiteral("hand-orders"));
    }

    void minutesWithoutEventsAreZeroAndTheHourIsFixed()
    {
        BusinessSnapshot s = rich(now());
        const qint64 gapStart = s.minutes.at(30).startMs;
        s.minutes.removeAt(30);        // the state keeps no entry for a minute without events
        s.minutes = s.minutes.mid(20); // and a young state has fewer than 60 minutes
        OrdersPage page;
        page.applyBusiness(s, kStaleAfterMs);
        const MinuteChartData &flow = page.flowChart()->data();
        QCOMPARE(flow.toMs - flow.fromMs, 60 * kMinute);
        const QList<QPointF> created = flow.series.first().points;
        QCOMPARE(created.size(), 40); // from the first reported minute to the last, the gap included
        bool found = false;
        for (const QPointF &p : created) {
            if (qint64(p.x()) == gapStart + kMinute / 2) {
                QCOMPARE(p.y(), 0.0);
                found = true;
            }
        }
        QVERIFY(found);
    }

    void notConfiguredShowsTheError()
    {
        for (BusinessPage *page :
             std::initializer_list<BusinessPage *>{new OrdersPage, new ShipmentsPage, new SlaPage,
                                                   new RejectedPage, new BusinessWallPage, new HubMapPage}) {
            page->applyBusiness(notConfigured(), kStaleAfterMs);
            QVERIFY2(
                page->statusLine()->text().contains(QStringLiteral("demo has no event topics configured")),
                qPrintable(page->statusLine()->text()));
            QVERIFY2(page->headline()->text().contains(QStringLiteral("demo has no event topics configured")),
                     page->metaObject()->className());
            // Not an error, and no figures to call stale: normal colour, dashes.
            QCOMPARE(page->statusLine()->ageState(), DataAge::Live);
            QVERIFY(!page->statusLine()->testAttribute(Qt::WA_SetPalette));
            delete page;
        }
    }

    void unreachableIsNeverLive()
    {
        SlaPage page;
        page.applyBusiness(unreachableSnapshot(), kStaleAfterMs);
        QVERIFY(page.isStale());
        QVERIFY(page.statusLine()->text().contains(QStringLiteral("unreachable")));
        for (const FigureTile *tile : page.windowFigures())
            QVERIFY(tile->isStale());
    }

    void shipmentsPage()
    {
        ShipmentsPage page;
        page.applyBusiness(rich(now()), kStaleAfterMs);
        QCOMPARE(page.headline()->text(),
                 QStringLiteral("Shipments: 2,400 tracked · 900 open · 17 late · 3 ETA slips"));
        QCOMPARE(page.lateLabel()->text(), QStringLiteral("Late shipments: all 17"));
        QCOMPARE(page.positionLabel()->text(), QStringLiteral("Last known positions: showing 200 of 900"));
        QCOMPARE(page.slipLabel()->text(), QStringLiteral("ETA slips: all 3"));
        QCOMPARE(page.lateModel()->rowCount(), 17);
        QCOMPARE(page.positionModel()->rowCount(), 200);
        QCOMPARE(page.carrierModel()->rowCount(), 3);
        QCOMPARE(page.hubMap()->unplacedHubs(), QStringList{QStringLiteral("XDOCK")});
        shoot(page, QStringLiteral("hand-shipments"));
    }

    void hubMapPlacement()
    {
        HubMapWidget map;
        map.resize(800, 600);
        const QList<HubState> hubs{
            hub(QStringLiteral("WEST"), 50, 0, 5), hub(QStringLiteral("EAST"), 50, 10, 5),
            hub(QStringLiteral("NORTH"), 58, 5, 5), hub(QStringLiteral("NOWHERE"), NAN, NAN, 3),
            hub(QStringLiteral("HALF"), 48, NAN, 1)};
        map.setHubs(hubs, {{QStringLiteral("WEST"), QStringLiteral("EAST"), 4}});
        const QHash<QString, QPointF> p = map.hubPositions();
        QCOMPARE(p.size(), 3);
        QVERIFY(p.value(QStringLiteral("EAST")).x() > p.value(QStringLiteral("WEST")).x());  // east is right
        QVERIFY(p.value(QStringLiteral("NORTH")).y() < p.value(QStringLiteral("WEST")).y()); // north is up
        QCOMPARE(p.value(QStringLiteral("EAST")).y(), p.value(QStringLiteral("WEST")).y());
        QVERIFY(!p.contains(QStringLiteral("NOWHERE"))); // never at 0,0
        QVERIFY(!p.contains(QStringLiteral("HALF")));
        QCOMPARE(map.unplacedHubs(), (QStringList{QStringLiteral("NOWHERE"), QStringLiteral("HALF")}));
        // Every placed hub is inside the widget, with room for its label.
        for (const QPointF &point : p)
            QVERIFY(QRectF(20, 20, 760, 560).contains(point));
        // Equirectangular with cos(mean latitude): 10° of longitude at ~52.7° is ~6.06° of latitude wide.
        const double dx = p.value(QStringLiteral("EAST")).x() - p.value(QStringLiteral("WEST")).x();
        const double dy = p.value(QStringLiteral("WEST")).y() - p.value(QStringLiteral("NORTH")).y();
        QVERIFY2(std::abs(dx / dy - 10 * std::cos(52.666 * M_PI / 180) / 8) < 0.01,
                 qPrintable(QString::number(dx / dy)));

        // A resize refits: still inside.
        map.resize(400, 300);
        for (const QPointF &point : map.hubPositions())
            QVERIFY(QRectF(0, 0, 400, 300).contains(point));

        // One hub alone is placed (in the middle), not lost in a zero span.
        const QHash<QString, QPointF> single =
            HubMapWidget::project({hub(QStringLiteral("ONE"), 10, 10, 1)}, QRectF(0, 0, 100, 100));
        QCOMPARE(single.value(QStringLiteral("ONE")), QPointF(50, 50));
    }

    /// #18: hub labels overlapped where hubs lie close (Rotterdam, Liège, Cologne, Hamburg, Leipzig
    /// on a map that also spans Memphis). The stack's twelve hubs with busy links: no label touches a
    /// circle, another label or a link count, and every hub is named (by its code at least).
    void hubMapLabelsDoNotOverlap_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("the Shipments page at 1280x720") << QSize(790, 420);
        QTest::newRow("the Hub map page at 1600x900") << QSize(1380, 760);
    }

    void hubMapLabelsDoNotOverlap()
    {
        QFETCH(QSize, size);
        HubMapWidget map;
        map.resize(size);
        const QList<HubState> hubs{
            hub(u"RTM"_s, 51.9244, 4.4777, 25, 3, 2),   hub(u"HAM"_s, 53.5511, 9.9937, 22, 4),
            hub(u"LEJ"_s, 51.4239, 12.2364, 24, 2, 5),  hub(u"CGN"_s, 50.8659, 7.1427, 21, 6, 1),
            hub(u"LGG"_s, 50.6374, 5.4432, 19, 2),      hub(u"CDG"_s, 49.0097, 2.5479, 22, 0, 5),
            hub(u"MAD"_s, 40.4232, -3.5616, 20, 0, 5),  hub(u"MXP"_s, 45.6301, 8.7255, 24, 0, 4),
            hub(u"WAW"_s, 52.1657, 20.9671, 18),        hub(u"EMA"_s, 52.8311, -1.3281, 26, 0, 2),
            hub(u"SDF"_s, 38.1744, -85.7360, 23, 0, 5), hub(u"MEM"_s, 35.0421, -89.9792, 26, 0, 5)};
        QList<HubLink> links;
        for (int i = 0; i < hubs.size(); ++i) {
            for (int j = 0; j < hubs.size(); ++j) {
                if (i != j && (i + j) % 3 == 0)
                    links.append({hubs.at(i).code, hubs.at(j).code, 1 + (i * j) % 5});
            }
        }
        map.setHubs(hubs, links);
        map.grab(); // paints: the labels are laid out as drawn
        shoot(map, u"hand-hub-labels-%1"_s.arg(size.width()), size);
        QCOMPARE(map.labelBoxes().size(), hubs.size());
        QList<QPair<QString, QRectF>> boxes;
        for (auto it = map.labelBoxes().cbegin(); it != map.labelBoxes().cend(); ++it)
            boxes.append({it.key(), it.value()});
        for (const QRectF &count : map.countBoxes())
            boxes.append({u"a link count"_s, count});
        QVERIFY(!map.countBoxes().isEmpty()); // some counts found room; the test is not vacuous
        for (int i = 0; i < boxes.size(); ++i) {
            QVERIFY2(QRectF(QPointF(0, 0), QSizeF(size)).contains(boxes.at(i).second),
                     qPrintable(boxes.at(i).first));
            for (const HubMapWidget::Circle &c : map.circles())
                QVERIFY2(!HubMapWidget::touches(boxes.at(i).second, c), qPrintable(boxes.at(i).first));
            for (int j = i + 1; j < boxes.size(); ++j)
                QVERIFY2(!boxes.at(i).second.intersects(boxes.at(j).second),
                         qPrintable(boxes.at(i).first + u" and "_s + boxes.at(j).first));
        }
    }

    void hubMapDrawsLateHubsInTheWarningColour()
    {
        HubMapWidget map;
        map.resize(600, 400);
        map.setHubs({hub(QStringLiteral("OK"), 50, 0, 20), hub(QStringLiteral("LATE"), 50, 10, 20, 0, 5)},
                    {});
        const QImage image = map.grab().toImage();
        auto near = [&](const QPointF &at, const QColor &colour) {
            const QColor c = image.pixelColor(at.toPoint());
            return std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green()) +
                       std::abs(c.blue() - colour.blue()) <
                   80;
        };
        QVERIFY(near(map.hubPositions().value(QStringLiteral("LATE")), StatusColour::warn()));
        QVERIFY(!near(map.hubPositions().value(QStringLiteral("OK")), StatusColour::warn()));
    }

    void slaPage()
    {
        SlaPage page;
        BusinessSnapshot s = rich(now());
        s.sla = {{QString(), 15 * kMinute, 0, 0}, {QString(), 60 * kMinute, 380, 400}};
        page.applyBusiness(s, kStaleAfterMs);
        const QList<const FigureTile *> figures = page.windowFigures();
        QCOMPARE(figures.size(), 2);
        QCOMPARE(figures.at(0)->title(), QStringLiteral("On time, last 15 min"));
        QCOMPARE(figures.at(0)->valueText(), D); // nothing due: unknown, never 0 %
        QVERIFY(!figures.at(0)->valueColour().isValid());
        QCOMPARE(figures.at(0)->caption(), QStringLiteral("nothing due in the window"));
        QCOMPARE(figures.at(1)->valueText(), QStringLiteral("95.0 %"));
        QCOMPARE(figures.at(1)->caption(), QStringLiteral("380 of 400 on time"));
        QCOMPARE(page.breachLabel()->text(),
                 QStringLiteral("Breaches in the last 15 min (late deliveries and missed ship-by times): "
                                "showing 2 of 7"));
        QCOMPARE(page.breachModel()->rowCount(), 2);
        // Worst first on the first window.
        const QAbstractItemModel *view = page.carrierView()->model();
        QCOMPARE(view->index(0, 0).data().toString(), QStringLiteral("UPS"));
        shoot(page, QStringLiteral("hand-sla"));
    }

    /// #18: "40 breaches" beside "98 % on time" read as a contradiction: the share counts deliveries,
    /// the breaches also orders that missed their ship-by time. The headline says both apart, and
    /// its late deliveries are what the tile's share misses.
    void slaHeadlineAgreesWithTheShare()
    {
        SlaPage page;
        BusinessSnapshot s = rich(now());
        s.sla = {{QString(), 15 * kMinute, 98, 100}, {QString(), 60 * kMinute, 380, 400}};
        s.breachCount = 40;
        page.applyBusiness(s, kStaleAfterMs);
        QCOMPARE(page.windowFigures().at(0)->valueText(), QStringLiteral("98.0 %"));
        QCOMPARE(page.windowFigures().at(0)->caption(), QStringLiteral("98 of 100 on time"));
        QCOMPARE(page.headline()->text(),
                 QStringLiteral("SLA, last 15 min: 2 of 100 deliveries late or overdue · "
                                "38 order(s) not shipped by their ship-by time"));
        s.sla.clear(); // no window computed: the count alone, no split made up
        page.applyBusiness(s, kStaleAfterMs);
        QCOMPARE(page.headline()->text(), QStringLiteral("SLA: 40 breaches"));
    }

    /// #18: raw codes ("in_transit", "not-json") in the tables. Plain words, the code in the tooltip;
    /// sorting and the model's raw value stay on the code.
    void codesInPlainWords()
    {
        OrdersPage orders;
        ShipmentsPage shipments;
        RejectedPage rejected;
        for (BusinessPage *page : std::initializer_list<BusinessPage *>{&orders, &shipments, &rejected})
            page->applyBusiness(rich(now()), kStaleAfterMs);
        const auto row = [](const QAbstractItemModel *model, const QString &code) {
            for (int r = 0; r < model->rowCount(); ++r) {
                if (model->index(r, 0).data(RawValueRole).toString() == code)
                    return model->index(r, 0);
            }
            return QModelIndex();
        };
        const QModelIndex inTransit = row(shipments.statusModel(), u"in_transit"_s);
        QVERIFY(inTransit.isValid());
        QCOMPARE(inTransit.data().toString(), u"in transit"_s);
        QCOMPARE(inTransit.data(Qt::ToolTipRole).toString(), u"Code in the events: in_transit"_s);
        QCOMPARE(row(orders.statusModel(), u"paid"_s).data().toString(), u"paid"_s);
        const QModelIndex notJson = row(rejected.kindModel(), u"not-json"_s);
        QCOMPARE(notJson.data().toString(), u"not JSON"_s);
        QCOMPARE(notJson.data(Qt::ToolTipRole).toString(), u"Code in the events: not-json"_s);
        const QModelIndex kind = rejected.rejectedModel()->index(0, RejectedEventTableModel::KindColumn);
        QCOMPARE(kind.data().toString(), u"not JSON"_s);
        QCOMPARE(kind.data(RawValueRole).toString(), u"not-json"_s);
        const QModelIndex late = shipments.lateModel()->index(0, LateShipmentTableModel::StatusColumn);
        QCOMPARE(late.data().toString(), u"in transit"_s);
        // A code Tidewatch does not know stays readable, and is still named in the tooltip.
        QCOMPARE(BusinessCells::statusWords(u"awaiting_customs"_s), u"awaiting customs"_s);
        QCOMPARE(BusinessCells::rejectionWords(u"something-new"_s), u"something-new"_s);
    }

    /// #18: narrow business tables scrolled sideways. Every table of the business pages fits its
    /// width at 1280x720 and 1600x900 (the page list beside the page, as MainWindow lays it out).
    void businessTablesFitTheirWidth_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QSize>("size");
        for (const char *page : {"orders", "shipments", "sla", "rejected"}) {
            for (const QSize size : {QSize(1280, 720), QSize(1600, 900)})
                QTest::addRow("%s at %dx%d", page, size.width(), size.height())
                    << QString::fromLatin1(page) << size;
        }
    }

    void businessTablesFitTheirWidth()
    {
        QFETCH(QString, page);
        QFETCH(QSize, size);
        QWidget frame;
        auto *layout = new QHBoxLayout(&frame);
        auto *list = new QWidget(&frame);
        list->setFixedWidth(170);
        layout->addWidget(list);
        BusinessPage *shown = page == u"orders"_s      ? static_cast<BusinessPage *>(new OrdersPage)
                              : page == u"shipments"_s ? static_cast<BusinessPage *>(new ShipmentsPage)
                              : page == u"sla"_s       ? static_cast<BusinessPage *>(new SlaPage)
                                                       : static_cast<BusinessPage *>(new RejectedPage);
        layout->addWidget(shown, 1);
        frame.resize(size.width(), size.height() - 50);
        frame.show();
        shown->applyBusiness(rich(now()), kStaleAfterMs);
        for (int i = 0; i < 5; ++i) {
            QCoreApplication::processEvents();
            QTest::qWait(10);
        }
        if (const QString dir = qEnvironmentVariable("TIDEWATCH_SHOT_DIR"); !dir.isEmpty())
            frame.grab().save(QDir(dir).filePath(u"hand-fit-%1-%2.png"_s.arg(page).arg(size.width())));
        const QList<QTableView *> tables = shown->findChildren<QTableView *>();
        QVERIFY(!tables.isEmpty());
        for (const QTableView *view : tables) {
            QVERIFY2(ColumnFitter::of(view),
                     qPrintable(view->model()->headerData(0, Qt::Horizontal).toString()));
            QVERIFY2(!view->horizontalScrollBar()->isVisible(),
                     qPrintable(u"scrolls: "_s + view->model()->headerData(0, Qt::Horizontal).toString()));
        }
    }

    void rejectedPage()
    {
        RejectedPage page;
        page.applyBusiness(rich(now()), kStaleAfterMs);
        QCOMPARE(page.rejectedLabel()->text(), QStringLiteral("Rejected messages: showing 2 of 4"));
        QVERIFY(page.lateLabel()->text().endsWith(QStringLiteral("showing 1 of 2")));
        QCOMPARE(page.kindModel()->rowCount(), 2);
        QCOMPARE(page.topicModel()->rowCount(), 2);
        QCOMPARE(page.rejectedModel()->rowCount(), 2);
        QCOMPARE(page.lateModel()->rowCount(), 1);
        shoot(page, QStringLiteral("hand-rejected"));
    }

    void wallFigures()
    {
        BusinessWallPage page;
        BusinessSnapshot s = rich(now());
        page.applyBusiness(s, kStaleAfterMs);
        // Orders: the last closed minute (the second last), not the open one with its 9 orders.
        const MinuteCounts &closed = s.minutes.at(58);
        QCOMPARE(page.ordersFigure()->valueText(), QString::number(closed.created));
        QVERIFY(page.ordersFigure()->caption().contains(
            QDateTime::fromMSecsSinceEpoch(closed.startMs).toString(QStringLiteral("HH:mm"))));
        QVERIFY(page.ordersFigure()->hasTrend());
        QCOMPARE(page.ordersFigure()->trend().partialFromMs, s.minutes.last().startMs);
        QCOMPARE(page.lateFigure()->valueText(), QStringLiteral("17"));
        QCOMPARE(page.lateFigure()->valueColour(), StatusColour::warn()); // 1..20
        QCOMPARE(page.slaFigure()->valueText(), QStringLiteral("93.0 %"));
        QCOMPARE(page.slaFigure()->valueColour(), StatusColour::warn()); // < 95 %
        QCOMPARE(page.breachFigure()->valueText(), QStringLiteral("7"));
        QCOMPARE(page.breachFigure()->valueColour(), StatusColour::warn()); // 1..9
        shoot(page, QStringLiteral("hand-business-wall"));

        s.sla.first().onTime = 85;
        s.lateShipmentCount = 0;
        s.minutes[58].created = 0;
        page.applyBusiness(s, kStaleAfterMs);
        QCOMPARE(page.slaFigure()->valueColour(), StatusColour::bad()); // < 90 %
        QCOMPARE(page.lateFigure()->valueColour(), StatusColour::good());
        QCOMPARE(page.ordersFigure()->valueColour(), StatusColour::bad()); // none while there were orders

        s.sla.first() = {QString(), 15 * kMinute, 0, 0};
        page.applyBusiness(s, kStaleAfterMs);
        QCOMPARE(page.slaFigure()->valueText(), D);
        QVERIFY(!page.slaFigure()->valueColour().isValid());

        // Stale: the numbers stay (last known) but grey, and the tile says so.
        page.applyBusiness(staleSnapshot(), kStaleAfterMs);
        QVERIFY(page.lateFigure()->isStale());
        QCOMPARE(page.lateFigure()->thresholdColour(), StatusColour::warn());
        QVERIFY(page.lateFigure()->valueColour() != StatusColour::warn());
        QVERIFY(page.lateFigure()->caption().size() > 0);

        // No data at all: dashes, never 0.
        page.applyBusiness(notConfigured(), kStaleAfterMs);
        for (const FigureTile *tile :
             {page.ordersFigure(), page.lateFigure(), page.slaFigure(), page.breachFigure()})
            QCOMPARE(tile->valueText(), D);
    }

    void wallTrendsComeFromTheHistory()
    {
        MetricStore store;
        BusinessSnapshot s = rich(now());
        for (int i = 10; i >= 0; --i) {
            s.status.attemptedAt = now().addSecs(-60 * i);
            s.lateShipmentCount = 10 - i;
            BusinessHistory::record(store, s);
        }
        BusinessWallPage page;
        page.setHistory(&store);
        page.applyBusiness(s, kStaleAfterMs);
        const MinuteChartData &trend = page.lateFigure()->trend();
        QCOMPARE(trend.series.size(), 1);
        int known = 0;
        for (const QPointF &p : trend.series.first().points)
            known += std::isfinite(p.y()) ? 1 : 0;
        QCOMPARE(known, 11);
        QCOMPARE(trend.series.first().points.last().y(), 10.0);
        QCOMPARE(page.slaFigure()->trend().series.first().points.last().y(), 93.0); // percent
    }

    void mainWindowListsAndRendersTheBusinessPages()
    {
        MainWindow window(kStaleAfterMs);
        for (const QString &name :
             {QStringLiteral("orders"), QStringLiteral("shipments"), QStringLiteral("sla"),
              QStringLiteral("rejected"), QStringLiteral("business-wall"), QStringLiteral("hub-map")}) {
            QVERIFY(MainWindow::pageNames().contains(name));
            QVERIFY(window.page(name));
        }
        QCOMPARE(MainWindow::pageNames().last(), QStringLiteral("settings"));
        window.addCluster(QStringLiteral("demo"), kStaleAfterMs, true, false, true);
        window.showPage(QStringLiteral("orders"));
        window.setBusinessSnapshot(rich(now()));
        window.applyPending();
        auto *orders = static_cast<OrdersPage *>(window.page(QStringLiteral("orders")));
        QCOMPARE(orders->overdueModel()->rowCount(), 200);
        QVERIFY(window.history().contains(BusinessHistory::lateShipmentsKey(QStringLiteral("demo"))));

        // The wall: the business wall and the hub map, with a stale consumer in the banner.
        window.setBusinessSnapshot(unreachableSnapshot());
        window.applyPending();
        window.enterWallMode({QStringLiteral("business-wall"), QStringLiteral("hub-map")}, 0);
        QCOMPARE(window.currentPageName(), QStringLiteral("business-wall"));
        QVERIFY2(window.problems().join(QLatin1Char('\n')).contains(QStringLiteral("unreachable")),
                 qPrintable(window.problems().join(QLatin1Char('\n'))));
        window.rotateWall();
        QCOMPARE(window.currentPageName(), QStringLiteral("hub-map"));
        window.leaveWallMode();
    }

    /// Every business page in the wall look paints a real picture (saved as a screenshot when
    /// TIDEWATCH_SHOT_DIR is set).
    void wallShots()
    {
        for (const QString &name : BusinessPages::names()) {
            MainWindow window(kStaleAfterMs);
            window.addCluster(QStringLiteral("demo"), kStaleAfterMs, true, false, true);
            window.setBusinessSnapshot(rich(now()));
            window.applyPending();
            window.layout()->setSizeConstraint(QLayout::SetNoConstraint); // as render does
            window.setMinimumSize(0, 0);
            window.enterWallMode({name}, 0);
            window.setWindowState(Qt::WindowNoState);
            window.resize(1600, 1000);
            window.applyPending();
            window.show();
            QCoreApplication::processEvents();
            const QImage image = window.grab().toImage();
            QCOMPARE(image.size(), QSize(1600, 1000));
            QSet<QRgb> colours;
            for (int y = 0; y < image.height(); y += 7) {
                for (int x = 0; x < image.width(); x += 7)
                    colours.insert(image.pixel(x, y));
            }
            QVERIFY2(colours.size() > 8, qPrintable(name));
            shoot(window, QStringLiteral("hand-wall-") + name);
        }
    }
};

QTEST_MAIN(TestBusinessPages)
#include "tst_businesspages.moc"
