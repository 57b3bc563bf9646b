#include "ClusterHealth.h"

#include <QTest>
#include <QTimeZone>

using namespace Tidewatch;

namespace {

const QDateTime kNow = QDateTime::fromMSecsSinceEpoch(1800000000000LL, Qt::UTC);

SourceStatus live(qint64 ageMs)
{
    SourceStatus s;
    s.reachable = true;
    s.attemptedAt = kNow;
    s.lastSuccessAt = kNow.addMSecs(-ageMs);
    return s;
}

KafkaSnapshot kafka()
{
    KafkaSnapshot s;
    s.clusterName = QStringLiteral("prod");
    s.controllerId = 1;
    for (int id = 1; id <= 3; ++id) {
        BrokerInfo b;
        b.id = id;
        b.reachable = id != 3;
        s.brokers.append(b);
    }
    TopicInfo t;
    t.name = QStringLiteral("orders");
    t.minInsyncReplicas = 2;
    auto partition = [](int id, int leader, QList<int> replicas, QList<int> isr) {
        PartitionInfo p;
        p.partition = id;
        p.leader = leader;
        p.replicas = replicas;
        p.isr = isr;
        return p;
    };
    t.partitions = {partition(0, 1, {1, 2, 3}, {1, 2, 3}), partition(1, 2, {2, 3, 1}, {2, 1}),
                    partition(2, 1, {1, 3, 2}, {1}), partition(3, -1, {3}, {})};
    s.topics = {t};
    ConsumerGroupInfo ok;
    ok.groupId = QStringLiteral("a");
    ok.status = LagStatus::Ok;
    ok.maxTimeLagSeconds = 2;
    ConsumerGroupInfo warn;
    warn.groupId = QStringLiteral("b");
    warn.status = LagStatus::Warn;
    warn.maxTimeLagSeconds = 75;
    ConsumerGroupInfo err;
    err.groupId = QStringLiteral("c");
    err.status = LagStatus::Err;
    s.groups = {ok, warn, err};
    s.status = live(1000);
    return s;
}

FlinkSnapshot flink()
{
    FlinkSnapshot s;
    s.jobs = {FlinkJobInfo{QStringLiteral("j1"), QStringLiteral("orders"), QStringLiteral("RUNNING")},
              FlinkJobInfo{QStringLiteral("j2"), QStringLiteral("audit"), QStringLiteral("RESTARTING")}};
    FlinkJobDetails d1;
    d1.jobId = QStringLiteral("j1");
    FlinkVertexInfo v;
    v.backpressureLevel = FlinkBackpressureLevel::High;
    d1.vertices = {v};
    FlinkCheckpointInfo completed;
    completed.id = 7;
    FlinkCheckpointInfo failed;
    failed.id = 8;
    d1.checkpoints.latestCompleted = completed;
    d1.checkpoints.latestFailed = failed;
    FlinkJobDetails d2;
    d2.jobId = QStringLiteral("j2");
    failed.id = 3;
    completed.id = 4; // failed before the latest completed one: recovered
    d2.checkpoints.latestCompleted = completed;
    d2.checkpoints.latestFailed = failed;
    s.jobDetails = {d1, d2};
    s.status = live(500);
    return s;
}

} // namespace

class TestClusterHealth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void figures()
    {
        const KafkaSnapshot k = kafka();
        const FlinkSnapshot f = flink();
        const ClusterHealth h = summarizeCluster(QStringLiteral("prod"), true, &k, true, &f, 10000, kNow);
        QCOMPARE(h.kafka, Freshness::Live);
        QCOMPARE(h.kafkaAgeMs, 1000);
        QCOMPARE(h.brokersUp, 2);
        QCOMPARE(h.brokersTotal, 3);
        QCOMPARE(h.controllerId, 1);
        QCOMPARE(h.underReplicated, 3); // under, belowMin and offline (ISR smaller than replicas)
        QCOMPARE(h.offline, 1);
        QCOMPARE(h.underMinIsr, 1);
        QCOMPARE(h.groups, 3);
        QCOMPARE(h.groupsWarn, 1);
        QCOMPARE(h.groupsErr, 1);
        QCOMPARE(h.worstTimeLagSeconds, 75.0);
        QCOMPARE(h.worstTimeLagGroup, QStringLiteral("b"));
        QCOMPARE(h.jobs, 2);
        QCOMPARE(h.jobsRunning, 1);
        QCOMPARE(h.jobsBackpressured, 1);
        QCOMPARE(h.jobsCheckpointFailing, 1);
        QCOMPARE(h.severity(), 2);
    }

    void freshness_data()
    {
        QTest::addColumn<bool>("configured");
        QTest::addColumn<bool>("arrived");
        QTest::addColumn<bool>("reachable");
        QTest::addColumn<qint64>("ageMs");
        QTest::addColumn<Freshness>("expected");
        QTest::addColumn<int>("severity");
        QTest::newRow("not configured")
            << false << false << true << qint64(0) << Freshness::NotConfigured << 0;
        QTest::newRow("waiting") << true << false << true << qint64(0) << Freshness::Waiting << 1;
        QTest::newRow("live") << true << true << true << qint64(9000) << Freshness::Live << 0;
        QTest::newRow("stale") << true << true << true << qint64(11000) << Freshness::Stale << 1;
        QTest::newRow("unreachable") << true << true << false << qint64(60000) << Freshness::Unreachable << 2;
    }
    void freshness()
    {
        QFETCH(bool, configured);
        QFETCH(bool, arrived);
        QFETCH(bool, reachable);
        QFETCH(qint64, ageMs);
        QFETCH(Freshness, expected);
        QFETCH(int, severity);
        KafkaSnapshot k;
        k.status = live(ageMs);
        k.status.reachable = reachable;
        const ClusterHealth h = summarizeCluster(QStringLiteral("c"), configured, arrived ? &k : nullptr,
                                                 false, nullptr, 10000, kNow);
        QCOMPARE(h.kafka, expected);
        QCOMPARE(h.flink, Freshness::NotConfigured);
        QCOMPARE(h.severity(), severity);
    }

    /// What an unreachable cluster showed last is not its health now.
    void unreachableCountsNothing()
    {
        KafkaSnapshot k = kafka();
        k.status.reachable = false;
        k.status.error = QStringLiteral("all brokers down");
        const ClusterHealth h =
            summarizeCluster(QStringLiteral("prod"), true, &k, false, nullptr, 10000, kNow);
        QCOMPARE(h.kafka, Freshness::Unreachable);
        QCOMPARE(h.kafkaError, QStringLiteral("all brokers down"));
        QCOMPARE(h.brokersTotal, 0);
        QCOMPARE(h.offline, 0);
    }
};

QTEST_GUILESS_MAIN(TestClusterHealth)
#include "tst_clusterhealth.moc"
