#include "Monitor.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <QTest>

using namespace Tidewatch;

namespace {

AlertRule lagRule()
{
    AlertRule r;
    r.name = QStringLiteral("Lag");
    r.metric = QStringLiteral("tidewatch_kafka_consumergroup_lag");
    r.comparison = AlertComparison::Greater;
    r.threshold = 1000;
    r.severity = QStringLiteral("warning");
    return r;
}

} // namespace

/// Monitor feeds its AlertService with each source's health: a cluster whose Kafka nobody answers has
/// its Kafka rules in the no-data state ("starting" until the first cycle ends, then "unreachable"),
/// and stopping the cluster ends it.
class TestMonitorAlerts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void unreachableKafkaHasNoData()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Monitor monitor({lagRule()});
        QVERIFY(monitor.openAlertHistory(dir.filePath(QStringLiteral("h.sqlite"))));
        ClusterProfile profile;
        profile.name = QStringLiteral("nowhere");
        profile.bootstrapServers = QStringLiteral("127.0.0.1:1");
        profile.kafkaPollIntervalMs = 500;
        profile.requestTimeoutMs = 500;
        monitor.monitor(profile);
        QCOMPARE(monitor.alertService().noData().size(), 1);
        QCOMPARE(monitor.alertService().noData().first().reason, QStringLiteral("starting"));
        // Kafka, and the pipelines built from it (a derived source, live only while Kafka is).
        QStringList sources;
        for (const SourceHealth &health : monitor.sourceHealth())
            sources << health.source;
        sources.sort();
        QCOMPARE(sources, (QStringList{QStringLiteral("kafka"), QStringLiteral("pipeline")}));

        const auto reason = [&] {
            const QList<RuleNoData> noData = monitor.alertService().noData();
            return noData.isEmpty() ? QString() : noData.first().reason;
        };
        QTRY_COMPARE_WITH_TIMEOUT(reason(), QStringLiteral("unreachable"), 30000);
        const QList<AlertView> views = monitor.alertService().alerts();
        QCOMPARE(views.size(), 1);
        QCOMPARE(views.first().state, AlertViewState::NoData);
        QCOMPARE(views.first().alert.label(QStringLiteral("cluster")), QStringLiteral("nowhere"));
        monitor.alertService().flushHistory();
        HistoryQuery noDataRows;
        noDataRows.events = {AlertHistoryEvent::NoData};
        QCOMPARE(monitor.alertService().history(noDataRows).size(), 1);

        monitor.stopMonitoring(QStringLiteral("nowhere"));
        QVERIFY(monitor.alertService().noData().isEmpty());
        QVERIFY(monitor.sourceHealth().isEmpty());
    }

    /// Each group whose offsets failed this cycle gets a health entry of its own, scoped to its series.
    void groupsWithoutOffsetsAreScoped()
    {
        KafkaSnapshot s;
        s.clusterName = QStringLiteral("prod");
        for (const char *id : {"fine", "failed", "also failed"}) {
            ConsumerGroupInfo g;
            g.groupId = QLatin1String(id);
            g.offsetsFailed = g.groupId != QLatin1String("fine");
            s.groups.append(g);
        }
        const QList<SourceHealth> health = Monitor::groupsWithoutOffsets(s);
        QCOMPARE(health.size(), 2);
        for (const SourceHealth &h : health) {
            QCOMPARE(h.cluster, QStringLiteral("prod"));
            QCOMPARE(h.source, QStringLiteral("kafka"));
            QVERIFY(!h.isLive(0));
        }
        QCOMPARE(health[0].scope, (QList<QPair<QString, QString>>{
                                      {QStringLiteral("consumergroup"), QStringLiteral("failed")}}));
        const QList<QPair<QString, QString>> series{
            {QStringLiteral("cluster"), QStringLiteral("prod")},
            {QStringLiteral("consumergroup"), QStringLiteral("also failed")}};
        QVERIFY(health[1].covers(series));
        QVERIFY(!health[0].covers(series));
        QVERIFY(!health[1].covers({{QStringLiteral("cluster"), QStringLiteral("dr")},
                                   {QStringLiteral("consumergroup"), QStringLiteral("also failed")}}));
    }
};

QTEST_GUILESS_MAIN(TestMonitorAlerts)
#include "tst_monitoralerts.moc"
