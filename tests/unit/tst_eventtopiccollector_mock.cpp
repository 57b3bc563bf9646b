// The event-topic collector against librdkafka's in-process mock cluster: where reading starts, what
// it counts, a cluster that goes away; and the excerpt of rejected messages. (Topics that appear later
// and partitions added later are tested on the real stack, tst_business: the mock's Metadata creates
// every topic it is asked about.)
#include "EventTopicCollector.h"

#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>

#include <QDeadlineTimer>
#include <QTest>

#include <memory>

using namespace Tidewatch;
using namespace Qt::StringLiterals;

namespace {

/// librdkafka's built-in mock cluster: real Kafka protocol over loopback sockets, in-process.
class MockCluster
{
public:
    explicit MockCluster(int brokers)
    {
        char errstr[256];
        rd_kafka_conf_t *conf = rd_kafka_conf_new();
        m_rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr, sizeof errstr);
        m_cluster = rd_kafka_mock_cluster_new(m_rk, brokers);
    }
    ~MockCluster()
    {
        if (m_producer)
            rd_kafka_destroy(m_producer);
        rd_kafka_mock_cluster_destroy(m_cluster);
        rd_kafka_destroy(m_rk);
    }
    QString bootstraps() const { return QString::fromUtf8(rd_kafka_mock_cluster_bootstraps(m_cluster)); }
    rd_kafka_mock_cluster_t *get() const { return m_cluster; }

    /// Produces @p values to @p topic's partition @p partition and waits until they are written.
    bool produce(const char *topic, int partition, const QList<QByteArray> &values)
    {
        if (!m_producer) {
            char errstr[256];
            rd_kafka_conf_t *conf = rd_kafka_conf_new();
            rd_kafka_conf_set(conf, "bootstrap.servers", rd_kafka_mock_cluster_bootstraps(m_cluster), errstr,
                              sizeof errstr);
            m_producer = rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr, sizeof errstr);
        }
        for (const QByteArray &value : values) {
            const rd_kafka_resp_err_t err = rd_kafka_producev(
                m_producer, RD_KAFKA_V_TOPIC(topic), RD_KAFKA_V_PARTITION(partition),
                RD_KAFKA_V_VALUE(const_cast<char *>(value.constData()), size_t(value.size())),
                RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY), RD_KAFKA_V_END);
            if (err != RD_KAFKA_RESP_ERR_NO_ERROR)
                return false;
        }
        return rd_kafka_flush(m_producer, 10000) == RD_KAFKA_RESP_ERR_NO_ERROR;
    }

private:
    rd_kafka_t *m_rk = nullptr;
    rd_kafka_t *m_producer = nullptr;
    rd_kafka_mock_cluster_t *m_cluster = nullptr;
};

ClusterProfile profileFor(const QString &bootstrap, const QStringList &orderTopics)
{
    ClusterProfile profile;
    profile.name = u"mock"_s;
    profile.bootstrapServers = bootstrap;
    profile.requestTimeoutMs = 2000;
    profile.kafkaMetadataRefreshMs = 300; // topics that appear later are found within a test's patience
    for (const QString &topic : orderTopics)
        profile.business.topics.append(
            EventTopicConfig::withDefaults(topic, EventKind::Order, EventFormat::Json));
    profile.business.startMinutes = 0; // from the end: only what is produced after the start
    return profile;
}

QByteArray orderEvent(int n)
{
    return u"{\"event_id\":\"e-%1\",\"event_type\":\"created\",\"order_id\":\"o-%1\",\"amount\":12.5,"
           "\"currency\":\"EUR\",\"event_time\":\"2026-12-06T09:00:%2.000Z\"}"_s.arg(n)
               .arg(n % 60, 2, 10, QLatin1Char('0'))
               .toUtf8();
}

const EventTopicStatus *topic(const BusinessSnapshot &s, const QString &name)
{
    for (const EventTopicStatus &t : s.topics) {
        if (t.topic == name)
            return &t;
    }
    return nullptr;
}

/// Runs cycles until @p done says so or @p ms pass; returns the last snapshot.
template<typename Done>
BusinessSnapshot collectUntil(EventTopicCollector &collector, int ms, Done done)
{
    const QDeadlineTimer deadline(ms);
    BusinessSnapshot s;
    do {
        collector.collectOnce(100);
        s = collector.snapshot();
    } while (!done(s) && !deadline.hasExpired());
    return s;
}

} // namespace

