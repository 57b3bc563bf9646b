// Parsers of outside input hold up against hostile shapes (docs/RELIABILITY.md): JSON nested far
// deeper than any real answer is refused with an error instead of overflowing the stack; numbers out
// of range, NaN and extreme watermarks stay unknown instead of wrapping or invoking undefined
// behaviour (the asan preset checks float-to-int casts); inputs with tens of thousands of labels or
// metric ids are read in linear-ish time (asserted by their results; timings are in BENCHMARKS.md).
#include "BrokerMetrics.h"
#include "FlinkParsers.h"
#include "JsonDepth.h"
#include "NumberRange.h"
#include "PrometheusTextParser.h"

#include <QTest>

#include <limits>

using namespace Tidewatch;

namespace {

constexpr qint64 kLongMin = std::numeric_limits<qint64>::min();
constexpr qint64 kLongMax = std::numeric_limits<qint64>::max();
constexpr qint64 kJobManagerNowMs = 1700000000000; // Nov 2023

/// @p json with each '$' replaced by @p value. (Templates stay whole JSON with balanced brackets: moc
/// does not read raw strings and loses its way on unbalanced ones.)
QByteArray filled(const char *json, const QByteArray &value)
{
    return QByteArray(json).replace('$', value);
}

constexpr const char *kCheckpointsTemplate =
    R"({"counts":{"completed":$,"failed":$},"latest":{"completed":{"id":1,"status":"COMPLETED","end_to_end_duration":$,"state_size":$}}})";

QByteArray nested(int depth, const QByteArray &open = "[", const QByteArray &close = "]")
{
    return open.repeated(depth) + close.repeated(depth);
}

} // namespace

