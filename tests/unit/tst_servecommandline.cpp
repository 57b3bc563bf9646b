#include "CommandLine.h"
#include "ExporterSettings.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Tidewatch;

/// `tidewatch serve` and the exporter options: where the exporter's address, user, password and
/// certificate come from, and what is refused.
class TestServeCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { qunsetenv("TIDEWATCH_EXPORTER_PASSWORD"); }

    void exporter_data()
    {
        QTest::addColumn<QByteArray>("ini"); // the profiles file
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("passwordEnv");
        QTest::addColumn<QString>("error"); // a part of the expected error; empty: parses
        QTest::addColumn<bool>("serve");
        QTest::addColumn<QStringList>("clusters");
        QTest::addColumn<bool>("enabled");
        QTest::addColumn<QString>("listen");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");

        const QByteArray two = "[a]\nbootstrap=h1:9092\n[b]\nbootstrap=h2:9092\n";
        const QStringList ab{QStringLiteral("a"), QStringLiteral("b")};
        const QString loopback = QStringLiteral("127.0.0.1:9464");
        QTest::newRow("serve without a cluster monitors every profile, on loopback by default")
            << two << QStringList{QStringLiteral("serve")} << QByteArray() << QString() << true << ab << true
            << loopback << QString() << QString();
        QTest::newRow("top-level exporter keys are settings, not profiles")
            << QByteArray("exporter.listen=[::1]:9555\nexporter.user=prom\nexporter.password=pw\n" + two)
            << QStringList{QStringLiteral("serve")} << QByteArray() << QString() << true << ab << true
            << QStringLiteral("[::1]:9555") << QStringLiteral("prom") << QStringLiteral("pw");
        QTest::newRow("--listen beats the file; the environment's password beats the file's")
            << QByteArray("exporter.listen=[::1]:9555\nexporter.user=prom\nexporter.password=pw\n" + two)
            << QStringList{QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("[::1]:9000")}
            << QByteArray("envpw") << QString() << true << ab << true << QStringLiteral("[::1]:9000")
            << QStringLiteral("prom") << QStringLiteral("envpw");
        QTest::newRow("serve --profile monitors only that one")
            << two << QStringList{QStringLiteral("serve"), QStringLiteral("--profile"), QStringLiteral("b")}
            << QByteArray() << QString() << true << QStringList{QStringLiteral("b")} << true << loopback
            << QString() << QString();
        QTest::newRow("the dashboard does not export unless asked")
            << two << QStringList{} << QByteArray() << QString() << false << ab << false << loopback
            << QString() << QString();
        QTest::newRow("the dashboard exports with exporter.enabled")
            << QByteArray("exporter.enabled=true\n" + two) << QStringList{} << QByteArray() << QString()
            << false << ab << true << loopback << QString() << QString();
        QTest::newRow("the dashboard exports with --exporter-listen")
            << two << QStringList{QStringLiteral("--exporter-listen"), QStringLiteral("127.0.0.1:9999")}
            << QByteArray() << QString() << false << ab << true << QStringLiteral("127.0.0.1:9999")
            << QString() << QString();
        QTest::newRow("--listen is serve's option")
            << two << QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:9999")}
            << QByteArray() << QStringLiteral("--exporter-listen") << false << QStringList{} << false
            << QString() << QString() << QString();
        QTest::newRow("a listen address without a port")
            << two << QStringList{QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("9464")}
            << QByteArray() << QStringLiteral("--listen") << true << QStringList{} << false << QString()
            << QString() << QString();
        QTest::newRow("a bad exporter.listen in the file names the key")
            << QByteArray("exporter.listen=localhost\n" + two) << QStringList{QStringLiteral("serve")}
            << QByteArray() << QStringLiteral("exporter.listen") << true << QStringList{} << false
            << QString() << QString() << QString();
        QTest::newRow("a user without a password is refused, not served open")
            << two
            << QStringList{QStringLiteral("serve"), QStringLiteral("--exporter-user"), QStringLiteral("prom")}
            << QByteArray() << QStringLiteral("TIDEWATCH_EXPORTER_PASSWORD") << true << QStringList{} << false
            << QString() << QString() << QString();
        QTest::newRow("serve with nothing to monitor")
            << QByteArray() << QStringList{QStringLiteral("serve")} << QByteArray()
            << QStringLiteral("serve needs") << true << QStringList{} << false << QString() << QString()
            << QString();
    }

    void exporter()
    {
        QFETCH(QByteArray, ini);
        QFETCH(QStringList, args);
        QFETCH(QByteArray, passwordEnv);
        QFETCH(QString, error);
        QFETCH(bool, serve);
        QFETCH(QStringList, clusters);
        QFETCH(bool, enabled);
        QFETCH(QString, listen);
        QFETCH(QString, user);
        QFETCH(QString, password);
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("profiles.ini")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(ini);
        file.close();
        if (!passwordEnv.isEmpty())
            qputenv("TIDEWATCH_EXPORTER_PASSWORD", passwordEnv);
        const ParseResult r =
            parseCommandLine(QStringList{QStringLiteral("tidewatch")} + args +
                             QStringList{QStringLiteral("--profiles-file"), file.fileName()});
        if (!error.isEmpty()) {
            QVERIFY2(r.error.contains(error), qPrintable(r.error));
            return;
        }
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.options.mode == AppOptions::Mode::Serve, serve);
        QStringList names;
        for (const ClusterProfile &p : r.options.allProfiles())
            names << p.name;
        QCOMPARE(names, clusters);
        QCOMPARE(r.options.exporter.enabled, enabled);
        QCOMPARE(r.options.exporter.listen, listen);
        QCOMPARE(r.options.exporter.user, user);
        QCOMPARE(r.options.exporter.password, password);
    }

    /// The desktop's setting is written at the top level and never turns into a profile.
    void desktopSettingRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("profiles.ini"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("exporter.user=prom\nexporter.password=pw\n[a]\nbootstrap=h1:9092\n");
        file.close();
        ExporterConfig config;
        config.enabled = true;
        config.listen = QStringLiteral("127.0.0.1:9555");
        QString error;
        QVERIFY2(ExporterSettings::save(path, config, error), qPrintable(error));
        const ExporterConfig loaded = ExporterSettings::load(path);
        QVERIFY(loaded.enabled);
        QCOMPARE(loaded.listen, QStringLiteral("127.0.0.1:9555"));
        QCOMPARE(loaded.user, QStringLiteral("prom")); // other keys kept
        const ParseResult r = parseCommandLine({QStringLiteral("tidewatch"), QStringLiteral("--all-profiles"),
                                                QStringLiteral("--profiles-file"), path});
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.options.allProfiles().size(), 1);
        QCOMPARE(r.options.profile.name, QStringLiteral("a"));
    }
};

QTEST_GUILESS_MAIN(TestServeCommandLine)
#include "tst_servecommandline.moc"
