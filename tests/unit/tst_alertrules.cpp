#include "AlertRules.h"
#include "PromDuration.h"
#include "PrometheusRuleFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Tidewatch;

namespace {

/// A rules file with one valid rule, changed by @p overrides (a JSON object; null removes a field),
/// followed by @p extraRules verbatim.
QByteArray rulesFile(const char *overrides, const char *extraRules = "")
{
    QJsonObject rule{{QStringLiteral("alert"), QStringLiteral("KafkaLagHigh")},
                     {QStringLiteral("metric"), QStringLiteral("tidewatch_kafka_consumergroup_max_lag")},
                     {QStringLiteral("op"), QStringLiteral(">")},
                     {QStringLiteral("threshold"), 1000},
                     {QStringLiteral("severity"), QStringLiteral("warning")}};
    const QJsonObject changes = QJsonDocument::fromJson(overrides).object();
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (it.value().isNull())
            rule.remove(it.key());
        else
            rule.insert(it.key(), it.value());
    }
    return "{\"rules\":[" + QJsonDocument(rule).toJson(QJsonDocument::Compact) + extraRules + "]}";
}

AlertRule rule(const char *metric, AlertComparison comparison, double threshold,
               QList<LabelMatcher> matchers = {})
{
    AlertRule r;
    r.name = QStringLiteral("Test");
    r.metric = QLatin1String(metric);
    r.comparison = comparison;
    r.threshold = threshold;
    r.matchers = matchers;
    r.severity = QStringLiteral("warning");
    return r;
}

LabelMatcher matcher(const char *name, const char *value, bool regex = false, bool negate = false)
{
    return LabelMatcher{QLatin1String(name), QString::fromUtf8(value), regex, negate};
}

QByteArray defaultsFile()
{
    QFile file{QLatin1String(AlertRules::kDefaultsResource)};
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestAlertRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseGood();
    void parseBad_data();
    void parseBad();
    void everyProblemIsReported();
    void errorsNameFileAndLine_data();
    void errorsNameFileAndLine();
    void newFieldsParse();
    void defaultsParse();
    void jsonRoundTrip();
    void promql_data();
    void promql();
    void comparisons_data();
    void comparisons();
    void matchers_data();
    void matchers();
    void promtoolAcceptsExport();
    void humanizedValues_data();
    void humanizedValues();
    void builtInSummariesHumanizeDurations_data();
    void builtInSummariesHumanizeDurations();
};

