#include "AlertEvaluator.h"
#include "PromDuration.h"
#include "PrometheusRuleFile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <QTest>

using namespace Tidewatch;

namespace {

constexpr qint64 kMinute = 60'000;
const QString kLag = QStringLiteral("tidewatch_kafka_consumergroup_lag");

/// The rule of the promtool example in docs/specs: lag > 1000.
AlertRule lagRule(qint64 forMs, qint64 keepFiringForMs, const char *name = "KafkaConsumerLagHigh")
{
    AlertRule r;
    r.name = QLatin1String(name);
    r.metric = kLag;
    r.comparison = AlertComparison::Greater;
    r.threshold = 1000;
    r.forMs = forMs;
    r.keepFiringForMs = keepFiringForMs;
    r.severity = QStringLiteral("warning");
    r.summary = QStringLiteral("Lag high for {{ $labels.consumergroup }}");
    r.description = QStringLiteral("{{ $value }}");
    return r;
}

MetricSample lagSample(const char *group, double value)
{
    return MetricSample{kLag,
                        {{QStringLiteral("cluster"), QStringLiteral("prod")},
                         {QStringLiteral("consumergroup"), QLatin1String(group)}},
                        value};
}

/// promtool's expanding notation, one value per minute: "2000x9" is 10 samples of 2000, "_" a missing
/// sample and "_x3" three of them. Missing samples are NaN here.
QList<double> expandValues(const QString &notation)
{
    QList<double> values;
    for (const QString &token : notation.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QStringList parts = token.split(QLatin1Char('x'));
        const bool missing = parts.first() == QLatin1String("_");
        const int count = parts.size() == 1 ? 1 : parts.at(1).toInt() + (missing ? 0 : 1);
        for (int i = 0; i < count; ++i)
            values.append(missing ? qQNaN() : parts.first().toDouble());
    }
    return values;
}

QString stateName(AlertState state)
{
    switch (state) {
    case AlertState::Inactive:
        return QStringLiteral("Inactive");
    case AlertState::Pending:
        return QStringLiteral("Pending");
    case AlertState::Firing:
        return QStringLiteral("Firing");
    }
    return {};
}

/// "5m cg1 Pending->Firing", with " resolved" when it is a resolution.
QString render(const AlertTransition &t)
{
    QString group;
    for (const auto &[name, value] : t.alert.labels) {
        if (name == QLatin1String("consumergroup"))
            group = value + QLatin1Char(' ');
    }
    return QString::number(t.atMs / kMinute) + QStringLiteral("m ") + group + stateName(t.from) +
           QStringLiteral("->") + stateName(t.to) + (t.resolved ? QStringLiteral(" resolved") : QString());
}

QStringList render(const QList<AlertTransition> &transitions)
{
    QStringList lines;
    for (const AlertTransition &t : transitions)
        lines.append(render(t));
    return lines;
}

/// One letter per alert state: '.' inactive, 'P' pending, 'F' firing.
QChar stateLetter(const AlertEvaluator &evaluator)
{
    const auto alerts = evaluator.activeAlerts();
    if (alerts.isEmpty())
        return QLatin1Char('.');
    return alerts.first().state == AlertState::Firing ? QLatin1Char('F') : QLatin1Char('P');
}

} // namespace

class TestAlertEvaluator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sequences_data();
    void sequences();
    void sequencesMatchPromtool_data() { sequences_data(); }
    void sequencesMatchPromtool();
    void keepFiringKeepsLastValue();
    void seriesAreIndependent();
    void templatesAndLabels();
    void formatValue_data();
    void formatValue();
    void activeAlertsOrder();
    void disabledRuleNeverFires();
    void setRulesKeepsUnchangedRules();
};

