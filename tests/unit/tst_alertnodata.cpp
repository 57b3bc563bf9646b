#include "AlertEvaluator.h"

#include <QTest>

using namespace Tidewatch;

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kBase = 1'800'000'000'000; // a real epoch time: data 10 minutes old is still after 1970

AlertRule rule(const char *name, const char *metric, double threshold, qint64 forMs, qint64 keepMs = 0)
{
    AlertRule r;
    r.name = QLatin1String(name);
    r.metric = QLatin1String(metric);
    r.comparison = AlertComparison::Greater;
    r.threshold = threshold;
    r.forMs = forMs;
    r.keepFiringForMs = keepMs;
    r.severity = QStringLiteral("warning");
    return r;
}

MetricSample sample(const char *metric, const char *cluster, double value)
{
    return MetricSample{QLatin1String(metric),
                        {{QStringLiteral("cluster"), QLatin1String(cluster)},
                         {QStringLiteral("consumergroup"), QStringLiteral("cg1")}},
                        value};
}

const char *const kLag = "tidewatch_kafka_consumergroup_lag";

/// The Kafka source of @p cluster: 'u' up and fresh, 'd' unreachable, 's' reachable but stale
/// (its last data 10 minutes old with a 2-minute staleness limit).
SourceHealth kafkaHealth(const char *cluster, char state, qint64 nowMs)
{
    SourceHealth h;
    h.cluster = QLatin1String(cluster);
    h.source = QStringLiteral("kafka");
    h.reachable = state != 'd';
    h.lastSuccessMs = state == 's' ? nowMs - 10 * kMinute : nowMs;
    h.staleAfterMs = 2 * kMinute;
    return h;
}

/// One letter per evaluation: '.' no alert, 'P' pending, 'F' firing; lower case when frozen (no data).
QChar letter(const AlertEvaluator &evaluator)
{
    const auto alerts = evaluator.activeAlerts();
    if (alerts.isEmpty())
        return QLatin1Char('.');
    const QChar c = alerts.first().state == AlertState::Firing ? QLatin1Char('F') : QLatin1Char('P');
    return alerts.first().noData ? c.toLower() : c;
}

} // namespace

class TestAlertNoData : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void metricSources_data();
    void metricSources();
    void sourceHealth_data();
    void sourceHealth();
    void timelines_data();
    void timelines();
    void noDataIsPerCluster();
    void scopedHealthFreezesOnlyItsSeries();
    void ruleForAnotherClusterHasNoNoData();
    void sourceMetricsAreAlwaysEvaluated();
    void restoreContinuesWhereItWas();
};

void TestAlertNoData::metricSources_data()
{
    QTest::addColumn<QString>("metric");
    QTest::addColumn<QString>("source");
    QTest::newRow("kafka") << "tidewatch_kafka_consumergroup_lag"
                           << "kafka";
    QTest::newRow("flink") << "tidewatch_flink_job_running"
                           << "flink";
    QTest::newRow("event topics") << "tidewatch_business_event_age_seconds"
                                  << "events";
    QTest::newRow("source health itself") << "tidewatch_source_up"
                                          << "";
    QTest::newRow("data age") << "tidewatch_source_data_age_seconds"
                              << "";
}

void TestAlertNoData::metricSources()
{
    QFETCH(QString, metric);
    QFETCH(QString, source);
    QCOMPARE(metricSource(metric), source);
}

void TestAlertNoData::sourceHealth_data()
{
    QTest::addColumn<bool>("started");
    QTest::addColumn<bool>("reachable");
    QTest::addColumn<qint64>("lastSuccessMs");
    QTest::addColumn<qint64>("staleAfterMs");
    QTest::addColumn<QString>("reason"); // at now = 10 min
    QTest::newRow("fresh") << true << true << 9 * kMinute << 2 * kMinute << "";
    QTest::newRow("exactly at the limit") << true << true << 8 * kMinute << 2 * kMinute << "";
    QTest::newRow("older than the limit") << true << true << 8 * kMinute - 1 << 2 * kMinute << "stale";
    QTest::newRow("unreachable") << true << false << 9 * kMinute << 2 * kMinute << "unreachable";
    QTest::newRow("never delivered") << true << true << qint64(-1) << 2 * kMinute << "unreachable";
    QTest::newRow("no age limit") << true << true << qint64(0) << qint64(0) << "";
    QTest::newRow("first cycle not finished") << false << false << qint64(-1) << 2 * kMinute << "starting";
}

