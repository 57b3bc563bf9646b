#include "AlertRules.h"
#include "ClusterStrip.h"
#include "CommandLine.h"
#include "Dashboard.h"
#include "MainWindow.h"
#include "OverviewPage.h"
#include "StackTools.h"
#include "WallBar.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Tidewatch;

namespace {

ClusterProfile profile(const QString &name, const QString &bootstrap, const QString &flink = {})
{
    ClusterProfile p;
    p.name = name;
    p.bootstrapServers = bootstrap;
    p.flinkRestUrl = flink;
    p.kafkaPollIntervalMs = 1000;
    p.flinkPollIntervalMs = 1000;
    p.requestTimeoutMs = 2000;
    return p;
}

AlertRule rule(const QString &name, const QString &metric, QList<LabelMatcher> matchers, AlertComparison op,
               double threshold)
{
    AlertRule r;
    r.name = name;
    r.metric = metric;
    r.matchers = std::move(matchers);
    r.comparison = op;
    r.threshold = threshold;
    r.severity = QStringLiteral("critical");
    r.summary = QStringLiteral("{{ $labels.cluster }}: %1").arg(name);
    return r;
}

QStringList strips(const MainWindow &window)
{
    QStringList out;
    for (const ClusterStrip *strip : window.overviewPage()->strips())
        out << strip->plainText();
    return out;
}

} // namespace

