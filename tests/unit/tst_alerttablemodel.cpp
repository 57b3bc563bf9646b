#include "AlertTableModel.h"
#include "RawValueSortProxy.h"
#include "Roles.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QTest>

using namespace Tidewatch;
using namespace Qt::StringLiterals;

namespace {

ActiveAlert alert(const QString &rule, const QString &cluster, const QString &group, AlertState state,
                  const QString &severity, qint64 sinceMs, double value = 1)
{
    ActiveAlert a;
    a.ruleName = rule;
    a.labels = {{QStringLiteral("alertname"), rule}, {QStringLiteral("cluster"), cluster}};
    if (!group.isEmpty())
        a.labels.append({QStringLiteral("consumergroup"), group});
    a.labels.append({QStringLiteral("severity"), severity});
    a.state = state;
    a.severity = severity;
    a.activeSinceMs = sinceMs;
    a.value = value;
    a.summary = QStringLiteral("%1 on %2").arg(rule, cluster);
    return a;
}

/// "STATE|alert|cluster|subject" per row, in the model's order.
QStringList rowsOf(const QAbstractItemModel &m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r) {
        QStringList cells;
        for (int c : {AlertTableModel::StateColumn, AlertTableModel::AlertColumn,
                      AlertTableModel::ClusterColumn, AlertTableModel::SubjectColumn})
            cells << m.index(r, c).data().toString();
        out << cells.join(QLatin1Char('|'));
    }
    return out;
}

} // namespace

class TestAlertTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    /// Sequences of alert lists, merged by rule and labels: grow, change state, reorder, shrink, empty.
    void sequences()
    {
        const qint64 t = QDateTime::currentMSecsSinceEpoch() - 60000;
        const ActiveAlert lagProd =
            alert(QStringLiteral("Lag"), QStringLiteral("prod"), QStringLiteral("billing"),
                  AlertState::Pending, QStringLiteral("warning"), t);
        ActiveAlert lagProdFiring = lagProd;
        lagProdFiring.state = AlertState::Firing;
        const ActiveAlert lagDr =
            alert(QStringLiteral("Lag"), QStringLiteral("dr"), QStringLiteral("billing"), AlertState::Firing,
                  QStringLiteral("warning"), t);
        const ActiveAlert down = alert(QStringLiteral("SourceDown"), QStringLiteral("dr"), {},
                                       AlertState::Firing, QStringLiteral("critical"), t - 1000);

        AlertTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        RawValueSortProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(AlertTableModel::StateColumn, Qt::DescendingOrder);

        model.setRows({lagProd});
        QCOMPARE(rowsOf(model), QStringList{QStringLiteral("pending|Lag|prod|group billing")});
        model.setRows({lagProd, lagDr, down});
        QCOMPARE(model.rowCount(), 3);
        // Firing sorts before pending.
        QCOMPARE(proxy.index(2, AlertTableModel::ClusterColumn).data().toString(), QStringLiteral("prod"));
        const QPersistentModelIndex kept = model.index(1, 0);
        model.setRows({down, lagDr, lagProdFiring}); // reordered, one changed state
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(kept.isValid());
        QCOMPARE(kept.data(KeyRole), model.index(kept.row(), 0).data(KeyRole));
        QVERIFY(rowsOf(model).contains(QStringLiteral("firing|Lag|prod|group billing")));
        model.setRows({down});
        QCOMPARE(rowsOf(model), QStringList{QStringLiteral("firing|SourceDown|dr|")});
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
    }

    /// Status colours by severity and state: what the views colour (SeverityRole) and the fallback
    /// foreground for views without the status delegate.
    void statusColours_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("severity");
        QTest::addColumn<bool>("noData");
        QTest::addColumn<bool>("silenced");
        QTest::addColumn<int>("expected"); // -1: no colour
        const int firing = int(AlertState::Firing);
        const int pending = int(AlertState::Pending);
        QTest::newRow("firing critical: red")
            << firing << u"critical"_s << false << false << int(StatusSeverity::Critical);
        QTest::newRow("firing warning: amber, not red")
            << firing << u"warning"_s << false << false << int(StatusSeverity::Warning);
        QTest::newRow("firing info: no colour") << firing << u"info"_s << false << false << -1;
        QTest::newRow("pending critical: amber, one step milder than when it fires")
            << pending << u"critical"_s << false << false << int(StatusSeverity::Warning);
        QTest::newRow("pending warning: grey")
            << pending << u"warning"_s << false << false << int(StatusSeverity::Unknown);
        QTest::newRow("no data: grey")
            << firing << u"critical"_s << true << false << int(StatusSeverity::Unknown);
        QTest::newRow("silenced firing critical: no colour")
            << firing << u"critical"_s << false << true << -1;
    }
    void statusColours()
    {
        QFETCH(int, state);
        QFETCH(QString, severity);
        QFETCH(bool, noData);
        QFETCH(bool, silenced);
        QFETCH(int, expected);
        ActiveAlert a = alert(u"Lag"_s, u"prod"_s, u"orders"_s, AlertState(state), severity, 0);
        a.noData = noData;
        AlertTableModel model;
        model.setRows({a});
        if (silenced) {
            AlertHandling h;
            h.silenced = true;
            model.setHandling({{alertFingerprint(a.labels), h}});
        }
        for (int column : {AlertTableModel::StateColumn, AlertTableModel::SeverityColumn}) {
            const QModelIndex index = model.index(0, column);
            const QVariant role = index.data(SeverityRole);
            QCOMPARE(role.isValid() ? role.toInt() : -1, expected);
            const QVariant foreground = index.data(Qt::ForegroundRole);
            if (expected < 0)
                QVERIFY(!foreground.isValid());
            else
                QCOMPARE(foreground.value<QColor>(), StatusColour::of(StatusSeverity(expected)));
        }
    }

    /// Sorted by state (descending, as the panes sort): firing critical, then pending critical (a broker
    /// down for less than its rule's `for` outranks a firing warning), firing warning, pending warning.
    void firingCriticalFirst()
    {
        AlertTableModel model;
        model.setRows({alert(u"PendingCrit"_s, u"p"_s, {}, AlertState::Pending, u"critical"_s, 0),
                       alert(u"FiringWarn"_s, u"p"_s, {}, AlertState::Firing, u"warning"_s, 0),
                       alert(u"PendingWarn"_s, u"p"_s, {}, AlertState::Pending, u"warning"_s, 0),
                       alert(u"FiringCrit"_s, u"p"_s, {}, AlertState::Firing, u"critical"_s, 0)});
        RawValueSortProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(AlertTableModel::StateColumn, Qt::DescendingOrder);
        QStringList order;
        for (int r = 0; r < proxy.rowCount(); ++r)
            order << proxy.index(r, AlertTableModel::AlertColumn).data().toString();
        QCOMPARE(order, (QStringList{u"FiringCrit"_s, u"PendingCrit"_s, u"FiringWarn"_s, u"PendingWarn"_s}));
    }

    /// Names, not ids: a Flink job by its name (the hex id in the tooltip); values in words.
    void subjectsAndValuesInWords()
    {
        ActiveAlert job = alert(u"FlinkJobNotRunning"_s, u"prod"_s, {}, AlertState::Firing, u"critical"_s, 0);
        job.labels.append({u"job"_s, u"tidewatch-orders"_s});
        job.labels.append({u"job_id"_s, u"bc148a19cc7da167e897a1ad4a4d74a2"_s});
        ActiveAlert group = alert(u"KafkaConsumerGroupStatus"_s, u"prod"_s, u"orders"_s, AlertState::Firing,
                                  u"warning"_s, 0, 2);
        group.metric = u"tidewatch_kafka_consumergroup_status"_s;
        ActiveAlert other = alert(u"Custom"_s, u"prod"_s, {}, AlertState::Pending, u"warning"_s, 0);
        other.labels.append({u"zone"_s, u"eu"_s});
        AlertTableModel model;
        model.setRows({job, group, other});
        // Rows are kept in key order: look them up by rule.
        const auto row = [&model](const QString &rule) {
            for (int r = 0; r < model.rowCount(); ++r) {
                if (model.index(r, AlertTableModel::AlertColumn).data().toString() == rule)
                    return r;
            }
            return -1;
        };
        QCOMPARE(model.index(row(u"FlinkJobNotRunning"_s), AlertTableModel::SubjectColumn).data().toString(),
                 u"job tidewatch-orders"_s);
        QVERIFY(model.index(row(u"FlinkJobNotRunning"_s), AlertTableModel::SubjectColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"job_id=bc148a19cc7da167e897a1ad4a4d74a2"_s));
        QCOMPARE(
            model.index(row(u"KafkaConsumerGroupStatus"_s), AlertTableModel::SubjectColumn).data().toString(),
            u"group orders"_s);
        QCOMPARE(
            model.index(row(u"KafkaConsumerGroupStatus"_s), AlertTableModel::ValueColumn).data().toString(),
            u"falling behind"_s);
        QCOMPARE(
            model.index(row(u"KafkaConsumerGroupStatus"_s), AlertTableModel::StateColumn).data().toString(),
            u"firing"_s);
        QCOMPARE(model.index(row(u"Custom"_s), AlertTableModel::SubjectColumn).data().toString(),
                 u"zone=eu"_s);
        // An id without its name stays: it is all there is.
        ActiveAlert idOnly = alert(u"X"_s, u"prod"_s, {}, AlertState::Firing, u"warning"_s, 0);
        idOnly.labels.append({u"job_id"_s, u"abc"_s});
        QCOMPARE(AlertTableModel::subjectOf(idOnly), u"job_id=abc"_s);
    }

    void pageOfAnAlert_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("page");
        QTest::newRow("group") << QStringLiteral("KafkaConsumerGroupTimeLagHigh")
                               << QStringLiteral("consumergroup") << QStringLiteral("groups");
        QTest::newRow("broker") << QStringLiteral("KafkaBrokerDown") << QStringLiteral("broker")
                                << QStringLiteral("brokers");
        QTest::newRow("job") << QStringLiteral("FlinkJobNotRunning") << QStringLiteral("job")
                             << QStringLiteral("flink");
        QTest::newRow("partitions") << QStringLiteral("KafkaOfflinePartitions") << QString()
                                    << QStringLiteral("topics");
        QTest::newRow("controller") << QStringLiteral("KafkaNoActiveController") << QString()
                                    << QStringLiteral("brokers");
        QTest::newRow("source") << QStringLiteral("TidewatchSourceDown") << QString()
                                << QStringLiteral("overview");
    }
    void pageOfAnAlert()
    {
        QFETCH(QString, rule);
        QFETCH(QString, label);
        QFETCH(QString, page);
        ActiveAlert a =
            alert(rule, QStringLiteral("prod"), {}, AlertState::Firing, QStringLiteral("critical"), 0);
        if (!label.isEmpty())
            a.labels.append({label, QStringLiteral("x")});
        QCOMPARE(AlertTableModel::pageOf(a), page);
    }
};

QTEST_GUILESS_MAIN(TestAlertTableModel)
#include "tst_alerttablemodel.moc"
