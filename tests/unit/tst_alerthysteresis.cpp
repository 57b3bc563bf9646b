#include "AlertEvaluator.h"
#include "PromDuration.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <QTest>

using namespace Tidewatch;

namespace {

constexpr qint64 kMinute = 60'000;
const QString kLag = QStringLiteral("tidewatch_kafka_consumergroup_lag");

/// Fires at lag > 1000 and, once firing, keeps firing while lag > 200 (or the op/thresholds given).
AlertRule hysteresisRule(AlertComparison op, double threshold, double clear, qint64 forMs, qint64 keepMs)
{
    AlertRule r;
    r.name = QStringLiteral("LagHysteresis");
    r.metric = kLag;
    r.comparison = op;
    r.threshold = threshold;
    r.clearThreshold = clear;
    r.forMs = forMs;
    r.keepFiringForMs = keepMs;
    r.severity = QStringLiteral("warning");
    r.summary = QStringLiteral("{{ $value }}");
    return r;
}

MetricSample lagSample(double value)
{
    return MetricSample{kLag,
                        {{QStringLiteral("cluster"), QStringLiteral("prod")},
                         {QStringLiteral("consumergroup"), QStringLiteral("cg1")}},
                        value};
}

/// Space-separated values, one per minute; "_" is a missing sample.
QList<double> parseValues(const QString &text)
{
    QList<double> values;
    for (const QString &token : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        values.append(token == QLatin1String("_") ? qQNaN() : token.toDouble());
    return values;
}

/// '.' inactive, 'P' pending, 'F' firing after each evaluation.
QString runStates(AlertEvaluator &evaluator, const QList<double> &values)
{
    QString states;
    for (qsizetype minute = 0; minute < values.size(); ++minute) {
        const double v = values.at(minute);
        evaluator.evaluate(qIsNaN(v) ? QList<MetricSample>{} : QList<MetricSample>{lagSample(v)},
                           minute * kMinute);
        const auto alerts = evaluator.activeAlerts();
        states += alerts.isEmpty()                             ? QLatin1Char('.')
                  : alerts.first().state == AlertState::Firing ? QLatin1Char('F')
                                                               : QLatin1Char('P');
    }
    return states;
}

} // namespace

class TestAlertHysteresis : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void timelines_data();
    void timelines();
    void timelinesMatchPromtool_data() { timelines_data(); }
    void timelinesMatchPromtool();
    void withoutClearThresholdNothingChanges();
};

void TestAlertHysteresis::timelines_data()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<double>("threshold");
    QTest::addColumn<double>("clear");
    QTest::addColumn<QString>("forDuration");
    QTest::addColumn<QString>("keepFiringFor");
    QTest::addColumn<QString>("values"); // one per minute
    QTest::addColumn<QString>("states"); // after each evaluation

    const auto row = [](const char *name, const char *op, double threshold, double clear, const char *forD,
                        const char *keep, const char *values, const char *states) {
        QTest::newRow(name) << QString::fromLatin1(op) << threshold << clear << QString::fromLatin1(forD)
                            << QString::fromLatin1(keep) << QString::fromLatin1(values)
                            << QString::fromLatin1(states);
    };
    row("fires above 1000, keeps firing until <= 200", ">", 1000, 200, "0s", "0s",
        "500 1500 900 500 201 200 900", ".FFFF..");
    row("between the thresholds never starts an alert", ">", 1000, 200, "0s", "0s", "500 900 999 1000 300",
        ".....");
    row("pending drops as soon as the fire condition stops", ">", 1000, 200, "2m", "0s",
        "1500 900 1500 1500 1500 900 300 100", "P.PPFFF.");
    row("re-fires only above the fire threshold", ">", 1000, 200, "0s", "0s", "1500 100 900 1500 900",
        "F..FF");
    row("keep_firing_for counts from the clear crossing", ">", 1000, 200, "0s", "2m",
        "1500 500 100 100 100 100", "FFFF..");
    row("back above the clear threshold during keep_firing_for", ">", 1000, 200, "0s", "2m",
        "1500 100 500 100 100 100", "FFFFF.");
    row("a vanished series ends the hysteresis", ">", 1000, 200, "0s", "0s", "1500 _ 500", "F..");
    row("less-than: fires below 0.9, clears at >= 0.95", "<", 0.9, 0.95, "0s", "0s",
        "0.99 0.8 0.92 0.949 0.95 0.92", ".FFF..");
    row("for with hysteresis", ">", 1000, 200, "1m", "0s", "1500 500 1500 1500 500 300 150 1500", "P.PFFF.P");
}

