// The pipeline model on hand-built snapshots: which pipelines are found, each hop's figures, the
// worst hop, and the end-to-end lag (exact only when every hop knows its lag).
#include "PipelineBuilder.h"
#include "PipelineProfileKeys.h"

#include <QSettings>
#include <QTemporaryDir>

#include <QTest>

#include <tuple>

using namespace Tidewatch;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kNow = 1'800'000'000'000;

SourceStatus liveStatus()
{
    SourceStatus s;
    s.reachable = true;
    s.attemptedAt = QDateTime::fromMSecsSinceEpoch(kNow - 1000, Qt::UTC);
    s.lastSuccessAt = s.attemptedAt;
    return s;
}

ConnectConnectorInfo connector(const QString &name, ConnectorType type, const QStringList &topics,
                               ConnectState state = ConnectState::Running)
{
    ConnectConnectorInfo c;
    c.name = name;
    c.type = type;
    c.state = state;
    c.activeTopics = topics;
    if (type == ConnectorType::Sink) {
        c.configuredTopics = topics;
        c.consumerGroupId = QStringLiteral("connect-") + name;
    }
    ConnectTaskInfo task;
    task.id = 0;
    task.state = state;
    c.tasks << task;
    return c;
}

ConsumerGroupInfo group(const QString &id, const QString &topic, qint64 lag, double seconds,
                        LagStatus status = LagStatus::Ok)
{
    ConsumerGroupInfo g;
    g.groupId = id;
    g.status = status;
    g.consumeRatePerSecond = 10;
    GroupPartitionLag p;
    p.topic = topic;
    p.partition = 0;
    p.lag = lag;
    p.timeLagSeconds = seconds;
    g.partitions << p;
    return g;
}

TopicInfo topic(const QString &name, double rate)
{
    TopicInfo t;
    t.name = name;
    t.messagesPerSecond = rate;
    PartitionInfo p;
    p.partition = 0;
    p.leader = 1;
    p.replicas = {1};
    p.isr = {1};
    t.partitions << p;
    return t;
}

struct World
{
    KafkaSnapshot kafka;
    FlinkSnapshot flink;
    ConnectSnapshot connect;
    PostgresSnapshot postgres;

    World() { kafka.status = flink.status = connect.status = postgres.status = liveStatus(); }
    PipelineInputs inputs()
    {
        PipelineInputs in;
        in.clusterName = QStringLiteral("c");
        in.kafka = &kafka;
        in.flink = &flink;
        in.connects = {&connect};
        in.postgres = &postgres;
        in.nowMs = kNow;
        in.staleAfterMs = 10000;
        return in;
    }
    void addFlinkJob(const QString &name, const QStringList &topics, const QString &groupId,
                     const QString &state = QStringLiteral("RUNNING"))
    {
        FlinkJobInfo job;
        job.id = name + QStringLiteral("-id");
        job.name = name;
        job.state = state;
        FlinkJobDetails d;
        d.jobId = job.id;
        FlinkKafkaSource source;
        source.topics = topics;
        source.groupId = groupId;
        d.kafkaSources << source;
        flink.jobs << job;
        flink.jobDetails << d;
    }
    void addSlot(const QString &name, qint64 lagBytes, double lagSeconds, bool active = true)
    {
        ReplicationSlotInfo s;
        s.name = name;
        s.slotType = QStringLiteral("logical");
        s.plugin = QStringLiteral("pgoutput");
        s.active = active;
        s.walStatus = QStringLiteral("reserved");
        s.lagBytes = lagBytes;
        s.lagSeconds = lagSeconds;
        postgres.replicationSlots << s;
        postgres.walBytesPerSecond = 2048;
    }
    /// The stack's shape: shop database > Debezium > orders-cdc > Flink job and a file sink.
    void cdcShape(ConnectState sourceState = ConnectState::Running)
    {
        addSlot(QStringLiteral("tidewatch_orders"), 4096, 3.0);
        ConnectConnectorInfo source = connector(QStringLiteral("shop-orders-cdc"), ConnectorType::Source,
                                                {QStringLiteral("orders-cdc")}, sourceState);
        source.className = QStringLiteral("io.debezium.connector.postgresql.PostgresConnector");
        connect.connectors << connector(QStringLiteral("orders-cdc-archive"), ConnectorType::Sink,
                                        {QStringLiteral("orders-cdc")})
                           << source;
        kafka.topics << topic(QStringLiteral("orders-cdc"), 50);
        kafka.groups << group(QStringLiteral("connect-orders-cdc-archive"), QStringLiteral("orders-cdc"), 20,
                              2.0)
                     << group(QStringLiteral("tw-flink-cdc"), QStringLiteral("orders-cdc"), 100, 5.0);
        addFlinkJob(QStringLiteral("cdc-enrichment"), {QStringLiteral("orders-cdc")},
                    QStringLiteral("tw-flink-cdc"));
    }
};

