#include "AlertRules.h"
#include "PrometheusRuleFile.h"
#include "RuleFiles.h"
#include "RuleTestGenerator.h"

#include <QTest>

using namespace Tidewatch;

namespace {

AlertRule rule(const QString &name, const char *metric = "tidewatch_kafka_consumergroup_lag")
{
    AlertRule r;
    r.name = name;
    r.metric = QLatin1String(metric);
    r.threshold = 1000;
    r.severity = QStringLiteral("warning");
    return r;
}

QList<AlertRule> trickyRules()
{
    const AlertRulesParseResult result = RuleFiles::readJson(qEnvironmentVariable("TIDEWATCH_FIXTURES") +
                                                             QStringLiteral("/rules/tricky-rules.json"));
    if (!result.ok())
        qFatal("tricky-rules.json: %s", qPrintable(result.errors.join(QLatin1Char('\n'))));
    return result.rules;
}

QList<AlertRule> enabledOnly(QList<AlertRule> rules)
{
    rules.removeIf([](const AlertRule &r) { return !r.enabled; });
    return rules;
}

} // namespace

class TestRuleExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void alertNames_data();
    void alertNames();
    void expr_data();
    void expr();
    void exportCarriesEverything();
    void roundTrip_data();
    void roundTrip();
    void importErrors_data();
    void importErrors();
    void labelValues_data();
    void labelValues();
};

void TestRuleExport::alertNames_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("exported");
    const auto row = [](const char *title, QStringList names, QStringList exported) {
        QTest::newRow(title) << names << exported;
    };
    row("valid names are kept", {QStringLiteral("KafkaLagHigh"), QStringLiteral("_x9")},
        {QStringLiteral("KafkaLagHigh"), QStringLiteral("_x9")});
    row("spaces and punctuation become one _", {QStringLiteral("Kafka lag > 1000 (orders)")},
        {QStringLiteral("Kafka_lag_1000_orders")});
    row("accents are dropped, other letters replaced",
        {QStringLiteral("Größe überschritten"), QStringLiteral("日本")},
        {QStringLiteral("Gro_e_uberschritten"), QStringLiteral("alert")});
    row("a leading digit gets an _", {QStringLiteral("5xx rate")}, {QStringLiteral("_5xx_rate")});
    row("a valid name is never taken by a changed one",
        {QStringLiteral("Lag high"), QStringLiteral("Lag_high")},
        {QStringLiteral("Lag_high_2"), QStringLiteral("Lag_high")});
    row("collisions are numbered in order",
        {QStringLiteral("a b"), QStringLiteral("a-b"), QStringLiteral("a.b"), QStringLiteral("a b")},
        {QStringLiteral("a_b"), QStringLiteral("a_b_2"), QStringLiteral("a_b_3"), QStringLiteral("a_b")});
    row("empty after cleaning", {QStringLiteral("!!!"), QStringLiteral("???")},
        {QStringLiteral("alert"), QStringLiteral("alert_2")});
}

void TestRuleExport::alertNames()
{
    QFETCH(QStringList, names);
    QFETCH(QStringList, exported);
    QList<AlertRule> rules;
    for (const QString &name : std::as_const(names))
        rules.append(rule(name));
    QCOMPARE(AlertRules::prometheusAlertNames(rules), exported);
    QCOMPARE(AlertRules::prometheusAlertNames(rules), exported); // deterministic
}

void TestRuleExport::expr_data()
{
    QTest::addColumn<AlertRule>("rule");
    QTest::addColumn<QString>("expected");
    AlertRule plain = rule(QStringLiteral("X"));
    QTest::newRow("without clear threshold: the condition")
        << plain << QStringLiteral("tidewatch_kafka_consumergroup_lag > 1000");
    AlertRule hysteresis = plain;
    hysteresis.clearThreshold = 200;
    QTest::newRow("hysteresis")
        << hysteresis
        << QStringLiteral(
               "tidewatch_kafka_consumergroup_lag > 1000 or (tidewatch_kafka_consumergroup_lag > 200 and "
               "ignoring(alertname, alertstate, severity) "
               "ALERTS{alertname=\"X\",alertstate=\"firing\",severity=\"warning\"})");
    AlertRule labelled = hysteresis;
    labelled.comparison = AlertComparison::Less;
    labelled.threshold = 0.5;
    labelled.clearThreshold = 0.75;
    labelled.matchers = {LabelMatcher{QStringLiteral("cluster"), QStringLiteral("a\"b")}};
    labelled.labels = {{QStringLiteral("page"), QStringLiteral("{{ $labels.cluster }}")},
                       {QStringLiteral("team"), QStringLiteral("x\\y\nz")}};
    QTest::newRow("hysteresis ignores the rule's labels; literal ones narrow ALERTS, escaped")
        << labelled
        << QStringLiteral(
               "tidewatch_kafka_consumergroup_lag{cluster=\"a\\\"b\"} < 0.5 or "
               "(tidewatch_kafka_consumergroup_lag{cluster=\"a\\\"b\"} < 0.75 and "
               "ignoring(alertname, alertstate, page, severity, team) "
               "ALERTS{alertname=\"X\",alertstate=\"firing\",severity=\"warning\",team=\"x\\\\y\\nz\"})");
}

