#include "AlertService.h"
#include "CommandLine.h"
#include "HistoryStore.h"
#include "MainWindow.h"
#include "RenderOptions.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Tidewatch;

class TestCommandLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // The dashboard without a cluster reads the default profiles file: never the user's own.
        QStandardPaths::setTestModeEnabled(true);
    }

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
        QVERIFY(r.options.profileFromCommandLine); // Settings lists it as "demo (command line)"
    }

    void defaults()
    {
        const ParseResult r = parseCommandLine({QStringLiteral("tidewatch")});
        QVERIFY(r.error.isEmpty());
        QVERIFY(!r.options.profile.hasKafka());
        QVERIFY(!r.options.profile.hasFlink());
        QCOMPARE(r.options.profile.kafkaPollIntervalMs, 2000);
        QVERIFY(!r.options.profileFromCommandLine);
    }

    void renderPagesSizesAndTheme_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("pages");
        QTest::addColumn<QList<QSize>>("sizes");
        QTest::addColumn<QString>("theme");
        QTest::newRow("defaults: overview, 1280x800, the stored theme")
            << QStringList{} << QStringList{QStringLiteral("overview")} << QList<QSize>{QSize(1280, 800)}
            << QString();
        QTest::newRow("a list of pages and sizes, dark")
            << QStringList{QStringLiteral("--page"),  QStringLiteral("groups, flink"),
                           QStringLiteral("--size"),  QStringLiteral("1600x900,1280x720"),
                           QStringLiteral("--theme"), QStringLiteral("dark")}
            << QStringList{QStringLiteral("groups"), QStringLiteral("flink")}
            << QList<QSize>{QSize(1600, 900), QSize(1280, 720)} << QStringLiteral("dark");
        QTest::newRow("all pages, a repeated size once")
            << QStringList{QStringLiteral("--page"),  QStringLiteral("all"),
                           QStringLiteral("--size"),  QStringLiteral("800x600,800x600"),
                           QStringLiteral("--theme"), QStringLiteral("system")}
            << QStringList{} << QList<QSize>{QSize(800, 600)} << QStringLiteral("system");
    }
    void renderPagesSizesAndTheme()
    {
        QFETCH(QStringList, args);
        QFETCH(QStringList, pages);
        QFETCH(QList<QSize>, sizes);
        QFETCH(QString, theme);
        const ParseResult r =
            parseCommandLine(QStringList{QStringLiteral("tidewatch"), QStringLiteral("render"),
                                         QStringLiteral("--out"), QStringLiteral("shots")} +
                             args);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        const QStringList expected = pages.isEmpty() ? MainWindow::pageNames() : pages;
        QCOMPARE(r.options.renderPages, expected);
        QCOMPARE(r.options.startPage, expected.first());
        QCOMPARE(r.options.renderSizes, sizes);
        QCOMPARE(r.options.renderSize, sizes.first());
        QCOMPARE(r.options.renderTheme, theme);
    }

    void renderFileNames()
    {
        QCOMPARE(renderFileName(QStringLiteral("out.png"), false, QStringLiteral("groups"), QSize(1600, 900),
                                QStringLiteral("dark")),
                 QStringLiteral("out.png"));
        QCOMPARE(renderFileName(QStringLiteral("shots"), true, QStringLiteral("groups"), QSize(1600, 900),
                                QStringLiteral("dark")),
                 QStringLiteral("shots/groups-1600x900-dark.png"));
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

    void httpTlsOptions()
    {
        qputenv("TIDEWATCH_FLINK_KEY_PASSWORD", "flink-key-pass");
        qputenv("TIDEWATCH_BROKER_METRICS_PASSWORD", "metrics-pass");
        qputenv("TIDEWATCH_BROKER_METRICS_KEY_PASSWORD", "metrics-key-pass");
        const ParseResult r = parseCommandLine(
            {QStringLiteral("tidewatch"), QStringLiteral("--flink"), QStringLiteral("https://flink:8081"),
             QStringLiteral("--flink-cert"), QStringLiteral("/etc/flink-client.pem"),
             QStringLiteral("--flink-key"), QStringLiteral("/etc/flink-client.key"),
             QStringLiteral("--broker-metrics-user"), QStringLiteral("scraper"),
             QStringLiteral("--broker-metrics-ca"), QStringLiteral("/etc/m-ca.pem"),
             QStringLiteral("--broker-metrics-cert"), QStringLiteral("/etc/m.pem"),
             QStringLiteral("--broker-metrics-key"), QStringLiteral("/etc/m.key")});
        qunsetenv("TIDEWATCH_FLINK_KEY_PASSWORD");
        qunsetenv("TIDEWATCH_BROKER_METRICS_PASSWORD");
        qunsetenv("TIDEWATCH_BROKER_METRICS_KEY_PASSWORD");
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        const ClusterProfile &p = r.options.profile;
        QCOMPARE(p.flinkCertFile, QStringLiteral("/etc/flink-client.pem"));
        QCOMPARE(p.flinkKeyFile, QStringLiteral("/etc/flink-client.key"));
        QCOMPARE(p.flinkKeyPassphrase, QStringLiteral("flink-key-pass"));
        const HttpAuth expected{QStringLiteral("scraper"),       QStringLiteral("metrics-pass"),
                                QStringLiteral("/etc/m-ca.pem"), QStringLiteral("/etc/m.pem"),
                                QStringLiteral("/etc/m.key"),    QStringLiteral("metrics-key-pass")};
        QCOMPARE(p.brokerMetricsAuth, expected);
    }

    void eventTopics()
    {
        const auto parse = [](const QStringList &args) {
            return parseCommandLine(QStringList{QStringLiteral("tidewatch"), QStringLiteral("--bootstrap"),
                                                QStringLiteral("k:9092")} +
                                    args);
        };
        const ParseResult none = parse({});
        QVERIFY(!none.options.profile.hasBusiness());
        const ParseResult r =
            parse({QStringLiteral("--event-topic"), QStringLiteral("stack"), QStringLiteral("--event-topic"),
                   QStringLiteral("cdc.shipments:shipments:debezium"), QStringLiteral("--event-topic"),
                   QStringLiteral("returns"), QStringLiteral("--events-from-minutes"), QStringLiteral("0")});
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        const BusinessConfig &b = r.options.profile.business;
        QVERIFY(r.options.profile.hasBusiness());
        QCOMPARE(b.topics.size(), 5);
        QCOMPARE(b.topics.at(2).topic, QStringLiteral("orders-cdc"));
        QCOMPARE(b.topics.at(3), EventTopicConfig::withDefaults(QStringLiteral("cdc.shipments"),
                                                                EventKind::Shipment, EventFormat::Debezium));
        QCOMPARE(b.topics.at(4).kind, EventKind::Order);
        QCOMPARE(b.topics.at(4).format, EventFormat::Json);
        QCOMPARE(b.startMinutes, 0);
        // Named twice: read once, as the last mention says.
        const ParseResult twice =
            parse({QStringLiteral("--event-topic"), QStringLiteral("stack"), QStringLiteral("--event-topic"),
                   QStringLiteral("orders:shipments")});
        QCOMPARE(twice.options.profile.business.topics.size(), 3);
        QCOMPARE(twice.options.profile.business.topics.at(0).topic, QStringLiteral("orders"));
        QCOMPARE(twice.options.profile.business.topics.at(0).kind, EventKind::Shipment);
        for (const QString &badSpec : {QStringLiteral("t:invoices"), QStringLiteral("t:orders:avro"),
                                       QStringLiteral(":orders"), QStringLiteral("t:orders:json:x")}) {
            const ParseResult bad = parse({QStringLiteral("--event-topic"), badSpec});
            QVERIFY2(bad.error.contains(QStringLiteral("--event-topic")), qPrintable(badSpec));
        }
        QVERIFY(parse({QStringLiteral("--events-from-minutes"), QStringLiteral("-5")})
                    .error.contains(QStringLiteral("--events-from-minutes")));
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
        QCOMPARE(p.bootstrapServers, QStringLiteral("b1:9092,b2:9092")); // values are read as written
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

    /// Several clusters at once: --profile repeated or comma-separated, --all-profiles, and the
    /// dashboard opened without a cluster shows every profile.
    void severalProfiles()
    {
        QTemporaryDir dir;
        QFile ini(dir.filePath(QStringLiteral("profiles.ini")));
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write("[prod]\nbootstrap=p:9092\n[dr]\nbootstrap=d:9092\n[lab]\nflink=http://lab:8081\n");
        ini.close();
        auto parse = [&](QStringList args) {
            args.prepend(QStringLiteral("tidewatch"));
            args << QStringLiteral("--profiles-file") << ini.fileName();
            return parseCommandLine(args);
        };
        auto names = [](const AppOptions &o) {
            QStringList out;
            for (const ClusterProfile &p : o.allProfiles())
                out << p.name;
            return out;
        };
        const QStringList prodDr{QStringLiteral("prod"), QStringLiteral("dr")};
        ParseResult r = parse({QStringLiteral("--profile"), QStringLiteral("prod"),
                               QStringLiteral("--profile"), QStringLiteral("dr")});
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(names(r.options), prodDr);
        QCOMPARE(r.options.moreProfiles.constFirst().bootstrapServers, QStringLiteral("d:9092"));
        r = parse({QStringLiteral("--profile"), QStringLiteral("prod,dr,prod")});
        QCOMPARE(names(r.options), prodDr);
        // Overrides apply to the first profile only.
        r = parse({QStringLiteral("--profile"), QStringLiteral("prod,dr"), QStringLiteral("--interval"),
                   QStringLiteral("700")});
        QCOMPARE(r.options.profile.kafkaPollIntervalMs, 700);
        QCOMPARE(r.options.moreProfiles.constFirst().kafkaPollIntervalMs, 2000);
        r = parse({QStringLiteral("--all-profiles"), QStringLiteral("--profile"), QStringLiteral("lab")});
        QCOMPARE(names(r.options),
                 (QStringList{QStringLiteral("lab"), QStringLiteral("dr"), QStringLiteral("prod")}));
        r = parse({});
        QCOMPARE(names(r.options),
                 (QStringList{QStringLiteral("dr"), QStringLiteral("lab"), QStringLiteral("prod")}));
        r = parse({QStringLiteral("--bootstrap"), QStringLiteral("x:9092")});
        QCOMPARE(names(r.options), QStringList{QStringLiteral("x:9092")}); // a cluster given: only that one
        r = parse({QStringLiteral("snapshot"), QStringLiteral("--profile"), QStringLiteral("prod,dr")});
        QVERIFY2(r.error.contains(QStringLiteral("one --profile")), qPrintable(r.error));
        r = parse({QStringLiteral("--profile"), QStringLiteral("prod,nope")});
        QVERIFY2(r.error.contains(QStringLiteral("nope")), qPrintable(r.error));
    }

    void wallExitKey()
    {
        ParseResult r = parseCommandLine({QStringLiteral("tidewatch"), QStringLiteral("--wall")});
        QCOMPARE(r.options.wallExitKey, QStringLiteral("Esc"));
        r = parseCommandLine({QStringLiteral("tidewatch"), QStringLiteral("--wall"),
                              QStringLiteral("--wall-exit-key"), QStringLiteral("ctrl+alt+q")});
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.options.wallExitKey, QStringLiteral("Ctrl+Alt+Q"));
        r = parseCommandLine(
            {QStringLiteral("tidewatch"), QStringLiteral("--wall-exit-key"), QStringLiteral("Ctrl+Banana")});
        QVERIFY2(r.error.contains(QStringLiteral("--wall-exit-key")), qPrintable(r.error));
    }

    void alertHistoryFile()
    {
        ParseResult r = parseCommandLine({QStringLiteral("tidewatch")});
        QVERIFY(r.error.isEmpty());
        QCOMPARE(r.options.alertHistoryFile, AlertService::defaultHistoryPath());
        QVERIFY(r.options.alertHistoryFile.endsWith(QStringLiteral("/alert-history.sqlite")));
        r = parseCommandLine({QStringLiteral("tidewatch"), QStringLiteral("--alert-history"),
                              QStringLiteral("/tmp/h.sqlite")});
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.options.alertHistoryFile, QStringLiteral("/tmp/h.sqlite"));
    }
    void metricHistoryDirectory_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("kept");
        const QString bootstrap = QStringLiteral("--bootstrap=127.0.0.1:19092");
        QTest::newRow("the dashboard keeps it") << QStringList{bootstrap} << true;
        QTest::newRow("--no-history: memory only")
            << QStringList{bootstrap, QStringLiteral("--no-history")} << false;
        QTest::newRow("render reads it")
            << QStringList{QStringLiteral("render"), bootstrap, QStringLiteral("--out=/tmp/x.png")} << true;
        QTest::newRow("render --no-history")
            << QStringList{QStringLiteral("render"), bootstrap, QStringLiteral("--out=/tmp/x.png"),
                           QStringLiteral("--no-history")}
            << false;
        QTest::newRow("snapshot never") << QStringList{QStringLiteral("snapshot"), bootstrap} << false;
        QTest::newRow("serve never") << QStringList{QStringLiteral("serve"), bootstrap} << false;
    }
    void metricHistoryDirectory()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, kept);
        const ParseResult r = parseCommandLine(QStringList{QStringLiteral("tidewatch")} + arguments);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.options.metricHistoryDirectory, kept ? HistoryStore::defaultDirectory() : QString());
        if (kept)
            QVERIFY(r.options.metricHistoryDirectory.endsWith(QStringLiteral("/history")));
    }
    void rulesFile()
    {
        ParseResult r = parseCommandLine({QStringLiteral("tidewatch")});
        QVERIFY2(r.options.rules.size() >= 10, "the built-in rules are used without --rules");
        QTemporaryDir dir;
        QFile good(dir.filePath(QStringLiteral("good.json")));
        QVERIFY(good.open(QIODevice::WriteOnly));
        good.write("{\"rules\": [{\"alert\": \"LagHigh\", \"metric\": \"tidewatch_kafka_consumergroup_lag\", "
                   "\"op\": \">\", \"threshold\": 1000, \"for\": \"1m\", \"severity\": \"warning\"}]}");
        good.close();
        r = parseCommandLine({QStringLiteral("tidewatch"), QStringLiteral("--rules"), good.fileName()});
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.options.rules.size(), 1);
        QCOMPARE(r.options.rules.constFirst().name, QStringLiteral("LagHigh"));
        QFile bad(dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"rules\": [{\"alert\": \"X\", \"metric\": \"tidewatch_nope\", \"op\": \">\", "
                  "\"threshold\": 1}]}");
        bad.close();
        r = parseCommandLine({QStringLiteral("tidewatch"), QStringLiteral("--rules"), bad.fileName()});
        QVERIFY2(r.error.contains(QStringLiteral("not a valid rules file")), qPrintable(r.error));
        QVERIFY2(r.error.contains(QStringLiteral("tidewatch_nope")), qPrintable(r.error));
        r = parseCommandLine({QStringLiteral("tidewatch"), QStringLiteral("--rules"),
                              dir.filePath(QStringLiteral("missing.json"))});
        QVERIFY2(r.error.contains(QStringLiteral("cannot read")), qPrintable(r.error));
    }

    void version()
    {
        QCOMPARE(parseCommandLine({QStringLiteral("tidewatch"), QStringLiteral("--version")}).options.mode,
                 AppOptions::Mode::Version);
    }

    void language_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("language");
        QTest::newRow("not given: the setting or the system decide") << QStringList{} << QString();
        QTest::newRow("Czech") << QStringList{QStringLiteral("--language"), QStringLiteral("cs")}
                               << QStringLiteral("cs");
        QTest::newRow("German for render")
            << QStringList{QStringLiteral("render"), QStringLiteral("--out"), QStringLiteral("x.png"),
                           QStringLiteral("--language=de")}
            << QStringLiteral("de");
        QTest::newRow("English") << QStringList{QStringLiteral("--language"), QStringLiteral("en")}
                                 << QStringLiteral("en");
    }
    void language()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, language);
        args.prepend(QStringLiteral("tidewatch"));
        const ParseResult r = parseCommandLine(args);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.options.language, language);
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
        QTest::newRow("unknown language") << QStringList{QStringLiteral("--language"), QStringLiteral("fr")}
                                          << QStringLiteral("--language");
        QTest::newRow("unknown language for rules")
            << QStringList{QStringLiteral("rules"), QStringLiteral("check"), QStringLiteral("--language=xx")}
            << QStringLiteral("--language");
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
