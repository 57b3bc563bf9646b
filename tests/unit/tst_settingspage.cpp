#include "ProfileStore.h"
#include "SecretStore.h"
#include "SettingsPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Tidewatch;

namespace {

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

template<typename T>
T *child(const QWidget &page, const char *name)
{
    T *widget = page.findChild<T *>(QLatin1String(name));
    if (!widget)
        qFatal("no child %s", name);
    return widget;
}

} // namespace

class TestSettingsPage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;

    // A page whose keychain probe has answered (within 1 s: no keychain service here).
    std::unique_ptr<SettingsPage> makePage()
    {
        auto *store = new SecretStore(nullptr, 1000);
        auto page = std::make_unique<SettingsPage>(m_path, store);
        store->setParent(page.get());
        [&]() {
            QTRY_VERIFY_WITH_TIMEOUT(store->availability() == SecretStore::Availability::Available ||
                                         store->availability() == SecretStore::Availability::Unavailable,
                                     3000);
        }();
        if (!store->available())
            qInfo("keychain unavailable: %s", qPrintable(store->unavailableReason()));
        return page;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TidewatchTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_settingspage"));
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("profiles.ini"));
        QFile::remove(m_path);
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[prod]\nbootstrap=\"broker1:9092,broker2:9092\"\nflink=http://flink:8081\n"
                   "kafka.security.protocol=SASL_SSL\n"
                   "[dev]\nbootstrap=localhost:9092\npoll.interval.ms=1000\n");
    }

    void listsProfiles()
    {
        const auto page = makePage();
        auto *list = child<QListWidget>(*page, "profiles");
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->item(0)->text(), QStringLiteral("dev"));
        QCOMPARE(list->item(1)->text(), QStringLiteral("prod"));
        list->setCurrentRow(1);
        QCOMPARE(page->currentProfile(), QStringLiteral("prod"));
        QCOMPARE(child<QLineEdit>(*page, "bootstrap")->text(), QStringLiteral("broker1:9092,broker2:9092"));
        QCOMPARE(child<QLineEdit>(*page, "flinkUrl")->text(), QStringLiteral("http://flink:8081"));
        // security.protocol is the Kafka security form's, not the raw table's.
        QCOMPARE(child<QComboBox>(*page, "securityProtocol")->currentData().toString(),
                 QStringLiteral("SASL_SSL"));
        QCOMPARE(child<QTableWidget>(*page, "properties")->rowCount(), 0);
    }

    /// A cluster given on the command line is listed first, read-only and marked as not saved;
    /// "Save as profile…" turns the form into a new profile that Save writes.
    void commandLineClusterIsShownAsAProfile()
    {
        const auto page = makePage();
        ClusterProfile cli;
        cli.name = QStringLiteral("local");
        cli.bootstrapServers = QStringLiteral("127.0.0.1:19092");
        cli.flinkRestUrl = QStringLiteral("http://127.0.0.1:18081");
        page->setCommandLineProfile(cli);
        auto *list = child<QListWidget>(*page, "profiles");
        QCOMPARE(list->count(), 3);
        QCOMPARE(list->item(0)->text(), QStringLiteral("local (command line)"));
        QCOMPARE(list->currentRow(), 0);
        auto *bootstrap = child<QLineEdit>(*page, "bootstrap");
        QCOMPARE(bootstrap->text(), QStringLiteral("127.0.0.1:19092"));
        QCOMPARE(child<QLineEdit>(*page, "flinkUrl")->text(), QStringLiteral("http://127.0.0.1:18081"));
        QVERIFY(!bootstrap->isEnabled());
        QVERIFY(!child<QLineEdit>(*page, "name")->isEnabled());
        auto *save = child<QPushButton>(*page, "save");
        auto *saveAs = child<QPushButton>(*page, "saveAsProfile");
        QVERIFY(!save->isVisibleTo(page.get()));
        QVERIFY(saveAs->isVisibleTo(page.get()));
        QVERIFY2(child<QLabel>(*page, "status")->text().contains(QStringLiteral("not saved")),
                 qPrintable(child<QLabel>(*page, "status")->text()));

        // Another profile and back: the command-line one is still there, still read-only.
        list->setCurrentRow(2);
        QCOMPARE(page->currentProfile(), QStringLiteral("prod"));
        QVERIFY(bootstrap->isEnabled());
        list->setCurrentRow(0);
        QCOMPARE(bootstrap->text(), QStringLiteral("127.0.0.1:19092"));
        QVERIFY(!bootstrap->isEnabled());

        saveAs->click();
        QVERIFY(bootstrap->isEnabled());
        QVERIFY(save->isVisibleTo(page.get()));
        QCOMPARE(page->currentProfile(), QString());
        child<QLineEdit>(*page, "name")->setText(QStringLiteral("stack"));
        QVERIFY(page->saveProfile());
        QString error;
        const auto saved = ProfileStore::load(m_path, QStringLiteral("stack"), error);
        QVERIFY2(saved, qPrintable(error));
        QCOMPARE(saved->bootstrapServers, QStringLiteral("127.0.0.1:19092"));
        QCOMPARE(list->item(0)->text(), QStringLiteral("local (command line)"));
        QVERIFY(!list->findItems(QStringLiteral("stack"), Qt::MatchExactly).isEmpty());
    }

    /// Fields whose example looks like a value say "e.g." and are italic while empty.
    void placeholdersReadAsExamples()
    {
        const auto page = makePage();
        page->newProfile();
        for (const char *name : {"name", "bootstrap", "brokerMetrics", "flinkUrl", "connectUrls"}) {
            auto *edit = child<QLineEdit>(*page, name);
            QVERIFY2(edit->placeholderText().startsWith(QStringLiteral("e.g. ")), name);
            QVERIFY2(edit->text().isEmpty() && edit->font().italic(), name);
            edit->setText(QStringLiteral("x"));
            QVERIFY2(!edit->font().italic(), name);
            edit->clear();
            QVERIFY2(edit->font().italic(), name);
        }
        QCOMPARE(child<QLineEdit>(*page, "bootstrap")->placeholderText(),
                 QStringLiteral("e.g. broker1:9092,broker2:9092"));
        QVERIFY(child<QLineEdit>(*page, "exporterListen")
                    ->placeholderText()
                    .startsWith(QStringLiteral("default: ")));
    }

    void keychainExplanation_data()
    {
        QTest::addColumn<int>("error"); // QKeychain::Error
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("bus");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no D-Bus session")
            << 5 /* NoBackendAvailable */ << QStringLiteral("Unknown error") << QString()
            << QStringLiteral("there is no D-Bus session (DBUS_SESSION_BUS_ADDRESS is not set), so no Secret "
                              "Service or KWallet can be reached");
        QTest::newRow("nothing on the bus")
            << 7 /* OtherError */ << QStringLiteral("Unknown error")
            << QStringLiteral("unix:path=/run/user/1000/bus")
            << QStringLiteral(
                   "no Secret Service (GNOME Keyring, KeePassXC, ...) or KWallet answered on the D-Bus "
                   "session bus at unix:path=/run/user/1000/bus");
        QTest::newRow("the backend says more")
            << 7 /* OtherError */ << QStringLiteral("The name org.freedesktop.secrets was not provided")
            << QStringLiteral("unix:path=/run/user/1000/bus")
            << QStringLiteral(
                   "no Secret Service (GNOME Keyring, KeePassXC, ...) or KWallet answered on the D-Bus "
                   "session bus at unix:path=/run/user/1000/bus (the keychain said: The name "
                   "org.freedesktop.secrets was not provided)");
        QTest::newRow("locked")
            << 4 /* AccessDenied */ << QString() << QStringLiteral("unix:path=/x")
            << QStringLiteral("the keychain refused access (it is locked, or the request was denied)");
    }
    void keychainExplanation()
    {
        QFETCH(int, error);
        QFETCH(QString, backend);
        QFETCH(QString, bus);
        QFETCH(QString, expected);
        QCOMPARE(SecretStore::unavailableExplanation(error, backend, bus), expected);
    }

    /// The page's warning gives the reason and what the program then does with secrets.
    void noKeychainSaysWhyAndWhatHappens()
    {
        const auto page = makePage();
        const QString text = child<QLabel>(*page, "keychainWarning")->text();
        QVERIFY2(!text.contains(QStringLiteral("Unknown error")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("D-Bus")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("never written to the profiles file")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Keep secrets for this session only")), qPrintable(text));
    }

    void noKeychainWarnsAndNeverWritesSecrets()
    {
        const auto page = makePage();
        auto *warning = child<QLabel>(*page, "keychainWarning");
        auto *sessionOnly = child<QCheckBox>(*page, "sessionOnly");
        // This machine (like CI) runs no keychain service: the page says so and asks.
        QVERIFY(warning->isVisibleTo(page.get()));
        QVERIFY(sessionOnly->isVisibleTo(page.get()));
        QVERIFY(!sessionOnly->isChecked());
        QVERIFY(warning->text().contains(QStringLiteral("keychain")));

        page->selectProfile(QStringLiteral("dev"));
        child<QLineEdit>(*page, "bootstrap")->setText(QStringLiteral("devhost:9093"));
        child<QLineEdit>(*page, "flinkPassword")->setText(QStringLiteral("flink-S3CR3T"));
        auto *properties = child<QTableWidget>(*page, "properties");
        properties->insertRow(0);
        // A secret property of the raw table (the form's secrets: tst_kafkaconnectionform).
        properties->setItem(0, 0, new QTableWidgetItem(QStringLiteral("sasl.oauthbearer.config")));
        properties->setItem(0, 1, new QTableWidgetItem(QStringLiteral("kafka-S3CR3T")));
        QVERIFY(page->saveProfile());

        const QByteArray bytes = bytesOf(m_path);
        QVERIFY(bytes.contains("devhost:9093"));
        QVERIFY2(!bytes.contains("S3CR3T"), bytes.constData());
        QVERIFY(child<QLabel>(*page, "status")->text().contains(QStringLiteral("keychain")));
        // The typed secrets stay in the form for this session's "Connect", and nowhere else.
        QCOMPARE(child<QLineEdit>(*page, "flinkPassword")->text(), QStringLiteral("flink-S3CR3T"));
        QSignalSpy activated(page.get(), &SettingsPage::profileActivated);
        page->connectProfile();
        QCOMPARE(activated.size(), 1);
        const auto profile = activated.first().first().value<ClusterProfile>();
        QCOMPARE(profile.bootstrapServers, QStringLiteral("devhost:9093"));
        QCOMPARE(profile.flinkPassword, QStringLiteral("flink-S3CR3T"));
        QVERIFY(profile.kafkaProperties.contains(QPair<QString, QString>(
            QStringLiteral("sasl.oauthbearer.config"), QStringLiteral("kafka-S3CR3T"))));
        // Disconnect stops monitoring the profile of the form's name (the others keep going).
        QSignalSpy deactivated(page.get(), &SettingsPage::profileDeactivated);
        child<QPushButton>(*page, "disconnect")->click();
        QCOMPARE(deactivated.size(), 1);
        QCOMPARE(deactivated.first().first().toString(), profile.name);
    }

    void sessionOnlyKeepsSecretsInMemory()
    {
        const auto page = makePage();
        child<QCheckBox>(*page, "sessionOnly")->setChecked(true);
        page->selectProfile(QStringLiteral("prod"));
        child<QLineEdit>(*page, "flinkPassword")->setText(QStringLiteral("flink-S3CR3T"));
        QVERIFY(page->saveProfile());
        QVERIFY(!bytesOf(m_path).contains("S3CR3T"));
        QVERIFY(child<QLabel>(*page, "status")->text().contains(QStringLiteral("session")));

        page->selectProfile(QStringLiteral("dev"));
        QVERIFY(child<QLineEdit>(*page, "flinkPassword")->text().isEmpty());
        page->selectProfile(QStringLiteral("prod"));
        QTRY_COMPARE_WITH_TIMEOUT(child<QLineEdit>(*page, "flinkPassword")->text(),
                                  QStringLiteral("flink-S3CR3T"), 1000);
    }

    void newSaveAndDelete()
    {
        const auto page = makePage();
        auto *list = child<QListWidget>(*page, "profiles");
        page->newProfile();
        child<QLineEdit>(*page, "name")->setText(QStringLiteral("staging"));
        child<QLineEdit>(*page, "bootstrap")->setText(QStringLiteral("staging:9092"));
        QVERIFY(page->saveProfile());
        QCOMPARE(list->count(), 3);
        QCOMPARE(page->currentProfile(), QStringLiteral("staging"));
        QString error;
        const auto saved = ProfileStore::load(m_path, QStringLiteral("staging"), error);
        QVERIFY2(saved, qPrintable(error));
        QCOMPARE(saved->bootstrapServers, QStringLiteral("staging:9092"));

        // A second new profile with a taken name is refused.
        page->newProfile();
        child<QLineEdit>(*page, "name")->setText(QStringLiteral("dev"));
        QVERIFY(!page->saveProfile());

        page->selectProfile(QStringLiteral("staging"));
        QVERIFY(page->deleteProfile());
        QCOMPARE(list->count(), 2);
        QVERIFY(!ProfileStore::names(m_path).contains(QStringLiteral("staging")));
        QVERIFY(page->currentProfile().isEmpty());
    }

    void eventTopicsAndMappingEdited()
    {
        const auto page = makePage();
        page->selectProfile(QStringLiteral("prod"));
        auto *topics = child<QTableWidget>(*page, "eventTopics");
        QCOMPARE(topics->rowCount(), 0);
        child<QPushButton>(*page, "stackDefaults")->click();
        QCOMPARE(topics->rowCount(), 3);
        QCOMPARE(topics->item(2, 0)->text(), QStringLiteral("orders-cdc"));
        topics->setCurrentCell(0, 0);
        auto *mapping = child<QTableWidget>(*page, "fieldMapping");
        QCOMPARE(mapping->item(1, 0)->text(), QStringLiteral("order_id"));
        QCOMPARE(mapping->item(1, 1)->text(), QStringLiteral("/order_id"));
        mapping->item(1, 1)->setText(QStringLiteral("/order/id"));
        // Another format resets the mapping of that topic to its defaults.
        topics->setCurrentCell(1, 0);
        child<QComboBox>(*page, "format1")->setCurrentIndex(1); // Debezium
        QCOMPARE(mapping->item(9, 0)->text(), QStringLiteral("hub.code"));
        QCOMPARE(mapping->item(9, 1)->text(), QString()); // the default Debezium row mapping has no hub
        child<QSpinBox>(*page, "startMinutes")->setValue(5);
        QVERIFY(page->saveProfile());
        QString error;
        const auto saved = ProfileStore::load(m_path, QStringLiteral("prod"), error);
        QVERIFY2(saved, qPrintable(error));
        QCOMPARE(saved->business.topics.size(), 3);
        QCOMPARE(saved->business.topics.at(0).fields.orderId, QStringLiteral("/order/id"));
        QCOMPARE(saved->business.topics.at(1).format, EventFormat::Debezium);
        QCOMPARE(saved->business.topics.at(1).kind, EventKind::Shipment);
        QCOMPARE(saved->business.startMinutes, 5);

        // A pointer without its leading slash is refused, naming the topic and the field.
        topics->setCurrentCell(0, 0);
        mapping->item(4, 1)->setText(QStringLiteral("amount"));
        QVERIFY(!page->saveProfile());
        const QString status = child<QLabel>(*page, "status")->text();
        QVERIFY2(status.contains(QStringLiteral("orders")) && status.contains(QStringLiteral("amount")),
                 qPrintable(status));
    }

    /// The Kafka Connect workers with their basic auth, and the Pipelines tab: the database, Debezium's
    /// metrics and the user's pipelines are saved as profile keys; the passwords never reach the file;
    /// a pipeline line that does not parse is refused, naming its line.
    void connectAndPipelinesEdited()
    {
        const auto page = makePage();
        page->selectProfile(QStringLiteral("prod"));
        child<QLineEdit>(*page, "connectUrls")
            ->setText(QStringLiteral("http://connect:8083, https://c2:8083"));
        child<QLineEdit>(*page, "connectUser")->setText(QStringLiteral("connect-reader"));
        child<QLineEdit>(*page, "connectPassword")->setText(QStringLiteral("connect-secret-1"));
        child<QLineEdit>(*page, "postgresConnection")
            ->setText(QStringLiteral("host=db port=5432 dbname=shop"));
        child<QLineEdit>(*page, "postgresPassword")->setText(QStringLiteral("pg-secret-2"));
        child<QLineEdit>(*page, "debeziumMetrics")->setText(QStringLiteral("http://connect:9404/metrics"));
        child<QCheckBox>(*page, "autoPipelines")->setChecked(false);
        auto *definitions = child<QPlainTextEdit>(*page, "pipelineDefinitions");
        definitions->setPlainText(
            QStringLiteral("orders: database:orders_slot > connector:orders-cdc > topic:orders-cdc\n\n"));
        QVERIFY(page->saveProfile());
        QString error;
        const auto saved = ProfileStore::load(m_path, QStringLiteral("prod"), error);
        QVERIFY2(saved, qPrintable(error));
        QCOMPARE(saved->connectUrls,
                 (QStringList{QStringLiteral("http://connect:8083"), QStringLiteral("https://c2:8083")}));
        QCOMPARE(saved->connectAuth.user, QStringLiteral("connect-reader"));
        QCOMPARE(saved->pipeline.postgres, QStringLiteral("host=db port=5432 dbname=shop"));
        QCOMPARE(saved->pipeline.debeziumMetrics, QStringLiteral("http://connect:9404/metrics"));
        QCOMPARE(saved->pipeline.autoPipelines, false);
        QCOMPARE(saved->pipeline.definitions.size(), 1);
        QCOMPARE(pipelineDefinitionText(saved->pipeline.definitions.first()),
                 QStringLiteral("orders: database:orders_slot > connector:orders-cdc > topic:orders-cdc"));
        const QByteArray file = bytesOf(m_path);
        QVERIFY(!file.contains("connect-secret-1"));
        QVERIFY(!file.contains("pg-secret-2"));

        definitions->setPlainText(QStringLiteral("orders: topic:orders > group:g\n\nbroken: nosuchkind:x"));
        QVERIFY(!page->saveProfile());
        const QString status = child<QLabel>(*page, "status")->text();
        QVERIFY2(status.contains(QStringLiteral("line 3")) && status.contains(QStringLiteral("nosuchkind:x")),
                 qPrintable(status));
    }

    void renameMovesTheProfile()
    {
        const auto page = makePage();
        page->selectProfile(QStringLiteral("dev"));
        child<QLineEdit>(*page, "name")->setText(QStringLiteral("development"));
        QVERIFY(page->saveProfile());
        QCOMPARE(ProfileStore::names(m_path),
                 QStringList({QStringLiteral("development"), QStringLiteral("prod")}));
    }

    void themeStoredAndSignalled()
    {
        const auto page = makePage();
        QSignalSpy changed(page.get(), &SettingsPage::themeChanged);
        auto *theme = child<QComboBox>(*page, "theme");
        theme->setCurrentIndex(theme->findData(QStringLiteral("dark")));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toString(), QStringLiteral("dark"));
        QCOMPARE(QSettings().value(QStringLiteral("appearance/theme")).toString(), QStringLiteral("dark"));
        QCOMPARE(SettingsPage::storedTheme(), QStringLiteral("dark"));
        QSettings().remove(QStringLiteral("appearance/theme"));
    }
};

int main(int argc, char *argv[])
{
    // Deterministic "no keychain service", as on CI, even on a desktop that runs one.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/tidewatch-test-bus");
    QApplication app(argc, argv);
    TestSettingsPage test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_settingspage.moc"
