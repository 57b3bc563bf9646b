// Partition balance on the real stack: the per-broker leader, replica and preferred-leader counts
// equal what Kafka's own TopicCommand describes, and a partition produced to much harder than the
// others of its topic is named the hot one by messages (from offsets) and by bytes (from the
// brokers' JMX exporter).
#include "KafkaCollector.h"
#include "StackTools.h"

#include <librdkafka/rdkafka.h>

#include <QRegularExpression>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Tidewatch;

namespace {

struct RdKafkaDeleter
{
    void operator()(rd_kafka_t *rk) const { rd_kafka_destroy(rk); }
};
using RdKafka = std::unique_ptr<rd_kafka_t, RdKafkaDeleter>;

RdKafka makeProducer()
{
    char errstr[512];
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    rd_kafka_conf_set(conf, "bootstrap.servers", StackTools::kBootstrap, errstr, sizeof errstr);
    rd_kafka_conf_set(conf, "linger.ms", "20", errstr, sizeof errstr);
    rd_kafka_conf_set(conf, "allow.auto.create.topics", "false", errstr, sizeof errstr);
    rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr, sizeof errstr);
    if (!rk)
        qFatal("rd_kafka_new: %s", errstr);
    return RdKafka(rk);
}

ClusterProfile stackProfile(bool brokerMetrics)
{
    ClusterProfile profile;
    profile.name = QStringLiteral("stack");
    profile.bootstrapServers = QString::fromLatin1(StackTools::kBootstrap);
    if (brokerMetrics)
        profile.brokerMetrics = QStringLiteral("http://127.0.0.1:{id}9404/metrics");
    return profile;
}

struct Counts
{
    QMap<int, int> leaders, replicas, preferred;
    QSet<QString> topics;
};

/// Per-broker counts from `topics --describe` (every topic).
Counts describedCounts()
{
    const StackTools::ToolResult described =
        StackTools::stack({QStringLiteral("topics"), QStringLiteral("--describe")});
    Counts c;
    const QRegularExpression line(
        QStringLiteral(R"(Topic:\s*(\S+)\s+Partition:\s*(\d+)\s+Leader:\s*(-?\d+)\s+Replicas:\s*([\d,]+))"));
    for (auto it = line.globalMatch(described.out); it.hasNext();) {
        const auto m = it.next();
        c.topics.insert(m.captured(1));
        const int leader = m.captured(3).toInt();
        if (leader >= 0)
            ++c.leaders[leader];
        const QStringList replicas = m.captured(4).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &r : replicas)
            ++c.replicas[r.toInt()];
        if (!replicas.isEmpty())
            ++c.preferred[replicas.first().toInt()];
    }
    return c;
}

bool createTopic(rd_kafka_t *rk, const QByteArray &name, int partitions, QString *error)
{
    char errstr[512];
    rd_kafka_NewTopic_t *topic =
        rd_kafka_NewTopic_new(name.constData(), partitions, 3, errstr, sizeof errstr);
    if (!topic) {
        *error = QString::fromUtf8(errstr);
        return false;
    }
    rd_kafka_queue_t *queue = rd_kafka_queue_new(rk);
    rd_kafka_CreateTopics(rk, &topic, 1, nullptr, queue);
    rd_kafka_event_t *event = rd_kafka_queue_poll(queue, 30000);
    bool ok = false;
    if (event) {
        size_t count = 0;
        const rd_kafka_topic_result_t **results =
            rd_kafka_CreateTopics_result_topics(rd_kafka_event_CreateTopics_result(event), &count);
        ok = rd_kafka_event_error(event) == RD_KAFKA_RESP_ERR_NO_ERROR && count == 1 &&
             rd_kafka_topic_result_error(results[0]) == RD_KAFKA_RESP_ERR_NO_ERROR;
        if (!ok)
            *error = count == 1 ? QString::fromUtf8(rd_kafka_topic_result_error_string(results[0]))
                                : QString::fromUtf8(rd_kafka_event_error_string(event));
        rd_kafka_event_destroy(event);
    } else {
        *error = QStringLiteral("CreateTopics: no answer");
    }
    rd_kafka_queue_destroy(queue);
    rd_kafka_NewTopic_destroy(topic);
    return ok;
}

void deleteTopic(rd_kafka_t *rk, const QByteArray &name)
{
    rd_kafka_DeleteTopic_t *topic = rd_kafka_DeleteTopic_new(name.constData());
    rd_kafka_queue_t *queue = rd_kafka_queue_new(rk);
    rd_kafka_DeleteTopics(rk, &topic, 1, nullptr, queue);
    if (rd_kafka_event_t *event = rd_kafka_queue_poll(queue, 30000))
        rd_kafka_event_destroy(event);
    rd_kafka_queue_destroy(queue);
    rd_kafka_DeleteTopic_destroy(topic);
}

/// Produces @p count messages of 200 bytes to @p partition and waits for them.
bool produce(rd_kafka_t *rk, const QByteArray &topic, int partition, int count)
{
    const QByteArray value(200, 'x');
    for (int i = 0; i < count; ++i) {
        if (rd_kafka_producev(rk, RD_KAFKA_V_TOPIC(topic.constData()), RD_KAFKA_V_PARTITION(partition),
                              RD_KAFKA_V_VALUE(const_cast<char *>(value.constData()), size_t(value.size())),
                              RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY),
                              RD_KAFKA_V_END) != RD_KAFKA_RESP_ERR_NO_ERROR)
            return false;
        rd_kafka_poll(rk, 0);
    }
    return rd_kafka_flush(rk, 30000) == RD_KAFKA_RESP_ERR_NO_ERROR;
}

} // namespace

