// Cross-checks with the real promtool (Prometheus 2.42): RE2 matchers, exported rule files, and the
// promtool unit tests generated from rules (the proof that an exported rule means what the rule means).
#include "AlertRules.h"
#include "LabelRegex.h"
#include "PromDuration.h"
#include "PrometheusRuleFile.h"
#include "RuleFiles.h"
#include "RuleTestGenerator.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Tidewatch;

namespace {

struct Run
{
    int exitCode = -1;
    QString output;
};

QString promtoolPath()
{
    return QStandardPaths::findExecutable(QStringLiteral("promtool"));
}

Run promtool(const QStringList &arguments, const QString &dir)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(promtoolPath(), arguments);
    Run run;
    if (!process.waitForFinished(60'000))
        return run;
    run.exitCode = process.exitCode();
    run.output = QString::fromUtf8(process.readAll());
    return run;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

struct RegexRow
{
    const char *pattern;
    const char *value;
    bool matches;
};

// Which values a `=~` matcher selects; run through our matcher and through promtool.
const RegexRow kRegexRows[] = {
    {"tw-.*", "tw-orders", true},
    {"orders", "tw-orders", false}, // anchored at the start
    {"tw-", "tw-orders", false},    // and at the end
    {"x|tw-o", "tw-orders", false}, // the alternation stays inside the anchors
    {"x|tw-orders", "tw-orders", true},
    {".*", "", true}, // a missing label is an empty one
    {".+", "", false},
    {"", "", true},
    {"", "x", false},
    {"a.c", "a\nc", false}, // . does not match a newline (Prometheus 2.42)
    {"(?s)a.c", "a\nc", true},
    {"(?i)ORDERS", "orders", true},
    {"\\w+", "größe", false}, // \w is ASCII only
    {"\\pL+", "größe", true},
    {"[[:upper:]]+", "ABC", true},
    {"a{2}", "aa", true},
    {"a{2}", "aaa", false},
    {"^a$", "a", true},
    {"a\\.b", "axb", false},
    {"\\Qa.b\\E", "a.b", true},
    {"é", "é", true},
    {"x*?", "xx", true},
};

struct SyntaxRow
{
    const char *pattern;
    bool accepted;
};

// Which patterns Prometheus accepts; run through LabelRegex::error() and `promtool check rules`.
const SyntaxRow kSyntaxRows[] = {
    {"tw-.*", true},   {"a|b", true},      {"(?i)abc", true},  {"[[:alpha:]]+", true}, {"\\d{2,3}", true},
    {"\\pL+", true},   {"(?P<n>x)", true}, {"a{1000}", true},  {"\\Qa.b\\E", true},    {"", true},
    {"[^a]", true},    {"\\z", true},      {"x*?", true},      {"(?U)a+", true},       {"(a)\\1", false},
    {"a(?=b)", false}, {"a(?!b)", false},  {"(?<=a)b", false}, {"a*+", false},         {"a++", false},
    {"tw-(", false},   {"a{1001}", false}, {"\\C", false},     {"[z-a]", false},       {"*a", false},
    {"\\Z", false},    {"a**", false},     {"(?<n>x)", false}, {"\\8", false},         {"[[:foo:]]", false},
};

} // namespace

class TestPromtoolRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void regexSyntax_data();
    void regexSyntax();
    void regexMatching();
    void exportsPassPromtool_data();
    void exportsPassPromtool();
    void hysteresisInPrometheus_data();
    void hysteresisInPrometheus();
    void generatedTestsCatchAnotherMeaning_data();
    void generatedTestsCatchAnotherMeaning();
    void humanizeAsInPrometheus_data();
    void humanizeAsInPrometheus();
};

void TestPromtoolRules::initTestCase()
{
    if (promtoolPath().isEmpty()) {
        // The setup installs it: in CI a missing promtool is a broken setup, not a reason to skip.
        if (qEnvironmentVariableIsSet("CI"))
            QFAIL("promtool is not installed");
        QSKIP("promtool is not installed");
    }
}

void TestPromtoolRules::regexSyntax_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("accepted");
    for (const SyntaxRow &row : kSyntaxRows)
        QTest::addRow("%s %s", row.accepted ? "accepts" : "rejects", row.pattern)
            << QString::fromUtf8(row.pattern) << row.accepted;
}