void TestAlertRules::parseGood()
{
    const auto result = AlertRules::parse(rulesFile(
        R"({"matchers":["consumergroup=~tw-.*","cluster!=dev"],"for":"2m","keep_firing_for":"30s",
            "summary":"{{ $labels.consumergroup }} is {{$value}} behind","description":"d"})",
        R"(,{"alert":"KafkaOfflinePartitions","metric":"tidewatch_kafka_offline_partitions",
             "matchers":{"cluster":"prod"},"op":">","threshold":0,"severity":"critical","enabled":false})"));
    QVERIFY2(result.ok(), qPrintable(result.errors.join(QLatin1Char('\n'))));
    QCOMPARE(result.rules.size(), 2);
    const AlertRule &lag = result.rules.at(0);
    QCOMPARE(lag.name, QStringLiteral("KafkaLagHigh"));
    QCOMPARE(lag.metric, QStringLiteral("tidewatch_kafka_consumergroup_max_lag"));
    // matchers are kept in canonical order (by name)
    QCOMPARE(lag.matchers, (QList<LabelMatcher>{matcher("cluster", "dev", false, true),
                                                matcher("consumergroup", "tw-.*", true)}));
    QCOMPARE(lag.comparison, AlertComparison::Greater);
    QCOMPARE(lag.threshold, 1000.0);
    QCOMPARE(lag.forMs, 120'000);
    QCOMPARE(lag.keepFiringForMs, 30'000);
    QCOMPARE(lag.severity, QStringLiteral("warning"));
    QCOMPARE(lag.summary, QStringLiteral("{{ $labels.consumergroup }} is {{$value}} behind"));
    QVERIFY(lag.enabled);
    const AlertRule &offline = result.rules.at(1);
    QCOMPARE(offline.matchers, QList<LabelMatcher>{matcher("cluster", "prod")});
    QCOMPARE(offline.forMs, 0);
    QVERIFY(!offline.enabled);
}

void TestAlertRules::parseBad_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    const auto row = [](const char *name, const QByteArray &json, const char *error) {
        QTest::newRow(name) << json << QString::fromUtf8(error);
    };
    row("not JSON", "{\"rules\": [", "line 1: not valid JSON");
    row("no rules array", R"({"rules": {}})", "line 1: expected an object with a \"rules\" array");
    row("rule not an object", R"({"rules": [1]})", "line 1: rule 1: not an object");
    row("unknown metric", rulesFile(R"({"metric":"tidewatch_foo"})"),
        "rule 1 (KafkaLagHigh): field \"metric\": unknown metric 'tidewatch_foo'");
    row("missing metric", rulesFile(R"({"metric":null})"),
        "rule 1 (KafkaLagHigh): field \"metric\": missing");
    row("empty metric", rulesFile(R"({"metric":""})"), "field \"metric\": must not be empty");
    row("missing alert", rulesFile(R"({"alert":null})"), "rule 1: field \"alert\": missing");
    row("bad for", rulesFile(R"({"for":"5x"})"), "rule 1 (KafkaLagHigh): field \"for\": bad duration '5x'");
    row("bad keep_firing_for", rulesFile(R"({"keep_firing_for":"1.5m"})"),
        "field \"keep_firing_for\": bad duration '1.5m'");
    row("empty for", rulesFile(R"({"for":""})"), "field \"for\": bad duration ''");
    row("for as a number", rulesFile(R"({"for":300})"), "field \"for\": must be a duration string");
    row("summary not a string", rulesFile(R"({"summary":1})"), "field \"summary\": must be a string");
    row("unknown op", rulesFile(R"({"op":"=>"})"), "field \"op\": unknown op '=>'");
    row("missing op", rulesFile(R"({"op":null})"), "field \"op\": missing");
    row("threshold not a number", rulesFile(R"({"threshold":"10"})"),
        "field \"threshold\": must be a number");
    row("missing threshold", rulesFile(R"({"threshold":null})"), "field \"threshold\": missing");
    row("unknown severity", rulesFile(R"({"severity":"page"})"),
        "field \"severity\": unknown severity 'page'");
    row("unknown field", rulesFile(R"({"expr":"up == 0"})"), "field \"expr\": unknown field");
    row("enabled not a bool", rulesFile(R"({"enabled":"yes"})"), "field \"enabled\": must be true or false");
    row("invalid regex", rulesFile(R"({"matchers":["consumergroup=~tw-("]})"),
        "field \"matchers\": invalid regex 'tw-(' for label 'consumergroup': missing ): tw-(");
    row("backreference (Prometheus rejects it)", rulesFile(R"({"matchers":["consumergroup=~(a)\\1"]})"),
        "invalid regex '(a)\\1' for label 'consumergroup': invalid escape sequence: \\1");
    row("lookahead (Prometheus rejects it)", rulesFile(R"x({"matchers":["consumergroup=~a(?=b)"]})x"),
        "invalid regex 'a(?=b)' for label 'consumergroup': invalid perl operator: (?=");
    row("possessive quantifier (Prometheus rejects it)", rulesFile(R"({"matchers":["consumergroup=~a*+"]})"),
        "invalid regex 'a*+' for label 'consumergroup': bad repetition operator: *+");
    row("\\C (RE2 has it, Prometheus not)", rulesFile(R"({"matchers":["consumergroup=~a\\C"]})"),
        "invalid regex 'a\\C' for label 'consumergroup': invalid escape sequence: \\C");
    row("matcher without op", rulesFile(R"({"matchers":["consumergroup"]})"),
        "field \"matchers\": bad matcher 'consumergroup'");
    row("invalid label name", rulesFile(R"({"matchers":{"1abc":"x"}})"), "invalid label name '1abc'");
    row("__name__ matcher", rulesFile(R"({"matchers":["__name__=x"]})"), "invalid label name '__name__'");
    row("matcher value not a string", rulesFile(R"({"matchers":{"cluster":1}})"),
        "matcher 'cluster' must be a string");
    row("matchers not a list", rulesFile(R"({"matchers":"cluster=prod"})"),
        "field \"matchers\": must be an object or an array");
    row("unsupported template", rulesFile(R"({"summary":"{{ humanize $value }}"})"),
        "field \"summary\": bad template: unsupported template action '{{ humanize $value }}'");
    row("unknown template function", rulesFile(R"({"summary":"{{ $value | title }}"})"),
        "field \"summary\": bad template: unsupported template function 'title'");
    row("unclosed template", rulesFile(R"({"description":"lag {{ $value"})"),
        "field \"description\": bad template: unclosed '{{'");
    row("runbook_url template", rulesFile(R"({"runbook_url":"https://x/{{ .Labels }}"})"),
        "field \"runbook_url\": bad template: unsupported template action");
    row("runbook_url not a string", rulesFile(R"({"runbook_url":["a"]})"),
        "field \"runbook_url\": must be a string");
    row("clear_threshold not a number", rulesFile(R"({"clear_threshold":"200"})"),
        "field \"clear_threshold\": must be a number");
    row("clear_threshold above a > threshold", rulesFile(R"({"clear_threshold":1001})"),
        "field \"clear_threshold\": must not be above the threshold 1000 for op >");
    row("clear_threshold above a >= threshold", rulesFile(R"({"op":">=","clear_threshold":1500})"),
        "field \"clear_threshold\": must not be above the threshold 1000 for op >=");
    row("clear_threshold below a < threshold", rulesFile(R"({"op":"<","clear_threshold":999})"),
        "field \"clear_threshold\": must not be below the threshold 1000 for op <");
    row("clear_threshold below a <= threshold", rulesFile(R"({"op":"<=","clear_threshold":-1})"),
        "field \"clear_threshold\": must not be below the threshold 1000 for op <=");
    row("clear_threshold with ==", rulesFile(R"({"op":"==","clear_threshold":5})"),
        "field \"clear_threshold\": is not allowed with op == or !=");
    row("clear_threshold with !=", rulesFile(R"({"op":"!=","clear_threshold":5})"),
        "field \"clear_threshold\": is not allowed with op == or !=");
    row("labels not an object", rulesFile(R"({"labels":["team=a"]})"),
        "field \"labels\": must be an object of label name to value");
    row("label value not a string", rulesFile(R"({"labels":{"team":1}})"),
        "field \"labels.team\": must be a string");
    row("label alertname", rulesFile(R"({"labels":{"alertname":"x"}})"),
        "field \"labels.alertname\": the alertname label is the rule's \"alert\" field");
    row("label severity", rulesFile(R"({"labels":{"severity":"x"}})"),
        "field \"labels.severity\": the severity label is the rule's \"severity\" field");
    row("label name invalid", rulesFile(R"({"labels":{"team-name":"x"}})"),
        "field \"labels.team-name\": invalid label name");
    row("label name reserved", rulesFile(R"({"labels":{"__team":"x"}})"),
        "field \"labels.__team\": invalid label name");
    row("label value empty", rulesFile(R"({"labels":{"team":""}})"),
        "field \"labels.team\": must not be empty");
    row("label value bad template", rulesFile(R"({"labels":{"team":"{{ $labels.x"}})"),
        "field \"labels.team\": bad template: unclosed '{{'");
    row("duplicate", rulesFile("{}", R"(,{"alert":"KafkaLagHigh","metric":"tidewatch_kafka_consumergroup_lag",
                                          "op":">","threshold":5,"severity":"info"})"),
        "rule 2 (KafkaLagHigh): duplicate of rule 1 (same alert and matchers)");
    row("duplicate, matchers written differently",
        rulesFile(R"({"matchers":{"cluster":"prod"}})",
                  R"(,{"alert":"KafkaLagHigh","op":"<","threshold":1,
            "metric":"tidewatch_kafka_consumergroup_lag","severity":"info","matchers":["cluster=prod"]})"),
        "rule 2 (KafkaLagHigh): duplicate of rule 1");
    row("third rule is numbered 3",
        rulesFile("{}",
                  R"(,{"alert":"A","metric":"tidewatch_source_up","op":"==","threshold":0,"severity":"info"},
                           {"alert":"B","metric":"tidewatch_source_up","op":"==","threshold":0,"severity":"x"})"),
        "rule 3 (B): field \"severity\": unknown severity 'x'");
    row("a key given twice", rulesFile(R"({})").replace("\"op\":\">\"", "\"op\":\">\",\"op\":\"<\""),
        "rule 1: field \"op\": given more than once");
}

void TestAlertRules::parseBad()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    const auto result = AlertRules::parse(json);
    QVERIFY(!result.ok());
    QVERIFY(result.rules.isEmpty());
    const QString all = result.errors.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(error), qPrintable(all));
}

void TestAlertRules::everyProblemIsReported()
{
    const auto result = AlertRules::parse(rulesFile(R"({"metric":"tidewatch_foo","for":"5x","op":"~"})"));
    QCOMPARE(result.errors.size(), 3);
}

void TestAlertRules::errorsNameFileAndLine_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("errors"); // every error, exactly, in order
    const QByteArray good = R"(    {
      "alert": "Good", "metric": "tidewatch_source_up", "op": "==", "threshold": 0, "severity": "info"
    })";
    QTest::newRow("the line of the field, in the third rule")
        << QByteArray("{\"rules\": [\n" + good + ",\n" + QByteArray(good).replace("Good", "Good2") + R"(,
    {
      "alert": "KafkaLagHigh",
      "metric": "tidewatch_kafka_consumergroup_lag",
      "op": ">",
      "threshold": "1000",
      "severity": "warning"
    }
]}
)")
        << QStringList{
               QStringLiteral("rules.json:12: rule 3 (KafkaLagHigh): field \"threshold\": must be a number")};
    QTest::newRow("several problems, each on its line")
        << QByteArray(R"({"rules": [
  {"alert": "A", "metric": "tidewatch_foo",
   "op": ">", "threshold": 1,
   "severity": "warning",
   "labels": {
     "team": "x",
     "alertname": "y"
   },
   "matchers": [
     "cluster=prod",
     "consumergroup~x"
   ]}
]}
)")
        << QStringList{
               QStringLiteral(
                   "rules.json:2: rule 1 (A): field \"metric\": unknown metric 'tidewatch_foo' (see "
                   "docs/METRICS.md)"),
               QStringLiteral("rules.json:7: rule 1 (A): field \"labels.alertname\": the alertname label is "
                              "the rule's \"alert\" field"),
               QStringLiteral("rules.json:11: rule 1 (A): field \"matchers\": bad matcher 'consumergroup~x' "
                              "(use name=value, name!=value, name=~regex or name!~regex)")};
    QTest::newRow("a syntax error has its line")
        << QByteArray("{\"rules\": [\n  {\"alert\": \"A\",\n   \"op\" \">\"}\n]}\n")
        << QStringList{QStringLiteral("rules.json:3: not valid JSON: missing name separator")};
    QTest::newRow("brackets, quotes and escapes inside strings do not shift the lines")
        << QByteArray(R"({"rules": [
  {"alert": "A\"}]{[,", "metric": "tidewatch_source_up", "op": "==", "threshold": 0,
   "description": "a\nb\u007b[\\\"",
   "severity": "info", "summary": "} ] {{ $value }}",
   "labels": {"k\u0065y": "v"},
   "enabled": 1}
]}
)")
        << QStringList{
               QStringLiteral("rules.json:6: rule 1 (A\"}]{[,): field \"enabled\": must be true or false")};
    QTest::newRow("a rule that is not an object")
        << QByteArray("{\"rules\": [\n\n  \"x\"\n]}")
        << QStringList{QStringLiteral("rules.json:3: rule 1: not an object")};
}

