#include "MetricStore.h"
#include "SparklineDelegate.h"
#include "TimeSeriesChart.h"

#include <QBuffer>
#include <QComboBox>
#include <QDateTime>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace Tidewatch;

namespace {

const qint64 Start = 1'700'000'000'000; // 2023-11-14T22:13:20Z
const QString Lag = QStringLiteral("kafka/demo/group/billing/lag");
const QString Rate = QStringLiteral("kafka/demo/topic/orders/messagesPerSecond");

// @p seconds of 1 s samples from Start: a sine wave with a spike of 5,000 at second @p spikeAt.
void fill(MetricStore &store, const QString &key, int seconds, int spikeAt = -1, qint64 from = Start)
{
    for (int s = 0; s < seconds; ++s) {
        const qint64 t = from + s * 1000LL;
        store.append(key, t, (t - Start) / 1000 == spikeAt ? 5000.0 : 100 + 50 * std::sin(s / 30.0));
    }
}

double maxY(const QList<QPointF> &points)
{
    double m = -1e300;
    for (const QPointF &p : points)
        if (!std::isnan(p.y()))
            m = std::max(m, p.y());
    return m;
}

} // namespace

class TestTimeSeriesChart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void thinsToTwoPointsPerPixel_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<TimeSeriesChart::RangePreset>("preset");
        QTest::addColumn<int>("minPoints");

        // An hour of 1 s data: 300 raw samples for 5 min, 900 one-second buckets for 15 min,
        // 360 ten-second buckets for 1 h.
        QTest::newRow("5 min, wide: every raw sample")
            << 1200 << TimeSeriesChart::RangePreset::FiveMinutes << 300;
        QTest::newRow("15 min, narrow: thinned")
            << 300 << TimeSeriesChart::RangePreset::FifteenMinutes << 100;
        QTest::newRow("15 min, wide") << 1200 << TimeSeriesChart::RangePreset::FifteenMinutes << 800;
        QTest::newRow("1 h, narrow: thinned") << 250 << TimeSeriesChart::RangePreset::OneHour << 100;
        QTest::newRow("7 d, an hour of data") << 600 << TimeSeriesChart::RangePreset::SevenDays << 2;
    }
    void thinsToTwoPointsPerPixel()
    {
        QFETCH(int, width);
        QFETCH(TimeSeriesChart::RangePreset, preset);
        QFETCH(int, minPoints);
        MetricStore store;
        fill(store, Lag, 3600, 3590); // the spike: 10 s before the end, inside every window
        TimeSeriesChart chart;
        chart.setSeries(Lag, QStringLiteral("billing lag"), Qt::blue);
        chart.setRangePreset(preset);
        chart.resize(width, 300);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.updateFromStore(store);
        QCOMPARE(chart.visibleToMs(), store.latestTimeMs());
        QCOMPARE(chart.visibleToMs() - chart.visibleFromMs(), TimeSeriesChart::presetDurationMs(preset));
        const QList<QPointF> points = chart.visiblePoints(Lag);
        QVERIFY2(chart.plotWidth() > width / 2 && chart.plotWidth() <= width,
                 QByteArray::number(chart.plotWidth()));
        QVERIFY2(points.size() <= 2 * chart.plotWidth(), QByteArray::number(points.size()));
        QVERIFY2(points.size() >= minPoints, QByteArray::number(points.size()));
        QCOMPARE(maxY(points), 5000.0); // the spike survives thinning
    }

    void lttbThinningAlsoStaysWithinTwoPointsPerPixel()
    {
        MetricStore store;
        fill(store, Rate, 900);
        TimeSeriesChart chart;
        chart.setSeries(Rate, QStringLiteral("orders/s"), Qt::darkGreen);
        chart.setThinning(TimeSeriesChart::Thinning::Lttb);
        chart.resize(300, 200);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.updateFromStore(store);
        QCOMPARE(chart.visiblePoints(Rate).size(), 2 * chart.plotWidth());
    }

    void gapsBreakTheLine()
    {
        MetricStore store;
        fill(store, Lag, 60);
        store.append(Lag, Start + 60'000, std::nan("")); // the collector could not reach the cluster
        fill(store, Lag, 60, -1, Start + 61'000);
        TimeSeriesChart chart;
        chart.setSeries(Lag, QStringLiteral("billing lag"), Qt::blue);
        chart.setVisibleRange(Start, Start + 120'000);
        chart.resize(800, 300);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.updateFromStore(store);
        const QList<QPointF> points = chart.visiblePoints(Lag);
        QCOMPARE(
            std::count_if(points.cbegin(), points.cend(), [](const QPointF &p) { return std::isnan(p.y()); }),
            1);
        QVERIFY(!chart.isFollowing());
        QCOMPARE(chart.visibleFromMs(), Start);
    }

    void pauseFreezesTheView()
    {
        MetricStore store;
        fill(store, Lag, 300);
        TimeSeriesChart chart;
        chart.setSeries(Lag, QStringLiteral("billing lag"), Qt::blue);
        chart.setRangePreset(TimeSeriesChart::RangePreset::FiveMinutes);
        chart.resize(600, 300);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.updateFromStore(store);
        const QList<QPointF> before = chart.visiblePoints(Lag);
        const qint64 toBefore = chart.visibleToMs();

        chart.setPaused(true);
        fill(store, Lag, 60, 330, Start + 300'000); // a spike arrives while paused: recorded, not shown
        chart.updateFromStore(store);
        QCOMPARE(chart.visiblePoints(Lag), before);
        QCOMPARE(chart.visibleToMs(), toBefore);
        QCOMPARE(store.latestTimeMs(), Start + 359'000);

        chart.setPaused(false);
        chart.updateFromStore(store);
        QCOMPARE(chart.visibleToMs(), Start + 359'000);
        QCOMPARE(maxY(chart.visiblePoints(Lag)), 5000.0);
    }

    void hiddenChartsCostNothing()
    {
        MetricStore store;
        fill(store, Lag, 10);
        TimeSeriesChart chart;
        chart.setSeries(Lag, QStringLiteral("billing lag"), Qt::blue);
        chart.updateFromStore(store); // never shown
        QVERIFY(chart.visiblePoints(Lag).isEmpty());
    }

    void exportsVisibleDataAsCsv()
    {
        MetricStore store;
        store.append(Lag, Start, 10);
        store.append(Lag, Start + 1000, std::nan(""));
        store.append(Lag, Start + 2000, 12.5);
        store.append(Rate, Start + 1000, 3);
        store.append(Rate, Start + 9000, 4); // outside the window
        TimeSeriesChart chart;
        chart.setSeries(Lag, QStringLiteral("billing lag"), Qt::blue);
        chart.setSeries(Rate, QStringLiteral("orders, per second"), Qt::darkGreen);
        chart.setVisibleRange(Start, Start + 5000);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.updateFromStore(store);
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(chart.exportCsv(&buffer));
        QCOMPARE(buffer.data(),
                 QByteArray("key,title,time_utc,time_ms,min,max,mean\n"
                            "kafka/demo/group/billing/lag,billing lag,2023-11-14T22:13:20.000Z,"
                            "1700000000000,10,10,10\n"
                            "kafka/demo/group/billing/lag,billing lag,2023-11-14T22:13:21.000Z,"
                            "1700000001000,,,\n"
                            "kafka/demo/group/billing/lag,billing lag,2023-11-14T22:13:22.000Z,"
                            "1700000002000,12.5,12.5,12.5\n"
                            "kafka/demo/topic/orders/messagesPerSecond,\"orders, per second\","
                            "2023-11-14T22:13:21.000Z,1700000001000,3,3,3\n"));
        QBuffer readOnly;
        QVERIFY(readOnly.open(QIODevice::ReadOnly));
        QVERIFY(!chart.exportCsv(&readOnly));
    }

    void exportsPng()
    {
        MetricStore store;
        fill(store, Lag, 300);
        TimeSeriesChart chart;
        chart.setSeries(Lag, QStringLiteral("billing lag"), Qt::blue);
        chart.resize(400, 250);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.updateFromStore(store);
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(chart.exportPng(&buffer));
        QVERIFY(buffer.data().startsWith("\x89PNG"));
        const QImage image = QImage::fromData(buffer.data(), "PNG");
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 300 && image.height() > 150);
    }

    void pngShowsTheLineAndTheCrosshair()
    {
        MetricStore store;
        fill(store, Lag, 300);
        TimeSeriesChart chart;
        chart.setSeries(Lag, QStringLiteral("billing lag"), QColor(0, 0, 255));
        chart.setRangePreset(TimeSeriesChart::RangePreset::FiveMinutes);
        chart.resize(400, 250);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.updateFromStore(store);
        auto png = [&chart] {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            chart.exportPng(&buffer);
            return QImage::fromData(buffer.data(), "PNG").convertToFormat(QImage::Format_RGB32);
        };
        const QImage plain = png();
        int blue = 0;
        for (int y = 0; y < plain.height(); ++y)
            for (int x = 0; x < plain.width(); ++x)
                blue += QColor(plain.pixel(x, y)).blue() > 200 && QColor(plain.pixel(x, y)).red() < 120;
        QVERIFY2(blue > chart.plotWidth() / 2, QByteArray::number(blue)); // the line, across the plot

        QWidget *plot = chart.findChild<QWidget *>(QStringLiteral("plot"));
        QVERIFY(plot);
        QTest::mouseMove(plot, QPoint(plot->width() / 2, plot->height() / 2));
        QVERIFY(png() != plain); // crosshair and its label drawn
        QEvent leave(QEvent::Leave);
        QCoreApplication::sendEvent(plot, &leave);
        QCOMPARE(png(), plain);
    }

    /// A short chart with many lines keeps its plot: the legend takes the rows that leave the plot
    /// three lines of text and counts the rest ("+N more"); a tall one names every line.
    void shortChartKeepsItsPlot()
    {
        MetricStore store;
        TimeSeriesChart chart;
        const QStringList names{QStringLiteral("Source: orders"),
                                QStringLiteral("bp-slow-map -> Filter -> Map"),
                                QStringLiteral("bp-slow-map -> bp-sink: Writer -> bp-sink: Committer"),
                                QStringLiteral("enrich"), QStringLiteral("window totals")};
        for (int i = 0; i < names.size(); ++i) {
            const QString key = QStringLiteral("flink/demo/vertex/%1/backpressure").arg(i);
            store.append(key, Start, 0.1 * i);
            chart.setSeries(key, names[i], QColor::fromHsv(60 * i, 255, 200));
        }
        chart.setVisibleRange(Start - 60'000, Start + 1000);
        chart.resize(300, 180);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.updateFromStore(store);
        QCoreApplication::processEvents();
        const int line = chart.fontMetrics().height();
        QVERIFY2(chart.plotHeight() >= 3 * line, qPrintable(QString::number(chart.plotHeight())));
        const int shortPlot = chart.plotHeight();

        chart.resize(300, 600);
        QCoreApplication::processEvents();
        chart.updateFromStore(store);
        QCoreApplication::processEvents();
        // Tall: all five names, so the legend is taller than on the short chart by at least a row.
        QVERIFY(chart.plotHeight() > shortPlot);
        QVERIFY2(chart.plotHeight() <= 600 - 5 * line / 2 - 2 * line,
                 qPrintable(QString::number(chart.plotHeight())));
    }

    /// A narrow chart drops the resolution note instead of drawing it under the buttons; the range
    /// box's tooltip still says it, and a wide chart shows it.
    void narrowHeaderDropsTheResolutionNote()
    {
        MetricStore store;
        fill(store, Lag, 300);
        TimeSeriesChart chart;
        chart.setSeries(Lag, QStringLiteral("billing lag"), Qt::blue);
        chart.setYesterdayAvailable(true);
        chart.resize(700, 250);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.updateFromStore(store);
        QLabel *note = nullptr;
        for (QLabel *label : chart.findChildren<QLabel *>()) {
            if (!label->text().isEmpty())
                note = label;
        }
        QVERIFY(note);
        QVERIFY(note->isVisible());
        QCoreApplication::processEvents(); // the bar's layout after the note's new text
        // Shown whole, not squeezed to nothing by the stretch behind it.
        QVERIFY2(note->width() >= note->sizeHint().width(), qPrintable(QString::number(note->width())));
        const QString resolution = note->text();
        QComboBox *range = chart.findChild<QComboBox *>();
        QVERIFY(range && range->toolTip().contains(resolution));
        chart.resize(280, 250);
        QCoreApplication::processEvents();
        QVERIFY(!note->isVisible());
        // Nothing in the bar overlaps another control.
        QList<QRect> boxes;
        for (QWidget *w : chart.findChildren<QWidget *>()) {
            if (w->isVisible() && w->parentWidget() == &chart && w->objectName() != QLatin1String("plot"))
                boxes << w->geometry();
        }
        for (int i = 0; i < boxes.size(); ++i) {
            for (int j = i + 1; j < boxes.size(); ++j)
                QVERIFY2(!boxes[i].intersects(boxes[j]), "header controls overlap");
        }
        chart.resize(700, 250);
        QCoreApplication::processEvents();
        QVERIFY(note->isVisible());
    }

    /// A window without data says so in the plot, instead of an axis of 0 to 1 that reads like a
    /// measurement; once data arrives the note goes.
    void emptyWindowSaysNoData()
    {
        MetricStore store;
        TimeSeriesChart chart;
        QCOMPARE(chart.noDataText(), QStringLiteral("Nothing selected"));
        chart.setSeries(Lag, QStringLiteral("billing lag"), QColor(0, 0, 255));
        QCOMPARE(chart.noDataText(), QStringLiteral("No data in this range"));
        chart.setRangePreset(TimeSeriesChart::RangePreset::FiveMinutes);
        chart.resize(400, 250);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.updateFromStore(store);
        QVERIFY(!chart.hasVisibleData());
        // The note is drawn: the same chart with the note's colour made the background's paints
        // something else.
        auto png = [&chart] {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            chart.exportPng(&buffer);
            return QImage::fromData(buffer.data(), "PNG").convertToFormat(QImage::Format_RGB32);
        };
        const QImage withNote = png();
        QPalette invisible = chart.palette();
        invisible.setColor(QPalette::PlaceholderText, invisible.color(QPalette::Base));
        chart.setPalette(invisible);
        QVERIFY(png() != withNote);
        fill(store, Lag, 300, -1, QDateTime::currentMSecsSinceEpoch() - 300'000);
        chart.updateFromStore(store);
        QVERIFY(chart.hasVisibleData());
    }

    void crosshairShowsTimeAndValues()
    {
        MetricStore store;
        store.append(Lag, Start, 10);
        store.append(Lag, Start + 1000, 20);
        TimeSeriesChart chart;
        chart.setSeries(Lag, QStringLiteral("billing lag"), Qt::blue);
        chart.setSeries(Rate, QStringLiteral("orders/s"), Qt::darkGreen);
        chart.setVisibleRange(Start, Start + 5000);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.updateFromStore(store);
        const QString text = chart.crosshairText(Start + 1500);
        QVERIFY2(text.contains(QStringLiteral("billing lag: 20")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("orders/s: no data")), qPrintable(text));
        QVERIFY2(chart.crosshairText(Start + 500).contains(QStringLiteral("billing lag: 10")), "");
    }

    /// The Qt Charts engine (measured against ours in docs/BENCHMARKS.md) draws the same thinned
    /// lines, and the PNG export takes its picture.
    void qtChartsEngineDrawsTheLines()
    {
        MetricStore store;
        fill(store, Lag, 900, 890);
        TimeSeriesChart chart;
        chart.setSeries(Lag, QStringLiteral("billing lag"), QColor(0, 0, 255));
        chart.setEngine(TimeSeriesChart::Engine::QtCharts);
        QCOMPARE(chart.engine(), TimeSeriesChart::Engine::QtCharts);
        chart.resize(500, 300);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.updateFromStore(store);
        chart.updateFromStore(store); // the plot area is known once Qt Charts laid out
        const QList<QPointF> points = chart.visiblePoints(Lag);
        QVERIFY2(chart.plotWidth() > 200 && chart.plotWidth() < 500, QByteArray::number(chart.plotWidth()));
        QVERIFY(points.size() <= 2 * chart.plotWidth());
        QCOMPARE(maxY(points), 5000.0);
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(chart.exportPng(&buffer));
        const QImage image = QImage::fromData(buffer.data(), "PNG").convertToFormat(QImage::Format_RGB32);
        int blue = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                blue += QColor(image.pixel(x, y)).blue() > 200 && QColor(image.pixel(x, y)).red() < 120;
        QVERIFY2(blue > chart.plotWidth() / 2, QByteArray::number(blue));
        // And back: our plot again.
        chart.setEngine(TimeSeriesChart::Engine::Painter);
        chart.updateFromStore(store);
        QVERIFY(chart.findChild<QWidget *>(QStringLiteral("plot"))->isVisible());
    }

    void presetsCoverFiveMinutesToSevenDays()
    {
        QCOMPARE(TimeSeriesChart::presetDurationMs(TimeSeriesChart::RangePreset::FiveMinutes), 300'000);
        QCOMPARE(TimeSeriesChart::presetDurationMs(TimeSeriesChart::RangePreset::SevenDays), 604'800'000);
        TimeSeriesChart chart;
        chart.setVisibleRange(0, 1000);
        chart.setRangePreset(TimeSeriesChart::RangePreset::SixHours);
        QVERIFY(chart.isFollowing());
        QCOMPARE(chart.rangePreset(), TimeSeriesChart::RangePreset::SixHours);
    }

    void sparklinePaintsALineWithGaps()
    {
        QImage image(100, 20, QImage::Format_ARGB32);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            const double nan = std::nan("");
            SparklineDelegate::paintSparkline(&painter, QRectF(0, 0, 100, 20),
                                              {1, 2, 3, 4, 5, nan, nan, nan, nan, nan, 5, 4, 3, 2, 1},
                                              QColor(Qt::red));
        }
        auto redIn = [&image](int x0, int x1) {
            for (int x = x0; x < x1; ++x)
                for (int y = 0; y < image.height(); ++y)
                    if (QColor(image.pixel(x, y)).red() > 200 && QColor(image.pixel(x, y)).green() < 100)
                        return true;
            return false;
        };
        QVERIFY(redIn(0, 25));
        QVERIFY(!redIn(35, 65)); // the gap
        QVERIFY(redIn(75, 100));
        QCOMPARE(SparklineDelegate::valuesOf(QVariantList{1, 2.5, QStringLiteral("x")}).size(), 3);
        QCOMPARE(SparklineDelegate::valuesOf(QVariant::fromValue(QList<double>{1, 2})),
                 (QList<double>{1, 2}));
    }
};

QTEST_MAIN(TestTimeSeriesChart)
#include "tst_timeserieschart.moc"
