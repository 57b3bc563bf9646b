#include "GroupTableModel.h"
#include "GroupTopicTableModel.h"
#include "GroupsPage.h"
#include "MetricStore.h"
#include "PageInFrame.h"
#include "RawValueSortProxy.h"
#include "Roles.h"
#include "SnapshotHistory.h"
#include "SparklineDelegate.h"

#include <QAbstractItemModelTester>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <cmath>
#include <functional>
#include <limits>

using namespace Tidewatch;

namespace {

const double Nan = std::numeric_limits<double>::quiet_NaN();
const qint64 Now = 1'700'000'600'000; // a whole second, like the collector's cycle times
const qint64 WindowStart = Now - GroupTableModel::SparklineWindowMs;
const QString Cluster = QStringLiteral("demo");

ConsumerGroupInfo group(const QString &id, qint64 lag, LagStatus status = LagStatus::Ok)
{
    ConsumerGroupInfo g;
    g.groupId = id;
    g.state = QStringLiteral("Stable");
    g.totalLag = lag;
    g.maxLag = lag;
    g.status = status;
    return g;
}

KafkaSnapshot snapshot(const QList<ConsumerGroupInfo> &groups, qint64 timeMs,
                       const QString &cluster = Cluster)
{
    KafkaSnapshot s;
    s.clusterName = cluster;
    s.status.reachable = true;
    s.status.attemptedAt = QDateTime::fromMSecsSinceEpoch(timeMs, Qt::UTC);
    s.status.lastSuccessAt = s.status.attemptedAt;
    s.groups = groups;
    return s;
}

/// Ten minutes of lag at 1 s up to Now, as a running dashboard records it: the 5-minute window is
/// then served from the 1 s tier, not the raw ring.
void feed(MetricStore &store, const QString &cluster, const QString &groupId,
          const std::function<double(qint64)> &lagAt)
{
    const QString key = SnapshotHistory::groupLagKey(cluster, groupId);
    for (qint64 t = Now - 600'000; t <= Now; t += 1000)
        QVERIFY(store.append(key, t, lagAt(t)));
}

/// "100 100 5000 … nan": lists with NaN compare readably (QList's == says NaN != NaN).
QString text(const QList<double> &values)
{
    QStringList out;
    for (double v : values)
        out << (std::isnan(v) ? QStringLiteral("nan") : QString::number(v));
    return out.join(QLatin1Char(' '));
}

QList<double> repeated(int count, double value)
{
    return QList<double>(count, value);
}

QVariant sparklineOf(const GroupTableModel *model, const QString &groupId)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, GroupTableModel::SparklineColumn);
        if (index.data(KeyRole).toString() == groupId)
            return index.data(SparklineRole);
    }
    return QStringLiteral("no such group");
}

QStringList keysInViewOrder(const QAbstractItemModel *model)
{
    QStringList keys;
    for (int row = 0; row < model->rowCount(); ++row)
        keys << model->index(row, 0).data(KeyRole).toString();
    return keys;
}

QTableView *groupView(GroupsPage &page)
{
    const QList<QTableView *> views = page.findChildren<QTableView *>();
    for (QTableView *view : views) {
        if (qobject_cast<RawValueSortProxy *>(view->model()))
            return view;
    }
    return nullptr;
}

/// How many pixels of @p rect in @p image are close to @p colour.
int pixelsNear(const QImage &image, const QRect &rect, const QColor &colour)
{
    int count = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green()) +
                    std::abs(c.blue() - colour.blue()) <
                60)
                ++count;
        }
    }
    return count;
}

} // namespace

class TestGroupsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void maxPerSlot_data()
    {
        // Four slots of 25 ms over [0, 100]; a point is QPointF(time, value), a NaN value a gap.
        QTest::addColumn<QList<QPointF>>("points");
        QTest::addColumn<QList<double>>("expected");
        QTest::newRow("each slot keeps its highest value, so a spike survives")
            << QList<QPointF>{{0, 1}, {10, 1}, {20, 1}, {30, 5}, {40, 1}, {60, 2}, {90, 1}, {100, 3}}
            << QList<double>{1, 5, 2, 3};
        QTest::newRow("a sample exactly at the end counts in the last slot")
            << QList<QPointF>{{0, 1}, {30, 1}, {60, 1}, {100, 9}} << QList<double>{1, 1, 1, 9};
        QTest::newRow("a gap breaks the line until the next value")
            << QList<QPointF>{{0, 4}, {20, 4}, {30, Nan}, {80, 6}} << QList<double>{4, Nan, Nan, 6};
        QTest::newRow("slots a slow poll left empty are drawn through")
            << QList<QPointF>{{0, 0}, {100, 30}} << QList<double>{0, 10, 20, 30};
        QTest::newRow("unknown before the series starts")
            << QList<QPointF>{{60, 7}, {80, 8}} << QList<double>{Nan, Nan, 7, 8};
        QTest::newRow("points outside the window are ignored")
            << QList<QPointF>{{-10, 999}, {0, 1}, {30, 1}, {60, 1}, {99, 2}, {101, 999}}
            << QList<double>{1, 1, 1, 2};
        QTest::newRow("no points: all unknown") << QList<QPointF>{} << repeated(4, Nan);
    }

    void maxPerSlot()
    {
        QFETCH(QList<QPointF>, points);
        QFETCH(QList<double>, expected);
        QList<MetricPoint> metric;
        for (const QPointF &p : points) {
            const auto t = qint64(p.x());
            metric << (std::isnan(p.y()) ? MetricPoint::gap(t) : MetricPoint{t, p.y(), p.y(), p.y(), p.y()});
        }
        QCOMPARE(text(SparklineDelegate::maxPerSlot(metric, 0, 100, 4)), text(expected));
    }

    void maxPerSlotUsesTheBucketMaximum()
    {
        // A bucket of a coarser tier: its max is what a spike left behind, not its mean.
        const QList<MetricPoint> buckets{{0, 1, 9, 3, 2}, {50, 2, 4, 3, 3}};
        QCOMPARE(text(SparklineDelegate::maxPerSlot(buckets, 0, 100, 2)), text({9, 4}));
    }

    /// The column exists only with a provider (the overview's compact table has none), and a refresh
    /// is one dataChanged for that column naming the sparkline role. The provider is asked for a row
    /// only when its sparkline is read, once per refresh.
    void modelAddsTheColumnWithAProvider()
    {
        GroupTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(
            {group(QStringLiteral("billing"), 100), group(QStringLiteral("orders"), 7, LagStatus::Stop)});
        QCOMPARE(model.columnCount(), int(GroupTableModel::SparklineColumn));

        int calls = 0;
        model.setSparklineProvider([&calls](const QString &groupId) {
            ++calls;
            return groupId == QLatin1String("orders") ? QList<double>{1, Nan, 3} : QList<double>{};
        });
        QCOMPARE(model.columnCount(), GroupTableModel::SparklineColumn + 1);
        QCOMPARE(calls, 0); // nothing read yet
        QCOMPARE(model.headerData(GroupTableModel::SparklineColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Lag (last 5 min)"));
        QVERIFY(model.headerData(GroupTableModel::SparklineColumn, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("5 minutes")));
        const QModelIndex orders = model.index(1, GroupTableModel::SparklineColumn);
        QCOMPARE(text(orders.data(SparklineRole).value<QList<double>>()), QStringLiteral("1 nan 3"));
        QCOMPARE(orders.data(RawValueRole).toLongLong(), 7); // sorts by the current lag
        QCOMPARE(orders.data(Qt::ForegroundRole).value<QColor>(), StatusColour::bad());
        QCOMPARE(orders.data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Highest lag in the last 5 minutes: 3; now: 7"));
        const QModelIndex billing = model.index(0, GroupTableModel::SparklineColumn);
        QVERIFY(!billing.data(SparklineRole).isValid());      // no history
        QVERIFY(!billing.data(Qt::ForegroundRole).isValid()); // OK: the palette's colour
        QVERIFY(!model.index(1, GroupTableModel::LagColumn).data(SparklineRole).isValid());

        QCOMPARE(calls, 2);
        QCOMPARE(model.sparklineQueries(), 2);
        // Read again (a repaint, a tooltip): the values kept since the refresh.
        QCOMPARE(text(orders.data(SparklineRole).value<QList<double>>()), QStringLiteral("1 nan 3"));
        QVERIFY(!billing.data(SparklineRole).isValid());
        QCOMPARE(calls, 2);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.refreshSparklines();
        QCOMPARE(calls, 2); // asked again only when read
        QCOMPARE(text(orders.data(SparklineRole).value<QList<double>>()), QStringLiteral("1 nan 3"));
        QCOMPARE(calls, 3);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed[0][0].toModelIndex(), model.index(0, GroupTableModel::SparklineColumn));
        QCOMPARE(changed[0][1].toModelIndex(), model.index(1, GroupTableModel::SparklineColumn));
        QVERIFY(changed[0][2].value<QList<int>>().contains(SparklineRole));

        model.setSparklineProvider({});
        QCOMPARE(model.columnCount(), int(GroupTableModel::SparklineColumn));
    }

    /// The page thins each group's own lag series (its cluster only) to 40 slots of 7.5 s over the
    /// 5 minutes before the snapshot, keeping spikes and breaking at gaps.
    void pageShowsEachGroupsRecentLag()
    {
        MetricStore store;
        feed(store, Cluster, QStringLiteral("billing"),
             [](qint64 t) { return t == WindowStart + 150'000 ? 5000.0 : 100.0; });
        feed(store, Cluster, QStringLiteral("orders"), [](qint64 t) {
            // Draining from 300 to 0 over the window, Kafka unreachable for 20 s of it.
            return t >= WindowStart + 240'000 && t < WindowStart + 260'000 ? Nan : double(Now - t) / 1000;
        });
        // Another cluster's group of the same name must not leak in.
        feed(store, QStringLiteral("staging"), QStringLiteral("billing"), [](qint64) { return 1e9; });

        GroupsPage page;
        page.setHistory(&store);
        QTableView *view = groupView(page);
        QVERIFY(view);
        auto *proxy = qobject_cast<RawValueSortProxy *>(view->model());
        QAbstractItemModelTester proxyTester(proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester modelTester(proxy->sourceModel(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.applyKafka(snapshot({group(QStringLiteral("billing"), 100),
                                  group(QStringLiteral("orders"), 0, LagStatus::Warn),
                                  group(QStringLiteral("audit"), -1)},
                                 Now),
                        10'000);

        QList<double> billing = repeated(GroupTableModel::SparklinePoints, 100);
        billing[20] = 5000; // the one-second spike, 150 s into the window
        QCOMPARE(text(sparklineOf(page.groupModel(), QStringLiteral("billing")).value<QList<double>>()),
                 text(billing));
        QList<double> orders;
        for (int slot = 0; slot < GroupTableModel::SparklinePoints; ++slot)
            orders << 300 - std::ceil(7.5 * slot); // each slot's first (highest) whole second
        // Unknown from 240 s to 260 s: slots 32 and 33 hold only that gap, slot 34 values from 260 s on.
        orders[32] = Nan;
        orders[33] = Nan;
        orders[34] = 40;
        QCOMPARE(text(sparklineOf(page.groupModel(), QStringLiteral("orders")).value<QList<double>>()),
                 text(orders));
        QVERIFY(!sparklineOf(page.groupModel(), QStringLiteral("audit")).isValid());

        // Drawn by the sparkline delegate, right after the trend arrow.
        QVERIFY(
            qobject_cast<SparklineDelegate *>(view->itemDelegateForColumn(GroupTableModel::SparklineColumn)));
        const QHeaderView *header = view->horizontalHeader();
        QCOMPARE(header->visualIndex(GroupTableModel::SparklineColumn),
                 header->visualIndex(GroupTableModel::TrendColumn) + 1);

        // Sorting by the column sorts by the current lag; unknown lag last either way.
        view->sortByColumn(GroupTableModel::SparklineColumn, Qt::DescendingOrder);
        QCOMPARE(keysInViewOrder(proxy),
                 (QStringList{QStringLiteral("billing"), QStringLiteral("orders"), QStringLiteral("audit")}));
        view->sortByColumn(GroupTableModel::SparklineColumn, Qt::AscendingOrder);
        QCOMPARE(keysInViewOrder(proxy),
                 (QStringList{QStringLiteral("orders"), QStringLiteral("billing"), QStringLiteral("audit")}));
        // The filter still narrows by group id, and by state or status (in its plain words) too.
        page.filter()->setText(QStringLiteral("ORD"));
        QCOMPARE(keysInViewOrder(proxy), QStringList{QStringLiteral("orders")});
        page.filter()->setText(QStringLiteral("falling"));
        QCOMPARE(keysInViewOrder(proxy), QStringList{QStringLiteral("orders")});
        page.filter()->clear();

        // The next snapshot: orders jumps to 500; the order follows without re-sorting by hand.
        view->sortByColumn(GroupTableModel::SparklineColumn, Qt::DescendingOrder);
        const qint64 next = Now + 1000;
        store.append(SnapshotHistory::groupLagKey(Cluster, QStringLiteral("billing")), next, 100);
        store.append(SnapshotHistory::groupLagKey(Cluster, QStringLiteral("orders")), next, 500);
        page.applyKafka(snapshot({group(QStringLiteral("billing"), 100),
                                  group(QStringLiteral("orders"), 500, LagStatus::Warn),
                                  group(QStringLiteral("audit"), -1)},
                                 next),
                        10'000);
        QCOMPARE(keysInViewOrder(proxy),
                 (QStringList{QStringLiteral("orders"), QStringLiteral("billing"), QStringLiteral("audit")}));
        QCOMPARE(sparklineOf(page.groupModel(), QStringLiteral("orders")).value<QList<double>>().constLast(),
                 500.0);
    }

    /// A frame of 400 groups: the history is queried for the sparklines of the rows in view only, the
    /// sort by lag follows the new values, and the selected group stays selected (and its detail
    /// shown) while the rows around it move.
    void frameTouchesTheVisibleRowsAndKeepsTheSelection()
    {
        MetricStore store;
        QList<ConsumerGroupInfo> groups;
        for (int i = 0; i < 400; ++i) {
            const QString id = QStringLiteral("group-%1").arg(i, 3, 10, QLatin1Char('0'));
            groups << group(id, 10 * i);
            store.append(SnapshotHistory::groupLagKey(Cluster, id), Now, 10 * i);
        }
        GroupsPage page;
        page.setHistory(&store);
        page.resize(1400, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.applyKafka(snapshot(groups, Now), 10'000);
        QTableView *view = groupView(page);
        auto *proxy = qobject_cast<RawValueSortProxy *>(view->model());
        QAbstractItemModelTester tester(proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(page.selectGroup(QStringLiteral("group-390")));
        QCOMPARE(page.selectedGroup(), QStringLiteral("group-390"));
        QTest::qWait(50); // layout and paint

        // The next frame: every lag changes and the order turns around.
        const qint64 queriesBefore = page.groupModel()->sparklineQueries();
        QSignalSpy layouts(proxy, &QAbstractItemModel::layoutChanged);
        for (int i = 0; i < 400; ++i) {
            groups[i].totalLag = 10 * (400 - i);
            groups[i].maxLag = groups[i].totalLag;
            store.append(SnapshotHistory::groupLagKey(Cluster, groups[i].groupId), Now + 1000,
                         groups[i].totalLag);
        }
        page.applyKafka(snapshot(groups, Now + 1000), 10'000);
        view->viewport()->repaint();
        const qint64 queries = page.groupModel()->sparklineQueries() - queriesBefore;
        const int visibleRows = view->rowAt(view->viewport()->height() - 1) - view->rowAt(0) + 1;
        QVERIFY2(queries > 0 && queries <= visibleRows + 2,
                 qPrintable(QStringLiteral("%1 queries, %2 rows in view").arg(queries).arg(visibleRows)));
        QCOMPARE(layouts.size(), 1); // sorted once for the whole frame
        // Sorted by lag, largest first (the page's default): group-000 now leads.
        QCOMPARE(keysInViewOrder(proxy).first(), QStringLiteral("group-000"));
        QCOMPARE(page.selectedGroup(), QStringLiteral("group-390"));
        QCOMPARE(view->selectionModel()->currentIndex().data(KeyRole).toString(),
                 QStringLiteral("group-390"));
        QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(view->selectionModel()->selectedRows().first().data(KeyRole).toString(),
                 QStringLiteral("group-390"));
    }

    /// Renders the page so a person can look at it (/tmp/groups-sparkline.png), and checks the lines
    /// are drawn in the colours the statuses ask for.
    /// The retention and hanging-transaction columns are empty (so hidden) until a group has
    /// something in them; the selected group's topics come with their own figures.
    void retentionTransactionsAndTopics()
    {
        ConsumerGroupInfo quiet = group(QStringLiteral("quiet"), 5);
        ConsumerGroupInfo lost = group(QStringLiteral("lost"), 900);
        lost.dataLostPartitions = 2;
        lost.readCommitted = true;
        ConsumerGroupInfo soon = group(QStringLiteral("soon"), 100);
        soon.minRetentionEtaSeconds = 1500;
        soon.hangingTransactions = 1;
        GroupTopicLag a;
        a.topic = QStringLiteral("orders");
        a.partitions = 4;
        a.knownPartitions = 3;
        a.totalLag = 60;
        a.lagEnd = QStringLiteral("lso");
        a.retentionEtaSeconds = 1500;
        GroupTopicLag b;
        b.topic = QStringLiteral("gone");
        b.partitions = 1;
        b.topicDeleted = true;
        soon.topics = {b, a};

        GroupTableModel model;
        QAbstractItemModelTester tester(&model);
        model.setRows({quiet});
        QCOMPARE(model.index(0, GroupTableModel::RetentionColumn).data().toString(), QStringLiteral("–"));
        QCOMPARE(model.index(0, GroupTableModel::TransactionsColumn).data().toString(), QStringLiteral("–"));
        model.setRows({lost, quiet, soon});
        const auto cell = [&model](const QString &id, int column) {
            for (int row = 0; row < model.rowCount(); ++row) {
                if (model.index(row, 0).data(KeyRole).toString() == id)
                    return model.index(row, column);
            }
            return QModelIndex();
        };
        QCOMPARE(cell(QStringLiteral("lost"), GroupTableModel::RetentionColumn).data().toString(),
                 QStringLiteral("data lost (2 partition(s))"));
        QCOMPARE(cell(QStringLiteral("lost"), GroupTableModel::RetentionColumn)
                     .data(Qt::ForegroundRole)
                     .value<QColor>(),
                 StatusColour::bad());
        QCOMPARE(cell(QStringLiteral("soon"), GroupTableModel::RetentionColumn).data().toString(),
                 QStringLiteral("in 25 m 0 s"));
        QCOMPARE(cell(QStringLiteral("soon"), GroupTableModel::TransactionsColumn).data().toString(),
                 QStringLiteral("1"));

        GroupsPage page;
        page.resize(1280, 800);
        page.applyKafka(snapshot({lost, quiet, soon}, Now), 10'000);
        QVERIFY(page.selectGroup(QStringLiteral("soon")));
        const GroupTopicTableModel *topics = page.topicModel();
        QCOMPARE(topics->rowCount(), 2);
        QCOMPARE(topics->index(0, GroupTopicTableModel::TopicColumn).data().toString(),
                 QStringLiteral("gone (deleted)"));
        QCOMPARE(topics->index(0, GroupTopicTableModel::LagColumn).data().toString(), QStringLiteral("–"));
        QCOMPARE(topics->index(1, GroupTopicTableModel::PartitionsColumn).data().toString(),
                 QStringLiteral("3 / 4"));
        QCOMPARE(topics->index(1, GroupTopicTableModel::LagEndColumn).data().toString(),
                 QStringLiteral("last stable offset"));
        QCOMPARE(topics->index(1, GroupTopicTableModel::RetentionColumn).data().toString(),
                 QStringLiteral("in 25 m 0 s"));
        QVERIFY(page.selectGroup(QStringLiteral("quiet")));
        QCOMPARE(page.topicModel()->rowCount(), 0);
    }

    /// #18: no table of the page scrolls sideways at 1280x720 or 1600x900 (the page list beside it, as
    /// MainWindow lays it out), with a group whose partitions fill every column: member, log start,
    /// LSO and retention ETA.
    void noTableScrollsSideways_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1280x720") << QSize(1280, 720);
        QTest::newRow("1600x900") << QSize(1600, 900);
    }

    void noTableScrollsSideways()
    {
        QFETCH(QSize, size);
        ConsumerGroupInfo g = group(QStringLiteral("tw-stopped-committing"), 27'664, LagStatus::Warn);
        g.readCommitted = true;
        g.minRetentionEtaSeconds = 5 * 3600 + 35 * 60;
        GroupTopicLag topic;
        topic.topic = QStringLiteral("orders");
        topic.partitions = 6;
        topic.knownPartitions = 6;
        topic.totalLag = 27'664;
        topic.maxLag = 4'750;
        topic.lagEnd = QStringLiteral("lso");
        topic.retentionEtaSeconds = g.minRetentionEtaSeconds;
        g.topics = {topic};
        for (int p = 0; p < 6; ++p) {
            GroupPartitionLag lag;
            lag.topic = QStringLiteral("orders");
            lag.partition = p;
            lag.hasCommit = true;
            lag.committedOffset = 4;
            lag.highWatermark = 4'537'000;
            lag.lag = lag.highWatermark - lag.committedOffset;
            lag.timeLagSeconds = 1469;
            lag.memberClientId = QStringLiteral("consumer-tw-stopped-committing-1");
            lag.lagEnd = QStringLiteral("lso");
            lag.logStartOffset = 1'200'000;
            lag.lastStableOffset = 4'536'900;
            lag.retention.state = RetentionRisk::State::AtRisk;
            lag.retention.etaSeconds = g.minRetentionEtaSeconds;
            lag.retention.basis = QStringLiteral("time");
            g.partitions << lag;
        }
        QWidget frame;
        auto *page = new GroupsPage;
        PageInFrame::show(frame, page, size);
        QVERIFY(QTest::qWaitForWindowExposed(&frame));
        // Sorted by id, as the collector delivers them (KafkaSnapshot::group() searches by id).
        page->applyKafka(snapshot({group(QStringLiteral("billing"), 80), g}, Now), 10'000);
        QVERIFY(page->selectGroup(g.groupId));
        QCOMPARE(page->partitionModel()->rowCount(), 6);
        QCOMPARE(page->topicModel()->rowCount(), 1);
        PageInFrame::settle();
        PageInFrame::saveShot(frame, QStringLiteral("groups"));
        const PageInFrame::Tables tables = PageInFrame::sidewaysScrolling(page);
        QVERIFY2(tables.scrolling.isEmpty(),
                 qPrintable(QStringLiteral("scrolls: ") + tables.scrolling.join(u", ")));
        QCOMPARE(tables.visible, 3); // groups, the group's topics, its partitions
    }

    void pageDrawsTheSparklines()
    {
        MetricStore store;
        const QList<ConsumerGroupInfo> groups{
            group(QStringLiteral("billing"), 100),
            group(QStringLiteral("orders-enricher"), 12'000, LagStatus::Warn),
            group(QStringLiteral("payments"), 0, LagStatus::Stall),
            group(QStringLiteral("search-indexer"), 2500),
        };
        feed(store, Cluster, QStringLiteral("billing"),
             [](qint64 t) { return t == WindowStart + 150'000 ? 5000.0 : 100.0 + double(t % 7000) / 100; });
        feed(store, Cluster, QStringLiteral("orders-enricher"),
             [](qint64 t) { return std::max(0.0, double(t - WindowStart) / 25); });
        feed(store, Cluster, QStringLiteral("payments"), [](qint64 t) {
            return t >= WindowStart + 120'000 && t < WindowStart + 180'000 ? Nan
                                                                           : double((t / 1000) % 60) * 10;
        });
        feed(store, Cluster, QStringLiteral("search-indexer"),
             [](qint64 t) { return 2500 + 2000 * std::sin(double(t - WindowStart) / 40'000); });

        GroupsPage page;
        page.setHistory(&store);
        page.applyKafka(snapshot(groups, Now), 10'000);
        page.resize(1500, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTableView *view = groupView(page);
        view->selectionModel()->clear(); // the page opens on the first group: no highlight over the lines
        const QImage image = page.grab().toImage();

        auto cellRect = [&](const QString &groupId) {
            for (int row = 0; row < view->model()->rowCount(); ++row) {
                const QModelIndex index = view->model()->index(row, GroupTableModel::SparklineColumn);
                if (index.data(KeyRole).toString() == groupId) {
                    const QRect r = view->visualRect(index);
                    return QRect(view->viewport()->mapTo(&page, r.topLeft()), r.size());
                }
            }
            return QRect();
        };
        const QRect orders = cellRect(QStringLiteral("orders-enricher"));
        QVERIFY(orders.width() >= 60);
        QVERIFY2(pixelsNear(image, orders, StatusColour::warn()) > 40, "amber line for WARN");
        QVERIFY2(pixelsNear(image, cellRect(QStringLiteral("payments")), StatusColour::bad()) > 20,
                 "red line for STALL");
        const QColor highlight = view->palette().color(QPalette::Highlight);
        QVERIFY2(pixelsNear(image, cellRect(QStringLiteral("search-indexer")), highlight) > 40,
                 "an OK group takes the palette's highlight");
    }
};

QTEST_MAIN(TestGroupsPage)
#include "tst_groupspage.moc"