void TestAlertRules::errorsNameFileAndLine()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, errors);
    const auto result = AlertRules::parse(json, QStringLiteral("rules.json"));
    QCOMPARE(result.errors, errors);
    QCOMPARE(ruleFileErrorStrings(result.problems), errors);
}

void TestAlertRules::newFieldsParse()
{
    const auto result = AlertRules::parse(rulesFile(
        R"({"clear_threshold":200,"labels":{"team":"kafka","page":"{{ $labels.cluster }}-oncall"},
            "runbook_url":"https://runbooks.example/{{ $labels.consumergroup }}"})"));
    QVERIFY2(result.ok(), qPrintable(result.errors.join(QLatin1Char('\n'))));
    const AlertRule &r = result.rules.at(0);
    QCOMPARE(r.clearThreshold, std::optional<double>(200));
    // sorted by name
    QCOMPARE(r.labels, (QList<QPair<QString, QString>>{
                           {QStringLiteral("page"), QStringLiteral("{{ $labels.cluster }}-oncall")},
                           {QStringLiteral("team"), QStringLiteral("kafka")}}));
    QCOMPARE(r.runbookUrl, QStringLiteral("https://runbooks.example/{{ $labels.consumergroup }}"));
    const auto plain = AlertRules::parse(rulesFile("{}"));
    QVERIFY(!plain.rules.at(0).clearThreshold.has_value());
    QVERIFY(plain.rules.at(0).labels.isEmpty());
    // clear threshold equal to the threshold is allowed (no band), for every direction
    for (const char *op : {">", ">=", "<", "<="}) {
        const auto equal = AlertRules::parse(rulesFile(
            QByteArray(R"({"op":")" + QByteArray(op) + R"(","clear_threshold":1000})").constData()));
        QVERIFY2(equal.ok(), qPrintable(equal.errors.join(QLatin1Char('\n'))));
    }
}

