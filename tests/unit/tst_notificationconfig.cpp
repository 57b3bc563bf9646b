#include "CommandLine.h"
#include "NotificationProfileKeys.h"
#include "ProfileStore.h"

#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Tidewatch;

namespace {

QString writeFile(const QTemporaryDir &dir, const char *text)
{
    const QString path = dir.filePath(QStringLiteral("profiles.ini"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(text);
    return path;
}

QStringList args(std::initializer_list<const char *> items)
{
    QStringList out{QStringLiteral("tidewatch")};
    for (const char *item : items)
        out << QString::fromUtf8(item);
    return out;
}

} // namespace

/// Notification settings: the profiles file's top-level keys and the command line.
class TestNotificationConfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void readsTopLevelKeysBesideProfiles()
    {
        QTemporaryDir dir;
        qputenv("TW_TEST_AM_PASSWORD", "from-env");
        const QString path = writeFile(dir, "alertmanager.1.url=https://am1.example:9093\n"
                                            "alertmanager.1.user=tw\n"
                                            "alertmanager.1.password.env=TW_TEST_AM_PASSWORD\n"
                                            "alertmanager.1.ca.file=ca.pem\n"
                                            "alertmanager.2.url=http://am2.example:9093\n"
                                            "alertmanager.2.user=tw\n"
                                            "alertmanager.2.password=in,line\n"
                                            "alertmanager.2.insecure.skip.verify=true\n"
                                            "webhook.1.url=https://hooks.example/tw\n"
                                            "webhook.1.bearer.token=tok\n"
                                            "notify.resend.seconds=30\n"
                                            "notify.source=tidewatch@wall-1\n"
                                            "notify.desktop.sound=true\n"
                                            "notify.desktop.storm.threshold=5\n"
                                            "[prod]\n"
                                            "bootstrap=127.0.0.1:19092\n");
        NotificationConfig config;
        QString error;
        QVERIFY2(NotificationProfileKeys::load(path, config, error), qPrintable(error));
        QCOMPARE(config.alertmanagers.size(), 2);
        QCOMPARE(config.alertmanagers[0].url, QStringLiteral("https://am1.example:9093"));
        QCOMPARE(config.alertmanagers[0].password, QStringLiteral("from-env"));
        QCOMPARE(config.alertmanagers[0].passwordEnv, QStringLiteral("TW_TEST_AM_PASSWORD"));
        QCOMPARE(config.alertmanagers[0].caFile, dir.filePath(QStringLiteral("ca.pem")));
        QVERIFY(!config.alertmanagers[0].insecureSkipVerify);
        QCOMPARE(config.alertmanagers[1].password, QStringLiteral("in,line"));
        QVERIFY(config.alertmanagers[1].insecureSkipVerify);
        QCOMPARE(config.webhooks.size(), 1);
        QCOMPARE(config.webhooks[0].bearerToken, QStringLiteral("tok"));
        QCOMPARE(config.resendIntervalMs, qint64(30000));
        QCOMPARE(config.effectiveSource(), QStringLiteral("tidewatch@wall-1"));
        QVERIFY(config.desktop.enabled);
        QVERIFY(config.desktop.sound);
        QCOMPARE(config.desktop.stormThreshold, 5);
        // The keys are not a profile.
        QCOMPARE(ProfileStore::names(path), QStringList{QStringLiteral("prod")});
    }

    void invalidValuesNameTheKey_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("not a URL") << QByteArray("alertmanager.1.url=am:9093\n")
                                   << QStringLiteral("alertmanager.1.url");
        QTest::newRow("password in URL")
            << QByteArray("webhook.1.url=http://u:p@h/\n") << QStringLiteral("webhook.1.url");
        QTest::newRow("unknown key") << QByteArray("alertmanager.1.url=http://h\nalertmanager.1.pasword=x\n")
                                     << QStringLiteral("alertmanager.1.pasword");
        QTest::newRow("bad flag") << QByteArray("notify.desktop=maybe\n") << QStringLiteral("notify.desktop");
        QTest::newRow("bad number") << QByteArray("notify.resend.seconds=0\n")
                                    << QStringLiteral("notify.resend.seconds");
        QTest::newRow("cert without key")
            << QByteArray("alertmanager.1.url=https://h\nalertmanager.1.cert.file=c.pem\n")
            << QStringLiteral("alertmanager.1.cert.file");
    }
    void invalidValuesNameTheKey()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, errorPart);
        QTemporaryDir dir;
        const QString path = writeFile(dir, text.constData());
        NotificationConfig config;
        QString error;
        QVERIFY(!NotificationProfileKeys::load(path, config, error));
        QVERIFY2(error.contains(errorPart), qPrintable(error));
    }

    /// save() writes what load() reads, never a secret, and leaves the profiles alone.
    void saveRoundTripWithoutSecrets()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, "[prod]\nbootstrap=127.0.0.1:19092\n");
        NotificationConfig config;
        NotificationTarget am;
        am.url = QStringLiteral("https://am.example:9093");
        am.user = QStringLiteral("tw");
        am.password = QStringLiteral("s3cret-pass");
        am.caFile = dir.filePath(QStringLiteral("ca.pem"));
        config.alertmanagers = {am};
        NotificationTarget hook;
        hook.url = QStringLiteral("https://hooks.example/tw");
        hook.bearerToken = QStringLiteral("tok-from-env");
        hook.bearerTokenEnv = QStringLiteral("TW_TEST_HOOK_TOKEN");
        config.webhooks = {hook};
        config.resendIntervalMs = 120000;
        config.desktop.enabled = false;
        config.desktop.minGapMs = 5000;
        QString error;
        QVERIFY2(NotificationProfileKeys::save(path, config, error), qPrintable(error));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY2(!text.contains("s3cret-pass"), text.constData());
        QVERIFY2(!text.contains("tok-from-env"), text.constData());
        QCOMPARE(NotificationProfileKeys::secretKeys(path),
                 QStringList{QStringLiteral("alertmanager.1.password")});
        QCOMPARE(ProfileStore::names(path), QStringList{QStringLiteral("prod")});
        QVERIFY(ProfileStore::load(path, QStringLiteral("prod"), error).has_value());

        qputenv("TW_TEST_HOOK_TOKEN", "tok-from-env");
        NotificationConfig back;
        QVERIFY2(NotificationProfileKeys::load(path, back, error), qPrintable(error));
        NotificationConfig expected = config;
        expected.alertmanagers[0].password.clear(); // a secret: the keychain's business, not the file's
        QCOMPARE(back, expected);
    }

    void commandLineAddsToTheFile()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, "alertmanager.1.url=http://am1:9093\n[prod]\nbootstrap=b:9092\n");
        qputenv("TIDEWATCH_ALERTMANAGER_PASSWORD", "pw");
        qputenv("TIDEWATCH_WEBHOOK_TOKEN", "tok");
        const ParseResult r = parseCommandLine(args(
            {"--profiles-file", path.toUtf8().constData(), "--alertmanager", "http://ops@127.0.0.1:9093/",
             "--alertmanager", "https://am3:9093", "--webhook", "http://127.0.0.1:8080/hook"}));
        qunsetenv("TIDEWATCH_ALERTMANAGER_PASSWORD");
        qunsetenv("TIDEWATCH_WEBHOOK_TOKEN");
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        const NotificationConfig &n = r.options.notifications;
        QCOMPARE(n.alertmanagers.size(), 3);
        QCOMPARE(n.alertmanagers[0].url, QStringLiteral("http://am1:9093"));
        QCOMPARE(n.alertmanagers[1].url, QStringLiteral("http://127.0.0.1:9093/"));
        QCOMPARE(n.alertmanagers[1].user, QStringLiteral("ops"));
        QCOMPARE(n.alertmanagers[1].password, QStringLiteral("pw"));
        QVERIFY(n.alertmanagers[2].user.isEmpty());
        QVERIFY(n.alertmanagers[2].password.isEmpty());
        QCOMPARE(n.webhooks.size(), 1);
        QCOMPARE(n.webhooks[0].bearerToken, QStringLiteral("tok"));
    }

    void commandLineErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("password on the command line")
            << args({"--alertmanager", "http://ops:pw@127.0.0.1:9093"})
            << QStringLiteral("password in the URL");
        QTest::newRow("not http") << args({"--webhook", "ftp://h/x"}) << QStringLiteral("not an http(s) URL");
        QTest::newRow("snapshot does not notify")
            << args({"snapshot", "--bootstrap", "b:9092", "--alertmanager", "http://h:9093"})
            << QStringLiteral("belong to the dashboard");
    }
    void commandLineErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, errorPart);
        const ParseResult r = parseCommandLine(arguments);
        QVERIFY2(r.error.contains(errorPart), qPrintable(r.error));
        QVERIFY(!r.error.contains(QLatin1String(":pw@")));
    }
};

QTEST_MAIN(TestNotificationConfig)
#include "tst_notificationconfig.moc"