void TestAlertNoData::sourceHealth()
{
    QFETCH(bool, started);
    QFETCH(bool, reachable);
    QFETCH(qint64, lastSuccessMs);
    QFETCH(qint64, staleAfterMs);
    QFETCH(QString, reason);
    const SourceHealth h{
        QStringLiteral("prod"), QStringLiteral("kafka"), reachable, lastSuccessMs, staleAfterMs, started};
    QCOMPARE(h.reason(10 * kMinute), reason);
    QCOMPARE(h.isLive(10 * kMinute), reason.isEmpty());
}

void TestAlertNoData::timelines_data()
{
    QTest::addColumn<QString>("forDuration"); // minutes
    QTest::addColumn<int>("keepMinutes");
    QTest::addColumn<QString>("values"); // one per minute, "_" no sample; lag > 1000 fires
    QTest::addColumn<QString>("health"); // 'u' up, 'd' unreachable, 's' stale
    QTest::addColumn<QString>("states");
    QTest::addColumn<QStringList>("events");
    const auto row = [](const char *name, const char *forMin, int keep, const char *values,
                        const char *health, const char *states, std::initializer_list<const char *> events) {
        QStringList list;
        for (const char *e : events)
            list << QLatin1String(e);
        QTest::newRow(name) << QString::fromLatin1(forMin) << keep << QString::fromLatin1(values)
                            << QString::fromLatin1(health) << QString::fromLatin1(states) << list;
    };
    // The defect this fixes: an unreachable snapshot has no lag series, so the alert used to resolve.
    row("firing alert is frozen, not resolved, while unreachable", "0", 0, "2000 _ _ 2000", "uddu", "FffF",
        {"0m Inactive->Firing", "1m nodata unreachable", "3m data back"});
    row("resolves normally once data is back", "0", 0, "2000 _ _ 10", "uddu", "Fff.",
        {"0m Inactive->Firing", "1m nodata unreachable", "3m data back", "3m Firing->Inactive"});
    row("stale data is not evaluated", "0", 0, "2000 10 10 10", "ussu", "Fff.",
        {"0m Inactive->Firing", "1m nodata stale", "3m data back", "3m Firing->Inactive"});
    row("pending alert is frozen and its for timer keeps its start", "2", 0, "2000 _ _ 2000", "uddu", "PppF",
        {"0m Inactive->Pending", "1m nodata unreachable", "3m data back", "3m Pending->Firing"});
    row("no pending alert starts without data", "0", 0, "_ _ 2000", "ddu", "..F",
        {"0m nodata unreachable", "2m data back", "2m Inactive->Firing"});
    // Timers are points in time: a gap neither pauses nor restarts them.
    row("keep_firing_for counts wall time across a gap", "0", 2, "2000 10 _ 10", "uudu", "FFf.",
        {"0m Inactive->Firing", "2m nodata unreachable", "3m data back", "3m Firing->Inactive"});
    row("keep_firing_for still running after a short gap", "0", 3, "2000 10 _ 10 10", "uuduu", "FFfF.",
        {"0m Inactive->Firing", "2m nodata unreachable", "3m data back", "4m Firing->Inactive"});
}

void TestAlertNoData::timelines()
{
    QFETCH(QString, forDuration);
    QFETCH(int, keepMinutes);
    QFETCH(QString, values);
    QFETCH(QString, health);
    QFETCH(QString, states);
    QFETCH(QStringList, events);
    AlertEvaluator evaluator;
    evaluator.setRules({rule("Lag", kLag, 1000, forDuration.toInt() * kMinute, keepMinutes * kMinute)});
    const QStringList tokens = values.split(QLatin1Char(' '));
    QString seen;
    QStringList seenEvents;
    for (qsizetype minute = 0; minute < tokens.size(); ++minute) {
        const qint64 now = kBase + minute * kMinute;
        QList<MetricSample> samples;
        if (tokens.at(minute) != QLatin1String("_"))
            samples << sample(kLag, "prod", tokens.at(minute).toDouble());
        const AlertEvaluation result =
            evaluator.evaluate(samples, {kafkaHealth("prod", health.at(minute).toLatin1(), now)}, now);
        const QString at = QString::number(minute) + QStringLiteral("m ");
        for (const RuleNoData &n : result.noDataStarted)
            seenEvents << at + QStringLiteral("nodata ") + n.reason;
        for (const RuleNoData &n : result.noDataEnded) {
            QCOMPARE(n.cluster, QStringLiteral("prod"));
            seenEvents << at + QStringLiteral("data back");
        }
        for (const AlertTransition &t : result.transitions) {
            const char *names[] = {"Inactive", "Pending", "Firing"};
            seenEvents << at + QLatin1String(names[int(t.from)]) + QStringLiteral("->") +
                              QLatin1String(names[int(t.to)]);
        }
        seen += letter(evaluator);
        QCOMPARE(evaluator.noData().size(), health.at(minute) == QLatin1Char('u') ? 0 : 1);
    }
    QCOMPARE(seen, states);
    QCOMPARE(seenEvents, events);
}

