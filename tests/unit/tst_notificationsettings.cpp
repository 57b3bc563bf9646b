#include "NotificationSettings.h"
#include "SecretStore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Tidewatch;

class TestNotificationSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    /// The form round-trips through the profiles file; secrets go to the secret store, never the file.
    void saveAndReload()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("profiles.ini"));
        SecretStore secrets(nullptr, 100);
        secrets.setSessionOnly(true); // no keychain offscreen: memory for this session
        NotificationConfig config;
        NotificationTarget am;
        am.url = QStringLiteral("https://am.example:9093");
        am.user = QStringLiteral("ops");
        am.password = QStringLiteral("s3cret,with comma");
        am.caFile = dir.filePath(QStringLiteral("ca.pem"));
        am.insecureSkipVerify = true;
        NotificationTarget hook;
        hook.url = QStringLiteral("http://hooks.example/tidewatch");
        hook.bearerToken = QStringLiteral("tok3n");
        config.alertmanagers = {am};
        config.webhooks = {hook};
        config.resendIntervalMs = 120000;
        config.desktop.enabled = true;
        config.desktop.sound = true;
        config.desktop.stormThreshold = 5;
        config.desktop.windowMs = 30000;
        config.desktop.minGapMs = 4000;

        NotificationSettings form(path, &secrets);
        form.fillForm(config);
        QCOMPARE(form.formConfig().alertmanagers, config.alertmanagers);
        QCOMPARE(form.formConfig().webhooks, config.webhooks);
        QSignalSpy applied(&form, &NotificationSettings::configChanged);
        QVERIFY2(form.save(), qPrintable(form.statusText()));
        QCOMPARE(applied.size(), 1);
        QCOMPARE(applied.first().first().value<NotificationConfig>().alertmanagers.first().password,
                 am.password);

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY(written.contains("am.example"));
        QVERIFY(!written.contains("s3cret"));
        QVERIFY(!written.contains("tok3n"));

        NotificationSettings again(path, &secrets);
        QTRY_COMPARE(again.formConfig().alertmanagers.value(0).password, am.password);
        QTRY_COMPARE(again.formConfig().webhooks.value(0).bearerToken, hook.bearerToken);
        const NotificationConfig back = again.formConfig();
        QCOMPARE(back.alertmanagers.first().url, am.url);
        QCOMPARE(back.alertmanagers.first().user, am.user);
        QCOMPARE(back.alertmanagers.first().caFile, am.caFile);
        QVERIFY(back.alertmanagers.first().insecureSkipVerify);
        QCOMPARE(back.resendIntervalMs, config.resendIntervalMs);
        QCOMPARE(back.desktop, config.desktop);
    }

    void refusesWhatCannotBeSaved()
    {
        QTemporaryDir dir;
        SecretStore secrets(nullptr, 100);
        NotificationSettings form(dir.filePath(QStringLiteral("profiles.ini")), &secrets);
        NotificationConfig config;
        NotificationTarget bad;
        bad.url = QStringLiteral("ftp://am.example");
        config.alertmanagers = {bad};
        form.fillForm(config);
        QVERIFY(!form.save());
        QVERIFY(form.statusText().contains(QStringLiteral("ftp://am.example")));

        NotificationTarget withPassword;
        withPassword.url = QStringLiteral("https://am.example");
        withPassword.password = QStringLiteral("pw");
        config.alertmanagers = {withPassword};
        form.fillForm(config);
        QVERIFY(!form.save()); // no keychain and not "session only": a password cannot be kept
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("profiles.ini"))));
    }

    void deliveryStatus()
    {
        QTemporaryDir dir;
        NotificationSettings form(dir.filePath(QStringLiteral("profiles.ini")), nullptr);
        DeliveryStatus never;
        never.target = QStringLiteral("https://am.example/api/v2/alerts");
        DeliveryStatus failing;
        failing.kind = DeliveryStatus::Kind::Webhook;
        failing.target = QStringLiteral("http://hooks.example/tidewatch");
        failing.attemptedAt = QDateTime::currentDateTimeUtc();
        failing.error = QStringLiteral("Connection refused");
        failing.queueLength = 3;
        failing.droppedAlerts = 2;
        failing.deliveredAlerts = 7;
        failing.lastSuccessAt = failing.attemptedAt.addSecs(-125);
        form.setDeliveryStatuses({never, failing});
        const QTableWidget *table = form.statusTable();
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("nothing sent yet"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("never"));
        QCOMPARE(table->item(1, 0)->text(), QStringLiteral("webhook http://hooks.example/tidewatch"));
        QCOMPARE(table->item(1, 1)->text(), QStringLiteral("failing"));
        QVERIFY(table->item(1, 2)->text().contains(QStringLiteral("2 m")));
        QCOMPARE(table->item(1, 3)->text(), QStringLiteral("Connection refused"));
        QCOMPARE(table->item(1, 4)->text(), QStringLiteral("3"));
        QCOMPARE(table->item(1, 5)->text(), QStringLiteral("2"));
        QCOMPARE(table->item(1, 6)->text(), QStringLiteral("7"));
        failing.error.clear();
        failing.queueLength = 0;
        form.setDeliveryStatus(1, failing);
        QCOMPARE(table->item(1, 1)->text(), QStringLiteral("delivering"));
        QCOMPARE(table->item(1, 4)->text(), QStringLiteral("0"));
    }
};

QTEST_MAIN(TestNotificationSettings)
#include "tst_notificationsettings.moc"