void TestRuleExport::expr()
{
    QFETCH(AlertRule, rule);
    QFETCH(QString, expected);
    QCOMPARE(AlertRules::prometheusExpr(rule, rule.name), expected);
}

void TestRuleExport::exportCarriesEverything()
{
    AlertRule r = rule(QStringLiteral("Lag high"));
    r.forMs = 120'000;
    r.keepFiringForMs = 60'000;
    r.labels = {{QStringLiteral("team"), QStringLiteral("a\"b")}};
    r.summary = QStringLiteral("s {{ $value }}");
    r.description = QStringLiteral("d\nd");
    r.runbookUrl = QStringLiteral("https://r/{{ $labels.cluster }}");
    AlertRule disabled = rule(QStringLiteral("Off"));
    disabled.enabled = false;
    const QString yaml = QString::fromUtf8(AlertRules::toPrometheusYaml({r, disabled}));
    QCOMPARE(yaml, QStringLiteral(R"(groups:
  - name: "tidewatch"
    rules:
      - alert: "Lag_high"
        expr: "tidewatch_kafka_consumergroup_lag > 1000"
        for: "2m"
        keep_firing_for: "1m"
        labels:
          severity: "warning"
          team: "a\"b"
        annotations:
          tidewatch_rule_name: "Lag high"
          summary: "s {{ $value }}"
          description: "d\nd"
          runbook_url: "https://r/{{ $labels.cluster }}"
)"));
}

void TestRuleExport::roundTrip_data()
{
    QTest::addColumn<QList<AlertRule>>("rules");
    QTest::newRow("built-in rules") << AlertRules::defaults();
    QTest::newRow("tricky names, labels, regexes, hysteresis") << enabledOnly(trickyRules());
}

void TestRuleExport::roundTrip()
{
    QFETCH(QList<AlertRule>, rules);
    const AlertRulesParseResult back =
        AlertRules::fromPrometheusYaml(AlertRules::toPrometheusYaml(rules), {});
    QVERIFY2(back.ok(), qPrintable(back.errors.join(QLatin1Char('\n'))));
    QCOMPARE(back.rules, rules);
}

void TestRuleExport::importErrors_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QStringList>("errors");
    const QByteArray head = "groups:\n  - name: g\n    rules:\n";
    const auto row = [&](const char *title, const QByteArray &rules, QStringList errors) {
        QTest::newRow(title) << QByteArray(head + rules) << errors;
    };
    row("recording rule", "      - record: x:y\n        expr: sum(x)\n",
        {QStringLiteral(
            "p.yml:4: rule 1: field \"record\": recording rules cannot be represented (only alerting "
            "rules)")});
    row("aggregation",
        "      - alert: A\n        expr: sum(tidewatch_source_up) == 0\n        labels: {severity: info}\n",
        {QStringLiteral(
            "p.yml:5: rule 1 (A): field \"expr\": cannot be represented (column 4: expected a comparison "
            "(>, >=, <, <=, == or !=)); Tidewatch reads `metric{matchers} op number` and its own "
            "hysteresis form")});
    row("non-ASCII name", "      - alert: A\n        expr: ärger > 1\n        labels: {severity: info}\n",
        {QStringLiteral(
            "p.yml:5: rule 1 (A): field \"expr\": cannot be represented (column 1: unexpected "
            "character 'ä'); Tidewatch reads `metric{matchers} op number` and its own hysteresis form")});
    row("unknown metric", "      - alert: A\n        expr: up == 0\n        labels: {severity: info}\n",
        {QStringLiteral("p.yml:5: rule 1 (A): field \"expr\": unknown metric 'up' (see docs/METRICS.md)")});
    row("unsupported template",
        "      - alert: A\n        expr: tidewatch_source_up == 0\n        labels: {severity: info}\n"
        "        annotations:\n          summary: '{{ $value | printf \"%.2f\" }}'\n",
        {QStringLiteral(
            "p.yml:8: rule 1 (A): field \"annotations.summary\": bad template: unsupported template "
            "action '{{ $value | printf \"%.2f\" }}' (use {{ $value }}, {{ $value | humanizePercentage }} "
            "or {{ $labels.NAME }})")});
    row("unknown annotation and field",
        "      - alert: A\n        expr: tidewatch_source_up == 0\n        labels: {severity: info}\n"
        "        annotations:\n          dashboard: x\n        bogus: 1\n",
        {QStringLiteral(
             "p.yml:9: rule 1 (A): field \"bogus\": unknown field (Tidewatch cannot represent it)"),
         QStringLiteral(
             "p.yml:8: rule 1 (A): field \"annotations.dashboard\": unsupported annotation (use summary, "
             "description, runbook_url)")});
    row("no severity", "      - alert: A\n        expr: tidewatch_source_up == 0\n",
        {QStringLiteral(
            "p.yml:4: rule 1 (A): field \"labels.severity\": unknown severity '' (use critical, warning "
            "or info)")});
    row("hysteresis of another alert",
        "      - alert: A\n        expr: tidewatch_source_up > 5 or (tidewatch_source_up > 2 and "
        "ignoring(alertname, "
        "alertstate, severity) ALERTS{alertname=\"B\",alertstate=\"firing\",severity=\"info\"})\n"
        "        labels: {severity: info}\n",
        {QStringLiteral(
            "p.yml:5: rule 1 (A): field \"expr\": the ALERTS part must be "
            "ALERTS{alertname=\"A\",alertstate=\"firing\",severity=...} ignoring alertname, alertstate, "
            "severity and the rule's labels")});
    row("bad duration",
        "      - alert: A\n        expr: tidewatch_source_up == 0\n        for: 5 minutes\n"
        "        labels: {severity: info}\n",
        {QStringLiteral("p.yml:6: rule 1 (A): field \"for\": bad duration '5 minutes'")});
    QTest::newRow("not YAML") << QByteArray("groups:\n  - name: [\n")
                              << QStringList{QStringLiteral(
                                     "p.yml:3:1: not valid YAML: end of sequence flow not found")};
    QTest::newRow("no groups") << QByteArray("rules: []\n")
                               << QStringList{QStringLiteral("p.yml:1: expected a map with a 'groups' list")};
}

