#include "Exporter.h"
#include "Exposition.h"
#include "KafkaExporterSamples.h"
#include "SnapshotCollectable.h"

#include <prometheus/text_serializer.h>

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <sstream>

using namespace Tidewatch;

namespace {

constexpr qint64 kNowMs = 1'700'000'000'000;
const QDateTime kNow = QDateTime::fromMSecsSinceEpoch(kNowMs, Qt::UTC);

/// Families as `name{a="x",b="y"} value` lines, the way the text format writes them.
QStringList render(const std::vector<prometheus::MetricFamily> &families)
{
    QStringList lines;
    for (const prometheus::MetricFamily &f : families) {
        for (const prometheus::ClientMetric &m : f.metric) {
            QStringList labels;
            for (const auto &l : m.label)
                labels.append(QString::fromStdString(l.name) + QStringLiteral("=\"") +
                              QString::fromStdString(l.value) + u'"');
            lines.append(QString::fromStdString(f.name) + u'{' + labels.join(u',') + QStringLiteral("} ") +
                         QString::number(m.gauge.value, 'g', 15));
        }
    }
    return lines;
}

QStringList render(const QList<MetricSample> &samples)
{
    QStringList lines;
    for (const MetricSample &s : samples) {
        QStringList labels;
        for (const auto &[name, value] : s.labels)
            labels.append(name + QStringLiteral("=\"") + value + u'"');
        lines.append(s.name + u'{' + labels.join(u',') + QStringLiteral("} ") +
                     QString::number(s.value, 'g', 15));
    }
    return lines;
}

PartitionInfo partition(int number, QList<int> replicas, QList<int> isr, qint64 low, qint64 high)
{
    PartitionInfo p;
    p.partition = number;
    p.leader = isr.isEmpty() ? -1 : isr.first();
    p.replicas = std::move(replicas);
    p.isr = std::move(isr);
    p.lowWatermark = low;
    p.highWatermark = high;
    return p;
}

GroupPartitionLag groupPartition(const QString &topic, int number, qint64 committed, qint64 lag)
{
    GroupPartitionLag p;
    p.topic = topic;
    p.partition = number;
    p.hasCommit = committed >= 0;
    p.committedOffset = committed;
    p.lag = lag;
    return p;
}

KafkaSnapshot kafkaSnapshot()
{
    KafkaSnapshot s;
    s.clusterName = QStringLiteral("prod");
    s.status.reachable = true;
    s.status.lastSuccessAt = kNow.addMSecs(-1000);
    BrokerInfo b1;
    b1.id = 1;
    BrokerInfo b2;
    b2.id = 2;
    b2.reachable = false;
    s.brokers = {b1, b2};
    TopicInfo orders;
    orders.name = QStringLiteral("orders");
    orders.partitions = {partition(0, {1, 2}, {1, 2}, 5, 120), partition(1, {1, 2}, {1}, -1, -1)};
    TopicInfo broken;
    broken.name = QStringLiteral("broken");
    broken.error = QStringLiteral("Leader not available");
    s.topics = {broken, orders};
    ConsumerGroupInfo g;
    g.groupId = QStringLiteral("billing");
    GroupMember member;
    member.clientId = QStringLiteral("c1");
    g.members = {member};
    // partition 0: committed and lag known; partition 1: no commit, no lag (unknown, not 0)
    g.partitions = {groupPartition(QStringLiteral("orders"), 0, 100, 20),
                    groupPartition(QStringLiteral("orders"), 1, -1, -1)};
    ConsumerGroupInfo idle;
    idle.groupId = QStringLiteral("idle");
    idle.partitions = {groupPartition(QStringLiteral("orders"), 0, 7, -1)}; // committed, watermark unknown
    s.groups = {g, idle};
    return s;
}

std::shared_ptr<const ExportedSource> source(const QString &cluster, bool reachable, qint64 ageMs,
                                             qint64 staleAfterMs)
{
    SourceStatus status;
    status.reachable = reachable;
    if (ageMs >= 0)
        status.lastSuccessAt = kNow.addMSecs(-ageMs);
    const QList<MetricSample> samples{
        MetricSample{QStringLiteral("tidewatch_kafka_brokers"), {{QStringLiteral("cluster"), cluster}}, 3},
        // ignored: a scrape recomputes the source metrics
        MetricSample{
            QStringLiteral("tidewatch_source_up"),
            {{QStringLiteral("cluster"), cluster}, {QStringLiteral("source"), QStringLiteral("kafka")}},
            1}};
    return exportedSource(cluster, QStringLiteral("kafka"), status, samples, staleAfterMs);
}

ActiveAlert alert(const QString &rule, AlertState state, qint64 sinceMs)
{
    ActiveAlert a;
    a.ruleName = rule;
    a.state = state;
    a.activeSinceMs = sinceMs;
    a.labels = {{QStringLiteral("alertname"), rule},
                {QStringLiteral("cluster"), QStringLiteral("prod")},
                {QStringLiteral("consumergroup"), QStringLiteral("billing")},
                {QStringLiteral("severity"), QStringLiteral("warning")}};
    return a;
}

PostgresSnapshot postgresSnapshot()
{
    PostgresSnapshot s;
    s.clusterName = QStringLiteral("stack");
    s.status.reachable = true;
    s.status.lastSuccessAt = QDateTime::currentDateTimeUtc();
    s.walBytesPerSecond = 512;
    ReplicationSlotInfo slot;
    slot.name = QStringLiteral("tidewatch_orders");
    slot.slotType = QStringLiteral("logical");
    slot.active = true;
    slot.lagBytes = 4096;
    slot.lagSeconds = 1.5;
    slot.retainedBytes = 8192;
    s.replicationSlots = {slot};
    DebeziumMetrics d;
    d.server = QStringLiteral("shop");
    d.milliSecondsBehindSource = 250;
    d.connected = 1;
    d.queueRemainingCapacity = 8192;
    d.snapshotRunning = 0;
    s.debezium = {d};
    return s;
}

PipelineHop connectorHop(const QString &id, PipelineHopState state)
{
    PipelineHop h;
    h.kind = PipelineHopRef::Kind::Connector;
    h.id = id;
    h.state = state;
    h.found = true;
    h.lagApplies = true;
    return h;
}

PipelineSnapshot pipelineSnapshot()
{
    Pipeline p;
    p.name = QStringLiteral("shop-orders-cdc → orders-cdc-archive");
    p.hops = {connectorHop(QStringLiteral("shop-orders-cdc"), PipelineHopState::Failed),
              connectorHop(QStringLiteral("orders-cdc-archive"), PipelineHopState::Ok)};
    p.hops[0].lagBytes = 4096;
    p.hops[1].lagMessages = 12;
    p.worstHop = 0;
    p.state = PipelineHopState::Failed;
    p.endToEndLagSeconds = 1.5;
    p.endToEndIsLowerBound = true;
    PipelineSnapshot s;
    s.clusterName = QStringLiteral("stack");
    s.pipelines = {p};
    return s;
}

} // namespace

class TestExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kafkaExporterNames_data();
    void kafkaExporterNames();
    void unreachableKafkaHasNoPartitionSeries();
    void everyNameHasHelp();
    void staleness_data();
    void staleness();
    void clustersMergeIntoOneFamily();
    void alerts_data();
    void alerts();
    void helpIsEscaped();
    void serializedScrapeIsValidText();
    void servesPostgresDebeziumAndPipelines_data();
    void servesPostgresDebeziumAndPipelines();
};

void TestExporter::kafkaExporterNames_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("present");
    const auto row = [](const char *name, const char *line, bool present) {
        QTest::newRow(name) << QString::fromUtf8(line) << present;
    };
    row("brokers in the metadata, reachable or not", "kafka_brokers{cluster=\"prod\"} 2", true);
    row("partitions of a topic", "kafka_topic_partitions{cluster=\"prod\",topic=\"orders\"} 2", true);
    row("an undescribed topic has no partition count",
        "kafka_topic_partitions{cluster=\"prod\",topic=\"broken\"} 0", false);
    row("high watermark",
        "kafka_topic_partition_current_offset{cluster=\"prod\",partition=\"0\",topic=\"orders\"} 120", true);
    row("log start offset",
        "kafka_topic_partition_oldest_offset{cluster=\"prod\",partition=\"0\",topic=\"orders\"} 5", true);
    row("unknown watermark is left out, never 0",
        "kafka_topic_partition_current_offset{cluster=\"prod\",partition=\"1\",topic=\"orders\"} 0", false);
    row("unknown log start is left out, never 0",
        "kafka_topic_partition_oldest_offset{cluster=\"prod\",partition=\"1\",topic=\"orders\"} 0", false);
    row("replicas", "kafka_topic_partition_replicas{cluster=\"prod\",partition=\"1\",topic=\"orders\"} 2",
        true);
    row("in-sync replicas",
        "kafka_topic_partition_in_sync_replica{cluster=\"prod\",partition=\"1\",topic=\"orders\"} 1", true);
    row("under-replicated partition is 1",
        "kafka_topic_partition_under_replicated_partition{cluster=\"prod\",partition=\"1\",topic=\"orders\"} "
        "1",
        true);
    row("fully replicated partition is 0",
        "kafka_topic_partition_under_replicated_partition{cluster=\"prod\",partition=\"0\",topic=\"orders\"} "
        "0",
        true);
    row("committed offset",
        "kafka_consumergroup_current_offset{cluster=\"prod\",consumergroup=\"billing\",partition=\"0\",topic="
        "\"orders\"} "
        "100",
        true);
    row("a partition without a commit has no committed offset",
        "kafka_consumergroup_current_offset{cluster=\"prod\",consumergroup=\"billing\",partition=\"1\",topic="
        "\"orders\"} "
        "-1",
        false);
    row("partition lag",
        "kafka_consumergroup_lag{cluster=\"prod\",consumergroup=\"billing\",partition=\"0\",topic=\"orders\"}"
        " 20",
        true);
    row("unknown partition lag is left out, never 0",
        "kafka_consumergroup_lag{cluster=\"prod\",consumergroup=\"billing\",partition=\"1\",topic=\"orders\"}"
        " 0",
        false);
    row("lag sum over the partitions with a known lag",
        "kafka_consumergroup_lag_sum{cluster=\"prod\",consumergroup=\"billing\",topic=\"orders\"} 20", true);
    row("no lag sum when no partition lag is known",
        "kafka_consumergroup_lag_sum{cluster=\"prod\",consumergroup=\"idle\",topic=\"orders\"} 0", false);
    row("committed offset without a known lag",
        "kafka_consumergroup_current_offset{cluster=\"prod\",consumergroup=\"idle\",partition=\"0\",topic="
        "\"orders\"} 7",
        true);
    row("members", "kafka_consumergroup_members{cluster=\"prod\",consumergroup=\"billing\"} 1", true);
}

