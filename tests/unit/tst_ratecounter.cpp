#include "RateCounter.h"

#include <QStringList>
#include <QTest>

using namespace Tidewatch;

namespace {

// Readings are "value@timeMs"; each gives a rate or the reason there is none.
QString feed(RateCounter &counter, const QString &readings)
{
    QStringList out;
    for (const QString &reading : readings.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QStringList parts = reading.split(QLatin1Char('@'));
        const auto rate = counter.add(parts[0].toDouble(), parts[1].toLongLong());
        switch (counter.lastOutcome()) {
        case RateCounter::Outcome::Rate:
            out << QString::number(*rate, 'g', 12);
            break;
        case RateCounter::Outcome::First:
            out << QStringLiteral("first");
            break;
        case RateCounter::Outcome::CounterReset:
            out << QStringLiteral("reset");
            break;
        case RateCounter::Outcome::TimeNotAdvanced:
            out << QStringLiteral("same-time");
            break;
        case RateCounter::Outcome::TimeWentBackwards:
            out << QStringLiteral("backwards");
            break;
        case RateCounter::Outcome::InvalidValue:
            out << QStringLiteral("invalid");
            break;
        case RateCounter::Outcome::None:
            out << QStringLiteral("none");
            break;
        }
        // A rate is returned exactly when the outcome says so.
        if (rate.has_value() != (counter.lastOutcome() == RateCounter::Outcome::Rate))
            out << QStringLiteral("MISMATCH");
    }
    return out.join(QLatin1Char(' '));
}

} // namespace

class TestRateCounter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rates_data()
    {
        QTest::addColumn<QString>("readings");
        QTest::addColumn<QString>("expected");
        QTest::newRow("the first reading only sets the baseline")
            << QStringLiteral("100@0") << QStringLiteral("first");
        QTest::newRow("a steady counter gives its rate per second")
            << QStringLiteral("0@0 1000@1000 3000@2000") << QStringLiteral("first 1000 2000");
        QTest::newRow("intervals shorter than a second scale up")
            << QStringLiteral("0@0 500@250") << QStringLiteral("first 2000");
        QTest::newRow("intervals longer than a second scale down")
            << QStringLiteral("0@0 300@30000") << QStringLiteral("first 10");
        QTest::newRow("a flat counter has rate zero")
            << QStringLiteral("5@0 5@1000") << QStringLiteral("first 0");
        QTest::newRow("a counter going down is a reset, never a negative spike")
            << QStringLiteral("1000@0 1500@1000 20@2000 520@3000") << QStringLiteral("first 500 reset 500");
        QTest::newRow("a counter reset to zero")
            << QStringLiteral("1000@0 0@1000 10@2000") << QStringLiteral("first reset 10");
        QTest::newRow("a duplicate timestamp is ignored and the baseline kept")
            << QStringLiteral("0@0 100@1000 200@1000 300@2000") << QStringLiteral("first 100 same-time 200");
        QTest::newRow("a clock stepping back starts a new baseline")
            << QStringLiteral("0@5000 100@6000 150@1000 250@2000")
            << QStringLiteral("first 100 backwards 100");
        QTest::newRow("NaN is ignored")
            << QStringLiteral("0@0 nan@1000 200@2000") << QStringLiteral("first invalid 100");
        QTest::newRow("infinity is ignored") << QStringLiteral("0@0 inf@1000 -inf@1500 200@2000")
                                             << QStringLiteral("first invalid invalid 100");
        QTest::newRow("an invalid first reading sets no baseline")
            << QStringLiteral("nan@0 10@1000 20@2000") << QStringLiteral("invalid first 10");
        QTest::newRow("large offsets stay exact")
            << QStringLiteral("1000000000000@0 1000000001000@1000") << QStringLiteral("first 1000");
        QTest::newRow("fractional counters (bytes as doubles)")
            << QStringLiteral("0.5@0 2@1000") << QStringLiteral("first 1.5");
    }
    void rates()
    {
        QFETCH(QString, readings);
        QFETCH(QString, expected);
        RateCounter counter;
        QCOMPARE(feed(counter, readings), expected);
    }

    void stateAcrossReadings()
    {
        RateCounter counter;
        QCOMPARE(counter.lastOutcome(), RateCounter::Outcome::None);
        QVERIFY(!counter.rate());
        feed(counter, QStringLiteral("0@0 100@1000"));
        QCOMPARE(counter.rate(), std::optional<double>(100.0));
        feed(counter, QStringLiteral("300@1000")); // ignored: the last good rate stays
        QCOMPARE(counter.rate(), std::optional<double>(100.0));
        feed(counter, QStringLiteral("5@2000")); // reset: no rate until the next interval
        QVERIFY(!counter.rate());
        QCOMPARE(counter.resetCount(), 1);
        feed(counter, QStringLiteral("9@3000 1@4000")); // a rate, then the second reset
        QCOMPARE(counter.resetCount(), 2);
        counter.clear();
        QCOMPARE(counter.resetCount(), 0);
        QCOMPARE(counter.lastOutcome(), RateCounter::Outcome::None);
        QCOMPARE(feed(counter, QStringLiteral("7@0")), QStringLiteral("first"));
    }
};

QTEST_GUILESS_MAIN(TestRateCounter)
#include "tst_ratecounter.moc"