void TestPromtoolRules::regexSyntax()
{
    QFETCH(QString, pattern);
    QFETCH(bool, accepted);
    QCOMPARE(LabelRegex::error(pattern).isEmpty(), accepted);
    QTemporaryDir dir;
    AlertRule r;
    r.name = QStringLiteral("R");
    r.metric = QStringLiteral("tidewatch_source_up");
    r.matchers = {LabelMatcher{QStringLiteral("source"), pattern, true}};
    r.severity = QStringLiteral("info");
    QVERIFY(writeFile(dir.filePath(QStringLiteral("r.yml")), AlertRules::toPrometheusYaml({r})));
    const Run run =
        promtool({QStringLiteral("check"), QStringLiteral("rules"), QStringLiteral("r.yml")}, dir.path());
    QVERIFY2(run.exitCode == (accepted ? 0 : 1), qPrintable(run.output));
    // our own check gives the reason at load time, as promtool does
    if (!accepted) {
        const AlertRulesParseResult parsed =
            AlertRules::parse(AlertRules::toJson({r}), QStringLiteral("rules.json"));
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.errors.first().contains(QLatin1String("invalid regex")),
                 qPrintable(parsed.errors.first()));
    }
}

void TestPromtoolRules::regexMatching()
{
    // One series per row; one PromQL test per row selects it with the row's regex, or selects nothing.
    QString series;
    QString tests;
    int index = 0;
    for (const RegexRow &row : kRegexRows) {
        const QString pattern = QString::fromUtf8(row.pattern);
        const QString value = QString::fromUtf8(row.value);
        const LabelMatcher matcher{QStringLiteral("source"), pattern, true};
        QVERIFY2(matcher.matches(value) == row.matches,
                 qPrintable(QStringLiteral("ours: %1 =~ %2").arg(value, pattern)));
        const QString rowLabel = QStringLiteral("row=\"%1\"").arg(index++);
        const QString labels =
            value.isEmpty() ? rowLabel : rowLabel + QStringLiteral(",source=") + promqlQuoted(value);
        series += QStringLiteral("      - series: %1\n        values: \"1\"\n")
                      .arg(AlertRules::yamlQuoted(QStringLiteral("tidewatch_source_up{%1}").arg(labels)));
        tests += QStringLiteral("      - expr: %1\n        eval_time: 0s\n")
                     .arg(AlertRules::yamlQuoted(QStringLiteral("tidewatch_source_up{%1,source=~%2}")
                                                     .arg(rowLabel, promqlQuoted(pattern))));
        tests += row.matches
                     ? QStringLiteral("        exp_samples:\n          - labels: %1\n            value: 1\n")
                           .arg(AlertRules::yamlQuoted(QStringLiteral("tidewatch_source_up{%1}").arg(labels)))
                     : QStringLiteral("        exp_samples: []\n");
    }
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("empty.yml")), "groups: []\n"));
    const QString test =
        QStringLiteral("rule_files: [empty.yml]\nevaluation_interval: 1m\ntests:\n  - interval: "
                       "1m\n    input_series:\n") +
        series + QStringLiteral("    promql_expr_test:\n") + tests;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("t.yml")), test.toUtf8()));
    const Run run =
        promtool({QStringLiteral("test"), QStringLiteral("rules"), QStringLiteral("t.yml")}, dir.path());
    QVERIFY2(run.exitCode == 0, qPrintable(run.output + QStringLiteral("\n") + test));
}

void TestPromtoolRules::exportsPassPromtool_data()
{
    QTest::addColumn<QList<AlertRule>>("rules");
    QTest::addColumn<int>("enabled");
    QTest::newRow("built-in rules") << AlertRules::defaults() << int(AlertRules::defaults().size());
    const AlertRulesParseResult tricky = RuleFiles::readJson(qEnvironmentVariable("TIDEWATCH_FIXTURES") +
                                                             QStringLiteral("/rules/tricky-rules.json"));
    QVERIFY2(tricky.ok(), qPrintable(tricky.errors.join(QLatin1Char('\n'))));
    QTest::newRow("odd names, quotes, backslashes, newlines, regexes, hysteresis, keep_firing_for")
        << tricky.rules << int(tricky.rules.size() - 1);
}

