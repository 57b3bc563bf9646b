#include "BrokerTableModel.h"
#include "BrokersPage.h"
#include "ColumnFitter.h"
#include "GroupTableModel.h"
#include "GroupsPage.h"
#include "KafkaCells.h"
#include "MetricStore.h"
#include "OverviewPage.h"
#include "ReplicaDiagnosis.h"
#include "Roles.h"
#include "SnapshotHistory.h"
#include "TableViews.h"
#include "TimeSeriesChart.h"
#include "TopicTableModel.h"
#include "TopicsPage.h"

#include <QAbstractProxyModel>
#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QScrollBar>
#include <QStyle>
#include <QTableView>
#include <QTest>

#include <cmath>
#include <memory>

using namespace Tidewatch;

namespace {

const QDateTime At = QDateTime::currentDateTimeUtc(); // live data: the tables are enabled

/// A cluster as an operator sees one: 3 brokers with broker metrics, 20 topics with long names and
/// 6 partitions of 3 replicas each, 30 groups with long ids, members and lags in the millions.
/// @p brokerDown: broker 2 is stopped: out of every ISR, leading nothing.
KafkaSnapshot cluster(bool brokerDown)
{
    KafkaSnapshot s;
    s.clusterName = QStringLiteral("production-eu-west-1");
    s.controllerId = 1;
    s.status.reachable = true;
    s.status.attemptedAt = At;
    s.status.lastSuccessAt = At;
    for (int id = 1; id <= 3; ++id) {
        BrokerInfo b;
        b.id = id;
        b.host = QStringLiteral("kafka-broker-%1.production.eu-west-1.example.internal").arg(id);
        b.port = 9092;
        b.isController = id == 1;
        b.reachable = !(brokerDown && id == 2);
        b.error = b.reachable ? QString()
                              : QStringLiteral("Connect to ipv4#10.0.0.2:9092 failed: Connection refused");
        b.rttMs = 0.8 * id;
        b.bytesInPerSecond = 8400.0 * id + 123;
        b.bytesOutPerSecond = 1'234'567.0 * id;
        b.logSizeBytes = 12.5e9 * id;
        b.produceLatencyP99Ms = 12.0 * id;
        b.fetchLatencyP99Ms = 503.0;
        s.brokers << b;
    }
    int partitionsLed[4] = {0, 0, 0, 0};
    for (int t = 0; t < 20; ++t) {
        TopicInfo topic;
        topic.name =
            QStringLiteral("payments.settlement-events.eu-west-1.v%1").arg(t, 2, 10, QLatin1Char('0'));
        topic.minInsyncReplicas = 2;
        topic.messagesPerSecond = 1234.5;
        topic.bytesInPerSecond = 8396.8; // "8.2 KiB/s", the clipped figure of #18
        topic.logSizeBytes = 3.4e9;
        for (int p = 0; p < 6; ++p) {
            PartitionInfo part;
            part.partition = p;
            part.replicas = {1 + (p % 3), 1 + ((p + 1) % 3), 1 + ((p + 2) % 3)};
            part.isr = part.replicas;
            part.leader = part.replicas.first();
            if (brokerDown) {
                part.isr.removeAll(2);
                if (part.leader == 2)
                    part.leader = part.isr.first();
            }
            ++partitionsLed[part.leader];
            part.lowWatermark = 1'000'000 + p;
            part.highWatermark = 987'654'321 + p;
            part.messagesPerSecond = 205.75;
            topic.partitions << part;
        }
        s.topics << topic;
    }
    for (BrokerInfo &b : s.brokers)
        b.partitionsLed = partitionsLed[b.id];
    const QList<LagStatus> statuses{LagStatus::Ok,  LagStatus::Warn,   LagStatus::Stop,    LagStatus::Stall,
                                    LagStatus::Err, LagStatus::Rewind, LagStatus::NotFound};
    for (int g = 0; g < 30; ++g) {
        ConsumerGroupInfo group;
        group.groupId = QStringLiteral("settlement-reconciliation-service.eu-west-1.consumer-%1").arg(g);
        group.state = g % 5 == 0 ? QStringLiteral("Empty") : QStringLiteral("Stable");
        group.status = statuses[g % statuses.size()];
        group.trend = g % 2 ? LagTrend::Growing : LagTrend::Steady;
        group.totalLag = 12'345'678 + g;
        group.maxLag = 2'345'678;
        group.maxTimeLagSeconds = 3600.0 * 5 + g;
        group.consumeRatePerSecond = 12'345.6;
        group.catchUpSeconds = 7200;
        if (g % 5 != 0) {
            for (int m = 0; m < 3; ++m)
                group.members << GroupMember{QStringLiteral("member-%1-%2").arg(g).arg(m),
                                             QStringLiteral("settlement-reconciler"),
                                             QStringLiteral("/10.20.30.%1").arg(40 + m),
                                             {{s.topics.first().name, m}}};
        }
        GroupPartitionLag lag;
        lag.topic = s.topics.first().name;
        lag.partition = 0;
        lag.committedOffset = 987'000'000;
        lag.hasCommit = true;
        lag.highWatermark = 987'654'321;
        lag.lag = 654'321;
        lag.status = group.status;
        group.partitions << lag;
        s.groups << group;
    }
    return s;
}

/// The page in a window of @p size as MainWindow lays it out: the 170 px page list on the left, the
/// menu bar and the status line above and below (about 50 px).
struct Window
{
    QWidget frame;
    DashboardPage *page = nullptr;

