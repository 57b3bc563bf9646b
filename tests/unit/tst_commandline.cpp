#include "CommandLine.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Tidewatch;

class TestCommandLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void profileFromOptions()
    {
        const ParseResult r = parseCommandLine(
            {QStringLiteral("tidewatch"), QStringLiteral("--bootstrap"), QStringLiteral("127.0.0.1:19092"),
             QStringLiteral("--flink"), QStringLiteral("http://127.0.0.1:18081"),
             QStringLiteral("--cluster-name"), QStringLiteral("demo"), QStringLiteral("--interval"),
             QStringLiteral("1000"), QStringLiteral("--page"), QStringLiteral("flink")});
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.options.mode, AppOptions::Mode::Gui);
        QCOMPARE(r.options.profile.name, QStringLiteral("demo"));
        QCOMPARE(r.options.profile.bootstrapServers, QStringLiteral("127.0.0.1:19092"));
        QCOMPARE(r.options.profile.flinkRestUrl, QStringLiteral("http://127.0.0.1:18081"));
        QCOMPARE(r.options.profile.kafkaPollIntervalMs, 1000);
        QCOMPARE(r.options.startPage, QStringLiteral("flink"));
    }

    void defaults()
    {
        const ParseResult r = parseCommandLine({QStringLiteral("tidewatch")});
        QVERIFY(r.error.isEmpty());
        QVERIFY(!r.options.profile.hasKafka());
        QVERIFY(!r.options.profile.hasFlink());
        QCOMPARE(r.options.profile.kafkaPollIntervalMs, 2000);
    }

    void flinkOptions()
    {
        qputenv("TIDEWATCH_FLINK_PASSWORD", "s3cret");
        const ParseResult r = parseCommandLine(
            {QStringLiteral("tidewatch"), QStringLiteral("--flink"), QStringLiteral("https://flink:8081"),
             QStringLiteral("--flink-user"), QStringLiteral("ops"), QStringLiteral("--flink-ca"),
             QStringLiteral("/etc/ca.pem"), QStringLiteral("--flink-kafka-link"),
             QStringLiteral("orders-job|orders-group|orders,returns")});
        qunsetenv("TIDEWATCH_FLINK_PASSWORD");
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.options.profile.flinkUser, QStringLiteral("ops"));
        QCOMPARE(r.options.profile.flinkPassword, QStringLiteral("s3cret"));
        QCOMPARE(r.options.profile.flinkCaFile, QStringLiteral("/etc/ca.pem"));
        QCOMPARE(r.options.profile.flinkKafkaLinks.size(), 1);
        QCOMPARE(r.options.profile.flinkKafkaLinks.first().groupId, QStringLiteral("orders-group"));
        QCOMPARE(r.options.profile.flinkKafkaLinks.first().topics,
                 (QStringList{QStringLiteral("orders"), QStringLiteral("returns")}));
        const ParseResult bad =
            parseCommandLine({QStringLiteral("tidewatch"), QStringLiteral("--flink-kafka-link"),
                              QStringLiteral("only-a-job")});
        QVERIFY(bad.error.contains(QStringLiteral("--flink-kafka-link")));
    }

    void profilesFile()
    {
        QTemporaryDir dir;
        QFile ini(dir.filePath(QStringLiteral("profiles.ini")));
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write("[prod]\nbootstrap=b1:9092,b2:9092\nflink=https://flink:8081\nflink.user=ops\n"
                  "flink.ca.file=ca.pem\nflink.kafka.link.1=orders-job|orders-group\n"
                  "broker.metrics=http://{host}:9404/metrics\nkafka.properties.file=client.properties\n"
                  "kafka.security.protocol=SASL_SSL\npoll.interval.ms=1500\n");
        ini.close();
        QFile props(dir.filePath(QStringLiteral("client.properties")));
        QVERIFY(props.open(QIODevice::WriteOnly));
        props.write("# comment\nsasl.mechanism=SCRAM-SHA-512\n\nsasl.username = svc\n");
        props.close();
        const ParseResult r =
            parseCommandLine({QStringLiteral("tidewatch"), QStringLiteral("--profile"),
                              QStringLiteral("prod"), QStringLiteral("--profiles-file"), ini.fileName()});
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        const ClusterProfile &p = r.options.profile;
        QCOMPARE(p.name, QStringLiteral("prod"));
        QCOMPARE(p.bootstrapServers, QStringLiteral("b1:9092,b2:9092")); // INI splits at commas; joined again
        QCOMPARE(p.flinkUser, QStringLiteral("ops"));
        QCOMPARE(p.flinkCaFile, dir.filePath(QStringLiteral("ca.pem"))); // relative to the profiles file
        QCOMPARE(p.flinkKafkaLinks.size(), 1);
        QCOMPARE(p.brokerMetrics, QStringLiteral("http://{host}:9404/metrics"));
        QCOMPARE(p.kafkaPollIntervalMs, 1500);
        QVERIFY(
            p.kafkaProperties.contains({QStringLiteral("sasl.mechanism"), QStringLiteral("SCRAM-SHA-512")}));
        QVERIFY(p.kafkaProperties.contains({QStringLiteral("sasl.username"), QStringLiteral("svc")}));
        QVERIFY(
            p.kafkaProperties.contains({QStringLiteral("security.protocol"), QStringLiteral("SASL_SSL")}));
        const ParseResult missing =
            parseCommandLine({QStringLiteral("tidewatch"), QStringLiteral("--profile"), QStringLiteral("dev"),
                              QStringLiteral("--profiles-file"), ini.fileName()});
        QVERIFY2(missing.error.contains(QStringLiteral("known: prod")), qPrintable(missing.error));
    }

    void version()
    {
        QCOMPARE(parseCommandLine({QStringLiteral("tidewatch"), QStringLiteral("--version")}).options.mode,
                 AppOptions::Mode::Version);
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("errorContains");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--frobnicate")} << QStringLiteral("frobnicate");
        QTest::newRow("missing value")
            << QStringList{QStringLiteral("--bootstrap")} << QStringLiteral("bootstrap");
        QTest::newRow("bad interval") << QStringList{QStringLiteral("--interval"), QStringLiteral("soon")}
                                      << QStringLiteral("--interval");
        QTest::newRow("tiny interval")
            << QStringList{QStringLiteral("--interval"), QStringLiteral("5")} << QStringLiteral("--interval");
        QTest::newRow("stray argument") << QStringList{QStringLiteral("what")} << QStringLiteral("what");
    }
    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, errorContains);
        args.prepend(QStringLiteral("tidewatch"));
        const ParseResult r = parseCommandLine(args);
        QVERIFY2(r.error.contains(errorContains), qPrintable(r.error));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
