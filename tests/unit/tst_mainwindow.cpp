#include "AlertTableModel.h"
#include "BrokerTableModel.h"
#include "ClusterStrip.h"
#include "FlinkJobTableModel.h"
#include "GroupTableModel.h"
#include "GroupsPage.h"
#include "MainWindow.h"
#include "OverviewPage.h"
#include "Roles.h"
#include "SnapshotHistory.h"
#include "StatusLine.h"
#include "TimeSeriesChart.h"
#include "WallBar.h"

#include <QComboBox>
#include <QHeaderView>
#include <QMenuBar>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>

#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QTest>

#include <cmath>

using namespace Tidewatch;

namespace {

BrokerInfo broker(int id, int port, bool controller)
{
    BrokerInfo b;
    b.id = id;
    b.host = QStringLiteral("127.0.0.1");
    b.port = port;
    b.isController = controller;
    return b;
}

PartitionInfo partition(int id, int leader, QList<int> replicas, QList<int> isr)
{
    PartitionInfo p;
    p.partition = id;
    p.leader = leader;
    p.replicas = replicas;
    p.isr = isr;
    return p;
}

KafkaSnapshot liveSnapshot()
{
    KafkaSnapshot s;
    s.clusterName = QStringLiteral("demo");
    s.controllerId = 2;
    s.brokers = {broker(1, 19092, false), broker(2, 29092, true)};
    TopicInfo t;
    t.name = QStringLiteral("orders");
    t.partitions = {partition(0, 1, {1, 2}, {1, 2}), partition(1, 2, {2, 1}, {2})};
    s.topics = {t};
    s.status.reachable = true;
    s.status.attemptedAt = QDateTime::currentDateTimeUtc();
    s.status.lastSuccessAt = s.status.attemptedAt;
    return s;
}

KafkaSnapshot clusterSnapshot(const QString &name, int brokers)
{
    KafkaSnapshot s = liveSnapshot();
    s.clusterName = name;
    s.brokers.clear();
    for (int id = 1; id <= brokers; ++id)
        s.brokers.append(broker(id, 9092 + id, id == 1));
    s.controllerId = 1;
    return s;
}

ActiveAlert firingAlert(const QString &cluster, const QString &group)
{
    ActiveAlert a;
    a.ruleName = QStringLiteral("KafkaConsumerGroupTimeLagHigh");
    a.labels = {{QStringLiteral("alertname"), a.ruleName},
                {QStringLiteral("cluster"), cluster},
                {QStringLiteral("consumergroup"), group},
                {QStringLiteral("severity"), QStringLiteral("warning")}};
    a.state = AlertState::Firing;
    a.value = 420;
    a.activeSinceMs = QDateTime::currentMSecsSinceEpoch() - 180000;
    a.firedAtMs = a.activeSinceMs + 120000;
    a.severity = QStringLiteral("warning");
    a.summary = QStringLiteral("%1: %2 is 420 s behind").arg(cluster, group);
    return a;
}

QStringList labelTexts(const QWidget &root)
{
    QStringList texts;
    for (const QLabel *label : root.findChildren<QLabel *>())
        texts << label->text();
    return texts;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pages()
    {
        MainWindow window(10000);
        QCOMPARE(window.findChild<QListWidget *>()->count(), int(MainWindow::pageNames().size()));
        for (const QString &name : MainWindow::pageNames())
            QVERIFY2(window.showPage(name), qPrintable(name));
        QVERIFY(!window.showPage(QStringLiteral("nonsense")));
        QVERIFY(window.showPage(QStringLiteral("groups")));
        QCOMPARE(window.findChild<QStackedWidget *>()->currentIndex(),
                 int(MainWindow::pageNames().indexOf(QStringLiteral("groups"))));
    }

    void snapshotsAreAppliedOnTheFrame()
    {
        MainWindow window(10000);
        window.setKafkaSnapshot(liveSnapshot());
        QCOMPARE(window.overviewPage()->brokerModel()->rowCount(), 0); // stored, not yet applied
        window.applyPending();
        QCOMPARE(window.overviewPage()->brokerModel()->rowCount(), 2);
        const QString health = labelTexts(window).filter(QStringLiteral("brokers up:")).join(QString());
        QVERIFY2(health.contains(QStringLiteral("under-replicated: 1")), qPrintable(health));
        QVERIFY2(health.contains(QStringLiteral("controller: 2")), qPrintable(health));
        QVERIFY(!labelTexts(window).filter(QStringLiteral("Kafka: live")).isEmpty());
    }

    void unreachableShowsReasonAndAge()
    {
        MainWindow window(10000);
        KafkaSnapshot s = liveSnapshot();
        s.status.reachable = false;
        s.status.error = QStringLiteral("Metadata request failed: Local: Broker transport failure");
        s.status.lastSuccessAt = QDateTime::currentDateTimeUtc().addSecs(-130);
        window.setKafkaSnapshot(s);
        window.applyPending();
        const QString line = labelTexts(window).filter(QStringLiteral("Kafka:")).join(QString());
        QVERIFY2(line.contains(QStringLiteral("unreachable")), qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral("Broker transport failure")), qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral("2 m 10 s ago")), qPrintable(line));
        const auto *status = window.findChildren<StatusLine *>().constFirst();
        QVERIFY(status->isStale());
    }

    void oldDataTurnsStale()
    {
        MainWindow window(2000);
        KafkaSnapshot s = liveSnapshot();
        s.status.lastSuccessAt = QDateTime::currentDateTimeUtc().addMSecs(-5000);
        window.setKafkaSnapshot(s);
        window.applyPending();
        QVERIFY(!labelTexts(window).filter(QStringLiteral("Kafka: stale")).isEmpty());
    }

    /// Every applied snapshot feeds the history the charts read, with gaps while the cluster is away;
    /// the groups page charts the selected group.
    void historyFeedsCharts()
    {
        MainWindow window(10000);
        KafkaSnapshot s = liveSnapshot();
        ConsumerGroupInfo g;
        g.groupId = QStringLiteral("billing");
        g.totalLag = 42;
        g.maxTimeLagSeconds = 3.5;
        s.groups = {g};
        window.setKafkaSnapshot(s);
        window.applyPending();
        const QString lagKey =
            SnapshotHistory::groupLagKey(QStringLiteral("demo"), QStringLiteral("billing"));
        QVERIFY(window.history().contains(lagKey));
        QCOMPARE(window.history().history(lagKey)->latestValue(), 42.0);

        s.status.reachable = false;
        s.status.attemptedAt = s.status.attemptedAt.addSecs(2);
        window.setKafkaSnapshot(s);
        window.applyPending();
        QVERIFY2(std::isnan(window.history().history(lagKey)->latestValue()),
                 "unreachable is a gap, not the old value");

        QVERIFY(window.showPage(QStringLiteral("groups")));
        auto *groups = qobject_cast<GroupsPage *>(window.page(QStringLiteral("groups")));
        QVERIFY(groups);
        QVERIFY(groups->selectGroup(QStringLiteral("billing")));
        const QList<TimeSeriesChart *> charts = groups->findChildren<TimeSeriesChart *>();
        QCOMPARE(charts.size(), 2);
        QVERIFY(charts.first()->seriesKeys().contains(lagKey));
    }

    void layoutIsRemembered()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("layout.ini")), QSettings::IniFormat);
        {
            MainWindow window(10000);
            window.resize(900, 700);
            auto *table = window.page(QStringLiteral("groups"))->findChildren<QTableView *>().first();
            table->horizontalHeader()->resizeSection(0, 321);
            window.saveLayout(settings);
        }
        MainWindow restored(10000);
        restored.restoreLayout(settings);
        auto *table = restored.page(QStringLiteral("groups"))->findChildren<QTableView *>().first();
        QCOMPARE(table->horizontalHeader()->sectionSize(0), 321);
        // New data does not undo the user's widths.
        KafkaSnapshot s = liveSnapshot();
        ConsumerGroupInfo g;
        g.groupId = QStringLiteral("a-long-group-name-that-would-widen-the-column");
        s.groups = {g};
        restored.showPage(QStringLiteral("groups"));
        restored.setKafkaSnapshot(s);
        restored.applyPending();
        QCOMPARE(table->horizontalHeader()->sectionSize(0), 321);
    }

    void overviewClicksThrough()
    {
        MainWindow window(10000);
        KafkaSnapshot s = liveSnapshot();
        ConsumerGroupInfo g;
        g.groupId = QStringLiteral("billing");
        g.totalLag = 7;
        s.groups = {g};
        window.setKafkaSnapshot(s);
        window.applyPending();
        QVERIFY2(window.overviewPage()->kafkaHealthText().contains(QStringLiteral("brokers up: 2/2")),
                 qPrintable(window.overviewPage()->kafkaHealthText()));
        QCOMPARE(window.overviewPage()->groupModel()->rowCount(), 1);
        Q_EMIT window.overviewPage()->groupActivated(QStringLiteral("billing"));
        QCOMPARE(window.currentPageName(), QStringLiteral("groups"));
        auto *groups = qobject_cast<GroupsPage *>(window.page(QStringLiteral("groups")));
        QCOMPARE(groups->groupModel()->rowCount(), 1);
        QCOMPARE(groups->selectedGroup(), QStringLiteral("billing"));
    }

    void wallMode()
    {
        MainWindow window(10000);
        window.show();
        window.enterWallMode({QStringLiteral("overview"), QStringLiteral("groups")}, 0);
        QVERIFY(window.isWallMode());
        QVERIFY(!window.findChild<QListWidget *>()->isVisible()); // no page list, no menus
        QVERIFY(!window.menuBar()->isVisible());
        QCOMPARE(window.currentPageName(), QStringLiteral("overview"));
        window.rotateWall();
        QCOMPARE(window.currentPageName(), QStringLiteral("groups"));
        window.rotateWall();
        QCOMPARE(window.currentPageName(), QStringLiteral("overview"));

        window.setKafkaSnapshot(liveSnapshot());
        window.applyPending();
        // Live, but partition 1 misses a replica: amber, with the cause as the headline.
        QCOMPARE(window.wallBar()->severity(), ConditionSeverity::Warning);
        QCOMPARE(window.wallBar()->causeText(), QStringLiteral("demo: 1 under-replicated"));
        QVERIFY2(window.wallBar()->freshnessText().startsWith(QStringLiteral("all sources live, updated")),
                 qPrintable(window.wallBar()->freshnessText()));
        KafkaSnapshot lost = liveSnapshot();
        lost.status.reachable = false;
        lost.status.error = QStringLiteral("Metadata request failed: Local: All broker connections are down");
        lost.status.lastSuccessAt = QDateTime::currentDateTimeUtc().addSecs(-95);
        window.setKafkaSnapshot(lost);
        window.applyPending();
        QCOMPARE(window.wallBar()->severity(), ConditionSeverity::Critical);
        QVERIFY2(window.wallBar()->causeText().contains(QStringLiteral("demo: Kafka unreachable")),
                 qPrintable(window.wallBar()->bannerText()));
        QVERIFY2(window.wallBar()->bannerText().contains(QStringLiteral("1 m 35 s ago")),
                 qPrintable(window.wallBar()->bannerText()));

        QTest::keyClick(&window, Qt::Key_Escape);
        QVERIFY(!window.isWallMode());
        QVERIFY(window.findChild<QListWidget *>()->isVisible());
    }

    /// Several clusters at once: a strip each on the overview, snapshots routed by cluster name, the
    /// detail pages following the chosen cluster, late snapshots of a removed cluster dropped.
    void severalClusters()
    {
        MainWindow window(10000);
        window.addCluster(QStringLiteral("prod"), 10000, true, false);
        window.addCluster(QStringLiteral("dr"), 10000, true, true);
        QCOMPARE(window.clusterNames(), (QStringList{QStringLiteral("prod"), QStringLiteral("dr")}));
        QCOMPARE(window.currentCluster(), QStringLiteral("prod"));
        QVERIFY(window.findChild<QComboBox *>()->isVisibleTo(&window));
        window.applyPending();
        QList<ClusterStrip *> strips = window.overviewPage()->strips();
        QCOMPARE(strips.size(), 2);
        QVERIFY2(strips[1]->plainText().contains(QStringLiteral("Kafka: waiting for the first data")),
                 qPrintable(strips[1]->plainText()));

        window.setKafkaSnapshot(clusterSnapshot(QStringLiteral("prod"), 2));
        KafkaSnapshot dr = clusterSnapshot(QStringLiteral("dr"), 3);
        dr.brokers[2].reachable = false;
        dr.brokers[2].error = QStringLiteral("connection refused");
        window.setKafkaSnapshot(dr);
        window.setKafkaSnapshot(clusterSnapshot(QStringLiteral("unannounced"), 5));
        window.applyPending();
        QCOMPARE(window.clusterNames().size(), 2);
        strips = window.overviewPage()->strips();
        QVERIFY2(strips[0]->plainText().contains(QStringLiteral("brokers up 2/2")),
                 qPrintable(strips[0]->plainText()));
        QVERIFY2(strips[1]->plainText().contains(QStringLiteral("brokers up 2/3")),
                 qPrintable(strips[1]->plainText()));
        QCOMPARE(strips[0]->health().severity(), 1);                   // prod: one under-replicated partition
        QCOMPARE(strips[1]->health().severity(), 2);                   // dr: a broker down
        QCOMPARE(window.overviewPage()->brokerModel()->rowCount(), 2); // the tables show prod

        QVERIFY(window.setCurrentCluster(QStringLiteral("dr")));
        QCOMPARE(window.overviewPage()->brokerModel()->rowCount(), 3);
        QVERIFY(window.problems().join(QLatin1Char('\n')).contains(QStringLiteral("dr: Broker 3 DOWN")));

        window.removeCluster(QStringLiteral("dr"));
        QCOMPARE(window.currentCluster(), QStringLiteral("prod"));
        window.setKafkaSnapshot(clusterSnapshot(QStringLiteral("dr"), 3)); // late news: dropped
        window.applyPending();
        QCOMPARE(window.clusterNames(), QStringList{QStringLiteral("prod")});
        QCOMPARE(window.overviewPage()->strips().size(), 1);
        QCOMPARE(window.overviewPage()->brokerModel()->rowCount(), 2);
        QVERIFY(!window.findChild<QComboBox *>()->isVisibleTo(&window));
    }

    /// A cluster without a source (Flink only, or nothing arrived yet) shows an empty part for it,
    /// never the rows of the cluster shown before it; so does a window whose last cluster went.
    void clusterWithoutASourceShowsNothingOfAnother()
    {
        MainWindow window(10000);
        window.addCluster(QStringLiteral("kafka-only"), 10000, true, false);
        window.addCluster(QStringLiteral("flink-only"), 10000, false, true);
        window.setKafkaSnapshot(clusterSnapshot(QStringLiteral("kafka-only"), 3));
        window.applyPending();
        QCOMPARE(window.overviewPage()->brokerModel()->rowCount(), 3);
        QVERIFY(window.setCurrentCluster(QStringLiteral("flink-only")));
        QCOMPARE(window.overviewPage()->brokerModel()->rowCount(), 0);
        QVERIFY2(!labelTexts(window)
                      .filter(QStringLiteral("flink-only has no Kafka cluster configured"))
                      .isEmpty(),
                 qPrintable(labelTexts(window).join(QLatin1Char('\n'))));
        QVERIFY(window.showPage(QStringLiteral("groups")));
        QVERIFY(window.showPage(QStringLiteral("overview")));

        // Announced again (new settings): what the old collectors delivered is dropped.
        window.setCurrentCluster(QStringLiteral("kafka-only"));
        window.addCluster(QStringLiteral("kafka-only"), 10000, true, false);
        window.applyPending();
        QCOMPARE(window.overviewPage()->brokerModel()->rowCount(), 0);
        QVERIFY(
            !labelTexts(window).filter(QStringLiteral("waiting for the first data of kafka-only")).isEmpty());

        window.removeCluster(QStringLiteral("flink-only"));
        window.setKafkaSnapshot(clusterSnapshot(QStringLiteral("kafka-only"), 3));
        window.applyPending();
        QCOMPARE(window.overviewPage()->brokerModel()->rowCount(), 3);
        window.removeCluster(QStringLiteral("kafka-only"));
        window.applyPending();
        QCOMPARE(window.overviewPage()->brokerModel()->rowCount(), 0);
        QCOMPARE(window.overviewPage()->strips().size(), 0);
    }

    /// The wall skips detail pages for clusters that lack their source.
    void wallSkipsPagesWithoutTheirSource()
    {
        MainWindow window(10000);
        window.addCluster(QStringLiteral("kafka-only"), 10000, true, false);
        window.addCluster(QStringLiteral("both"), 10000, true, true);
        window.show();
        window.enterWallMode({QStringLiteral("flink"), QStringLiteral("groups")}, 0);
        QStringList seen;
        for (int i = 0; i < 3; ++i) {
            seen << window.currentPageName() + QLatin1Char('/') + window.currentCluster();
            window.rotateWall();
        }
        QCOMPARE(seen, (QStringList{QStringLiteral("flink/both"), QStringLiteral("groups/kafka-only"),
                                    QStringLiteral("groups/both")}));
    }

    void stripFiguresLinkToTheirPage()
    {
        MainWindow window(10000);
        window.addCluster(QStringLiteral("prod"), 10000, true, false);
        window.addCluster(QStringLiteral("dr"), 10000, true, false);
        window.setKafkaSnapshot(clusterSnapshot(QStringLiteral("prod"), 2));
        window.setKafkaSnapshot(clusterSnapshot(QStringLiteral("dr"), 3));
        window.applyPending();
        Q_EMIT window.overviewPage()->strips().at(1)->activated(QStringLiteral("dr"),
                                                                QStringLiteral("topics"));
        QCOMPARE(window.currentCluster(), QStringLiteral("dr"));
        QCOMPARE(window.currentPageName(), QStringLiteral("topics"));
        Q_EMIT window.overviewPage()->strips().at(0)->activated(QStringLiteral("prod"),
                                                                QStringLiteral("brokers"));
        QCOMPARE(window.currentCluster(), QStringLiteral("prod"));
        QCOMPARE(window.currentPageName(), QStringLiteral("brokers"));
        QCOMPARE(window.page(QStringLiteral("brokers"))->findChild<QTableView *>()->model()->rowCount(), 2);
    }

    void alertsOnOverviewStripAndWallBanner()
    {
        MainWindow window(10000);
        window.addCluster(QStringLiteral("prod"), 10000, true, false);
        window.setKafkaSnapshot(clusterSnapshot(QStringLiteral("prod"), 2));
        window.setAlerts({firingAlert(QStringLiteral("prod"), QStringLiteral("billing"))});
        window.show();
        window.enterWallMode({QStringLiteral("overview")}, 0);
        window.applyPending();
        QCOMPARE(window.overviewPage()->alertModel()->rowCount(), 1);
        const QModelIndex subject =
            window.overviewPage()->alertModel()->index(0, AlertTableModel::SubjectColumn);
        QCOMPARE(subject.data().toString(), QStringLiteral("group billing"));
        const QString strip = window.overviewPage()->strips().constFirst()->plainText();
        QVERIFY2(strip.contains(QStringLiteral("alerts: 1 firing, 0 pending")), qPrintable(strip));
        QVERIFY(window.wallBar()->isAlarming());
        QVERIFY2(window.wallBar()->bannerText().contains(QStringLiteral("prod: billing is 420 s behind")),
                 qPrintable(window.wallBar()->bannerText()));

        window.setAlerts({});
        window.applyPending();
        QCOMPARE(window.overviewPage()->alertModel()->rowCount(), 0);
        // The alert went; the under-replicated partition of prod keeps the banner amber.
        QVERIFY2(!window.wallBar()->bannerText().contains(QStringLiteral("420 s behind")),
                 qPrintable(window.wallBar()->bannerText()));
        QCOMPARE(window.wallBar()->causeText(), QStringLiteral("prod: 1 under-replicated"));
    }

    /// With several clusters the wall shows the overview once and each detail page once per cluster.
    void wallRotatesThroughClusters()
    {
        MainWindow window(10000);
        window.addCluster(QStringLiteral("prod"), 10000, true, false);
        window.addCluster(QStringLiteral("dr"), 10000, true, false);
        window.show();
        window.enterWallMode({QStringLiteral("overview"), QStringLiteral("groups")}, 0);
        QStringList seen;
        for (int i = 0; i < 4; ++i) {
            seen << window.currentPageName() + QLatin1Char('/') + window.currentCluster();
            window.rotateWall();
        }
        QCOMPARE(seen, (QStringList{QStringLiteral("overview/prod"), QStringLiteral("groups/prod"),
                                    QStringLiteral("groups/dr"), QStringLiteral("overview/dr")}));
    }

    void wallExitKeyIsConfigurable()
    {
        MainWindow window(10000);
        window.show();
        window.enterWallMode({QStringLiteral("overview")}, 0,
                             QKeySequence(QStringLiteral("Ctrl+Alt+Q"), QKeySequence::PortableText));
        QTest::keyClick(&window, Qt::Key_Escape);
        QVERIFY2(window.isWallMode(), "Esc must not leave when another exit key is configured");
        QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier | Qt::AltModifier);
        QVERIFY(!window.isWallMode());
    }

    void flinkJobs()
    {
        MainWindow window(10000);
        FlinkSnapshot f;
        f.restUrl = QStringLiteral("http://127.0.0.1:18081");
        f.flinkVersion = QStringLiteral("2.2.0");
        f.jobs = {FlinkJobInfo{QStringLiteral("a"), QStringLiteral("orders"), QStringLiteral("RUNNING"), 0,
                               1000, 4, 4}};
        f.status.reachable = true;
        f.status.attemptedAt = QDateTime::currentDateTimeUtc();
        f.status.lastSuccessAt = f.status.attemptedAt;
        window.setFlinkSnapshot(f);
        window.applyPending();
        QCOMPARE(window.overviewPage()->jobModel()->rowCount(), 1);
        QVERIFY(!labelTexts(window).filter(QStringLiteral("Flink 2.2.0")).isEmpty());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