void TestAlertRules::defaultsParse()
{
    const auto result = AlertRules::parse(defaultsFile());
    QVERIFY2(result.ok(), qPrintable(result.errors.join(QLatin1Char('\n'))));
    QCOMPARE(result.rules.size(), 24);
    QCOMPARE(AlertRules::defaults(), result.rules);
    const auto connector = std::find_if(result.rules.cbegin(), result.rules.cend(), [](const AlertRule &r) {
        return r.name == QLatin1String("KafkaConnectConnectorFailed");
    });
    QVERIFY(connector != result.rules.cend());
    QCOMPARE(connector->promql(), QStringLiteral("tidewatch_connect_connector_state{state=\"FAILED\"} == 1"));
    const auto task = std::find_if(result.rules.cbegin(), result.rules.cend(), [](const AlertRule &r) {
        return r.name == QLatin1String("KafkaConnectTaskFailed");
    });
    QVERIFY(task != result.rules.cend());
    QCOMPARE(task->promql(), QStringLiteral("tidewatch_connect_connector_tasks_failed > 0"));
    const auto sla = std::find_if(result.rules.cbegin(), result.rules.cend(), [](const AlertRule &r) {
        return r.name == QLatin1String("BusinessSlaOnTimeLow");
    });
    QVERIFY(sla != result.rules.cend());
    QCOMPARE(sla->promql(), QStringLiteral("tidewatch_business_sla_on_time_ratio{window=\"15m\"} < 0.95"));
    QCOMPARE(sla->forMs, 300'000);
    const auto lag = std::find_if(result.rules.cbegin(), result.rules.cend(), [](const AlertRule &r) {
        return r.name == QLatin1String("KafkaConsumerGroupTimeLagHigh");
    });
    QVERIFY(lag != result.rules.cend());
    QCOMPARE(lag->promql(), QStringLiteral("tidewatch_kafka_consumergroup_max_time_lag_seconds > 300"));
    QCOMPARE(lag->forMs, 120'000);
    QCOMPARE(lag->severity, QStringLiteral("warning"));
}

void TestAlertRules::jsonRoundTrip()
{
    QList<AlertRule> rules = AlertRules::defaults();
    AlertRule odd = rule("tidewatch_kafka_consumergroup_lag", AlertComparison::LessOrEqual, 0.25,
                         {matcher("cluster", "a\"b\\c"), matcher("consumergroup", "tw-.*", true, true)});
    odd.keepFiringForMs = 90'000;
    odd.enabled = false;
    odd.clearThreshold = 0.5;
    odd.labels = {{QStringLiteral("page"), QStringLiteral("{{ $labels.cluster }}")},
                  {QStringLiteral("team"), QStringLiteral("a \"b\"\n\\c")}};
    odd.runbookUrl = QStringLiteral("https://r/{{ $labels.consumergroup }}");
    rules.append(odd);
    const auto result = AlertRules::parse(AlertRules::toJson(rules));
    QVERIFY2(result.ok(), qPrintable(result.errors.join(QLatin1Char('\n'))));
    QCOMPARE(result.rules, rules);
}

void TestAlertRules::promql_data()
{
    QTest::addColumn<AlertRule>("rule");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *name, const AlertRule &r, const char *expected) {
        QTest::newRow(name) << r << QString::fromUtf8(expected);
    };
    row("no matchers", rule("tidewatch_kafka_offline_partitions", AlertComparison::Greater, 0),
        "tidewatch_kafka_offline_partitions > 0");
    row("equality", rule("tidewatch_source_up", AlertComparison::Equal, 0, {matcher("cluster", "prod")}),
        R"(tidewatch_source_up{cluster="prod"} == 0)");
    row("regex",
        rule("tidewatch_kafka_consumergroup_max_time_lag_seconds", AlertComparison::Greater, 300,
             {matcher("consumergroup", "tw-.*", true)}),
        R"(tidewatch_kafka_consumergroup_max_time_lag_seconds{consumergroup=~"tw-.*"} > 300)");
    row("negated, fraction",
        rule("tidewatch_flink_job_max_backpressure_ratio", AlertComparison::GreaterOrEqual, 0.5,
             {matcher("cluster", "dev", false, true), matcher("job", "test-.*", true, true)}),
        R"(tidewatch_flink_job_max_backpressure_ratio{cluster!="dev",job!~"test-.*"} >= 0.5)");
    row("quote and backslash escaped",
        rule("tidewatch_flink_job_running", AlertComparison::NotEqual, 1,
             {matcher("job", R"(say "hi"\now)")}),
        R"(tidewatch_flink_job_running{job="say \"hi\"\\now"} != 1)");
    row("regex backslash escaped",
        rule("tidewatch_flink_job_running", AlertComparison::Less, 1, {matcher("job", R"(a\.b)", true)}),
        R"(tidewatch_flink_job_running{job=~"a\\.b"} < 1)");
    row("control characters escaped",
        rule("tidewatch_flink_job_running", AlertComparison::LessOrEqual, 0, {matcher("job", "a\nb\tc\x01")}),
        R"(tidewatch_flink_job_running{job="a\nb\tc\x01"} <= 0)");
    row("non-ASCII kept",
        rule("tidewatch_flink_job_running", AlertComparison::Equal, 0, {matcher("job", "Größe")}),
        R"(tidewatch_flink_job_running{job="Größe"} == 0)");
    row("negative", rule("tidewatch_flink_job_max_watermark_lag_seconds", AlertComparison::Less, -5),
        "tidewatch_flink_job_max_watermark_lag_seconds < -5");
    row("below 1e6", rule("tidewatch_kafka_consumergroup_lag", AlertComparison::Greater, 123456.5),
        "tidewatch_kafka_consumergroup_lag > 123456.5");
    row("large integer, as Prometheus prints it",
        rule("tidewatch_kafka_consumergroup_lag", AlertComparison::Greater, 123456789),
        "tidewatch_kafka_consumergroup_lag > 1.23456789e+08");
    row("huge", rule("tidewatch_kafka_consumergroup_lag", AlertComparison::Greater, 1e21),
        "tidewatch_kafka_consumergroup_lag > 1e+21");
    row("small", rule("tidewatch_kafka_broker_rtt_seconds", AlertComparison::Greater, 0.0001),
        "tidewatch_kafka_broker_rtt_seconds > 0.0001");
    row("tiny", rule("tidewatch_kafka_broker_rtt_seconds", AlertComparison::Greater, 0.00001),
        "tidewatch_kafka_broker_rtt_seconds > 1e-05");
    row("shortest round trip", rule("tidewatch_kafka_broker_rtt_seconds", AlertComparison::Greater, 0.1),
        "tidewatch_kafka_broker_rtt_seconds > 0.1");
}

