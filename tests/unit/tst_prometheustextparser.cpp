#include "PrometheusTextParser.h"

#include <QFile>
#include <QStringList>
#include <QTest>

#include <cmath>

using namespace Tidewatch;

namespace {

QString describe(const PrometheusSample &s)
{
    QStringList labels;
    for (const auto &[name, value] : s.labels)
        labels << name + QStringLiteral("=") + value;
    QString text = s.name;
    if (!labels.isEmpty())
        text += QLatin1Char('{') + labels.join(QLatin1Char(',')) + QLatin1Char('}');
    text += QLatin1Char(' ') + QString::number(s.value, 'g', 12);
    if (s.timestampMs)
        text += QLatin1Char(' ') + QString::number(*s.timestampMs);
    return text;
}

QStringList describe(const QList<PrometheusSample> &samples)
{
    QStringList result;
    for (const PrometheusSample &s : samples)
        result << describe(s);
    return result;
}

PrometheusLabels labels(std::initializer_list<QPair<QString, QString>> pairs)
{
    return PrometheusLabels(pairs);
}

// Ordinary literals throughout: moc does not understand raw strings.
const QByteArray Small =
    "# HELP kafka_server_brokertopicmetrics_bytesin_total Bytes in.\\nSecond line with a \\\\ backslash.\n"
    "# TYPE kafka_server_brokertopicmetrics_bytesin_total counter\n"
    "kafka_server_brokertopicmetrics_bytesin_total 3000.0\n"
    "kafka_server_brokertopicmetrics_bytesin_total{topic=\"orders\"} 1000.0\n"
    "kafka_server_brokertopicmetrics_bytesin_total{topic=\"payments\"} 1500.0\n"
    "kafka_server_brokertopicmetrics_bytesin_total{topic=\"orders\"} 500.0\n"
    "# TYPE kafka_log_log_size gauge\n"
    "kafka_log_log_size{topic=\"orders\",partition=\"0\"} 10\n"
    "kafka_log_log_size{partition=\"1\",topic=\"orders\"} 20\n"
    "kafka_log_log_size{topic=\"payments\",partition=\"0\"} NaN\n"
    "# a plain comment\n"
    "# TYPE rpc_duration_seconds summary\n"
    "rpc_duration_seconds{quantile=\"0.5\"} 0.2\n"
    "rpc_duration_seconds_sum 12.5\n"
    "rpc_duration_seconds_count 40\n"
    "# TYPE request_size_bytes histogram\n"
    "request_size_bytes_bucket{le=\"+Inf\"} 3\n"
    "request_size_bytes_sum 600\n"
    "request_size_bytes_count 3\n"
    "untyped_thing 1\n";

} // namespace

class TestPrometheusTextParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void familiesAndHelp()
    {
        const PrometheusExposition e = PrometheusTextParser::parse(Small);
        QVERIFY2(e.errors.isEmpty(), qPrintable(e.errors.value(0).reason));
        QCOMPARE(e.samples.size(), 14);
        QCOMPARE(e.help.value(QStringLiteral("kafka_server_brokertopicmetrics_bytesin_total")),
                 QStringLiteral("Bytes in.\nSecond line with a \\ backslash."));
        QCOMPARE(e.types.size(), 4);
        // Labels come out sorted by name whatever order they were written in.
        QCOMPARE(describe(e.find(QStringLiteral("kafka_log_log_size"))),
                 (QStringList{QStringLiteral("kafka_log_log_size{partition=0,topic=orders} 10"),
                              QStringLiteral("kafka_log_log_size{partition=1,topic=orders} 20"),
                              QStringLiteral("kafka_log_log_size{partition=0,topic=payments} nan")}));
    }

    void typeOf_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("type");
        QTest::newRow("declared counter")
            << QStringLiteral("kafka_server_brokertopicmetrics_bytesin_total") << QStringLiteral("counter");
        QTest::newRow("declared gauge") << QStringLiteral("kafka_log_log_size") << QStringLiteral("gauge");
        QTest::newRow("summary quantile sample")
            << QStringLiteral("rpc_duration_seconds") << QStringLiteral("summary");
        QTest::newRow("summary _sum")
            << QStringLiteral("rpc_duration_seconds_sum") << QStringLiteral("summary");
        QTest::newRow("summary _count")
            << QStringLiteral("rpc_duration_seconds_count") << QStringLiteral("summary");
        QTest::newRow("a summary has no _bucket")
            << QStringLiteral("rpc_duration_seconds_bucket") << QStringLiteral("untyped");
        QTest::newRow("histogram _bucket")
            << QStringLiteral("request_size_bytes_bucket") << QStringLiteral("histogram");
        QTest::newRow("histogram _count")
            << QStringLiteral("request_size_bytes_count") << QStringLiteral("histogram");
        QTest::newRow("a counter's _sum is not its family")
            << QStringLiteral("kafka_log_log_size_sum") << QStringLiteral("untyped");
        QTest::newRow("no TYPE line") << QStringLiteral("untyped_thing") << QStringLiteral("untyped");
        QTest::newRow("unknown name") << QStringLiteral("nothing_here") << QStringLiteral("untyped");
    }
    void typeOf()
    {
        QFETCH(QString, name);
        QFETCH(QString, type);
        const PrometheusExposition e = PrometheusTextParser::parse(Small);
        QCOMPARE(PrometheusTextParser::typeName(e.typeOf(name)), type);
    }

    void lookups()
    {
        const PrometheusExposition e = PrometheusTextParser::parse(Small);
        const QString bytesIn = QStringLiteral("kafka_server_brokertopicmetrics_bytesin_total");
        // Per topic: the broker-wide series (no topic label) is left out, duplicates add up.
        const QMap<QString, double> byTopic = e.sumBy(bytesIn, QStringLiteral("topic"));
        QCOMPARE(byTopic.size(), 2);
        QCOMPARE(byTopic.value(QStringLiteral("orders")), 1500.0);
        QCOMPARE(byTopic.value(QStringLiteral("payments")), 1500.0);
        QCOMPARE(e.sum(bytesIn), std::optional<double>(6000.0));
        QCOMPARE(e.sum(bytesIn, labels({{QStringLiteral("topic"), QStringLiteral("orders")}})),
                 std::optional<double>(1500.0));
        QCOMPARE(e.sum(QStringLiteral("kafka_log_log_size")), std::optional<double>(30.0)); // NaN skipped
        QCOMPARE(e.sumBy(QStringLiteral("kafka_log_log_size"), QStringLiteral("topic"))
                     .value(QStringLiteral("payments"), -1),
                 -1.0); // only a NaN sample: no entry rather than NaN
        QVERIFY(!e.sum(QStringLiteral("missing")).has_value());
        QVERIFY(!e.sum(bytesIn, labels({{QStringLiteral("topic"), QStringLiteral("nope")}})).has_value());
        // value() wants the exact label set, in any order.
        QCOMPARE(e.value(bytesIn), std::optional<double>(3000.0));
        QCOMPARE(e.value(QStringLiteral("kafka_log_log_size"),
                         labels({{QStringLiteral("topic"), QStringLiteral("orders")},
                                 {QStringLiteral("partition"), QStringLiteral("1")}})),
                 std::optional<double>(20.0));
        QVERIFY(!e.value(QStringLiteral("kafka_log_log_size"),
                         labels({{QStringLiteral("topic"), QStringLiteral("orders")}}))
                     .has_value());
        const PrometheusSample first = e.find(QStringLiteral("kafka_log_log_size")).constFirst();
        QCOMPARE(first.label(QStringLiteral("topic")), QStringLiteral("orders"));
        QCOMPARE(first.label(QStringLiteral("absent")), QString());
    }

    void values_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<double>("expected");
        QTest::newRow("integer") << QByteArray("42") << 42.0;
        QTest::newRow("Java double") << QByteArray("3074643.0") << 3074643.0;
        QTest::newRow("Java scientific") << QByteArray("4.02653184E8") << 402653184.0;
        QTest::newRow("lower-case exponent, negative") << QByteArray("-1.5e-3") << -0.0015;
        QTest::newRow("explicit plus") << QByteArray("+7") << 7.0;
        QTest::newRow("leading dot") << QByteArray(".5") << 0.5;
        QTest::newRow("trailing dot") << QByteArray("5.") << 5.0;
        QTest::newRow("+Inf") << QByteArray("+Inf") << qInf();
        QTest::newRow("Inf") << QByteArray("Inf") << qInf();
        QTest::newRow("-Inf") << QByteArray("-Inf") << -qInf();
        QTest::newRow("NaN") << QByteArray("NaN") << qQNaN();
        QTest::newRow("nan in lower case") << QByteArray("nan") << qQNaN();
        QTest::newRow("negative zero") << QByteArray("-0") << 0.0;
    }
    void values()
    {
        QFETCH(QByteArray, text);
        QFETCH(double, expected);
        const PrometheusExposition e = PrometheusTextParser::parse("m " + text + '\n');
        QVERIFY(e.errors.isEmpty());
        QCOMPARE(e.samples.size(), 1);
        if (std::isnan(expected))
            QVERIFY(std::isnan(e.samples[0].value));
        else
            QCOMPARE(e.samples[0].value, expected);
    }

    void lines_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("sample");
        QTest::newRow("no labels") << QByteArray("up 1") << QStringLiteral("up 1");
        QTest::newRow("colons in a metric name")
            << QByteArray("job:rate:5m 2") << QStringLiteral("job:rate:5m 2");
        QTest::newRow("empty braces") << QByteArray("up{} 1") << QStringLiteral("up 1");
        QTest::newRow("timestamp") << QByteArray("up 1 1700000000000")
                                   << QStringLiteral("up 1 1700000000000");
        QTest::newRow("negative timestamp") << QByteArray("up 1 -5") << QStringLiteral("up 1 -5");
        QTest::newRow("escaped backslash")
            << QByteArray("m{path=\"C:\\\\kafka\"} 1") << QStringLiteral("m{path=C:\\kafka} 1");
        QTest::newRow("escaped quote")
            << QByteArray("m{msg=\"say \\\"hi\\\"\"} 1") << QStringLiteral("m{msg=say \"hi\"} 1");
        QTest::newRow("escaped newline")
            << QByteArray("m{msg=\"two\\nlines\"} 1") << QStringLiteral("m{msg=two\nlines} 1");
        QTest::newRow("separators inside a quoted value")
            << QByteArray("m{a=\"x,y} z=1\"} 1") << QStringLiteral("m{a=x,y} z=1} 1");
        QTest::newRow("empty label value") << QByteArray("m{a=\"\"} 1") << QStringLiteral("m{a=} 1");
        QTest::newRow("UTF-8 label value")
            << QByteArray("m{city=\"K\xc3\xb6ln\"} 1") << QStringLiteral("m{city=K\u00f6ln} 1");
        QTest::newRow("trailing comma")
            << QByteArray("m{a=\"1\",b=\"2\",} 3") << QStringLiteral("m{a=1,b=2} 3");
        QTest::newRow("blanks and tabs between tokens")
            << QByteArray("  m { a = \"1\" ,\tb=\"2\" }\t 3   17  ") << QStringLiteral("m{a=1,b=2} 3 17");
        QTest::newRow("CRLF line ending") << QByteArray("m 1\r") << QStringLiteral("m 1");
    }
    void lines()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, sample);
        const PrometheusExposition e = PrometheusTextParser::parse(line + '\n');
        QVERIFY2(e.errors.isEmpty(), qPrintable(e.errors.value(0).reason));
        QCOMPARE(describe(e.samples), QStringList{sample});
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unterminated label value")
            << QByteArray("m{a=\"x} 1") << QStringLiteral("label value is missing its closing quote");
        QTest::newRow("unknown escape")
            << QByteArray("m{a=\"x\\ty\"} 1") << QStringLiteral("invalid escape sequence in a label value");
        QTest::newRow("no value") << QByteArray("m") << QStringLiteral("sample has no value");
        QTest::newRow("no value after labels")
            << QByteArray("m{a=\"1\"}") << QStringLiteral("sample has no value");
        QTest::newRow("value not a number") << QByteArray("m abc") << QStringLiteral("invalid value \"abc\"");
        QTest::newRow("value with junk")
            << QByteArray("m 12abc") << QStringLiteral("invalid value \"12abc\"");
        QTest::newRow("spelled-out infinity")
            << QByteArray("m infinity") << QStringLiteral("invalid value \"infinity\"");
        QTest::newRow("fractional timestamp")
            << QByteArray("m 1 12.5") << QStringLiteral("invalid timestamp \"12.5\"");
        QTest::newRow("extra tokens")
            << QByteArray("m 1 2 3") << QStringLiteral("unexpected text after the timestamp");
        QTest::newRow("dash in a metric name")
            << QByteArray("bytes-in 1") << QStringLiteral("invalid metric name");
        QTest::newRow("metric name starting with a digit")
            << QByteArray("1m 1") << QStringLiteral("invalid metric name");
        QTest::newRow("labels without a name")
            << QByteArray("{a=\"b\"} 1") << QStringLiteral("invalid metric name");
        QTest::newRow("label name starting with a digit")
            << QByteArray("m{1a=\"x\"} 1") << QStringLiteral("invalid label name");
        QTest::newRow("colon in a label name")
            << QByteArray("m{a:b=\"x\"} 1") << QStringLiteral("expected '=' after label name");
        QTest::newRow("unquoted label value")
            << QByteArray("m{a=x} 1") << QStringLiteral("expected '\"' to start a label value");
        QTest::newRow("missing comma") << QByteArray("m{a=\"x\" b=\"y\"} 1")
                                       << QStringLiteral("expected ',' or '}' after a label value");
        QTest::newRow("duplicate label")
            << QByteArray("m{a=\"x\",a=\"y\"} 1") << QStringLiteral("label a appears twice");
        QTest::newRow("unknown type")
            << QByteArray("# TYPE m bogus") << QStringLiteral("unknown metric type \"bogus\" for m");
        QTest::newRow("TYPE without a type")
            << QByteArray("# TYPE m") << QStringLiteral("unknown metric type \"\" for m");
        QTest::newRow("TYPE with trailing words")
            << QByteArray("# TYPE m gauge extra") << QStringLiteral("unknown metric type \"gauge\" for m");
        QTest::newRow("TYPE without a name")
            << QByteArray("# TYPE") << QStringLiteral("TYPE line without a valid metric name");
        QTest::newRow("HELP with a bad name")
            << QByteArray("# HELP bad-name text") << QStringLiteral("HELP line without a valid metric name");
    }
    void malformed()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, reason);
        const PrometheusExposition e = PrometheusTextParser::parse("before 1\n" + line + "\nafter 2\n");
        QCOMPARE(e.errors, (QList<PrometheusParseError>{{2, reason}}));
        // The bad line is skipped; the lines around it are still read.
        QCOMPARE(describe(e.samples), (QStringList{QStringLiteral("before 1"), QStringLiteral("after 2")}));
    }

    void repeatedMetadataIsReported()
    {
        const PrometheusExposition e = PrometheusTextParser::parse("# TYPE m gauge\n# HELP m first\nm 1\n"
                                                                   "# TYPE m counter\n# HELP m second\n");
        QCOMPARE(e.errors,
                 (QList<PrometheusParseError>{{4, QStringLiteral("second TYPE line for metric m")},
                                              {5, QStringLiteral("second HELP line for metric m")}}));
        QCOMPARE(e.typeOf(QStringLiteral("m")), PrometheusType::Gauge); // the first one stands
        QCOMPARE(e.help.value(QStringLiteral("m")), QStringLiteral("first"));
    }

    void commentsBlankLinesAndEndings()
    {
        const PrometheusExposition e = PrometheusTextParser::parse("\n# just a comment\n#TYPE spaced gauge\n"
                                                                   "   \n#\n# HELP m\nm 1\r\nn 2");
        QVERIFY(e.errors.isEmpty());
        QCOMPARE(describe(e.samples), (QStringList{QStringLiteral("m 1"), QStringLiteral("n 2")}));
        QCOMPARE(e.typeOf(QStringLiteral("spaced")), PrometheusType::Gauge); // "#TYPE" without a blank
        QVERIFY(e.help.contains(QStringLiteral("m")));
        QCOMPARE(e.help.value(QStringLiteral("m")), QString());
        QVERIFY(PrometheusTextParser::parse(QByteArray()).samples.isEmpty());
    }

    void manyBadLinesDoNotStopTheParse()
    {
        QByteArray text;
        for (int i = 0; i < 50; ++i)
            text += (i % 2 ? QByteArray("ok ") + QByteArray::number(i) : QByteArray("bad{")) + '\n';
        const PrometheusExposition e = PrometheusTextParser::parse(text);
        QCOMPARE(e.samples.size(), 25);
        QCOMPARE(e.errors.size(), 25);
        QCOMPARE(e.errors.constLast().line, 49);
    }

    // A real scrape of one broker of the local stack (Kafka 4.1.1, JMX exporter agent 1.0.1).
    void recordedJmxExporterScrape()
    {
        QFile file(qEnvironmentVariable("TIDEWATCH_FIXTURES") +
                   QStringLiteral("/jmx-exporter-kafka-4.1.1.prom"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const PrometheusExposition e = PrometheusTextParser::parse(file.readAll());
        QVERIFY2(e.errors.isEmpty(), qPrintable(e.errors.value(0).reason));
        QCOMPARE(e.samples.size(), 287);
        QCOMPARE(e.types.size(), 90);
        QCOMPARE(e.help.size(), 90);

        const QString bytesIn = QStringLiteral("kafka_server_brokertopicmetrics_bytesin_total");
        QCOMPARE(e.typeOf(bytesIn), PrometheusType::Counter);
        QCOMPARE(e.value(bytesIn), std::optional<double>(3074643.0)); // broker-wide, no topic label
        const QMap<QString, double> byTopic = e.sumBy(bytesIn, QStringLiteral("topic"));
        QCOMPARE(byTopic.keys(), (QStringList{QStringLiteral("__consumer_offsets"), QStringLiteral("orders"),
                                              QStringLiteral("orders-cdc"), QStringLiteral("shipments")}));
        QCOMPARE(byTopic.value(QStringLiteral("orders")), 611280.0);

        QCOMPARE(e.find(QStringLiteral("kafka_log_log_logendoffset")).size(), 22);
        QCOMPARE(e.value(QStringLiteral("kafka_log_log_logendoffset"),
                         labels({{QStringLiteral("topic"), QStringLiteral("orders")},
                                 {QStringLiteral("partition"), QStringLiteral("0")}})),
                 std::optional<double>(861.0));
        QCOMPARE(e.value(QStringLiteral("jvm_memory_max_bytes"),
                         labels({{QStringLiteral("area"), QStringLiteral("heap")}})),
                 std::optional<double>(402653184.0)); // written 4.02653184E8
        QCOMPARE(e.typeOf(QStringLiteral("jvm_gc_collection_seconds_count")), PrometheusType::Summary);
        QCOMPARE(e.sum(QStringLiteral("jvm_gc_collection_seconds_count")), std::optional<double>(37.0));
        QCOMPARE(e.find(QStringLiteral("jmx_exporter_build_info")).value(0).label(QStringLiteral("version")),
                 QStringLiteral("1.0.1"));
        QCOMPARE(e.value(QStringLiteral("kafka_server_replicamanager_underreplicatedpartitions")),
                 std::optional<double>(0.0));
    }
};

QTEST_GUILESS_MAIN(TestPrometheusTextParser)
#include "tst_prometheustextparser.moc"