void TestAlertEvaluator::sequences_data()
{
    QTest::addColumn<QString>("forDuration");
    QTest::addColumn<QString>("keepFiringFor");
    QTest::addColumn<QString>("values");     // one per minute, from 0m; threshold > 1000
    QTest::addColumn<QString>("states");     // after each evaluation
    QTest::addColumn<QStringList>("events"); // every transition
    const auto row = [](const char *name, const char *forDuration, const char *keep, const char *values,
                        const char *states, std::initializer_list<const char *> events) {
        QStringList list;
        for (const char *e : events)
            list.append(QLatin1String(e));
        QTest::newRow(name) << QString::fromLatin1(forDuration) << QString::fromLatin1(keep)
                            << QString::fromLatin1(values) << QString::fromLatin1(states) << list;
    };
    // The spec's section 1.4 (alerting.md), verified with promtool 2.42: pending at 4m, firing at 5m, still
    // firing at 12m (kept by keep_firing_for), resolved at 13m.
    row("promtool example", "5m", "3m", "2000x9 10x10", "PPPPPFFFFFFFF........",
        {"0m Inactive->Pending", "5m Pending->Firing", "13m Firing->Inactive resolved"});
    row("for 0 fires at once", "0s", "0s", "2000 2000 10", "FF.",
        {"0m Inactive->Firing", "2m Firing->Inactive resolved"});
    row("pending is dropped, not resolved", "5m", "3m", "2000x2 10", "PPP.",
        {"0m Inactive->Pending", "3m Pending->Inactive"});
    row("series disappears", "1m", "0s", "2000x3 _x2", "PFFF..",
        {"0m Inactive->Pending", "1m Pending->Firing", "4m Firing->Inactive resolved"});
    row("series disappears during keep_firing_for", "0s", "2m", "2000 _x3", "FFF.",
        {"0m Inactive->Firing", "3m Firing->Inactive resolved"});
    row("true again restarts keep_firing_for", "0s", "2m", "2000 10 2000 10x2", "FFFFF.",
        {"0m Inactive->Firing", "5m Firing->Inactive resolved"});
    row("a broken streak restarts for", "2m", "0s", "2000x1 10 2000x2", "PP.PPF",
        {"0m Inactive->Pending", "2m Pending->Inactive", "3m Inactive->Pending", "5m Pending->Firing"});
    row("for equal to the interval", "1m", "0s", "2000x1", "PF",
        {"0m Inactive->Pending", "1m Pending->Firing"});
    row("values formatted as Prometheus does", "0s", "0s", "1048576 123456.5 10", "FF.",
        {"0m Inactive->Firing", "2m Firing->Inactive resolved"});
    row("at the threshold does not hold", "0s", "0s", "1000x2", "...", {});
}

void TestAlertEvaluator::sequences()
{
    QFETCH(QString, forDuration);
    QFETCH(QString, keepFiringFor);
    QFETCH(QString, values);
    QFETCH(QString, states);
    QFETCH(QStringList, events);
    AlertEvaluator evaluator;
    evaluator.setRules(
        {lagRule(PromDuration::parse(forDuration).value(), PromDuration::parse(keepFiringFor).value())});
    QString seenStates;
    QStringList seenEvents;
    const QList<double> series = expandValues(values);
    for (qsizetype minute = 0; minute < series.size(); ++minute) {
        QList<MetricSample> samples;
        if (!qIsNaN(series.at(minute)))
            samples.append(lagSample("cg1", series.at(minute)));
        // One series only: leave its name out of the events.
        seenEvents += render(evaluator.evaluate(samples, minute * kMinute))
                          .replaceInStrings(QStringLiteral(" cg1 "), QStringLiteral(" "));
        seenStates += stateLetter(evaluator);
    }
    QCOMPARE(seenStates, states);
    QCOMPARE(seenEvents, events);
}

