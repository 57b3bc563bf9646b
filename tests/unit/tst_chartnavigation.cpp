// Time navigation on TimeSeriesChart, driven with the mouse as an operator would: zoom by drag and
// wheel, pan, back to live, the history tier picked per range, the crosshair's values and the
// "same time yesterday" overlay. Also a 24-hour lag chart after a restart (history written to and
// read back from a real HistoryStore file); with TIDEWATCH_CHART_PICTURES=DIR the pictures of it
// and of the overlay are written there (docs/screenshots/charts/).

#include "HistoryStore.h"
#include "MetricStore.h"
#include "TimeSeriesChart.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QWheelEvent>

#include <cmath>
#include <numbers>

using namespace Tidewatch;

namespace {

constexpr qint64 Second = 1000;
constexpr qint64 Minute = 60 * Second;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;
// A Tuesday, 14:00 UTC: "now" of the tests.
const qint64 Now = 1'700'488'800'000;
const QString Lag = QStringLiteral("kafka/demo/group/billing/lag");
const QString Rate = QStringLiteral("kafka/demo/topic/orders/messages");

QWidget *plotOf(TimeSeriesChart &chart)
{
    return chart.findChild<QWidget *>(QStringLiteral("plot"));
}

QToolButton *buttonOf(TimeSeriesChart &chart, const QString &text)
{
    for (QToolButton *button : chart.findChildren<QToolButton *>()) {
        if (button->text() == text)
            return button;
    }
    return nullptr;
}

/// Samples every @p stepMs from @p fromMs up to and including @p toMs of value(t).
template<typename Value>
void fill(MetricStore &store, const QString &key, qint64 fromMs, qint64 toMs, qint64 stepMs, Value value)
{
    for (qint64 t = fromMs; t <= toMs; t += stepMs)
        store.append(key, t, value(t));
}

void wheel(QWidget *widget, QPoint at, int angleY, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWheelEvent event(QPointF(at), widget->mapToGlobal(QPointF(at)), QPoint(), QPoint(0, angleY),
                      Qt::NoButton, modifiers, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(widget, &event);
}

double maxOf(const QList<QPointF> &points, double *atX = nullptr)
{
    double best = -1e300;
    for (const QPointF &p : points) {
        if (!std::isnan(p.y()) && p.y() > best) {
            best = p.y();
            if (atX)
                *atX = p.x();
        }
    }
    return best;
}

/// A chart of 600 x 300 shown, on an hour of 1 s lag up to Now.
struct HourChart
{
    HourChart()
    {
        fill(store, Lag, Now - Hour, Now, Second, [](qint64 t) { return double((t / Second) % 600); });
        chart.setSeries(Lag, QStringLiteral("billing lag"), Qt::blue);
        chart.setRangePreset(TimeSeriesChart::RangePreset::OneHour);
        chart.resize(600, 300);
        chart.show();
    }
    MetricStore store;
    TimeSeriesChart chart;
};

} // namespace

class TestChartNavigation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dragZoomsToTheDraggedRange()
    {
        HourChart c;
        QVERIFY(QTest::qWaitForWindowExposed(&c.chart));
        c.chart.updateFromStore(c.store);
        QVERIFY(c.chart.isFollowing());
        QWidget *plot = plotOf(c.chart);
        const qint64 from = Now - 40 * Minute;
        const qint64 to = Now - 20 * Minute;
        const QPoint a(int(std::lround(c.chart.xAt(from))), plot->height() / 2);
        const QPoint b(int(std::lround(c.chart.xAt(to))), plot->height() / 2);
        const qint64 pixelMs = Hour / c.chart.plotWidth() + 1;
        QTest::mousePress(plot, Qt::LeftButton, Qt::NoModifier, a);
        QTest::mouseMove(plot, b);
        QTest::mouseRelease(plot, Qt::LeftButton, Qt::NoModifier, b);

