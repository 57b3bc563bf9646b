#include "RulePreviewModel.h"
#include "RuleTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Tidewatch;
using namespace Qt::StringLiterals;

namespace {

constexpr char kLag[] = "tidewatch_kafka_consumergroup_max_time_lag_seconds";

MetricSample lag(const QString &group, double seconds)
{
    return MetricSample{
        QString::fromLatin1(kLag),
        {{QStringLiteral("cluster"), QStringLiteral("local")}, {QStringLiteral("consumergroup"), group}},
        seconds};
}

AlertRule lagRule(double threshold, qint64 forMs = 0, qint64 keepFiringForMs = 0)
{
    AlertRule r;
    r.name = QStringLiteral("LagHigh");
    r.metric = QString::fromLatin1(kLag);
    r.threshold = threshold;
    r.forMs = forMs;
    r.keepFiringForMs = keepFiringForMs;
    r.severity = QStringLiteral("warning");
    r.summary = QStringLiteral("{{ $labels.consumergroup }} is {{ $value }} s behind");
    return r;
}

/// The model as text, one line per row: the columns separated by " | ".
QStringList printed(const QAbstractItemModel &model)
{
    QStringList lines;
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model.columnCount(); ++column)
            cells << model.index(row, column).data().toString();
        lines << cells.join(QStringLiteral(" | "));
    }
    return lines;
}

ActiveAlert alert(const QString &rule, const QString &group, AlertState state)
{
    ActiveAlert a;
    a.ruleName = rule;
    a.labels = {{QStringLiteral("alertname"), rule},
                {QStringLiteral("cluster"), QStringLiteral("local")},
                {QStringLiteral("consumergroup"), group}};
    a.state = state;
    return a;
}

} // namespace

class TestRuleModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ruleStates_data()
    {
        QTest::addColumn<AlertRule>("rule");
        QTest::addColumn<bool>("samplesKnown");
        QTest::addColumn<QList<ActiveAlert>>("alerts");
        QTest::addColumn<QString>("state");

        const QList<ActiveAlert> none;
        AlertRule disabled = lagRule(300);
        disabled.enabled = false;
        AlertRule otherGroup = lagRule(300);
        otherGroup.matchers = {
            LabelMatcher{QStringLiteral("consumergroup"), QStringLiteral("payments-.*"), true}};
        AlertRule oneGroup = lagRule(300);
        oneGroup.matchers = {
            LabelMatcher{QStringLiteral("consumergroup"), QStringLiteral("tw-falls-behind")}};

        QTest::newRow("before any source delivered") << lagRule(300) << false << none << "waiting for data";
        QTest::newRow("series match, nothing active") << lagRule(300) << true << none << "ok (3 series)";
        QTest::newRow("no series match the matchers") << otherGroup << true << none << "no data";
        QTest::newRow("a disabled rule") << disabled << true << none << "disabled";
        QTest::newRow("one firing, one pending")
            << lagRule(300) << true
            << QList<ActiveAlert>{alert(QStringLiteral("LagHigh"), QStringLiteral("tw-falls-behind"),
                                        AlertState::Firing),
                                  alert(QStringLiteral("LagHigh"), QStringLiteral("tw-no-members"),
                                        AlertState::Pending)}
            << "1 firing, 1 pending";
        QTest::newRow("alerts of a rule of the same name with other matchers do not count")
            << oneGroup << true
            << QList<ActiveAlert>{alert(QStringLiteral("LagHigh"), QStringLiteral("tw-no-members"),
                                        AlertState::Firing)}
            << "ok (1 series)";
        QTest::newRow("alerts of other rules do not count")
            << lagRule(300) << true
            << QList<ActiveAlert>{alert(QStringLiteral("Other"), QStringLiteral("tw-no-members"),
                                        AlertState::Firing)}
            << "ok (3 series)";
    }

    void ruleStates()
    {
        QFETCH(AlertRule, rule);
        QFETCH(bool, samplesKnown);
        QFETCH(QList<ActiveAlert>, alerts);
        QFETCH(QString, state);
        const QList<MetricSample> samples{lag(QStringLiteral("tw-keeps-up"), 1),
                                          lag(QStringLiteral("tw-falls-behind"), 420),
                                          lag(QStringLiteral("tw-no-members"), 900)};
        RuleTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(RuleTableModel::rowsFor({rule}, samples, samplesKnown, alerts));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, RuleTableModel::StateColumn).data().toString(), state);
    }

    void ruleListKeepsFileOrderAndMerges()
    {
        RuleTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        AlertRule b = lagRule(600, 120'000);
        b.name = QStringLiteral("ALagVeryHigh");
        b.severity = QStringLiteral("critical");
        model.setRows(RuleTableModel::rowsFor({lagRule(300), b}, {}, true, {}));
        QCOMPARE(printed(model),
                 (QStringList{QStringLiteral("LagHigh | %1 | %1 > 300 | 0s | warning | yes | no data")
                                  .arg(QLatin1String(kLag)),
                              QStringLiteral("ALagVeryHigh | %1 | %1 > 600 | 2m | critical | yes | no data")
                                  .arg(QLatin1String(kLag))}));
        // Disabling the second rule changes that row only.
        b.enabled = false;
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.setRows(RuleTableModel::rowsFor({lagRule(300), b}, {}, true, {}));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(model.index(1, RuleTableModel::EnabledColumn).data().toString(), QStringLiteral("no"));
        // Deleting the first rule: the list shrinks by one.
        model.setRows(RuleTableModel::rowsFor({b}, {}, true, {}));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, RuleTableModel::NameColumn).data().toString(),
                 QStringLiteral("ALagVeryHigh"));
    }

    /// The scratch evaluation of the preview over a timeline: pending with the time left of `for`,
    /// firing once it held that long, kept by keep_firing_for, resolved.
    void previewTimeline_data()
    {
        QTest::addColumn<QList<double>>("values"); ///< tw-falls-behind's lag at t = 0, 30 s, 60 s, …
        QTest::addColumn<qint64>("forMs");
        QTest::addColumn<qint64>("keepFiringForMs");
        QTest::addColumn<QStringList>("states"); ///< "holds | would fire" at each step

        QTest::newRow("for 1m: pending, then firing after it held for a minute")
            << QList<double>{420, 430, 440} << qint64(60'000) << qint64(0)
            << QStringList{u"yes | pending, fires in 1 m 0 s"_s, u"yes | pending, fires in 30 s"_s,
                           u"yes | firing"_s};
        QTest::newRow("for 0s: firing at once, gone when it stops holding")
            << QList<double>{420, 10} << qint64(0) << qint64(0)
            << QStringList{u"yes | firing"_s, u"no | no"_s};
        QTest::newRow("a pending alert whose condition stops holding never fires")
            << QList<double>{420, 10, 420} << qint64(60'000) << qint64(0)
            << QStringList{u"yes | pending, fires in 1 m 0 s"_s, u"no | no"_s,
                           u"yes | pending, fires in 1 m 0 s"_s};
        QTest::newRow("keep_firing_for 1m keeps it firing after the condition stopped holding")
            << QList<double>{420, 10, 10, 10} << qint64(0) << qint64(60'000)
            << QStringList{u"yes | firing"_s, u"no | firing (kept by keep_firing_for)"_s,
                           u"no | firing (kept by keep_firing_for)"_s, u"no | no"_s};
    }

    void previewTimeline()
    {
        QFETCH(QList<double>, values);
        QFETCH(qint64, forMs);
        QFETCH(qint64, keepFiringForMs);
        QFETCH(QStringList, states);
        RulePreviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRule(lagRule(300, forMs, keepFiringForMs));
        const qint64 t0 = 1'700'000'000'000;
        for (int step = 0; step < values.size(); ++step) {
            model.update({lag(QStringLiteral("tw-keeps-up"), 1),
                          lag(QStringLiteral("tw-falls-behind"), values.at(step))},
                         t0 + step * 30'000);
            QCOMPARE(model.rowCount(), 2);
            QCOMPARE(model.matchCount(), 2);
            const QStringList rows = printed(model);
            QCOMPARE(rows.at(0).section(QStringLiteral(" | "), 0, 0),
                     QStringLiteral("cluster=local, consumergroup=tw-falls-behind"));
            QCOMPARE(rows.at(0).section(QStringLiteral(" | "), 2, 3), states.at(step));
            QCOMPARE(rows.at(1),
                     QStringLiteral("cluster=local, consumergroup=tw-keeps-up | 1.0 s | no | no"));
        }
    }

    void previewShowsAFiringSeriesThatWentAway()
    {
        RulePreviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRule(lagRule(300, 0, 120'000));
        model.update({lag(QStringLiteral("tw-falls-behind"), 420)}, 1000);
        model.update({}, 31'000);
        QCOMPARE(model.matchCount(), 0);
        QCOMPARE(printed(model),
                 QStringList{QStringLiteral("cluster=local, consumergroup=tw-falls-behind | gone | no | "
                                            "firing (kept by keep_firing_for)")});
        QCOMPARE(model.firstMatch(), nullptr);
    }

    void previewMatchersAndRestart()
    {
        RulePreviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        AlertRule rule = lagRule(300, 60'000);
        rule.matchers = {
            LabelMatcher{QStringLiteral("consumergroup"), QStringLiteral("tw-(falls|no).*"), true}};
        model.setRule(rule);
        const QList<MetricSample> samples{lag(QStringLiteral("tw-keeps-up"), 1),
                                          lag(QStringLiteral("tw-falls-behind"), 420),
                                          lag(QStringLiteral("tw-no-members"), 100)};
        model.update(samples, 0);
        QCOMPARE(model.matchCount(), 2);
        QCOMPARE(model.holdingCount(), 1);
        QCOMPARE(model.firstMatch()->label(QStringLiteral("consumergroup")),
                 QStringLiteral("tw-falls-behind"));
        model.update(samples, 30'000);
        QCOMPARE(model.rows().at(0).remainingMs, 30'000);
        // Another summary or name: the scratch evaluation goes on.
        rule.summary = QStringLiteral("changed");
        rule.name = QStringLiteral("Renamed");
        model.setRule(rule);
        model.update(samples, 40'000);
        QCOMPARE(model.rows().at(0).remainingMs, 20'000);
        // Another threshold: it starts again, and says so through startedAtMs().
        rule.threshold = 200;
        model.setRule(rule);
        model.update(samples, 50'000);
        QCOMPARE(model.startedAtMs(), 50'000);
        QCOMPARE(model.rows().at(0).remainingMs, 60'000);
    }
};

QTEST_MAIN(TestRuleModels)
#include "tst_rulemodels.moc"
