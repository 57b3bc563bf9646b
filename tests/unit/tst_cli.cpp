#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

/// A librdkafka mock cluster for the length of a test.
struct MockCluster
{
    explicit MockCluster(int brokers)
    {
        char errstr[256];
        host = rd_kafka_new(RD_KAFKA_PRODUCER, rd_kafka_conf_new(), errstr, sizeof errstr);
        cluster = rd_kafka_mock_cluster_new(host, brokers);
    }
    ~MockCluster()
    {
        rd_kafka_mock_cluster_destroy(cluster);
        rd_kafka_destroy(host);
    }
    Q_DISABLE_COPY_MOVE(MockCluster)

    rd_kafka_t *host = nullptr;
    rd_kafka_mock_cluster_t *cluster = nullptr;
};

/// Runs the real tidewatch binary the way a user or a script would.
class TestCli : public QObject
{
    Q_OBJECT
private:
    static QString binary() { return qEnvironmentVariable("TIDEWATCH_BINARY"); }

    struct Result
    {
        int exitCode;
        QString out;
        QString err;
    };
    static Result run(const QStringList &args, const QList<QPair<QString, QString>> &extraEnv = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY")); // --help and --version must not need a display
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        for (const auto &[name, value] : extraEnv)
            env.insert(name, value);
        p.setProcessEnvironment(env);
        p.start(binary(), args);
        if (!p.waitForFinished(30000))
            return {-1, {}, QStringLiteral("timed out")};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFile::exists(binary()), qPrintable(binary())); }

    void version()
    {
        const Result r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(
            QRegularExpression(QStringLiteral("^tidewatch \\d+\\.\\d+\\.\\d+\\n$")).match(r.out).hasMatch(),
            qPrintable(r.out));
    }

    void help_data()
    {
        QTest::addColumn<QString>("flag");
        for (const char *flag : {"--help", "-h", "--help-all"})
            QTest::newRow(flag) << QString::fromLatin1(flag);
    }

    /// Every help flag prints the usage and exits 0 (--help-all once fell through to the dashboard on a
    /// QCoreApplication and crashed).
    void help()
    {
        QFETCH(QString, flag);
        const Result r = run({flag});
        QCOMPARE(r.exitCode, 0);
        for (const char *option : {"--bootstrap", "--flink", "--interval", "--page", "--version"})
            QVERIFY2(r.out.contains(QLatin1String(option)), option);
    }

    void snapshotJsonOnAMockCluster()
    {
        const MockCluster mock(3);
        rd_kafka_mock_cluster_t *cluster = mock.cluster;
        QCOMPARE(rd_kafka_mock_topic_create(cluster, "orders", 6, 3), RD_KAFKA_RESP_ERR_NO_ERROR);
        QCOMPARE(rd_kafka_mock_partition_set_leader(cluster, "orders", 4, -1), RD_KAFKA_RESP_ERR_NO_ERROR);

        const Result r =
            run({QStringLiteral("snapshot"), QStringLiteral("--bootstrap"),
                 QString::fromUtf8(rd_kafka_mock_cluster_bootstraps(cluster)), QStringLiteral("--timeout"),
                 QStringLiteral("1500"), QStringLiteral("--cluster-name"), QStringLiteral("mock")});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(root.value(QStringLiteral("schema")).toString(), QStringLiteral("tidewatch.snapshot/1"));
        QVERIFY(!root.contains(QStringLiteral("flink")));
        const QJsonObject kafka = root.value(QStringLiteral("kafka")).toObject();
        QCOMPARE(kafka.value(QStringLiteral("cluster")).toString(), QStringLiteral("mock"));
        QCOMPARE(kafka.value(QStringLiteral("status")).toObject().value(QStringLiteral("reachable")).toBool(),
                 true);
        QCOMPARE(kafka.value(QStringLiteral("brokers")).toArray().size(), 3);
        const QJsonObject summary = kafka.value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("offline")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("partitions")).toInt(), 6);
        const QJsonObject orders = kafka.value(QStringLiteral("topics")).toArray().at(0).toObject();
        QCOMPARE(orders.value(QStringLiteral("name")).toString(), QStringLiteral("orders"));
        const QJsonObject offline = orders.value(QStringLiteral("partitions")).toArray().at(4).toObject();
        QVERIFY(offline.value(QStringLiteral("leader")).isNull()); // unknown is null, never -1
        QVERIFY(offline.value(QStringLiteral("highWatermark")).isNull());
        QCOMPARE(offline.value(QStringLiteral("offline")).toBool(), true);
        const QJsonObject online = orders.value(QStringLiteral("partitions")).toArray().at(0).toObject();
        QCOMPARE(online.value(QStringLiteral("highWatermark")).toInt(-1), 0);
        QVERIFY(online.value(QStringLiteral("messagesPerSecond")).isNull()); // one sample: no rate yet
        // The mock serves no groups and has no controller: said, not hidden.
        QVERIFY(!kafka.value(QStringLiteral("partErrors")).toArray().isEmpty());

        const Result table =
            run({QStringLiteral("snapshot"), QStringLiteral("--bootstrap"),
                 QString::fromUtf8(rd_kafka_mock_cluster_bootstraps(cluster)), QStringLiteral("--format"),
                 QStringLiteral("table"), QStringLiteral("--timeout"), QStringLiteral("1500")});
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.out.contains(QStringLiteral("offline: 1")), qPrintable(table.out));
        QVERIFY2(table.out.contains(QStringLiteral("UNHEALTHY TOPIC")), qPrintable(table.out));
    }

    /// snapshot writes for programs: the same document whatever the user's language (times and
    /// durations aside), and English words in it.
    void snapshotJsonIsTheSameInEveryLanguage()
    {
        const MockCluster mock(1);
        rd_kafka_mock_cluster_t *cluster = mock.cluster;
        QCOMPARE(rd_kafka_mock_topic_create(cluster, "orders", 3, 1), RD_KAFKA_RESP_ERR_NO_ERROR);
        const QStringList args{QStringLiteral("snapshot"), QStringLiteral("--bootstrap"),
                               QString::fromUtf8(rd_kafka_mock_cluster_bootstraps(cluster)),
                               QStringLiteral("--timeout"), QStringLiteral("1500")};
        // Times and durations differ from run to run; everything else must not.
        const auto stable = [](const Result &r) {
            QString text = r.out;
            text.replace(QRegularExpression(QStringLiteral(R"re("(\w*(At|Ms))": [^,\n]+)re")),
                         QStringLiteral(R"("\1": -)"));
            return text;
        };
        const Result english = run(args, {{QStringLiteral("LANGUAGE"), QStringLiteral("en")}});
        QCOMPARE(english.exitCode, 0);
        QVERIFY(english.out.contains(QStringLiteral("\"orders\"")));
        const QList<QList<QPair<QString, QString>>> environments{
            {{QStringLiteral("LANGUAGE"), QStringLiteral("cs")}},
            {{QStringLiteral("LANGUAGE"), QStringLiteral("de")},
             {QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8")}},
        };
        for (const auto &environment : environments) {
            const Result r = run(args, environment);
            QCOMPARE(r.exitCode, 0);
            QCOMPARE(stable(r), stable(english));
        }
        const Result chosen = run(args + QStringList{QStringLiteral("--language"), QStringLiteral("cs")});
        QCOMPARE(chosen.exitCode, 0);
        QCOMPARE(stable(chosen), stable(english));
    }

    void languageOption()
    {
        const Result bad =
            run({QStringLiteral("snapshot"), QStringLiteral("--language"), QStringLiteral("fr")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("--language")), qPrintable(bad.err));
        const Result help =
            run({QStringLiteral("--help"), QStringLiteral("--language"), QStringLiteral("de")});
        QCOMPARE(help.exitCode, 0);
        // The usage in German: the option's value name is translated, the option name is not.
        QVERIFY2(help.out.contains(QStringLiteral("--language <Code>")), qPrintable(help.out));
    }

    void snapshotOfAnUnreachableClusterFailsClearly()
    {
        QElapsedTimer clock;
        clock.start();
        const Result r =
            run({QStringLiteral("snapshot"), QStringLiteral("--bootstrap"), QStringLiteral("127.0.0.1:1"),
                 QStringLiteral("--timeout"), QStringLiteral("1500")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(clock.elapsed() < 10000, "bounded by the configured timeout");
        QVERIFY2(r.err.contains(QStringLiteral("Kafka cluster")) &&
                     r.err.contains(QStringLiteral("127.0.0.1:1")) &&
                     r.err.contains(QStringLiteral("unreachable")),
                 qPrintable(r.err));
        const QJsonObject kafka =
            QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("kafka")).toObject();
        const QJsonObject status = kafka.value(QStringLiteral("status")).toObject();
        QCOMPARE(status.value(QStringLiteral("reachable")).toBool(true), false);
        QVERIFY(status.value(QStringLiteral("lastSuccessAt")).isNull());
        QVERIFY(status.value(QStringLiteral("dataAgeMs")).isNull());
        QVERIFY(!status.value(QStringLiteral("error")).toString().isEmpty());
    }

    void snapshotOfABrokenFlinkEndpointFailsClearly()
    {
        const Result r = run({QStringLiteral("snapshot"), QStringLiteral("--flink"),
                              QStringLiteral("http://127.0.0.1:1"), QStringLiteral("--format"),
                              QStringLiteral("table"), QStringLiteral("--timeout"), QStringLiteral("1500")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Flink REST endpoint http://127.0.0.1:1")), qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("UNREACHABLE")), qPrintable(r.out));
    }

    void snapshotUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no source") << QStringList{QStringLiteral("snapshot")}
                                   << QStringLiteral("snapshot needs --bootstrap");
        QTest::newRow("bad format") << QStringList{QStringLiteral("snapshot"), QStringLiteral("--bootstrap"),
                                                   QStringLiteral("x:1"), QStringLiteral("--format"),
                                                   QStringLiteral("xml")}
                                    << QStringLiteral("--format must be json or table");
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("snapshop")} << QStringLiteral("Unknown command");
        QTest::newRow("missing profile")
            << QStringList{QStringLiteral("snapshot"), QStringLiteral("--profile"), QStringLiteral("prod"),
                           QStringLiteral("--profiles-file"), QStringLiteral("/nonexistent/profiles.ini")}
            << QStringLiteral("No profiles file at /nonexistent/profiles.ini");
    }
    void snapshotUsageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Result r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    /// No source answers: after --wait the empty state is written anyway, and the exit code says so.
    void renderWithoutDataWritesTheEmptyState()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("overview.png"));
        const Result r = run({QStringLiteral("render"), QStringLiteral("--page"), QStringLiteral("overview"),
                              QStringLiteral("--size"), QStringLiteral("640x480"), QStringLiteral("--out"),
                              out, QStringLiteral("--bootstrap"), QStringLiteral("127.0.0.1:1"),
                              QStringLiteral("--wait"), QStringLiteral("2")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no data within 2 s")), qPrintable(r.err));
        const QImage image(out);
        QCOMPARE(image.size(), QSize(640, 480));
        const Result bad = run({QStringLiteral("render"), QStringLiteral("--page"), QStringLiteral("nowhere"),
                                QStringLiteral("--out"), out});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("--page must be one of")), qPrintable(bad.err));
    }

    void renderUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QStringList render{QStringLiteral("render"), QStringLiteral("--out"), QStringLiteral("x.png")};
        QTest::newRow("unknown theme")
            << render + QStringList{QStringLiteral("--theme"), QStringLiteral("blue")}
            << QStringLiteral("--theme must be light, dark or system, got: blue");
        QTest::newRow("theme outside render")
            << QStringList{QStringLiteral("snapshot"), QStringLiteral("--bootstrap"), QStringLiteral("x:1"),
                           QStringLiteral("--theme"), QStringLiteral("dark")}
            << QStringLiteral("--theme is an option of render");
        QTest::newRow("unknown page in a list")
            << render + QStringList{QStringLiteral("--page"), QStringLiteral("groups,nowhere")}
            << QStringLiteral("--page must be one of");
        QTest::newRow("empty page in a list")
            << render + QStringList{QStringLiteral("--page"), QStringLiteral("groups,")}
            << QStringLiteral("--page must be one of");
        QTest::newRow("bad size in a list")
            << render + QStringList{QStringLiteral("--size"), QStringLiteral("1600x900,100x100")}
            << QStringLiteral("--size needs WxH, at least 200x150, got: 100x100");
        QTest::newRow("no out") << QStringList{QStringLiteral("render"), QStringLiteral("--page"),
                                               QStringLiteral("all")}
                                << QStringLiteral("render needs --out");
    }
    void renderUsageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Result r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    /// Several pages and sizes in one run: one folder, one file per page and size, named after the
    /// page, the size and the theme, each image of its size.
    void renderSeveralPagesWritesOneFileEach()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("shots"));
        const Result r =
            run({QStringLiteral("render"), QStringLiteral("--page"), QStringLiteral("groups,flink,brokers"),
                 QStringLiteral("--size"), QStringLiteral("640x480,800x600"), QStringLiteral("--theme"),
                 QStringLiteral("dark"), QStringLiteral("--out"), out, QStringLiteral("--bootstrap"),
                 QStringLiteral("127.0.0.1:1"), QStringLiteral("--wait"), QStringLiteral("1")},
                {{QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config"))}});
        QCOMPARE(r.exitCode, 1); // no data: the empty states are written and the exit code says so
        QStringList expected;
        for (const char *page : {"brokers", "flink", "groups"}) {
            for (const QSize size : {QSize(640, 480), QSize(800, 600)}) {
                const QString name = QStringLiteral("%1-%2x%3-dark.png")
                                         .arg(QLatin1String(page))
                                         .arg(size.width())
                                         .arg(size.height());
                expected << name;
                QCOMPARE(QImage(out + QLatin1Char('/') + name).size(), size);
            }
        }
        expected.sort();
        QCOMPARE(QDir(out).entryList(QDir::Files, QDir::Name), expected);
    }

    /// The theme of --theme, else the one stored in Settings, is the one rendered: the window's
    /// background (a pixel of the empty page area) is dark in the dark theme and light in the light one.
    void renderUsesTheTheme()
    {
        QTemporaryDir dir;
        const QString config = dir.filePath(QStringLiteral("config"));
        const auto render = [&](const QString &file, const QStringList &themeArgs) {
            const QString out = dir.filePath(file);
            const Result r = run(QStringList{QStringLiteral("render"), QStringLiteral("--page"),
                                             QStringLiteral("settings"), QStringLiteral("--size"),
                                             QStringLiteral("640x480"), QStringLiteral("--out"), out} +
                                     themeArgs,
                                 {{QStringLiteral("XDG_CONFIG_HOME"), config}});
            // The settings page needs no source: nothing is waited for and the picture is written.
            if (r.exitCode > 1)
                qWarning() << r.err;
            return QImage(out);
        };
        // The status bar's empty middle (right of its message, left of the size grip): the window colour.
        const auto background = [](const QImage &image) {
            return image.pixelColor(image.width() * 2 / 3, image.height() - 4).lightness();
        };
        const QImage light =
            render(QStringLiteral("light.png"), {QStringLiteral("--theme"), QStringLiteral("light")});
        const QImage dark =
            render(QStringLiteral("dark.png"), {QStringLiteral("--theme"), QStringLiteral("dark")});
        QVERIFY(!light.isNull() && !dark.isNull());
        QVERIFY2(background(light) > 150, qPrintable(QString::number(background(light))));
        QVERIFY2(background(dark) < 80, qPrintable(QString::number(background(dark))));

        // No --theme: the one chosen in Settings (QSettings appearance/theme).
        QVERIFY(QDir().mkpath(config + QStringLiteral("/Tidewatch")));
        QFile settings(config + QStringLiteral("/Tidewatch/tidewatch.conf"));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write("[appearance]\ntheme=dark\n");
        settings.close();
        const QImage stored = render(QStringLiteral("stored.png"), {});
        QVERIFY(!stored.isNull());
        QCOMPARE(background(stored), background(dark));
    }

    void badOption()
    {
        const Result r = run({QStringLiteral("--version"), QStringLiteral("--frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("frobnicate")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
