#include "ConnectSnapshotJson.h"
#include "SnapshotJson.h"
#include "SnapshotMetrics.h"

#include <QJsonArray>
#include <QTest>

using namespace Tidewatch;

namespace {

const QDateTime kNow = QDateTime::fromMSecsSinceEpoch(1796570000000, Qt::UTC);

ConnectSnapshot sample()
{
    ConnectSnapshot s;
    s.clusterName = QStringLiteral("prod");
    s.restUrl = QStringLiteral("http://connect:8083");
    s.version = QStringLiteral("4.1.1");
    s.sampledAtMs = kNow.toMSecsSinceEpoch() - 1500;
    s.status.reachable = true;
    s.status.lastSuccessAt = kNow.addMSecs(-1500);

    ConnectConnectorInfo sink;
    sink.name = QStringLiteral("archive");
    sink.type = ConnectorType::Sink;
    sink.state = ConnectState::Running;
    sink.consumerGroupId = QStringLiteral("connect-archive");
    sink.configuredTopics = {QStringLiteral("orders-cdc")};
    ConnectTaskInfo failed;
    failed.id = 0;
    failed.state = ConnectState::Failed;
    failed.traceRootCause = QStringLiteral("java.io.EOFException");
    ConnectTaskInfo unknown;
    unknown.id = 1;
    unknown.rawState = QStringLiteral("DEGRADED");
    sink.tasks = {failed, unknown};

    ConnectConnectorInfo source;
    source.name = QStringLiteral("cdc");
    source.type = ConnectorType::Source;
    source.state = ConnectState::Unknown; // not answered
    s.connectors = {sink, source};
    return s;
}

double valueOf(const QList<MetricSample> &samples, const QString &name,
               const QList<QPair<QString, QString>> &want)
{
    for (const MetricSample &m : samples) {
        if (m.name != name)
            continue;
        bool all = true;
        for (const auto &[k, v] : want)
            all = all && m.label(k) == v;
        if (all)
            return m.value;
    }
    return -1;
}

int countOf(const QList<MetricSample> &samples, const QString &name, const QString &connector)
{
    int n = 0;
    for (const MetricSample &m : samples)
        n += m.name == name && m.label(QStringLiteral("connector")) == connector;
    return n;
}

} // namespace

