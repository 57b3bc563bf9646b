#include "LagTracker.h"

#include <QTest>

#include <cmath>

using namespace Tidewatch;

namespace {

const QString kTopic = QStringLiteral("orders");

KafkaSnapshot snapshotWith(qint64 highWatermark)
{
    KafkaSnapshot s;
    TopicInfo t;
    t.name = kTopic;
    PartitionInfo p;
    p.partition = 0;
    p.leader = 1;
    p.replicas = {1};
    p.isr = {1};
    p.lowWatermark = 0;
    p.highWatermark = highWatermark;
    t.partitions = {p};
    s.topics = {t};
    return s;
}

ConsumerGroupInfo group(const QString &id, bool withMember)
{
    ConsumerGroupInfo g;
    g.groupId = id;
    g.state = withMember ? QStringLiteral("Stable") : QStringLiteral("Empty");
    if (withMember) {
        GroupMember m;
        m.memberId = QStringLiteral("m-1");
        m.clientId = QStringLiteral("c-1");
        m.assignment = {{kTopic, 0}};
        g.members = {m};
    }
    return g;
}

/// One group on one partition: a producer at @p produceRate msgs/s from offset @p start, and a
/// consumer described by @p consumer, polled every @p pollMs for @p seconds. Returns every cycle's
/// group as the tracker filled it.
struct Run
{
    QList<ConsumerGroupInfo> cycles;
    const ConsumerGroupInfo &last() const { return cycles.constLast(); }
};

enum class Consumer
{
    KeepsUp,        ///< commits the end offset minus 1 s of production, every 2 s
    Slower,         ///< consumes at a quarter of the production rate, commits every 2 s
    NeverCommits,   ///< committed once long ago, never again
    StopsAfter30s,  ///< keeps up for 30 s, then never commits again
    CommitsEvery3s, ///< keeps up, commits every 3 s (a Flink source committing on checkpoints)
    CatchingUpFast, ///< far behind but consumes four times the production rate
    AutoCommit5s,   ///< keeps up, but commits only every 5 s (a Java consumer's default), polled every 2 s
};

Run simulate(Consumer consumer, bool withMember, int seconds, double produceRate = 40, qint64 start = 5000,
             std::optional<RecordTime> recordOfFirstCommit = {})
{
    LagTracker tracker;
    Run run;
    const qint64 t0 = 1'700'000'000'000;
    qint64 committed = consumer == Consumer::KeepsUp || consumer == Consumer::CommitsEvery3s ||
                               consumer == Consumer::StopsAfter30s
                           ? start
                           : start - 3000;
    if (consumer == Consumer::CatchingUpFast)
        committed = start - 4000;
    double consumed = double(committed);
    for (int s = 0; s <= seconds; s += 2) {
        const qint64 now = t0 + qint64(s) * 1000;
        const qint64 hwm = start + qint64(produceRate * s);
        switch (consumer) {
        case Consumer::KeepsUp:
            committed = std::max(committed, hwm - qint64(produceRate));
            break;
        case Consumer::Slower:
            consumed += produceRate / 4 * 2;
            committed = qint64(consumed);
            break;
        case Consumer::NeverCommits:
            break;
        case Consumer::StopsAfter30s:
            if (s <= 30)
                committed = std::max(committed, hwm - qint64(produceRate));
            break;
        case Consumer::CommitsEvery3s:
            if (s % 6 == 0 || s % 6 == 4) // 0, 4, 6, 10, 12, ... roughly every three seconds
                committed = std::max(committed, hwm - qint64(produceRate));
            break;
        case Consumer::CatchingUpFast:
            consumed += produceRate * 4 * 2;
            committed = std::min(hwm, qint64(consumed));
            break;
        case Consumer::AutoCommit5s:
            committed = start + qint64(produceRate * (s / 5 * 5));
            break;
        }
        const KafkaSnapshot snap = snapshotWith(hwm);
        tracker.recordHighWatermark(kTopic, 0, hwm, now);
        const QHash<LagTracker::TopicPartition, qint64> offsets{{{kTopic, 0}, committed}};
        if (recordOfFirstCommit) {
            const auto wanted = tracker.recordTimesWanted({{QStringLiteral("g"), offsets}}, snap, 10, now);
            QHash<LagTracker::Position, RecordTime> read;
            for (const auto &position : wanted) {
                if (position.second == recordOfFirstCommit->offset)
                    read.insert(position, *recordOfFirstCommit);
            }
            tracker.addRecordTimes(read, now);
        }
        ConsumerGroupInfo g = group(QStringLiteral("g"), withMember);
        tracker.fillGroup(g, offsets, snap, now);
        tracker.endCycle();
        run.cycles.append(g);
    }
    return run;
}

} // namespace

