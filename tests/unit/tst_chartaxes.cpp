#include "AlertRules.h"
#include "BrokersPage.h"
#include "ChartThresholds.h"
#include "FlinkPage.h"
#include "GroupsPage.h"
#include "MetricStore.h"
#include "TimeSeriesChart.h"
#include "TopicsPage.h"

#include <QImage>
#include <QRegularExpression>
#include <QTest>
#include <memory>

using namespace Tidewatch;

namespace {

const qint64 Start = 1'700'000'000'000;
const QString Key = QStringLiteral("kafka/demo/series");

/// A chart of @p unit over one minute of values rising from 0 to @p top, laid out at 600x300.
struct Charted
{
    Charted(ChartUnit unit, double top, const QString &title = {})
    {
        for (int s = 0; s <= 60; ++s)
            store.append(Key, Start + s * 1000LL, top * s / 60.0);
        chart.setSeries(Key, QStringLiteral("series"), Qt::blue);
        chart.setValueUnit(unit, title);
        chart.resize(600, 300);
        chart.show();
    }
    void update() { chart.updateFromStore(store); }

    MetricStore store;
    TimeSeriesChart chart;
};

/// Pixels of the plot in (about) @p colour.
int pixelsOf(TimeSeriesChart &chart, const QColor &colour)
{
    const QImage image = chart.findChild<QWidget *>(QStringLiteral("plot"))->grab().toImage();
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            count += std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green()) +
                                 std::abs(c.blue() - colour.blue()) <
                             30
                         ? 1
                         : 0;
        }
    }
    return count;
}

} // namespace

