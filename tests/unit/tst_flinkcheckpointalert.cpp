// The built-in FlinkCheckpointsFailing rule over a job whose checkpoints keep failing: the metric
// comes from real /checkpoints answers (FlinkParsers), the samples from flinkMetricSamples, and the
// timeline of our evaluator is replayed through Prometheus itself (`promtool test rules`).
#include "AlertEvaluator.h"
#include "AlertRules.h"
#include "FlinkParsers.h"
#include "PrometheusRuleFile.h"
#include "SnapshotMetrics.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Tidewatch;

namespace {

constexpr qint64 kMinute = 60'000;

/// `/checkpoints` as Flink 2.2 writes it, with @p completed completed and @p failed failed in all,
/// the history holding the last ten ids (failures after @p lastCompletedId).
QByteArray checkpointsBody(qint64 completed, qint64 failed, qint64 lastCompletedId)
{
    const qint64 newest = completed + failed;
    QByteArray history;
    for (qint64 id = newest; id > 0 && id > newest - 10; --id) {
        const bool done = id <= lastCompletedId;
        history += (history.isEmpty() ? "" : ",") +
                   QStringLiteral(R"({"className":"%1","id":%2,"status":"%3","is_savepoint":false})")
                       .arg(done ? QStringLiteral("completed") : QStringLiteral("failed"))
                       .arg(id)
                       .arg(done ? QStringLiteral("COMPLETED") : QStringLiteral("FAILED"))
                       .toUtf8();
    }
    const QByteArray latest =
        lastCompletedId > 0 ? QStringLiteral(R"({"className":"completed","id":%1,"status":"COMPLETED"})")
                                  .arg(lastCompletedId)
                                  .toUtf8()
                            : QByteArray("null");
    return QStringLiteral(R"({"counts":{"restored":0,"total":%1,"in_progress":0,"completed":%2,"failed":%3},
        "latest":{"completed":%4,"savepoint":null,"failed":null,"restored":null},"history":[%5]})")
        .arg(completed + failed)
        .arg(completed)
        .arg(failed)
        .arg(QString::fromUtf8(latest), QString::fromUtf8(history))
        .toUtf8();
}

AlertRule builtIn()
{
    for (const AlertRule &r : AlertRules::defaults()) {
        if (r.name == QLatin1String("FlinkCheckpointsFailing"))
            return r;
    }
    qFatal("no built-in FlinkCheckpointsFailing rule");
}

} // namespace

class TestFlinkCheckpointAlert : public QObject
{
    Q_OBJECT

    /// One evaluation per minute: (completed, failed, id of the latest completed) as Flink counts them.
    struct Minute
    {
        qint64 completed;
        qint64 failed;
        qint64 lastCompletedId;
    };
    const QList<Minute> m_timeline{
        {0, 0, 0},   {0, 1, 0}, {0, 2, 0}, {0, 3, 0},  // none ever completes: fires at 3
        {0, 5, 0},   {1, 5, 6},                        // one completes: resolved
        {1, 6, 6},   {1, 7, 6}, {1, 8, 6}, {1, 20, 6}, // three after it: fires again; 12 (history: >= 9)
        {2, 20, 22},                                   // completes again
    };
    QString m_states; ///< "." inactive, "F" firing, per minute
    QList<double> m_values;

private Q_SLOTS:
    void initTestCase()
    {
        const AlertRule rule = builtIn();
        QCOMPARE(rule.promql(),
                 QStringLiteral("tidewatch_flink_job_checkpoints_failed_since_completed >= 3"));
        AlertEvaluator evaluator;
        evaluator.setRules({rule});
        for (qsizetype minute = 0; minute < m_timeline.size(); ++minute) {
            const Minute &m = m_timeline.at(minute);
            FlinkSnapshot s;
            s.clusterName = QStringLiteral("prod");
            s.status.reachable = true;
            s.jobs = {FlinkJobInfo{QStringLiteral("j1"), QStringLiteral("expiring"),
                                   QStringLiteral("RUNNING"), 0, -1, 1000, 1, 1}};
            FlinkJobDetails d;
            d.jobId = QStringLiteral("j1");
            QString error;
            QVERIFY2(FlinkParsers::parseCheckpoints(checkpointsBody(m.completed, m.failed, m.lastCompletedId),
                                                    d.checkpoints, error),
                     qPrintable(error));
            s.jobDetails = {d};
            const QList<MetricSample> all =
                flinkMetricSamples(s, QDateTime::fromMSecsSinceEpoch(minute * kMinute));
            QList<MetricSample> samples;
            for (const MetricSample &sample : all) {
                if (sample.name == rule.metric)
                    samples.append(sample);
            }
            QCOMPARE(samples.size(), 1);
            m_values.append(samples.first().value);
            evaluator.evaluate(samples, minute * kMinute);
            m_states += evaluator.firingCount() > 0 ? QLatin1Char('F') : QLatin1Char('.');
        }
    }

