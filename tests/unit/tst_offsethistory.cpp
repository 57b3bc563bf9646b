#include "OffsetHistory.h"

#include <QStringList>
#include <QTest>

using namespace Tidewatch;

namespace {

// Samples are written "offset@timeMs", separated by blanks; results one letter per append:
// A(ppended), E(xtended), I(gnored), R(eset).
QString feed(OffsetHistory &history, const QString &samples)
{
    QString results;
    for (const QString &sample : samples.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QStringList parts = sample.split(QLatin1Char('@'));
        switch (history.append(parts[0].toLongLong(), parts[1].toLongLong())) {
        case OffsetHistory::AppendResult::Appended:
            results += QLatin1Char('A');
            break;
        case OffsetHistory::AppendResult::Extended:
            results += QLatin1Char('E');
            break;
        case OffsetHistory::AppendResult::Ignored:
            results += QLatin1Char('I');
            break;
        case OffsetHistory::AppendResult::Reset:
            results += QLatin1Char('R');
            break;
        }
    }
    return results;
}

QString describe(const OffsetHistory &history)
{
    QStringList parts;
    for (const OffsetSample &s : history.samples())
        parts << QStringLiteral("%1@%2").arg(s.offset).arg(s.timeMs);
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TestOffsetHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void append_data()
    {
        QTest::addColumn<int>("capacity");
        QTest::addColumn<QString>("appends");
        QTest::addColumn<QString>("results");
        QTest::addColumn<QString>("kept");

        QTest::newRow("the first sample is kept")
            << 4 << QStringLiteral("100@0") << QStringLiteral("A") << QStringLiteral("100@0");
        QTest::newRow("advancing offsets are appended")
            << 4 << QStringLiteral("100@0 150@5000 220@10000") << QStringLiteral("AAA")
            << QStringLiteral("100@0 150@5000 220@10000");
        QTest::newRow("a full ring drops the oldest")
            << 4 << QStringLiteral("1@0 2@1000 3@2000 4@3000 5@4000") << QStringLiteral("AAAAA")
            << QStringLiteral("2@1000 3@2000 4@3000 5@4000");
        QTest::newRow("wrapping several times keeps the newest, oldest first")
            << 3 << QStringLiteral("1@0 2@1000 3@2000 4@3000 5@4000 6@5000 7@6000 8@7000")
            << QStringLiteral("AAAAAAAA") << QStringLiteral("6@5000 7@6000 8@7000");
        QTest::newRow("two equal offsets are both kept (plateau start and end)")
            << 4 << QStringLiteral("200@0 200@5000") << QStringLiteral("AA")
            << QStringLiteral("200@0 200@5000");
        QTest::newRow("a plateau costs two slots: first seen and last seen")
            << 4 << QStringLiteral("100@0 200@5000 200@10000 200@15000 200@20000") << QStringLiteral("AAAEE")
            << QStringLiteral("100@0 200@5000 200@20000");
        QTest::newRow("movement after a plateau is appended")
            << 4 << QStringLiteral("100@0 200@5000 200@10000 200@15000 250@20000") << QStringLiteral("AAAEA")
            << QStringLiteral("100@0 200@5000 200@15000 250@20000");
        QTest::newRow("an idle topic never pushes movement out of a wrapped ring")
            << 4 << QStringLiteral("1@0 2@1000 3@2000 4@3000 4@4000 4@5000 4@9000")
            << QStringLiteral("AAAAAEE") << QStringLiteral("2@1000 3@2000 4@3000 4@9000");
        QTest::newRow("offset going backwards (topic recreated) starts over")
            << 4 << QStringLiteral("100@0 200@5000 50@10000") << QStringLiteral("AAR")
            << QStringLiteral("50@10000");
        QTest::newRow("a reset is taken even within the minimum interval")
            << 4 << QStringLiteral("100@0 50@500") << QStringLiteral("AR") << QStringLiteral("50@500");
        QTest::newRow("history grows again after a reset")
            << 4 << QStringLiteral("100@0 200@5000 5@10000 8@11000") << QStringLiteral("AARA")
            << QStringLiteral("5@10000 8@11000");
        QTest::newRow("a duplicate time is ignored")
            << 4 << QStringLiteral("100@0 150@0") << QStringLiteral("AI") << QStringLiteral("100@0");
        QTest::newRow("less than the minimum interval later is ignored")
            << 4 << QStringLiteral("100@0 150@999") << QStringLiteral("AI") << QStringLiteral("100@0");
        QTest::newRow("exactly the minimum interval later is appended")
            << 4 << QStringLiteral("100@0 150@1000") << QStringLiteral("AA")
            << QStringLiteral("100@0 150@1000");
        QTest::newRow("time going backwards is ignored")
            << 4 << QStringLiteral("100@5000 150@1000") << QStringLiteral("AI") << QStringLiteral("100@5000");
        QTest::newRow("an equal offset at an earlier time is ignored, not a plateau")
            << 4 << QStringLiteral("100@0 100@5000 100@4000") << QStringLiteral("AAI")
            << QStringLiteral("100@0 100@5000");
        QTest::newRow("capacity below two is raised to two")
            << 0 << QStringLiteral("1@0 2@1000 3@2000") << QStringLiteral("AAA")
            << QStringLiteral("2@1000 3@2000");
    }
    void append()
    {
        QFETCH(int, capacity);
        QFETCH(QString, appends);
        QFETCH(QString, results);
        QFETCH(QString, kept);
        OffsetHistory history(capacity);
        QCOMPARE(feed(history, appends), results);
        QCOMPARE(describe(history), kept);
        QCOMPARE(history.size(), int(history.samples().size()));
        QCOMPARE(history.resetCount(), int(results.count(QLatin1Char('R'))));
    }

    void accessors()
    {
        OffsetHistory history(3);
        QVERIFY(history.isEmpty());
        QCOMPARE(history.capacity(), 3);
        QCOMPARE(history.minIntervalMs(), OffsetHistory::DefaultMinIntervalMs);
        feed(history, QStringLiteral("1@0 2@1000 3@2000 4@3000"));
        QCOMPARE(history.oldest(), (OffsetSample{2, 1000}));
        QCOMPARE(history.latest(), (OffsetSample{4, 3000}));
        QCOMPARE(history.at(1), (OffsetSample{3, 2000}));
        history.clear();
        QVERIFY(history.isEmpty());
        QCOMPARE(history.resetCount(), 0); // clear() is not a detected reset
        QCOMPARE(feed(history, QStringLiteral("1@0")), QStringLiteral("A"));
    }

    void customMinimumInterval()
    {
        OffsetHistory history(4, 10000);
        QCOMPARE(feed(history, QStringLiteral("1@0 2@9999 3@10000")), QStringLiteral("AIA"));
        QCOMPARE(describe(history), QStringLiteral("1@0 3@10000"));
    }

    void memoryStaysBounded()
    {
        OffsetHistory history; // default capacity
        for (qint64 i = 0; i < 100000; ++i)
            history.append(i * 10, i * 1000);
        QCOMPARE(history.size(), OffsetHistory::DefaultCapacity);
        QCOMPARE(history.oldest().offset, qint64(100000 - OffsetHistory::DefaultCapacity) * 10);
        QCOMPARE(history.latest().offset, qint64(99999) * 10);
        // Invariants interpolation relies on: offsets non-decreasing, times strictly increasing.
        for (int i = 1; i < history.size(); ++i) {
            QVERIFY(history.at(i).offset >= history.at(i - 1).offset);
            QVERIFY(history.at(i).timeMs > history.at(i - 1).timeMs);
        }
    }
};

QTEST_GUILESS_MAIN(TestOffsetHistory)
#include "tst_offsethistory.moc"
