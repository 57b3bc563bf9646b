// Debezium's own figures read from a real scrape of the stack's Connect worker (JMX exporter 1.0.1
// with stack/connect/jmx-exporter.yml, Debezium 3 PostgreSQL connector streaming, nothing to
// stream yet), and the edge cases the scrape cannot show.
#include "PostgresDebezium.h"

#include <QFile>
#include <QTest>

using namespace Tidewatch;

class TestDebeziumMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realScrape()
    {
        QFile file(qEnvironmentVariable("TIDEWATCH_FIXTURES") +
                   QStringLiteral("/jmx-exporter-connect-debezium.prom"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<DebeziumMetrics> all = debeziumMetrics(PrometheusTextParser::parse(file.readAll()));
        QCOMPARE(all.size(), 1);
        const DebeziumMetrics &d = all.first();
        QCOMPARE(d.server, QStringLiteral("shop"));
        QCOMPARE(d.connected, 1);
        // The streaming queue, not the snapshot one of the same attribute name.
        QCOMPARE(d.queueRemainingCapacity, 8192.0);
        QCOMPARE(d.queueTotalCapacity, 8192.0);
        QCOMPARE(d.snapshotRunning, 0);
        QCOMPARE(d.snapshotCompleted, 0); // skipped: the connector's snapshot.mode never ran one
        QCOMPARE(d.totalTableCount, 0.0);
        // Debezium says -1 before the first event: unknown, never "0 ms behind".
        QCOMPARE(d.milliSecondsBehindSource, -1.0);
    }

    void figures_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<double>("behindMs");
        QTest::addColumn<int>("connected");
        QTest::addColumn<int>("servers");
        QTest::newRow("behind")
            << QByteArray("debezium_postgres_streaming_millisecondsbehindsource{server=\"shop\"} 1250.0\n"
                          "debezium_postgres_streaming_connected{server=\"shop\"} 0.0\n")
            << 1250.0 << 0 << 1;
        QTest::newRow("nan is no value")
            << QByteArray("debezium_postgres_streaming_millisecondsbehindsource{server=\"shop\"} NaN\n")
            << -1.0 << -1 << 0;
        QTest::newRow("two servers") << QByteArray("debezium_postgres_streaming_connected{server=\"a\"} 1\n"
                                                   "debezium_postgres_streaming_connected{server=\"b\"} 1\n")
                                     << -1.0 << 1 << 2;
        QTest::newRow("no debezium") << QByteArray("kafka_connect_worker_connector_count 2\n") << -1.0 << -1
                                     << 0;
    }
    void figures()
    {
        QFETCH(QByteArray, text);
        QFETCH(double, behindMs);
        QFETCH(int, connected);
        QFETCH(int, servers);
        const QList<DebeziumMetrics> all = debeziumMetrics(PrometheusTextParser::parse(text));
        QCOMPARE(all.size(), servers);
        if (servers > 0) {
            QCOMPARE(all.first().milliSecondsBehindSource, behindMs);
            QCOMPARE(all.first().connected, connected);
        }
    }
};

QTEST_GUILESS_MAIN(TestDebeziumMetrics)
#include "tst_debeziummetrics.moc"
