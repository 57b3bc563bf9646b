#include "BrokerMetrics.h"

#include <QFile>
#include <QTest>

using namespace Tidewatch;

class TestBrokerMetrics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    /// A scrape recorded from a broker of the stack (Kafka 4.1.1, JMX exporter 1.0.1).
    void recordedScrape()
    {
        QFile file(qEnvironmentVariable("TIDEWATCH_FIXTURES") +
                   QStringLiteral("/jmx-exporter-kafka-4.1.1.prom"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const BrokerMetrics::Scrape s = BrokerMetrics::extract(PrometheusTextParser::parse(file.readAll()));
        QCOMPARE(s.parseErrors, 0);
        QCOMPARE(s.bytesInTotal.value_or(-1), 3074643.0); // the series without a topic label
        QCOMPARE(s.bytesOutTotal.value_or(-1), 5063327.0);
        QCOMPARE(s.bytesInByTopic.value(QStringLiteral("orders")), 611280.0);
        QCOMPARE(s.bytesOutByTopic.value(QStringLiteral("orders")), 2560973.0);
        QVERIFY(s.logSizeByTopic.value(QStringLiteral("orders")) > 0);
        QVERIFY(s.logSizeTotal.value_or(-1) >= s.logSizeByTopic.value(QStringLiteral("orders")));
        // Per partition replica too (a partition's bytes/s is the growth of its leader's log): the
        // partitions of a topic add up to the topic's size on this broker.
        double ordersPartitions = 0;
        int ordersReplicas = 0;
        for (auto it = s.logSizeByPartition.cbegin(); it != s.logSizeByPartition.cend(); ++it) {
            QVERIFY(it.key().second >= 0);
            if (it.key().first == QLatin1String("orders")) {
                ordersPartitions += it.value();
                ++ordersReplicas;
            }
        }
        QVERIFY(ordersReplicas > 0);
        QCOMPARE(ordersPartitions, s.logSizeByTopic.value(QStringLiteral("orders")));
        QVERIFY(s.produceP99Ms.has_value());
        QVERIFY(s.fetchConsumerP99Ms.has_value());
        QCOMPARE(s.activeControllerCount.value_or(-1), 1.0);
        QCOMPARE(s.raftCurrentLeader.value_or(-2), 1.0);
    }

    void controllerFromScrapes_data()
    {
        QTest::addColumn<QString>("scrapes"); ///< "id:active:leader" per node; "-" for an absent series
        QTest::addColumn<int>("controller");
        QTest::addColumn<QString>("source");
        QTest::newRow("active controller says so") << "1:0:2 2:1:2 3:0:2" << 2 << "active";
        QTest::newRow("the leader most nodes name") << "1:-:3 2:-:3 3:-:1" << 3 << "raft";
        QTest::newRow("a tie is unknown") << "1:-:3 2:-:1" << -1 << "unknown";
        QTest::newRow("every node: no leader") << "1:-:-1 2:-:-1" << -1 << "none";
        QTest::newRow("no such series: unknown") << "1:-:- 2:-:-" << -1 << "unknown";
        QTest::newRow("no scrapes: unknown") << "" << -1 << "unknown";
        QTest::newRow("ZooKeeper: the one broker that is active") << "1:0:- 2:1:- 3:0:-" << 2 << "active";
        QTest::newRow("ZooKeeper: none active") << "1:0:- 2:0:-" << -1 << "none";
        QTest::newRow("dedicated controllers, brokers follow") << "1:-:3000 2:-:3000" << 3000 << "raft";
    }

    void controllerFromScrapes()
    {
        QFETCH(QString, scrapes);
        QFETCH(int, controller);
        QFETCH(QString, source);
        QHash<int, BrokerMetrics::Scrape> in;
        for (const QString &node : scrapes.split(u' ', Qt::SkipEmptyParts)) {
            const QStringList f = node.split(u':');
            BrokerMetrics::Scrape s;
            if (f[1] != QLatin1String("-"))
                s.activeControllerCount = f[1].toDouble();
            if (f[2] != QLatin1String("-"))
                s.raftCurrentLeader = f[2].toDouble();
            in.insert(f[0].toInt(), s);
        }
        const BrokerMetrics::ControllerGuess guess = BrokerMetrics::controllerFrom(in);
        QCOMPARE(guess.nodeId, controller);
        const QString got =
            guess.source == BrokerMetrics::ControllerGuess::Source::ActiveControllerCount
                ? QStringLiteral("active")
            : guess.source == BrokerMetrics::ControllerGuess::Source::RaftLeader ? QStringLiteral("raft")
            : guess.source == BrokerMetrics::ControllerGuess::Source::NoLeader   ? QStringLiteral("none")
                                                                                 : QStringLiteral("unknown");
        QCOMPARE(got, source);
    }

    void absentSeriesStayUnknown()
    {
        const BrokerMetrics::Scrape s = BrokerMetrics::extract(PrometheusTextParser::parse("up 1\n"));
        QVERIFY(!s.bytesInTotal);
        QVERIFY(!s.logSizeTotal);
        QVERIFY(!s.produceP99Ms);
        QVERIFY(s.bytesInByTopic.isEmpty());
    }

    /// A broker that never served a request of a kind reports 0 for every quantile of the empty
    /// histogram: unknown, not 0 ms. Once it has served some, 0 is a real figure.
    void latencyOfNoRequestsIsUnknown()
    {
        const QByteArray idle =
            "kafka_network_requestmetrics_totaltimems{quantile=\"0.99\",request=\"Produce\"} 0.0\n"
            "kafka_network_requestmetrics_totaltimems_requests_total{request=\"Produce\"} 0.0\n"
            "kafka_network_requestmetrics_totaltimems{quantile=\"0.99\",request=\"FetchConsumer\"} 0.0\n"
            "kafka_network_requestmetrics_totaltimems_count{request=\"FetchConsumer\"} 0\n";
        BrokerMetrics::Scrape s = BrokerMetrics::extract(PrometheusTextParser::parse(idle));
        QVERIFY(!s.produceP99Ms);
        QVERIFY(!s.fetchConsumerP99Ms);
        const QByteArray served =
            "kafka_network_requestmetrics_totaltimems{quantile=\"0.99\",request=\"Produce\"} 0.0\n"
            "kafka_network_requestmetrics_totaltimems_requests_total{request=\"Produce\"} 12.0\n"
            "kafka_network_requestmetrics_totaltimems{quantile=\"0.99\",request=\"FetchConsumer\"} 3.5\n";
        s = BrokerMetrics::extract(PrometheusTextParser::parse(served));
        QCOMPARE(s.produceP99Ms.value_or(-1), 0.0);
        QCOMPARE(s.fetchConsumerP99Ms.value_or(-1), 3.5); // no count exported: the quantile as it is
    }

    void urlFor_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<int>("id");
        QTest::addColumn<QString>("expected");
        QTest::newRow("template host") << QStringLiteral("http://{host}:9404/metrics") << 2
                                       << QStringLiteral("http://kafka-2.example:9404/metrics");
        QTest::newRow("template id") << QStringLiteral("http://127.0.0.1:{id}9404/metrics") << 3
                                     << QStringLiteral("http://127.0.0.1:39404/metrics");
        QTest::newRow("explicit") << QStringLiteral("1=http://a:1/m, 2=http://b:2/m") << 2
                                  << QStringLiteral("http://b:2/m");
        QTest::newRow("explicit, no entry") << QStringLiteral("1=http://a:1/m") << 2 << QString();
        QTest::newRow("id prefix is not a match") << QStringLiteral("12=http://a:1/m") << 1 << QString();
        QTest::newRow("empty") << QString() << 1 << QString();
    }
    void urlFor()
    {
        QFETCH(QString, spec);
        QFETCH(int, id);
        QFETCH(QString, expected);
        QCOMPARE(BrokerMetrics::urlFor(id, QStringLiteral("kafka-%1.example").arg(id), spec), expected);
    }
};

QTEST_GUILESS_MAIN(TestBrokerMetrics)
#include "tst_brokermetrics.moc"