class TestPartitionBalanceStack : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    /// Leaders, replicas and preferred leaders per broker, and the skews from them, equal Kafka's view.
    void brokerCountsMatchTopicCommand()
    {
        KafkaCollector collector(stackProfile(false));
        // Other sessions may create or delete topics meanwhile: compare only reads that saw the same
        // topics (and the same leaders) on both sides.
        for (int attempt = 0; attempt < 5; ++attempt) {
            const KafkaSnapshot snapshot = collector.collectOnce();
            QVERIFY2(snapshot.status.reachable, qPrintable(snapshot.status.error));
            const Counts theirs = describedCounts();
            QSet<QString> ours;
            for (const TopicInfo &t : snapshot.topics)
                ours.insert(t.name);
            QVERIFY2(!theirs.topics.isEmpty(), "TopicCommand described no topic");
            QMap<int, int> leaders, replicas, preferred;
            for (const BrokerInfo &b : snapshot.brokers) {
                leaders[b.id] = b.partitionsLed;
                replicas[b.id] = b.replicaCount;
                preferred[b.id] = b.preferredLeaderCount;
            }
            auto withZeros = [&](QMap<int, int> m) {
                for (const BrokerInfo &b : snapshot.brokers)
                    m.insert(b.id, m.value(b.id));
                return m;
            };
            if (ours != theirs.topics || leaders != withZeros(theirs.leaders)) {
                QTest::qWait(2000);
                continue;
            }
            QCOMPARE(replicas, withZeros(theirs.replicas));
            QCOMPARE(preferred, withZeros(theirs.preferred));
            int most = 0;
            int total = 0;
            for (int n : std::as_const(leaders)) {
                most = std::max(most, n);
                total += n;
            }
            QVERIFY(total > 0);
            QCOMPARE(snapshot.leaderSkew, double(most) / (double(total) / double(leaders.size())));
            QVERIFY(snapshot.replicaSkew >= 1.0);
            return;
        }
        QFAIL("the topics or their leaders kept changing between our read and TopicCommand's");
    }

    /// One partition of a fresh topic takes 20 times the messages of each other: it is the hot one,
    /// by messages from the end offsets and by bytes from the growth of its leader's log.
    void hotPartitionNamed()
    {
        RdKafka producer = makeProducer();
        const QByteArray topic = "tw-balance-" + QUuid::createUuid().toByteArray(QUuid::Id128).left(10);
        QString error;
        QVERIFY2(createTopic(producer.get(), topic, 4, &error), qPrintable(error));
        const auto cleanup = qScopeGuard([&] { deleteTopic(producer.get(), topic); });
        // The new partitions need a moment before every broker accepts writes to them.
        QTRY_VERIFY_WITH_TIMEOUT(produce(producer.get(), topic, 0, 1), 30000);

        KafkaCollector collector(stackProfile(true));
        const QString name = QString::fromLatin1(topic);
        KafkaSnapshot snapshot;
        // Wait until the collector sees the topic with every partition's end offset (its baseline).
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                snapshot = collector.collectOnce();
                const TopicInfo *t = snapshot.topic(name);
                if (!t || t->partitions.size() != 4)
                    return false;
                for (const PartitionInfo &p : t->partitions) {
                    if (p.highWatermark < 0)
                        return false;
                }
                return true;
            }(),
            30000);
        // No traffic since the baseline (or none known yet): the spread is unknown, never 1 or 0.
        QVERIFY(snapshot.topic(name)->messagesSkew < 0 || snapshot.topic(name)->messagesSkew >= 1);

        for (int round = 0; round < 2; ++round) {
            for (int p = 0; p < 4; ++p)
                QVERIFY(produce(producer.get(), topic, p, p == 2 ? 2000 : 100));
            QTest::qWait(1500);
            snapshot = collector.collectOnce();
        }
        QVERIFY2(snapshot.status.reachable, qPrintable(snapshot.status.error));
        const TopicInfo *t = snapshot.topic(name);
        QVERIFY(t);
        QCOMPARE(t->hottestPartitionByMessages, 2);
        // 2000 against 100 on each of three others: 2000 / (2300 / 4) = 3.48.
        QVERIFY2(t->messagesSkew > 3.0 && t->messagesSkew <= 4.0,
                 qPrintable(QString::number(t->messagesSkew)));
        for (const PartitionInfo &p : t->partitions)
            QVERIFY2(p.bytesInPerSecond >= 0,
                     qPrintable(QStringLiteral("partition %1: bytes/s unknown (%2)")
                                    .arg(p.partition)
                                    .arg(snapshot.partErrors.join(QStringLiteral("; ")))));
        QCOMPARE(t->hottestPartitionByBytes, 2);
        QVERIFY2(t->bytesSkew > 3.0 && t->bytesSkew <= 4.0, qPrintable(QString::number(t->bytesSkew)));
        QVERIFY(t->partitions[2].bytesInPerSecond > 10 * 200); // at least 2000 records of 200 bytes in 2 s
    }
};

QTEST_GUILESS_MAIN(TestPartitionBalanceStack)
#include "tst_partitionbalance_stack.moc"