void TestPromtoolRules::exportsPassPromtool()
{
    QFETCH(QList<AlertRule>, rules);
    QFETCH(int, enabled);
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("rules.yml")), AlertRules::toPrometheusYaml(rules)));
    Run run =
        promtool({QStringLiteral("check"), QStringLiteral("rules"), QStringLiteral("rules.yml")}, dir.path());
    QVERIFY2(run.exitCode == 0 && !run.output.contains(QLatin1String("FAILED")), qPrintable(run.output));
    QVERIFY2(run.output.contains(QStringLiteral("SUCCESS: %1 rules found").arg(enabled)),
             qPrintable(run.output));

    const RuleTestGenerator::Result generated =
        RuleTestGenerator::generate(rules, QStringLiteral("rules.yml"));
    QVERIFY2(generated.skipped.isEmpty(), qPrintable(generated.skipped.join(QLatin1Char('\n'))));
    QCOMPARE(generated.testedRules, enabled);
    QStringList arguments{QStringLiteral("test"), QStringLiteral("rules")};
    for (const RuleTestGenerator::TestFile &file : generated.files) {
        QVERIFY(writeFile(dir.filePath(file.name), file.content));
        arguments.append(file.name);
    }
    run = promtool(arguments, dir.path());
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
}

void TestPromtoolRules::hysteresisInPrometheus_data()
{
    // lag > 1000, clear at 200 (fires above 1000, keeps firing until <= 200), for 1m, one sample a minute:
    //   minute: 0  1     2     3     4    5    6    7     8    9    10
    //   value:  0  2000  2000  2000  500  201  200  2000  500  500  2000
    QTest::addColumn<int>("minute");
    QTest::addColumn<QString>("firingValue"); // empty: not firing
    QTest::newRow("quiet") << 0 << QString();
    QTest::newRow("above the threshold: pending") << 1 << QString();
    QTest::newRow("firing after for") << 2 << QStringLiteral("2000");
    QTest::newRow("between clear and threshold: still firing") << 4 << QStringLiteral("500");
    QTest::newRow("just above clear: still firing") << 5 << QStringLiteral("201");
    QTest::newRow("at clear: gone") << 6 << QString();
    QTest::newRow("above again: pending") << 7 << QString();
    QTest::newRow("pending drops between clear and threshold") << 8 << QString();
    QTest::newRow("still not firing: it was not firing before") << 9 << QString();
    QTest::newRow("pending again, for counts afresh") << 10 << QString();
}

void TestPromtoolRules::hysteresisInPrometheus()
{
    QFETCH(int, minute);
    QFETCH(QString, firingValue);
    AlertRule r;
    r.name = QStringLiteral("LagHigh");
    r.metric = QStringLiteral("tidewatch_kafka_consumergroup_lag");
    r.threshold = 1000;
    r.clearThreshold = 200;
    r.forMs = 60'000;
    r.severity = QStringLiteral("warning");
    r.summary = QStringLiteral("{{ $value }}");
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("rules.yml")), AlertRules::toPrometheusYaml({r})));
    const QString expected =
        firingValue.isEmpty()
            ? QStringLiteral("[]")
            : QStringLiteral("\n          - exp_labels: {cluster: c, severity: warning}\n            "
                             "exp_annotations: {summary: \"%1\"}")
                  .arg(firingValue);
    const QString test = QStringLiteral(R"(rule_files: [rules.yml]
evaluation_interval: 1m
tests:
  - interval: 1m
    input_series:
      - series: 'tidewatch_kafka_consumergroup_lag{cluster="c"}'
        values: '0 2000 2000 2000 500 201 200 2000 500 500 2000'
    alert_rule_test:
      - eval_time: %1m
        alertname: LagHigh
        exp_alerts: %2
)")
                             .arg(minute)
                             .arg(expected);
    QVERIFY(writeFile(dir.filePath(QStringLiteral("t.yml")), test.toUtf8()));
    const Run run =
        promtool({QStringLiteral("test"), QStringLiteral("rules"), QStringLiteral("t.yml")}, dir.path());
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
}

void TestPromtoolRules::humanizeAsInPrometheus_data()
{
    // Prometheus expands the exported summary itself; promtool compares it with Tidewatch's expansion.
    QTest::addColumn<QString>("function");
    QTest::addColumn<QString>("value"); // as written in the input series
    const char *const values[] = {"0.873", "0.95", "1",     "0",   "0.0000123", "1234567",     "59.5",
                                  "90",    "3725", "90061", "-90", "0.25",      "123456789012"};
    for (const char *function : {"humanize", "humanizePercentage", "humanizeDuration"}) {
        for (const char *value : values)
            QTest::addRow("%s %s", function, value)
                << QString::fromLatin1(function) << QString::fromLatin1(value);
    }
}