// Runs the same sequences through Prometheus itself (`promtool test rules`, which compares firing alerts
// with their labels and expanded annotations at each evaluation) with what our evaluator fired as the
// expectation. Missing samples become stale markers: our evaluator has no 5-minute lookback.
void TestAlertEvaluator::sequencesMatchPromtool()
{
    const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
    if (promtool.isEmpty()) {
        // The setup installs it: in CI a missing promtool is a broken setup, not a reason to skip.
        if (qEnvironmentVariableIsSet("CI"))
            QFAIL("promtool is not installed");
        QSKIP("promtool is not installed");
    }
    QFETCH(QString, forDuration);
    QFETCH(QString, keepFiringFor);
    QFETCH(QString, values);
    const AlertRule rule =
        lagRule(PromDuration::parse(forDuration).value(), PromDuration::parse(keepFiringFor).value());
    AlertEvaluator evaluator;
    evaluator.setRules({rule});
    QStringList input;
    QString checks;
    const QList<double> series = expandValues(values);
    for (qsizetype minute = 0; minute < series.size(); ++minute) {
        const double value = series.at(minute);
        input.append(qIsNaN(value) ? QStringLiteral("stale") : formatPromValue(value));
        evaluator.evaluate(qIsNaN(value) ? QList<MetricSample>{}
                                         : QList<MetricSample>{lagSample("cg1", value)},
                           minute * kMinute);
        checks += QStringLiteral("      - eval_time: %1m\n        alertname: %2\n        exp_alerts:")
                      .arg(minute)
                      .arg(rule.name);
        const bool firing = evaluator.firingCount() > 0;
        if (!firing)
            checks += QStringLiteral(" []\n");
        for (const ActiveAlert &a : evaluator.activeAlerts()) {
            if (a.state == AlertState::Firing)
                checks +=
                    QStringLiteral("\n          - exp_labels: {severity: warning, cluster: prod, "
                                   "consumergroup: cg1}\n            exp_annotations: {summary: \"%1\", "
                                   "description: \"%2\"}\n")
                        .arg(a.summary, a.description);
        }
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile rules(dir.filePath(QStringLiteral("rules.yml")));
    QVERIFY(rules.open(QIODevice::WriteOnly));
    rules.write(AlertRules::toPrometheusYaml({rule}));
    rules.close();
    QFile test(dir.filePath(QStringLiteral("test.yml")));
    QVERIFY(test.open(QIODevice::WriteOnly));
    test.write(QStringLiteral("rule_files: [rules.yml]\nevaluation_interval: 1m\ntests:\n  - interval: 1m\n"
                              "    input_series:\n      - series: "
                              "'tidewatch_kafka_consumergroup_lag{cluster=\"prod\",consumergroup=\"cg1\"}'\n"
                              "        values: '%1'\n    alert_rule_test:\n%2")
                   .arg(input.join(QLatin1Char(' ')), checks)
                   .toUtf8());
    test.close();

    QProcess process;
    process.setWorkingDirectory(dir.path());
    process.start(promtool, {QStringLiteral("test"), QStringLiteral("rules"), test.fileName()});
    QVERIFY(process.waitForFinished(30'000));
    const QString output =
        QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    QVERIFY2(process.exitCode() == 0, qPrintable(output));
}

void TestAlertEvaluator::keepFiringKeepsLastValue()
{
    AlertEvaluator evaluator;
    evaluator.setRules({lagRule(5 * kMinute, 3 * kMinute)});
    const QList<double> series = expandValues(QStringLiteral("2000x9 10x10"));
    for (qsizetype minute = 0; minute <= 12; ++minute)
        evaluator.evaluate({lagSample("cg1", series.at(minute))}, minute * kMinute);
    QCOMPARE(evaluator.firingCount(), 1);
    const ActiveAlert alert = evaluator.activeAlerts().constFirst();
    QCOMPARE(alert.value, 2000.0);
    QCOMPARE(alert.description, QStringLiteral("2000"));
    QCOMPARE(alert.summary, QStringLiteral("Lag high for cg1"));
    QCOMPARE(alert.activeSinceMs, 0);
    QCOMPARE(alert.firedAtMs, 5 * kMinute);
    QCOMPARE(alert.lastTrueMs, 9 * kMinute);
    QCOMPARE(alert.keepFiringSinceMs, 10 * kMinute);
}

void TestAlertEvaluator::seriesAreIndependent()
{
    AlertEvaluator evaluator;
    evaluator.setRules({lagRule(kMinute, 0)});
    QStringList events;
    events += render(evaluator.evaluate({lagSample("a", 2000), lagSample("b", 10)}, 0));
    events += render(evaluator.evaluate({lagSample("a", 2000), lagSample("b", 2000)}, kMinute));
    QCOMPARE(evaluator.firingCount(), 1);
    events += render(evaluator.evaluate({lagSample("a", 10), lagSample("b", 2000)}, 2 * kMinute));
    events += render(evaluator.evaluate({lagSample("b", 2000), lagSample("b", 5)}, 3 * kMinute)); // repeated
    QCOMPARE(events,
             (QStringList{QStringLiteral("0m a Inactive->Pending"), QStringLiteral("1m a Pending->Firing"),
                          QStringLiteral("1m b Inactive->Pending"), QStringLiteral("2m b Pending->Firing"),
                          QStringLiteral("2m a Firing->Inactive resolved")}));
    QCOMPARE(evaluator.firingCount(), 1);
}

void TestAlertEvaluator::templatesAndLabels()
{
    AlertRule rule = lagRule(0, 0);
    rule.summary =
        QStringLiteral("{{ $labels.cluster }}/{{$labels.consumergroup}}: {{ $value }} [{{ $labels.nope }}]");
    rule.description = QStringLiteral("{{ $labels.__name__ }} is {{ $value }}; {{ literal");
    AlertEvaluator evaluator;
    evaluator.setRules({rule});
    MetricSample sample = lagSample("tw-orders", 1234.5);
    sample.labels.append({QStringLiteral("severity"), QStringLiteral("from-series")});
    const auto transitions = evaluator.evaluate({sample}, 0);
    QCOMPARE(transitions.size(), 1);
    const ActiveAlert &alert = transitions.first().alert;
    QCOMPARE(alert.summary, QStringLiteral("prod/tw-orders: 1234.5 []"));
    QCOMPARE(alert.description, QStringLiteral("tidewatch_kafka_consumergroup_lag is 1234.5; {{ literal"));
    QCOMPARE(alert.ruleName, QStringLiteral("KafkaConsumerLagHigh"));
    QCOMPARE(alert.severity, QStringLiteral("warning"));
    const QList<QPair<QString, QString>> labels{
        {QStringLiteral("alertname"), QStringLiteral("KafkaConsumerLagHigh")},
        {QStringLiteral("cluster"), QStringLiteral("prod")},
        {QStringLiteral("consumergroup"), QStringLiteral("tw-orders")},
        {QStringLiteral("severity"), QStringLiteral("warning")}};
    QCOMPARE(alert.labels, labels);
    QCOMPARE(alert.label(QStringLiteral("consumergroup")), QStringLiteral("tw-orders"));
    QCOMPARE(alert.label(QStringLiteral("nope")), QString());
}

void TestAlertEvaluator::formatValue_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expected");
    // What promtool 2.42 expands {{ $value }} to for these values.
    QTest::newRow("integer") << 2000.0 << QStringLiteral("2000");
    QTest::newRow("fraction") << 1234.5 << QStringLiteral("1234.5");
    QTest::newRow("below 1e6") << 123456.5 << QStringLiteral("123456.5");
    QTest::newRow("1e6 and above") << 1048576.0 << QStringLiteral("1.048576e+06");
    QTest::newRow("1e20") << 1e20 << QStringLiteral("1e+20");
    QTest::newRow("1e-4") << 0.0001 << QStringLiteral("0.0001");
    QTest::newRow("below 1e-4") << 0.00001 << QStringLiteral("1e-05");
    QTest::newRow("negative") << -0.5 << QStringLiteral("-0.5");
    QTest::newRow("zero") << 0.0 << QStringLiteral("0");
    QTest::newRow("NaN") << qQNaN() << QStringLiteral("NaN");
    QTest::newRow("-Inf") << -qInf() << QStringLiteral("-Inf");
}

void TestAlertEvaluator::formatValue()
{
    QFETCH(double, value);
    QFETCH(QString, expected);
    QCOMPARE(formatPromValue(value), expected);
}

void TestAlertEvaluator::activeAlertsOrder()
{
    AlertRule critical = lagRule(0, 0, "Critical");
    critical.severity = QStringLiteral("critical");
    critical.threshold = 5000;
    AlertRule info = lagRule(0, 0, "Info");
    info.severity = QStringLiteral("info");
    AlertRule pending = lagRule(10 * kMinute, 0, "Pending");
    pending.severity = QStringLiteral("critical");
    AlertEvaluator evaluator;
    evaluator.setRules({info, pending, lagRule(0, 0, "Warning"), critical});
    evaluator.evaluate({lagSample("old", 2000)}, 0);
    evaluator.evaluate({lagSample("old", 2000), lagSample("new", 9000)}, kMinute);
    QStringList order;
    for (const ActiveAlert &a : evaluator.activeAlerts())
        order.append(a.ruleName + QLatin1Char('/') + a.labels.at(2).second);
    QCOMPARE(order, (QStringList{QStringLiteral("Critical/new"), QStringLiteral("Warning/old"),
                                 QStringLiteral("Warning/new"), QStringLiteral("Info/old"),
                                 QStringLiteral("Info/new"), QStringLiteral("Pending/old"),
                                 QStringLiteral("Pending/new")}));
    QCOMPARE(evaluator.firingCount(), 5);
}

void TestAlertEvaluator::disabledRuleNeverFires()
{
    AlertRule rule = lagRule(0, 0);
    rule.enabled = false;
    AlertEvaluator evaluator;
    evaluator.setRules({rule});
    QVERIFY(evaluator.evaluate({lagSample("cg1", 2000)}, 0).isEmpty());
    QVERIFY(evaluator.activeAlerts().isEmpty());
}

void TestAlertEvaluator::setRulesKeepsUnchangedRules()
{
    const AlertRule kept = lagRule(0, 0, "Kept");
    const AlertRule changed = lagRule(0, 0, "Changed");
    const AlertRule removed = lagRule(kMinute * 10, 0, "Removed"); // pending
    AlertEvaluator evaluator;
    evaluator.setRules({kept, changed, removed});
    evaluator.evaluate({lagSample("cg1", 2000)}, 0);
    QCOMPARE(evaluator.activeAlerts().size(), 3);

    AlertRule changedAgain = changed;
    changedAgain.threshold = 1500;
    const AlertRule added = lagRule(0, 0, "Added");
    evaluator.setRules({added, changedAgain, kept});
    QCOMPARE(evaluator.rules(), (QList<AlertRule>{added, changedAgain, kept}));
    QCOMPARE(evaluator.activeAlerts().size(), 1); // only "Kept" survives
    QCOMPARE(evaluator.activeAlerts().first().activeSinceMs, 0);

    // The alerts of replaced rules are reported once, then the new rules start from scratch.
    QCOMPARE(
        render(evaluator.evaluate({lagSample("cg1", 2000)}, kMinute)),
        (QStringList{QStringLiteral("1m cg1 Firing->Inactive resolved"),
                     QStringLiteral("1m cg1 Pending->Inactive"), QStringLiteral("1m cg1 Inactive->Firing"),
                     QStringLiteral("1m cg1 Inactive->Firing")}));
    const auto alerts = evaluator.activeAlerts();
    QCOMPARE(alerts.size(), 3);
    for (const ActiveAlert &a : alerts)
        QCOMPARE(a.activeSinceMs, a.ruleName == QLatin1String("Kept") ? 0 : kMinute);
}

QTEST_GUILESS_MAIN(TestAlertEvaluator)
#include "tst_alertevaluator.moc"
