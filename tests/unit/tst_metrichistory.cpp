#include "MetricHistory.h"
#include "MetricStore.h"

#include <QStringList>
#include <QTest>

#include <cmath>

using namespace Tidewatch;

namespace {

// Samples are written "value@seconds", separated by blanks; "?" is an unknown value.
// Returns one letter per append: A(ccepted) or I(gnored).
QString feed(MetricHistory &history, const QString &samples)
{
    QString results;
    for (const QString &sample : samples.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QStringList parts = sample.split(QLatin1Char('@'));
        const double value = parts[0] == QLatin1String("?") ? std::nan("") : parts[0].toDouble();
        results +=
            history.append(qint64(parts[1].toDouble() * 1000), value) ? QLatin1Char('A') : QLatin1Char('I');
    }
    return results;
}

// Points as "seconds:value" (a raw sample or a bucket whose values are all equal),
// "seconds:min/mean/max" for a bucket, and "gap@seconds".
QString describe(const QList<MetricPoint> &points)
{
    QStringList parts;
    for (const MetricPoint &p : points) {
        const QString t = QString::number(double(p.timeMs) / 1000.0);
        if (p.isGap())
            parts << QStringLiteral("gap@") + t;
        else if (p.min == p.max)
            parts << t + QLatin1Char(':') + QString::number(p.mean);
        else
            parts << t + QLatin1Char(':') + QString::number(p.min) + QLatin1Char('/') +
                         QString::number(p.mean) + QLatin1Char('/') + QString::number(p.max);
    }
    return parts.join(QLatin1Char(' '));
}

// Raw ring of 4, then 10 s buckets for one minute, then 60 s buckets for ten minutes.
MetricHistoryConfig smallConfig()
{
    MetricHistoryConfig config;
    config.rawCapacity = 4;
    config.tiers = {{10000, 6}, {60000, 10}};
    config.gapAfterMs = 30000;
    return config;
}

} // namespace

class TestMetricHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void samples_data()
    {
        QTest::addColumn<QString>("appends");
        QTest::addColumn<QString>("results");
        QTest::addColumn<int>("fromS");
        QTest::addColumn<int>("toS");
        QTest::addColumn<int>("level");
        QTest::addColumn<QString>("points");

        QTest::newRow("raw samples come back exactly")
            << QStringLiteral("1@0 2@1 3@2") << QStringLiteral("AAA") << 0 << 2 << -1
            << QStringLiteral("0:1 1:2 2:3");
        QTest::newRow("both ends of the range are included, the rest is not")
            << QStringLiteral("1@0 2@1 3@2 4@3") << QStringLiteral("AAAA") << 1 << 2 << -1
            << QStringLiteral("1:2 2:3");
        QTest::newRow("an unknown value is a gap, not a zero")
            << QStringLiteral("1@0 ?@1 3@2") << QStringLiteral("AAA") << 0 << 2 << -1
            << QStringLiteral("0:1 gap@1 2:3");
        QTest::newRow("consecutive unknowns are one gap")
            << QStringLiteral("1@0 ?@1 ?@2 4@3") << QStringLiteral("AAAA") << 0 << 3 << -1
            << QStringLiteral("0:1 gap@1 3:4");
        QTest::newRow("a silence longer than gapAfterMs is a gap")
            << QStringLiteral("1@0 2@100") << QStringLiteral("AA") << 0 << 100 << -1
            << QStringLiteral("0:1 gap@50 100:2");
        QTest::newRow("a silence up to gapAfterMs is not")
            << QStringLiteral("1@0 2@30") << QStringLiteral("AA") << 0 << 30 << -1
            << QStringLiteral("0:1 30:2");
        QTest::newRow("a duplicate or earlier time is ignored")
            << QStringLiteral("1@5 2@5 3@4 4@6") << QStringLiteral("AIIA") << 0 << 10 << -1
            << QStringLiteral("5:1 6:4");
        QTest::newRow("an empty range is empty")
            << QStringLiteral("1@0") << QStringLiteral("A") << 5 << 4 << -1 << QString();
        QTest::newRow("once raw samples wrapped, the finest covering tier answers")
            << QStringLiteral("1@0 2@1 3@2 4@3 5@4 6@5 7@6 8@7 9@8 10@9") << QStringLiteral("AAAAAAAAAA") << 0
            << 9 << 0 << QStringLiteral("0:1/5.5/10");
        QTest::newRow("raw samples still answer a range they cover")
            << QStringLiteral("1@0 2@1 3@2 4@3 5@4 6@5 7@6 8@7 9@8 10@9") << QStringLiteral("AAAAAAAAAA") << 6
            << 9 << -1 << QStringLiteral("6:7 7:8 8:9 9:10");
        QTest::newRow("a one-sample spike survives in its bucket's max")
            << QStringLiteral("1@0 1@2 500@4 1@6 1@8 1@10 1@12 1@14") << QStringLiteral("AAAAAAAA") << 0 << 14
            << 0 << QStringLiteral("0:1/100.8/500 10:1");
        QTest::newRow("buckets keep a gap only when nothing known fell in them")
            << QStringLiteral("1@0 ?@10 ?@12 3@20 ?@21 5@22 7@24") << QStringLiteral("AAAAAAA") << 0 << 29
            << 0 << QStringLiteral("0:1 gap@10 20:3/5/7");
        QTest::newRow("a poll slower than the bucket leaves empty buckets, not gaps")
            << QStringLiteral("1@0 2@20 3@40 4@45 5@50") << QStringLiteral("AAAAA") << 0 << 59 << 0
            << QStringLiteral("0:1 20:2 40:3/3.5/4 50:5");
        QTest::newRow("beyond the finest tier's span the next tier answers")
            << QStringLiteral("1@0 2@30 3@60 4@61 5@62 6@63 7@64 8@70") << QStringLiteral("AAAAAAAA") << 0
            << 70 << 1 << QStringLiteral("0:1/1.5/2 60:3/5.5/8");
        QTest::newRow("a tier missing only one bucket at the left edge still answers")
            << QStringLiteral("1@0 2@30 3@60 4@61 5@62 6@63 7@64 8@65") << QStringLiteral("AAAAAAAA") << 0
            << 65 << 0 << QStringLiteral("30:2 60:3/5.5/8");
        QTest::newRow("when nothing reaches back, the level reaching furthest answers")
            << QStringLiteral("1@0 2@600 3@630 4@660 5@661 6@662 7@663") << QStringLiteral("AAAAAAA") << 0
            << 700 << 1 << QStringLiteral("600:2/2.5/3 660:4/5.5/7");
        QTest::newRow("a silence longer than every tier's span restarts them; raw samples reach furthest")
            << QStringLiteral("1@0 2@1 3@2 4@3 5@4 9@1000") << QStringLiteral("AAAAAA") << 0 << 1000 << -1
            << QStringLiteral("2:3 3:4 4:5 gap@502 1000:9");
    }
    void samples()
    {
        QFETCH(QString, appends);
        QFETCH(QString, results);
        QFETCH(int, fromS);
        QFETCH(int, toS);
        QFETCH(int, level);
        QFETCH(QString, points);
        MetricHistory history(smallConfig());
        QCOMPARE(feed(history, appends), results);
        if (toS >= fromS)
            QCOMPARE(history.levelFor(fromS * 1000LL), level);
        QCOMPARE(describe(history.samples(fromS * 1000LL, toS * 1000LL)), points);
    }

    void defaultTiersPickTheFinestCoveringLevel_data()
    {
        QTest::addColumn<int>("minutesBack");
        QTest::addColumn<int>("level");
        QTest::addColumn<qint64>("stepMs");
        QTest::newRow("5 min: raw samples") << 5 << -1 << qint64(1000);
        QTest::newRow("15 min: 1 s buckets") << 15 << 0 << qint64(1000);
        QTest::newRow("1 h: 10 s buckets") << 60 << 1 << qint64(10000);
        QTest::newRow("2 h: 10 s buckets") << 120 << 1 << qint64(10000);
    }
    void defaultTiersPickTheFinestCoveringLevel()
    {
        QFETCH(int, minutesBack);
        QFETCH(int, level);
        QFETCH(qint64, stepMs);
        MetricHistory history;
        const qint64 start = 1'700'000'000'000;
        const qint64 end = start + 2 * 3600 * 1000;
        for (qint64 t = start; t <= end; t += 1000)
            history.append(t, double((t - start) / 1000 % 100));
        const qint64 from = end - minutesBack * 60 * 1000LL + 1000;
        QCOMPARE(history.levelFor(from), level);
        const QList<MetricPoint> points = history.samples(from, end);
        QVERIFY(points.size() >= 2);
        QCOMPARE(points[1].timeMs - points[0].timeMs, stepMs);
        QVERIFY(points.size() <= minutesBack * 60 * 1000LL / stepMs + 1);
    }

    void memoryStaysBounded()
    {
        const MetricHistoryConfig config; // defaults: raw 300, 1 s x 900, 10 s x 2160, 1 min x 10080
        const std::size_t bound = MetricHistory::maxMemoryBytes(config);
        QVERIFY2(bound > 300'000 && bound < 340'000, QByteArray::number(qulonglong(bound)).constData());
        MetricHistory history(config);
        const qint64 start = 1'700'000'000'000;
        qint64 t = start;
        for (; t < start + 3600 * 1000; t += 1000)
            history.append(t, 1.0);
        // Rings grow with use: an hour at 1 s is far below the 7-day bound.
        QVERIFY2(history.memoryBytes() < 50'000,
                 QByteArray::number(qulonglong(history.memoryBytes())).constData());
        for (; t < start + 8LL * 24 * 3600 * 1000; t += 5000)
            history.append(t, 1.0);
        QVERIFY(history.memoryBytes() <= bound);
        QVERIFY(history.memoryBytes() > bound * 9 / 10);
        // The coarsest tier now reaches back 7 days, not 8.
        QCOMPARE(history.levelFor(start), 2);
        QVERIFY(history.samples(start, t).constFirst().timeMs >= t - 7LL * 24 * 3600 * 1000 - 60000);
    }

    void clearForgetsEverything()
    {
        MetricHistory history(smallConfig());
        feed(history, QStringLiteral("1@0 2@1"));
        QCOMPARE(history.latestTimeMs(), qint64(1000));
        QCOMPARE(history.latestValue(), 2.0);
        history.clear();
        QVERIFY(history.isEmpty());
        QVERIFY(history.samples(0, 10000).isEmpty());
        QCOMPARE(feed(history, QStringLiteral("5@0")), QStringLiteral("A")); // earlier than before: accepted
    }

    void storeCapsTheSeriesCount()
    {
        MetricStoreConfig config;
        config.history = smallConfig();
        config.maxSeries = 2;
        MetricStore store(config);
        QVERIFY(store.append(QStringLiteral("kafka/c/group/a/lag"), 1000, 1));
        QVERIFY(store.append(QStringLiteral("kafka/c/group/b/lag"), 1000, 2));
        QVERIFY(!store.append(QStringLiteral("kafka/c/group/c/lag"), 1000, 3));
        QVERIFY(store.append(QStringLiteral("kafka/c/group/a/lag"), 2000, 4)); // known keys still record
        QCOMPARE(store.seriesCount(), 2);
        QCOMPARE(store.refusedCount(), qint64(1));
        QVERIFY(!store.contains(QStringLiteral("kafka/c/group/c/lag")));
        QCOMPARE(describe(store.samples(QStringLiteral("kafka/c/group/a/lag"), 0, 5000)),
                 QStringLiteral("1:1 2:4"));
        QVERIFY(store.samples(QStringLiteral("unknown"), 0, 5000).isEmpty());
        QCOMPARE(store.latestTimeMs(), qint64(2000));
    }

    void storeRemovesStaleSeries()
    {
        MetricStoreConfig config;
        config.history = smallConfig();
        config.expireAfterMs = 60000;
        MetricStore store(config);
        store.append(QStringLiteral("old"), 1000, 1);
        store.append(QStringLiteral("recent"), 50000, 1);
        store.append(QStringLiteral("unknown lately"), 70000, std::nan("")); // still reporting: kept
        QCOMPARE(store.removeStale(100000), 1);
        QStringList keys = store.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("recent"), QStringLiteral("unknown lately")}));
        QCOMPARE(store.removeStale(100000), 0);
    }

    void storeReportsMemory()
    {
        MetricStoreConfig config;
        config.maxSeries = 1000;
        MetricStore store(config);
        const std::size_t empty = store.memoryBytes();
        for (int i = 0; i < 100; ++i) {
            for (qint64 t = 0; t < 600; ++t)
                store.append(QStringLiteral("kafka/c/topic/t%1/rate").arg(i), t * 1000, double(t));
        }
        const std::size_t used = store.memoryBytes();
        // 100 series of 10 minutes at 1 s: 300 raw samples, 600 + 60 + 10 buckets each.
        QVERIFY2(used > empty + 100 * (300 * 16 + 670 * 24),
                 QByteArray::number(qulonglong(used)).constData());
        QVERIFY2(used < empty + 100 * 40'000, QByteArray::number(qulonglong(used)).constData());
        QCOMPARE(store.maxMemoryBytes(), 1000 * MetricHistory::maxMemoryBytes(config.history));
        store.clear();
        QCOMPARE(store.seriesCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMetricHistory)
#include "tst_metrichistory.moc"