void TestAlertNoData::noDataIsPerCluster()
{
    AlertEvaluator evaluator;
    evaluator.setRules({rule("Lag", kLag, 1000, 0)});
    evaluator.evaluate({sample(kLag, "prod", 2000), sample(kLag, "staging", 2000)},
                       {kafkaHealth("prod", 'u', 0), kafkaHealth("staging", 'u', 0)}, 0);
    QCOMPARE(evaluator.firingCount(), 2);
    // staging goes away; prod's lag drops: prod resolves, staging stays firing, frozen.
    const AlertEvaluation result = evaluator.evaluate(
        {sample(kLag, "prod", 10)}, {kafkaHealth("prod", 'u', kMinute), kafkaHealth("staging", 'd', kMinute)},
        kMinute);
    QCOMPARE(result.transitions.size(), 1);
    QCOMPARE(result.transitions.first().alert.label(QStringLiteral("cluster")), QStringLiteral("prod"));
    QVERIFY(result.transitions.first().resolved);
    const auto alerts = evaluator.activeAlerts();
    QCOMPARE(alerts.size(), 1);
    QCOMPARE(alerts.first().label(QStringLiteral("cluster")), QStringLiteral("staging"));
    QVERIFY(alerts.first().noData);
    QCOMPARE(alerts.first().value, 2000.0);
    const QList<RuleNoData> noData = evaluator.noData();
    QCOMPARE(noData.size(), 1);
    QCOMPARE(noData.first(),
             (RuleNoData{QStringLiteral("Lag"), QStringLiteral("warning"), QStringLiteral("staging"),
                         QStringLiteral("kafka"), QStringLiteral("unreachable"), kMinute}));
}

void TestAlertNoData::scopedHealthFreezesOnlyItsSeries()
{
    const auto group = [](const char *cluster, const char *id, double value) {
        return MetricSample{QLatin1String(kLag),
                            {{QStringLiteral("cluster"), QLatin1String(cluster)},
                             {QStringLiteral("consumergroup"), QLatin1String(id)}},
                            value};
    };
    // The offsets of group a on prod failed this cycle (KafkaSnapshot's offsetsFailed).
    const auto offsetsFailed = [](const char *cluster, const char *id) {
        SourceHealth h;
        h.cluster = QLatin1String(cluster);
        h.source = QStringLiteral("kafka");
        h.scope = {{QStringLiteral("consumergroup"), QLatin1String(id)}};
        return h;
    };
    AlertEvaluator evaluator;
    evaluator.setRules({rule("Lag", kLag, 1000, 0), rule("SlowLag", kLag, 1000, 10 * kMinute)});
    evaluator.evaluate({group("prod", "a", 2000), group("prod", "b", 2000), group("dr", "a", 2000)},
                       {kafkaHealth("prod", 'u', 0), kafkaHealth("dr", 'u', 0)}, 0);
    QCOMPARE(evaluator.firingCount(), 3);
    QCOMPARE(evaluator.activeAlerts().size(), 6); // SlowLag pending on each

    // prod/a has no lag sample this cycle and a scoped entry; prod/b and dr/a have none either, without one.
    const AlertEvaluation result = evaluator.evaluate(
        {}, {kafkaHealth("prod", 'u', kMinute), kafkaHealth("dr", 'u', kMinute), offsetsFailed("prod", "a")},
        kMinute);
    QStringList ended;
    for (const AlertTransition &t : result.transitions)
        ended << t.alert.ruleName + QLatin1Char('/') + t.alert.label(QStringLiteral("cluster")) +
                     QLatin1Char('/') + t.alert.label(QStringLiteral("consumergroup"));
    ended.sort();
    QCOMPARE(ended, (QStringList{QStringLiteral("Lag/dr/a"), QStringLiteral("Lag/prod/b"),
                                 QStringLiteral("SlowLag/dr/a"), QStringLiteral("SlowLag/prod/b")}));
    const QList<ActiveAlert> left = evaluator.activeAlerts();
    QCOMPARE(left.size(), 2);
    for (const ActiveAlert &a : left) {
        QCOMPARE(a.label(QStringLiteral("consumergroup")), QStringLiteral("a"));
        QCOMPARE(a.label(QStringLiteral("cluster")), QStringLiteral("prod"));
        QVERIFY(a.noData);
        QCOMPARE(a.activeSinceMs, 0); // timers untouched
    }
    QVERIFY(evaluator.noData().isEmpty()); // a group's gap is not the rule's "no data" for the cluster

    // A frozen pending alert does not turn firing on a stale value: its `for` ran out meanwhile, yet it
    // fires only on the next sample that holds.
    evaluator.evaluate({}, {kafkaHealth("prod", 'u', 11 * kMinute), offsetsFailed("prod", "a")},
                       11 * kMinute);
    QCOMPARE(evaluator.firingCount(), 1);
    const AlertEvaluation back = evaluator.evaluate({group("prod", "a", 3000)},
                                                    {kafkaHealth("prod", 'u', 12 * kMinute)}, 12 * kMinute);
    QCOMPARE(back.transitions.size(), 1);
    QCOMPARE(back.transitions.first().alert.ruleName, QStringLiteral("SlowLag"));
    QCOMPARE(back.transitions.first().to, AlertState::Firing);
    QCOMPARE(evaluator.firingCount(), 2);
    for (const ActiveAlert &a : evaluator.activeAlerts())
        QVERIFY(!a.noData);
}