void TestAlertRules::promql()
{
    QFETCH(AlertRule, rule);
    QFETCH(QString, expected);
    QCOMPARE(rule.promql(), expected);
}

void TestAlertRules::comparisons_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("holds"); // against a threshold of 5
    const auto row = [](const char *token, double value, bool holds) {
        QTest::addRow("%s %g", token, value) << QString::fromUtf8(token) << value << holds;
    };
    row(">", 6, true);
    row(">", 5, false);
    row(">=", 5, true);
    row(">=", 4, false);
    row("<", 4, true);
    row("<", 5, false);
    row("<=", 5, true);
    row("<=", 6, false);
    row("==", 5, true);
    row("==", 5.5, false);
    row("!=", 5.5, true);
    row("!=", 5, false);
}

void TestAlertRules::comparisons()
{
    QFETCH(QString, token);
    QFETCH(double, value);
    QFETCH(bool, holds);
    const auto comparison = parseComparison(token);
    QVERIFY(comparison.has_value());
    QCOMPARE(comparisonToken(*comparison), token);
    QCOMPARE(rule("tidewatch_source_up", *comparison, 5).holds(value), holds);
    QVERIFY(!parseComparison(QStringLiteral("=")).has_value());
}

void TestAlertRules::matchers_data()
{
    QTest::addColumn<LabelMatcher>("matcher");
    QTest::addColumn<bool>("matchesTw");      // consumergroup="tw-orders"
    QTest::addColumn<bool>("matchesMissing"); // no consumergroup label
    QTest::newRow("=") << matcher("consumergroup", "tw-orders") << true << false;
    QTest::newRow("= empty matches a missing label") << matcher("consumergroup", "") << false << true;
    QTest::newRow("!=") << matcher("consumergroup", "tw-orders", false, true) << false << true;
    QTest::newRow("=~") << matcher("consumergroup", "tw-.*", true) << true << false;
    QTest::newRow("=~ is anchored at the start")
        << matcher("consumergroup", "orders", true) << false << false;
    QTest::newRow("=~ is anchored at the end") << matcher("consumergroup", "tw-", true) << false << false;
    QTest::newRow("=~ alternation stays anchored")
        << matcher("consumergroup", "x|tw-o", true) << false << false;
    QTest::newRow("=~ .* matches a missing label") << matcher("consumergroup", ".*", true) << true << true;
    QTest::newRow("!~") << matcher("consumergroup", "tw-.*", true, true) << false << true;
}