class TestOutsideInput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jsonDepth_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("within");
        QTest::newRow("scalar") << QByteArray("1") << true;
        QTest::newRow("64 arrays") << nested(64) << true;
        QTest::newRow("65 arrays") << nested(65) << false;
        QTest::newRow("65 objects") << nested(65, "{\"a\":", "}") << false;
        QTest::newRow("brackets in a string do not count")
            << QByteArray("[\"" + QByteArray(1000, '[') + "\"]") << true;
        QTest::newRow("an escaped quote does not end the string")
            << QByteArray("[\"\\\"" + QByteArray(1000, '{') + "\"]") << true;
        QTest::newRow("siblings do not add up")
            << QByteArray(QByteArray("[") + QByteArray("[[]],").repeated(1000) + "1]") << true;
        QTest::newRow("a million levels") << nested(1000000) << false;
    }
    void jsonDepth()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, within);
        QCOMPARE(jsonDepthWithin(std::string_view(json.constData(), std::size_t(json.size()))), within);
    }

    /// The crash of the review: a metric value nested a million levels deep was re-serialised.
    void deeplyNestedFlinkAnswersAreRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        const QByteArray deep = nested(1000000);
        QTest::newRow("metric value") << filled(R"([{"id":"0.currentInputWatermark","value":$}])", deep);
        QTest::newRow("whole answer") << deep;
        QTest::newRow("65 levels") << filled(R"([{"id":"x","value":$}])", nested(63));
    }
    void deeplyNestedFlinkAnswersAreRefused()
    {
        QFETCH(QByteArray, body);
        QHash<QString, QString> values;
        QString error;
        QVERIFY(!FlinkParsers::parseMetricValues(body, values, error));
        QCOMPARE(error, QStringLiteral("The response nests deeper than 64 levels"));
        QList<qint64> watermarks;
        QVERIFY(!FlinkParsers::parseWatermarks(body, watermarks, error));
        FlinkSnapshot snapshot;
        QVERIFY(!FlinkParsers::parseJobsOverview(body, snapshot, error));
        QCOMPARE(FlinkParsers::errorMessage(body), QString());
    }

    void nestedValuesWithinTheLimitAreKept()
    {
        QHash<QString, QString> values;
        QString error;
        const QByteArray body = filled(R"([{"id":"x","value":$}])", nested(62)); // 64 levels in all
        QVERIFY2(FlinkParsers::parseMetricValues(body, values, error), qPrintable(error));
        QCOMPARE(values.value(QStringLiteral("x")), QString::fromLatin1(nested(62)));
    }

    void checkedConversions()
    {
        using namespace NumberRange;
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const double inf = std::numeric_limits<double>::infinity();
        QVERIFY(!(toInteger<int>(1e300)).has_value());
        QVERIFY(!(toInteger<int>(nan)).has_value());
        QVERIFY(!(toInteger<int>(-inf)).has_value());
        QCOMPARE(toInteger<int>(2147483647.0), std::optional<int>(2147483647));
        QVERIFY(!(toInteger<int>(2147483648.0)).has_value());
        QCOMPARE(toInteger<int>(-2147483648.0), std::optional<int>(-2147483647 - 1));
        QVERIFY(!(toInteger<int>(-2147483649.0)).has_value());
        QCOMPARE(toInteger<int>(2.9), std::optional<int>(2));
        QVERIFY(!(toInteger<qint64>(9223372036854775808.0)).has_value()); // 2^63
        QCOMPARE(toInteger<qint64>(-9223372036854775808.0), std::optional<qint64>(kLongMin));
        QVERIFY(!(toInteger<quint32>(-1.0)).has_value());
        QVERIFY(!(narrow<int>(qint64(4294967297))).has_value()); // 2^32 + 1
        QVERIFY(!(narrow<qint64>(quint64(18446744073709551615u))).has_value());
        QCOMPARE(narrow<int>(qint64(-5)), std::optional<int>(-5));
        QVERIFY(!(add(kLongMax, qint64(1))).has_value());
        QVERIFY(!(subtract(qint64(1), kLongMin)).has_value());
        QVERIFY(!(multiply(kLongMax / 2, qint64(3))).has_value());
        QCOMPARE(add(qint64(-3), qint64(5)), std::optional<qint64>(2));
    }

    void outOfRangeNumbersStayUnknown_data()
    {
        QTest::addColumn<QByteArray>("number");
        QTest::addColumn<qint64>("asLong"); // for 64-bit fields (durations, sizes, counts); -1 unknown
        QTest::newRow("1e300") << QByteArray("1e300") << qint64(-1);
        QTest::newRow("-1e300") << QByteArray("-1e300") << qint64(-1);
        QTest::newRow("2^32 + 1") << QByteArray("4294967297") << qint64(4294967297);
        QTest::newRow("2^64 - 1") << QByteArray("18446744073709551615") << qint64(-1);
        QTest::newRow("beyond uint64") << QByteArray("184467440737095516150") << qint64(-1);
        QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
    }
    void outOfRangeNumbersStayUnknown()
    {
        QFETCH(QByteArray, number);
        QFETCH(qint64, asLong);
        QString error;
        FlinkSnapshot snapshot;
        QVERIFY(FlinkParsers::parseOverview(
            filled(R"({"taskmanagers":$,"slots-total":$,"slots-available":$})", number), snapshot, error));
        QCOMPARE(snapshot.taskManagers, -1);
        QCOMPARE(snapshot.slotsTotal, -1);
        QCOMPARE(snapshot.slotsAvailable, -1);
        QVERIFY(FlinkParsers::parseJobsOverview(filled(R"({"jobs":[{"jid":"j","duration":$}]})", number),
                                                snapshot, error));
        QCOMPARE(snapshot.jobs.value(0).durationMs, asLong);
        FlinkParsers::JobPlan plan;
        QVERIFY(FlinkParsers::parseJobDetails(
            filled(R"({"vertices":[{"id":"v","parallelism":$,"maxParallelism":$}]})", number), plan, error));
        QCOMPARE(plan.vertices.value(0).parallelism, -1);
        QCOMPARE(plan.vertices.value(0).maxParallelism, -1);
        FlinkCheckpointStats stats;
        QVERIFY(FlinkParsers::parseCheckpoints(filled(kCheckpointsTemplate, number), stats, error));
        QCOMPARE(stats.completed, asLong);
        QCOMPARE(stats.failed, asLong);
        QVERIFY(stats.latestCompleted);
        QCOMPARE(stats.latestCompleted->endToEndDurationMs, asLong);
        QCOMPARE(stats.latestCompleted->stateSizeBytes, asLong);
    }

    void checkpointAcknowledgedBeforeItsTriggerHasNoDuration()
    {
        FlinkCheckpointStats stats;
        QString error;
        QVERIFY(FlinkParsers::parseCheckpoints(
            QByteArray(
                R"({"counts":{},"latest":{"completed":{"id":1,"status":"COMPLETED","trigger_timestamp":2000,"latest_ack_timestamp":1000}}})"),
            stats, error));
        QCOMPARE(stats.latestCompleted->durationMs, qint64(-1));
    }

    void fetcherIntervalThatOverflowsKeepsTheDefault_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("intervalMs");
        QTest::newRow("10 s") << QByteArray("10 s") << qint64(10000);
        QTest::newRow("overflowing seconds") << QByteArray("9223372036854775807 s") << qint64(10000);
        QTest::newRow("negative") << QByteArray("-5") << qint64(10000);
        QTest::newRow("2500 ms") << QByteArray("2500 ms") << qint64(2500);
    }
    void fetcherIntervalThatOverflowsKeepsTheDefault()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, intervalMs);
        qint64 interval = -1;
        QString error;
        QVERIFY(FlinkParsers::parseFetcherIntervalMs(
            filled(R"([{"key":"metrics.fetcher.update-interval","value":"$"}])", value), interval, error));
        QCOMPARE(interval, intervalMs);
    }

    void extremeWatermarksGiveNoLag_data()
    {
        QTest::addColumn<qint64>("watermark");
        QTest::addColumn<qint64>("lag");
        QTest::addColumn<qint64>("idle");
        QTest::newRow("watermark just above Long.MIN_VALUE") << kLongMin + 1 << qint64(-1) << qint64(0);
        QTest::newRow("lag Long.MAX_VALUE plus idle time") << qint64(1000) << kLongMax << qint64(5);
        QTest::newRow("watermark just below Long.MAX_VALUE plus lag")
            << kLongMax - 1 << qint64(10) << qint64(0);
    }
    void extremeWatermarksGiveNoLag()
    {
        QFETCH(qint64, watermark);
        QFETCH(qint64, lag);
        QFETCH(qint64, idle);
        FlinkVertexInfo v;
        v.id = QStringLiteral("v");
        v.source = true;
        QHash<QString, QString> values{
            {QStringLiteral("0.Source__s.currentOutputWatermark"), QString::number(watermark)},
            {QStringLiteral("0.Source__s.sourceIdleTime"), QString::number(idle)}};
        if (lag >= 0)
            values.insert(QStringLiteral("0.Source__s.watermarkLag"), QString::number(lag));
        FlinkParsers::applySourceValues(values, v);
        QCOMPARE(v.sourceSubtasks.size(), 1);
        const FlinkSourceSubtask &s = v.sourceSubtasks.first();
        QVERIFY(!(s.watermarkLagMs && s.sampledAtMs) || *s.sampledAtMs == watermark + *s.watermarkLagMs);
        FlinkJobDetails job;
        job.runningSinceMs = 1000;
        job.metricsUptimeGaugeMs = kLongMax;
        job.vertices = {v};
        FlinkParsers::resolveWatermarks(job, 30000, kJobManagerNowMs);
        const FlinkVertexInfo &resolved = job.vertices.first();
        // Whatever is shown is the true difference; a sum or difference that overflows is unknown.
        if (resolved.watermarkLagMs && resolved.lowWatermarkMs)
            QVERIFY(*resolved.watermarkLagMs >= 0 || *resolved.lowWatermarkMs > kJobManagerNowMs);
        if (lag < 0) // the lag from the fallback clock minus a watermark near Long.MIN_VALUE overflows
            QVERIFY(!(resolved.watermarkLagMs).has_value());
        if (lag == kLongMax)
            QVERIFY(!(s.watermarkLagMs).has_value());
        if (watermark == kLongMax - 1)
            QVERIFY(!(s.sampledAtMs).has_value());

        FlinkVertexInfo downstream;
        FlinkParsers::applyInputWatermarks({kLongMin + 1}, kJobManagerNowMs, downstream);
        QCOMPARE(downstream.watermarkState, FlinkWatermarkState::Ok);
        QVERIFY(!(downstream.watermarkLagMs).has_value());
    }

    void sampleTimeThatOverflowsIsUnknown()
    {
        FlinkJobDetails job;
        job.vertices = {FlinkVertexInfo{}};
        job.runningSinceMs = kLongMax - 10;
        job.metricsUptimeGaugeMs = 100;
        QCOMPARE(FlinkParsers::metricsSampledAt(job), qint64(-1));
    }

    void raftLeaderOutOfRangeNamesNoNode_data()
    {
        QTest::addColumn<double>("leader");
        QTest::addColumn<int>("node");
        QTest::newRow("1e300") << 1e300 << -1;
        QTest::newRow("+Inf") << std::numeric_limits<double>::infinity() << -1;
        QTest::newRow("2^32 + 1") << 4294967297.0 << -1;
        QTest::newRow("a fraction") << 2.5 << -1;
        QTest::newRow("node 2") << 2.0 << 2;
    }
    void raftLeaderOutOfRangeNamesNoNode()
    {
        QFETCH(double, leader);
        QFETCH(int, node);
        QHash<int, BrokerMetrics::Scrape> scrapes;
        for (int id : {1, 2, 3})
            scrapes[id].raftCurrentLeader = leader;
        const BrokerMetrics::ControllerGuess guess = BrokerMetrics::controllerFrom(scrapes);
        QCOMPARE(guess.nodeId, node);
        QCOMPARE(guess.source, node < 0 ? BrokerMetrics::ControllerGuess::Source::Unknown
                                        : BrokerMetrics::ControllerGuess::Source::RaftLeader);
    }

    /// One exposition line with 40,000 labels (5.6 s before: a search per label).
    void manyLabelsOnOneLine()
    {
        constexpr int count = 40000;
        QByteArray line = "kafka_server_brokertopicmetrics_bytesin_total{";
        for (int i = count - 1; i >= 0; --i)
            line += "l" + QByteArray::number(i) + "=\"v" + QByteArray::number(i) + "\",";
        line += "topic=\"orders\"} 42\n";
        const PrometheusExposition e = PrometheusTextParser::parse(line);
        QVERIFY(e.errors.isEmpty());
        QCOMPARE(e.samples.size(), 1);
        QCOMPARE(e.samples.first().labels.size(), count + 1);
        QCOMPARE(e.samples.first().label(QStringLiteral("l39999")), QStringLiteral("v39999"));
        const BrokerMetrics::Scrape scrape = BrokerMetrics::extract(e);
        QCOMPARE(scrape.bytesInByTopic.value(QStringLiteral("orders")), 42.0);

        const PrometheusExposition twice = PrometheusTextParser::parse(line.replace(",l7=", ",l8="));
        QCOMPARE(twice.samples.size(), 0);
        QCOMPARE(twice.errors.size(), 1);
        QCOMPARE(twice.errors.first().reason, QStringLiteral("label l8 appears twice"));
    }

    /// 10,000 source operators in one metric listing (29 s before: every id against every operator).
    void manySourceMetricIds()
    {
        constexpr int operators = 10000;
        QStringList ids;
        for (int i = 0; i < operators; ++i) {
            const QString op = QStringLiteral("0.Source__op%1.").arg(i);
            ids << op + QStringLiteral("currentOutputWatermark") << op + QStringLiteral("watermarkLag")
                << op + QStringLiteral("sourceIdleTime") << op + QStringLiteral("numRecordsIn");
        }
        ids.sort();
        const FlinkParsers::SourceMetricIds out = FlinkParsers::sourceMetricIds(ids);
        QCOMPARE(out.request.size(), 3 * operators);
        QCOMPARE(out.subtasksWithWatermark, operators);
        QVERIFY(!out.request.contains(QStringLiteral("0.Source__op5.numRecordsIn")));
        QVERIFY(out.request.contains(QStringLiteral("0.Source__op9999.watermarkLag")));
    }
};

QTEST_GUILESS_MAIN(TestOutsideInput)
#include "tst_outsideinput.moc"