    Window(DashboardPage *p, QSize size)
        : page(p)
    {
        auto *layout = new QHBoxLayout(&frame);
        auto *list = new QListWidget(&frame);
        list->setFixedWidth(170);
        layout->addWidget(list);
        layout->addWidget(page, 1);
        frame.resize(size.width(), size.height() - 50);
        frame.show();
    }
};

std::unique_ptr<DashboardPage> makePage(const QString &name)
{
    if (name == QLatin1String("overview"))
        return std::make_unique<OverviewPage>();
    if (name == QLatin1String("brokers"))
        return std::make_unique<BrokersPage>();
    if (name == QLatin1String("topics"))
        return std::make_unique<TopicsPage>();
    return std::make_unique<GroupsPage>();
}

/// The page's tables whose columns the Kafka policy fits (every main table has one).
QList<QTableView *> fittedTables(const QWidget *page)
{
    QList<QTableView *> tables;
    const QList<QTableView *> views = page->findChildren<QTableView *>();
    for (QTableView *view : views) {
        if (ColumnFitter::of(view) && view->isVisibleTo(page))
            tables << view;
    }
    return tables;
}

void settle()
{
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents();
        QTest::qWait(10);
    }
}

/// The width @p column's cells need (QTableView hides the measurement; QAbstractItemView offers it).
int contentHint(const QTableView *view, int column)
{
    return static_cast<const QAbstractItemView *>(view)->sizeHintForColumn(column);
}

QString header(const QTableView *view, int column)
{
    return view->model()->headerData(column, Qt::Horizontal).toString();
}

QStringList visibleHeaders(const QTableView *view)
{
    QStringList headers;
    const QHeaderView *h = view->horizontalHeader();
    for (int visual = 0; visual < h->count(); ++visual) {
        const int logical = h->logicalIndex(visual);
        if (!h->isSectionHidden(logical))
            headers << header(view, logical);
    }
    return headers;
}

QTableView *tableOf(const QWidget *page, const QAbstractItemModel *source)
{
    const QList<QTableView *> views = page->findChildren<QTableView *>();
    for (QTableView *view : views) {
        const auto *proxy = qobject_cast<const QAbstractProxyModel *>(view->model());
        if (view->model() == source || (proxy && proxy->sourceModel() == source))
            return view;
    }
    return nullptr;
}

/// WCAG 2 contrast of two colours.
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a) + 0.05;
    const double lb = luminance(b) + 0.05;
    return la > lb ? la / lb : lb / la;
}

QPalette darkPalette()
{
    // MainWindow::applyTheme("dark")
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x17, 0x19, 0x1d));
    dark.setColor(QPalette::AlternateBase, QColor(0x25, 0x28, 0x2f));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xea, 0xed));
    return dark;
}

} // namespace

