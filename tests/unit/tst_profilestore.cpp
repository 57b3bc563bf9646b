#include "ProfileStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Tidewatch;

namespace {

ClusterProfile sample()
{
    ClusterProfile profile;
    profile.name = QStringLiteral("prod");
    profile.bootstrapServers = QStringLiteral("broker1:9092,broker2:9092");
    profile.flinkRestUrl = QStringLiteral("https://flink.example:8081");
    profile.brokerMetrics = QStringLiteral("http://{host}:9404/metrics");
    profile.kafkaPollIntervalMs = 3000;
    profile.flinkPollIntervalMs = 3000;
    profile.requestTimeoutMs = 7000;
    profile.flinkMaxResponseBytes = 1024 * 1024;
    profile.flinkUser = QStringLiteral("ops");
    profile.flinkPassword = QStringLiteral("flink-pw-S3CR3T");
    profile.flinkCaFile = QStringLiteral("/etc/ssl/flink-ca.pem");
    profile.flinkCertFile = QStringLiteral("/etc/ssl/flink-client.pem");
    profile.flinkKeyFile = QStringLiteral("/etc/ssl/flink-client.key");
    profile.flinkKeyPassphrase = QStringLiteral("flink-key-S3CR3T");
    profile.brokerMetricsAuth = {QStringLiteral("scraper"),
                                 QStringLiteral("metrics-pw-S3CR3T"),
                                 QStringLiteral("/etc/ssl/metrics-ca.pem"),
                                 QStringLiteral("/etc/ssl/metrics-client.pem"),
                                 QStringLiteral("/etc/ssl/metrics-client.key"),
                                 QStringLiteral("metrics-key-S3CR3T")};
    profile.kafkaProperties = {
        {QStringLiteral("security.protocol"), QStringLiteral("SASL_SSL")},
        {QStringLiteral("sasl.mechanism"), QStringLiteral("PLAIN")},
        {QStringLiteral("sasl.username"), QStringLiteral("alice")},
        {QStringLiteral("sasl.password"), QStringLiteral("kafka-pw-S3CR3T")},
        {QStringLiteral("ssl.key.pem"), QStringLiteral("PEM-KEY-S3CR3T")},
        {QStringLiteral("sasl.oauthbearer.config"), QStringLiteral("oauth-S3CR3T")},
        {QStringLiteral("sasl.oauthbearer.client.secret"), QStringLiteral("cs-S3CR3T")}};
    profile.flinkKafkaLinks = {{QStringLiteral("orders-job"),
                                QStringLiteral("orders-group"),
                                {QStringLiteral("orders"), QStringLiteral("returns")}},
                               {QStringLiteral("*"), QStringLiteral("any-group"), {}}};
    return profile;
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void secretProperties_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("secret");
        QTest::newRow("sasl.password") << QStringLiteral("sasl.password") << true;
        QTest::newRow("ssl.key.password") << QStringLiteral("ssl.key.password") << true;
        QTest::newRow("client secret") << QStringLiteral("sasl.oauthbearer.client.secret") << true;
        QTest::newRow("oauth config") << QStringLiteral("sasl.oauthbearer.config") << true;
        QTest::newRow("key pem") << QStringLiteral("ssl.key.pem") << true;
        QTest::newRow("upper case") << QStringLiteral("SASL.PASSWORD") << true;
        QTest::newRow("username") << QStringLiteral("sasl.username") << false;
        QTest::newRow("protocol") << QStringLiteral("security.protocol") << false;
        QTest::newRow("ca location") << QStringLiteral("ssl.ca.location") << false;
    }
    void secretProperties()
    {
        QFETCH(QString, key);
        QFETCH(bool, secret);
        QCOMPARE(ProfileStore::isSecretProperty(key), secret);
    }

