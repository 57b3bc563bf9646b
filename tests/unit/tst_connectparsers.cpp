#include "ConnectParsers.h"

#include <QFile>
#include <QTest>

using namespace Tidewatch;

namespace {

/// A body recorded from the stack's real Kafka Connect 4.1.1 worker (tests/fixtures/connect,
/// stack/connect/record-fixtures.sh).
QByteArray fixture(const QString &name)
{
    QFile file(qEnvironmentVariable("TIDEWATCH_FIXTURES") + QStringLiteral("/connect/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

const QString kSource = QStringLiteral("shop-orders-cdc");
const QString kSink = QStringLiteral("orders-cdc-archive");

QList<ConnectConnectorInfo> connectorsOf(const QString &file)
{
    QList<ConnectConnectorInfo> connectors;
    QString error;
    if (!ConnectParsers::parseConnectors(fixture(file), connectors, error))
        qFatal("%s: %s", qPrintable(file), qPrintable(error));
    return connectors;
}

/// "state task0=state ..." of connector @p name, the way `tidewatch-stack connect status` prints it.
QString states(const QList<ConnectConnectorInfo> &connectors, const QString &name)
{
    for (const ConnectConnectorInfo &c : connectors) {
        if (c.name != name)
            continue;
        QString s = connectStateName(c.state);
        for (const ConnectTaskInfo &t : c.tasks)
            s += QStringLiteral(" task%1=%2").arg(t.id).arg(connectStateName(t.state));
        return s;
    }
    return QStringLiteral("absent");
}

} // namespace

class TestConnectParsers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void root()
    {
        ConnectSnapshot s;
        QString error;
        QVERIFY2(ConnectParsers::parseRoot(fixture(QStringLiteral("root.json")), s, error),
                 qPrintable(error));
        QCOMPARE(s.version, QStringLiteral("4.1.1"));
        QCOMPARE(s.commit, QStringLiteral("be816b82d25370ce"));
        QVERIFY(!s.kafkaClusterId.isEmpty());
    }

    void runningConnectors()
    {
        const QList<ConnectConnectorInfo> cs = connectorsOf(QStringLiteral("connectors-running.json"));
        QCOMPARE(cs.size(), 2);
        QCOMPARE(cs[0].name, kSink); // sorted by name
        QCOMPARE(cs[1].name, kSource);

        const ConnectConnectorInfo &sink = cs[0];
        QCOMPARE(sink.type, ConnectorType::Sink);
        QCOMPARE(sink.className, QStringLiteral("org.apache.kafka.connect.file.FileStreamSinkConnector"));
        QCOMPARE(sink.state, ConnectState::Running);
        QCOMPARE(sink.workerId, QStringLiteral("127.0.0.1:18083"));
        QCOMPARE(sink.configuredTopics, QStringList{QStringLiteral("orders-cdc-dev")});
        QCOMPARE(sink.consumerGroupId, QStringLiteral("connect-orders-cdc-archive"));
        QCOMPARE(sink.tasksMax, 1);
        QCOMPARE(sink.pluginVersion, QStringLiteral("4.1.1"));
        QVERIFY(!sink.activeTopics.has_value()); // not asked: unknown, not "none"
        QVERIFY(!sink.offsets.has_value());

        const ConnectConnectorInfo &source = cs[1];
        QCOMPARE(source.type, ConnectorType::Source);
        QCOMPARE(source.className, QStringLiteral("io.debezium.connector.postgresql.PostgresConnector"));
        QCOMPARE(source.pluginVersion, QStringLiteral("3.6.1.Final"));
        // What ties it to its replication slot and to Debezium's own metrics (their `server` label).
        QCOMPARE(source.slotName, QStringLiteral("tidewatch_orders"));
        QCOMPARE(source.topicPrefix, QStringLiteral("shop"));
        QVERIFY(sink.slotName.isEmpty());
        QVERIFY(sink.topicPrefix.isEmpty());
        QVERIFY(source.consumerGroupId.isEmpty()); // a source has no consumer group
        QVERIFY(source.configuredTopics.isEmpty());
        QCOMPARE(source.tasks.size(), 1);
        QCOMPARE(source.tasks[0].id, 0);
        QCOMPARE(source.tasks[0].state, ConnectState::Running);
        QCOMPARE(source.tasks[0].workerId, QStringLiteral("127.0.0.1:18083"));
        QVERIFY(source.tasks[0].trace.isEmpty());
        QVERIFY(source.tasks[0].traceRootCause.isEmpty());
    }

    void statesAsTheyChange_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("sink");
        QTest::addColumn<QString>("source");
        QTest::newRow("running") << "connectors-running.json"
                                 << "RUNNING task0=RUNNING"
                                 << "RUNNING task0=RUNNING";
        QTest::newRow("sink paused") << "connectors-sink-paused.json"
                                     << "PAUSED task0=PAUSED"
                                     << "RUNNING task0=RUNNING";
        QTest::newRow("sink's task failed") << "connectors-sink-failed.json"
                                            << "RUNNING task0=FAILED"
                                            << "RUNNING task0=RUNNING";
        QTest::newRow("source's task failed too") << "connectors-source-failed.json"
                                                  << "RUNNING task0=FAILED"
                                                  << "RUNNING task0=FAILED";
        QTest::newRow("sink stopped: no tasks") << "connectors-sink-stopped.json"
                                                << "STOPPED"
                                                << "RUNNING task0=RUNNING";
        QTest::newRow("status only (no info)") << "connectors-status-only.json"
                                               << "RUNNING task0=RUNNING"
                                               << "RUNNING task0=RUNNING";
    }

    void statesAsTheyChange()
    {
        QFETCH(QString, file);
        QFETCH(QString, sink);
        QFETCH(QString, source);
        const QList<ConnectConnectorInfo> cs = connectorsOf(file);
        QCOMPARE(states(cs, kSink), sink);
        QCOMPARE(states(cs, kSource), source);
    }

    void statusOnlyKeepsTypeButNotConfig()
    {
        const QList<ConnectConnectorInfo> cs = connectorsOf(QStringLiteral("connectors-status-only.json"));
        QCOMPARE(cs[0].type, ConnectorType::Sink);
        QVERIFY(cs[0].className.isEmpty()); // unknown without expand=info
        for (const ConnectConnectorInfo &c : cs)
            QVERIFY(c.slotName.isEmpty() && c.topicPrefix.isEmpty()); // unknown, not Debezium's defaults
        QCOMPARE(cs[0].tasksMax, -1);
        QCOMPARE(cs[0].consumerGroupId, QStringLiteral("connect-orders-cdc-archive"));
    }

    void failedTaskRootCause_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("connector");
        QTest::addColumn<QString>("rootCause");
        QTest::addColumn<QString>("topLine");
        QTest::newRow("sink: missing folder")
            << "connectors-sink-failed.json" << kSink
            << "java.nio.file.NoSuchFileException: /tmp/connect-run/connect/missing-folder/out.jsonl"
            << "org.apache.kafka.connect.errors.ConnectException: Couldn't find or create file "
               "'/tmp/connect-run/connect/missing-folder/out.jsonl' for FileStreamSinkTask";
        QTest::newRow("source: replication connection cut: the last Caused by, not the first")
            << "connectors-source-failed.json" << kSource << "java.io.EOFException"
            << "org.apache.kafka.connect.errors.ConnectException: An exception occurred in the change event "
               "producer. This connector will be stopped.";
    }