/// The charts speak the tables' units, show their time zone, open on one range and draw the alert
/// thresholds of the rules on their series.
class TestChartAxes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void ticksInTheTablesUnit_data()
    {
        QTest::addColumn<ChartUnit>("unit");
        QTest::addColumn<double>("top");
        QTest::addColumn<QString>("tickPattern"); ///< every tick but 0
        QTest::addColumn<QString>("oneTick");

        QTest::newRow("bytes/s up to 400000: KiB/s")
            << ChartUnit::BytesPerSecond << 400000.0 << QStringLiteral("^\\d+ KiB/s$")
            << QStringLiteral("100 KiB/s");
        QTest::newRow("bytes/s up to 30 M: MiB/s")
            << ChartUnit::BytesPerSecond << 30e6 << QStringLiteral("^\\d+ MiB/s$")
            << QStringLiteral("10 MiB/s");
        QTest::newRow("bytes up to 5 M: MiB")
            << ChartUnit::Bytes << 5e6 << QStringLiteral("^\\d+ MiB$") << QStringLiteral("2 MiB");
        QTest::newRow("bytes up to 3 G: GiB")
            << ChartUnit::Bytes << 3.2e9 << QStringLiteral("^[\\d.]+ GiB$") << QStringLiteral("1 GiB");
        QTest::newRow("ms up to 800: ms")
            << ChartUnit::Milliseconds << 800.0 << QStringLiteral("^\\d+ ms$") << QStringLiteral("200 ms");
        QTest::newRow("ms up to 45000: s")
            << ChartUnit::Milliseconds << 45000.0 << QStringLiteral("^\\d+ s$") << QStringLiteral("10 s");
        QTest::newRow("seconds up to 90: s")
            << ChartUnit::Seconds << 90.0 << QStringLiteral("^\\d+ s$") << QStringLiteral("20 s");
        QTest::newRow("seconds up to 900: min")
            << ChartUnit::Seconds << 900.0 << QStringLiteral("^\\d+ min$") << QStringLiteral("10 min");
        QTest::newRow("counts up to 8000: k")
            << ChartUnit::Count << 8000.0 << QStringLiteral("^\\d+ k$") << QStringLiteral("2 k");
        QTest::newRow("counts up to 3 M: M")
            << ChartUnit::Count << 3e6 << QStringLiteral("^[\\d.]+ M$") << QStringLiteral("1 M");
        QTest::newRow("counts up to 500: plain")
            << ChartUnit::Count << 500.0 << QStringLiteral("^\\d+$") << QStringLiteral("200");
    }
    void ticksInTheTablesUnit()
    {
        QFETCH(ChartUnit, unit);
        QFETCH(double, top);
        QFETCH(QString, tickPattern);
        QFETCH(QString, oneTick);
        Charted c(unit, top);
        c.update();
        const QStringList ticks = c.chart.valueTickLabels();
        QVERIFY2(ticks.size() >= 3, qPrintable(ticks.join(QLatin1Char('|'))));
        QCOMPARE(ticks.first(), QStringLiteral("0"));
        const QRegularExpression pattern(tickPattern);
        for (const QString &tick : ticks.mid(1))
            QVERIFY2(pattern.match(tick).hasMatch(), qPrintable(ticks.join(QLatin1Char('|'))));
        QVERIFY2(ticks.contains(oneTick), qPrintable(ticks.join(QLatin1Char('|'))));
    }

    /// An empty chart of bytes or milliseconds has whole-unit ticks, not "0.5 B".
    void emptyChartHasWholeUnits_data()
    {
        QTest::addColumn<ChartUnit>("unit");
        QTest::addColumn<QStringList>("ticks");
        QTest::newRow("bytes") << ChartUnit::Bytes << QStringList{QStringLiteral("0"), QStringLiteral("1 B")};
        QTest::newRow("ms") << ChartUnit::Milliseconds
                            << QStringList{QStringLiteral("0"), QStringLiteral("1 ms")};
    }
    void emptyChartHasWholeUnits()
    {
        QFETCH(ChartUnit, unit);
        QFETCH(QStringList, ticks);
        MetricStore store;
        TimeSeriesChart chart;
        chart.setSeries(Key, QStringLiteral("series"), Qt::blue);
        chart.setValueUnit(unit);
        chart.resize(600, 300);
        chart.show();
        chart.updateFromStore(store, Start);
        QCOMPARE(chart.valueTickLabels(), ticks);
    }

    /// A flat non-negative series (an idle broker's 0.4 ms round trip) gets room above it, never an
    /// axis below zero; a flat negative one keeps room on both sides.
    void flatSeriesNeverGoesBelowZero_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("lowest");
        QTest::newRow("0.4 ms") << 0.4 << QStringLiteral("0");
        QTest::newRow("0 ms") << 0.0 << QStringLiteral("0");
        QTest::newRow("250 ms: room on both sides, above zero") << 250.0 << QStringLiteral("220 ms");
        QTest::newRow("-3 ms") << -3.0 << QStringLiteral("-4 ms");
    }
    void flatSeriesNeverGoesBelowZero()
    {
        QFETCH(double, value);
        QFETCH(QString, lowest);
        MetricStore store;
        for (int s = 0; s <= 60; ++s)
            store.append(Key, Start + s * 1000LL, value);
        TimeSeriesChart chart;
        chart.setSeries(Key, QStringLiteral("series"), Qt::blue);
        chart.setValueUnit(ChartUnit::Milliseconds);
        chart.resize(600, 300);
        chart.show();
        chart.updateFromStore(store, Start + 60'000);
        const QStringList ticks = chart.valueTickLabels();
        QVERIFY2(ticks.size() >= 2, qPrintable(ticks.join(QLatin1Char('|'))));
        QCOMPARE(ticks.first(), lowest);
        for (const QString &tick : ticks)
            QVERIFY2(value < 0 || !tick.startsWith(QLatin1Char('-')),
                     qPrintable(ticks.join(QLatin1Char('|'))));
    }

    void axisTitleNamesTheUnit_data()
    {
        QTest::addColumn<ChartUnit>("unit");
        QTest::addColumn<double>("top");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bytes in") << ChartUnit::BytesPerSecond << 400000.0 << QStringLiteral("Bytes in")
                                  << QStringLiteral("Bytes in (KiB/s)");
        QTest::newRow("checkpoint duration")
            << ChartUnit::Milliseconds << 45000.0 << QStringLiteral("Checkpoint duration")
            << QStringLiteral("Checkpoint duration (s)");
        QTest::newRow("lag: the k is on the ticks")
            << ChartUnit::Count << 12000.0 << QStringLiteral("Lag (messages)")
            << QStringLiteral("Lag (messages)");
        QTest::newRow("no title: the unit's name")
            << ChartUnit::Bytes << 5e6 << QString() << QStringLiteral("bytes (MiB)");
    }
    void axisTitleNamesTheUnit()
    {
        QFETCH(ChartUnit, unit);
        QFETCH(double, top);
        QFETCH(QString, title);
        QFETCH(QString, expected);
        Charted c(unit, top, title);
        c.update();
        QCOMPARE(c.chart.axisTitle(), expected);
    }

    /// The crosshair names the zone of its time and gives values as the tables do.
    void crosshairHasZoneAndUnit()
    {
        Charted c(ChartUnit::BytesPerSecond, 400000.0);
        c.update();
        const QString text = c.chart.crosshairText(Start + 60'000);
        const QString zone = QDateTime::fromMSecsSinceEpoch(Start + 60'000).timeZoneAbbreviation();
        QVERIFY(!zone.isEmpty());
        QVERIFY2(text.section(QLatin1Char('\n'), 0, 0).endsWith(QLatin1Char(' ') + zone), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("series: 391 KiB/s")), qPrintable(text));
        QCOMPARE(c.chart.timeZoneText(), zone);
    }

    void thresholdsOfTheRules_data()
    {
        QTest::addColumn<QString>("metric");
        QTest::addColumn<QString>("labelName");
        QTest::addColumn<QString>("labelValue");
        QTest::addColumn<ChartUnit>("unit");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("group time lag: KafkaConsumerGroupTimeLagHigh")
            << QStringLiteral("tidewatch_kafka_consumergroup_max_time_lag_seconds")
            << QStringLiteral("consumergroup") << QStringLiteral("tw-keeps-up") << ChartUnit::Seconds
            << QStringList{QStringLiteral("300|KafkaConsumerGroupTimeLagHigh > 5 m 0 s")};
        QTest::newRow("watermark lag: FlinkWatermarkLagHigh")
            << QStringLiteral("tidewatch_flink_job_max_watermark_lag_seconds") << QStringLiteral("job_id")
            << QStringLiteral("abc") << ChartUnit::Seconds
            << QStringList{QStringLiteral("600|FlinkWatermarkLagHigh > 10 m 0 s")};
        QTest::newRow("lag in messages: no built-in rule")
            << QStringLiteral("tidewatch_kafka_consumergroup_lag") << QStringLiteral("consumergroup")
            << QStringLiteral("tw-keeps-up") << ChartUnit::Count << QStringList{};
        QTest::newRow("broker up: an equality rule has no line")
            << QStringLiteral("tidewatch_kafka_broker_up") << QStringLiteral("broker") << QStringLiteral("1")
            << ChartUnit::Plain << QStringList{};
        QTest::newRow("own rule on orders groups: applies to orders-eu")
            << QStringLiteral("tidewatch_kafka_consumergroup_lag") << QStringLiteral("consumergroup")
            << QStringLiteral("orders-eu") << ChartUnit::Count
            << QStringList{QStringLiteral("5000|OrdersLagHigh > 5.0 k")};
    }
    void thresholdsOfTheRules()
    {
        QFETCH(QString, metric);
        QFETCH(QString, labelName);
        QFETCH(QString, labelValue);
        QFETCH(ChartUnit, unit);
        QFETCH(QStringList, expected);
        QList<AlertRule> rules = AlertRules::defaults();
        for (const AlertRule &rule : std::as_const(rules)) {
            if (rule.name == QLatin1String("KafkaConsumerGroupTimeLagHigh") ||
                rule.name == QLatin1String("FlinkWatermarkLagHigh"))
                QVERIFY(rule.enabled);
        }
        AlertRule own;
        own.name = QStringLiteral("OrdersLagHigh");
        own.metric = QStringLiteral("tidewatch_kafka_consumergroup_lag");
        own.matchers = {
            LabelMatcher{QStringLiteral("consumergroup"), QStringLiteral("orders.*"), true, false}};
        own.threshold = 5000;
        own.severity = QStringLiteral("warning");
        rules << own;
        AlertRule disabled = own;
        disabled.name = QStringLiteral("Disabled");
        disabled.enabled = false;
        rules << disabled;
        QStringList got;
        for (const ChartThreshold &t : ChartThresholds::forSeries(rules, metric, QStringLiteral("local"),
                                                                  {{labelName, labelValue}}, unit))
            got << QString::number(t.value) + QLatin1Char('|') + t.label;
        QCOMPARE(got, expected);
    }

    /// A threshold is drawn as a line in the rule's colour (amber for a warning), inside the value
    /// axis even far above the data; without one there is nothing of that colour.
    void thresholdLineIsDrawn()
    {
        const QColor amber(0xfb, 0x8c, 0x00);
        Charted c(ChartUnit::Seconds, 100.0);
        c.update();
        QVERIFY(QTest::qWaitForWindowExposed(&c.chart));
        QCOMPARE(pixelsOf(c.chart, amber), 0);
        c.chart.setThresholds(
            {ChartThreshold{300, QStringLiteral("TimeLagHigh > 5 m 0 s"), QStringLiteral("warning")}});
        c.update();
        QVERIFY2(pixelsOf(c.chart, amber) > 100, QByteArray::number(pixelsOf(c.chart, amber)));
    }

    /// The groups page puts the rules' thresholds on the selected group's time-lag chart.
    void groupsPageDrawsTheTimeLagRule()
    {
        GroupsPage page;
        page.setAlertRules(AlertRules::defaults());
        KafkaSnapshot snapshot;
        snapshot.clusterName = QStringLiteral("local");
        ConsumerGroupInfo group;
        group.groupId = QStringLiteral("tw-falls-behind");
        snapshot.groups = {group};
        page.applyKafka(snapshot, 10'000);
        TimeSeriesChart *timeLag = nullptr;
        for (TimeSeriesChart *chart : page.findChildren<TimeSeriesChart *>()) {
            if (chart->valueUnit() == ChartUnit::Seconds)
                timeLag = chart;
        }
        QVERIFY(timeLag);
        QCOMPARE(timeLag->thresholds().size(), 1);
        QCOMPARE(timeLag->thresholds().first().value, 300.0);
    }

    /// Every page's charts open on the same range; the count per page says no chart was missed.
    void onePageRangeEverywhere_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<int>("charts");
        // Groups: lag and time lag. Flink: watermark lag, state size, checkpoint duration, back
        // pressure per vertex. Brokers: bytes in, bytes out, request latency. Topics: messages/s.
        QTest::newRow("groups") << QStringLiteral("groups") << 2;
        QTest::newRow("flink") << QStringLiteral("flink") << 4;
        QTest::newRow("brokers") << QStringLiteral("brokers") << 3;
        QTest::newRow("topics") << QStringLiteral("topics") << 1;
    }

    void onePageRangeEverywhere()
    {
        QFETCH(QString, page);
        QFETCH(int, charts);
        std::unique_ptr<QWidget> widget;
        if (page == QLatin1String("groups"))
            widget = std::make_unique<GroupsPage>();
        else if (page == QLatin1String("flink"))
            widget = std::make_unique<FlinkPage>();
        else if (page == QLatin1String("brokers"))
            widget = std::make_unique<BrokersPage>();
        else
            widget = std::make_unique<TopicsPage>();
        const QList<TimeSeriesChart *> found = widget->findChildren<TimeSeriesChart *>();
        for (const TimeSeriesChart *chart : found)
            QCOMPARE(chart->rangePreset(), TimeSeriesChart::DefaultRange);
        QCOMPARE(found.size(), charts);
        QCOMPARE(TimeSeriesChart::presetDurationMs(TimeSeriesChart::DefaultRange), 15 * 60 * 1000LL);
    }
};

QTEST_MAIN(TestChartAxes)
#include "tst_chartaxes.moc"
