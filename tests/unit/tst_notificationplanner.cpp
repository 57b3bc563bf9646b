#include "AlertService.h"
#include "NotificationHub.h"
#include "NotificationPayloads.h"
#include "NotificationPlanner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Tidewatch;
using Labels = QList<QPair<QString, QString>>;

namespace {

QStringList lines(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out << QString::fromUtf8(item);
    return out;
}

/// A lag rule: fires when lag > 1000 has held for 4 s, with an extra label and a runbook.
AlertRule lagRule()
{
    AlertRule rule;
    rule.name = QStringLiteral("LagHigh");
    rule.metric = QStringLiteral("tidewatch_kafka_consumergroup_lag");
    rule.threshold = 1000;
    rule.forMs = 4000;
    rule.severity = QStringLiteral("warning");
    rule.labels = {{QStringLiteral("team"), QStringLiteral("{{ $labels.consumergroup }}-owners")}};
    rule.summary = QStringLiteral("{{ $labels.consumergroup }} is {{ $value }} behind");
    rule.runbookUrl = QStringLiteral("https://runbooks.example/lag?group={{ $labels.consumergroup }}");
    return rule;
}

MetricSample lag(const QString &group, double value)
{
    return MetricSample{
        QStringLiteral("tidewatch_kafka_consumergroup_lag"),
        {{QStringLiteral("cluster"), QStringLiteral("prod")}, {QStringLiteral("consumergroup"), group}},
        value};
}

QString seconds(qint64 ms)
{
    return ms < 0 ? QStringLiteral("-") : QString::number(ms / 1000.0);
}

} // namespace

