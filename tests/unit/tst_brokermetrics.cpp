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
        QVERIFY(s.produceP99Ms.has_value());
        QVERIFY(s.fetchConsumerP99Ms.has_value());
    }

    void absentSeriesStayUnknown()
    {
        const BrokerMetrics::Scrape s = BrokerMetrics::extract(PrometheusTextParser::parse("up 1\n"));
        QVERIFY(!s.bytesInTotal);
        QVERIFY(!s.logSizeTotal);
        QVERIFY(!s.produceP99Ms);
        QVERIFY(s.bytesInByTopic.isEmpty());
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