    void failedTaskRootCause()
    {
        QFETCH(QString, file);
        QFETCH(QString, connector);
        QFETCH(QString, rootCause);
        QFETCH(QString, topLine);
        for (const ConnectConnectorInfo &c : connectorsOf(file)) {
            if (c.name != connector)
                continue;
            QCOMPARE(c.tasks.size(), 1);
            QCOMPARE(c.tasks[0].state, ConnectState::Failed);
            QCOMPARE(c.tasks[0].traceRootCause, rootCause);
            QCOMPARE(c.tasks[0].trace.section(QLatin1Char('\n'), 0, 0), topLine);
            QVERIFY(c.tasks[0].trace.contains(QStringLiteral("\tat "))); // the full trace is kept
            QVERIFY(c.trace.isEmpty()); // the connector instance itself still runs
            return;
        }
        QFAIL("connector not in the fixture");
    }

    void rootCause_data()
    {
        QTest::addColumn<QString>("trace");
        QTest::addColumn<QString>("cause");
        QTest::newRow("no Caused by: the first line")
            << "org.apache.kafka.connect.errors.ConnectException: boom\n\tat a.B.c(B.java:1)\n"
            << "org.apache.kafka.connect.errors.ConnectException: boom";
        QTest::newRow("the last top-level Caused by") << "x.A: top\n\tat a\nCaused by: x.B: middle\n\tat "
                                                         "b\nCaused by: x.C: bottom\n\tat c\n\t... 3 more\n"
                                                      << "x.C: bottom";
        QTest::newRow("an indented Caused by belongs to a Suppressed block")
            << "x.A: top\nCaused by: x.B: real\n\tat b\n\tSuppressed: x.S: s\n\t\tCaused by: x.T: inner\n"
            << "x.B: real";
        QTest::newRow("empty") << ""
                               << "";
    }

