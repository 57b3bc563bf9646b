#include "FlinkCollector.h"
#include "KafkaCollector.h"

#include <librdkafka/rdkafka.h>

#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Tidewatch;

namespace {

const char *const kBootstrap = "127.0.0.1:19092,127.0.0.1:29092,127.0.0.1:39092";
const QString kFlinkUrl = QStringLiteral("http://127.0.0.1:18081");

struct RdKafkaDeleter
{
    void operator()(rd_kafka_t *rk) const { rd_kafka_destroy(rk); }
};
using RdKafka = std::unique_ptr<rd_kafka_t, RdKafkaDeleter>;

RdKafka makeClient(rd_kafka_type_t type, std::initializer_list<std::pair<const char *, const char *>> props)
{
    char errstr[512];
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    rd_kafka_conf_set(conf, "bootstrap.servers", kBootstrap, errstr, sizeof errstr);
    for (const auto &[k, v] : props) {
        if (rd_kafka_conf_set(conf, k, v, errstr, sizeof errstr) != RD_KAFKA_CONF_OK)
            qFatal("bad property %s: %s", k, errstr);
    }
    rd_kafka_t *rk = rd_kafka_new(type, conf, errstr, sizeof errstr);
    if (!rk)
        qFatal("rd_kafka_new: %s", errstr);
    return RdKafka(rk);
}

/// Runs one of Kafka's own command-line tools through the stack script.
QString kafkaTool(const QStringList &args)
{
    QProcess p;
    p.start(qEnvironmentVariable("TIDEWATCH_STACK"), args);
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        qWarning().noquote() << "tool failed:" << args << p.readAllStandardError();
    return QString::fromUtf8(p.readAllStandardOutput());
}

struct DescribedPartition
{
    int leader;
    QList<int> replicas;
    QList<int> isr;
};

QList<int> ids(const QString &csv)
{
    QList<int> out;
    for (const QString &part : csv.split(QLatin1Char(','), Qt::SkipEmptyParts))
        out << part.trimmed().toInt();
    return out;
}

} // namespace