void TestAlertRules::matchers()
{
    QFETCH(LabelMatcher, matcher);
    QFETCH(bool, matchesTw);
    QFETCH(bool, matchesMissing);
    const AlertRule r = rule("tidewatch_kafka_consumergroup_lag", AlertComparison::Greater, 0, {matcher});
    const MetricSample tw{QStringLiteral("tidewatch_kafka_consumergroup_lag"),
                          {{QStringLiteral("cluster"), QStringLiteral("prod")},
                           {QStringLiteral("consumergroup"), QStringLiteral("tw-orders")}},
                          1};
    MetricSample missing = tw;
    missing.labels.removeLast();
    QCOMPARE(r.matches(tw), matchesTw);
    QCOMPARE(r.matches(missing), matchesMissing);
    MetricSample otherMetric = tw;
    otherMetric.name = QStringLiteral("tidewatch_kafka_consumergroup_max_lag");
    QVERIFY(!r.matches(otherMetric));
}

void TestAlertRules::promtoolAcceptsExport()
{
    const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
    if (promtool.isEmpty()) {
        // The setup installs it: in CI a missing promtool is a broken setup, not a reason to skip.
        if (qEnvironmentVariableIsSet("CI"))
            QFAIL("promtool is not installed");
        QSKIP("promtool is not installed");
    }
    QList<AlertRule> rules = AlertRules::defaults();
    AlertRule escaped = rule("tidewatch_flink_job_running", AlertComparison::Equal, 0,
                             {matcher("job", R"(say "hi"\now)"), matcher("job_id", R"(a\.b|c"d)", true)});
    escaped.name = QStringLiteral("Escaping \"test\"");
    escaped.summary = QStringLiteral("{{ $labels.job }}: \"quoted\"\nand \\ {{ $value }}");
    escaped.keepFiringForMs = 180'000;
    rules.append(escaped);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("rules.yml")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(AlertRules::toPrometheusYaml(rules));
    file.close();

    QProcess process;
    process.start(promtool, {QStringLiteral("check"), QStringLiteral("rules"), file.fileName()});
    QVERIFY(process.waitForFinished(30'000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(process.exitCode() == 0 && !err.contains(QLatin1String("FAILED")), qPrintable(out + err));
    QVERIFY2(out.contains(QStringLiteral("SUCCESS: %1 rules found").arg(rules.size())), qPrintable(out));
}

/// #18: the built-in summaries printed raw seconds ("is 18942.7 s behind"). A built-in rule over a
/// duration (a metric in seconds) prints it humanized, as Prometheus does from the exported file.
void TestAlertRules::builtInSummariesHumanizeDurations_data()
{
    QTest::addColumn<AlertRule>("rule");
    for (const AlertRule &rule : AlertRules::defaults()) {
        if (rule.metric.endsWith(QLatin1String("_seconds")))
            QTest::newRow(qPrintable(rule.name)) << rule;
    }
}

void TestAlertRules::builtInSummariesHumanizeDurations()
{
    QFETCH(AlertRule, rule);
    QVERIFY2(!rule.summary.contains(QLatin1String("{{ $value }}")), qPrintable(rule.summary));
    MetricSample sample;
    sample.name = rule.metric;
    sample.labels = {{QStringLiteral("cluster"), QStringLiteral("demo")},
                     {QStringLiteral("consumergroup"), QStringLiteral("billing")},
                     {QStringLiteral("job"), QStringLiteral("orders")},
                     {QStringLiteral("pipeline"), QStringLiteral("cdc")}};
    sample.value = 18942.7; // 5 h 15 m 42.7 s
    const QString summary = expandAlertTemplate(rule.summary, sample);
    QVERIFY2(summary.contains(QLatin1String("5h 15m 42s")), qPrintable(summary));
    QVERIFY2(!summary.contains(QLatin1String("18942")), qPrintable(summary));
}

QTEST_GUILESS_MAIN(TestAlertRules)
void TestAlertRules::humanizedValues_data()
{
    // Prometheus 2.42's template functions (tst_promtoolrules checks each against promtool itself).
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expanded");
    QTest::newRow("ratio as a percentage") << QStringLiteral("only {{ $value | humanizePercentage }} on time")
                                           << 0.873 << QStringLiteral("only 87.3% on time");
    QTest::newRow("whole percentage")
        << QStringLiteral("{{$value|humanizePercentage}}") << 0.95 << QStringLiteral("95%");
    QTest::newRow("SI prefix") << QStringLiteral("{{ $value | humanize }}") << 1234567.0
                               << QStringLiteral("1.235M");
    QTest::newRow("small SI prefix") << QStringLiteral("{{ $value | humanize }}") << 0.0000123
                                     << QStringLiteral("12.3u");
    QTest::newRow("zero") << QStringLiteral("{{ $value | humanize }}") << 0.0 << QStringLiteral("0");
    QTest::newRow("hours") << QStringLiteral("{{ $value | humanizeDuration }}") << 3725.0
                           << QStringLiteral("1h 2m 5s");
    QTest::newRow("days") << QStringLiteral("{{ $value | humanizeDuration }}") << 90061.0
                          << QStringLiteral("1d 1h 1m 1s");
    QTest::newRow("seconds keep 4 digits")
        << QStringLiteral("{{ $value | humanizeDuration }}") << 59.5 << QStringLiteral("59.5s");
    QTest::newRow("negative") << QStringLiteral("{{ $value | humanizeDuration }}") << -90.0
                              << QStringLiteral("-1m 30s");
    QTest::newRow("milliseconds") << QStringLiteral("{{ $value | humanizeDuration }}") << 0.25
                                  << QStringLiteral("250ms");
}

void TestAlertRules::humanizedValues()
{
    QFETCH(QString, text);
    QFETCH(double, value);
    QFETCH(QString, expanded);
    QCOMPARE(alertTemplateError(text), QString());
    MetricSample sample;
    sample.value = value;
    QCOMPARE(expandAlertTemplate(text, sample), expanded);
}

#include "tst_alertrules.moc"
