#include "ConnectionTester.h"
#include "KafkaConnectionForm.h"
#include "ProfileStore.h"
#include "SecretStore.h"
#include "SettingsPage.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Tidewatch;
using Properties = QList<QPair<QString, QString>>;

namespace {

template<typename T>
T *child(const QWidget &parent, const char *name)
{
    T *widget = parent.findChild<T *>(QLatin1String(name));
    if (!widget)
        qFatal("no child %s", name);
    return widget;
}

QPair<QString, QString> kv(const char *key, const QString &value)
{
    return {QLatin1String(key), value};
}

QStringList fields(std::initializer_list<const char *> names)
{
    QStringList out;
    for (const char *name : names)
        out << QLatin1String(name);
    return out;
}

/// The names of the form's line edits and file fields that the user can see.
QStringList visibleFields(const KafkaConnectionForm &form)
{
    QStringList out;
    for (const char *name : {"saslMechanism", "saslUsername", "saslPassword", "oauthMethod", "oauthClientId",
                             "oauthClientSecret", "oauthTokenEndpoint", "sslCaLocation",
                             "sslCertificateLocation", "sslKeyLocation", "sslKeyPassword"}) {
        if (child<QWidget>(form, name)->isVisibleTo(&form))
            out << QLatin1String(name);
    }
    return out;
}

} // namespace