void TestAlertNoData::ruleForAnotherClusterHasNoNoData()
{
    AlertRule prodOnly = rule("ProdLag", kLag, 1000, 0);
    prodOnly.matchers = {LabelMatcher{QStringLiteral("cluster"), QStringLiteral("prod"), false, false}};
    AlertRule flinkRule = rule("FlinkDown", "tidewatch_flink_job_running", 0, 0);
    AlertEvaluator evaluator;
    evaluator.setRules({prodOnly, flinkRule});
    evaluator.evaluate({}, {kafkaHealth("staging", 'd', 0)}, 0);
    // staging's Kafka is down: not prod's rule's business, and not the Flink rule's either.
    QVERIFY(evaluator.noData().isEmpty());
    evaluator.evaluate({}, {kafkaHealth("prod", 'd', kMinute)}, kMinute);
    QCOMPARE(evaluator.noData().size(), 1);
    QCOMPARE(evaluator.noData().first().ruleName, QStringLiteral("ProdLag"));
}

void TestAlertNoData::sourceMetricsAreAlwaysEvaluated()
{
    // TidewatchSourceDown is about the source being down: it must fire exactly when others have no data.
    AlertRule down = rule("SourceDown", "tidewatch_source_up", 0, 0);
    down.comparison = AlertComparison::Equal;
    AlertEvaluator evaluator;
    evaluator.setRules({down});
    const MetricSample up0{QStringLiteral("tidewatch_source_up"),
                           {{QStringLiteral("cluster"), QStringLiteral("prod")},
                            {QStringLiteral("source"), QStringLiteral("kafka")}},
                           0};
    evaluator.evaluate({up0}, {kafkaHealth("prod", 'd', 0)}, 0);
    QCOMPARE(evaluator.firingCount(), 1);
    QVERIFY(evaluator.noData().isEmpty());
}

void TestAlertNoData::restoreContinuesWhereItWas()
{
    AlertEvaluator before;
    before.setRules({rule("Lag", kLag, 1000, 5 * kMinute)});
    before.evaluate({sample(kLag, "prod", 2000)}, 0);
    before.evaluate({sample(kLag, "prod", 2000)}, 2 * kMinute);
    const QList<ActiveAlert> saved = before.activeAlerts();
    QCOMPARE(saved.first().state, AlertState::Pending);

    AlertEvaluator after;
    after.setRules({rule("Lag", kLag, 1000, 5 * kMinute)});
    ActiveAlert unknown = saved.first();
    unknown.ruleName = QStringLiteral("Gone");
    QCOMPARE(after.restore({saved.first(), unknown}), QList<ActiveAlert>{unknown});
    QCOMPARE(after.activeAlerts(), saved);
    // The for timer runs from the original start: firing at 5 min, not 5 min after the restart at 3.
    QVERIFY(after.evaluate({sample(kLag, "prod", 2000)}, 3 * kMinute).isEmpty());
    const QList<AlertTransition> fired = after.evaluate({sample(kLag, "prod", 2000)}, 5 * kMinute);
    QCOMPARE(fired.size(), 1);
    QCOMPARE(fired.first().from, AlertState::Pending);
    QCOMPARE(fired.first().to, AlertState::Firing);
    QCOMPARE(fired.first().alert.activeSinceMs, 0);
}

QTEST_GUILESS_MAIN(TestAlertNoData)
#include "tst_alertnodata.moc"
