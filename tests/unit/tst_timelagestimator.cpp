#include "TimeLagEstimator.h"

#include <QStringList>
#include <QTest>

#include <cmath>

using namespace Tidewatch;

namespace {

// High-watermark samples "offset@timeMs", fed through OffsetHistory's own rules.
OffsetHistory history(const QString &samples)
{
    OffsetHistory result;
    for (const QString &sample : samples.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QStringList parts = sample.split(QLatin1Char('@'));
        result.append(parts[0].toLongLong(), parts[1].toLongLong());
    }
    return result;
}

QString describe(const TimeLag &lag)
{
    switch (lag.kind) {
    case TimeLag::Kind::Exact:
        return QStringLiteral("%1 s").arg(lag.seconds);
    case TimeLag::Kind::AtLeast:
        return QStringLiteral("at least %1 s").arg(lag.seconds);
    case TimeLag::Kind::Unknown:
        break;
    }
    switch (lag.reason) {
    case TimeLag::Reason::NoCommittedOffset:
        return QStringLiteral("unknown: no commit");
    case TimeLag::Reason::NoHistory:
        return QStringLiteral("unknown: no history");
    case TimeLag::Reason::TooFewSamples:
        return QStringLiteral("unknown: too few samples");
    case TimeLag::Reason::None:
        break;
    }
    return QStringLiteral("unknown without a reason");
}

} // namespace