QStringList names(const PipelineSnapshot &s)
{
    QStringList out;
    for (const Pipeline &p : s.pipelines)
        out << p.name;
    return out;
}

QString hopsText(const Pipeline &p)
{
    QStringList out;
    for (const PipelineHop &h : p.hops)
        out << pipelineHopKindName(h.kind) + QLatin1Char(':') + h.id;
    return out.join(QLatin1String(" > "));
}

} // namespace

class TestPipelineBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cdcPipelineFansOutToItsTwoConsumers()
    {
        World w;
        w.cdcShape();
        const PipelineSnapshot s = buildPipelines(w.inputs(), {});
        QCOMPARE(names(s), (QStringList{QStringLiteral("shop-orders-cdc → cdc-enrichment"),
                                        QStringLiteral("shop-orders-cdc → orders-cdc-archive")}));
        const Pipeline &flink = s.pipelines[0];
        QVERIFY(flink.automatic);
        QCOMPARE(hopsText(flink), QStringLiteral("database:tidewatch_orders > connector:shop-orders-cdc > "
                                                 "topic:orders-cdc > flink:cdc-enrichment"));
        // The database is the origin and a topic is a log: neither has a lag of its own.
        QCOMPARE(flink.hops[0].lagApplies, false);
        QCOMPARE(flink.hops[0].throughput, 2048.0);
        QCOMPARE(flink.hops[0].throughputUnit, QStringLiteral("B/s"));
        // The connector is behind the database by its slot's lag.
        QCOMPARE(flink.hops[1].lagBytes, qint64(4096));
        QCOMPARE(flink.hops[1].lagSeconds, 3.0);
        QCOMPARE(flink.hops[1].lagSource, QStringLiteral("slot"));
        QCOMPARE(flink.hops[1].throughput, 50.0);
        QCOMPARE(flink.hops[2].lagApplies, false);
        // The Flink job is behind the topic by its group's lag; its group is not a hop of its own.
        QCOMPARE(flink.hops[3].lagMessages, qint64(100));
        QCOMPARE(flink.hops[3].lagSeconds, 5.0);
        QCOMPARE(flink.endToEndLagSeconds, 8.0);
        QCOMPARE(flink.endToEndIsLowerBound, false);
        QCOMPARE(flink.state, PipelineHopState::Ok);
        QCOMPARE(flink.worstHop, 3); // all ok: the largest lag
        const Pipeline &sink = s.pipelines[1];
        QCOMPARE(sink.hops.last().role, QStringLiteral("sink"));
        QCOMPARE(sink.hops.last().lagMessages, qint64(20));
        QCOMPARE(sink.endToEndLagSeconds, 5.0);
    }

    /// Two Debezium connectors on one server, each with its own slot and topic prefix: each connector
    /// starts at the slot its `slot.name` names and carries the figures of its own Debezium server.
    void connectorsFindTheirSlotAndServerByConfig()
    {
        World w;
        w.addSlot(QStringLiteral("slot_a"), 100, 1.0);
        w.addSlot(QStringLiteral("slot_b"), 9000, 30.0);
        for (const auto &[name, slot, prefix, topicName, behindMs] :
             {std::tuple{QStringLiteral("cdc-a"), QStringLiteral("slot_a"), QStringLiteral("a"),
                         QStringLiteral("a.public.orders"), 1500.0},
              std::tuple{QStringLiteral("cdc-b"), QStringLiteral("slot_b"), QStringLiteral("b"),
                         QStringLiteral("b.public.orders"), 42000.0}}) {
            ConnectConnectorInfo c = connector(name, ConnectorType::Source, {topicName});
            c.className = QStringLiteral("io.debezium.connector.postgresql.PostgresConnector");
            c.slotName = slot;
            c.topicPrefix = prefix;
            w.connect.connectors << c;
            w.kafka.topics << topic(topicName, 5);
            DebeziumMetrics d;
            d.server = prefix;
            d.milliSecondsBehindSource = behindMs;
            w.postgres.debezium << d;
        }
        // A connector whose slot is not on the watched server gets no database hop.
        ConnectConnectorInfo elsewhere =
            connector(QStringLiteral("cdc-elsewhere"), ConnectorType::Source, {QStringLiteral("x.t")});
        elsewhere.className = QStringLiteral("io.debezium.connector.postgresql.PostgresConnector");
        elsewhere.slotName = QStringLiteral("debezium");
        elsewhere.topicPrefix = QStringLiteral("x");
        w.connect.connectors << elsewhere;
        w.kafka.topics << topic(QStringLiteral("x.t"), 1);

        const PipelineSnapshot s = buildPipelines(w.inputs(), {});
        const Pipeline *a = s.pipeline(QStringLiteral("cdc-a"));
        const Pipeline *b = s.pipeline(QStringLiteral("cdc-b"));
        const Pipeline *x = s.pipeline(QStringLiteral("cdc-elsewhere"));
        QVERIFY2(a && b && x, qPrintable(names(s).join(QLatin1String(", "))));
        QCOMPARE(hopsText(*a), QStringLiteral("database:slot_a > connector:cdc-a > topic:a.public.orders"));
        QCOMPARE(hopsText(*b), QStringLiteral("database:slot_b > connector:cdc-b > topic:b.public.orders"));
        QCOMPARE(a->hops[1].lagBytes, qint64(100));
        QCOMPARE(b->hops[1].lagBytes, qint64(9000));
        QCOMPARE(a->hops[1].debeziumBehindSeconds, 1.5);
        QCOMPARE(b->hops[1].debeziumBehindSeconds, 42.0);
        QCOMPARE(hopsText(*x), QStringLiteral("connector:cdc-elsewhere > topic:x.t"));
        QCOMPARE(x->hops[0].debeziumBehindSeconds, -1.0); // no server of its prefix: unknown
    }

    void pausedConnectorIsTheWorstHop()
    {
        World w;
        w.cdcShape(ConnectState::Paused);
        w.postgres.replicationSlots[0].lagSeconds =
            1.0; // smaller than the consumers' lags: the state decides
        const PipelineSnapshot s = buildPipelines(w.inputs(), {});
        const Pipeline &p = s.pipelines.first();
        QCOMPARE(p.worstHop, 1);
        QCOMPARE(p.state, PipelineHopState::Paused);
        QCOMPARE(p.hops[1].stateText, QStringLiteral("PAUSED"));
    }

    void failedTaskFailsTheConnector()
    {
        World w;
        w.cdcShape();
        w.connect.connectors[0].tasks[0].state = ConnectState::Failed; // the sink's only task
        const PipelineSnapshot s = buildPipelines(w.inputs(), {});
        const Pipeline *sink = s.pipeline(QStringLiteral("shop-orders-cdc → orders-cdc-archive"));
        QVERIFY(sink);
        QCOMPARE(sink->state, PipelineHopState::Failed);
        QCOMPARE(sink->hops[sink->worstHop].id, QStringLiteral("orders-cdc-archive"));
        QCOMPARE(sink->hops[sink->worstHop].stateText, QStringLiteral("FAILED"));
    }

    void oneTopicReadByTwoGroupsIsTwoPipelines()
    {
        World w;
        w.connect.connectors << connector(QStringLiteral("jdbc-source"), ConnectorType::Source,
                                          {QStringLiteral("orders")});
        w.kafka.topics << topic(QStringLiteral("orders"), 10);
        // Sorted by id, as every Kafka snapshot's groups are.
        w.kafka.groups << group(QStringLiteral("audit"), QStringLiteral("orders"), 7, -1, LagStatus::Warn)
                       << group(QStringLiteral("billing"), QStringLiteral("orders"), 5, 1.5);
        const PipelineSnapshot s = buildPipelines(w.inputs(), {});
        QCOMPARE(names(s), (QStringList{QStringLiteral("jdbc-source → audit"),
                                        QStringLiteral("jdbc-source → billing")}));
        // No database before a source that is not Debezium's PostgreSQL connector, and no slot lag.
        QCOMPARE(hopsText(s.pipelines[1]),
                 QStringLiteral("connector:jdbc-source > topic:orders > group:billing"));
        QCOMPARE(s.pipelines[1].hops[0].lagApplies, false);
        QCOMPARE(s.pipelines[1].endToEndLagSeconds, 1.5);
        // audit's time lag is unknown: its end-to-end lag is unknown, not 0.
        QCOMPARE(s.pipelines[0].endToEndLagSeconds, -1.0);
        QCOMPARE(s.pipelines[0].state, PipelineHopState::Warning);
    }

    void flinkJobReadingTwoTopicsIsInBoth()
    {
        World w;
        w.kafka.topics << topic(QStringLiteral("orders"), 10) << topic(QStringLiteral("shipments"), 4);
        w.kafka.groups << group(QStringLiteral("tw-flink-orders"), QStringLiteral("orders"), 30, 4.0);
        GroupPartitionLag p;
        p.topic = QStringLiteral("shipments");
        p.lag = 8;
        p.timeLagSeconds = 9.0;
        w.kafka.groups[0].partitions << p;
        w.addFlinkJob(QStringLiteral("orders-shipments-join"),
                      {QStringLiteral("orders"), QStringLiteral("shipments")},
                      QStringLiteral("tw-flink-orders"));
        const PipelineSnapshot s = buildPipelines(w.inputs(), {});
        QCOMPARE(names(s), (QStringList{QStringLiteral("orders → orders-shipments-join"),
                                        QStringLiteral("shipments → orders-shipments-join")}));
        // Each pipeline takes the group's lag on its own topic only.
        QCOMPARE(s.pipelines[0].hops[1].lagMessages, qint64(30));
        QCOMPARE(s.pipelines[0].endToEndLagSeconds, 4.0);
        QCOMPARE(s.pipelines[1].hops[1].lagMessages, qint64(8));
        QCOMPARE(s.pipelines[1].endToEndLagSeconds, 9.0);
    }

    void userPipelineWithMissingHopIsAtLeast()
    {
        World w;
        w.cdcShape();
        PipelineConfig config;
        config.autoPipelines = false;
        PipelineDefinition def;
        QString error;
        QVERIFY(parsePipelineDefinition(
            QStringLiteral("shop: database:tidewatch_orders > connector:shop-orders-cdc > "
                           "topic:orders-cdc > group:gone"),
            def, error));
        config.definitions << def;
        const PipelineSnapshot s = buildPipelines(w.inputs(), config);
        QCOMPARE(names(s), QStringList{QStringLiteral("shop")});
        const Pipeline &p = s.pipelines.first();
        QVERIFY(!p.automatic);
        QCOMPARE(p.hops[3].found, false);
        QCOMPARE(p.hops[3].state, PipelineHopState::Unknown);
        QCOMPARE(p.endToEndLagSeconds, 3.0);    // the slot's lag, and the missing hop's is unknown:
        QCOMPARE(p.endToEndIsLowerBound, true); // "at least 3 s"
        QCOMPARE(p.worstHop, 3);
    }

    void userPipelineReplacesTheAutomaticOneOfItsName()
    {
        World w;
        w.cdcShape();
        PipelineConfig config;
        PipelineDefinition def;
        QString error;
        QVERIFY(
            parsePipelineDefinition(QStringLiteral("shop-orders-cdc → orders-cdc-archive: topic:orders-cdc > "
                                                   "connector:orders-cdc-archive"),
                                    def, error));
        config.definitions << def;
        const PipelineSnapshot s = buildPipelines(w.inputs(), config);
        QCOMPARE(s.pipelines.size(), 2);
        QCOMPARE(s.pipelines[0].automatic, false);
        QCOMPARE(hopsText(s.pipelines[0]), QStringLiteral("topic:orders-cdc > connector:orders-cdc-archive"));
        QCOMPARE(s.pipelines[1].name, QStringLiteral("shop-orders-cdc → cdc-enrichment"));
    }

    void staleOrUnreachableSourcesAreUnknownNeverOk()
    {
        World w;
        w.cdcShape();
        w.connect.status.reachable = false;
        w.connect.status.error = QStringLiteral("connection refused");
        w.kafka.status.lastSuccessAt = QDateTime::fromMSecsSinceEpoch(kNow - 60000, Qt::UTC);
        const PipelineSnapshot s = buildPipelines(w.inputs(), {});
        const Pipeline &p = s.pipelines.first();
        QCOMPARE(p.hops[1].state, PipelineHopState::Unknown);
        QCOMPARE(p.hops[1].reason, QStringLiteral("connection refused"));
        QCOMPARE(p.hops[2].state, PipelineHopState::Unknown);
        QCOMPARE(p.hops[2].ageMs, qint64(60000));
        QCOMPARE(p.hops[3].lagSeconds, -1.0); // stale lag is not shown as current
        QCOMPARE(p.endToEndLagSeconds, -1.0); // no hop knows its lag now: unknown, not 0
        QCOMPARE(p.endToEndIsLowerBound, false);
    }

    /// #18: "all ok" on the Pipelines page while broker 2 was down and the job back-pressured. Each
    /// hop counts what the wall banner counts (WorstCondition): under-replicated partitions, a
    /// back-pressured job (naming its bottleneck), a failing checkpoint.
    void brokerOutageAndBackPressureAreNotOk_data()
    {
        QTest::addColumn<bool>("brokerDown");
        QTest::addColumn<bool>("backPressure");
        QTest::addColumn<bool>("checkpointFailing");
        QTest::addColumn<int>("state"); // PipelineHopState
        QTest::addColumn<int>("worstHop");
        QTest::addColumn<QString>("reason");
        QTest::newRow("all fine") << false << false << false << int(PipelineHopState::Ok) << 0 << QString();
        QTest::newRow("broker 2 down") << true << false << false << int(PipelineHopState::Warning) << 0
                                       << u"3 partition(s) under-replicated (replica on broker 2 missing)"_s;
        QTest::newRow("slow sink") << false << true << false << int(PipelineHopState::Warning) << 1
                                   << u"back-pressured, bottleneck: Sink: slow-sink"_s;
        QTest::newRow("checkpoint failing") << false << false << true << int(PipelineHopState::Warning) << 1
                                            << u"the latest checkpoint failed"_s;
        // Both warnings: the worst hop is the one further behind (the job, 4 s; a topic has no lag).
        QTest::newRow("broker down and slow sink") << true << true << false << int(PipelineHopState::Warning)
                                                   << 1 << u"back-pressured, bottleneck: Sink: slow-sink"_s;
    }

    void brokerOutageAndBackPressureAreNotOk()
    {
        QFETCH(bool, brokerDown);
        QFETCH(bool, backPressure);
        QFETCH(bool, checkpointFailing);
        QFETCH(int, state);
        QFETCH(int, worstHop);
        QFETCH(QString, reason);
        World w;
        TopicInfo orders = topic(QStringLiteral("orders"), 10);
        orders.minInsyncReplicas = 2;
        orders.partitions.clear();
        for (int p = 0; p < 3; ++p) {
            PartitionInfo part;
            part.partition = p;
            part.replicas = {1 + p % 3, 1 + (p + 1) % 3, 1 + (p + 2) % 3};
            part.isr = part.replicas;
            if (brokerDown)
                part.isr.removeAll(2); // 2 of 3 in the ISR: not below min ISR, not offline
            part.leader = part.isr.first();
            orders.partitions << part;
        }
        w.kafka.topics << orders;
        w.kafka.groups << group(QStringLiteral("tw-flink-orders"), QStringLiteral("orders"), 30, 4.0);
        w.addFlinkJob(QStringLiteral("orders-job"), {QStringLiteral("orders")},
                      QStringLiteral("tw-flink-orders"));
        FlinkVertexInfo source;
        source.id = QStringLiteral("v1");
        source.name = QStringLiteral("Source: orders");
        source.source = true;
        source.backpressureLevel = backPressure ? FlinkBackpressureLevel::High : FlinkBackpressureLevel::Ok;
        source.backpressureRatio = backPressure ? 0.9 : 0.0;
        source.busyMsPerSecondMax = 50;
        FlinkVertexInfo sink;
        sink.id = QStringLiteral("v2");
        sink.name = QStringLiteral("Sink: slow-sink");
        sink.inputs = {source.id};
        sink.backpressureLevel = FlinkBackpressureLevel::Ok;
        sink.backpressureRatio = 0.0;
        sink.busyMsPerSecondMax = backPressure ? 990 : 20;
        w.flink.jobDetails[0].vertices = {source, sink};
        FlinkCheckpointInfo completed;
        completed.id = 7;
        w.flink.jobDetails[0].checkpoints.latestCompleted = completed;
        if (checkpointFailing) {
            FlinkCheckpointInfo failed;
            failed.id = 8;
            w.flink.jobDetails[0].checkpoints.latestFailed = failed;
        }
        const PipelineSnapshot s = buildPipelines(w.inputs(), {});
        QCOMPARE(names(s), QStringList{u"orders → orders-job"_s});
        const Pipeline &p = s.pipelines.first();
        QCOMPARE(int(p.state), state);
        if (state == int(PipelineHopState::Ok))
            return;
        QCOMPARE(p.worstHop, worstHop);
        QCOMPARE(p.hops[worstHop].reason, reason);
        QCOMPARE(p.hops[1].stateText, QStringLiteral("RUNNING")); // Flink's own word stays
        QCOMPARE(p.hops[0].state, brokerDown ? PipelineHopState::Warning : PipelineHopState::Ok);
    }

    void profileKeysRoundTripWithoutThePassword()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("profiles.ini"));
        {
            QSettings settings(path, QSettings::IniFormat);
            settings.beginGroup(QStringLiteral("stack"));
            settings.setValue(QStringLiteral("postgres"),
                              QStringLiteral("host=127.0.0.1 port=15432 dbname=shop user=tidewatch"));
            settings.setValue(QStringLiteral("postgres.password"), QStringLiteral("s3cret"));
            settings.setValue(QStringLiteral("pipeline.10"), QStringLiteral("b: topic:t2"));
            settings.setValue(QStringLiteral("pipeline.2"), QStringLiteral("a: topic:t > group:g"));
            settings.setValue(QStringLiteral("pipelines.auto"), QStringLiteral("false"));
        }
        QSettings settings(path, QSettings::IniFormat);
        settings.beginGroup(QStringLiteral("stack"));
        PipelineConfig config;
        QString error;
        QVERIFY2(PipelineProfileKeys::read(settings, config, error), qPrintable(error));
        QCOMPARE(config.postgres, QStringLiteral("host=127.0.0.1 port=15432 dbname=shop user=tidewatch"));
        QCOMPARE(config.postgresPassword, QStringLiteral("s3cret"));
        QCOMPARE(config.autoPipelines, false);
        QCOMPARE(config.definitions.size(), 2);
        QCOMPARE(config.definitions[0].name, QStringLiteral("a")); // pipeline.2 before pipeline.10
        QCOMPARE(config.definitions[1].name, QStringLiteral("b"));
        settings.remove(QString());
        PipelineProfileKeys::write(settings, config);
        QVERIFY(!settings.contains(QStringLiteral("postgres.password"))); // a secret is never written
        PipelineConfig again;
        QVERIFY(PipelineProfileKeys::read(settings, again, error));
        config.postgresPassword.clear();
        QCOMPARE(again, config);

        settings.setValue(QStringLiteral("pipeline.1"), QStringLiteral("broken"));
        QVERIFY(!PipelineProfileKeys::read(settings, again, error));
        QVERIFY(error.startsWith(QStringLiteral("pipeline.1: ")));
    }

    void definitionText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("full")
            << QStringLiteral("shop: database:slot > connector:src > topic:t > flink:job > connector:sink")
            << true;
        QTest::newRow("one hop") << QStringLiteral("t: topic:t") << true;
        QTest::newRow("no name") << QStringLiteral(": topic:t") << false;
        QTest::newRow("unknown kind") << QStringLiteral("x: table:t") << false;
        QTest::newRow("empty id") << QStringLiteral("x: topic: > group:g") << false;
    }
    void definitionText()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        PipelineDefinition def;
        QString error;
        QCOMPARE(parsePipelineDefinition(text, def, error), valid);
        if (valid)
            QCOMPARE(pipelineDefinitionText(def), text);
        else
            QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPipelineBuilder)
#include "tst_pipelinebuilder.moc"