class TestConnectSnapshot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jsonUnknownIsNull()
    {
        const QJsonObject json = ConnectSnapshotJson::toJson(sample(), kNow);
        QCOMPARE(json.value(QStringLiteral("sampleAgeMs")).toInt(), 1500);
        QCOMPARE(json.value(QStringLiteral("tasksFailed")).toInt(), 1);
        const QJsonArray connectors = json.value(QStringLiteral("connectors")).toArray();
        const QJsonObject sink = connectors.at(0).toObject();
        const QJsonObject source = connectors.at(1).toObject();
        QCOMPARE(sink.value(QStringLiteral("state")).toString(), QStringLiteral("RUNNING"));
        QVERIFY(source.value(QStringLiteral("state")).isNull());
        QVERIFY(source.value(QStringLiteral("consumerGroup")).isNull()); // a source has no group
        QVERIFY(sink.value(QStringLiteral("activeTopics")).isNull());    // not answered: unknown
        QVERIFY(sink.value(QStringLiteral("offsets")).isNull());
        QVERIFY(sink.value(QStringLiteral("tasksMax")).isNull());
        const QJsonArray tasks = sink.value(QStringLiteral("tasks")).toArray();
        QCOMPARE(tasks.at(0).toObject().value(QStringLiteral("traceRootCause")).toString(),
                 QStringLiteral("java.io.EOFException"));
        QVERIFY(tasks.at(1).toObject().value(QStringLiteral("state")).isNull());
        QCOMPARE(tasks.at(1).toObject().value(QStringLiteral("rawState")).toString(),
                 QStringLiteral("DEGRADED"));
    }

    void jsonNeverSampledHasNoCounts()
    {
        ConnectSnapshot never;
        never.restUrl = QStringLiteral("http://connect:8083");
        const QJsonObject json = ConnectSnapshotJson::toJson(never, kNow);
        QVERIFY(json.value(QStringLiteral("connectorCount")).isNull()); // never answered: not 0
        QVERIFY(json.value(QStringLiteral("sampledAt")).isNull());
    }

    void sinkGroupLinkedToKafkaLag_data()
    {
        QTest::addColumn<bool>("kafkaReachable");
        QTest::addColumn<bool>("groupListed");
        QTest::addColumn<QString>("found");   // "true", "false" or "null"
        QTest::addColumn<qint64>("totalLag"); // -1: null
        QTest::newRow("listed") << true << true << "true" << qint64(17);
        QTest::newRow("not listed") << true << false << "false" << qint64(-1);
        QTest::newRow("Kafka unreachable: unknown") << false << true << "null" << qint64(-1);
    }

    void sinkGroupLinkedToKafkaLag()
    {
        QFETCH(bool, kafkaReachable);
        QFETCH(bool, groupListed);
        QFETCH(QString, found);
        QFETCH(qint64, totalLag);
        KafkaSnapshot kafka;
        kafka.status.reachable = kafkaReachable;
        if (groupListed) {
            ConsumerGroupInfo g;
            g.groupId = QStringLiteral("connect-archive");
            g.totalLag = 17;
            kafka.groups = {g};
        }
        const QJsonObject doc = SnapshotJson::document(kafka, std::nullopt, kNow, std::nullopt, {sample()});
        const QJsonObject group = doc.value(QStringLiteral("connect"))
                                      .toArray()
                                      .at(0)
                                      .toObject()
                                      .value(QStringLiteral("connectors"))
                                      .toArray()
                                      .at(0)
                                      .toObject()
                                      .value(QStringLiteral("consumerGroup"))
                                      .toObject();
        QCOMPARE(group.value(QStringLiteral("id")).toString(), QStringLiteral("connect-archive"));
        const QJsonValue f = group.value(QStringLiteral("found"));
        QCOMPARE(f.isNull() ? QStringLiteral("null")
                            : (f.toBool() ? QStringLiteral("true") : QStringLiteral("false")),
                 found);
        if (totalLag < 0)
            QVERIFY(group.value(QStringLiteral("totalLag")).isNull());
        else
            QCOMPARE(group.value(QStringLiteral("totalLag")).toInteger(), totalLag);
    }

    void noConnectNoSection()
    {
        const QJsonObject doc = SnapshotJson::document(std::nullopt, std::nullopt, kNow);
        QVERIFY(!doc.contains(QStringLiteral("connect")));
    }

    void metricsOneHotAndUnknownAbsent()
    {
        const QList<MetricSample> m = connectMetricSamples(sample(), kNow);
        const QString state = QStringLiteral("tidewatch_connect_connector_state");
        QCOMPARE(valueOf(m, state,
                         {{QStringLiteral("connector"), QStringLiteral("archive")},
                          {QStringLiteral("state"), QStringLiteral("RUNNING")}}),
                 1.0);
        QCOMPARE(valueOf(m, state,
                         {{QStringLiteral("connector"), QStringLiteral("archive")},
                          {QStringLiteral("state"), QStringLiteral("FAILED")}}),
                 0.0);
        QCOMPARE(countOf(m, state, QStringLiteral("archive")), 6); // one per known state
        QCOMPARE(countOf(m, state, QStringLiteral("cdc")), 0);     // unknown: no series at all
        const QString task = QStringLiteral("tidewatch_connect_task_state");
        QCOMPARE(valueOf(m, task,
                         {{QStringLiteral("task"), QStringLiteral("0")},
                          {QStringLiteral("state"), QStringLiteral("FAILED")}}),
                 1.0);
        QCOMPARE(valueOf(m, task,
                         {{QStringLiteral("task"), QStringLiteral("1")},
                          {QStringLiteral("state"), QStringLiteral("RUNNING")}}),
                 -1.0); // the DEGRADED task has no state series
        QCOMPARE(valueOf(m, QStringLiteral("tidewatch_connect_connector_tasks_failed"),
                         {{QStringLiteral("connector"), QStringLiteral("archive")}}),
                 1.0);
        QCOMPARE(valueOf(m, QStringLiteral("tidewatch_source_up"),
                         {{QStringLiteral("source"), QStringLiteral("connect")},
                          {QStringLiteral("connect"), QStringLiteral("http://connect:8083")}}),
                 1.0);
        for (const MetricSample &s : m)
            QVERIFY2(metricNames().contains(s.name), qPrintable(s.name)); // every name documented
    }

    void unreachableOnlySourceMetrics()
    {
        ConnectSnapshot s = sample();
        s.status.reachable = false;
        const QList<MetricSample> m = connectMetricSamples(s, kNow);
        for (const MetricSample &sample : m)
            QVERIFY2(sample.name.startsWith(QLatin1String("tidewatch_source_")), qPrintable(sample.name));
        QCOMPARE(valueOf(m, QStringLiteral("tidewatch_source_up"),
                         {{QStringLiteral("source"), QStringLiteral("connect")}}),
                 0.0);
    }
};

QTEST_GUILESS_MAIN(TestConnectSnapshot)
#include "tst_connectsnapshot.moc"
