// GUI frame benchmark (issue #5): 50 live TimeSeriesCharts fed from a MetricStore holding one hour
// of 1 s history for 5,000 partitions' worth of series. Measures the time per frame to update
// every visible chart (query, thin, axes) and to paint them, offscreen (the paint events are counted
// to show every chart was painted in the frame), and the resident memory after the hour of history. Not a
// test: run it by hand (see docs/BENCHMARKS.md).
//
// Series recorded every second (what a 1 s poll of 5,000 partitions would feed the store):
//   kafka/bench/topic/tNNN/partition/P/lag   one per partition (topics x partitions per topic)
//   kafka/bench/topic/tNNN/lag               the topic's total lag (sum of its partitions)
// Chart i shows topic i's total and its first three partitions: 4 lines, 200 lines per frame.
//
// --engines painter,qtcharts runs the same frames with each engine of TimeSeriesChart (its own
// QPainter plot, Qt Charts) in the same run over the same store; --opengl turns on Qt Charts' OpenGL
// series (it needs a GL context: none on the offscreen platform; try xvfb-run with -platform xcb).

#include "BenchTools.h"
#include "MetricStore.h"
#include "TimeSeriesChart.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QGridLayout>
#include <QRandomGenerator>
#include <QTextStream>
#include <QWidget>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

using namespace Tidewatch;
using BenchTools::percentile;
using BenchTools::rssMiB;

namespace {

QString partitionKey(int topic, int partition)
{
    return QStringLiteral("kafka/bench/topic/t%1/partition/%2/lag")
        .arg(topic, 3, 10, QLatin1Char('0'))
        .arg(partition);
}

QString topicKey(int topic)
{
    return QStringLiteral("kafka/bench/topic/t%1/lag").arg(topic, 3, 10, QLatin1Char('0'));
}

// Consumer lag that wanders, with a rare burst, per partition: deterministic for a given seed.
struct Simulation
{
    int topics;
    int partitionsPerTopic;
    QList<double> lag;
    QRandomGenerator random{42};

