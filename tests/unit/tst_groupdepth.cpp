// Retention risk, per-topic figures of a group, the LSO as a read_committed group's lag end, and the
// hanging-transaction detection over time: the math of issue #17's group side.
#include "GroupDepth.h"
#include "LagTracker.h"
#include "TransactionTracker.h"

#include <QTest>

using namespace Tidewatch;

Q_DECLARE_METATYPE(Tidewatch::GroupDepth::RetentionInput)

namespace {

constexpr qint64 kT0 = 1'700'000'000'000;

GroupDepth::RetentionInput behind(double timeLag, double produce, double consume)
{
    GroupDepth::RetentionInput in;
    in.committedOffset = 1000;
    in.logStartOffset = 0;
    in.endOffset = 5000;
    in.timeLagSeconds = timeLag;
    in.produceRatePerSecond = produce;
    in.consumeRatePerSecond = consume;
    in.retentionKnown = true;
    in.retentionMs = 3600 * 1000; // one hour
    in.retentionBytes = -1;
    return in;
}

PartitionInfo partition(int id, qint64 low, qint64 high)
{
    PartitionInfo p;
    p.partition = id;
    p.leader = 1;
    p.replicas = {1, 2, 3};
    p.isr = {1, 2, 3};
    p.lowWatermark = low;
    p.highWatermark = high;
    return p;
}

TopicInfo topic(const QString &name, QList<PartitionInfo> partitions)
{
    TopicInfo t;
    t.name = name;
    t.partitions = partitions;
    t.retentionKnown = true;
    t.retentionMs = 3600 * 1000;
    t.retentionBytes = -1;
    t.cleanupPolicy = QStringLiteral("delete");
    return t;
}

using State = RetentionRisk::State;

} // namespace