void TestPromtoolRules::humanizeAsInPrometheus()
{
    QFETCH(QString, function);
    QFETCH(QString, value);
    AlertRule r;
    r.name = QStringLiteral("Shown");
    r.metric = QStringLiteral("tidewatch_business_sla_on_time_ratio");
    r.comparison = AlertComparison::Greater;
    r.threshold = -1e15;
    r.severity = QStringLiteral("warning");
    r.summary = QStringLiteral("{{ $value | %1 }}").arg(function);
    QVERIFY2(alertTemplateError(r.summary).isEmpty(), qPrintable(alertTemplateError(r.summary)));
    MetricSample sample;
    sample.name = r.metric;
    sample.value = value.toDouble();
    const QString ours = expandAlertTemplate(r.summary, sample);
    QVERIFY(!ours.isEmpty());
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("rules.yml")), AlertRules::toPrometheusYaml({r})));
    const QString test = QStringLiteral(R"(rule_files: [rules.yml]
evaluation_interval: 1m
tests:
  - interval: 1m
    input_series:
      - series: 'tidewatch_business_sla_on_time_ratio{cluster="c"}'
        values: '%1 %1'
    alert_rule_test:
      - eval_time: 1m
        alertname: Shown
        exp_alerts:
          - exp_labels: {cluster: c, severity: warning}
            exp_annotations: {summary: "%2"}
)")
                             .arg(value, ours);
    QVERIFY(writeFile(dir.filePath(QStringLiteral("t.yml")), test.toUtf8()));
    const Run run =
        promtool({QStringLiteral("test"), QStringLiteral("rules"), QStringLiteral("t.yml")}, dir.path());
    QVERIFY2(run.exitCode == 0, qPrintable(ours + QLatin1Char('\n') + run.output));
}

void TestPromtoolRules::generatedTestsCatchAnotherMeaning_data()
{
    // The tests are generated from the first rule, the rule file exported from the second: promtool must
    // fail.
    QTest::addColumn<AlertRule>("meant");
    QTest::addColumn<AlertRule>("exported");
    AlertRule base;
    base.name = QStringLiteral("X");
    base.metric = QStringLiteral("tidewatch_kafka_consumergroup_lag");
    base.threshold = 1000;
    base.forMs = 120'000;
    base.severity = QStringLiteral("warning");
    base.summary = QStringLiteral("{{ $labels.cluster }} {{ $value }}");
    AlertRule shorterFor = base;
    shorterFor.forMs = 60'000;
    QTest::newRow("for") << base << shorterFor;
    AlertRule keep = base;
    keep.keepFiringForMs = 120'000;
    QTest::newRow("keep_firing_for") << keep << base;
    AlertRule hysteresis = base;
    hysteresis.clearThreshold = 200;
    QTest::newRow("hysteresis exported without it") << hysteresis << base;
    AlertRule greaterOrEqual = base;
    greaterOrEqual.comparison = AlertComparison::GreaterOrEqual;
    QTest::newRow("> instead of >=") << greaterOrEqual << base;
    AlertRule otherSummary = base;
    otherSummary.summary = QStringLiteral("{{ $value }}");
    QTest::newRow("annotation") << base << otherSummary;
    AlertRule labelled = base;
    labelled.labels = {{QStringLiteral("team"), QStringLiteral("a")}};
    QTest::newRow("labels") << labelled << base;
}

void TestPromtoolRules::generatedTestsCatchAnotherMeaning()
{
    QFETCH(AlertRule, meant);
    QFETCH(AlertRule, exported);
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("rules.yml")), AlertRules::toPrometheusYaml({exported})));
    const RuleTestGenerator::Result generated =
        RuleTestGenerator::generate({meant}, QStringLiteral("rules.yml"));
    QCOMPARE(generated.files.size(), 1);
    QVERIFY(writeFile(dir.filePath(generated.files.first().name), generated.files.first().content));
    const Run run =
        promtool({QStringLiteral("test"), QStringLiteral("rules"), generated.files.first().name}, dir.path());
    QVERIFY2(run.exitCode == 1 && run.output.contains(QLatin1String("FAILED")), qPrintable(run.output));
    // and the same tests pass against the rule they were made from
    QVERIFY(writeFile(dir.filePath(QStringLiteral("rules.yml")), AlertRules::toPrometheusYaml({meant})));
    const Run good =
        promtool({QStringLiteral("test"), QStringLiteral("rules"), generated.files.first().name}, dir.path());
    QVERIFY2(good.exitCode == 0, qPrintable(good.output));
}

QTEST_GUILESS_MAIN(TestPromtoolRules)
#include "tst_promtoolrules.moc"