class TestStack : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    /// Produce with librdkafka to a fresh topic of the real cluster and read every message back.
    void produceAndConsume()
    {
        const QByteArray topic = "tw-selftest-" + QUuid::createUuid().toByteArray(QUuid::Id128).left(12);
        RdKafka admin = makeClient(RD_KAFKA_PRODUCER, {});
        char errstr[512];
        rd_kafka_NewTopic_t *newTopic = rd_kafka_NewTopic_new(topic.constData(), 3, 3, errstr, sizeof errstr);
        QVERIFY2(newTopic, errstr);
        rd_kafka_queue_t *queue = rd_kafka_queue_new(admin.get());
        rd_kafka_CreateTopics(admin.get(), &newTopic, 1, nullptr, queue);
        rd_kafka_event_t *event = rd_kafka_queue_poll(queue, 30000);
        QVERIFY(event);
        QCOMPARE(rd_kafka_event_error(event), RD_KAFKA_RESP_ERR_NO_ERROR);
        size_t count = 0;
        const rd_kafka_topic_result_t **results =
            rd_kafka_CreateTopics_result_topics(rd_kafka_event_CreateTopics_result(event), &count);
        QCOMPARE(count, size_t(1));
        QCOMPARE(rd_kafka_topic_result_error(results[0]), RD_KAFKA_RESP_ERR_NO_ERROR);
        rd_kafka_event_destroy(event);
        rd_kafka_queue_destroy(queue);
        rd_kafka_NewTopic_destroy(newTopic);

        RdKafka producer = makeClient(RD_KAFKA_PRODUCER, {{"acks", "all"}});
        const int messages = 30;
        for (int i = 0; i < messages; ++i) {
            const QByteArray value = "message-" + QByteArray::number(i);
            const QByteArray key = "key-" + QByteArray::number(i % 7);
            QCOMPARE(rd_kafka_producev(
                         producer.get(), RD_KAFKA_V_TOPIC(topic.constData()),
                         RD_KAFKA_V_KEY(key.constData(), size_t(key.size())),
                         RD_KAFKA_V_VALUE(const_cast<char *>(value.constData()), size_t(value.size())),
                         RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY), RD_KAFKA_V_END),
                     RD_KAFKA_RESP_ERR_NO_ERROR);
        }
        QCOMPARE(rd_kafka_flush(producer.get(), 30000), RD_KAFKA_RESP_ERR_NO_ERROR);

        RdKafka consumer =
            makeClient(RD_KAFKA_CONSUMER, {{"group.id", "tw-selftest"}, {"enable.auto.commit", "false"}});
        rd_kafka_topic_partition_list_t *assignment = rd_kafka_topic_partition_list_new(3);
        for (int p = 0; p < 3; ++p)
            rd_kafka_topic_partition_list_add(assignment, topic.constData(), p)->offset =
                RD_KAFKA_OFFSET_BEGINNING;
        QCOMPARE(rd_kafka_assign(consumer.get(), assignment), RD_KAFKA_RESP_ERR_NO_ERROR);
        rd_kafka_topic_partition_list_destroy(assignment);
        QSet<QByteArray> received;
        QDeadlineTimer deadline(60000);
        while (received.size() < messages && !deadline.hasExpired()) {
            rd_kafka_message_t *msg = rd_kafka_consumer_poll(consumer.get(), 500);
            if (!msg)
                continue;
            if (msg->err == RD_KAFKA_RESP_ERR_NO_ERROR)
                received.insert(QByteArray(static_cast<const char *>(msg->payload), qsizetype(msg->len)));
            rd_kafka_message_destroy(msg);
        }
        rd_kafka_consumer_close(consumer.get());
        QCOMPARE(received.size(), messages);
        QVERIFY(received.contains("message-0"));
        QVERIFY(received.contains("message-29"));
    }

    /// Our metadata of the demo topic equals what Kafka's own TopicCommand describes.
    void metadataMatchesTopicCommand()
    {
        ClusterProfile profile;
        profile.name = QStringLiteral("stack");
        profile.bootstrapServers = QString::fromLatin1(kBootstrap);
        KafkaCollector collector(profile);
        const KafkaSnapshot snapshot = collector.collectOnce();
        QVERIFY2(snapshot.status.reachable, qPrintable(snapshot.status.error));
        QCOMPARE(snapshot.brokers.size(), 3);
        // Without broker metrics the active controller is unknown: the Metadata names any live broker.
        QCOMPARE(snapshot.controllerId, -1);
        QVERIFY(snapshot.metadataControllerId >= 1 && snapshot.metadataControllerId <= 3);
        QVERIFY(!snapshot.clusterId.isEmpty());

        const QString described = kafkaTool({QStringLiteral("topics"), QStringLiteral("--describe"),
                                             QStringLiteral("--topic"), QStringLiteral("orders")});
        const QRegularExpression line(QStringLiteral(
            R"(Partition:\s*(\d+)\s+Leader:\s*(-?\d+)\s+Replicas:\s*([\d,]+)\s+Isr:\s*([\d,]*))"));
        QMap<int, DescribedPartition> theirs;
        for (auto it = line.globalMatch(described); it.hasNext();) {
            const auto m = it.next();
            theirs.insert(m.captured(1).toInt(),
                          {m.captured(2).toInt(), ids(m.captured(3)), ids(m.captured(4))});
        }
        QVERIFY2(!theirs.isEmpty(), qPrintable(described));
        QVERIFY2(described.contains(QStringLiteral("ReplicationFactor: 3")), qPrintable(described));

        const TopicInfo *orders = snapshot.topic(QStringLiteral("orders"));
        QVERIFY(orders);
        QCOMPARE(orders->partitions.size(), theirs.size());
        for (const PartitionInfo &p : orders->partitions) {
            QVERIFY(theirs.contains(p.partition));
            const DescribedPartition &t = theirs[p.partition];
            QCOMPARE(p.leader, t.leader);
            QCOMPARE(p.replicas, t.replicas); // same order: the first one is the preferred leader
            QList<int> ourIsr = p.isr;
            QList<int> theirIsr = t.isr;
            std::sort(ourIsr.begin(), ourIsr.end());
            std::sort(theirIsr.begin(), theirIsr.end());
            QCOMPARE(ourIsr, theirIsr);
            QCOMPARE(p.replicas.size(), 3);
        }
    }

    /// Bytes, log sizes and latency come from each broker's JMX exporter endpoint.
    void brokerMetricsFromTheJmxExporter()
    {
        ClusterProfile profile;
        profile.name = QStringLiteral("stack");
        profile.bootstrapServers = QString::fromLatin1(kBootstrap);
        profile.brokerMetrics = QStringLiteral("http://127.0.0.1:{id}9404/metrics");
        KafkaCollector collector(profile);
        KafkaSnapshot snapshot = collector.collectOnce();
        QTest::qWait(2500); // a rate needs two scrapes
        snapshot = collector.collectOnce();
        QVERIFY2(snapshot.status.reachable, qPrintable(snapshot.status.error));
        for (const BrokerInfo &b : snapshot.brokers) {
            QVERIFY2(b.metricsError.isEmpty(), qPrintable(b.metricsError));
            QVERIFY(b.bytesInPerSecond >= 0);
            QVERIFY(b.logSizeBytes > 0);
            QVERIFY(b.produceLatencyP99Ms >= 0);
        }
        const TopicInfo *orders = snapshot.topic(QStringLiteral("orders"));
        QVERIFY(orders);
        QVERIFY2(orders->bytesInPerSecond > 0, "the generator writes to orders all the time");
        QVERIFY(orders->logSizeBytes > 0);
        // A broker whose endpoint does not answer says so; the rest of the snapshot is unaffected.
        profile.brokerMetrics = QStringLiteral("1=http://127.0.0.1:1/metrics");
        KafkaCollector broken(profile);
        const KafkaSnapshot partial = broken.collectOnce();
        QVERIFY(partial.status.reachable);
        QVERIFY(!partial.brokers.first().metricsError.isEmpty());
        QVERIFY(!partial.partErrors.filter(QStringLiteral("Metrics of broker 1")).isEmpty());
        QVERIFY(partial.topic(QStringLiteral("orders"))->partitions.first().highWatermark > 0);
    }

    /// The Flink job of the stack is RUNNING and visible through its REST endpoint.
    void flinkJobIsRunning()
    {
        ClusterProfile profile;
        profile.name = QStringLiteral("stack");
        profile.flinkRestUrl = kFlinkUrl;
        FlinkCollector collector(profile);
        QSignalSpy spy(&collector, &FlinkCollector::snapshotReady);
        collector.collect();
        QVERIFY(spy.wait(15000));
        const auto snapshot = spy.takeFirst().at(0).value<FlinkSnapshot>();
        QVERIFY2(snapshot.status.reachable, qPrintable(snapshot.status.error));
        QVERIFY2(snapshot.flinkVersion.startsWith(QStringLiteral("2.")), qPrintable(snapshot.flinkVersion));
        QVERIFY(snapshot.taskManagers >= 1);
        QVERIFY(!snapshot.jobs.isEmpty());
        // The orders job and, beside it, the job shapes of stack/flink (ShapeJobs.java): five that keep
        // running, one that fails for good and one that finishes.
        const FlinkJobInfo *orders = nullptr;
        for (const FlinkJobInfo &j : snapshot.jobs)
            orders = j.name == QLatin1String("tidewatch-orders") ? &j : orders;
        QVERIFY(orders);
        QCOMPARE(orders->state, QStringLiteral("RUNNING"));
        QCOMPARE(snapshot.runningJobs(), 5);
        // Cost grows with jobs and vertices, not parallelism: 3 cluster requests, 3 per live job (4 on
        // the first cycle: /checkpoints/config) and 1 with its vertex metrics, 3 per terminal job, 3 per
        // vertex, and on the first cycle
        // /config, /jobmanager/config, the job plans and the sources' metric ids.
        int vertices = 0;
        int sources = 0;
        QStringList shape;
        for (const FlinkJobDetails &job : snapshot.jobDetails) {
            vertices += int(job.vertices.size());
            for (const FlinkVertexInfo &v : job.vertices)
                sources += v.source ? 1 : 0;
            shape << QStringLiteral("%1 vertices").arg(job.vertices.size());
        }
        QCOMPARE(snapshot.details(orders->id)->vertices.size(), 4);
        const int jobs = int(snapshot.jobs.size());
        // Vertex metrics are asked for at most once per Flink metric-fetcher interval, so the exact count
        // of a real first cycle depends on timing; tst_flinkcollector_faults checks exact counts.
        const int least = 3 + 3 * jobs;
        const int most = 3 + 2 + 6 * jobs + 3 * vertices + sources;
        QVERIFY2(snapshot.status.requestCount >= least && snapshot.status.requestCount <= most,
                 qPrintable(QStringLiteral("%1 requests, expected %2..%3 (%4 jobs: %5)")
                                .arg(snapshot.status.requestCount)
                                .arg(least)
                                .arg(most)
                                .arg(jobs)
                                .arg(shape.join(QStringLiteral(", ")))));
    }
};

QTEST_GUILESS_MAIN(TestStack)
#include "tst_stack.moc"