void TestExporter::kafkaExporterNames()
{
    QFETCH(QString, line);
    QFETCH(bool, present);
    const QStringList lines = render(kafkaPartitionSamples(kafkaSnapshot()));
    if (present) {
        QVERIFY2(lines.contains(line), qPrintable(lines.join(u'\n')));
    } else {
        const QString series = line.section(u' ', 0, 0);
        for (const QString &l : lines)
            QVERIFY2(!l.startsWith(series + u' '), qPrintable(l));
    }
}

void TestExporter::unreachableKafkaHasNoPartitionSeries()
{
    KafkaSnapshot s = kafkaSnapshot();
    s.status.reachable = false; // the last cycle failed: the offsets it carries are not current
    QCOMPARE(render(kafkaPartitionSamples(s)), QStringList());
}

void TestExporter::everyNameHasHelp()
{
    QSet<QString> emitted;
    for (const MetricSample &s : kafkaPartitionSamples(kafkaSnapshot()))
        emitted.insert(s.name);
    for (const QString &name : kafkaExporterMetricNames()) {
        QVERIFY2(!kafkaExporterMetricHelp(name).isEmpty(), qPrintable(name));
        QVERIFY2(emitted.contains(name), qPrintable(name + QStringLiteral(" is never emitted")));
    }
}

