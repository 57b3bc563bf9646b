#include "LagMath.h"

#include <QStringList>
#include <QTest>

#include <limits>

using namespace Tidewatch;

namespace {

// In the rows, Absent stands for "no value at all" (std::nullopt); other numbers, negative ones
// included, are passed as they are.
constexpr qint64 Absent = std::numeric_limits<qint64>::min();

std::optional<qint64> opt(qint64 value)
{
    return value == Absent ? std::nullopt : std::optional<qint64>(value);
}

QString describe(const PartitionLag &lag)
{
    switch (lag.state) {
    case LagState::NoCommittedOffset:
        return QStringLiteral("no commit");
    case LagState::NoHighWatermark:
        return QStringLiteral("no high watermark");
    case LagState::Known:
        break;
    }
    QString text = QStringLiteral("lag %1").arg(lag.lag);
    if (lag.clamped)
        text += QStringLiteral(" clamped");
    if (lag.belowLogStart)
        text += QStringLiteral(" below log start");
    return text;
}

QString describe(const LagTotals &t)
{
    QString text = QStringLiteral("sum %1 max %2").arg(t.sum).arg(t.max);
    if (t.maxPartition >= 0)
        text += QStringLiteral(" at %1/%2").arg(t.maxTopic).arg(t.maxPartition);
    text += QStringLiteral(" known %1").arg(t.knownCount);
    if (t.noCommitCount)
        text += QStringLiteral(" no-commit %1").arg(t.noCommitCount);
    if (t.noHighWatermarkCount)
        text += QStringLiteral(" no-end %1").arg(t.noHighWatermarkCount);
    if (t.clampedCount)
        text += QStringLiteral(" clamped %1").arg(t.clampedCount);
    if (t.belowLogStartCount)
        text += QStringLiteral(" below-start %1").arg(t.belowLogStartCount);
    return text;
}

// "topic/partition:committed/end" entries; "-" for an absent number.
QList<TopicPartitionLag> partitions(const QString &spec)
{
    QList<TopicPartitionLag> result;
    for (const QString &entry : spec.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QStringList where = entry.section(QLatin1Char(':'), 0, 0).split(QLatin1Char('/'));
        const QStringList offsets = entry.section(QLatin1Char(':'), 1).split(QLatin1Char('/'));
        const auto number = [](const QString &s) {
            return s == QLatin1String("-") ? std::nullopt : std::optional<qint64>(s.toLongLong());
        };
        result.append(
            {where[0], where[1].toInt(), LagMath::partitionLag(number(offsets[0]), number(offsets[1]))});
    }
    return result;
}

} // namespace