        QVERIFY(!c.chart.isFollowing());
        QVERIFY2(std::abs(c.chart.visibleFromMs() - from) <= pixelMs,
                 qPrintable(QString::number(c.chart.visibleFromMs() - from)));
        QVERIFY2(std::abs(c.chart.visibleToMs() - to) <= pixelMs,
                 qPrintable(QString::number(c.chart.visibleToMs() - to)));
        // Queried again at once, at the finer resolution of 20 minutes: every point inside.
        const QList<QPointF> points = c.chart.visiblePoints(Lag);
        QVERIFY(points.size() > 100);
        for (const QPointF &p : points)
            QVERIFY(p.x() >= double(c.chart.visibleFromMs()) - 1000 &&
                    p.x() <= double(c.chart.visibleToMs()));
        QVERIFY(buttonOf(c.chart, QStringLiteral("Live"))->isEnabled());

        // A click is not a zoom.
        const qint64 before = c.chart.visibleFromMs();
        QTest::mouseClick(plot, Qt::LeftButton, Qt::NoModifier, a);
        QCOMPARE(c.chart.visibleFromMs(), before);
    }

    void wheelZoomsAroundTheCursor()
    {
        HourChart c;
        QVERIFY(QTest::qWaitForWindowExposed(&c.chart));
        c.chart.updateFromStore(c.store);
        QWidget *plot = plotOf(c.chart);
        const QPoint at(int(std::lround(c.chart.xAt(Now - 15 * Minute))), plot->height() / 2);
        const qint64 under = c.chart.timeAt(at.x());
        wheel(plot, at, 120); // one notch up: in
        QVERIFY(!c.chart.isFollowing());
        QCOMPARE(c.chart.visibleToMs() - c.chart.visibleFromMs(), qint64(std::llround(Hour / 1.25)));
        QVERIFY(std::abs(c.chart.timeAt(at.x()) - under) <= 2 * Second); // stays under the cursor
        wheel(plot, at, -240);                                           // two notches down: out
        QCOMPARE(c.chart.visibleToMs() - c.chart.visibleFromMs(),
                 qint64(std::llround(Hour / 1.25 * 1.25 * 1.25)));
        // Never shorter than MinSpanMs, never longer than MaxSpanMs.
        for (int i = 0; i < 60; ++i)
            wheel(plot, at, 120);
        QCOMPARE(c.chart.visibleToMs() - c.chart.visibleFromMs(), TimeSeriesChart::MinSpanMs);
        for (int i = 0; i < 90; ++i)
            wheel(plot, at, -120);
        QCOMPARE(c.chart.visibleToMs() - c.chart.visibleFromMs(), TimeSeriesChart::MaxSpanMs);
    }

    void shiftDragAndShiftWheelPan()
    {
        HourChart c;
        QVERIFY(QTest::qWaitForWindowExposed(&c.chart));
        c.chart.updateFromStore(c.store);
        QWidget *plot = plotOf(c.chart);
        const qint64 span = c.chart.visibleToMs() - c.chart.visibleFromMs();
        const qint64 from = c.chart.visibleFromMs();
        const int x = plot->width() / 2;
        const qint64 hundredPixels = c.chart.timeAt(x + 100) - c.chart.timeAt(x);
        // Dragging the plot 100 px to the right shows what was 100 px earlier.
        QTest::mousePress(plot, Qt::LeftButton, Qt::ShiftModifier, QPoint(x, 100));
        QTest::mouseMove(plot, QPoint(x + 100, 100));
        QTest::mouseRelease(plot, Qt::LeftButton, Qt::ShiftModifier, QPoint(x + 100, 100));
        QVERIFY(!c.chart.isFollowing());
        QCOMPARE(c.chart.visibleToMs() - c.chart.visibleFromMs(), span);
        QVERIFY(std::abs(c.chart.visibleFromMs() - (from - hundredPixels)) <= 2 * Second);
        // Shift + wheel: a tenth of the window per notch.
        const qint64 panned = c.chart.visibleFromMs();
        wheel(plot, QPoint(x, 100), 120, Qt::ShiftModifier);
        QVERIFY(std::abs(c.chart.visibleFromMs() - (panned - span / 10)) <= 2 * Second);
        QCOMPARE(c.chart.visibleToMs() - c.chart.visibleFromMs(), span);
    }

