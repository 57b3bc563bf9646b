// PartitionBalance: leader and replica skew over brokers, message and byte skew over a topic's
// partitions, and when each is unknown rather than 0 or 1.
#include "PartitionBalance.h"

#include <QTest>

using namespace Tidewatch;

namespace {

BrokerInfo broker(int id, bool reachable = true)
{
    BrokerInfo b;
    b.id = id;
    b.reachable = reachable;
    return b;
}

PartitionInfo partition(int id, int leader, QList<int> replicas, double msgs = -1, double bytes = -1)
{
    PartitionInfo p;
    p.partition = id;
    p.leader = leader;
    p.replicas = replicas;
    p.isr = replicas;
    p.messagesPerSecond = msgs;
    p.bytesInPerSecond = bytes;
    return p;
}

/// Three brokers; "orders" with 6 partitions, preferred leaders 1,2,3,1,2,3.
KafkaSnapshot threeBrokers()
{
    KafkaSnapshot s;
    s.brokers = {broker(1), broker(2), broker(3)};
    TopicInfo orders;
    orders.name = QStringLiteral("orders");
    for (int p = 0; p < 6; ++p) {
        const int first = 1 + p % 3;
        orders.partitions.append(partition(p, first, {first, 1 + (p + 1) % 3}, 10, 1000));
    }
    s.topics = {orders};
    return s;
}

} // namespace