class TestLagMath : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void partitionLag_data()
    {
        QTest::addColumn<qint64>("committed");
        QTest::addColumn<qint64>("highWatermark");
        QTest::addColumn<qint64>("logStart");
        QTest::addColumn<QString>("expected");
        QTest::newRow("behind: end minus committed")
            << qint64(100) << qint64(150) << Absent << QStringLiteral("lag 50");
        QTest::newRow("caught up") << qint64(150) << qint64(150) << Absent << QStringLiteral("lag 0");
        QTest::newRow("commit past the end (fetched later): clamped to 0 and flagged")
            << qint64(160) << qint64(150) << Absent << QStringLiteral("lag 0 clamped");
        QTest::newRow("never committed") << Absent << qint64(150) << Absent << QStringLiteral("no commit");
        QTest::newRow("librdkafka's invalid offset -1001 means no commit")
            << qint64(-1001) << qint64(150) << Absent << QStringLiteral("no commit");
        QTest::newRow("-1 means no commit, never a lag of 151")
            << qint64(-1) << qint64(150) << Absent << QStringLiteral("no commit");
        QTest::newRow("committed 0 is a real commit")
            << qint64(0) << qint64(10) << Absent << QStringLiteral("lag 10");
        QTest::newRow("empty partition, committed 0")
            << qint64(0) << qint64(0) << Absent << QStringLiteral("lag 0");
        QTest::newRow("end offset unknown")
            << qint64(100) << Absent << Absent << QStringLiteral("no high watermark");
        QTest::newRow("end offset negative (failed lookup)")
            << qint64(100) << qint64(-1) << Absent << QStringLiteral("no high watermark");
        QTest::newRow("no commit wins over no end")
            << Absent << Absent << Absent << QStringLiteral("no commit");
        QTest::newRow("retention passed the commit: lag counts from the log start")
            << qint64(10) << qint64(100) << qint64(40) << QStringLiteral("lag 60 below log start");
        QTest::newRow("commit exactly at the log start")
            << qint64(40) << qint64(100) << qint64(40) << QStringLiteral("lag 60");
        QTest::newRow("commit above the log start is unaffected")
            << qint64(70) << qint64(100) << qint64(40) << QStringLiteral("lag 30");
        QTest::newRow("an unknown log start is ignored")
            << qint64(10) << qint64(100) << qint64(-1) << QStringLiteral("lag 90");
        QTest::newRow("huge offsets") << qint64(0) << std::numeric_limits<qint64>::max() << Absent
                                      << QStringLiteral("lag %1").arg(std::numeric_limits<qint64>::max());
    }
    void partitionLag()
    {
        QFETCH(qint64, committed);
        QFETCH(qint64, highWatermark);
        QFETCH(qint64, logStart);
        QFETCH(QString, expected);
        const PartitionLag lag = LagMath::partitionLag(opt(committed), opt(highWatermark), opt(logStart));
        QCOMPARE(describe(lag), expected);
        QVERIFY(!lag.isKnown() || lag.lag >= 0);
        QCOMPARE(lag.value().has_value(), lag.isKnown());
        if (lag.isKnown())
            QCOMPARE(*lag.value(), lag.lag);
    }

    void totals_data()
    {
        QTest::addColumn<QString>("partitions");
        QTest::addColumn<QString>("group");
        QTest::addColumn<QStringList>("byTopic");
        QTest::newRow("nothing") << QString() << QStringLiteral("sum 0 max 0 known 0") << QStringList();
        QTest::newRow("sum and max over topics")
            << QStringLiteral("orders/0:100/150 orders/1:10/30 payments/0:0/70")
            << QStringLiteral("sum 140 max 70 at payments/0 known 3")
            << QStringList{QStringLiteral("orders: sum 70 max 50 at orders/0 known 2"),
                           QStringLiteral("payments: sum 70 max 70 at payments/0 known 1")};
        QTest::newRow("partitions without a commit are counted, not summed as 0 or -1")
            << QStringLiteral("orders/0:-/150 orders/1:10/30")
            << QStringLiteral("sum 20 max 20 at orders/1 known 1 no-commit 1")
            << QStringList{QStringLiteral("orders: sum 20 max 20 at orders/1 known 1 no-commit 1")};
        QTest::newRow("a group that never committed has no max")
            << QStringLiteral("orders/0:-/150 orders/1:-/30")
            << QStringLiteral("sum 0 max 0 known 0 no-commit 2")
            << QStringList{QStringLiteral("orders: sum 0 max 0 known 0 no-commit 2")};
        QTest::newRow("clamped races count as 0 lag and are reported")
            << QStringLiteral("orders/0:160/150 orders/1:10/30")
            << QStringLiteral("sum 20 max 20 at orders/1 known 2 clamped 1")
            << QStringList{QStringLiteral("orders: sum 20 max 20 at orders/1 known 2 clamped 1")};
        QTest::newRow("all caught up: max 0 still names a partition")
            << QStringLiteral("orders/0:5/5 orders/1:7/7")
            << QStringLiteral("sum 0 max 0 at orders/0 known 2")
            << QStringList{QStringLiteral("orders: sum 0 max 0 at orders/0 known 2")};
        QTest::newRow("ties keep the first partition")
            << QStringLiteral("orders/3:0/10 orders/1:0/10")
            << QStringLiteral("sum 20 max 10 at orders/3 known 2")
            << QStringList{QStringLiteral("orders: sum 20 max 10 at orders/3 known 2")};
        QTest::newRow("unknown end offsets are counted separately")
            << QStringLiteral("orders/0:5/- orders/1:0/10")
            << QStringLiteral("sum 10 max 10 at orders/1 known 1 no-end 1")
            << QStringList{QStringLiteral("orders: sum 10 max 10 at orders/1 known 1 no-end 1")};
    }
    void totals()
    {
        QFETCH(QString, partitions);
        QFETCH(QString, group);
        QFETCH(QStringList, byTopic);
        const QList<TopicPartitionLag> entries = ::partitions(partitions);
        QCOMPARE(describe(LagMath::totals(entries)), group);
        QStringList actual;
        const QMap<QString, LagTotals> perTopic = LagMath::totalsByTopic(entries);
        for (auto it = perTopic.cbegin(); it != perTopic.cend(); ++it)
            actual << it.key() + QStringLiteral(": ") + describe(it.value());
        QCOMPARE(actual, byTopic);
    }

    void belowLogStartIsCounted()
    {
        const QList<TopicPartitionLag> entries{
            {QStringLiteral("t"), 0, LagMath::partitionLag(10, 100, 40)},
            {QStringLiteral("t"), 1, LagMath::partitionLag(50, 100, 40)},
        };
        QCOMPARE(describe(LagMath::totals(entries)),
                 QStringLiteral("sum 110 max 60 at t/0 known 2 below-start 1"));
    }

    void sumSaturatesInsteadOfOverflowing()
    {
        const qint64 big = std::numeric_limits<qint64>::max() - 5;
        const QList<TopicPartitionLag> entries{
            {QStringLiteral("t"), 0, LagMath::partitionLag(0, big)},
            {QStringLiteral("t"), 1, LagMath::partitionLag(0, big)},
        };
        const LagTotals totals = LagMath::totals(entries);
        QCOMPARE(totals.sum, std::numeric_limits<qint64>::max());
        QCOMPARE(totals.max, big);
    }
};

QTEST_GUILESS_MAIN(TestLagMath)
#include "tst_lagmath.moc"