/// Timelines through the real evaluator: each step "<s> <lag of cg1>" (or "<s> <lag> silenced",
/// "<s> <lag> nodata", or "<s> -" for no sample at all), evaluated every step. What goes to
/// Alertmanager is printed "<s> AM firing|resolved starts=<s> ends=<s>", webhooks "<s> WH firing|resolved".
class TestNotificationPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timeline_data()
    {
        QTest::addColumn<qint64>("resendMs");
        QTest::addColumn<QStringList>("steps");
        QTest::addColumn<QStringList>("sent");

        QTest::newRow("pending is never sent; firing is sent with startsAt = firing time")
            << qint64(60000) << lines({"0 5000", "2 5000", "4 5000", "6 5000"})
            << lines({"4 AM firing starts=4 ends=244", "4 WH firing"});
        QTest::newRow("pending that clears sends nothing")
            << qint64(60000) << lines({"0 5000", "2 5000", "3 10", "10 10"}) << QStringList{};
        QTest::newRow("re-sent every resend interval with endsAt moved on; evaluations between send nothing")
            << qint64(10000) << lines({"0 5000", "4 5000", "8 5000", "13 5000", "14 5000", "24 5000"})
            << lines({"4 AM firing starts=4 ends=44", "4 WH firing", "14 AM firing starts=4 ends=54",
                      "24 AM firing starts=4 ends=64"});
        QTest::newRow("endsAt uses the evaluation interval when it is longer than the resend interval")
            << qint64(1000) << lines({"0 5000", "4 5000"})
            << lines({"4 AM firing starts=4 ends=12", "4 WH firing"});
        QTest::newRow("resolved: endsAt = resolve time, re-sent for 15 minutes, then forgotten")
            << qint64(300000)
            << lines({"0 5000", "4 5000", "6 10", "306 10", "606 10", "905 10", "906 10", "1300 10"})
            << lines({"4 AM firing starts=4 ends=1204", "4 WH firing", "6 AM resolved starts=4 ends=6",
                      "6 WH resolved", "306 AM resolved starts=4 ends=6", "606 AM resolved starts=4 ends=6"});
        QTest::newRow("firing again after resolving is a new alert")
            << qint64(60000) << lines({"0 5000", "4 5000", "6 10", "8 5000", "12 5000"})
            << lines({"4 AM firing starts=4 ends=244", "4 WH firing", "6 AM resolved starts=4 ends=6",
                      "6 WH resolved", "12 AM firing starts=12 ends=252", "12 WH firing"});
        QTest::newRow("silenced alerts are not sent; after the silence the alert is announced")
            << qint64(60000) << lines({"0 5000 silenced", "4 5000 silenced", "6 5000 silenced", "8 5000"})
            << lines({"8 AM firing starts=4 ends=248", "8 WH firing"});
        QTest::newRow("an alert that fired and resolved under a silence sends nothing")
            << qint64(60000) << lines({"0 5000 silenced", "4 5000 silenced", "6 10 silenced", "8 10"})
            << QStringList{};
        QTest::newRow("silenced after it was sent: no re-sends, but its resolution is sent")
            << qint64(10000) << lines({"0 5000", "4 5000", "14 5000 silenced", "20 10"})
            << lines({"4 AM firing starts=4 ends=44", "4 WH firing", "20 AM resolved starts=4 ends=20",
                      "20 WH resolved"});
        QTest::newRow("no data keeps the alert firing with its annotation, never resolved")
            << qint64(10000) << lines({"0 5000", "4 5000", "10 - nodata", "14 - nodata", "24 - nodata"})
            << lines({"4 AM firing starts=4 ends=44", "4 WH firing", "14 AM firing starts=4 ends=54 NoData",
                      "24 AM firing starts=4 ends=64 NoData"});
        QTest::newRow("data back after no data: resolves as usual")
            << qint64(10000) << lines({"0 5000", "4 5000", "10 - nodata", "12 10"})
            << lines({"4 AM firing starts=4 ends=44", "4 WH firing", "12 AM resolved starts=4 ends=12",
                      "12 WH resolved"});
    }
    void timeline()
    {
        QFETCH(qint64, resendMs);
        QFETCH(QStringList, steps);
        QFETCH(QStringList, sent);

        AlertEvaluator evaluator;
        evaluator.setRules({lagRule()});
        NotificationPlanner planner;
        NotificationConfig config;
        config.resendIntervalMs = resendMs;
        config.evaluationIntervalMs = 2000;
        config.source = QStringLiteral("tidewatch@test");
        planner.setConfig(config);
        planner.setRules({lagRule()});
        QStringList actual;
        QList<ActiveAlert> lastActive;
        for (const QString &step : std::as_const(steps)) {
            const QStringList parts = step.split(QLatin1Char(' '));
            const qint64 t = parts.at(0).toLongLong() * 1000;
            NotificationInput input;
            input.nowMs = t;
            if (parts.at(1) == QLatin1String("-")) {
                // No data: the evaluator is not asked; the alerts stay as they were, marked.
                input.active = lastActive;
            } else {
                input.transitions =
                    evaluator.evaluate({lag(QStringLiteral("cg1"), parts.at(1).toDouble())}, t);
                input.active = evaluator.activeAlerts();
            }
            for (const ActiveAlert &a : std::as_const(input.active)) {
                if (parts.contains(QLatin1String("silenced")))
                    input.silenced.insert(a.labels);
                if (parts.contains(QLatin1String("nodata")))
                    input.noData.insert(a.labels);
            }
            lastActive = input.active;
            const NotificationPlan plan = planner.plan(input);
            for (const OutgoingAlert &a : plan.alertmanager) {
                QString line =
                    QStringLiteral("%1 AM %2 starts=%3 ends=%4")
                        .arg(seconds(t), a.resolved ? QStringLiteral("resolved") : QStringLiteral("firing"),
                             seconds(a.startsAtMs), seconds(a.endsAtMs));
                for (const auto &[name, value] : a.annotations) {
                    if (name == QLatin1String("tidewatch_state_reason"))
                        line += QLatin1Char(' ') + value;
                }
                actual << line;
            }
            for (const OutgoingAlert &a : plan.webhookFiring) {
                QVERIFY(!a.resolved);
                actual << seconds(t) + QStringLiteral(" WH firing");
            }
            for (const OutgoingAlert &a : plan.webhookResolved) {
                QVERIFY(a.resolved);
                actual << seconds(t) + QStringLiteral(" WH resolved");
            }
            QCOMPARE(plan.newlyFiring.size(), plan.webhookFiring.size());
        }
        QCOMPARE(actual, sent);
    }

    /// The exact body Alertmanager gets, as Prometheus 2.42 would write it for the same alert.
    void alertmanagerJson()
    {
        AlertEvaluator evaluator;
        evaluator.setRules({lagRule()});
        NotificationPlanner planner;
        NotificationConfig config;
        config.source = QStringLiteral("tidewatch@ws-17");
        planner.setConfig(config);
        planner.setRules({lagRule()});
        const qint64 t0 = 1795615484568; // 2026-11-25T14:04:44.568Z
        evaluator.evaluate({lag(QStringLiteral("billing"), 5000)}, t0 - 4000);
        NotificationInput input;
        input.nowMs = t0;
        input.transitions = evaluator.evaluate({lag(QStringLiteral("billing"), 5000)}, t0);
        input.active = evaluator.activeAlerts();
        const NotificationPlan plan = planner.plan(input);
        QCOMPARE(plan.alertmanager.size(), 1);
        const QByteArray expected =
            R"([{"annotations":{"runbook_url":"https://runbooks.example/lag?group=billing",)"
            R"("summary":"billing is 5000 behind"},"endsAt":"2026-11-25T14:08:44.568Z",)"
            R"("generatorURL":"tidewatch://rules/LagHigh?cluster=prod",)"
            R"("labels":{"alertname":"LagHigh","cluster":"prod","consumergroup":"billing","severity":"warning",)"
            R"("source":"tidewatch@ws-17","team":"billing-owners"},"startsAt":"2026-11-25T14:04:44.568Z"}])";
        QCOMPARE(NotificationPayloads::alertmanagerBody(plan.alertmanager), expected);

        const QJsonObject hook =
            QJsonDocument::fromJson(NotificationPayloads::webhookBody(plan.webhookFiring, config.source))
                .object();
        QCOMPARE(hook.value(QStringLiteral("version")).toString(), QStringLiteral("1"));
        QCOMPARE(hook.value(QStringLiteral("status")).toString(), QStringLiteral("firing"));
        QCOMPARE(hook.value(QStringLiteral("source")).toString(), QStringLiteral("tidewatch@ws-17"));
        const QJsonObject alert = hook.value(QStringLiteral("alerts")).toArray().at(0).toObject();
        QCOMPARE(alert.value(QStringLiteral("status")).toString(), QStringLiteral("firing"));
        QVERIFY(alert.value(QStringLiteral("endsAt")).isNull());
        QCOMPARE(alert.value(QStringLiteral("startsAt")).toString(),
                 QStringLiteral("2026-11-25T14:04:44.568Z"));
        QCOMPARE(alert.value(QStringLiteral("value")).toDouble(), 5000.0);
        QCOMPARE(alert.value(QStringLiteral("fingerprint")).toString(),
                 plan.webhookFiring.first().fingerprint());
        QCOMPARE(alert.value(QStringLiteral("labels")).toObject().value(QStringLiteral("team")).toString(),
                 QStringLiteral("billing-owners"));
    }

    /// Fingerprints as Alertmanager computes them (read from GET /api/v2/alerts of Alertmanager 0.25 on
    /// this machine after POSTing these labels; tst_alertmanager_stack checks more against the real one).
    void fingerprint_data()
    {
        QTest::addColumn<Labels>("labels");
        QTest::addColumn<QString>("fingerprint");
        QTest::newRow("empty") << Labels{} << QStringLiteral("cbf29ce484222325");
        QTest::newRow("alert of the spec's GET example")
            << Labels{{QStringLiteral("alertname"), QStringLiteral("KafkaConsumerLagHigh")},
                      {QStringLiteral("cluster"), QStringLiteral("prod-eu")},
                      {QStringLiteral("consumergroup"), QStringLiteral("billing")},
                      {QStringLiteral("severity"), QStringLiteral("critical")},
                      {QStringLiteral("source"), QStringLiteral("tidewatch")}}
            << QStringLiteral("e9ce9401dd93dfce");
    }
    void fingerprint()
    {
        QFETCH(Labels, labels);
        QFETCH(QString, fingerprint);
        OutgoingAlert alert;
        alert.labels = labels;
        QCOMPARE(alert.fingerprint(), fingerprint);
    }

    /// AlertService's evaluated() as the hub reads it: a silence mutes, a source without data
    /// freezes the alert, which stays firing (annotated) and is never sent as resolved.
    void fromAlertService()
    {
        AlertRule rule = lagRule();
        rule.forMs = 0;
        AlertService service;
        service.setRules({rule});
        NotificationPlanner planner;
        NotificationConfig config;
        config.resendIntervalMs = 1000;
        planner.setConfig(config);
        QStringList sent;
        connect(&service, &AlertService::evaluated, this,
                [&](const QList<AlertView> &views, const QList<AlertTransition> &transitions, qint64 nowMs) {
                    const NotificationPlan plan =
                        planner.plan(NotificationHub::inputFromViews(views, transitions, nowMs));
                    for (const OutgoingAlert &a : plan.alertmanager) {
                        QString line =
                            QStringLiteral("%1 %2 %3")
                                .arg(seconds(nowMs), a.labels.at(2).second,
                                     a.resolved ? QStringLiteral("resolved") : QStringLiteral("firing"));
                        if (a.annotations.contains(
                                {QStringLiteral("tidewatch_state_reason"), QStringLiteral("NoData")}))
                            line += QStringLiteral(" NoData");
                        sent << line;
                    }
                });
        const auto health = [](bool live, qint64 lastMs) {
            return QList<SourceHealth>{
                SourceHealth{QStringLiteral("prod"), QStringLiteral("kafka"), live, lastMs, 0}};
        };
        const QList<MetricSample> both{lag(QStringLiteral("cg1"), 5000), lag(QStringLiteral("cg2"), 5000)};
        service.evaluate(both, health(true, 0), 0);
        Silence silence;
        silence.matchers = {LabelMatcher{QStringLiteral("consumergroup"), QStringLiteral("cg2")}};
        silence.startsAtMs = 0;
        silence.endsAtMs = 100000;
        silence.createdBy = QStringLiteral("test");
        QString error;
        QVERIFY2(!service.addSilence(silence, &error, 1000).isEmpty(), qPrintable(error));
        service.evaluate(both, health(true, 2000), 2000);
        service.evaluate({}, health(false, 2000), 4000); // the source is gone: frozen, not resolved
        service.evaluate(both, health(true, 6000), 6000);
        service.evaluate({}, health(true, 8000), 8000); // data says the lag is gone: resolved
        QCOMPARE(sent, lines({"0 cg1 firing", "0 cg2 firing", "2 cg1 firing", "4 cg1 firing NoData",
                              "6 cg1 firing", "8 cg1 resolved", "8 cg2 resolved"}));
    }

    void batchesOfAtMost64()
    {
        QList<OutgoingAlert> alerts(130);
        const auto batches = NotificationPayloads::batches(alerts);
        QCOMPARE(batches.size(), 3);
        QCOMPARE(batches.at(0).size(), 64);
        QCOMPARE(batches.at(1).size(), 64);
        QCOMPARE(batches.at(2).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestNotificationPlanner)
#include "tst_notificationplanner.moc"
