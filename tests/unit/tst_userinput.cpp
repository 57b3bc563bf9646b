// Input from users and servers that must not hurt (docs/RELIABILITY.md, "Input from users"): credentials
// in URLs, secrets on the command line, property typos, out-of-range durations, endless files, terminal
// escapes in server names, unknown counts and invalid partition ids.
#include "AlertRules.h"
#include "CommandLine.h"
#include "KafkaMetadataReader.h"
#include "Redact.h"
#include "SnapshotJson.h"
#include "SnapshotTable.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Tidewatch;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs the real binary while this thread's event loop keeps serving (the fake Flink below).
Run runTidewatch(const QStringList &args)
{
    QProcess p;
    p.start(qEnvironmentVariable("TIDEWATCH_BINARY"), args);
    QSignalSpy finished(&p, &QProcess::finished);
    if (!finished.wait(60000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

ParseResult parse(const QStringList &args)
{
    return parseCommandLine(QStringList{QStringLiteral("tidewatch")} + args);
}

bool isTerminalSafe(const QString &text)
{
    return std::none_of(text.cbegin(), text.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u < 0x20 && u != '\n') || (u >= 0x7f && u <= 0x9f) || u == 0x202e;
    });
}

} // namespace

class TestUserInput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void redactCredentials_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("user and password") << QStringLiteral("http://ops:s3cret@flink:8081/jobs")
                                           << QStringLiteral("http://***@flink:8081/jobs");
        QTest::newRow("token as user")
            << QStringLiteral("https://tok3n@h") << QStringLiteral("https://***@h");
        QTest::newRow("@ in the path stays")
            << QStringLiteral("http://h:1/a@b") << QStringLiteral("http://h:1/a@b");
        QTest::newRow("no credentials") << QStringLiteral("http://h:1") << QStringLiteral("http://h:1");
        QTest::newRow("in an error text")
            << QStringLiteral("Error transferring http://u:p@h/x - server replied: Bad, see http://v:q@i")
            << QStringLiteral("Error transferring http://***@h/x - server replied: Bad, see http://***@i");
    }
    void redactCredentials()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(Format::redactCredentials(text), expected);
    }

    void flinkCredentialsWorkButAreNeverShown_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("json") << QStringLiteral("json");
        QTest::newRow("table") << QStringLiteral("table");
    }
    void flinkCredentialsWorkButAreNeverShown()
    {
        QFETCH(QString, format);
        // A fake Flink that answers every request with an error: the snapshot fails, every output path
        // (document, table, stderr) has the URL in it, and the request shows what credentials came.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QByteArrayList requests;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *socket = server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [&requests, socket] {
                requests << socket->readAll();
                socket->write("HTTP/1.1 500 Oops\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                socket->disconnectFromHost();
            });
        });
        const QString url = QStringLiteral("http://ops:s3cret@127.0.0.1:%1").arg(server.serverPort());
        const Run r = runTidewatch({QStringLiteral("snapshot"), QStringLiteral("--flink"), url,
                                    QStringLiteral("--format"), format, QStringLiteral("--timeout"),
                                    QStringLiteral("2000")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(!r.out.contains(QLatin1String("s3cret")), qPrintable(r.out));
        QVERIFY2(!r.err.contains(QLatin1String("s3cret")), qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("http://***@127.0.0.1")), qPrintable(r.out));
        QVERIFY2(r.err.contains(QStringLiteral("http://***@127.0.0.1")), qPrintable(r.err));
        QVERIFY(!requests.isEmpty());
        QVERIFY2(requests.first().contains(
                     QByteArray("Authorization: Basic " + QByteArray("ops:s3cret").toBase64())),
                 requests.first().constData());
    }

    void secretPropertiesWarnAndNeverEcho()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("password")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("from-a-file\n");
        file.close();
        const ParseResult fromFile =
            parse({QStringLiteral("snapshot"), QStringLiteral("--bootstrap"), QStringLiteral("b:9092"),
                   QStringLiteral("-X"), QStringLiteral("sasl.password=@") + file.fileName()});
        QVERIFY2(fromFile.error.isEmpty(), qPrintable(fromFile.error));
        QVERIFY(fromFile.warnings.isEmpty());
        QVERIFY(fromFile.options.profile.kafkaProperties.contains(
            QPair<QString, QString>(QStringLiteral("sasl.password"), QStringLiteral("from-a-file"))));

        const Run r =
            runTidewatch({QStringLiteral("snapshot"), QStringLiteral("--bootstrap"),
                          QStringLiteral("127.0.0.1:1"), QStringLiteral("--timeout"), QStringLiteral("500"),
                          QStringLiteral("-X"), QStringLiteral("ssl.key.password=hunter2")});
        QVERIFY2(r.err.contains(QStringLiteral("-X ssl.key.password")) &&
                     r.err.contains(QStringLiteral("-X ssl.key.password=@FILE")) &&
                     r.err.contains(QStringLiteral("--kafka-config")),
                 qPrintable(r.err));
        QVERIFY(!r.err.contains(QLatin1String("hunter2")));
        QVERIFY(!r.out.contains(QLatin1String("hunter2")));
    }

    void propertyTypoIsAUsageError()
    {
        const Run r = runTidewatch({QStringLiteral("snapshot"), QStringLiteral("--bootstrap"),
                                    QStringLiteral("127.0.0.1:1"), QStringLiteral("-X"),
                                    QStringLiteral("sasl.mechanismz=PLAIN")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("sasl.mechanismz")) &&
                     r.err.contains(QStringLiteral("No such configuration property")),
                 qPrintable(r.err));
        const ParseResult writes =
            parse({QStringLiteral("snapshot"), QStringLiteral("--bootstrap"), QStringLiteral("b:9092"),
                   QStringLiteral("-X"), QStringLiteral("enable.idempotence=true")});
        QVERIFY(writes.error.isEmpty());
        QCOMPARE(writes.warnings.size(), 1);
        QVERIFY2(writes.warnings.first().contains(QLatin1String("enable.idempotence")),
                 qPrintable(writes.warnings.first()));
    }

    void durationsOutOfRange_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QStringList snapshot{QStringLiteral("snapshot"), QStringLiteral("--bootstrap"),
                                   QStringLiteral("b:9092")};
        QTest::newRow("--timeout above 2^31 ms")
            << snapshot + QStringList{QStringLiteral("--timeout"), QStringLiteral("2147483648")}
            << QStringLiteral("--timeout needs a whole number of milliseconds from 100 to 3600000");
        QTest::newRow("--interval huge")
            << snapshot + QStringList{QStringLiteral("--interval"), QStringLiteral("99999999999")}
            << QStringLiteral("--interval needs a whole number of milliseconds from 100 to 86400000");
        QTest::newRow("--watch above 2^31 ms")
            << snapshot + QStringList{QStringLiteral("--watch"), QStringLiteral("2147484")}
            << QStringLiteral("--watch needs a whole number of seconds from 1 to 86400");
        QTest::newRow("--warmup negative")
            << snapshot + QStringList{QStringLiteral("--warmup"), QStringLiteral("-1")}
            << QStringLiteral("--warmup needs a whole number of seconds from 1 to 86400");
        QTest::newRow("--rotate above 2^31 ms")
            << QStringList{QStringLiteral("--rotate"), QStringLiteral("2147484")}
            << QStringLiteral("--rotate needs a whole number of seconds from 0 to 86400");
        QTest::newRow("--events-from-minutes huge")
            << snapshot + QStringList{QStringLiteral("--events-from-minutes"), QStringLiteral("9999999999")}
            << QStringLiteral("--events-from-minutes needs a whole number of minutes from 0 to 525600");
    }
    void durationsOutOfRange()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const ParseResult r = parse(args);
        QVERIFY2(r.error.startsWith(message), qPrintable(r.error));
    }

    void profileDurationOutOfRange()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("profiles.ini"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[prod]\nbootstrap=b:9092\npoll.interval.ms=3000000000\n");
        file.close();
        const ParseResult r = parse({QStringLiteral("snapshot"), QStringLiteral("--profile"),
                                     QStringLiteral("prod"), QStringLiteral("--profiles-file"), path});
        QVERIFY2(r.error.contains(QLatin1String("poll.interval.ms must be whole milliseconds from 100 to")),
                 qPrintable(r.error));
    }

    void ruleDurationOutOfRange()
    {
        const QByteArray json = "{\"rules\":[{\"alert\":\"A\",\"metric\":\"tidewatch_kafka_consumergroup_"
                                "lag\",\"op\":\">\",\"threshold\":1,"
                                "\"for\":\"292471208y\",\"severity\":\"warning\"}]}";
        const AlertRulesParseResult r = AlertRules::parse(json, QStringLiteral("rules.json"));
        QVERIFY(!r.ok());
        QVERIFY2(r.errors.join(QLatin1Char('\n')).contains(QLatin1String("out of range: from 0 to 292y")),
                 qPrintable(r.errors.join(QLatin1Char('\n'))));
    }

    void endlessFilesAreRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("--rules /dev/zero")
            << QStringList{QStringLiteral("snapshot"), QStringLiteral("--bootstrap"), QStringLiteral("b:1"),
                           QStringLiteral("--rules"), QStringLiteral("/dev/zero")}
            << QStringLiteral("larger than the limit of 32 MiB");
        QTest::newRow("--profiles-file /dev/zero")
            << QStringList{QStringLiteral("snapshot"), QStringLiteral("--profile"), QStringLiteral("p"),
                           QStringLiteral("--profiles-file"), QStringLiteral("/dev/zero")}
            << QStringLiteral("/dev/zero is not a regular file");
        QTest::newRow("--kafka-config /dev/zero")
            << QStringList{QStringLiteral("snapshot"), QStringLiteral("--bootstrap"), QStringLiteral("b:1"),
                           QStringLiteral("--kafka-config"), QStringLiteral("/dev/zero")}
            << QStringLiteral("/dev/zero is not a regular file");
    }
    void endlessFilesAreRefused()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const ParseResult r = parse(args);
        QVERIFY2(r.error.contains(message), qPrintable(r.error));
    }

    void twentyThousandRules()
    {
        // Loads in linear time (the duplicate check was a search of all earlier rules); the duplicate at
        // the end is still found.
        QByteArray json = "{\"rules\":[\n";
        for (int i = 0; i < 20000; ++i)
            json += "{\"alert\":\"A" + QByteArray::number(i) +
                    "\",\"metric\":\"tidewatch_kafka_consumergroup_lag\",\"op\":\">\",\"threshold\":1,"
                    "\"severity\":\"warning\",\"for\":\"5m\"},\n";
        json += "{\"alert\":\"A7\",\"metric\":\"tidewatch_kafka_consumergroup_lag\",\"op\":\">\","
                "\"threshold\":2,\"severity\":\"info\"}]}";
        const AlertRulesParseResult r = AlertRules::parse(json, QStringLiteral("big.json"));
        QCOMPARE(r.errors.size(), 1);
        QVERIFY2(r.errors.first().contains(QLatin1String("duplicate of rule 8")),
                 qPrintable(r.errors.first()));
    }

    void serverNamesCannotDriveTheTerminal()
    {
        const QString evil = QStringLiteral("orders\x1b]0;pwned\x07\r\u009b2J\u202e");
        KafkaSnapshot k;
        k.clusterName = QStringLiteral("c");
        k.status.reachable = true;
        k.status.lastSuccessAt = QDateTime::currentDateTimeUtc();
        k.partErrors << QStringLiteral("error about ") + evil;
        TopicInfo topic;
        topic.name = evil;
        k.topics << topic;
        ConsumerGroupInfo group;
        group.groupId = evil;
        k.groups << group;
        const QString table = SnapshotTable::render(k, std::nullopt, QDateTime::currentDateTimeUtc());
        QVERIFY2(isTerminalSafe(table), qPrintable(table));
        QVERIFY2(table.contains(QLatin1String("orders\\x1b]0;pwned\\x07\\r\\x9b2J\\u202e")),
                 qPrintable(table));
        // The JSON stays exact: a program reading it gets the real name.
        const QJsonObject json = SnapshotJson::kafkaToJson(k, QDateTime::currentDateTimeUtc());
        QCOMPARE(
            json.value(QStringLiteral("topics")).toArray().first().toObject().value(QStringLiteral("name")),
            QJsonValue(evil));
    }

    void unknownCountsAreNeverMinusOne()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        KafkaSnapshot k;
        k.status.reachable = true;
        k.status.lastSuccessAt = now;
        ConsumerGroupInfo group;
        group.groupId = QStringLiteral("g");
        k.groups << group; // totalLag, maxLag -1: unknown
        FlinkSnapshot f;
        f.status.reachable = true;
        f.status.lastSuccessAt = now;
        FlinkJobInfo job;
        job.id = QStringLiteral("j1");
        job.name = QStringLiteral("job");
        f.jobs << job;
        FlinkJobDetails details;
        details.jobId = job.id;
        details.checkpoints.checkpointing = FlinkCheckpointing::Enabled;
        details.checkpoints.latestCompleted = FlinkCheckpointInfo{};
        FlinkVertexInfo vertex;
        vertex.name = QStringLiteral("source");
        details.vertices << vertex;
        f.jobDetails << details;
        const QString table = SnapshotTable::render(k, f, now);
        QVERIFY2(!table.contains(QLatin1String("-1")), qPrintable(table));
        QVERIFY2(table.contains(QLatin1String("task managers: unknown")), qPrintable(table));
        QVERIFY2(table.contains(QLatin1String("checkpoints: unknown completed")), qPrintable(table));
        const QJsonObject group0 =
            SnapshotJson::kafkaToJson(k, now).value(QStringLiteral("groups")).toArray().first().toObject();
        QVERIFY(group0.value(QStringLiteral("totalLag")).isNull());
    }

    void negativePartitionIdsAreSkippedAndCounted()
    {
        rd_kafka_metadata_partition_t partitions[3] = {};
        partitions[0].id = 1;
        partitions[1].id = -5;
        partitions[2].id = 0;
        rd_kafka_metadata_topic_t topic{};
        topic.topic = const_cast<char *>("orders");
        topic.partition_cnt = 3;
        topic.partitions = partitions;
        rd_kafka_metadata_t metadata{};
        metadata.topic_cnt = 1;
        metadata.topics = &topic;
        KafkaSnapshot snapshot;
        KafkaMetadataReader::fill(metadata, snapshot);
        QCOMPARE(snapshot.topics.size(), 1);
        QCOMPARE(snapshot.topics.first().partitions.size(), 2);
        QCOMPARE(snapshot.topics.first().partitions.at(0).partition, 0);
        QCOMPARE(snapshot.partErrors.size(), 1);
        QVERIFY2(snapshot.partErrors.first().contains(QLatin1String("orders: 1 partition")),
                 qPrintable(snapshot.partErrors.first()));
    }
};

QTEST_GUILESS_MAIN(TestUserInput)
#include "tst_userinput.moc"