    void backToLiveWithOneClick()
    {
        HourChart c;
        QVERIFY(QTest::qWaitForWindowExposed(&c.chart));
        c.chart.updateFromStore(c.store);
        QWidget *plot = plotOf(c.chart);
        wheel(plot, QPoint(plot->width() / 3, 100), 360);
        QVERIFY(!c.chart.isFollowing());
        // Data keeps coming; the zoomed view stays where it is.
        fill(c.store, Lag, Now + Second, Now + Minute, Second, [](qint64) { return 5000.0; });
        c.chart.updateFromStore(c.store);
        QVERIFY(c.chart.visibleToMs() < Now);
        QToolButton *live = buttonOf(c.chart, QStringLiteral("Live"));
        QVERIFY(live && live->isEnabled());
        QTest::mouseClick(live, Qt::LeftButton);
        QVERIFY(c.chart.isFollowing());
        QVERIFY(!live->isEnabled());
        QCOMPARE(c.chart.visibleToMs(), Now + Minute);
        QCOMPARE(c.chart.visibleToMs() - c.chart.visibleFromMs(), Hour); // the preset's range again
        QCOMPARE(maxOf(c.chart.visiblePoints(Lag)), 5000.0);             // redrawn at once

        // A double click on the plot does the same.
        wheel(plot, QPoint(plot->width() / 3, 100), 120);
        QVERIFY(!c.chart.isFollowing());
        QTest::mouseDClick(plot, Qt::LeftButton, Qt::NoModifier, QPoint(plot->width() / 2, 100));
        QVERIFY(c.chart.isFollowing());
        QCOMPARE(c.chart.visibleToMs() - c.chart.visibleFromMs(), Hour);
    }

    void tierPickedPerRange_data()
    {
        QTest::addColumn<TimeSeriesChart::RangePreset>("preset");
        QTest::addColumn<int>("level");
        QTest::addColumn<QString>("resolution");
        // 7 days of a sample every 10 s: raw holds the last 50 minutes, 1 s buckets 15 minutes,
        // 10 s buckets 6 hours, 1 min buckets 7 days (MetricHistoryConfig's defaults).
        QTest::newRow("5 min: raw samples")
            << TimeSeriesChart::RangePreset::FiveMinutes << -1 << QStringLiteral("raw samples");
        QTest::newRow("1 h: 10 s buckets")
            << TimeSeriesChart::RangePreset::OneHour << 1 << QStringLiteral("10 s buckets");
        QTest::newRow("24 h: 1 min buckets")
            << TimeSeriesChart::RangePreset::OneDay << 2 << QStringLiteral("1 min buckets");
        QTest::newRow("7 d: 1 min buckets")
            << TimeSeriesChart::RangePreset::SevenDays << 2 << QStringLiteral("1 min buckets");
    }
    void tierPickedPerRange()
    {
        QFETCH(TimeSeriesChart::RangePreset, preset);
        QFETCH(int, level);
        QFETCH(QString, resolution);
        MetricStore store;
        fill(store, Lag, Now - 7 * Day, Now, 10 * Second,
             [](qint64 t) { return double((t / Minute) % 1000); });
        store.append(Lag, Now + Second, 90000); // a spike in the last second: every range shows it
        TimeSeriesChart chart;
        chart.setSeries(Lag, QStringLiteral("billing lag"), Qt::blue);
        chart.setRangePreset(preset);
        chart.resize(700, 300);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.updateFromStore(store);
        QCOMPARE(chart.historyLevel(), level);
        QCOMPARE(chart.resolutionText(), resolution);
        QCOMPARE(chart.visibleToMs() - chart.visibleFromMs(), TimeSeriesChart::presetDurationMs(preset));
        const QList<QPointF> points = chart.visiblePoints(Lag);
        QVERIFY2(points.size() <= 2 * chart.plotWidth(), QByteArray::number(points.size()));
        QVERIFY2(points.size() >= 20, QByteArray::number(points.size()));
        QCOMPARE(maxOf(points), 90000.0);
        // The header says it.
        bool shown = false;
        for (const QLabel *label : chart.findChildren<QLabel *>())
            shown = shown || label->text() == resolution;
        QVERIFY(shown);
    }