/// The dashboard on the real stack with several clusters at once: the same Kafka cluster monitored
/// as "east" (with Flink) and "west", and "gone", a cluster nobody answers for. Every strip tells its
/// own truth, rules fire per cluster, and a cluster can be dropped while the others keep going.
class TestDashboard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // no settings of the user's, read or written
    }

    void severalClustersOnTheRealStack()
    {
        const QString bootstrap = QString::fromLatin1(StackTools::kBootstrap);
        AppOptions options;
        options.wall = true; // a wall display: no layout to remember
        options.profile =
            profile(QStringLiteral("east"), bootstrap, QStringLiteral("http://127.0.0.1:18081"));
        options.moreProfiles = {profile(QStringLiteral("west"), bootstrap),
                                profile(QStringLiteral("gone"), QStringLiteral("127.0.0.1:1"))};
        // Fast rules (no `for`), so the test sees them fire: a source down, and a group that exists
        // on the stack with a lag that only grows (its consumer never commits).
        options.rules = {
            rule(QStringLiteral("SourceDown"), QStringLiteral("tidewatch_source_up"), {},
                 AlertComparison::Equal, 0),
            rule(QStringLiteral("StoppedGroupLag"), QStringLiteral("tidewatch_kafka_consumergroup_lag"),
                 {LabelMatcher{QStringLiteral("consumergroup"), QStringLiteral("tw-stopped-committing")}},
                 AlertComparison::Greater, 0),
        };
        Dashboard dashboard(options);
        MainWindow *window = dashboard.window();
        window->resize(1400, 900);
        window->show();
        window->enterWallMode({QStringLiteral("overview"), QStringLiteral("groups")}, 0);
        QCOMPARE(window->clusterNames(),
                 (QStringList{QStringLiteral("east"), QStringLiteral("west"), QStringLiteral("gone")}));

        // Everyone answers (or fails) within a few cycles.
        QTRY_VERIFY_WITH_TIMEOUT(strips(*window).size() == 3 &&
                                     strips(*window)[0].contains(QStringLiteral("brokers up 3/3")) &&
                                     strips(*window)[0].contains(QStringLiteral("Flink: live")) &&
                                     strips(*window)[1].contains(QStringLiteral("brokers up 3/3")) &&
                                     strips(*window)[2].contains(QStringLiteral("UNREACHABLE")),
                                 60000);
        const QStringList text = strips(*window);
        QVERIFY2(text[1].contains(QStringLiteral("Flink: not configured")), qPrintable(text[1]));
        QVERIFY2(text[2].contains(QStringLiteral("last data never")), qPrintable(text[2]));

        // The strips' under-replicated count is what TopicCommand says (on a healthy stack: none).
        const StackTools::ToolResult urp =
            StackTools::stack({QStringLiteral("topics"), QStringLiteral("--describe"),
                               QStringLiteral("--under-replicated-partitions")});
        QCOMPARE(urp.exitCode, 0);
        const int theirs = int(StackTools::parseTopicPartitions(urp.out).size());
        QTRY_COMPARE_WITH_TIMEOUT(window->overviewPage()->strips().at(0)->health().underReplicated, theirs,
                                  10000);

        // Rules fire per cluster: the stopped group on east and on west, and gone's Kafka source.
        auto firing = [&] {
            QStringList out;
            for (const ActiveAlert &a : dashboard.alerts().activeAlerts()) {
                if (a.state == AlertState::Firing)
                    out << a.ruleName + QLatin1Char('/') + a.label(QStringLiteral("cluster"));
            }
            out.sort();
            return out;
        };
        const QStringList expected{QStringLiteral("SourceDown/gone"), QStringLiteral("StoppedGroupLag/east"),
                                   QStringLiteral("StoppedGroupLag/west")};
        QTRY_COMPARE_WITH_TIMEOUT(firing(), expected, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(window->wallBar()->bannerText().contains(QStringLiteral("gone: SourceDown")),
                                 5000);
        QVERIFY2(window->wallBar()->isAlarming(), qPrintable(window->wallBar()->bannerText()));

        // The wall shows the groups page once per cluster.
        QStringList seen;
        for (int i = 0; i < 4; ++i) {
            seen << window->currentPageName() + QLatin1Char('/') + window->currentCluster();
            window->rotateWall();
        }
        QCOMPARE(seen, (QStringList{QStringLiteral("overview/east"), QStringLiteral("groups/east"),
                                    QStringLiteral("groups/west"), QStringLiteral("groups/gone")}));

        // Dropping a cluster stops its collectors; its alerts resolve, the others stay.
        dashboard.stopMonitoring(QStringLiteral("gone"));
        QCOMPARE(dashboard.monitoredClusters(),
                 (QStringList{QStringLiteral("east"), QStringLiteral("west")}));
        QTRY_COMPARE_WITH_TIMEOUT(
            firing(),
            (QStringList{QStringLiteral("StoppedGroupLag/east"), QStringLiteral("StoppedGroupLag/west")}),
            10000);
        QTRY_COMPARE_WITH_TIMEOUT(window->overviewPage()->strips().size(), 2, 5000);
        QVERIFY(!window->clusterNames().contains(QStringLiteral("gone")));
    }

    /// A broker stop on the wall with the product's defaults (2 s polls, metadata every 30 s, the
    /// built-in rules): within two poll intervals the strip says 2/3 and the banner names the broker;
    /// KafkaBrokerDown fires after its `for`; after the restart everything reads up again.
    void brokerStopOnTheWall()
    {
        AppOptions options;
        options.wall = true;
        options.profile.name = QStringLiteral("stack");
        options.profile.bootstrapServers = QString::fromLatin1(StackTools::kBootstrap);
        options.rules = AlertRules::defaults();
        Dashboard dashboard(options);
        MainWindow *window = dashboard.window();
        window->resize(1400, 900);
        window->show();
        window->enterWallMode({QStringLiteral("overview")}, 0);
        auto strip = [&] {
            return strips(*window).value(0);
        };
        QTRY_VERIFY_WITH_TIMEOUT(strip().contains(QStringLiteral("brokers up 3/3")), 30000);
        QTest::qWait(8000); // past the first metadata answer: liveness must come from each cycle

        QCOMPARE(StackTools::stack({QStringLiteral("broker"), QStringLiteral("stop"), QStringLiteral("2")})
                     .exitCode,
                 0);
        auto restart = qScopeGuard([] {
            StackTools::stack({QStringLiteral("broker"), QStringLiteral("start"), QStringLiteral("2")});
        });
        // Two poll intervals, plus the window's frame timer.
        QTRY_VERIFY_WITH_TIMEOUT(strip().contains(QStringLiteral("brokers up 2/3")), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(window->wallBar()->causeText().contains(QStringLiteral("broker 2 down")),
                                 2000);
        auto firing = [&] {
            const QList<ActiveAlert> alerts = dashboard.alerts().activeAlerts();
            return std::any_of(alerts.cbegin(), alerts.cend(), [](const ActiveAlert &a) {
                return a.ruleName == QLatin1String("KafkaBrokerDown") && a.state == AlertState::Firing &&
                       a.label(QStringLiteral("broker")) == QLatin1String("2");
            });
        };
        QElapsedTimer sinceStop;
        sinceStop.start();
        QTRY_VERIFY_WITH_TIMEOUT(firing(), 45000);
        QVERIFY2(strip().contains(QStringLiteral("brokers up 2/3")), qPrintable(strip()));
        QTRY_VERIFY_WITH_TIMEOUT(window->wallBar()->bannerText().contains(QStringLiteral("KafkaBrokerDown")),
                                 2000);
        QVERIFY2(window->wallBar()->isAlarming(), qPrintable(window->wallBar()->bannerText()));

        restart.dismiss();
        QCOMPARE(StackTools::stack({QStringLiteral("broker"), QStringLiteral("start"), QStringLiteral("2")})
                     .exitCode,
                 0);
        QTRY_VERIFY_WITH_TIMEOUT(strip().contains(QStringLiteral("brokers up 3/3")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!firing(), 10000);
    }

    /// Connect on a monitored cluster restarts it with the new settings: nothing the old collectors
    /// still deliver counts (their snapshots, samples and alerts go), and a source removed from the
    /// profile leaves the screen and the alerts.
    void restartDropsTheOldSession()
    {
        AppOptions options;
        options.wall = true;
        options.profile = profile(QStringLiteral("x"), QString::fromLatin1(StackTools::kBootstrap));
        options.rules = {rule(QStringLiteral("SourceDown"), QStringLiteral("tidewatch_source_up"), {},
                              AlertComparison::Equal, 0)};
        Dashboard dashboard(options);
        MainWindow *window = dashboard.window();
        QSignalSpy kafka(&dashboard, &Dashboard::kafkaSnapshotDelivered);
        QTRY_VERIFY_WITH_TIMEOUT(!kafka.isEmpty() && kafka.last().at(1).toBool(), 30000);

        kafka.clear();
        dashboard.monitor(profile(QStringLiteral("x"), QStringLiteral("127.0.0.1:1")));
        QTRY_VERIFY_WITH_TIMEOUT(!kafka.isEmpty(), 20000);
        for (const QList<QVariant> &delivery : std::as_const(kafka))
            QVERIFY2(!delivery.at(1).toBool(), "a snapshot of the replaced session was delivered");
        window->applyPending();
        QVERIFY2(strips(*window).constFirst().contains(QStringLiteral("UNREACHABLE")),
                 qPrintable(strips(*window).constFirst()));
        auto firing = [&] {
            QStringList out;
            for (const ActiveAlert &a : dashboard.alerts().activeAlerts())
                out << a.ruleName + QLatin1Char('/') + a.label(QStringLiteral("source"));
            return out;
        };
        QTRY_COMPARE_WITH_TIMEOUT(firing(), QStringList{QStringLiteral("SourceDown/kafka")}, 10000);

        // The profile loses its Kafka part: Kafka's alert and strip line go with it.
        QSignalSpy flink(&dashboard, &Dashboard::flinkSnapshotDelivered);
        dashboard.monitor(profile(QStringLiteral("x"), {}, QStringLiteral("http://127.0.0.1:18081")));
        QVERIFY(firing().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!flink.isEmpty() && flink.last().at(1).toBool(), 20000);
        window->applyPending();
        QVERIFY(firing().isEmpty());
        QVERIFY2(strips(*window).constFirst().contains(QStringLiteral("Kafka: not configured")),
                 qPrintable(strips(*window).constFirst()));
        QVERIFY2(strips(*window).constFirst().contains(QStringLiteral("Flink: live")),
                 qPrintable(strips(*window).constFirst()));
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
