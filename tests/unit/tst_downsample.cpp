#include "Downsample.h"

#include <QRandomGenerator>
#include <QStringList>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace Tidewatch;

namespace {

// Input points: "t:v" (a sample), "t:min/max" (a bucket of a tier, mean halfway) or "t:?" (a gap).
QList<MetricPoint> parse(const QString &text)
{
    QList<MetricPoint> points;
    for (const QString &item : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QStringList parts = item.split(QLatin1Char(':'));
        const qint64 t = parts[0].toLongLong();
        if (parts[1] == QLatin1String("?")) {
            points.append(MetricPoint::gap(t));
            continue;
        }
        const QStringList range = parts[1].split(QLatin1Char('/'));
        const double lo = range[0].toDouble();
        const double hi = range.value(1, range[0]).toDouble();
        points.append(MetricPoint{t, lo, hi, (lo + hi) / 2, hi});
    }
    return points;
}

// Output points as "t:v", gaps as "t:?".
QString describe(const QList<QPointF> &points)
{
    QStringList parts;
    for (const QPointF &p : points)
        parts << QString::number(qint64(p.x())) + QLatin1Char(':') +
                     (std::isnan(p.y()) ? QStringLiteral("?") : QString::number(p.y()));
    return parts.join(QLatin1Char(' '));
}

// A series of @p count points 1 ms apart, random walk with one spike of 1000 and one dip of -1000.
QList<MetricPoint> walk(int count, quint32 seed, int gapEvery = 0)
{
    QRandomGenerator random(seed);
    QList<MetricPoint> points;
    double v = 0;
    for (int i = 0; i < count; ++i) {
        v += random.bounded(2.0) - 1.0;
        double value = v;
        if (i == count / 3)
            value = 1000;
        if (i == 2 * count / 3)
            value = -1000;
        if (gapEvery > 0 && i % gapEvery == gapEvery - 1 && i != count / 3 && i != 2 * count / 3)
            points.append(MetricPoint::gap(i));
        else
            points.append(MetricPoint{i, value, value, value, value});
    }
    return points;
}

bool timeIsMonotone(const QList<QPointF> &points)
{
    return std::is_sorted(points.cbegin(), points.cend(),
                          [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
}

int gapCount(const QList<QPointF> &points)
{
    return int(
        std::count_if(points.cbegin(), points.cend(), [](const QPointF &p) { return std::isnan(p.y()); }));
}

} // namespace

class TestDownsample : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void minMaxPerBucket_data()
    {
        QTest::addColumn<QString>("points");
        QTest::addColumn<int>("fromMs");
        QTest::addColumn<int>("toMs");
        QTest::addColumn<int>("buckets");
        QTest::addColumn<QString>("expected");

        QTest::newRow("no points, no output") << QString() << 0 << 99 << 10 << QString();
        QTest::newRow("one point") << QStringLiteral("5:3") << 0 << 99 << 10 << QStringLiteral("5:3");
        QTest::newRow("two points in different buckets")
            << QStringLiteral("5:3 55:4") << 0 << 99 << 10 << QStringLiteral("5:3 55:4");
        QTest::newRow("a bucket keeps its lowest then its highest, in time order")
            << QStringLiteral("0:5 2:1 4:9 6:5") << 0 << 9 << 1 << QStringLiteral("2:1 4:9");
        QTest::newRow("highest first when it came first")
            << QStringLiteral("0:5 2:9 4:1 6:5") << 0 << 9 << 1 << QStringLiteral("2:9 4:1");
        QTest::newRow("a one-sample spike survives")
            << QStringLiteral("0:1 1:1 2:1 3:1 4:80 5:1 6:1 7:1 8:1 9:1 10:1 11:1") << 0 << 11 << 2
            << QStringLiteral("0:1 4:80 6:1");
        QTest::newRow("a flat bucket yields one point")
            << QStringLiteral("0:2 1:2 2:2 3:2") << 0 << 3 << 1 << QStringLiteral("0:2");
        QTest::newRow("a tier bucket yields its min and max at its time")
            << QStringLiteral("0:1/9") << 0 << 9 << 1 << QStringLiteral("0:1 0:9");
        QTest::newRow("after a high point, a tier bucket starts from its max")
            << QStringLiteral("0:20 10:1/9") << 0 << 19 << 2 << QStringLiteral("0:20 10:9 10:1");
        QTest::newRow("a bucket of gaps yields one gap")
            << QStringLiteral("0:1 10:? 11:? 20:3") << 0 << 29 << 3 << QStringLiteral("0:1 10:? 20:3");
        QTest::newRow("gaps in consecutive buckets are not repeated")
            << QStringLiteral("0:1 10:? 20:? 30:3") << 0 << 39 << 4 << QStringLiteral("0:1 10:? 30:3");
        QTest::newRow("a gap narrower than a bucket with data is not drawn")
            << QStringLiteral("0:1 1:? 2:3") << 0 << 9 << 1 << QStringLiteral("0:1 2:3");
        QTest::newRow("points outside the range are ignored")
            << QStringLiteral("-5:100 0:1 9:2 10:100") << 0 << 9 << 10 << QStringLiteral("0:1 9:2");
        QTest::newRow("zero buckets, no output") << QStringLiteral("0:1") << 0 << 9 << 0 << QString();
        QTest::newRow("an inverted range, no output") << QStringLiteral("0:1") << 9 << 0 << 4 << QString();
    }
    void minMaxPerBucket()
    {
        QFETCH(QString, points);
        QFETCH(int, fromMs);
        QFETCH(int, toMs);
        QFETCH(int, buckets);
        QFETCH(QString, expected);
        QCOMPARE(describe(Downsample::minMaxPerBucket(parse(points), fromMs, toMs, buckets)), expected);
    }

    void minMaxProperties_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("buckets");
        QTest::addColumn<int>("gapEvery");
        QTest::newRow("20,000 points into 400 pixels") << 20000 << 400 << 0;
        QTest::newRow("1,000 points into 1,920 pixels") << 1000 << 1920 << 0;
        QTest::newRow("10,080 points into 300 pixels, a gap every 50") << 10080 << 300 << 50;
        QTest::newRow("3 points into 1 pixel") << 3 << 1 << 0;
    }
    void minMaxProperties()
    {
        QFETCH(int, count);
        QFETCH(int, buckets);
        QFETCH(int, gapEvery);
        const QList<MetricPoint> input = walk(count, quint32(count), gapEvery);
        const QList<QPointF> out = Downsample::minMaxPerBucket(input, 0, count - 1, buckets);
        QVERIFY(!out.isEmpty());
        QVERIFY(out.size() <= 2 * buckets);
        QVERIFY(out.size() <= input.size());
        QVERIFY(timeIsMonotone(out));
        // The spike and the dip are the extremes: both must be drawn, at their own time.
        QVERIFY(out.contains(QPointF(count / 3, 1000)));
        QVERIFY(out.contains(QPointF(2 * count / 3, -1000)));
    }