void TestRuleExport::importErrors()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QStringList, errors);
    const AlertRulesParseResult result = AlertRules::fromPrometheusYaml(yaml, QStringLiteral("p.yml"));
    QCOMPARE(result.errors, errors);
    QVERIFY(result.rules.isEmpty());
}

void TestRuleExport::labelValues_data()
{
    QTest::addColumn<QList<LabelMatcher>>("matchers");
    QTest::addColumn<bool>("found");
    const auto m = [](const char *value, bool regex, bool negate) {
        return LabelMatcher{QStringLiteral("l"), QString::fromUtf8(value), regex, negate};
    };
    QTest::newRow("equality") << QList<LabelMatcher>{m("prod", false, false)} << true;
    QTest::newRow("not equal") << QList<LabelMatcher>{m("prod", false, true)} << true;
    QTest::newRow("regex alternation in a group")
        << QList<LabelMatcher>{m("tw-(orders|shipments)", true, false)} << true;
    QTest::newRow("counted class") << QList<LabelMatcher>{m("[0-9a-f]{4}\\d+", true, false)} << true;
    QTest::newRow("escaped dot") << QList<LabelMatcher>{m("a\\.b", true, false)} << true;
    QTest::newRow("regex and negative regex")
        << QList<LabelMatcher>{m("tw-.*", true, false), m("tw-test.*", true, true)} << true;
    QTest::newRow("contradiction") << QList<LabelMatcher>{m("a", false, false), m("a", false, true)} << false;
}

void TestRuleExport::labelValues()
{
    QFETCH(QList<LabelMatcher>, matchers);
    QFETCH(bool, found);
    const auto value = RuleTestGenerator::labelValueFor(QStringLiteral("l"), matchers);
    QCOMPARE(value.has_value(), found);
    if (value) {
        for (const LabelMatcher &m : std::as_const(matchers))
            QVERIFY2(m.matches(*value), qPrintable(*value));
    }
}

QTEST_GUILESS_MAIN(TestRuleExport)
#include "tst_ruleexport.moc"
