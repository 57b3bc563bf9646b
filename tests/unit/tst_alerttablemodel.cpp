#include "AlertTableModel.h"
#include "RawValueSortProxy.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QTest>

using namespace Tidewatch;

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
        QCOMPARE(rowsOf(model), QStringList{QStringLiteral("pending|Lag|prod|consumergroup=billing")});
        model.setRows({lagProd, lagDr, down});
        QCOMPARE(model.rowCount(), 3);
        // Firing sorts before pending.
        QCOMPARE(proxy.index(2, AlertTableModel::ClusterColumn).data().toString(), QStringLiteral("prod"));
        const QPersistentModelIndex kept = model.index(1, 0);
        model.setRows({down, lagDr, lagProdFiring}); // reordered, one changed state
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(kept.isValid());
        QCOMPARE(kept.data(KeyRole), model.index(kept.row(), 0).data(KeyRole));
        QVERIFY(rowsOf(model).contains(QStringLiteral("FIRING|Lag|prod|consumergroup=billing")));
        model.setRows({down});
        QCOMPARE(rowsOf(model), QStringList{QStringLiteral("FIRING|SourceDown|dr|")});
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
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