    void lttb_data()
    {
        QTest::addColumn<QString>("points");
        QTest::addColumn<int>("threshold");
        QTest::addColumn<QString>("expected");

        QTest::newRow("no points") << QString() << 10 << QString();
        QTest::newRow("one point") << QStringLiteral("0:1") << 10 << QStringLiteral("0:1");
        QTest::newRow("two points") << QStringLiteral("0:1 1:2") << 1 << QStringLiteral("0:1");
        QTest::newRow("no more than the threshold comes back unchanged")
            << QStringLiteral("0:1 1:5 2:? 3:2") << 4 << QStringLiteral("0:1 1:5 2:? 3:2");
        QTest::newRow("threshold 2 keeps the ends")
            << QStringLiteral("0:1 1:5 2:3 3:2") << 2 << QStringLiteral("0:1 3:2");
        QTest::newRow("threshold 3 keeps the ends and the peak")
            << QStringLiteral("0:0 1:1 2:2 3:9 4:2 5:1 6:0") << 3 << QStringLiteral("0:0 3:9 6:0");
        QTest::newRow("each bucket keeps the point making the largest triangle")
            << QStringLiteral("0:0 1:5 2:0 3:0 4:-5 5:0 6:0") << 4 << QStringLiteral("0:0 1:5 4:-5 6:0");
        QTest::newRow("a gap splits the series; each run keeps its ends")
            << QStringLiteral("0:0 1:1 2:0 3:? 4:0 5:1 6:0") << 5 << QStringLiteral("0:0 2:0 3:? 4:0 6:0");
        QTest::newRow("threshold 0, nothing") << QStringLiteral("0:1 1:2") << 0 << QString();
    }
    void lttb()
    {
        QFETCH(QString, points);
        QFETCH(int, threshold);
        QFETCH(QString, expected);
        QCOMPARE(describe(Downsample::lttb(parse(points), threshold)), expected);
    }

    void lttbProperties_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("threshold");
        QTest::addColumn<int>("gapEvery");
        QTest::newRow("20,000 points to 800") << 20000 << 800 << 0;
        QTest::newRow("1,001 points to 1,000") << 1001 << 1000 << 0;
        QTest::newRow("10,080 points to 600, a gap every 500") << 10080 << 600 << 500;
    }
    void lttbProperties()
    {
        QFETCH(int, count);
        QFETCH(int, threshold);
        QFETCH(int, gapEvery);
        const QList<MetricPoint> input = walk(count, quint32(count) + 7, gapEvery);
        const QList<QPointF> out = Downsample::lttb(input, threshold);
        const int gaps = gapCount(out);
        if (gapEvery == 0) {
            QCOMPARE(out.size(), threshold);
            QCOMPARE(gaps, 0);
        } else {
            QCOMPARE(gaps, count / gapEvery);
            QVERIFY(out.size() <= threshold + 3 * gaps + 2);
        }
        QVERIFY(timeIsMonotone(out));
        QCOMPARE(out.constFirst(), QPointF(0, input.constFirst().mean));
        QCOMPARE(out.constLast().x(), double(count - 1));
        // Large triangles: an isolated spike of this size is always kept.
        QVERIFY(out.contains(QPointF(count / 3, 1000)));
    }

    void toPointsKeepsMeansAndGaps()
    {
        QCOMPARE(describe(Downsample::toPoints(parse(QStringLiteral("0:1/3 5:? 6:? 9:4")))),
                 QStringLiteral("0:2 5:? 9:4"));
    }
};

QTEST_GUILESS_MAIN(TestDownsample)
#include "tst_downsample.moc"