class TestLagTracker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Status, trend and catch-up tell one story (issue: a group slower than its topic read OK next to
    // a rising trend and catch-up "never"; a group without members and thousands behind stayed
    // NOTFOUND; statuses flipped from one render to the next).
    void statusTellsOneStory_data()
    {
        QTest::addColumn<int>("consumer");
        QTest::addColumn<bool>("withMember");
        QTest::addColumn<int>("seconds");
        QTest::addColumn<bool>("recordOneHourOld");
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("stableFromSecond"); ///< the status holds at every cycle from then on
        QTest::addColumn<bool>("notCatchingUp");
        QTest::addColumn<bool>("commitsWithoutMembers");
        QTest::addColumn<QString>("trend");

        QTest::newRow("keeps up: OK")
            << int(Consumer::KeepsUp) << true << 120 << false << "OK" << 20 << false << false << "steady";
        QTest::newRow("slower than its topic grows: WARN, never catches up")
            << int(Consumer::Slower) << true << 120 << false << "WARN" << 40 << true << false << "growing";
        QTest::newRow("no members, no progress, an hour behind: STOP from the first cycle")
            << int(Consumer::NeverCommits) << false << 120 << true << "STOP" << 0 << true << false
            << "growing";
        QTest::newRow("no members, no progress, age unknown: STOP once watched a minute")
            << int(Consumer::NeverCommits) << false << 120 << false << "STOP" << 60 << true << false
            << "growing";
        QTest::newRow("a member that stopped committing: STOP")
            << int(Consumer::StopsAfter30s) << true << 180 << false << "STOP" << 100 << true << false
            << "growing";
        QTest::newRow("assign-only committer (Flink source): OK, no members by design")
            << int(Consumer::CommitsEvery3s) << false << 120 << false << "OK" << 20 << false << true
            << "steady";
        QTest::newRow("auto-commit every 5 s, polled every 2 s: OK, never flickers")
            << int(Consumer::AutoCommit5s) << true << 180 << false << "OK" << 8 << false << false << "steady";
        QTest::newRow("far behind but catching up: OK with an estimate")
            << int(Consumer::CatchingUpFast) << true << 24 << false << "OK" << 4 << false << false
            << "shrinking";
    }

    void statusTellsOneStory()
    {
        QFETCH(int, consumer);
        QFETCH(bool, withMember);
        QFETCH(int, seconds);
        QFETCH(bool, recordOneHourOld);
        QFETCH(QString, status);
        QFETCH(int, stableFromSecond);
        QFETCH(bool, notCatchingUp);
        QFETCH(bool, commitsWithoutMembers);
        QFETCH(QString, trend);

        std::optional<RecordTime> record;
        if (recordOneHourOld) {
            RecordTime r;
            r.offset = 2000; // NeverCommits sits at start - 3000
            r.timestampMs = 1'700'000'000'000 - 3'600'000;
            r.logAppendTime = true;
            record = r;
        }
        const Run run = simulate(Consumer(consumer), withMember, seconds, 40, 5000, record);
        for (qsizetype i = stableFromSecond / 2; i < run.cycles.size(); ++i) {
            const ConsumerGroupInfo &g = run.cycles[i];
            QVERIFY2(lagStatusName(g.status) == status,
                     qPrintable(QStringLiteral("at %1 s: %2 (%3)")
                                    .arg(i * 2)
                                    .arg(lagStatusName(g.status), g.statusReason)));
        }
        const ConsumerGroupInfo &g = run.last();
        QCOMPARE(g.notCatchingUp, notCatchingUp);
        QCOMPARE(g.commitsWithoutMembers, commitsWithoutMembers);
        QCOMPARE(lagTrendName(g.trend), trend);
        // One story: OK never stands beside "never" or a lag that grows beyond one commit interval.
        if (g.status == LagStatus::Ok)
            QVERIFY2(!g.notCatchingUp, qPrintable(g.statusReason));
        if (g.status != LagStatus::Ok)
            QVERIFY2(!g.statusReason.isEmpty(), "a status that is not OK says why");
        if (Consumer(consumer) == Consumer::CatchingUpFast)
            QVERIFY2(g.catchUpSeconds > 0, "a consumer gaining on its topic gets an estimate");
    }

    /// A backlog of 200,000 that grows by 12 messages a second is growing, not "steady" (a band
    /// relative to the lag hid it).
    void largeBacklogGrowingSlowly()
    {
        const Run run = simulate(Consumer::Slower, true, 90, 16, 200000);
        QCOMPARE(run.last().trend, LagTrend::Growing);
        QCOMPARE(run.last().status, LagStatus::Warn);
    }

    /// A member-less group first seen a few minutes behind may be a Flink source with slow checkpoints:
    /// not judged yet (and said so), not STOP.
    void memberlessFewMinutesBehindIsNotJudgedAtOnce()
    {
        RecordTime r;
        r.offset = 2000;
        r.timestampMs = 1'700'000'000'000 - 300'000;
        r.logAppendTime = true;
        const Run run = simulate(Consumer::NeverCommits, false, 0, 40, 5000, r);
        QCOMPARE(run.last().status, LagStatus::NotFound);
        QVERIFY(run.last().statusReason.contains(QLatin1String("not judged yet")));
        QCOMPARE(run.last().partitions.constFirst().timeLagSource, TimeLagSource::RecordAppend);
    }

    /// A CreateTime younger than what the history proves (an event time, a producer clock ahead) does
    /// not replace the proof: the lower bound stays.
    void createTimeNeverBelowTheHistorysBound()
    {
        LagHistoryConfig history;
        history.fineCapacity = 10;
        history.coarseCapacity = 5;
        LagTracker tracker({}, history);
        const qint64 t0 = 1'700'000'000'000;
        for (int s = 0; s <= 1000; s += 2)
            tracker.recordHighWatermark(kTopic, 0, qint64(s) * 10, t0 + qint64(s) * 1000);
        const qint64 now = t0 + 1'000'000;
        const KafkaSnapshot snap = snapshotWith(10000);
        const QHash<LagTracker::TopicPartition, qint64> offsets{{{kTopic, 0}, 1000}};
        RecordTime r;
        r.offset = 1000;
        r.timestampMs = now + 60'000; // "from the future"
        tracker.addRecordTimes({{{{kTopic, 0}, 1000}, r}}, now);
        ConsumerGroupInfo g = group(QStringLiteral("g"), true);
        tracker.fillGroup(g, offsets, snap, now);
        QCOMPARE(g.partitions.constFirst().timeLagSource, TimeLagSource::History);
        QVERIFY(g.partitions.constFirst().timeLagIsLowerBound);
        QCOMPARE(g.partitions.constFirst().timeLagSeconds, 280.0);
    }

    /// Before a minute of watching, a group with members and lag is not judged: NOTFOUND, and it says so.
    void notJudgedYetSaysSo()
    {
        const Run run = simulate(Consumer::NeverCommits, true, 10);
        QCOMPARE(run.last().status, LagStatus::NotFound);
        QVERIFY(run.last().statusReason.contains(QLatin1String("not judged yet")));
    }

    // Time lag beyond the fine history: the record's timestamp, then the coarse history, then a lower
    // bound, never a cap at the history's length.
    void timeLagTiers_data()
    {
        QTest::addColumn<int>("fineCapacity");
        QTest::addColumn<int>("coarseCapacity");
        QTest::addColumn<bool>("withRecord");
        QTest::addColumn<QString>("source");
        QTest::addColumn<double>("seconds");
        QTest::addColumn<bool>("lowerBound");

        // The committed offset was produced at t = 100 s (offset 1000 at 10 msgs/s from t = 0); the
        // snapshot is taken at t = 1000 s, so the true time lag is 900 s.
        QTest::newRow("fine history covers it") << 1000 << 10 << false << "history" << 900.0 << false;
        QTest::newRow("record read where the fine history ends")
            << 10 << 10 << true << "record-log-append-time" << 900.0 << false;
        QTest::newRow("coarse history where no record was read")
            << 10 << 60 << false << "history" << 900.0 << false;
        QTest::newRow("neither: a lower bound from the longer tier")
            << 10 << 5 << false << "history" << 280.0 << true;
    }

    void timeLagTiers()
    {
        QFETCH(int, fineCapacity);
        QFETCH(int, coarseCapacity);
        QFETCH(bool, withRecord);
        QFETCH(QString, source);
        QFETCH(double, seconds);
        QFETCH(bool, lowerBound);

        LagHistoryConfig history;
        history.fineCapacity = fineCapacity;
        history.coarseCapacity = coarseCapacity;
        history.coarseIntervalMs = 60000;
        LagTracker tracker({}, history);
        const qint64 t0 = 1'700'000'000'000;
        for (int s = 0; s <= 1000; s += 2)
            tracker.recordHighWatermark(kTopic, 0, qint64(s) * 10, t0 + qint64(s) * 1000);
        const qint64 now = t0 + 1'000'000;
        const KafkaSnapshot snap = snapshotWith(10000);
        const QHash<LagTracker::TopicPartition, qint64> offsets{{{kTopic, 0}, 1000}};
        const auto wanted = tracker.recordTimesWanted({{QStringLiteral("g"), offsets}}, snap, 64, now);
        QCOMPARE(wanted.isEmpty(), fineCapacity >= 1000); // asked only where the fine history cannot answer
        if (withRecord) {
            RecordTime r;
            r.offset = 1000;
            r.timestampMs = t0 + 100'000;
            r.logAppendTime = true;
            tracker.addRecordTimes({{wanted.constFirst(), r}}, now);
        }
        ConsumerGroupInfo g = group(QStringLiteral("g"), true);
        tracker.fillGroup(g, offsets, snap, now);
        const GroupPartitionLag &p = g.partitions.constFirst();
        QCOMPARE(timeLagSourceName(p.timeLagSource), source);
        QCOMPARE(p.timeLagIsLowerBound, lowerBound);
        // Interpolation on a steady producer is exact, on either tier.
        QVERIFY2(std::abs(p.timeLagSeconds - seconds) <= 1.0, qPrintable(QString::number(p.timeLagSeconds)));
    }

    /// A cold start (one high-watermark sample) of a group an hour behind says an hour, from the record.
    void coldStartReadsTheRecord()
    {
        LagTracker tracker;
        const qint64 now = 1'700'000'000'000;
        tracker.recordHighWatermark(kTopic, 0, 50000, now);
        const KafkaSnapshot snap = snapshotWith(50000);
        const QHash<LagTracker::TopicPartition, qint64> offsets{{{kTopic, 0}, 100}};
        const auto wanted = tracker.recordTimesWanted({{QStringLiteral("g"), offsets}}, snap, 64, now);
        QCOMPARE(wanted.size(), 1);
        RecordTime r;
        r.offset = 100;
        r.timestampMs = now - 3'600'000;
        tracker.addRecordTimes({{wanted.constFirst(), r}}, now);
        ConsumerGroupInfo g = group(QStringLiteral("g"), true);
        tracker.fillGroup(g, offsets, snap, now);
        QCOMPARE(g.maxTimeLagSeconds, 3600.0);
        QVERIFY(!g.maxTimeLagIsLowerBound);
        QCOMPARE(g.partitions.constFirst().timeLagSource, TimeLagSource::RecordCreate);
    }

    /// Which positions are read: deduplicated across groups, most lagging first, bounded; a read
    /// record is kept while a group stays there, a failed read is retried after a while.
    void recordTimesWantedSelection()
    {
        LagTracker tracker;
        const qint64 now = 1'700'000'000'000;
        tracker.recordHighWatermark(kTopic, 0, 1000, now);
        const KafkaSnapshot snap = snapshotWith(1000);
        const QHash<QString, QHash<LagTracker::TopicPartition, qint64>> committed{
            {QStringLiteral("a"), {{{kTopic, 0}, 100}}},
            {QStringLiteral("b"), {{{kTopic, 0}, 100}}}, // the same position: read once
            {QStringLiteral("c"), {{{kTopic, 0}, 900}}},
            {QStringLiteral("d"), {{{kTopic, 0}, 1000}}},              // caught up: nothing to read
            {QStringLiteral("e"), {{{QStringLiteral("gone"), 0}, 5}}}, // unknown topic
        };
        auto wanted = tracker.recordTimesWanted(committed, snap, 64, now);
        QCOMPARE(wanted.size(), 2);
        QCOMPARE(wanted[0].second, 100); // most lagging first
        QCOMPARE(wanted[1].second, 900);
        QCOMPARE(tracker.recordTimesWanted(committed, snap, 1, now).size(), 1);

        RecordTime ok;
        ok.offset = 100;
        ok.timestampMs = now - 1000;
        RecordTime failed;
        failed.error = QStringLiteral("timed out");
        tracker.addRecordTimes({{wanted[0], ok}, {wanted[1], failed}}, now);
        wanted = tracker.recordTimesWanted(committed, snap, 64, now + 1000);
        QVERIFY2(wanted.isEmpty(), "neither is asked again at once");
        wanted = tracker.recordTimesWanted(committed, snap, 64, now + LagTracker::kRecordRetryMs + 1);
        QCOMPARE(wanted.size(), 1);
        QCOMPARE(wanted[0].second, 900); // the failed one is retried, the good one kept

        // endCycle() drops what no group used.
        ConsumerGroupInfo g = group(QStringLiteral("c"), true);
        tracker.fillGroup(g, committed.value(QStringLiteral("c")), snap, now + 2000);
        tracker.endCycle(); // "a"/"b" at 100 was not used in this cycle: forgotten
        tracker.endCycle();
        wanted = tracker.recordTimesWanted(committed, snap, 64, now + 3000);
        QVERIFY(std::any_of(wanted.cbegin(), wanted.cend(), [](const auto &p) { return p.second == 100; }));
    }
};

QTEST_GUILESS_MAIN(TestLagTracker)
#include "tst_lagtracker.moc"