    void rootCause()
    {
        QFETCH(QString, trace);
        QFETCH(QString, cause);
        QCOMPARE(ConnectParsers::rootCause(trace), cause);
    }

    void topicsAndOffsets()
    {
        QStringList topics;
        QString error;
        QVERIFY(ConnectParsers::parseTopics(fixture(QStringLiteral("topics-source.json")), kSource, topics,
                                            error));
        QCOMPARE(topics, QStringList{QStringLiteral("orders-cdc-dev")});
        QVERIFY(!ConnectParsers::parseTopics(fixture(QStringLiteral("topics-source.json")), kSink, topics,
                                             error));
        QCOMPARE(error, QStringLiteral("The answer does not name connector \"orders-cdc-archive\""));

        QList<ConnectOffset> offsets;
        QVERIFY(ConnectParsers::parseOffsets(fixture(QStringLiteral("offsets-source.json")), offsets, error));
        QCOMPARE(offsets.size(), 1);
        QCOMPARE(offsets[0].partitionJson, QStringLiteral(R"({"server":"shop"})"));
        QVERIFY(offsets[0].offsetJson.contains(QStringLiteral("\"lsn\":")));
        QVERIFY(ConnectParsers::parseOffsets(fixture(QStringLiteral("offsets-sink.json")), offsets, error));
        QCOMPARE(offsets.size(), 3); // one per partition of the topic, sorted
        QVERIFY(offsets[0].partitionJson.contains(QStringLiteral("\"kafka_partition\":0")));
        QVERIFY(offsets[2].partitionJson.contains(QStringLiteral("\"kafka_partition\":2")));
    }

    void errorBody()
    {
        QCOMPARE(ConnectParsers::errorMessage(fixture(QStringLiteral("error-404.json"))),
                 QStringLiteral("No status found for connector no-such-connector"));
        QCOMPARE(ConnectParsers::errorMessage("<html>502</html>"), QString());
    }

    void sinkGroupId_data()
    {
        QTest::addColumn<QString>("override");
        QTest::addColumn<QString>("group");
        QTest::newRow("default") << QString() << "connect-s";
        QTest::newRow("consumer.override.group.id") << "my-group"
                                                    << "my-group";
        QTest::newRow("blank override is no override") << "  "
                                                       << "connect-s";
    }

    void sinkGroupId()
    {
        QFETCH(QString, override);
        QFETCH(QString, group);
        QHash<QString, QString> config;
        if (!override.isNull())
            config.insert(QStringLiteral("consumer.override.group.id"), override);
        QCOMPARE(ConnectParsers::sinkGroupId(QStringLiteral("s"), config), group);
    }