void TestExporter::staleness_data()
{
    QTest::addColumn<bool>("reachable");
    QTest::addColumn<qint64>("ageMs"); // -1: never collected
    QTest::addColumn<qint64>("staleAfterMs");
    QTest::addColumn<QStringList>("expected");
    const QString up1 = QStringLiteral("tidewatch_source_up{cluster=\"c\",source=\"kafka\"} 1");
    const QString up0 = QStringLiteral("tidewatch_source_up{cluster=\"c\",source=\"kafka\"} 0");
    const QString value = QStringLiteral("tidewatch_kafka_brokers{cluster=\"c\"} 3");
    const auto age = [](const char *seconds) -> QString {
        return QStringLiteral("tidewatch_source_data_age_seconds{cluster=\"c\",source=\"kafka\"} ") +
               QLatin1String(seconds);
    };
    QTest::newRow("fresh: values, up 1, age at scrape time")
        << true << qint64(2500) << qint64(10000) << QStringList{up1, age("2.5"), value};
    QTest::newRow("exactly at the stale period: still current")
        << true << qint64(10000) << qint64(10000) << QStringList{up1, age("10"), value};
    QTest::newRow("no snapshot for longer than the stale period: values dropped, up 0")
        << true << qint64(10001) << qint64(10000) << QStringList{up0, age("10.001")};
    QTest::newRow("unreachable: values dropped, age of the last good data")
        << false << qint64(4000) << qint64(10000) << QStringList{up0, age("4")};
    QTest::newRow("never collected: no age at all")
        << false << qint64(-1) << qint64(10000) << QStringList{up0};
}

void TestExporter::staleness()
{
    QFETCH(bool, reachable);
    QFETCH(qint64, ageMs);
    QFETCH(qint64, staleAfterMs);
    QFETCH(QStringList, expected);
    QCOMPARE(render(exposition({source(QStringLiteral("c"), reachable, ageMs, staleAfterMs)}, {}, kNowMs)),
             expected);
}

void TestExporter::clustersMergeIntoOneFamily()
{
    SnapshotCollectable collectable;
    collectable.publish(source(QStringLiteral("a"), true, 1000, 10000));
    collectable.publish(source(QStringLiteral("b"), true, 20000, 10000)); // stale
    collectable.publish(source(QStringLiteral("c"), true, 1000, 10000));
    collectable.removeCluster("c");
    const std::vector<prometheus::MetricFamily> families = collectable.collectAt(kNowMs);
    int brokerFamilies = 0;
    for (const auto &f : families)
        brokerFamilies += f.name == "tidewatch_kafka_brokers" ? 1 : 0;
    QCOMPARE(brokerFamilies, 1); // one TYPE line per name, whatever the number of clusters
    QCOMPARE(render(families),
             (QStringList{
                 QStringLiteral("tidewatch_source_up{cluster=\"a\",source=\"kafka\"} 1"),
                 QStringLiteral("tidewatch_source_up{cluster=\"b\",source=\"kafka\"} 0"),
                 QStringLiteral("tidewatch_source_data_age_seconds{cluster=\"a\",source=\"kafka\"} 1"),
                 QStringLiteral("tidewatch_source_data_age_seconds{cluster=\"b\",source=\"kafka\"} 20"),
                 QStringLiteral("tidewatch_kafka_brokers{cluster=\"a\"} 3"),
             }));
}