    void step(MetricStore &store, qint64 timeMs)
    {
        for (int t = 0; t < topics; ++t) {
            double total = 0;
            for (int p = 0; p < partitionsPerTopic; ++p) {
                double &l = lag[t * partitionsPerTopic + p];
                l = std::max(0.0, l + random.bounded(200.0) - 100.0);
                if (random.bounded(10000) == 0)
                    l += 50000; // a stuck consumer: the spike charts must keep
                store.append(partitionKey(t, p), timeMs, l);
                total += l;
            }
            store.append(topicKey(t), timeMs, total);
        }
    }
};

// Counts paint events reaching the charts' plot widgets, so the figures show that "update+paint"
// really painted every chart in the frame it measured.
class PaintCounter : public QObject
{
public:
    int count = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched->objectName() == QLatin1String("plot"))
            ++count;
        return false;
    }
};

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Time per frame of 50 live charts over an hour of history."));
    parser.addHelpOption();
    const QCommandLineOption topicsOption(QStringLiteral("topics"), QStringLiteral("Topics (default 500)."),
                                          QStringLiteral("n"), QStringLiteral("500"));
    const QCommandLineOption partitionsOption(QStringLiteral("partitions-per-topic"),
                                              QStringLiteral("Partitions per topic (default 10)."),
                                              QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption chartsOption(QStringLiteral("charts"), QStringLiteral("Charts (default 50)."),
                                          QStringLiteral("n"), QStringLiteral("50"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
                                           QStringLiteral("Seconds of history (default 3600)."),
                                           QStringLiteral("n"), QStringLiteral("3600"));
    const QCommandLineOption framesOption(QStringLiteral("frames"),
                                          QStringLiteral("Frames per range (default 100)."),
                                          QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption enginesOption(QStringLiteral("engines"),
                                           QStringLiteral("Chart engines, comma-separated (default "
                                                          "painter,qtcharts)."),
                                           QStringLiteral("list"), QStringLiteral("painter,qtcharts"));
    const QCommandLineOption openGlOption(QStringLiteral("opengl"),
                                          QStringLiteral("Qt Charts engine: OpenGL series (needs GL)."));
    parser.addOptions({topicsOption, partitionsOption, chartsOption, secondsOption, framesOption,
                       enginesOption, openGlOption});
    parser.process(app);
    const int topics = parser.value(topicsOption).toInt();
    const int perTopic = parser.value(partitionsOption).toInt();
    const int charts = std::min(parser.value(chartsOption).toInt(), topics);
    const int seconds = parser.value(secondsOption).toInt();
    const int frames = parser.value(framesOption).toInt();
    const QStringList engines = parser.value(enginesOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const bool openGl = parser.isSet(openGlOption);

    QTextStream out(stdout);
    const double rssStart = rssMiB();
    MetricStoreConfig config;
    config.maxSeries = topics * (perTopic + 1) + 100;
    MetricStore store(config);
    Simulation sim{topics, perTopic, QList<double>(topics * perTopic, 1000.0)};
    const qint64 start = 1'700'000'000'000;
    qint64 now = start;
    QElapsedTimer timer;
    timer.start();
    for (int s = 0; s < seconds; ++s, now += 1000)
        sim.step(store, now);
    const double fillS = double(timer.elapsed()) / 1000.0;
    const double rssHistory = rssMiB();
    out << "series: " << store.seriesCount() << " (" << topics * perTopic << " partitions + " << topics
        << " topic totals), " << seconds << " s of 1 s history, recorded in " << fillS << " s\n"
        << "VmRSS: " << rssStart << " MiB at start, " << rssHistory
        << " MiB after the history; store reports " << double(store.memoryBytes()) / (1024.0 * 1024.0)
        << " MiB (" << double(store.memoryBytes()) / store.seriesCount() / 1024.0 << " KiB per series)\n";
    out.flush();

    QWidget window;
    auto *grid = new QGridLayout(&window);
    QList<TimeSeriesChart *> chartList;
    const QColor colours[] = {Qt::darkBlue, Qt::darkRed, Qt::darkGreen, Qt::darkMagenta};
    for (int i = 0; i < charts; ++i) {
        auto *chart = new TimeSeriesChart(&window);
        chart->setSeries(topicKey(i), QStringLiteral("t%1 total").arg(i), colours[0]);
        for (int p = 0; p < std::min(3, perTopic); ++p)
            chart->setSeries(partitionKey(i, p), QStringLiteral("t%1/%2").arg(i).arg(p), colours[p + 1]);
        chart->setMinimumSize(360, 220);
        grid->addWidget(chart, i / 5, i % 5);
        chartList.append(chart);
    }
    window.resize(5 * 370, (charts + 4) / 5 * 230);
    PaintCounter paints;
    // Every widget: the counter only counts those named "plot" (our plot, Qt Charts' viewport).
    app.installEventFilter(&paints);
    window.show();
    app.processEvents();

    out << "\n"
        << charts << " charts of " << window.width() / 5 << " x " << window.height() / ((charts + 4) / 5)
        << " px, 4 lines each; one frame = one new second recorded, then every chart updated and painted\n";
    out << "engine | range  | points/line | update median ms | update p99 ms | update+paint median ms | "
           "update+paint "
           "p99 ms"
           " | record ms | plots painted per frame (min)\n";
    const TimeSeriesChart::RangePreset presets[] = {
        TimeSeriesChart::RangePreset::FiveMinutes, TimeSeriesChart::RangePreset::FifteenMinutes,
        TimeSeriesChart::RangePreset::OneHour, TimeSeriesChart::RangePreset::SixHours};
    for (const QString &engineName : engines) {
        const auto engine = engineName == QLatin1String("qtcharts") ? TimeSeriesChart::Engine::QtCharts
                                                                    : TimeSeriesChart::Engine::Painter;
        for (TimeSeriesChart *chart : std::as_const(chartList)) {
            chart->setUseOpenGL(openGl);
            chart->setEngine(engine);
        }
        app.processEvents();
        for (TimeSeriesChart::RangePreset preset : presets) {
            for (TimeSeriesChart *chart : std::as_const(chartList))
                chart->setRangePreset(preset);
            QList<double> update;
            QList<double> total;
            QList<double> record;
            qsizetype points = 0;
            int minPainted = std::numeric_limits<int>::max();
            for (int f = -3; f < frames; ++f) { // three warm-up frames
                QElapsedTimer t;
                t.start();
                sim.step(store, now);
                const double recordMs = double(t.nsecsElapsed()) / 1e6;
                t.restart();
                for (TimeSeriesChart *chart : std::as_const(chartList))
                    chart->updateFromStore(store, now);
                const double updateMs = double(t.nsecsElapsed()) / 1e6;
                paints.count = 0;
                app.processEvents(); // layout and paint of everything that changed
                const double totalMs = double(t.nsecsElapsed()) / 1e6;
                now += 1000;
                if (f < 0)
                    continue;
                update << updateMs;
                total << totalMs;
                record << recordMs;
                minPainted = std::min(minPainted, paints.count);
                points = chartList.first()->visiblePoints(topicKey(0)).size();
            }
            out << engineName << " | " << qSetFieldWidth(6) << Qt::left << TimeSeriesChart::presetName(preset)
                << qSetFieldWidth(0) << " | " << points << " | " << percentile(update, 0.5) << " | "
                << percentile(update, 0.99) << " | " << percentile(total, 0.5) << " | "
                << percentile(total, 0.99) << " | " << percentile(record, 0.5) << " | " << minPainted << "\n";
            out.flush();
        }
    }
    out << "\nVmRSS at the end: " << rssMiB() << " MiB\n";
    return 0;
}
