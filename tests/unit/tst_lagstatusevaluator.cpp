#include "LagStatusEvaluator.h"

#include <QStringList>
#include <QTest>

using namespace Tidewatch;

namespace {

// Commits are "offset:lag@seconds", broker end offsets plain numbers; both oldest first.
// Settings are "key=value" words: window, allowed, complete, mindistance (ms).
LagStatusConfig config(const QString &settings)
{
    LagStatusConfig result;
    for (const QString &setting : settings.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString key = setting.section(QLatin1Char('='), 0, 0);
        const QString value = setting.section(QLatin1Char('='), 1);
        if (key == QLatin1String("window"))
            result.windowLength = value.toInt();
        else if (key == QLatin1String("allowed"))
            result.allowedLag = value.toLongLong();
        else if (key == QLatin1String("complete"))
            result.minimumComplete = value.toDouble();
        else if (key == QLatin1String("mindistance"))
            result.minDistanceMs = value.toLongLong();
    }
    return result;
}

LagWindow window(const LagStatusConfig &cfg, const QString &commits, const QString &brokers)
{
    LagWindow result(cfg);
    for (const QString &commit : commits.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const qint64 offset = commit.section(QLatin1Char(':'), 0, 0).toLongLong();
        const qint64 lag = commit.section(QLatin1Char(':'), 1).section(QLatin1Char('@'), 0, 0).toLongLong();
        const qint64 seconds = commit.section(QLatin1Char('@'), 1).toLongLong();
        result.addCommit(offset, lag, seconds * 1000);
    }
    for (const QString &broker : brokers.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        result.addBrokerOffset(broker.toLongLong());
    return result;
}

QString trendName(LagTrend trend)
{
    switch (trend) {
    case LagTrend::Growing:
        return QStringLiteral("growing");
    case LagTrend::Shrinking:
        return QStringLiteral("shrinking");
    case LagTrend::Steady:
        return QStringLiteral("steady");
    case LagTrend::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

LagStatus statusFromName(const QString &name)
{
    for (const LagStatus s : {LagStatus::NotFound, LagStatus::Ok, LagStatus::Warn, LagStatus::Err,
                              LagStatus::Stop, LagStatus::Stall, LagStatus::Rewind}) {
        if (lagStatusName(s) == name)
            return s;
    }
    return LagStatus::NotFound;
}

} // namespace

class TestLagStatusEvaluator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void partitionStatus_data()
    {
        QTest::addColumn<QString>("settings");
        QTest::addColumn<QString>("commits");
        QTest::addColumn<QString>("brokers");
        QTest::addColumn<int>("nowSeconds");
        QTest::addColumn<QString>("expected"); // status and current lag

        QTest::newRow("no commit seen yet")
            << QString() << QString() << QStringLiteral("100") << 10 << QStringLiteral("NOTFOUND lag 0");
        QTest::newRow("lag zero now: OK even long after the last commit")
            << QString() << QStringLiteral("100:0@0 200:0@60") << QStringLiteral("200") << 10000
            << QStringLiteral("OK lag 0");
        QTest::newRow("rule 1: lag was zero somewhere in the window: OK")
            << QString() << QStringLiteral("100:50@0 150:0@60 200:20@120") << QStringLiteral("220") << 130
            << QStringLiteral("OK lag 20");
        QTest::newRow("rule 4: committing the same offset with lag: STALL")
            << QString() << QStringLiteral("100:10@0 100:20@60 100:30@120") << QStringLiteral("130") << 130
            << QStringLiteral("STALL lag 30");
        QTest::newRow("rule 5: offsets advance, lag never decreases: WARN")
            << QString() << QStringLiteral("100:10@0 200:10@60 300:20@120 400:30@180")
            << QStringLiteral("430") << 190 << QStringLiteral("WARN lag 30");
        QTest::newRow("rule 5: lag decreased once: OK")
            << QString() << QStringLiteral("100:10@0 200:30@60 300:20@120 400:40@180")
            << QStringLiteral("440") << 190 << QStringLiteral("OK lag 40");
        QTest::newRow("rule 3: silent longer than the window spans: STOP")
            << QString() << QStringLiteral("100:10@0 200:10@60 300:10@120") << QStringLiteral("310 400")
            << 250 << QStringLiteral("STOP lag 100");
        QTest::newRow("rule 3: silent exactly as long as the window spans: not yet STOP")
            << QString() << QStringLiteral("100:10@0 200:10@60 300:10@120") << QStringLiteral("310 400")
            << 240 << QStringLiteral("WARN lag 100");
        QTest::newRow("rule 3 exception: a recent end offset reached the last commit (quiet topic)")
            << QString() << QStringLiteral("100:10@0 200:10@60 300:10@120") << QStringLiteral("300 310")
            << 1000 << QStringLiteral("WARN lag 10");
        QTest::newRow("rule 3 checks before rule 1: a stopped consumer is not hidden by an old zero lag")
            << QString() << QStringLiteral("100:0@0 200:10@60 300:10@120") << QStringLiteral("310 400")
            << 1000 << QStringLiteral("STOP lag 100");
        QTest::newRow("rule 2: offset went back and has not recovered: REWIND")
            << QString() << QStringLiteral("500:10@0 600:10@60 100:500@120") << QStringLiteral("600") << 130
            << QStringLiteral("REWIND lag 500");
        QTest::newRow("rule 2: back where it was before the rewind: recovered")
            << QString() << QStringLiteral("500:10@0 600:10@60 100:500@120 600:50@180 700:40@240")
            << QStringLiteral("740") << 250 << QStringLiteral("OK lag 40");
        QTest::newRow("rule 2: reaching exactly the offset before the rewind counts as recovered")
            << QString() << QStringLiteral("500:10@0 600:10@60 100:500@120 600:50@180")
            << QStringLiteral("650") << 190 << QStringLiteral("OK lag 50");
        QTest::newRow("STOP is checked before REWIND")
            << QString() << QStringLiteral("500:10@0 600:10@60 100:500@120") << QStringLiteral("600") << 1000
            << QStringLiteral("STOP lag 500");
        QTest::newRow("REWIND is checked before STALL")
            << QString() << QStringLiteral("500:10@0 400:110@60 400:120@120") << QStringLiteral("520") << 130
            << QStringLiteral("REWIND lag 120");
        QTest::newRow("allowed lag: a small current lag counts as zero")
            << QStringLiteral("allowed=100") << QStringLiteral("100:50@0 200:60@60 300:70@120")
            << QStringLiteral("370") << 130 << QStringLiteral("OK lag 70");
        QTest::newRow("the same window without allowed lag: WARN")
            << QString() << QStringLiteral("100:50@0 200:60@60 300:70@120") << QStringLiteral("370") << 130
            << QStringLiteral("WARN lag 70");
        QTest::newRow("allowed lag also applies to rule 1")
            << QStringLiteral("allowed=20") << QStringLiteral("100:10@0 200:20@60 300:50@120")
            << QStringLiteral("350") << 130 << QStringLiteral("OK lag 50");
        QTest::newRow("a lag just above the allowed lag is judged")
            << QStringLiteral("allowed=20") << QStringLiteral("100:30@0 200:30@60 300:30@120")
            << QStringLiteral("321") << 130 << QStringLiteral("WARN lag 21");
        QTest::newRow("one lagging commit and time passed: Burrow says STOP")
            << QString() << QStringLiteral("100:10@0") << QStringLiteral("110") << 1
            << QStringLiteral("STOP lag 10");
        QTest::newRow("minimum complete: a young window is OK without evaluation")
            << QStringLiteral("complete=0.5") << QStringLiteral("100:10@0") << QStringLiteral("110") << 1
            << QStringLiteral("OK lag 10");
        QTest::newRow("minimum complete reached: rules apply")
            << QStringLiteral("window=4 complete=0.5") << QStringLiteral("100:10@0 100:20@60")
            << QStringLiteral("120") << 61 << QStringLiteral("STALL lag 20");
        QTest::newRow("current lag comes from the latest end offset, not from the last commit")
            << QString() << QStringLiteral("100:0@0 200:0@60") << QStringLiteral("250") << 70
            << QStringLiteral("OK lag 50");
        QTest::newRow("without end offsets the last commit's lag is current")
            << QString() << QStringLiteral("100:10@0 200:20@60") << QString() << 70
            << QStringLiteral("WARN lag 20");
        QTest::newRow("end offset behind the last commit: lag floored at 0")
            << QString() << QStringLiteral("100:10@0 200:20@60") << QStringLiteral("150") << 70
            << QStringLiteral("OK lag 0");
        QTest::newRow("the window slides: an old zero lag drops out")
            << QStringLiteral("window=3") << QStringLiteral("100:0@0 200:10@60 300:20@120 400:30@180")
            << QStringLiteral("430") << 190 << QStringLiteral("WARN lag 30");
        QTest::newRow("a larger window still holds the zero lag")
            << QStringLiteral("window=4") << QStringLiteral("100:0@0 200:10@60 300:20@120 400:30@180")
            << QStringLiteral("430") << 190 << QStringLiteral("OK lag 30");
        QTest::newRow("old end offsets slide out too: the quiet-topic exception expires")
            << QStringLiteral("window=2") << QStringLiteral("100:10@0 200:10@60 300:10@120")
            << QStringLiteral("300 310 320") << 1000 << QStringLiteral("STOP lag 20");
    }
    void partitionStatus()
    {
        QFETCH(QString, settings);
        QFETCH(QString, commits);
        QFETCH(QString, brokers);
        QFETCH(int, nowSeconds);
        QFETCH(QString, expected);
        const LagStatusConfig cfg = config(settings);
        const PartitionStatus status =
            LagStatusEvaluator(cfg).evaluate(window(cfg, commits, brokers), qint64(nowSeconds) * 1000);
        QCOMPARE(QStringLiteral("%1 lag %2").arg(lagStatusName(status.status)).arg(status.currentLag),
                 expected);
    }

    void trendAndCatchUp_data()
    {
        QTest::addColumn<QString>("commits");
        QTest::addColumn<QString>("brokers");
        QTest::addColumn<QString>("trend");
        QTest::addColumn<QString>("rates"); // consume / produce, records per second
        QTest::addColumn<QString>("catchUp");
        QTest::newRow("a single commit has no rates")
            << QStringLiteral("100:10@0") << QString() << QStringLiteral("unknown") << QStringLiteral("none")
            << QStringLiteral("unknown");
        QTest::newRow("a single caught-up commit is caught up")
            << QStringLiteral("100:0@0") << QString() << QStringLiteral("unknown") << QStringLiteral("none")
            << QStringLiteral("caught up");
        QTest::newRow("gaining 50 records/s on a lag of 500: 10 s")
            << QStringLiteral("0:1000@0 2000:500@10") << QString() << QStringLiteral("shrinking")
            << QStringLiteral("200/150") << QStringLiteral("10 s");
        QTest::newRow("the current lag from end offsets is what has to be caught up")
            << QStringLiteral("0:1000@0 2000:500@10") << QStringLiteral("3000") << QStringLiteral("shrinking")
            << QStringLiteral("200/150") << QStringLiteral("20 s");
        QTest::newRow("keeping pace with a constant lag: steady, never catches up")
            << QStringLiteral("0:1000@0 1000:1000@10") << QString() << QStringLiteral("steady")
            << QStringLiteral("100/100") << QStringLiteral("never");
        QTest::newRow("falling behind: growing, never")
            << QStringLiteral("0:100@0 500:600@10") << QString() << QStringLiteral("growing")
            << QStringLiteral("50/100") << QStringLiteral("never");
        QTest::newRow("stalled consumer: never")
            << QStringLiteral("100:10@0 100:20@10") << QString() << QStringLiteral("growing")
            << QStringLiteral("0/1") << QStringLiteral("never");
        QTest::newRow("small wobble within 5% is steady")
            << QStringLiteral("0:1000@0 1000:1040@10") << QString() << QStringLiteral("steady")
            << QStringLiteral("100/104") << QStringLiteral("never");
        QTest::newRow("just over 5% is growing")
            << QStringLiteral("0:1000@0 1000:1060@10") << QString() << QStringLiteral("growing")
            << QStringLiteral("100/106") << QStringLiteral("never");
        QTest::newRow("lag back to zero: caught up")
            << QStringLiteral("0:100@0 1000:0@10") << QString() << QStringLiteral("shrinking")
            << QStringLiteral("100/90") << QStringLiteral("caught up");
        QTest::newRow("zero lag throughout: steady")
            << QStringLiteral("0:0@0 1000:0@10") << QString() << QStringLiteral("steady")
            << QStringLiteral("100/100") << QStringLiteral("caught up");
    }
    void trendAndCatchUp()
    {
        QFETCH(QString, commits);
        QFETCH(QString, brokers);
        QFETCH(QString, trend);
        QFETCH(QString, rates);
        QFETCH(QString, catchUp);
        const LagStatusConfig cfg;
        const PartitionStatus status = LagStatusEvaluator(cfg).evaluate(window(cfg, commits, brokers), 11000);
        QCOMPARE(trendName(status.trend), trend);
        const QString actualRates =
            status.consumeRate
                ? QStringLiteral("%1/%2").arg(*status.consumeRate).arg(status.produceRate.value_or(-1))
                : QStringLiteral("none");
        QCOMPARE(actualRates, rates);
        QCOMPARE(status.catchUp.toString(), catchUp);
    }

    void group_data()
    {
        QTest::addColumn<QString>("partitions"); // status:currentLag:complete per partition
        QTest::addColumn<QString>("expected");
        QTest::newRow("no partitions")
            << QString() << QStringLiteral("NOTFOUND worst NOTFOUND@-1 total 0 max 0@-1 n 0");
        QTest::newRow("only partitions without data")
            << QStringLiteral("NOTFOUND:0:0 NOTFOUND:0:0")
            << QStringLiteral("NOTFOUND worst NOTFOUND@-1 total 0 max 0@-1 n 0");
        QTest::newRow("all OK") << QStringLiteral("OK:5:1 OK:7:1")
                                << QStringLiteral("OK worst OK@0 total 12 max 7@1 n 2");
        QTest::newRow("a WARN partition makes the group WARN")
            << QStringLiteral("OK:5:1 WARN:70:1 OK:7:1")
            << QStringLiteral("WARN worst WARN@1 total 82 max 70@1 n 3");
        QTest::newRow("STOP becomes ERR for the group")
            << QStringLiteral("OK:5:1 STOP:10:1") << QStringLiteral("ERR worst STOP@1 total 15 max 10@1 n 2");
        QTest::newRow("STALL becomes ERR for the group")
            << QStringLiteral("STALL:5:1 WARN:10:1")
            << QStringLiteral("ERR worst STALL@0 total 15 max 10@1 n 2");
        QTest::newRow("REWIND is the worst partition state")
            << QStringLiteral("STALL:5:1 REWIND:1:1 STOP:3:1")
            << QStringLiteral("ERR worst REWIND@1 total 9 max 5@0 n 3");
        QTest::newRow("partitions without data are left out")
            << QStringLiteral("NOTFOUND:0:0 WARN:4:1")
            << QStringLiteral("WARN worst WARN@1 total 4 max 4@1 n 1");
    }
    void group()
    {
        QFETCH(QString, partitions);
        QFETCH(QString, expected);
        QList<PartitionStatus> statuses;
        for (const QString &p : partitions.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            PartitionStatus s;
            s.status = statusFromName(p.section(QLatin1Char(':'), 0, 0));
            s.currentLag = p.section(QLatin1Char(':'), 1, 1).toLongLong();
            s.complete = p.section(QLatin1Char(':'), 2, 2).toDouble();
            statuses << s;
        }
        const GroupStatus g = LagStatusEvaluator().evaluateGroup(statuses);
        QCOMPARE(QStringLiteral("%1 worst %2@%3 total %4 max %5@%6 n %7")
                     .arg(lagStatusName(g.status), lagStatusName(g.worstPartitionStatus))
                     .arg(g.worstPartitionIndex)
                     .arg(g.totalLag)
                     .arg(g.maxLag)
                     .arg(g.maxLagIndex)
                     .arg(g.partitionCount),
                 expected);
    }

    void groupCompleteness()
    {
        QList<PartitionStatus> statuses(4);
        statuses[0].status = statuses[1].status = statuses[2].status = LagStatus::Ok;
        statuses[0].complete = 1.0;
        statuses[1].complete = 0.5;
        statuses[2].complete = 1.0;
        QCOMPARE(LagStatusEvaluator().evaluateGroup(statuses).complete, 2.0 / 3.0);
    }

    void windowKeepsBoundedCommits()
    {
        LagStatusConfig cfg;
        cfg.windowLength = 3;
        LagWindow w(cfg);
        for (int i = 0; i < 1000; ++i) {
            w.addCommit(i * 10, 5, qint64(i) * 60000);
            w.addBrokerOffset(i * 10 + 5);
        }
        QCOMPARE(w.commits().size(), 3);
        QCOMPARE(w.brokerOffsets().size(), 3);
        QCOMPARE(w.commits().constFirst(), (CommitSample{9970, 5, 997 * 60000}));
        QCOMPARE(w.complete(), 1.0);
    }

    void frequentCommitsMergeIntoThePreviousSlot()
    {
        LagWindow w; // min distance 1 s
        w.addCommit(100, 10, 0);
        w.addCommit(120, 8, 400);   // merged: offset and lag replaced, time kept
        w.addCommit(130, 7, 999);   // still within 1 s of the slot's time: merged
        w.addCommit(150, -3, 1000); // 1 s later: a new slot; a negative lag is stored as 0
        QCOMPARE(w.commits(), (QList<CommitSample>{{130, 7, 0}, {150, 0, 1000}}));
        QCOMPARE(w.complete(), 0.2);
        w.clear();
        QVERIFY(w.commits().isEmpty());
    }

    void names()
    {
        QCOMPARE(lagStatusName(LagStatus::NotFound), QStringLiteral("NOTFOUND"));
        QCOMPARE(lagStatusName(LagStatus::Ok), QStringLiteral("OK"));
        QCOMPARE(lagStatusName(LagStatus::Warn), QStringLiteral("WARN"));
        QCOMPARE(lagStatusName(LagStatus::Err), QStringLiteral("ERR"));
        QCOMPARE(lagStatusName(LagStatus::Stop), QStringLiteral("STOP"));
        QCOMPARE(lagStatusName(LagStatus::Stall), QStringLiteral("STALL"));
        QCOMPARE(lagStatusName(LagStatus::Rewind), QStringLiteral("REWIND"));
        QCOMPARE(lagStatusText(LagStatus::Stall), QStringLiteral("stalled"));
        QCOMPARE((CatchUpEstimate{CatchUpEstimate::Kind::Eta, 125.0}).toString(), QStringLiteral("2 m 5 s"));
        QCOMPARE((CatchUpEstimate{CatchUpEstimate::Kind::Never, 0.0}).toString(), QStringLiteral("never"));
    }
};

QTEST_GUILESS_MAIN(TestLagStatusEvaluator)
#include "tst_lagstatusevaluator.moc"
