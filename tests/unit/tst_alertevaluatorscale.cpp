#include "AlertEvaluator.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace Tidewatch;
using namespace Qt::StringLiterals;

namespace {

const QString kLag = QStringLiteral("tidewatch_kafka_consumergroup_lag");
const QString kOffline = QStringLiteral("tidewatch_kafka_offline_partitions");

MetricSample sample(const QString &metric, QList<QPair<QString, QString>> labels, double value)
{
    std::sort(labels.begin(), labels.end());
    return MetricSample{metric, labels, value};
}

/// Series of two metrics on two clusters; some lack the `topic` label, one repeats.
QList<MetricSample> samples()
{
    const QString c = QStringLiteral("cluster");
    const QString g = QStringLiteral("consumergroup");
    const QString t = QStringLiteral("topic");
    return {
        sample(kLag, {{c, QStringLiteral("prod")}, {g, QStringLiteral("orders")}, {t, QStringLiteral("a")}},
               5000),
        sample(kLag, {{c, QStringLiteral("prod")}, {g, QStringLiteral("orders")}, {t, QStringLiteral("b")}},
               10),
        sample(kLag, {{c, QStringLiteral("prod")}, {g, QStringLiteral("billing")}}, 7000),
        sample(kLag, {{c, QStringLiteral("test")}, {g, QStringLiteral("orders")}}, 9000),
        sample(kLag, {{c, QStringLiteral("test")}, {g, QStringLiteral("")}}, 9000),
        sample(kLag, {{c, QStringLiteral("prod")}, {g, QStringLiteral("billing")}}, 8000), // repeated series
        sample(kOffline, {{c, QStringLiteral("prod")}}, 3),
        sample(kOffline, {{c, QStringLiteral("test")}}, 0),
    };
}

AlertRule rule(const QString &name, const QString &metric, const QList<LabelMatcher> &matchers)
{
    AlertRule r;
    r.name = name;
    r.metric = metric;
    r.matchers = matchers;
    r.comparison = AlertComparison::Greater;
    r.threshold = 100;
    r.severity = QStringLiteral("warning");
    return r;
}

/// What the rule must alert on, by the definition: the first sample of each series that the rule
/// matches (AlertRule::matches) and whose value holds; as "labels=value" lines, sorted.
QStringList expected(const AlertRule &r, const QList<MetricSample> &all)
{
    QStringList out;
    QSet<QList<QPair<QString, QString>>> seen;
    for (const MetricSample &s : all) {
        if (!r.matches(s) || seen.contains(s.labels) || !r.holds(s.value))
            continue;
        seen.insert(s.labels);
        QStringList labels;
        for (const auto &[name, value] : s.labels)
            labels << name + QLatin1Char('=') + value;
        out << labels.join(QLatin1Char(',')) + QLatin1Char('=') + QString::number(s.value);
    }
    out.sort();
    return out;
}

/// The alerts of rule @p name, in the form of expected().
QStringList alerted(const AlertEvaluator &evaluator, const QString &name)
{
    QStringList out;
    for (const ActiveAlert &a : evaluator.activeAlerts()) {
        if (a.ruleName != name)
            continue;
        QStringList labels;
        for (const auto &[name, value] : a.labels) {
            if (name != QLatin1String("alertname") && name != QLatin1String("severity"))
                labels << name + QLatin1Char('=') + value;
        }
        out << labels.join(QLatin1Char(',')) + QLatin1Char('=') + QString::number(a.value);
    }
    out.sort();
    return out;
}

LabelMatcher eq(const char *name, const char *value)
{
    return LabelMatcher{QLatin1String(name), QLatin1String(value), false, false};
}

} // namespace