class TestTimeLagEstimator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void estimate_data()
    {
        QTest::addColumn<QString>("highWatermarks");
        QTest::addColumn<qint64>("committed");
        QTest::addColumn<qint64>("nowMs");
        QTest::addColumn<QString>("expected");

        QTest::newRow("no committed offset") << QStringLiteral("100@0 200@10000") << qint64(-1001)
                                             << qint64(20000) << QStringLiteral("unknown: no commit");
        QTest::newRow("no history yet")
            << QString() << qint64(50) << qint64(20000) << QStringLiteral("unknown: no history");
        QTest::newRow("single sample, consumer behind")
            << QStringLiteral("100@0") << qint64(50) << qint64(20000)
            << QStringLiteral("unknown: too few samples");
        QTest::newRow("single sample, consumer caught up: 0, not unknown")
            << QStringLiteral("100@0") << qint64(100) << qint64(20000) << QStringLiteral("0 s");
        QTest::newRow("committed equals the latest high watermark")
            << QStringLiteral("100@0 200@10000") << qint64(200) << qint64(20000) << QStringLiteral("0 s");
        QTest::newRow("committed ahead of the latest sample (sampled earlier)")
            << QStringLiteral("100@0 200@10000") << qint64(250) << qint64(20000) << QStringLiteral("0 s");
        QTest::newRow("interpolated half way: passed at 5 s, now 20 s")
            << QStringLiteral("100@0 200@10000") << qint64(150) << qint64(20000) << QStringLiteral("15 s");
        QTest::newRow("committed on a sample uses that sample's time")
            << QStringLiteral("100@0 200@10000 300@20000") << qint64(200) << qint64(30000)
            << QStringLiteral("20 s");
        QTest::newRow("committed equal to the oldest sample is inside the history")
            << QStringLiteral("100@0 200@10000 300@20000") << qint64(100) << qint64(30000)
            << QStringLiteral("30 s");
        QTest::newRow("uneven production: the enclosing segment is used, not the average")
            << QStringLiteral("0@0 1000@10000 1100@20000 1200@30000") << qint64(1050) << qint64(30000)
            << QStringLiteral("15 s");
        QTest::newRow("plateau: the last time the end was still at the commit")
            << QStringLiteral("100@0 200@10000 200@40000 200@50000 300@60000") << qint64(200) << qint64(70000)
            << QStringLiteral("20 s");
        QTest::newRow("idle topic, consumer caught up: stays 0 however late")
            << QStringLiteral("100@0 200@10000 200@600000") << qint64(200) << qint64(10000000)
            << QStringLiteral("0 s");
        QTest::newRow("idle topic, consumer behind: the unread records keep ageing")
            << QStringLiteral("100@0 200@10000 200@600000") << qint64(150) << qint64(700000)
            << QStringLiteral("695 s");
        QTest::newRow("same, 100 s later") << QStringLiteral("100@0 200@10000 200@600000") << qint64(150)
                                           << qint64(800000) << QStringLiteral("795 s");
        QTest::newRow("committed older than the history: a lower bound, not an extrapolation")
            << QStringLiteral("1000@60000 2000@120000") << qint64(500) << qint64(180000)
            << QStringLiteral("at least 120 s");
        QTest::newRow("replay from the beginning: no astronomical value")
            << QStringLiteral("1000000000@0 1000001000@30000") << qint64(0) << qint64(60000)
            << QStringLiteral("at least 60 s");
        QTest::newRow("clock behind the samples: 0, never negative")
            << QStringLiteral("100@0 200@10000") << qint64(150) << qint64(1000) << QStringLiteral("0 s");
        QTest::newRow("lower bound with a clock behind the samples: 0, never negative")
            << QStringLiteral("100@50000 200@60000") << qint64(50) << qint64(1000)
            << QStringLiteral("at least 0 s");
        QTest::newRow("topic recreated: history restarted, consumer behind the new sample")
            << QStringLiteral("100@0 200@10000 5@20000") << qint64(3) << qint64(30000)
            << QStringLiteral("unknown: too few samples");
        QTest::newRow("topic recreated: consumer at the new end")
            << QStringLiteral("100@0 200@10000 5@20000") << qint64(5) << qint64(30000)
            << QStringLiteral("0 s");
        QTest::newRow("sub-second precision")
            << QStringLiteral("0@0 1000@1000") << qint64(250) << qint64(1000) << QStringLiteral("0.75 s");
    }
    void estimate()
    {
        QFETCH(QString, highWatermarks);
        QFETCH(qint64, committed);
        QFETCH(qint64, nowMs);
        QFETCH(QString, expected);
        const TimeLag lag = TimeLagEstimator::estimate(history(highWatermarks), committed, nowMs);
        QCOMPARE(describe(lag), expected);
        QCOMPARE(lag.value().has_value(), lag.isKnown());
    }

    void neverNaNNorNegative()
    {
        // A sweep over committed offsets and clocks around an irregular history with a plateau.
        const OffsetHistory h =
            history(QStringLiteral("10@1000 10@5000 50@9000 51@12000 51@20000 400@21000"));
        for (qint64 committed = -5; committed <= 450; committed += 3) {
            for (qint64 now = 0; now <= 40000; now += 1700) {
                const TimeLag lag = TimeLagEstimator::estimate(h, committed, now);
                QVERIFY(!std::isnan(lag.seconds));
                QVERIFY(!std::isinf(lag.seconds));
                QVERIFY(lag.seconds >= 0.0);
                QCOMPARE(lag.isKnown(), committed >= 0);
            }
        }
    }

    void lagShrinksAsTheConsumerAdvances()
    {
        const OffsetHistory h = history(QStringLiteral("0@0 100@10000 300@20000 350@30000"));
        double previous = 1e9;
        for (qint64 committed = 0; committed <= 350; committed += 10) {
            const TimeLag lag = TimeLagEstimator::estimate(h, committed, 40000);
            QVERIFY2(lag.seconds <= previous, qPrintable(QString::number(committed)));
            previous = lag.seconds;
        }
        QCOMPARE(previous, 0.0);
    }

    void text_data()
    {
        QTest::addColumn<QString>("highWatermarks");
        QTest::addColumn<qint64>("committed");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown is a word, not a number")
            << QString() << qint64(5) << QStringLiteral("unknown");
        QTest::newRow("exact") << QStringLiteral("100@0 200@10000") << qint64(150) << QStringLiteral("55 s");
        QTest::newRow("caught up") << QStringLiteral("100@0 200@10000") << qint64(200)
                                   << QStringLiteral("0 ms");
        QTest::newRow("lower bound") << QStringLiteral("1000@0 2000@10000") << qint64(5)
                                     << QStringLiteral("at least 1 m 0 s");
    }
    void text()
    {
        QFETCH(QString, highWatermarks);
        QFETCH(qint64, committed);
        QFETCH(QString, expected);
        QCOMPARE(TimeLagEstimator::estimate(history(highWatermarks), committed, 60000).toString(), expected);
    }
};

QTEST_GUILESS_MAIN(TestTimeLagEstimator)
#include "tst_timelagestimator.moc"