    void roundTripWithoutSecrets()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("sub/profiles.ini")); // folder created
        const ClusterProfile profile = sample();
        QString error;
        QVERIFY2(ProfileStore::save(path, profile, error), qPrintable(error));

        const auto loaded = ProfileStore::load(path, profile.name, error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->name, profile.name);
        QCOMPARE(loaded->bootstrapServers, profile.bootstrapServers);
        QCOMPARE(loaded->flinkRestUrl, profile.flinkRestUrl);
        QCOMPARE(loaded->brokerMetrics, profile.brokerMetrics);
        QCOMPARE(loaded->kafkaPollIntervalMs, profile.kafkaPollIntervalMs);
        QCOMPARE(loaded->flinkPollIntervalMs, profile.flinkPollIntervalMs);
        QCOMPARE(loaded->requestTimeoutMs, profile.requestTimeoutMs);
        QCOMPARE(loaded->flinkMaxResponseBytes, profile.flinkMaxResponseBytes);
        QCOMPARE(loaded->brokerMetricsMaxResponseBytes,
                 ClusterProfile::kDefaultBrokerMetricsMaxResponseBytes);
        QCOMPARE(loaded->flinkUser, profile.flinkUser);
        QCOMPARE(loaded->flinkCaFile, profile.flinkCaFile);
        QVERIFY(loaded->flinkPassword.isEmpty());
        QCOMPARE(loaded->flinkCertFile, profile.flinkCertFile);
        QCOMPARE(loaded->flinkKeyFile, profile.flinkKeyFile);
        QVERIFY(loaded->flinkKeyPassphrase.isEmpty());
        HttpAuth metrics = profile.brokerMetricsAuth;
        metrics.password.clear(); // secrets: in the keychain, not in the file
        metrics.keyPassphrase.clear();
        QCOMPARE(loaded->brokerMetricsAuth, metrics);
        QList<QPair<QString, QString>> expected;
        for (const auto &property : profile.kafkaProperties) {
            if (!ProfileStore::isSecretProperty(property.first))
                expected.append(property);
        }
        auto actual = loaded->kafkaProperties;
        std::sort(expected.begin(), expected.end());
        std::sort(actual.begin(), actual.end());
        QCOMPARE(actual, expected);
        QCOMPARE(loaded->flinkKafkaLinks.size(), 2);
        QCOMPARE(loaded->flinkKafkaLinks[0].jobName, QStringLiteral("orders-job"));
        QCOMPARE(loaded->flinkKafkaLinks[0].groupId, QStringLiteral("orders-group"));
        QCOMPARE(loaded->flinkKafkaLinks[0].topics,
                 QStringList({QStringLiteral("orders"), QStringLiteral("returns")}));
        QCOMPARE(loaded->flinkKafkaLinks[1].jobName, QStringLiteral("*"));
        QVERIFY(loaded->flinkKafkaLinks[1].topics.isEmpty());

        QStringList secretKeys = ProfileStore::secretKeys(path, profile.name);
        secretKeys.sort();
        QCOMPARE(secretKeys,
                 QStringList({QStringLiteral("broker.metrics.key.password"),
                              QStringLiteral("broker.metrics.password"), QStringLiteral("flink.key.password"),
                              QStringLiteral("flink.password"),
                              QStringLiteral("kafka.sasl.oauthbearer.client.secret"),
                              QStringLiteral("kafka.sasl.oauthbearer.config"),
                              QStringLiteral("kafka.sasl.password"), QStringLiteral("kafka.ssl.key.pem")}));
    }

    void secretsNeverInTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("profiles.ini"));
        QString error;
        QVERIFY2(ProfileStore::save(path, sample(), error), qPrintable(error));
        // Saving again (an update) must not bring them in either.
        QVERIFY2(ProfileStore::save(path, sample(), error), qPrintable(error));
        const QByteArray bytes = bytesOf(path);
        QVERIFY(!bytes.isEmpty());
        QVERIFY2(!bytes.contains("S3CR3T"), bytes.constData());
        QVERIFY(bytes.contains("alice"));
    }

    void saveRemovesClearPasswordsAndKeepsOtherKeys()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("profiles.ini"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("[dev]\nbootstrap=localhost:9092\nflink.password=old-S3CR3T\n"
                       "kafka.sasl.password=older-S3CR3T\ncustom.note=kept\n");
        }
        QString error;
        auto profile = ProfileStore::load(path, QStringLiteral("dev"), error);
        QVERIFY2(profile, qPrintable(error));
        QVERIFY2(ProfileStore::save(path, *profile, error), qPrintable(error));
        const QByteArray bytes = bytesOf(path);
        QVERIFY2(!bytes.contains("S3CR3T"), bytes.constData());
        QVERIFY(bytes.contains("custom.note=kept"));
    }

    void propertiesFileKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("profiles.ini"));
        {
            QFile properties(dir.filePath(QStringLiteral("client.properties")));
            QVERIFY(properties.open(QIODevice::WriteOnly));
            properties.write("security.protocol=SSL\n");
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("[dev]\nbootstrap=localhost:9092\nkafka.properties.file=client.properties\n");
        }
        QString error;
        auto profile = ProfileStore::load(path, QStringLiteral("dev"), error);
        QVERIFY2(profile, qPrintable(error));
        profile->kafkaProperties.append({QStringLiteral("client.id"), QStringLiteral("tidewatch")});
        QVERIFY2(ProfileStore::save(path, *profile, error), qPrintable(error));
        const auto again = ProfileStore::load(path, QStringLiteral("dev"), error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->kafkaProperties, profile->kafkaProperties); // not doubled
        QVERIFY(bytesOf(path).contains("kafka.properties.file=client.properties"));
    }

    void severalProfilesAndRemove()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("profiles.ini"));
        ClusterProfile a = sample();
        ClusterProfile b;
        b.name = QStringLiteral("dev");
        b.bootstrapServers = QStringLiteral("localhost:9092");
        QString error;
        QVERIFY(ProfileStore::save(path, a, error));
        QVERIFY(ProfileStore::save(path, b, error));
        QCOMPARE(ProfileStore::names(path), QStringList({QStringLiteral("dev"), QStringLiteral("prod")}));
        QVERIFY2(ProfileStore::remove(path, QStringLiteral("prod"), error), qPrintable(error));
        QCOMPARE(ProfileStore::names(path), QStringList({QStringLiteral("dev")}));
        QVERIFY(ProfileStore::load(path, QStringLiteral("dev"), error));
        QVERIFY(!ProfileStore::remove(path, QStringLiteral("prod"), error));
        QVERIFY(error.contains(QStringLiteral("prod")));
    }

    void eventTopicsFromTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.ini"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[shop]\n"
                   "bootstrap=k:9092\n"
                   "events.stack=true\n"
                   "events.1.topic=orders\n" // replaces the stack's orders topic
                   "events.1.kind=orders\n"
                   "events.1.field.order_id=/order/id\n"
                   "events.1.field.event_id=\n" // unmapped: duplicates by bytes
                   "events.1.time.format=epoch-ms\n"
                   "events.2.topic=dbserver.public.shipments\n"
                   "events.2.kind=shipments\n"
                   "events.2.format=debezium\n"
                   "events.start.minutes=0\n"
                   "events.allowed.lateness.seconds=10\n"
                   "events.sla.windows.minutes=5,30\n"
                   "events.status.order.shipped=handed_over,dispatched_late\n");
        file.close();
        QString error;
        const auto profile = ProfileStore::load(path, QStringLiteral("shop"), error);
        QVERIFY2(profile, qPrintable(error));
        const BusinessConfig &b = profile->business;
        QVERIFY(profile->hasBusiness());
        QCOMPARE(b.topics.size(), 4);
        QCOMPARE(b.topics.at(0).topic, QStringLiteral("shipments"));
        QCOMPARE(b.topics.at(1).topic, QStringLiteral("orders-cdc"));
        const EventTopicConfig &orders = b.topics.at(2);
        QCOMPARE(orders.topic, QStringLiteral("orders"));
        QCOMPARE(orders.fields.orderId, QStringLiteral("/order/id"));
        QCOMPARE(orders.fields.eventId, QString());
        QCOMPARE(orders.fields.status, QStringLiteral("/event_type")); // the default stays
        QCOMPARE(orders.timeFormat, TimeFormat::EpochMillis);
        const EventTopicConfig &cdc = b.topics.at(3);
        QCOMPARE(cdc.kind, EventKind::Shipment);
        QCOMPARE(cdc.format, EventFormat::Debezium);
        QCOMPARE(cdc.fields, EventFieldMap::defaultsFor(EventKind::Shipment, EventFormat::Debezium));
        QCOMPARE(b.startMinutes, 0);
        QCOMPARE(b.allowedLatenessMs, 10000);
        QCOMPARE(b.slaWindowsMs, (QList<qint64>{5 * 60000, 30 * 60000}));
        QCOMPARE(b.statuses.orderStage(QStringLiteral("Handed_Over")), OrderStage::Shipped);
        QCOMPARE(b.statuses.orderStage(QStringLiteral("paid")), OrderStage::Paid);

        // Saved and loaded again: the same configuration, with only the differing pointers written.
        ClusterProfile copy = *profile;
        copy.name = QStringLiteral("copy");
        QVERIFY2(ProfileStore::save(path, copy, error), qPrintable(error));
        const auto again = ProfileStore::load(path, QStringLiteral("copy"), error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->business, b);
        const QByteArray text = bytesOf(path);
        QVERIFY(text.contains("events.3.field.order_id=/order/id"));
        QVERIFY(!text.contains("events.3.field.status"));
    }

    void badEventKeys_data()
    {
        QTest::addColumn<QByteArray>("lines");
        QTest::addColumn<QString>("message");
        QTest::newRow("no topic") << QByteArray("events.1.kind=orders\n")
                                  << QStringLiteral("events.1.topic is missing");
        QTest::newRow("kind") << QByteArray("events.1.topic=t\nevents.1.kind=invoices\n")
                              << QStringLiteral("events.1.kind must be orders or shipments");
        QTest::newRow("format") << QByteArray("events.1.topic=t\nevents.1.format=avro\n")
                                << QStringLiteral("events.1.format must be json or debezium");
        QTest::newRow("pointer") << QByteArray("events.1.topic=t\nevents.1.field.amount=amount\n")
                                 << QStringLiteral(
                                        "events.1.field.amount must be a JSON pointer starting with /");
        QTest::newRow("field") << QByteArray("events.1.topic=t\nevents.1.field.weight=/w\n")
                               << QStringLiteral("events.1.field.weight: unknown field");
        QTest::newRow("window") << QByteArray("events.stack=true\nevents.sla.windows.minutes=15,soon\n")
                                << QStringLiteral("events.sla.windows.minutes must be whole minutes");
        QTest::newRow("lateness") << QByteArray("events.stack=true\nevents.allowed.lateness.seconds=-1\n")
                                  << QStringLiteral("events.allowed.lateness.seconds must be a whole number");
        QTest::newRow("stage") << QByteArray("events.stack=true\nevents.status.order.lost=gone\n")
                               << QStringLiteral("events.status.order.lost: unknown stage");
    }
    void badEventKeys()
    {
        QFETCH(QByteArray, lines);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.ini"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[shop]\nbootstrap=k:9092\n" + lines);
        file.close();
        QString error;
        QVERIFY(!ProfileStore::load(path, QStringLiteral("shop"), error));
        QVERIFY2(error.startsWith(QStringLiteral("Profile \"shop\": ") + message), qPrintable(error));
    }

    void responseSizeLimits_data()
    {
        QTest::addColumn<QByteArray>("lines");
        QTest::addColumn<qint64>("flink");   // -1: refused
        QTest::addColumn<qint64>("metrics"); // -1: refused
        QTest::newRow("defaults") << QByteArray() << qint64(16 * 1024 * 1024) << qint64(64 * 1024 * 1024);
        QTest::newRow("both set") << QByteArray("flink.max.response.bytes=2048\n"
                                                "broker.metrics.max.response.bytes=1048576\n")
                                  << qint64(2048) << qint64(1048576);
        QTest::newRow("below 1 KiB") << QByteArray("flink.max.response.bytes=512\n") << qint64(-1)
                                     << qint64(-1);
        QTest::newRow("not a number")
            << QByteArray("broker.metrics.max.response.bytes=lots\n") << qint64(-1) << qint64(-1);
    }
    void responseSizeLimits()
    {
        QFETCH(QByteArray, lines);
        QFETCH(qint64, flink);
        QFETCH(qint64, metrics);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.ini"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[shop]\nbootstrap=k:9092\n" + lines);
        file.close();
        QString error;
        const auto loaded = ProfileStore::load(path, QStringLiteral("shop"), error);
        if (flink < 0) {
            QVERIFY(!loaded);
            QVERIFY2(error.contains(QStringLiteral("must be whole bytes ≥ 1024")), qPrintable(error));
            return;
        }
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->flinkMaxResponseBytes, flink);
        QCOMPARE(loaded->brokerMetricsMaxResponseBytes, metrics);
    }

    void largestNumbersLoad()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.ini"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[shop]\nbootstrap=k:9092\nevents.stack=true\nevents.list.limit=2147483647\n"
                   "events.allowed.lateness.seconds=9223372036854775\n"
                   "events.sla.windows.minutes=153722867280912\n");
        file.close();
        QString error;
        const auto profile = ProfileStore::load(path, QStringLiteral("shop"), error);
        QVERIFY2(profile, qPrintable(error));
        QCOMPARE(profile->business.listLimit, 2147483647);
        QCOMPARE(profile->business.allowedLatenessMs, qint64(9223372036854775000));
        QCOMPARE(profile->business.slaWindowsMs, QList<qint64>{qint64(153722867280912) * 60000});
    }

    void invalidNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral("  ");
        QTest::newRow("slash") << QStringLiteral("a/b");
        QTest::newRow("backslash") << QStringLiteral("a\\b");
    }
    void invalidNames()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        ClusterProfile profile;
        profile.name = name;
        QString error;
        QVERIFY(!ProfileStore::save(dir.filePath(QStringLiteral("p.ini")), profile, error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