    void crosshairShowsEveryValueAndTheTime()
    {
        MetricStore store;
        // Every 10 s: the 6 h range reads 10 s buckets, and samples further apart than 30 s would be
        // drawn (and read by the crosshair) as gaps.
        fill(store, Lag, Now - 2 * Day, Now, 10 * Second,
             [](qint64 t) { return t <= Now - Day ? 7.0 : 40.0; });
        fill(store, Rate, Now - Hour, Now, 10 * Second, [](qint64) { return 1250.0; });
        TimeSeriesChart chart;
        chart.setSeries(Lag, QStringLiteral("billing lag"), Qt::blue);
        chart.setSeries(Rate, QStringLiteral("orders/s"), Qt::darkGreen);
        chart.setValueUnit(ChartUnit::Count);
        chart.setYesterdayAvailable(true);
        chart.setYesterdayShown(true);
        chart.setRangePreset(TimeSeriesChart::RangePreset::SixHours);
        chart.resize(700, 300);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.updateFromStore(store);
        QWidget *plot = plotOf(chart);
        const int x = int(std::lround(chart.xAt(Now - 30 * Minute)));
        QTest::mouseMove(plot, QPoint(x, 100));
        const qint64 at = chart.timeAt(x);
        QVERIFY(std::abs(at - (Now - 30 * Minute)) < Minute);
        const QString text = chart.crosshairText(at);
        const QStringList rows = text.split(QLatin1Char('\n'));
        QCOMPARE(rows.size(), 5); // the time, two series, two overlays
        const QDateTime time = QDateTime::fromMSecsSinceEpoch(at);
        QVERIFY2(rows[0].startsWith(time.toString(QStringLiteral("yyyy-MM-dd HH:mm"))), qPrintable(rows[0]));
        QCOMPARE(rows[1], QStringLiteral("billing lag: 40")); // each line, then its yesterday
        QCOMPARE(rows[2], QStringLiteral("billing lag, yesterday: 7"));
        QCOMPARE(rows[3], QStringLiteral("orders/s: ") + ChartUnits::valueText(ChartUnit::Count, 1250));
        QCOMPARE(rows[4], QStringLiteral("orders/s, yesterday: no data"));
    }

    void yesterdayOverlayIsShiftedBy24Hours()
    {
        MetricStore store;
        const qint64 spike = Now - Day - 40 * Minute; // yesterday, 40 minutes before this time
        fill(store, Rate, Now - 26 * Hour, Now, Minute, [spike](qint64 t) {
            return t == spike ? 5000.0 : t <= Now - Day ? 300.0 : 900.0;
        });
        TimeSeriesChart chart;
        chart.setSeries(Rate, QStringLiteral("orders/s"), Qt::darkGreen);
        chart.setRangePreset(TimeSeriesChart::RangePreset::OneHour);
        chart.setYesterdayAvailable(true);
        chart.resize(700, 300);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.updateFromStore(store);
        QVERIFY(chart.yesterdayPoints(Rate).isEmpty()); // off until asked for
        QToolButton *toggle = buttonOf(chart, QStringLiteral("Yesterday"));
        QVERIFY(toggle && toggle->isVisibleTo(&chart));
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(chart.isYesterdayShown());
        const QList<QPointF> overlay = chart.yesterdayPoints(Rate);
        QVERIFY(overlay.size() > 30);
        double spikeX = 0;
        QCOMPARE(maxOf(overlay, &spikeX), 5000.0);
        QCOMPARE(qint64(spikeX), spike + Day); // exactly 24 h later
        for (const QPointF &p : overlay) {
            QVERIFY(p.x() >= double(chart.visibleFromMs()) - Minute && p.x() <= double(chart.visibleToMs()));
            QVERIFY(std::isnan(p.y()) || p.y() == 300.0 || p.y() == 5000.0);
        }
        QCOMPARE(maxOf(chart.visiblePoints(Rate)), 900.0); // today's line is today's
        QVERIFY(chart.legendTitles().contains(QStringLiteral("orders/s, yesterday")));
        // Drawn: turning it off changes the picture.
        const QImage with = plotOf(chart)->grab().toImage();
        chart.setYesterdayShown(false);
        QVERIFY(chart.yesterdayPoints(Rate).isEmpty());
        QVERIFY(plotOf(chart)->grab().toImage() != with);
    }

