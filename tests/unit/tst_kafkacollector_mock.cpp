#include "KafkaCollector.h"

#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>

#include <QElapsedTimer>
#include <QTest>

#include <memory>

using namespace Tidewatch;

namespace {

/// librdkafka's built-in mock cluster: real Kafka protocol over loopback sockets, in-process.
class MockCluster
{
public:
    MockCluster(int brokers)
    {
        char errstr[256];
        rd_kafka_conf_t *conf = rd_kafka_conf_new();
        m_rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr, sizeof errstr);
        m_cluster = rd_kafka_mock_cluster_new(m_rk, brokers);
    }
    ~MockCluster()
    {
        rd_kafka_mock_cluster_destroy(m_cluster);
        rd_kafka_destroy(m_rk);
    }
    QString bootstraps() const { return QString::fromUtf8(rd_kafka_mock_cluster_bootstraps(m_cluster)); }
    rd_kafka_mock_cluster_t *get() const { return m_cluster; }

private:
    rd_kafka_t *m_rk = nullptr;
    rd_kafka_mock_cluster_t *m_cluster = nullptr;
};

ClusterProfile profileFor(const QString &bootstrap)
{
    ClusterProfile profile;
    profile.name = QStringLiteral("mock");
    profile.bootstrapServers = bootstrap;
    profile.requestTimeoutMs = 3000;
    return profile;
}

} // namespace