/// The evaluator looks up each rule's candidate series in an index (by metric, and by the value of
/// an equality matcher) rather than reading every sample per rule, and finds the rules whose state a
/// reload keeps by name (20,000 rules in bounded time, issue #15; tests/bench/bench_rules_scale). These tests
/// hold the index to the definition of a match, AlertRule::matches.
class TestAlertEvaluatorScale : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameAlertsAsEveryMatchingSample_data()
    {
        QTest::addColumn<QString>("metric");
        QTest::addColumn<QStringList>("matchers");
        const QStringList none;
        QTest::newRow("no matchers: every series of the metric") << kLag << none;
        QTest::newRow("one equality matcher") << kLag << QStringList{u"consumergroup=orders"_s};
        QTest::newRow("two equality matchers")
            << kLag << QStringList{u"consumergroup=orders"_s, u"cluster=test"_s};
        QTest::newRow("a value no series has") << kLag << QStringList{u"consumergroup=nobody"_s};
        QTest::newRow("empty value: series without the label") << kLag << QStringList{u"topic="_s};
        QTest::newRow("empty value: an empty label") << kLag << QStringList{u"consumergroup="_s};
        QTest::newRow("a repeated series counts once") << kLag << QStringList{u"consumergroup=billing"_s};
        QTest::newRow("negated matcher") << kLag << QStringList{u"cluster!=prod"_s};
        QTest::newRow("regex matcher") << kLag << QStringList{u"consumergroup=~ord.*"_s};
        QTest::newRow("negated regex, then equality")
            << kLag << QStringList{u"topic!~a"_s, u"cluster=prod"_s};
        QTest::newRow("another metric") << kOffline << QStringList{u"cluster=prod"_s};
        QTest::newRow("a metric without samples") << u"tidewatch_kafka_brokers"_s << none;
    }

    void sameAlertsAsEveryMatchingSample()
    {
        QFETCH(QString, metric);
        QFETCH(QStringList, matchers);
        QList<LabelMatcher> parsed;
        static const QRegularExpression form(u"^(\\w+)(=|!=|=~|!~)(.*)$"_s);
        for (const QString &m : matchers) {
            const QRegularExpressionMatch match = form.match(m);
            QVERIFY(match.hasMatch());
            const QString op = match.captured(2);
            parsed << LabelMatcher{match.captured(1), match.captured(3), op.endsWith(u'~'),
                                   op.startsWith(u'!')};
        }
        const AlertRule tested = rule(u"Tested"_s, metric, parsed);
        const QList<MetricSample> all = samples();
        const QStringList want = expected(tested, all);
        // Alone, and among other rules on the same metric and label (which build and share the index).
        AlertEvaluator alone;
        alone.setRules({tested});
        alone.evaluate(all, 1000);
        QCOMPARE(alerted(alone, tested.name), want);
        AlertEvaluator among;
        among.setRules({rule(u"Other"_s, kLag, {eq("consumergroup", "x")}), tested,
                        rule(u"Other2"_s, kLag, {eq("cluster", "prod")})});
        among.evaluate(all, 1000);
        QCOMPARE(alerted(among, tested.name), want);
    }

    void reloadKeepsStatesOfManyRules()
    {
        QList<AlertRule> rules;
        for (int i = 0; i < 2000; ++i)
            rules << rule(QStringLiteral("R%1").arg(i), kLag,
                          {eq("consumergroup", i % 2 ? "orders" : "billing")});
        rules[0].forMs = 60000; // pending for a minute: its state must survive the reload
        AlertEvaluator evaluator;
        evaluator.setRules(rules);
        evaluator.evaluate(samples(), 1000);
        const int active = int(evaluator.activeAlerts().size());
        QCOMPARE(active, 1000 * 2 + 1000 * 1); // "orders": 2 series over 100, "billing": 1 series

        // Reversed, one rule changed, one removed: the unchanged keep their alerts (no transition),
        // the changed and removed ones end theirs.
        QList<AlertRule> next(rules.crbegin(), rules.crend());
        next.removeOne(rules.at(1));                      // R1 ("orders": 2 alerts) removed
        next[next.indexOf(rules.at(2))].threshold = 1e12; // R2 ("billing": 1 alert) changed
        evaluator.setRules(next);
        const QList<AlertTransition> transitions = evaluator.evaluate(samples(), 61000);
        QStringList ended;
        int fired = 0;
        for (const AlertTransition &t : transitions) {
            if (t.to == AlertState::Inactive)
                ended << t.alert.ruleName;
            if (t.to == AlertState::Firing)
                ++fired;
        }
        ended.sort();
        QCOMPARE(ended, (QStringList{QStringLiteral("R1"), QStringLiteral("R1"), QStringLiteral("R2")}));
        QCOMPARE(fired, 1); // R0, pending since 1000, fires at 61000: its state was kept
        QCOMPARE(int(evaluator.activeAlerts().size()), active - 3);
    }

    void duplicateRulesTakeOverStatesInOrder()
    {
        // Two equal rules (same name too): each keeps one state; a third equal one starts afresh.
        AlertRule r = rule(QStringLiteral("Same"), kLag, {eq("consumergroup", "billing")});
        r.forMs = 60000;
        AlertEvaluator evaluator;
        evaluator.setRules({r, r});
        evaluator.evaluate(samples(), 1000);
        evaluator.setRules({r, r, r});
        int firing = 0;
        int pending = 0;
        for (const AlertTransition &t : evaluator.evaluate(samples(), 61000)) {
            firing += t.to == AlertState::Firing ? 1 : 0;
            pending += t.to == AlertState::Pending ? 1 : 0;
        }
        QCOMPARE(firing, 2);
        QCOMPARE(pending, 1);
    }
};

QTEST_MAIN(TestAlertEvaluatorScale)
#include "tst_alertevaluatorscale.moc"