    void timeline()
    {
        QCOMPARE(m_values, (QList<double>{0, 1, 2, 3, 5, 0, 1, 2, 3, 10, 0}));
        QCOMPARE(m_states, QStringLiteral("...FF...FF."));
    }

    /// The rule as exported and run by Prometheus fires at the same minutes.
    void matchesPromtool()
    {
        const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
        if (promtool.isEmpty()) {
            // The setup installs it: in CI a missing promtool is a broken setup, not a reason to skip.
            if (qEnvironmentVariableIsSet("CI"))
                QFAIL("promtool is not installed");
            QSKIP("promtool is not installed");
        }
        const AlertRule rule = builtIn();
        QString checks;
        for (qsizetype minute = 0; minute < m_states.size(); ++minute) {
            checks += QStringLiteral("      - eval_time: %1m\n        alertname: %2\n        exp_alerts:")
                          .arg(minute)
                          .arg(rule.name);
            if (m_states.at(minute) != QLatin1Char('F')) {
                checks += QStringLiteral(" []\n");
                continue;
            }
            const QString value = formatPromValue(m_values.at(minute));
            checks +=
                QStringLiteral("\n          - exp_labels: {severity: warning, cluster: prod, job: expiring, "
                               "job_id: j1}\n            exp_annotations:\n              summary: \"%1\"\n"
                               "              description: \"%2\"\n")
                    .arg(QString(rule.summary)
                             .replace(QLatin1String("{{ $labels.cluster }}"), QLatin1String("prod"))
                             .replace(QLatin1String("{{ $labels.job }}"), QLatin1String("expiring"))
                             .replace(QLatin1String("{{ $value }}"), value),
                         QString(rule.description)
                             .replace(QLatin1String("{{ $labels.job }}"), QLatin1String("expiring"))
                             .replace(QLatin1String("{{ $value }}"), value));
        }
        QStringList input;
        for (double v : std::as_const(m_values))
            input.append(formatPromValue(v));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile rules(dir.filePath(QStringLiteral("rules.yml")));
        QVERIFY(rules.open(QIODevice::WriteOnly));
        rules.write(AlertRules::toPrometheusYaml({rule}));
        rules.close();
        QFile test(dir.filePath(QStringLiteral("test.yml")));
        QVERIFY(test.open(QIODevice::WriteOnly));
        test.write(
            QStringLiteral("rule_files: [rules.yml]\nevaluation_interval: 1m\ntests:\n  - interval: 1m\n"
                           "    input_series:\n      - series: '%1{cluster=\"prod\",job=\"expiring\","
                           "job_id=\"j1\"}'\n        values: '%2'\n    alert_rule_test:\n%3")
                .arg(rule.metric, input.join(QLatin1Char(' ')), checks)
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
};

QTEST_GUILESS_MAIN(TestFlinkCheckpointAlert)
#include "tst_flinkcheckpointalert.moc"