class TestKafkaCollectorMock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void metadata()
    {
        MockCluster cluster(3);
        QCOMPARE(rd_kafka_mock_topic_create(cluster.get(), "orders", 6, 3), RD_KAFKA_RESP_ERR_NO_ERROR);
        QCOMPARE(rd_kafka_mock_topic_create(cluster.get(), "__consumer_offsets", 2, 3),
                 RD_KAFKA_RESP_ERR_NO_ERROR);
        QCOMPARE(rd_kafka_mock_partition_set_leader(cluster.get(), "orders", 2, 3),
                 RD_KAFKA_RESP_ERR_NO_ERROR);

        KafkaCollector collector(profileFor(cluster.bootstraps()));
        const KafkaSnapshot snapshot = collector.collectOnce();
        QVERIFY2(snapshot.status.reachable, qPrintable(snapshot.status.error));
        QVERIFY(snapshot.status.error.isEmpty());
        // Metadata, DescribeConfigs (min.insync.replicas, and retention), high and low watermarks and
        // the last stable offsets (one ListOffsets per leader each), and ListGroups + DescribeGroups
        // per broker: 1 + 2 + 3 × leaders + 2 × 3, independent of the 8 partitions. (The mock places leaders
        // at random: sometimes only two brokers lead anything.)
        QSet<int> leaders;
        for (const TopicInfo &t : snapshot.topics) {
            for (const PartitionInfo &p : t.partitions)
                leaders.insert(p.leader);
        }
        QVERIFY(leaders.size() >= 2 && leaders.size() <= 3);
        QCOMPARE(snapshot.status.requestCount, 1 + 2 + 3 * int(leaders.size()) + 2 * 3);
        // The mock has no controller and no group APIs: those parts fail, the rest is still current.
        QVERIFY2(snapshot.partErrors.join(QLatin1Char('\n')).contains(QStringLiteral("Topic configs")),
                 qPrintable(snapshot.partErrors.join(QLatin1Char('\n'))));
        QVERIFY(snapshot.groups.isEmpty());
        QCOMPARE(snapshot.status.lastSuccessAt, snapshot.status.attemptedAt);
        QCOMPARE(snapshot.clusterName, QStringLiteral("mock"));
        QCOMPARE(snapshot.brokers.size(), 3);
        QCOMPARE(snapshot.brokers[0].id, 1);
        QCOMPARE(snapshot.brokers[2].id, 3);
        QCOMPARE(snapshot.topics.size(), 2);
        QCOMPARE(snapshot.topics[0].name, QStringLiteral("__consumer_offsets")); // sorted by name
        QVERIFY(snapshot.topics[0].internal);
        const TopicInfo *orders = snapshot.topic(QStringLiteral("orders"));
        QVERIFY(orders);
        QVERIFY(!orders->internal);
        QCOMPARE(orders->partitions.size(), 6);
        for (int p = 0; p < 6; ++p) {
            QCOMPARE(orders->partitions[p].partition, p);
            QCOMPARE(orders->partitions[p].replicas.size(), 3);
        }
        QCOMPARE(orders->partitions[2].leader, 3);
        for (const PartitionInfo &p : orders->partitions) {
            QCOMPARE(p.highWatermark, qint64(0)); // empty topic: real offsets, not "unknown"
            QCOMPARE(p.lowWatermark, qint64(0));
        }
        QCOMPARE(snapshot.topic(QStringLiteral("missing")), nullptr);
    }

    /// librdkafka fails a whole ListOffsets when one partition fails; the collector narrows it down
    /// instead of blanking every partition of that leader.
    void brokerSideOffsetErrorLosesNoPartition()
    {
        MockCluster cluster(1);
        QCOMPARE(rd_kafka_mock_topic_create(cluster.get(), "orders", 8, 1), RD_KAFKA_RESP_ERR_NO_ERROR);
        KafkaCollector collector(profileFor(cluster.bootstraps()));
        const KafkaSnapshot warm = collector.collectOnce(); // metadata, configs, both watermarks
        QVERIFY(warm.status.reachable);
        rd_kafka_mock_push_request_errors(cluster.get(), 2 /* ListOffsets */, 1,
                                          RD_KAFKA_RESP_ERR_NOT_LEADER_FOR_PARTITION);
        const KafkaSnapshot snapshot = collector.collectOnce();
        QVERIFY(snapshot.status.reachable);
        const TopicInfo *orders = snapshot.topic(QStringLiteral("orders"));
        QVERIFY(orders);
        for (const PartitionInfo &p : orders->partitions)
            QVERIFY2(p.highWatermark == 0, qPrintable(p.offsetError));
        // (the mock answers no group requests: that is the only part error)
        QVERIFY2(snapshot.partErrors.filter(QStringLiteral("Offsets")).isEmpty(),
                 qPrintable(snapshot.partErrors.join(QLatin1Char(';'))));
        // The failed request, then its two halves; the rest of the cycle is unchanged.
        QCOMPARE(snapshot.status.requestCount, 1 + 2 + /* metadata re-check */ 0 + /* groups */ 2);
    }

    /// #17: end and start offsets are asked in chunks of KafkaOffsetReader::kWatermarkChunk partitions
    /// per leader (librdkafka's handling of one ListOffsets answer is quadratic in its partitions);
    /// every partition still gets its figure.
    void watermarksInChunksLoseNoPartition()
    {
        MockCluster cluster(1);
        QCOMPARE(rd_kafka_mock_topic_create(cluster.get(), "wide", 2500, 1), RD_KAFKA_RESP_ERR_NO_ERROR);
        KafkaCollector collector(profileFor(cluster.bootstraps()));
        const KafkaSnapshot snapshot = collector.collectOnce();
        QVERIFY2(snapshot.status.reachable, qPrintable(snapshot.status.error));
        const TopicInfo *wide = snapshot.topic(QStringLiteral("wide"));
        QVERIFY(wide);
        QCOMPARE(wide->partitions.size(), 2500);
        for (const PartitionInfo &p : wide->partitions) {
            QVERIFY2(p.highWatermark == 0 && p.lowWatermark == 0,
                     qPrintable(QStringLiteral("partition %1: %2").arg(p.partition).arg(p.offsetError)));
        }
        // Metadata, the two DescribeConfigs, three chunks (1,000 + 1,000 + 500) for each of the end,
        // start and last stable offsets, and ListGroups + DescribeGroups of the one broker.
        constexpr int chunks =
            (2500 + KafkaOffsetReader::kWatermarkChunk - 1) / KafkaOffsetReader::kWatermarkChunk;
        QCOMPARE(chunks, 3);
        QCOMPARE(snapshot.status.requestCount, 1 + 2 + 3 * chunks + 2);
    }

    void unreachableClusterSaysSoWithinTheTimeout()
    {
        ClusterProfile profile = profileFor(QStringLiteral("127.0.0.1:1")); // nothing listens on port 1
        profile.requestTimeoutMs = 1500;
        KafkaCollector collector(profile);
        QElapsedTimer clock;
        clock.start();
        const KafkaSnapshot snapshot = collector.collectOnce();
        QVERIFY(clock.elapsed() < 5000);
        QVERIFY(!snapshot.status.reachable);
        QVERIFY(snapshot.status.error.startsWith(QStringLiteral("Metadata request failed")));
        QVERIFY(!snapshot.status.lastSuccessAt.isValid());
        QCOMPARE(snapshot.status.dataAgeMs(QDateTime::currentDateTimeUtc()), qint64(-1));
    }

    void lostClusterKeepsLastDataWithItsAge()
    {
        auto cluster = std::make_unique<MockCluster>(1);
        QCOMPARE(rd_kafka_mock_topic_create(cluster->get(), "t", 1, 1), RD_KAFKA_RESP_ERR_NO_ERROR);
        ClusterProfile profile = profileFor(cluster->bootstraps());
        profile.requestTimeoutMs = 1500;
        KafkaCollector collector(profile);
        const KafkaSnapshot first = collector.collectOnce();
        QVERIFY(first.status.reachable);
        cluster.reset(); // the cluster goes away
        const KafkaSnapshot second = collector.collectOnce();
        QVERIFY(!second.status.reachable);
        QVERIFY(!second.status.error.isEmpty());
        QCOMPARE(second.status.lastSuccessAt, first.status.lastSuccessAt);
        QVERIFY(second.status.attemptedAt >= first.status.attemptedAt);
        QCOMPARE(second.topics.size(), first.topics.size()); // last data kept, flagged by the status
    }

    void invalidPropertyIsAClearError()
    {
        ClusterProfile profile = profileFor(QStringLiteral("127.0.0.1:9092"));
        profile.kafkaProperties.append({QStringLiteral("no.such.property"), QStringLiteral("x")});
        KafkaCollector collector(profile);
        const KafkaSnapshot snapshot = collector.collectOnce();
        QVERIFY(!snapshot.status.reachable);
        QVERIFY2(snapshot.status.error.contains(QStringLiteral("no.such.property")),
                 qPrintable(snapshot.status.error));
    }
};

QTEST_GUILESS_MAIN(TestKafkaCollectorMock)
#include "tst_kafkacollector_mock.moc"