void TestExporter::alerts_data()
{
    QTest::addColumn<QList<ActiveAlert>>("active");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("no alert: no series") << QList<ActiveAlert>{} << QStringList{};
    QTest::newRow("pending: alertstate pending, active since in seconds")
        << QList<ActiveAlert>{alert(QStringLiteral("Lag"), AlertState::Pending, 1'700'000'000'500)}
        << QStringList{
               QStringLiteral("tidewatch_alerts{alertname=\"Lag\",alertstate=\"pending\",cluster=\"prod\","
                              "consumergroup=\"billing\",severity=\"warning\"} 1"),
               QStringLiteral("tidewatch_alerts_for_state{alertname=\"Lag\",cluster=\"prod\","
                              "consumergroup=\"billing\",severity=\"warning\"} 1700000000.5")};
    QTest::newRow("firing and inactive: only the firing one")
        << QList<ActiveAlert>{alert(QStringLiteral("Lag"), AlertState::Firing, 1'700'000'000'000),
                              alert(QStringLiteral("Gone"), AlertState::Inactive, 1'700'000'000'000)}
        << QStringList{
               QStringLiteral("tidewatch_alerts{alertname=\"Lag\",alertstate=\"firing\",cluster=\"prod\","
                              "consumergroup=\"billing\",severity=\"warning\"} 1"),
               QStringLiteral("tidewatch_alerts_for_state{alertname=\"Lag\",cluster=\"prod\","
                              "consumergroup=\"billing\",severity=\"warning\"} 1700000000")};
}

void TestExporter::alerts()
{
    QFETCH(QList<ActiveAlert>, active);
    QFETCH(QStringList, expected);
    QCOMPARE(render(alertFamilies(active)), expected);
}

void TestExporter::helpIsEscaped()
{
    QCOMPARE(helpText(QStringLiteral("a\\b\nc")), std::string("a\\\\b\\nc"));
}

void TestExporter::serializedScrapeIsValidText()
{
    // prometheus-cpp's own serializer on our families: one TYPE per family, HELP on every one.
    SnapshotCollectable collectable;
    KafkaSnapshot s = kafkaSnapshot();
    s.status.lastSuccessAt = QDateTime::currentDateTimeUtc();
    QList<MetricSample> samples =
        kafkaMetricSamples(s, QDateTime::currentDateTimeUtc()) + kafkaPartitionSamples(s);
    collectable.publish(exportedSource(s.clusterName, QStringLiteral("kafka"), s.status, samples, 60000));
    collectable.setAlerts(alertFamilies({alert(QStringLiteral("Lag"), AlertState::Firing, kNowMs)}));
    std::ostringstream out;
    prometheus::TextSerializer().Serialize(out, collectable.Collect());
    const QString text = QString::fromStdString(out.str());
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    QSet<QString> typed;
    for (const QString &line : lines) {
        if (!line.startsWith(QLatin1String("# TYPE ")))
            continue;
        const QString name = line.section(u' ', 2, 2);
        QVERIFY2(!typed.contains(name), qPrintable(QStringLiteral("two TYPE lines for ") + name));
        typed.insert(name);
        // kafka_exporter's one name ending in _sum is untyped: the format reserves _sum for summaries.
        const QLatin1String type(name == QLatin1String("kafka_consumergroup_lag_sum") ? " untyped"
                                                                                      : " gauge");
        QVERIFY2(line.endsWith(type), qPrintable(line));
        QVERIFY2(text.contains(QStringLiteral("# HELP ") + name + u' '), qPrintable(name));
    }
    QVERIFY(typed.contains(QStringLiteral("kafka_consumergroup_lag")));
    QVERIFY(typed.contains(QStringLiteral("tidewatch_kafka_consumergroup_members")));
    QVERIFY(typed.contains(QStringLiteral("tidewatch_alerts")));
}

void TestExporter::servesPostgresDebeziumAndPipelines_data()
{
    QTest::addColumn<bool>("pipelinesLive");
    QTest::newRow("every source of the pipelines live: all series") << true;
    QTest::newRow("a source of the pipelines not live: their series left out") << false;
}