class TestPartitionBalance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void skewOfValues_data()
    {
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<double>("skew");
        QTest::addColumn<int>("hottest");
        QTest::newRow("even") << QList<double>{5, 5, 5, 5} << 1.0 << 0;
        QTest::newRow("one hot of four") << QList<double>{1, 1, 1, 9} << 3.0 << 3;
        QTest::newRow("all on one of three") << QList<double>{0, 30, 0} << 3.0 << 1;
        QTest::newRow("one value: no spread") << QList<double>{7} << -1.0 << -1;
        QTest::newRow("none") << QList<double>{} << -1.0 << -1;
        QTest::newRow("idle: nothing is uneven") << QList<double>{0, 0, 0} << -1.0 << -1;
        QTest::newRow("one rate unknown") << QList<double>{4, -1, 4} << -1.0 << -1;
        QTest::newRow("NaN is unknown") << QList<double>{4, qQNaN(), 4} << -1.0 << -1;
    }
    void skewOfValues()
    {
        QFETCH(QList<double>, values);
        QFETCH(double, skew);
        QFETCH(int, hottest);
        int hot = 42;
        QCOMPARE(PartitionBalance::skew(values, &hot), skew);
        QCOMPARE(hot, hottest);
    }

    void evenClusterIsOne()
    {
        KafkaSnapshot s = threeBrokers();
        PartitionBalance::apply(s);
        QCOMPARE(s.leaderSkew, 1.0);
        QCOMPARE(s.replicaSkew, 1.0);
        for (const BrokerInfo &b : std::as_const(s.brokers)) {
            QCOMPARE(b.replicaCount, 4);
            QCOMPARE(b.preferredLeaderCount, 2);
        }
        QCOMPARE(s.topics[0].messagesSkew, 1.0);
        QCOMPARE(s.topics[0].bytesSkew, 1.0);
        QCOMPARE(s.topics[0].hottestPartitionByMessages, 0); // a tie: the first
    }

    /// After broker 3 restarted, its partitions stay led by the others until an election.
    void leadersMovedAfterRestart()
    {
        KafkaSnapshot s = threeBrokers();
        for (PartitionInfo &p : s.topics[0].partitions) {
            if (p.leader == 3)
                p.leader = p.replicas[1]; // 1
        }
        PartitionBalance::apply(s);
        // Leaders 1: 4, 2: 2, 3: 0 -> 4 / 2 = 2.
        QCOMPARE(s.leaderSkew, 2.0);
        QCOMPARE(s.replicaSkew, 1.0); // the assignment did not change
        QCOMPARE(s.topics[0].notOnPreferredLeaderCount(), 2);
        const BrokerInfo &three = s.brokers[2];
        QCOMPARE(three.preferredLeaderCount, 2);
    }

    /// A broker that is down leads nothing and is not counted: an outage alone is not an imbalance.
    void deadBrokerLeftOutOfLeaderSkew()
    {
        KafkaSnapshot s = threeBrokers();
        s.brokers[2].reachable = false;
        for (PartitionInfo &p : s.topics[0].partitions) {
            if (p.leader == 3)
                p.leader = p.replicas[1] == 3 ? p.replicas[0] : p.replicas[1];
        }
        PartitionBalance::apply(s);
        // Leaders 1: 4, 2: 2 over the two live brokers -> 4 / 3.
        QCOMPARE(s.leaderSkew, 4.0 / 3.0);
        QCOMPARE(s.replicaSkew, 1.0); // every listed broker still holds its replicas
    }

    void hotPartitionNamed()
    {
        KafkaSnapshot s = threeBrokers();
        s.topics[0].partitions[4].messagesPerSecond = 60; // others 10: mean (50 + 60) / 6
        s.topics[0].partitions[2].bytesInPerSecond = 6000;
        PartitionBalance::apply(s);
        QCOMPARE(s.topics[0].hottestPartitionByMessages, 4);
        QCOMPARE(s.topics[0].messagesSkew, 60.0 / (110.0 / 6.0));
        QCOMPARE(s.topics[0].hottestPartitionByBytes, 2);
        QCOMPARE(s.topics[0].bytesSkew, 6000.0 / (11000.0 / 6.0));
    }

    /// Bytes per partition come from the broker metrics: without them the byte skew is unknown, while
    /// the message skew (from offsets) is still known.
    void bytesUnknownWithoutBrokerMetrics()
    {
        KafkaSnapshot s = threeBrokers();
        for (PartitionInfo &p : s.topics[0].partitions)
            p.bytesInPerSecond = -1;
        PartitionBalance::apply(s);
        QCOMPARE(s.topics[0].bytesSkew, -1.0);
        QCOMPARE(s.topics[0].hottestPartitionByBytes, -1);
        QCOMPARE(s.topics[0].messagesSkew, 1.0);
    }

    /// An offline partition has no traffic to compare: the others' spread is still known.
    void offlinePartitionLeftOut()
    {
        KafkaSnapshot s = threeBrokers();
        s.topics[0].partitions[5].leader = -1;
        s.topics[0].partitions[5].messagesPerSecond = -1;
        s.topics[0].partitions[0].messagesPerSecond = 30; // 30, 10, 10, 10, 10: mean 14
        PartitionBalance::apply(s);
        QCOMPARE(s.topics[0].messagesSkew, 30.0 / 14.0);
        QCOMPARE(s.topics[0].hottestPartitionByMessages, 0);
    }

    void nothingToBalance()
    {
        KafkaSnapshot s;
        s.brokers = {broker(1), broker(2)};
        TopicInfo empty;
        empty.name = QStringLiteral("t");
        empty.partitions = {partition(0, -1, {1})};
        s.topics = {empty};
        PartitionBalance::apply(s);
        QCOMPARE(s.leaderSkew, -1.0); // no partition has a leader
        QCOMPARE(s.replicaSkew, 2.0); // the one replica is on broker 1
        QCOMPARE(s.topics[0].messagesSkew, -1.0);

        KafkaSnapshot none;
        PartitionBalance::apply(none);
        QCOMPARE(none.leaderSkew, -1.0);
        QCOMPARE(none.replicaSkew, -1.0);
    }

    /// Applying twice gives the same figures (the collector applies it to the previous cycle's copy).
    void idempotent()
    {
        KafkaSnapshot s = threeBrokers();
        s.topics[0].partitions[1].messagesPerSecond = 40;
        PartitionBalance::apply(s);
        const KafkaSnapshot once = s;
        PartitionBalance::apply(s);
        QCOMPARE(s.brokers, once.brokers);
        QCOMPARE(s.topics, once.topics);
        QCOMPARE(s.leaderSkew, once.leaderSkew);
    }
};

QTEST_GUILESS_MAIN(TestPartitionBalance)
#include "tst_partitionbalance.moc"