class TestEventTopicCollectorMock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void excerpt_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<int>("maxBytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("short text as is") << QByteArray("{\"a\":1}") << 120 << u"{\"a\":1}"_s;
        QTest::newRow("cut at the limit") << QByteArray("abcdef") << 4 << u"abcd"_s;
        QTest::newRow("control characters replaced")
            << QByteArray("a\nb\tc\x01") << 120 << u"a\uFFFDb\uFFFDc\uFFFD"_s;
        // "é" is two bytes: a cut inside it drops the whole character.
        QTest::newRow("never half a character") << QByteArray("ab\xC3\xA9") << 3 << u"ab"_s;
        QTest::newRow("whole character kept") << QByteArray("ab\xC3\xA9z") << 4 << u"ab\u00E9"_s;
        QTest::newRow("empty") << QByteArray() << 120 << QString();
    }
    void excerpt()
    {
        QFETCH(QByteArray, payload);
        QFETCH(int, maxBytes);
        QFETCH(QString, expected);
        QCOMPARE(EventTopicCollector::excerpt(std::string_view(payload.constData(), size_t(payload.size())),
                                              maxBytes),
                 expected);
    }

    /// Started at the end, it reads what is produced after it started, and counts every kind of message.
    void readsFromTheEndAndCountsEveryMessage()
    {
        MockCluster cluster(3);
        QCOMPARE(rd_kafka_mock_topic_create(cluster.get(), "orders", 3, 1), RD_KAFKA_RESP_ERR_NO_ERROR);
        QVERIFY(cluster.produce("orders", 0, {orderEvent(1000), orderEvent(1001)})); // before the start

        EventTopicCollector collector(profileFor(cluster.bootstraps(), {u"orders"_s}));
        collector.collectOnce(100);
        QVERIFY(collector.caughtUp());
        QCOMPARE(topic(collector.snapshot(), u"orders"_s)->partitions, 3);

        QVERIFY(cluster.produce("orders", 0, {orderEvent(1), orderEvent(2), "not json"}));
        QVERIFY(
            cluster.produce("orders", 2, {orderEvent(3), QByteArray(), orderEvent(1)})); // empty, duplicate
        const BusinessSnapshot s = collectUntil(
            collector, 10000, [](const BusinessSnapshot &s) { return topic(s, u"orders"_s)->messages >= 6; });
        const EventTopicStatus *orders = topic(s, u"orders"_s);
        QVERIFY(s.status.reachable);
        QVERIFY2(s.status.error.isEmpty(), qPrintable(s.status.error));
        QCOMPARE(orders->messages, 6);
        QCOMPARE(orders->events, 3);
        QCOMPARE(orders->rejected, 1);
        QCOMPARE(orders->tombstones, 1);
        QCOMPARE(orders->duplicates, 1);
        QCOMPARE(orders->lag, 0);
        QVERIFY(orders->error.isEmpty());
        QCOMPARE(s.trackedOrders, 3);
        QCOMPARE(s.rejected.size(), 1);
        QCOMPARE(s.rejected.constFirst().origin.topic, u"orders"_s);
        QCOMPARE(s.rejected.constFirst().origin.partition, 0);
        QCOMPARE(s.rejected.constFirst().origin.offset, 4);
        QCOMPARE(s.rejected.constFirst().excerpt, u"not json"_s);
        QCOMPARE(s.clusterName, u"mock"_s);
        QVERIFY(s.lastEventAt.isValid());
        QVERIFY(s.status.lastSuccessAt.isValid());
    }

    /// All brokers down: the status says so within the request timeout, nothing hangs; back up: reading
    /// goes on.
    void clusterDownIsAnErrorNotAHang()
    {
        MockCluster cluster(1);
        QCOMPARE(rd_kafka_mock_topic_create(cluster.get(), "orders", 1, 1), RD_KAFKA_RESP_ERR_NO_ERROR);
        EventTopicCollector collector(profileFor(cluster.bootstraps(), {u"orders"_s}));
        collector.collectOnce(100);
        QVERIFY(collector.snapshot().status.reachable);

        QCOMPARE(rd_kafka_mock_broker_set_down(cluster.get(), 1), RD_KAFKA_RESP_ERR_NO_ERROR);
        QElapsedTimer clock;
        clock.start();
        BusinessSnapshot s =
            collectUntil(collector, 30000, [](const BusinessSnapshot &s) { return !s.status.reachable; });
        QVERIFY(!s.status.reachable);
        QVERIFY(!s.status.error.isEmpty());
        QVERIFY2(s.status.durationMs <= 2000 + 1000, qPrintable(QString::number(s.status.durationMs)));

        QCOMPARE(rd_kafka_mock_broker_set_up(cluster.get(), 1), RD_KAFKA_RESP_ERR_NO_ERROR);
        QVERIFY(cluster.produce("orders", 0, {orderEvent(7)}));
        s = collectUntil(collector, 30000, [](const BusinessSnapshot &s) {
            return s.status.reachable && topic(s, u"orders"_s)->messages >= 1;
        });
        QVERIFY(s.status.reachable);
        QCOMPARE(topic(s, u"orders"_s)->messages, 1);
    }
};

QTEST_GUILESS_MAIN(TestEventTopicCollectorMock)
#include "tst_eventtopiccollector_mock.moc"