class TestGroupDepth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void retentionRisk_data()
    {
        QTest::addColumn<GroupDepth::RetentionInput>("in");
        QTest::addColumn<int>("state");
        QTest::addColumn<double>("eta");
        QTest::addColumn<QString>("basis");

        // 60 s behind an hour's retention, not consuming: the record ages a second a second.
        QTest::newRow("stopped consumer: retention minus time lag")
            << behind(60, 10, 0) << int(State::AtRisk) << 3540.0 << QStringLiteral("time");
        // Consuming half the production: the time lag grows half a second a second.
        QTest::newRow("half speed: twice as long")
            << behind(60, 10, 5) << int(State::AtRisk) << 7080.0 << QStringLiteral("time");
        QTest::newRow("keeps pace: not at risk")
            << behind(60, 10, 10) << int(State::NotAtRisk) << -1.0 << QString();
        QTest::newRow("older than retention: due now")
            << behind(4000, 10, 9) << int(State::AtRisk) << 0.0 << QStringLiteral("time");
        auto lost = behind(60, 10, 0);
        lost.logStartOffset = 1500;
        QTest::newRow("behind the log start: data lost") << lost << int(State::DataLost) << -1.0 << QString();
        auto caughtUp = behind(0, 10, 10);
        caughtUp.committedOffset = 5000;
        QTest::newRow("caught up") << caughtUp << int(State::NotAtRisk) << -1.0 << QString();
        auto unlimited = behind(60, 10, 0);
        unlimited.retentionMs = -1;
        QTest::newRow("unlimited retention") << unlimited << int(State::NotAtRisk) << -1.0 << QString();
        auto compacted = behind(60, 10, 0);
        compacted.deletes = false;
        QTest::newRow("compacted topic") << compacted << int(State::NotAtRisk) << -1.0 << QString();
        auto noConfig = behind(60, 10, 0);
        noConfig.retentionKnown = false;
        QTest::newRow("retention not read: unknown") << noConfig << int(State::Unknown) << -1.0 << QString();
        QTest::newRow("rates unknown: unknown")
            << behind(60, -1, -1) << int(State::Unknown) << -1.0 << QString();
        auto noCommit = behind(60, 10, 0);
        noCommit.committedOffset = -1;
        QTest::newRow("never committed: unknown") << noCommit << int(State::Unknown) << -1.0 << QString();
        // By size: 1 MB per partition at 100 bytes a message keeps 10,000 messages; 4,000 behind, the
        // lag grows by 10 - 4 = 6 a second: (10,000 - 4,000) / 6 = 1,000 s.
        auto bySize = behind(60, 10, 4);
        bySize.retentionMs = -1;
        bySize.retentionBytes = 1'000'000;
        bySize.bytesPerMessage = 100;
        QTest::newRow("size-based") << bySize << int(State::AtRisk) << 1000.0 << QStringLiteral("size");
        // Both limits: the sooner wins (time: 3540 / 0.6 = 5900 s; size: 1,000 s).
        auto both = bySize;
        both.retentionMs = 3600 * 1000;
        QTest::newRow("both: the sooner") << both << int(State::AtRisk) << 1000.0 << QStringLiteral("size");
        auto sizeUnknown = bySize;
        sizeUnknown.bytesPerMessage = -1;
        QTest::newRow("size limit, message size unknown")
            << sizeUnknown << int(State::Unknown) << -1.0 << QString();
    }
    void retentionRisk()
    {
        QFETCH(GroupDepth::RetentionInput, in);
        QFETCH(int, state);
        QFETCH(double, eta);
        QFETCH(QString, basis);
        const RetentionRisk risk = GroupDepth::retentionRisk(in);
        QCOMPARE(int(risk.state), state);
        QCOMPARE(risk.basis, basis);
        if (eta < 0)
            QCOMPARE(risk.etaSeconds, -1.0);
        else
            QVERIFY2(qAbs(risk.etaSeconds - eta) < 0.01, qPrintable(QString::number(risk.etaSeconds)));
        // Unknown and not-at-risk always say why; an ETA or data lost needs no words.
        QCOMPARE(risk.reason.isEmpty(), state == int(State::AtRisk) || state == int(State::DataLost));
    }

    void etaFromALowerBoundIsAnUpperBound()
    {
        auto in = behind(60, 10, 0);
        in.timeLagIsLowerBound = true;
        const RetentionRisk risk = GroupDepth::retentionRisk(in);
        QCOMPARE(risk.state, State::AtRisk);
        QVERIFY(risk.etaIsUpperBound);
    }

    void bytesPerMessage()
    {
        TopicInfo t = topic(QStringLiteral("t"), {partition(0, 100, 1100), partition(1, 0, 1000)});
        QCOMPARE(GroupDepth::bytesPerMessage(t), -1.0); // size unknown
        t.logSizeBytes = 3 * 2000 * 50.0;               // 3 replicas of 2,000 messages of 50 bytes
        QCOMPARE(GroupDepth::bytesPerMessage(t), 50.0);
        t.partitions[1].lowWatermark = -1;
        QCOMPARE(GroupDepth::bytesPerMessage(t), -1.0); // a log start unknown: no guess
    }

    /// A group reading two topics: the per-topic sums add up to the group's, data lost and hanging
    /// transactions are counted where they are, a deleted topic is named.
    void perTopicFigures()
    {
        KafkaSnapshot s;
        s.status.attemptedAt = QDateTime::fromMSecsSinceEpoch(kT0, Qt::UTC);
        TopicInfo orders = topic(QStringLiteral("orders"), {partition(0, 0, 1000), partition(1, 500, 1000)});
        orders.partitions[1].hangingTransaction = true;
        TopicInfo shipments = topic(QStringLiteral("shipments"), {partition(0, 0, 300)});
        s.topics = {orders, shipments};

        LagTracker tracker;
        for (const TopicInfo &t : s.topics)
            for (const PartitionInfo &p : t.partitions)
                tracker.recordHighWatermark(t.name, p.partition, p.highWatermark, kT0);
        ConsumerGroupInfo g;
        g.groupId = QStringLiteral("reader");
        const QHash<LagTracker::TopicPartition, qint64> committed{
            {{QStringLiteral("orders"), 0}, 900},
            {{QStringLiteral("orders"), 1}, 200}, // below the log start (500): 300 lost
            {{QStringLiteral("shipments"), 0}, 100},
            {{QStringLiteral("gone"), 0}, 7}, // a topic deleted since
        };
        tracker.fillGroup(g, committed, s, kT0);
        GroupDepth::fill(
            g, s, [](const QString &, int) { return -1.0; }, [](const QString &) { return -1.0; });

        QCOMPARE(g.topics.size(), 3);
        const GroupTopicLag &gone = g.topics[0];
        QCOMPARE(gone.topic, QStringLiteral("gone"));
        QVERIFY(gone.topicDeleted);
        QCOMPARE(gone.totalLag, qint64(-1)); // unknown, never 0
        const GroupTopicLag &o = g.topics[1];
        QCOMPARE(o.topic, QStringLiteral("orders"));
        QCOMPARE(o.partitions, 2);
        QCOMPARE(o.totalLag, qint64(100 + 500)); // the lost records are not lag: counted from the log start
        QCOMPARE(o.maxLag, qint64(500));
        QCOMPARE(o.dataLostPartitions, 1);
        QCOMPARE(o.hangingTransactions, 1);
        QCOMPARE(o.lagEnd, QStringLiteral("hwm"));
        QVERIFY(!o.topicDeleted);
        const GroupTopicLag &sh = g.topics[2];
        QCOMPARE(sh.totalLag, qint64(200));
        qint64 sum = 0;
        for (const GroupTopicLag &t : g.topics)
            sum += std::max<qint64>(0, t.totalLag);
        QCOMPARE(sum, g.totalLag);
        QCOMPARE(g.dataLostPartitions, 1);
        QCOMPARE(g.hangingTransactions, 1);
        const GroupPartitionLag *lost = g.partition(QStringLiteral("orders"), 1);
        QVERIFY(lost && lost->dataLost);
        QCOMPARE(lost->lostMessages, qint64(300));
        QCOMPARE(lost->retention.state, State::DataLost);
        const GroupPartitionLag *fine = g.partition(QStringLiteral("orders"), 0);
        QCOMPARE(fine->retentionHeadroom, qint64(900));
        QCOMPARE(fine->logStartOffset, qint64(0));
    }

    /// A read_committed group's lag ends at an LSO read this cycle, and the snapshot says so; an LSO
    /// from an earlier cycle is not used (the high watermark is, and says so).
    void readCommittedLagEndsAtTheLso()
    {
        KafkaSnapshot s;
        s.status.attemptedAt = QDateTime::fromMSecsSinceEpoch(kT0, Qt::UTC);
        TopicInfo t = topic(QStringLiteral("payments"), {partition(0, 0, 1000)});
        t.partitions[0].lastStableOffset = 800;
        t.partitions[0].lastStableReadAt = s.status.attemptedAt;
        s.topics = {t};
        const QHash<LagTracker::TopicPartition, qint64> committed{{{QStringLiteral("payments"), 0}, 700}};

        LagTracker tracker;
        ConsumerGroupInfo committedReader;
        committedReader.groupId = QStringLiteral("rc");
        committedReader.readCommitted = true;
        tracker.fillGroup(committedReader, committed, s, kT0);
        QCOMPARE(committedReader.partitions[0].lag, qint64(100));
        QCOMPARE(committedReader.partitions[0].lagEnd, QStringLiteral("lso"));

        ConsumerGroupInfo uncommitted;
        uncommitted.groupId = QStringLiteral("ru");
        tracker.fillGroup(uncommitted, committed, s, kT0);
        QCOMPARE(uncommitted.partitions[0].lag, qint64(300));
        QCOMPARE(uncommitted.partitions[0].lagEnd, QStringLiteral("hwm"));

        s.topics[0].partitions[0].lastStableReadAt = s.status.attemptedAt.addSecs(-30); // an old LSO
        ConsumerGroupInfo stale;
        stale.groupId = QStringLiteral("rc2");
        stale.readCommitted = true;
        tracker.fillGroup(stale, committed, s, kT0);
        QCOMPARE(stale.partitions[0].lag, qint64(300));
        QCOMPARE(stale.partitions[0].lagEnd, QStringLiteral("hwm"));
    }

    /// An LSO stuck below the high watermark ages into a hanging transaction; one that moves on
    /// (transactions committing one after another) never does; a closed one clears.
    void hangingTransactionOverTime()
    {
        TransactionTracker tracker(60'000);
        const TransactionTracker::TopicPartition tp{QStringLiteral("payments"), 0};
        QVERIFY(!tracker.isOpen(tp));
        auto st = tracker.update(tp, 100, 100, kT0); // nothing open
        QCOMPARE(st.openSeconds, -1.0);
        st = tracker.update(tp, 100, 150, kT0 + 2000); // a transaction opened at 100
        QCOMPARE(st.openSeconds, 0.0);
        QVERIFY(tracker.isOpen(tp));
        st = tracker.update(tp, 100, 400, kT0 + 32000); // more records behind it; the LSO stays
        QCOMPARE(st.openSeconds, 30.0);
        QVERIFY(!st.hanging);
        st = tracker.update(tp, -1, 400, kT0 + 50000); // not read this cycle: ages on
        QCOMPARE(st.openSeconds, 48.0);
        st = tracker.update(tp, 100, 900, kT0 + 62000);
        QCOMPARE(st.openSeconds, 60.0);
        QVERIFY(st.hanging);
        st = tracker.update(tp, 900, 900, kT0 + 64000); // committed or aborted
        QCOMPARE(st.openSeconds, -1.0);
        QVERIFY(!st.hanging);
        QVERIFY(!tracker.isOpen(tp));

        // Short transactions one after another: the LSO is always below the end but moves each time.
        for (int i = 0; i < 60; ++i) {
            st = tracker.update(tp, 1000 + 10 * i, 1005 + 10 * i, kT0 + 100000 + qint64(i) * 2000);
            QVERIFY(!st.hanging);
            QCOMPARE(st.openSeconds, 0.0);
        }
    }

    void forgetsDeletedPartitions()
    {
        TransactionTracker tracker(1000);
        tracker.update({QStringLiteral("a"), 0}, 1, 5, kT0);
        tracker.forgetPartitionsExcept({topic(QStringLiteral("b"), {partition(0, 0, 1)})});
        QVERIFY(!tracker.isOpen({QStringLiteral("a"), 0}));
    }

    void readCommittedPatterns()
    {
        const auto patterns = GroupDepth::patterns(
            {QStringLiteral("flink-*"), QStringLiteral(" payments "), QStringLiteral("ab?")});
        QVERIFY(GroupDepth::matchesAny(QStringLiteral("flink-orders"), patterns));
        QVERIFY(GroupDepth::matchesAny(QStringLiteral("payments"), patterns));
        QVERIFY(GroupDepth::matchesAny(QStringLiteral("abc"), patterns));
        QVERIFY(!GroupDepth::matchesAny(QStringLiteral("my-flink-orders"), patterns));
        QVERIFY(!GroupDepth::matchesAny(QStringLiteral("payments-2"), patterns));
        QVERIFY(!GroupDepth::matchesAny(QStringLiteral("anything"), GroupDepth::patterns({})));
    }
};

QTEST_GUILESS_MAIN(TestGroupDepth)
#include "tst_groupdepth.moc"