class TestKafkaConnectionForm : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString writeFile(const QString &name)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(file.fileName()));
        file.write("-----BEGIN CERTIFICATE-----\n");
        return file.fileName();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TidewatchTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_kafkaconnectionform"));
    }

    void fieldsFollowTheProtocol_data()
    {
        QTest::addColumn<Properties>("properties");
        QTest::addColumn<QStringList>("visible");
        QTest::newRow("PLAINTEXT: nothing to fill") << Properties{} << QStringList();
        QTest::newRow("SSL: CA, client certificate, key, passphrase")
            << Properties{kv("security.protocol", QStringLiteral("SSL"))}
            << fields({"sslCaLocation", "sslCertificateLocation", "sslKeyLocation", "sslKeyPassword"});
        QTest::newRow("SASL_PLAINTEXT with SCRAM: mechanism, user, password")
            << Properties{kv("security.protocol", QStringLiteral("sasl_plaintext")),
                          kv("sasl.mechanism", QStringLiteral("SCRAM-SHA-512"))}
            << fields({"saslMechanism", "saslUsername", "saslPassword"});
        QTest::newRow("SASL_SSL with PLAIN: SASL and TLS fields")
            << Properties{kv("security.protocol", QStringLiteral("SASL_SSL")),
                          kv("sasl.mechanisms", QStringLiteral("PLAIN"))}
            << fields({"saslMechanism", "saslUsername", "saslPassword", "sslCaLocation",
                       "sslCertificateLocation", "sslKeyLocation", "sslKeyPassword"});
        QTest::newRow("OAUTHBEARER with OIDC: client credentials and token endpoint")
            << Properties{kv("security.protocol", QStringLiteral("SASL_PLAINTEXT")),
                          kv("sasl.mechanism", QStringLiteral("OAUTHBEARER")),
                          kv("sasl.oauthbearer.method", QStringLiteral("oidc"))}
            << fields({"saslMechanism", "oauthMethod", "oauthClientId", "oauthClientSecret",
                       "oauthTokenEndpoint"});
        QTest::newRow("OAUTHBEARER, default method: no OIDC fields")
            << Properties{kv("security.protocol", QStringLiteral("SASL_PLAINTEXT")),
                          kv("sasl.mechanism", QStringLiteral("OAUTHBEARER"))}
            << fields({"saslMechanism", "oauthMethod"});
        QTest::newRow("a mechanism without a SASL protocol stays visible (to be cleared)")
            << Properties{kv("sasl.mechanism", QStringLiteral("PLAIN"))} << fields({"saslMechanism"});
    }

    void fieldsFollowTheProtocol()
    {
        QFETCH(Properties, properties);
        QFETCH(QStringList, visible);
        KafkaConnectionForm form;
        form.takeProperties(properties);
        QVERIFY2(properties.isEmpty(), "every form key moves into the form");
        const QStringList shown = visibleFields(form);
        QVERIFY2(shown == visible, qPrintable(shown.join(QLatin1Char(','))));
    }

    void mapsToLibrdkafkaProperties()
    {
        const QString ca = writeFile(QStringLiteral("ca.pem"));
        Properties properties{kv("security.protocol", QStringLiteral("SASL_SSL")),
                              kv("sasl.mechanism", QStringLiteral("SCRAM-SHA-256")),
                              kv("sasl.username", QStringLiteral("alice")),
                              kv("sasl.password", QStringLiteral("pw")),
                              kv("ssl.ca.location", ca),
                              kv("client.id", QStringLiteral("ops")),
                              kv("sasl.oauthbearer.client.id", QStringLiteral("stale"))};
        KafkaConnectionForm form;
        form.takeProperties(properties);
        QCOMPARE(properties, (Properties{kv("client.id", QStringLiteral("ops"))})); // the rest is the table's
        QVERIFY2(form.problems().isEmpty(), qPrintable(form.problems().join(QLatin1Char('\n'))));
        // Only what applies is written: no OIDC client id under SCRAM.
        QCOMPARE(form.properties(),
                 (Properties{kv("security.protocol", QStringLiteral("SASL_SSL")),
                             kv("sasl.mechanism", QStringLiteral("SCRAM-SHA-256")),
                             kv("sasl.username", QStringLiteral("alice")),
                             kv("sasl.password", QStringLiteral("pw")), kv("ssl.ca.location", ca)}));
        // PLAINTEXT is librdkafka's default: nothing is written.
        child<QComboBox>(form, "securityProtocol")->setCurrentIndex(0);
        child<QComboBox>(form, "saslMechanism")->setCurrentIndex(0);
        QCOMPARE(form.properties(), Properties{});
    }

    void problemsInPlainWords_data()
    {
        QTest::addColumn<Properties>("properties");
        QTest::addColumn<QString>("problem"); // empty: none
        const QString readable = writeFile(QStringLiteral("client.pem"));
        QTest::newRow("SASL_SSL with SCRAM and a user: fine")
            << Properties{kv("security.protocol", QStringLiteral("SASL_SSL")),
                          kv("sasl.mechanism", QStringLiteral("SCRAM-SHA-512")),
                          kv("sasl.username", QStringLiteral("u"))}
            << QString();
        QTest::newRow("mechanism without a SASL protocol")
            << Properties{kv("security.protocol", QStringLiteral("SSL")),
                          kv("sasl.mechanism", QStringLiteral("PLAIN"))}
            << QStringLiteral("needs a SASL security protocol");
        QTest::newRow("SASL protocol without a mechanism: librdkafka's default GSSAPI")
            << Properties{kv("security.protocol", QStringLiteral("SASL_SSL"))} << QString();
        QTest::newRow("PLAIN without a user")
            << Properties{kv("security.protocol", QStringLiteral("SASL_PLAINTEXT")),
                          kv("sasl.mechanism", QStringLiteral("PLAIN"))}
            << QStringLiteral("needs a user");
        QTest::newRow("missing CA file")
            << Properties{kv("security.protocol", QStringLiteral("SSL")),
                          kv("ssl.ca.location", QStringLiteral("/nonexistent/ca.pem"))}
            << QStringLiteral("/nonexistent/ca.pem does not exist");
        QTest::newRow("certificate without key") << Properties{kv("security.protocol", QStringLiteral("SSL")),
                                                               kv("ssl.certificate.location", readable)}
                                                 << QStringLiteral("give both or neither");
        QTest::newRow("unknown protocol kept as typed and named")
            << Properties{kv("security.protocol", QStringLiteral("QUIC"))}
            << QStringLiteral("Unknown security protocol \"QUIC\"");
        QTest::newRow("OIDC without a token endpoint")
            << Properties{kv("security.protocol", QStringLiteral("SASL_SSL")),
                          kv("sasl.mechanism", QStringLiteral("OAUTHBEARER")),
                          kv("sasl.oauthbearer.method", QStringLiteral("oidc")),
                          kv("sasl.oauthbearer.client.id", QStringLiteral("id")),
                          kv("sasl.oauthbearer.client.secret", QStringLiteral("s"))}
            << QStringLiteral("token endpoint");
    }

    void problemsInPlainWords()
    {
        QFETCH(Properties, properties);
        QFETCH(QString, problem);
        KafkaConnectionForm form;
        form.takeProperties(properties);
        const QString problems = form.problems().join(QLatin1Char('\n'));
        if (problem.isEmpty())
            QVERIFY2(problems.isEmpty(), qPrintable(problems));
        else
            QVERIFY2(problems.contains(problem), qPrintable(problems));
    }

    void oidcUnavailableInThisBuildIsSaid()
    {
        // Debian's librdkafka 2.0.2 lacks libcurl: librdkafka itself refuses the OIDC method.
        const QString reason = ConnectionTester::oidcUnsupportedReason();
        KafkaConnectionForm form;
        Properties properties{kv("security.protocol", QStringLiteral("SASL_SSL")),
                              kv("sasl.mechanism", QStringLiteral("OAUTHBEARER")),
                              kv("sasl.oauthbearer.method", QStringLiteral("oidc")),
                              kv("sasl.oauthbearer.client.id", QStringLiteral("id")),
                              kv("sasl.oauthbearer.client.secret", QStringLiteral("s")),
                              kv("sasl.oauthbearer.token.endpoint.url", QStringLiteral("https://idp/token"))};
        form.takeProperties(properties);
        form.setOidcUnsupported(reason);
        const QString problems = form.problems().join(QLatin1Char('\n'));
        if (reason.isEmpty())
            QVERIFY2(problems.isEmpty(), qPrintable(problems));
        else
            QVERIFY2(problems.contains(QLatin1String("OIDC")) && problems.contains(reason),
                     qPrintable(problems));
    }

    void settingsPageKeepsFormAndTableApartAndSecretsOut()
    {
        const QString path = m_dir.filePath(QStringLiteral("profiles.ini"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("[prod]\nbootstrap=broker1:9092\nkafka.security.protocol=SASL_PLAINTEXT\n"
                       "kafka.sasl.mechanism=PLAIN\nkafka.sasl.username=alice\nkafka.client.id=ops\n");
        }
        auto *store = new SecretStore(nullptr, 1000);
        store->setSessionOnly(true); // no keychain here: secrets stay in memory
        SettingsPage page(path, store);
        store->setParent(&page);
        page.selectProfile(QStringLiteral("prod"));
        auto *table = child<QTableWidget>(page, "properties");
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("client.id"));
        QCOMPARE(child<QLineEdit>(page, "saslUsername")->text(), QStringLiteral("alice"));

        // A form key typed into the table moves to the form; the row goes.
        table->insertRow(1);
        table->setItem(1, 1, new QTableWidgetItem(QStringLiteral("bob")));
        table->setItem(1, 0, new QTableWidgetItem(QStringLiteral("client")));
        table->item(1, 0)->setText(QStringLiteral("sasl.username")); // as the user edits the key
        QTRY_COMPARE(table->rowCount(), 1);
        QCOMPARE(child<QLineEdit>(page, "saslUsername")->text(), QStringLiteral("bob"));

        // Secrets of the form, the Flink and the metrics fields go through the secret path only.
        child<QLineEdit>(page, "saslPassword")->setText(QStringLiteral("kafka-S3CR3T"));
        child<QLineEdit>(page, "flinkKeyPassphrase")->setText(QStringLiteral("flinkkey-S3CR3T"));
        child<QLineEdit>(page, "metricsPassword")->setText(QStringLiteral("metrics-S3CR3T"));
        QVERIFY(page.saveProfile());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.contains("S3CR3T"), bytes.constData());
        QVERIFY2(bytes.contains("kafka.sasl.username=bob"), bytes.constData());
        const QStringList secrets = ProfileStore::secretKeys(path, QStringLiteral("prod"));
        for (const char *field : {"kafka.sasl.password", "flink.key.password", "broker.metrics.password"})
            QVERIFY2(secrets.contains(QLatin1String(field)), qPrintable(secrets.join(QLatin1Char(','))));
        // Reloaded from the session store into the right fields.
        page.newProfile();
        page.selectProfile(QStringLiteral("prod"));
        QTRY_COMPARE(child<QLineEdit>(page, "saslPassword")->text(), QStringLiteral("kafka-S3CR3T"));
        QTRY_COMPARE(child<QLineEdit>(page, "metricsPassword")->text(), QStringLiteral("metrics-S3CR3T"));
        QTRY_COMPARE(child<QLineEdit>(page, "flinkKeyPassphrase")->text(), QStringLiteral("flinkkey-S3CR3T"));
        QCOMPARE(table->rowCount(), 1); // the secret went to the form, not to a table row
    }

    void testConnectionButtonReportsSteps()
    {
        const QString path = m_dir.filePath(QStringLiteral("empty.ini"));
        SettingsPage page(path);
        ConnectionTester tester;
        connect(&page, &SettingsPage::connectionTestRequested, &tester, &ConnectionTester::start);
        connect(&tester, &ConnectionTester::stepFinished, &page, &SettingsPage::addTestStep);
        connect(&tester, &ConnectionTester::finished, &page, &SettingsPage::connectionTestFinished);
        child<QLineEdit>(page, "name")->setText(QStringLiteral("local"));
        child<QLineEdit>(page, "bootstrap")->setText(QStringLiteral("127.0.0.1:1"));
        auto *button = child<QPushButton>(page, "testConnection");
        button->click();
        QVERIFY(!button->isEnabled()); // until the test ends, off this thread
        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 20000);
        auto *results = child<QTreeWidget>(page, "connectionTest");
        QVERIFY(results->topLevelItemCount() >= 2);
        QCOMPARE(results->topLevelItem(0)->text(0), QStringLiteral("127.0.0.1:1"));
        QCOMPARE(results->topLevelItem(1)->text(1), QStringLiteral("TCP connect"));
        QCOMPARE(results->topLevelItem(1)->text(2), QStringLiteral("FAILED"));
        QVERIFY(child<QLabel>(page, "status")->text().contains(QLatin1String("failed")));

        // A form problem stops the test before it starts, and says why.
        child<QComboBox>(page, "securityProtocol")->setCurrentIndex(1); // SSL
        child<QLineEdit>(page, "sslCaLocation")->setText(QStringLiteral("/nonexistent/ca.pem"));
        QSignalSpy requested(&page, &SettingsPage::connectionTestRequested);
        button->click();
        QCOMPARE(requested.size(), 0);
        QVERIFY(child<QLabel>(page, "status")->text().contains(QLatin1String("/nonexistent/ca.pem")));
    }

    /// docs/screenshots/settings-connection.png: TIDEWATCH_SCREENSHOT_DIR=docs/screenshots.
    void screenshot()
    {
        const QString out = qEnvironmentVariable("TIDEWATCH_SCREENSHOT_DIR");
        if (out.isEmpty())
            QSKIP("TIDEWATCH_SCREENSHOT_DIR is not set");
        const QString path = m_dir.filePath(QStringLiteral("shot.ini"));
        const QByteArray ca = "/etc/tidewatch/prod-ca.pem"; // shown, not read
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("[prod]\nbootstrap=\"kafka1.example:9093,kafka2.example:9093\"\n"
                       "flink=https://flink.example:8081\nbroker.metrics=https://{host}:9404/metrics\n"
                       "kafka.security.protocol=SASL_SSL\nkafka.sasl.mechanism=SCRAM-SHA-512\n"
                       "kafka.sasl.username=tidewatch\nkafka.ssl.ca.location=" +
                       ca + "\nkafka.client.id=tidewatch-prod\n[dev]\nbootstrap=localhost:9092\n");
        }
        SettingsPage page(path);
        page.resize(1600, 900);
        page.selectProfile(QStringLiteral("prod"));
        child<QLineEdit>(page, "saslPassword")->setText(QStringLiteral("password"));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTest::qWait(200);
        QVERIFY(page.grab().save(QDir(out).filePath(QStringLiteral("settings-connection.png"))));
    }
};

QTEST_MAIN(TestKafkaConnectionForm)
#include "tst_kafkaconnectionform.moc"