void TestAlertHysteresis::timelines()
{
    QFETCH(QString, op);
    QFETCH(double, threshold);
    QFETCH(double, clear);
    QFETCH(QString, forDuration);
    QFETCH(QString, keepFiringFor);
    QFETCH(QString, values);
    QFETCH(QString, states);
    AlertEvaluator evaluator;
    evaluator.setRules({hysteresisRule(parseComparison(op).value(), threshold, clear,
                                       PromDuration::parse(forDuration).value(),
                                       PromDuration::parse(keepFiringFor).value())});
    QCOMPARE(runStates(evaluator, parseValues(values)), states);
}

// The same timelines through Prometheus (`promtool test rules`) with the PromQL the rule exporter
// writes for a clear threshold: `m > A or (m > B and on(series labels) ALERTS{alertstate="firing"})`.
// What our evaluator fires at each minute is the expectation; promtool has to agree.
void TestAlertHysteresis::timelinesMatchPromtool()
{
    const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
    if (promtool.isEmpty()) {
        if (qEnvironmentVariableIsSet("CI"))
            QFAIL("promtool is not installed");
        QSKIP("promtool is not installed");
    }
    QFETCH(QString, op);
    QFETCH(double, threshold);
    QFETCH(double, clear);
    QFETCH(QString, forDuration);
    QFETCH(QString, keepFiringFor);
    QFETCH(QString, values);
    AlertEvaluator evaluator;
    evaluator.setRules({hysteresisRule(parseComparison(op).value(), threshold, clear,
                                       PromDuration::parse(forDuration).value(),
                                       PromDuration::parse(keepFiringFor).value())});
    const QList<double> series = parseValues(values);
    QStringList input;
    QString checks;
    for (qsizetype minute = 0; minute < series.size(); ++minute) {
        const double v = series.at(minute);
        input.append(qIsNaN(v) ? QStringLiteral("stale") : formatPromValue(v));
        evaluator.evaluate(qIsNaN(v) ? QList<MetricSample>{} : QList<MetricSample>{lagSample(v)},
                           minute * kMinute);
        checks +=
            QStringLiteral("      - eval_time: %1m\n        alertname: LagHysteresis\n        exp_alerts:")
                .arg(minute);
        if (evaluator.firingCount() == 0)
            checks += QStringLiteral(" []\n");
        for (const ActiveAlert &a : evaluator.activeAlerts()) {
            if (a.state == AlertState::Firing)
                checks += QStringLiteral(
                              "\n          - exp_labels: {severity: warning, cluster: prod, consumergroup: "
                              "cg1}\n            exp_annotations: {summary: \"%1\"}\n")
                              .arg(a.summary);
        }
    }
    const QString m = kLag + QStringLiteral("{cluster=\"prod\"}");
    const QString expr = QStringLiteral("%1 %2 %3 or (%1 %2 %4 and on(cluster, consumergroup) "
                                        "ALERTS{alertname=\"LagHysteresis\", alertstate=\"firing\"})")
                             .arg(m, op, formatPromValue(threshold), formatPromValue(clear));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile rules(dir.filePath(QStringLiteral("rules.yml")));
    QVERIFY(rules.open(QIODevice::WriteOnly));
    QString yaml =
        QStringLiteral("groups:\n  - name: t\n    rules:\n      - alert: LagHysteresis\n        expr: '%1'\n"
                       "        for: %2\n")
            .arg(expr, forDuration);
    if (keepFiringFor != QLatin1String("0s"))
        yaml += QStringLiteral("        keep_firing_for: %1\n").arg(keepFiringFor);
    yaml += QStringLiteral(
        "        labels: {severity: warning}\n        annotations: {summary: \"{{ $value }}\"}\n");
    rules.write(yaml.toUtf8());
    rules.close();
    QFile test(dir.filePath(QStringLiteral("test.yml")));
    QVERIFY(test.open(QIODevice::WriteOnly));
    test.write(
        QStringLiteral("rule_files: [rules.yml]\nevaluation_interval: 1m\ntests:\n  - interval: 1m\n"
                       "    input_series:\n      - series: '%1{cluster=\"prod\",consumergroup=\"cg1\"}'\n"
                       "        values: '%2'\n    alert_rule_test:\n%3")
            .arg(kLag, input.join(QLatin1Char(' ')), checks)
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

void TestAlertHysteresis::withoutClearThresholdNothingChanges()
{
    AlertRule rule = hysteresisRule(AlertComparison::Greater, 1000, 200, 0, 0);
    rule.clearThreshold.reset();
    AlertEvaluator evaluator;
    evaluator.setRules({rule});
    QCOMPARE(runStates(evaluator, parseValues(QStringLiteral("1500 900 1500 100"))), QStringLiteral("F.F."));
}

QTEST_GUILESS_MAIN(TestAlertHysteresis)
#include "tst_alerthysteresis.moc"