class TestKafkaPages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noHorizontalScrollBar_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("brokerDown");
        for (const char *page : {"overview", "brokers", "topics", "groups"}) {
            for (const QSize size : {QSize(1280, 720), QSize(1600, 900)}) {
                for (const bool down : {false, true}) {
                    QTest::addRow("%s at %dx%d%s", page, size.width(), size.height(),
                                  down ? ", broker 2 down" : "")
                        << QString::fromLatin1(page) << size << down;
                }
            }
        }
    }

    /// #18: "Bytes in 8.2 Ki…", status "NO…" at 1280 px while the last column stretched 500 px.
    /// Every main table fits: no horizontal scroll bar, and no column narrower than its content
    /// (the name columns excepted: they take the room left and are cut in the middle).
    void noHorizontalScrollBar()
    {
        QFETCH(QString, page);
        QFETCH(QSize, size);
        QFETCH(bool, brokerDown);
        Window window(makePage(page).release(), size);
        window.page->applyKafka(cluster(brokerDown), 30'000);
        settle();
        // To look at the result: TIDEWATCH_SHOTS=/tmp/dir keeps a PNG of every row.
        if (const QString shots = qEnvironmentVariable("TIDEWATCH_SHOTS"); !shots.isEmpty())
            window.frame.grab().save(QStringLiteral("%1/%2-%3x%4%5.png")
                                         .arg(shots, page)
                                         .arg(size.width())
                                         .arg(size.height())
                                         .arg(brokerDown ? QStringLiteral("-down") : QString()));
        const QList<QTableView *> tables = fittedTables(window.page);
        QVERIFY2(!tables.isEmpty(), "the page has no fitted table");
        for (const QTableView *view : tables) {
            const QString name = visibleHeaders(view).join(QLatin1Char('|'));
            QVERIFY2(!view->horizontalScrollBar()->isVisible(),
                     qPrintable(QStringLiteral("scrolls: ") + name));
            const QHeaderView *h = view->horizontalHeader();
            const ColumnFitter *fitter = ColumnFitter::of(view);
            for (int column = 0; column < h->count(); ++column) {
                if (h->isSectionHidden(column))
                    continue;
                if (fitter->isStretch(column)) {
                    // Names take the room left; a name cut to a few letters would be as bad as a
                    // clipped figure: at least 20 characters, or the whole name.
                    const int enough =
                        std::min(contentHint(view, column), view->fontMetrics().averageCharWidth() * 20);
                    QVERIFY2(h->sectionSize(column) >= enough,
                             qPrintable(QStringLiteral("%1 squeezed to %2 px in %3")
                                            .arg(header(view, column))
                                            .arg(h->sectionSize(column))
                                            .arg(name)));
                    continue;
                }
                QVERIFY2(h->sectionSize(column) >= contentHint(view, column),
                         qPrintable(QStringLiteral("%1 clipped in %2").arg(header(view, column), name)));
            }
        }
    }

    /// #18: the Consumer groups page scrolled sideways at 1600x900 once the Clients column had data
    /// (at 1280x720 it fitted): members with long client ids on several hosts, as Kafka Streams and
    /// Connect name theirs. No scroll bar at either size; the clients show whole or give way.
    void groupsWithLongClients_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1280x720") << QSize(1280, 720);
        QTest::newRow("1600x900") << QSize(1600, 900);
        QTest::newRow("1920x1080") << QSize(1920, 1080);
    }

    void groupsWithLongClients()
    {
        QFETCH(QSize, size);
        KafkaSnapshot s = cluster(false);
        for (int g = 0; g < s.groups.size(); ++g) {
            ConsumerGroupInfo &group = s.groups[g];
            group.members.clear();
            for (int m = 0; m < 4; ++m)
                group.members << GroupMember{
                    QStringLiteral("member-%1-%2").arg(g).arg(m),
                    QStringLiteral("settlement-reconciliation-service-%1-StreamThread-%2-consumer")
                        .arg(g)
                        .arg(m),
                    QStringLiteral("/10.20.30.%1").arg(40 + m % 3),
                    {{s.topics.first().name, m}}};
        }
        Window window(new GroupsPage, size);
        window.page->applyKafka(cluster(false), 30'000); // first without long clients, as after a start
        settle();
        window.page->applyKafka(s, 30'000); // then the members come: data changes, no rows come or go
        settle();
        if (const QString shots = qEnvironmentVariable("TIDEWATCH_SHOTS"); !shots.isEmpty())
            window.frame.grab().save(QStringLiteral("%1/groups-clients-%2.png").arg(shots).arg(size.width()));
        auto *groups = static_cast<GroupsPage *>(window.page);
        const QTableView *view = tableOf(groups, groups->groupModel());
        QVERIFY(view);
        QVERIFY2(!view->horizontalScrollBar()->isVisible(),
                 qPrintable(QStringLiteral("scrolls: %1 px of columns in %2 px")
                                .arg(view->horizontalHeader()->length())
                                .arg(view->viewport()->width())));
        QVERIFY(view->horizontalHeader()->length() <= view->viewport()->width());
        for (const QTableView *table : fittedTables(window.page))
            QVERIFY2(!table->horizontalScrollBar()->isVisible(),
                     qPrintable(visibleHeaders(table).join(u'|')));
    }

    /// Names stretch, not the last column; the status follows the name.
    void statusFollowsTheName()
    {
        Window window(new GroupsPage, QSize(1280, 720));
        auto *groups = static_cast<GroupsPage *>(window.page);
        groups->applyKafka(cluster(false), 30'000);
        settle();
        const QTableView *view = tableOf(groups, groups->groupModel());
        QVERIFY(view);
        const QStringList headers = visibleHeaders(view);
        QCOMPARE(headers.mid(0, 2), (QStringList{QStringLiteral("Group"), QStringLiteral("Status")}));
        const QHeaderView *h = view->horizontalHeader();
        QVERIFY(ColumnFitter::of(view)->isStretch(GroupTableModel::GroupColumn));
        QVERIFY(!h->stretchLastSection());
        // The name is wider than any figure column; the last visible column is not stretched.
        int last = -1;
        for (int visual = 0; visual < h->count(); ++visual) {
            const int logical = h->logicalIndex(visual);
            if (!h->isSectionHidden(logical))
                last = logical;
            if (!h->isSectionHidden(logical) && !ColumnFitter::of(view)->isStretch(logical))
                QVERIFY(h->sectionSize(logical) < h->sectionSize(GroupTableModel::GroupColumn));
        }
        QVERIFY(h->sectionSize(last) <= std::max(contentHint(view, last), h->sectionSizeHint(last)));
        ;
    }

    /// Rack is "–" for every broker (librdkafka 2.0.2 reports none): hidden; shown as soon as one
    /// broker has a rack, hidden again when it is gone. Missing replicas likewise with a broker down.
    void emptyColumnsHideAndReturn()
    {
        Window window(new BrokersPage, QSize(1280, 720));
        auto *brokers = static_cast<BrokersPage *>(window.page);
        const QTableView *view = tableOf(brokers, brokers->model());
        QVERIFY(view);
        const QHeaderView *h = view->horizontalHeader();
        KafkaSnapshot s = cluster(false);
        brokers->applyKafka(s, 30'000);
        settle();
        QVERIFY(h->isSectionHidden(BrokerTableModel::RackColumn));
        QVERIFY(h->isSectionHidden(BrokerTableModel::MissingReplicasColumn));
        QVERIFY(!h->isSectionHidden(BrokerTableModel::BytesInColumn));

        s.brokers[1].rack = QStringLiteral("eu-west-1b");
        brokers->applyKafka(s, 30'000);
        settle();
        QVERIFY(!h->isSectionHidden(BrokerTableModel::RackColumn));
        QVERIFY(h->sectionSize(BrokerTableModel::RackColumn) >=
                contentHint(view, BrokerTableModel::RackColumn));

        s.brokers[1].rack.clear();
        brokers->applyKafka(cluster(true), 30'000);
        settle();
        QVERIFY(h->isSectionHidden(BrokerTableModel::RackColumn));
        QVERIFY(!h->isSectionHidden(BrokerTableModel::MissingReplicasColumn));

        // Without broker metrics the metrics columns are dashes: hidden, the state stays.
        KafkaSnapshot noMetrics = cluster(false);
        for (BrokerInfo &b : noMetrics.brokers) {
            b.bytesInPerSecond = b.bytesOutPerSecond = b.logSizeBytes = -1;
            b.produceLatencyP99Ms = b.fetchLatencyP99Ms = -1;
        }
        brokers->applyKafka(noMetrics, 30'000);
        settle();
        QCOMPARE(visibleHeaders(view),
                 (QStringList{QStringLiteral("Broker"), QStringLiteral("State"), QStringLiteral("Address"),
                              QStringLiteral("Role"), QStringLiteral("Leads"), QStringLiteral("Preferred of"),
                              QStringLiteral("Replicas"), QStringLiteral("Round trip")}));
    }

    void lagStatusInPlainWords_data()
    {
        QTest::addColumn<LagStatus>("status");
        QTest::addColumn<QString>("word");
        QTest::addColumn<QColor>("colour");
        QTest::addColumn<QString>("code");
        QTest::newRow("no commit judged yet: grey") << LagStatus::NotFound << QStringLiteral("not judged yet")
                                                    << KafkaCells::unknown() << QStringLiteral("NOTFOUND");
        QTest::newRow("ok: green") << LagStatus::Ok << QStringLiteral("ok") << StatusColour::good()
                                   << QStringLiteral("OK");
        QTest::newRow("lag growing: amber") << LagStatus::Warn << QStringLiteral("falling behind")
                                            << StatusColour::warn() << QStringLiteral("WARN");
        QTest::newRow("a partition in error: red")
            << LagStatus::Err << QStringLiteral("stuck") << StatusColour::bad() << QStringLiteral("ERR");
        QTest::newRow("no commits while behind: red")
            << LagStatus::Stop << QStringLiteral("stopped") << StatusColour::bad() << QStringLiteral("STOP");
        QTest::newRow("commits that do not move: red") << LagStatus::Stall << QStringLiteral("stalled")
                                                       << StatusColour::bad() << QStringLiteral("STALL");
        QTest::newRow("offset went back: red") << LagStatus::Rewind << QStringLiteral("rewound")
                                               << StatusColour::bad() << QStringLiteral("REWIND");
    }

    /// The word in the cell, the colour by severity, Burrow's code in the tooltip (the JSON keeps it).
    void lagStatusInPlainWords()
    {
        QFETCH(LagStatus, status);
        QFETCH(QString, word);
        QFETCH(QColor, colour);
        QFETCH(QString, code);
        ConsumerGroupInfo g;
        g.groupId = QStringLiteral("orders");
        g.status = status;
        g.statusReason = QStringLiteral("the reason");
        GroupPartitionLag p;
        p.topic = QStringLiteral("orders");
        p.partition = 0;
        p.status = status;
        g.partitions << p;
        GroupTableModel groups;
        groups.setRows({g});
        const QModelIndex cell = groups.index(0, GroupTableModel::StatusColumn);
        QCOMPARE(cell.data().toString(), word);
        QCOMPARE(cell.data(Qt::ForegroundRole).value<QColor>(), colour);
        QCOMPARE(cell.data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Burrow status %1: the reason").arg(code));
        QCOMPARE(cell.data(RawValueRole).toInt(), int(status)); // sorts by severity
        GroupPartitionTableModel partitions;
        partitions.setRows(g.partitions);
        const QModelIndex partitionCell = partitions.index(0, GroupPartitionTableModel::StatusColumn);
        QCOMPARE(partitionCell.data().toString(), word);
        QCOMPARE(partitionCell.data(Qt::ForegroundRole).value<QColor>(), colour);
        QVERIFY(partitionCell.data(Qt::ToolTipRole).toString().contains(code));
        // The shade drawn reads on both themes (WCAG AA for text: 4.5).
        const QPalette light = QApplication::style()->standardPalette();
        for (const QPalette &palette : {light, darkPalette()}) {
            const QColor drawn = TableViews::readableStatusColour(colour, palette);
            for (QPalette::ColorRole background : {QPalette::Base, QPalette::AlternateBase})
                QVERIFY2(contrast(drawn, palette.color(background)) >= 4.5,
                         qPrintable(QStringLiteral("%1 on %2: %3")
                                        .arg(drawn.name(), palette.color(background).name())
                                        .arg(contrast(drawn, palette.color(background)))));
        }
    }

    /// The delegate draws the readable shade, not the model's fixed colour.
    void tablesDrawTheReadableShade()
    {
        Window window(new GroupsPage, QSize(1280, 720));
        auto *groups = static_cast<GroupsPage *>(window.page);
        QTableView *view = tableOf(groups, groups->groupModel());
        QVERIFY(view);
        QPalette light = QApplication::style()->standardPalette();
        view->setPalette(light);
        KafkaSnapshot s = cluster(false);
        s.groups = {s.groups.at(2)}; // STOP
        groups->applyKafka(s, 30'000);
        settle();
        view->clearSelection();
        view->setCurrentIndex({});
        settle();
        const QModelIndex cell = view->model()->index(0, GroupTableModel::StatusColumn);
        QStyleOptionViewItem option;
        option.palette = light;
        QAbstractItemDelegate *delegate = view->itemDelegateForIndex(cell);
        // initStyleOption is protected: paint into an image and look for the readable red.
        QImage image(200, 30, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        option.rect = QRect(0, 0, 200, 30);
        option.font = view->font();
        delegate->paint(&painter, option, cell);
        painter.end();
        const QColor expected = TableViews::readableStatusColour(StatusColour::bad(), light);
        bool found = false;
        for (int y = 0; y < image.height() && !found; ++y) {
            for (int x = 0; x < image.width() && !found; ++x)
                found = image.pixelColor(x, y) == expected;
        }
        QVERIFY2(found, "the status text is not drawn in the readable red");
    }

    /// A broker down: the cause above the tables, the missing-replica column, the count per broker.
    void brokerOutageIsDiagnosed()
    {
        const KafkaSnapshot down = cluster(true);
        // Broker 2 is a replica of every partition (RF 3 on 3 brokers): 20 topics x 6 partitions.
        const QString cause = QStringLiteral("Broker 2 is down: 120 partitions are missing its replica");

        Window topicsWindow(new TopicsPage, QSize(1280, 720));
        auto *topics = static_cast<TopicsPage *>(topicsWindow.page);
        topics->applyKafka(cluster(false), 30'000);
        settle();
        QCOMPARE(topics->causeText(), QString());
        const QTableView *partitionView = tableOf(topics, topics->partitionModel());
        QVERIFY(partitionView);
        QVERIFY(
            partitionView->horizontalHeader()->isSectionHidden(PartitionTableModel::MissingReplicasColumn));

        topics->applyKafka(down, 30'000);
        settle();
        QCOMPARE(topics->causeText(), cause);
        QVERIFY(
            !partitionView->horizontalHeader()->isSectionHidden(PartitionTableModel::MissingReplicasColumn));
        const PartitionTableModel *partitions = topics->partitionModel();
        QCOMPARE(partitions->rowCount(), 120); // nothing selected: every partition that needs attention
        for (int row = 0; row < partitions->rowCount(); ++row) {
            const QModelIndex missing = partitions->index(row, PartitionTableModel::MissingReplicasColumn);
            QCOMPARE(missing.data().toString(), QStringLiteral("2"));
            QCOMPARE(missing.data(Qt::ForegroundRole).value<QColor>(), StatusColour::warn());
        }

        Window brokersWindow(new BrokersPage, QSize(1280, 720));
        auto *brokers = static_cast<BrokersPage *>(brokersWindow.page);
        brokers->applyKafka(down, 30'000);
        settle();
        QCOMPARE(brokers->causeText(), cause);
        const BrokerTableModel *model = brokers->model();
        QCOMPARE(model->index(1, BrokerTableModel::StateColumn).data().toString(), QStringLiteral("down"));
        QCOMPARE(model->index(1, BrokerTableModel::StateColumn).data(Qt::ForegroundRole).value<QColor>(),
                 StatusColour::bad());
        QCOMPARE(model->index(1, BrokerTableModel::MissingReplicasColumn).data().toString(),
                 QStringLiteral("120 partition(s)"));
        QCOMPARE(model->index(0, BrokerTableModel::MissingReplicasColumn).data().toString(), QString());
        // Back up: the cause goes, the broker's count with it.
        brokers->applyKafka(cluster(false), 30'000);
        settle();
        QCOMPARE(brokers->causeText(), QString());
        QCOMPARE(model->index(1, BrokerTableModel::MissingReplicasColumn).data().toString(), QString());
    }

    void causeStatement_data()
    {
        QTest::addColumn<bool>("brokerUp");
        QTest::addColumn<QList<QList<int>>>("isrs"); // per partition of one topic with replicas 1,2,3
        QTest::addColumn<QString>("cause");
        QTest::addColumn<QString>("summary");
        QTest::newRow("every replica in sync: nothing to say")
            << true << QList<QList<int>>{{1, 2, 3}, {1, 2, 3}} << QString() << QString();
        QTest::newRow("broker 2 down: its replica missing")
            << false << QList<QList<int>>{{1, 3}, {1, 3}, {1, 2, 3}}
            << QStringLiteral("Broker 2 is down: 2 partitions are missing its replica")
            << QStringLiteral("broker 2: 2 partitions");
        QTest::newRow("broker 2 up but behind; broker 3 behind on one partition")
            << true << QList<QList<int>>{{1, 3}, {1}}
            << QStringLiteral("Broker 2 is up but out of sync: 2 partitions are missing its replica; "
                              "Broker 3 is up but out of sync: 1 partition is missing its replica")
            << QStringLiteral("broker 2: 2 partitions · broker 3: 1 partition");
    }

    void causeStatement()
    {
        QFETCH(bool, brokerUp);
        QFETCH(QList<QList<int>>, isrs);
        QFETCH(QString, cause);
        QFETCH(QString, summary);
        KafkaSnapshot s;
        for (int id = 1; id <= 3; ++id) {
            BrokerInfo b;
            b.id = id;
            b.reachable = id != 2 || brokerUp;
            s.brokers << b;
        }
        TopicInfo t;
        t.name = QStringLiteral("orders");
        for (int p = 0; p < isrs.size(); ++p) {
            PartitionInfo partition;
            partition.partition = p;
            partition.leader = 1;
            partition.replicas = {1, 2, 3};
            partition.isr = isrs[p];
            t.partitions << partition;
        }
        s.topics << t;
        QCOMPARE(ReplicaDiagnosis::causeStatement(s), cause);
        QCOMPARE(ReplicaDiagnosis::missingSummary(ReplicaDiagnosis::missingByBroker(s)), summary);
    }

    /// Offsets and a partition's lag in detail views are exact with digit grouping, not "987.7 M".
    void detailViewsShowExactOffsets()
    {
        const KafkaSnapshot s = cluster(false);
        GroupPartitionTableModel groupPartitions;
        groupPartitions.setRows(s.groups.first().partitions);
        QCOMPARE(groupPartitions.index(0, GroupPartitionTableModel::CommittedColumn).data().toString(),
                 QStringLiteral("987,000,000"));
        QCOMPARE(groupPartitions.index(0, GroupPartitionTableModel::EndOffsetColumn).data().toString(),
                 QStringLiteral("987,654,321"));
        QCOMPARE(groupPartitions.index(0, GroupPartitionTableModel::LagColumn).data().toString(),
                 QStringLiteral("654,321"));
        PartitionTableModel partitions;
        partitions.setSnapshot(s, s.topics.first().name);
        QCOMPARE(partitions.index(1, PartitionTableModel::StartOffsetColumn).data().toString(),
                 QStringLiteral("1,000,001"));
        QCOMPARE(partitions.index(1, PartitionTableModel::EndOffsetColumn).data().toString(),
                 QStringLiteral("987,654,322"));
        // Unknown stays a dash, never -1 or 0.
        GroupPartitionLag unknown;
        unknown.topic = QStringLiteral("orders");
        unknown.partition = 1;
        groupPartitions.setRows({unknown});
        QCOMPARE(groupPartitions.index(0, GroupPartitionTableModel::EndOffsetColumn).data().toString(),
                 QStringLiteral("–"));
        QCOMPARE(groupPartitions.index(0, GroupPartitionTableModel::CommittedColumn).data().toString(),
                 QStringLiteral("none"));
        // The summary table keeps the abbreviated figure.
        GroupTableModel groups;
        groups.setRows(s.groups);
        QCOMPARE(groups.index(0, GroupTableModel::LagColumn).data().toString(), QStringLiteral("12.3 M"));
    }

    /// The overview names partitions off their preferred leader, in amber, with leaders per broker.
    void overviewShowsLeaderImbalance()
    {
        Window window(new OverviewPage, QSize(1280, 720));
        auto *overview = static_cast<OverviewPage *>(window.page);
        overview->applyKafka(cluster(false), 30'000);
        settle();
        QCOMPARE(overview->leaderBalanceText(),
                 QStringLiteral(
                     "Every partition on its preferred leader · leaders per broker: 1: 40 · 2: 40 · 3: 40"));
        QCOMPARE(overview->causeText(), QString());
        overview->applyKafka(cluster(true), 30'000);
        settle();
        // Broker 2's 40 partitions moved to their second replica (1 or 3).
        QCOMPARE(
            overview->leaderBalanceText(),
            QStringLiteral(
                "Not on the preferred leader: 40 partition(s) · leaders per broker: 1: 40 · 2: 0 · 3: 80"));
        QCOMPARE(overview->causeText(),
                 QStringLiteral("Broker 2 is down: 120 partitions are missing its replica"));
    }

    /// Peers show the topic configuration and the members' clients and hosts in the lists.
    /// The charts of what is recorded: messages per second on Topics (the selected topic, else the
    /// busiest five), request latency per broker on Brokers; lag and throughput offer "yesterday".
    void chartsOfRecordedSeries()
    {
        KafkaSnapshot s = cluster(false);
        for (int t = 0; t < s.topics.size(); ++t)
            s.topics[t].messagesPerSecond = 100.0 * t; // v19 the busiest, then v18, ...
        MetricStore store;
        SnapshotHistory::recordKafka(store, s);
        KafkaSnapshot later = s;
        later.status.attemptedAt = At.addSecs(1);
        SnapshotHistory::recordKafka(store, later);

        TopicsPage topics;
        topics.setHistory(&store);
        topics.resize(1400, 900);
        topics.show();
        QVERIFY(QTest::qWaitForWindowExposed(&topics));
        topics.applyKafka(later, 10'000);
        const TimeSeriesChart *messages = topics.messagesChart();
        QStringList busiest;
        for (int t = 15; t < 20; ++t)
            busiest << SnapshotHistory::topicMessagesKey(s.clusterName, s.topics[t].name);
        QCOMPARE(messages->seriesKeys(), busiest);
        QVERIFY(messages->isYesterdayAvailable());
        topics.refreshAges();
        QCOMPARE(messages->visiblePoints(busiest.last()).constLast().y(), 1900.0);
        QVERIFY(topics.selectTopic(s.topics[3].name));
        const QString selected = SnapshotHistory::topicMessagesKey(s.clusterName, s.topics[3].name);
        QCOMPARE(messages->seriesKeys(), QStringList{selected});
        topics.refreshAges();
        QCOMPARE(messages->visiblePoints(selected).constLast().y(), 300.0);

        BrokersPage brokers;
        brokers.setHistory(&store);
        brokers.resize(1400, 900);
        brokers.show();
        QVERIFY(QTest::qWaitForWindowExposed(&brokers));
        brokers.applyKafka(later, 10'000);
        brokers.refreshAges();
        const TimeSeriesChart *latency = brokers.latencyChart();
        QCOMPARE(latency->seriesKeys().size(), 3);
        QCOMPARE(latency->valueUnit(), ChartUnit::Milliseconds);
        for (int id = 1; id <= 3; ++id) {
            const QString key = SnapshotHistory::brokerRttKey(s.clusterName, id);
            QVERIFY(latency->seriesKeys().contains(key));
            QCOMPARE(latency->visiblePoints(key).constLast().y(), 0.8 * id);
        }
        QVERIFY(!latency->isYesterdayAvailable()); // a round trip has no daily rhythm to compare
        for (const TimeSeriesChart *chart : brokers.findChildren<TimeSeriesChart *>()) {
            if (chart != latency)
                QVERIFY(chart->isYesterdayAvailable()); // bytes in and out
        }
        GroupsPage groups;
        for (const TimeSeriesChart *chart : groups.findChildren<TimeSeriesChart *>())
            QVERIFY(chart->isYesterdayAvailable()); // lag and time lag
    }

    void topicConfigAndGroupClients()
    {
        const KafkaSnapshot s = cluster(false);
        TopicTableModel topics;
        topics.setSnapshot(s);
        QCOMPARE(topics.headerData(TopicTableModel::MinIsrColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Min ISR"));
        QCOMPARE(topics.index(0, TopicTableModel::MinIsrColumn).data().toString(), QStringLiteral("2"));
        GroupTableModel groups;
        groups.setRows(s.groups);
        QCOMPARE(groups.index(1, GroupTableModel::ClientsColumn).data().toString(),
                 QStringLiteral("settlement-reconciler on 3 host(s)"));
        QCOMPARE(groups.index(1, GroupTableModel::ClientsColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("settlement-reconciler on /10.20.30.40 (1 partition(s)), member member-1-0\n"
                                "settlement-reconciler on /10.20.30.41 (1 partition(s)), member member-1-1\n"
                                "settlement-reconciler on /10.20.30.42 (1 partition(s)), member member-1-2"));
        QCOMPARE(groups.index(0, GroupTableModel::ClientsColumn).data().toString(), QString()); // no members
        QCOMPARE(groups.index(0, GroupTableModel::StateColumn).data().toString(),
                 QStringLiteral("no members"));
        QCOMPARE(groups.index(0, GroupTableModel::StateColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Kafka state Empty"));
    }
};

QTEST_MAIN(TestKafkaPages)
#include "tst_kafkapages.moc"