void TestExporter::servesPostgresDebeziumAndPipelines()
{
    // Through the Exporter's own entry points (as ExporterFeed calls them), serialized as /metrics is.
    QFETCH(bool, pipelinesLive);
    Exporter exporter(QStringLiteral("1.2.3"));
    exporter.setPostgresSnapshot(postgresSnapshot(), 60000);
    SourceStatus status;
    status.reachable = pipelinesLive;
    status.lastSuccessAt = QDateTime::currentDateTimeUtc();
    exporter.setPipelineSnapshot(pipelineSnapshot(), status, 60000);
    exporter.waitForPublished();
    std::ostringstream out;
    prometheus::TextSerializer().Serialize(out, exporter.collectable()->Collect());
    const QString body = QString::fromStdString(out.str());
    for (const char *line :
         {"tidewatch_source_up{cluster=\"stack\",source=\"postgres\"} 1\n",
          "tidewatch_postgres_wal_bytes_per_second{cluster=\"stack\"} 512\n",
          "tidewatch_postgres_replication_slot_active{cluster=\"stack\",slot=\"tidewatch_orders\"} 1\n",
          "tidewatch_postgres_replication_slot_lag_bytes{cluster=\"stack\",slot=\"tidewatch_orders\"} 4096\n",
          "tidewatch_postgres_replication_slot_lag_seconds{cluster=\"stack\",slot=\"tidewatch_orders\"} "
          "1.5\n",
          "tidewatch_postgres_replication_slot_retained_bytes{cluster=\"stack\",slot=\"tidewatch_orders\"} "
          "8192\n",
          "tidewatch_debezium_behind_source_seconds{cluster=\"stack\",server=\"shop\"} 0.25\n",
          "tidewatch_debezium_connected{cluster=\"stack\",server=\"shop\"} 1\n",
          "tidewatch_debezium_queue_remaining_capacity{cluster=\"stack\",server=\"shop\"} 8192\n",
          "tidewatch_debezium_snapshot_running{cluster=\"stack\",server=\"shop\"} 0\n"}) {
        QVERIFY2(body.contains(QString::fromUtf8(line)), qPrintable(QString::fromUtf8(line) + body));
    }
    const QString pipeline = QStringLiteral("pipeline=\"shop-orders-cdc → orders-cdc-archive\"");
    const QString source = QStringLiteral("hop=\"connector:shop-orders-cdc\",") + pipeline;
    const QString sink = QStringLiteral("hop=\"connector:orders-cdc-archive\",") + pipeline;
    const QStringList pipelines = {
        QStringLiteral("tidewatch_pipeline_hop_state{cluster=\"stack\",%1} 4\n").arg(source),
        QStringLiteral("tidewatch_pipeline_hop_state{cluster=\"stack\",%1} 0\n").arg(sink),
        QStringLiteral("tidewatch_pipeline_hop_lag_bytes{cluster=\"stack\",%1} 4096\n").arg(source),
        QStringLiteral("tidewatch_pipeline_hop_lag_messages{cluster=\"stack\",%1} 12\n").arg(sink),
        QStringLiteral("tidewatch_pipeline_end_to_end_lag_seconds{cluster=\"stack\",%1} 1.5\n").arg(pipeline),
        QStringLiteral("tidewatch_pipeline_end_to_end_lag_is_lower_bound{cluster=\"stack\",%1} 1\n")
            .arg(pipeline),
    };
    for (const QString &line : pipelines)
        QVERIFY2(body.contains(line) == pipelinesLive, qPrintable(line + body));
    QVERIFY(body.contains(QStringLiteral("tidewatch_source_up{cluster=\"stack\",source=\"pipeline\"} ") +
                          (pipelinesLive ? u'1' : u'0')));

    const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
    if (promtool.isEmpty() && qEnvironmentVariableIsSet("CI"))
        QFAIL("promtool is not installed (scripts/setup-deps.sh installs it)");
    if (promtool.isEmpty())
        QSKIP("promtool is not installed");
    QProcess check;
    check.start(promtool, {QStringLiteral("check"), QStringLiteral("metrics")});
    QVERIFY(check.waitForStarted());
    check.write(body.toUtf8());
    check.closeWriteChannel();
    QVERIFY(check.waitForFinished(30000));
    QVERIFY2(check.exitCode() == 0,
             QByteArray(check.readAllStandardOutput() + check.readAllStandardError()).constData());
}

QTEST_GUILESS_MAIN(TestExporter)
#include "tst_exporter.moc"