    void lagChartAfterARestart()
    {
        // A day and a half of lag recorded by a first run, written to its history file.
        QTemporaryDir dir;
        const qint64 stopped = Now - 40 * Minute;
        MetricStore first;
        fill(first, Lag, Now - 36 * Hour, stopped, 10 * Second, [](qint64 t) {
            const double hourOfDay = double((t / Minute) % (24 * 60)) / 60.0;
            return 2000 + 1500 * std::sin(hourOfDay / 24.0 * 2 * std::numbers::pi) +
                   ((t / Minute) % 97 == 0 ? 4000 : 0);
        });
        QList<HistoryRow> rows;
        const MetricHistory *history = first.history(Lag);
        for (int tier = 0; tier < history->config().tiers.size(); ++tier) {
            for (const NumberedBucket &b : history->tierBuckets(tier))
                rows.append(HistoryRow{Lag, tier, b});
        }
        const QString file = HistoryStore::fileFor(dir.path(), QStringLiteral("demo"));
        {
            HistoryStore store;
            QVERIFY2(store.open(file), qPrintable(store.lastError()));
            QCOMPARE(store.write(rows), HistoryStore::WriteResult::Ok);
        }
        // The restart: a second run reads it back, then records live samples after the pause.
        MetricStore second;
        const qint64 restarted = Now - 10 * Minute;
        {
            HistoryStore store;
            QVERIFY2(store.openReadOnly(file), qPrintable(store.lastError()));
            const StoredSeries stored = store.load(Lag, restarted);
            QVERIFY(second.restore(Lag, stored.tiers));
        }
        fill(second, Lag, restarted, Now, Second,
             [](qint64 t) { return 2600.0 + double((t / Second) % 60); });
        TimeSeriesChart chart;
        chart.setSeries(Lag, QStringLiteral("Lag of billing (messages)"), QColor(0x1e, 0x88, 0xe5));
        chart.setValueUnit(ChartUnit::Count, QStringLiteral("Lag (messages)"));
        chart.setRangePreset(TimeSeriesChart::RangePreset::OneDay);
        chart.setYesterdayAvailable(true);
        chart.resize(900, 360);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.updateFromStore(second);
        QCOMPARE(chart.historyLevel(), 2);
        const QList<QPointF> points = chart.visiblePoints(Lag);
        int before = 0;
        int after = 0;
        bool gapBetween = false;
        for (const QPointF &p : points) {
            if (std::isnan(p.y()))
                gapBetween =
                    gapBetween || (before > 0 && after == 0 && p.x() >= double(stopped - 2 * Minute));
            else if (p.x() <= double(stopped))
                ++before;
            else if (p.x() >= double(restarted))
                ++after;
        }
        QVERIFY2(before > 500, QByteArray::number(before)); // 23 h from the file
        QVERIFY2(after >= 5, QByteArray::number(after));
        QVERIFY(gapBetween); // the half hour the dashboard was closed
        savePicture(chart, QStringLiteral("lag-24h-after-restart.png"));

        chart.setYesterdayShown(true);
        QVERIFY(!chart.yesterdayPoints(Lag).isEmpty());
        savePicture(chart, QStringLiteral("lag-24h-yesterday-overlay.png"));
        chart.setRangePreset(TimeSeriesChart::RangePreset::SixHours);
        chart.updateFromStore(second);
        QTest::mouseMove(plotOf(chart), QPoint(int(chart.xAt(Now - 3 * Hour)), 120));
        savePicture(chart, QStringLiteral("lag-6h-yesterday-crosshair.png"));
    }

private:
    static void savePicture(TimeSeriesChart &chart, const QString &name)
    {
        const QString dir = qEnvironmentVariable("TIDEWATCH_CHART_PICTURES");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QCoreApplication::processEvents(); // the header's layout follows its new resolution text
        QVERIFY(chart.grab().save(QDir(dir).filePath(name)));
    }
};

QTEST_MAIN(TestChartNavigation)
#include "tst_chartnavigation.moc"