    void redactedUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("shown");
        QTest::newRow("plain") << "http://127.0.0.1:18083"
                               << "http://127.0.0.1:18083";
        QTest::newRow("user and password") << "https://admin:s3cret@connect.example:8443/base"
                                           << "https://connect.example:8443/base";
        QTest::newRow("user only") << "http://admin@h:1"
                                   << "http://h:1";
    }

    void redactedUrl()
    {
        QFETCH(QString, url);
        QFETCH(QString, shown);
        QCOMPARE(ConnectParsers::redactedUrl(url), shown);
    }

    void robustness_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("expected"); // the error, or the connector's states
        QTest::newRow("truncated recording") << fixture(QStringLiteral("connectors-running.json")).left(700)
                                             << false << "The response is not valid JSON";
        QTest::newRow("html") << QByteArray("<html>502 Bad Gateway</html>") << false
                              << "The response is not valid JSON";
        QTest::newRow("names only (Connect < 2.3)")
            << QByteArray(R"(["a","b"])") << false
            << "The worker lists connector names only (expand=status needs Kafka Connect 2.3 or later)";
        QTest::newRow("connector not an object")
            << QByteArray(R"({"a":42})") << false << "Connector \"a\" is not described by an object";
        QTest::newRow("deep nesting refused")
            << (QByteArray("{\"a\":{\"status\":") + QByteArray(100, char(0x5b)) +
                QByteArray(100, char(0x5d)) + "}}")
            << false << "The response is nested too deeply";
        QTest::newRow("brackets inside strings are not nesting")
            << (QByteArray("{\"a\":{\"status\":{\"connector\":{\"state\":\"RUNNING\",\"trace\":\"") +
                QByteArray(100, char(0x5b)) + "\"}}}}")
            << true << "RUNNING";
        QTest::newRow("empty: no connectors") << QByteArray("{}") << true << "absent";
        QTest::newRow("wrong types stay unknown")
            << QByteArray(
                   R"({"a":{"status":{"connector":{"state":7},"tasks":[{"id":"0","state":["RUNNING"]},3],
                             "type":1},"info":"x"}})")
            << true << "UNKNOWN task-1=UNKNOWN";
        QTest::newRow("unknown state text stays unknown")
            << QByteArray(
                   R"({"a":{"status":{"connector":{"state":"DEGRADED"},"tasks":[{"id":0,"state":"running"}]}}})")
            << true << "UNKNOWN task0=UNKNOWN";
        QTest::newRow("huge and negative task ids are unknown")
            << QByteArray(R"({"a":{"status":{"connector":{"state":"RUNNING"},"tasks":[
                             {"id":1e300,"state":"RUNNING"},{"id":99999999999999999999999,"state":"FAILED"},
                             {"id":-1,"state":"PAUSED"},{"id":2,"state":"RUNNING"}]}}})")
            << true << "RUNNING task-1=RUNNING task-1=FAILED task-1=PAUSED task2=RUNNING";
    }

    void robustness()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, accepted);
        QFETCH(QString, expected);
        QList<ConnectConnectorInfo> cs;
        QString error;
        QCOMPARE(ConnectParsers::parseConnectors(body, cs, error), accepted);
        if (accepted)
            QCOMPARE(states(cs, QStringLiteral("a")), expected);
        else
            QCOMPARE(error, expected);
    }

    void wrongTypesInOtherAnswers_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("error");
        QTest::newRow("root without version")
            << QByteArray(R"({"version":4})") << "root"
            << "The answer of / has no \"version\": not a Kafka Connect worker?";
        QTest::newRow("root is an array") << QByteArray("[]") << "root"
                                          << "The response is not a JSON object";
        QTest::newRow("topic not a string") << QByteArray(R"({"c":{"topics":["a",1]}})") << "topics"
                                            << "A topic name is not a string";
        QTest::newRow("topics not a list") << QByteArray(R"({"c":{"topics":"a"}})") << "topics"
                                           << "The answer has no \"topics\" list";
        QTest::newRow("offsets not a list") << QByteArray(R"({"offsets":{}})") << "offsets"
                                            << "The answer has no \"offsets\" list";
        QTest::newRow("offsets truncated")
            << fixture(QStringLiteral("offsets-sink.json")).left(40) << "offsets"
            << "The response is not valid JSON";
    }

    void wrongTypesInOtherAnswers()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, what);
        QFETCH(QString, error);
        QString got;
        bool ok = true;
        if (what == QLatin1String("root")) {
            ConnectSnapshot s;
            ok = ConnectParsers::parseRoot(body, s, got);
        } else if (what == QLatin1String("topics")) {
            QStringList topics;
            ok = ConnectParsers::parseTopics(body, QStringLiteral("c"), topics, got);
        } else {
            QList<ConnectOffset> offsets;
            ok = ConnectParsers::parseOffsets(body, offsets, got);
        }
        QVERIFY(!ok);
        QCOMPARE(got, error);
    }
};

QTEST_GUILESS_MAIN(TestConnectParsers)
#include "tst_connectparsers.moc"
