#include "SettingsPage.h"

#include "EventTopicsEditor.h"
#include "ExporterSettingsBox.h"
#include "NotificationSettings.h"

#include "ProfileStore.h"
#include "SecretStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Tidewatch {

namespace {

const QString ThemeKey = QStringLiteral("appearance/theme");
const QString FlinkPasswordField = QStringLiteral("flink.password");
const QLatin1String KafkaPrefix("kafka.");
constexpr int KeyColumn = 0;
constexpr int ValueColumn = 1;

/// Shows and edits the values of secret properties (ProfileStore::isSecretProperty) masked.
class PropertyValueDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (isSecret(index) && !option->text.isEmpty())
            option->text = QString(option->text.size(), QChar(0x25CF));
    }
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *line = qobject_cast<QLineEdit *>(editor); line && isSecret(index))
            line->setEchoMode(QLineEdit::Password);
        return editor;
    }

private:
    static bool isSecret(const QModelIndex &index)
    {
        return ProfileStore::isSecretProperty(index.siblingAtColumn(KeyColumn).data().toString());
    }
};

QPushButton *makeButton(const QString &text, const QString &tip, QWidget *parent, const char *name)
{
    auto *button = new QPushButton(text, parent);
    button->setToolTip(tip);
    button->setObjectName(QLatin1String(name));
    return button;
}

} // namespace

SettingsPage::SettingsPage(const QString &profilesPath, SecretStore *secrets, QWidget *parent)
    : DashboardPage(parent)
    , m_path(profilesPath)
    , m_secrets(secrets ? secrets : new SecretStore(this))
{
    // Two tabs: the connection profiles, and the notifications (global, in the same file).
    auto *pageTabs = new QTabWidget(this);
    pageTabs->setObjectName(QStringLiteral("pageTabs"));
    (new QVBoxLayout(this))->addWidget(pageTabs);
    auto *connections = new QWidget(pageTabs);
    pageTabs->addTab(connections, tr("Connections"));
    m_notifications = new NotificationSettings(m_path, m_secrets, pageTabs);
    pageTabs->addTab(m_notifications, tr("Notifications"));
    auto *layout = new QHBoxLayout(connections);

    // Left: the profiles.
    auto *left = new QVBoxLayout;
    auto *listTitle = new QLabel(tr("Connection profiles"), this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("profiles"));
    m_list->setToolTip(tr("Profiles in %1").arg(m_path));
    auto *newButton = makeButton(tr("New"), tr("Start a new, empty profile"), this, "new");
    m_delete = makeButton(tr("Delete"), tr("Delete the selected profile and its secrets"), this, "delete");
    m_connect =
        makeButton(tr("Connect"), tr("Monitor the clusters of this profile, beside those already monitored"),
                   this, "connect");
    m_disconnect =
        makeButton(tr("Disconnect"), tr("Stop monitoring the clusters of this profile"), this, "disconnect");
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(newButton);
    listButtons->addWidget(m_delete);
    listButtons->addWidget(m_connect);
    listButtons->addWidget(m_disconnect);
    left->addWidget(listTitle);
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    auto *themeBox = new QGroupBox(tr("Appearance"), this);
    auto *themeForm = new QFormLayout(themeBox);
    m_theme = new QComboBox(themeBox);
    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->setToolTip(tr("Follow the system colours or force a light or dark theme"));
    m_theme->addItem(tr("System"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(storedTheme())));
    themeForm->addRow(tr("Theme:"), m_theme);
    left->addWidget(themeBox);
    left->addWidget(new ExporterSettingsBox(this)); // wired by the application (Dashboard)
    layout->addLayout(left, 1);

    // Right: the selected profile.
    auto *right = new QVBoxLayout;
    auto *form = new QFormLayout;
    const auto line = [this, form](const QString &label, const QString &tip, const QString &placeholder,
                                   const char *name) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(name));
        edit->setToolTip(tip);
        edit->setPlaceholderText(placeholder);
        form->addRow(label, edit);
        return edit;
    };
    m_name = line(tr("Name:"), tr("Unique name of the profile (no '/' or '\\')"), tr("prod"), "name");
    m_bootstrap = line(tr("Kafka bootstrap servers:"), tr("host:port,host:port; empty: no Kafka"),
                       tr("broker1:9092,broker2:9092"), "bootstrap");
    m_brokerMetrics =
        line(tr("Broker metrics:"),
             tr("Prometheus endpoints of the brokers: a template with {host} and {id}, or id=url,id=url"),
             tr("http://{host}:9404/metrics"), "brokerMetrics");
    m_flinkUrl = line(tr("Flink REST URL:"), tr("The Flink REST endpoint; empty: no Flink"),
                      tr("http://flink:8081"), "flinkUrl");
    m_flinkUser = line(tr("Flink user:"), tr("User for HTTP basic authentication to Flink (optional)"),
                       QString(), "flinkUser");
    m_flinkPassword = line(tr("Flink password:"),
                           tr("Password for HTTP basic authentication to Flink: kept in the system "
                              "keychain, never in the profiles file"),
                           QString(), "flinkPassword");
    m_flinkPassword->setEchoMode(QLineEdit::Password);
    m_flinkCaFile = line(tr("Flink CA file:"),
                         tr("PEM file with the CA certificates of an https Flink endpoint (optional)"),
                         tr("/etc/ssl/flink-ca.pem"), "flinkCaFile");
    m_connectUrls = line(tr("Kafka Connect URLs:"),
                         tr("Kafka Connect REST URLs, comma-separated, one per Connect cluster; empty: no "
                            "Connect. user:password@ in a URL for basic authentication"),
                         tr("http://connect:8083"), "connectUrls");
    const auto spin = [this, form](const QString &label, const QString &tip, const char *name) {
        auto *box = new QSpinBox(this);
        box->setObjectName(QLatin1String(name));
        box->setRange(100, 3'600'000);
        box->setSingleStep(500);
        box->setSuffix(tr(" ms"));
        box->setToolTip(tip);
        form->addRow(label, box);
        return box;
    };
    m_pollInterval = spin(tr("Poll interval:"), tr("How often Kafka and Flink are polled"), "pollInterval");
    m_requestTimeout =
        spin(tr("Request timeout:"), tr("Bound on every single request to a cluster"), "requestTimeout");
    right->addLayout(form);

    auto *propertiesTitle = new QLabel(tr("librdkafka properties:"), this);
    m_properties = new QTableWidget(0, 2, this);
    m_properties->setObjectName(QStringLiteral("properties"));
    m_properties->setHorizontalHeaderLabels({tr("Property"), tr("Value")});
    m_properties->horizontalHeader()->setStretchLastSection(true);
    m_properties->verticalHeader()->hide();
    m_properties->setItemDelegateForColumn(ValueColumn, new PropertyValueDelegate(m_properties));
    m_properties->setToolTip(tr("Extra librdkafka properties (security.protocol, sasl.mechanism, ...). "
                                "Secret ones (passwords, secrets, keys) go to the system keychain."));
    auto *addProperty = makeButton(tr("Add property"), tr("Add a librdkafka property"), this, "addProperty");
    auto *removeProperty = makeButton(tr("Remove property"), tr("Remove the selected librdkafka property"),
                                      this, "removeProperty");
    auto *propertyButtons = new QHBoxLayout;
    propertyButtons->addWidget(addProperty);
    propertyButtons->addWidget(removeProperty);
    propertyButtons->addStretch();
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("settingsTabs"));
    auto *propertiesTab = new QWidget(tabs);
    auto *propertiesLayout = new QVBoxLayout(propertiesTab);
    propertiesLayout->addWidget(propertiesTitle);
    propertiesLayout->addWidget(m_properties, 1);
    propertiesLayout->addLayout(propertyButtons);
    tabs->addTab(propertiesTab, tr("Kafka client"));
    m_events = new EventTopicsEditor(tabs);
    m_events->setObjectName(QStringLiteral("eventTopicsEditor"));
    tabs->addTab(m_events, tr("Event topics"));
    right->addWidget(tabs, 1);

    m_keychainWarning = new QLabel(this);
    m_keychainWarning->setObjectName(QStringLiteral("keychainWarning"));
    m_keychainWarning->setWordWrap(true);
    m_keychainWarning->setStyleSheet(QStringLiteral("QLabel { color: #b35900; font-weight: bold; }"));
    m_keychainWarning->hide();
    m_sessionOnly = new QCheckBox(tr("Keep secrets for this session only (in memory, lost on exit)"), this);
    m_sessionOnly->setObjectName(QStringLiteral("sessionOnly"));
    m_sessionOnly->setToolTip(tr("Without a system keychain, secrets are never written to disk: tick this "
                                 "to keep them in memory until Tidewatch exits"));
    m_sessionOnly->hide();
    right->addWidget(m_keychainWarning);
    right->addWidget(m_sessionOnly);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    auto *saveButton =
        makeButton(tr("Save"), tr("Write the profile; secrets go to the system keychain"), this, "save");
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(saveButton);
    right->addLayout(bottom);
    layout->addLayout(right, 2);

    connect(m_list, &QListWidget::currentTextChanged, this, [this](const QString &name) {
        if (!name.isEmpty() && name != m_current)
            selectProfile(name);
    });
    connect(newButton, &QPushButton::clicked, this, &SettingsPage::newProfile);
    connect(m_delete, &QPushButton::clicked, this, &SettingsPage::deleteProfile);
    connect(m_connect, &QPushButton::clicked, this, &SettingsPage::connectProfile);
    connect(m_disconnect, &QPushButton::clicked, this, &SettingsPage::disconnectProfile);
    connect(saveButton, &QPushButton::clicked, this, &SettingsPage::saveProfile);
    connect(addProperty, &QPushButton::clicked, this, [this]() {
        addPropertyRow(QString(), QString());
        m_properties->editItem(m_properties->item(m_properties->rowCount() - 1, KeyColumn));
    });
    connect(removeProperty, &QPushButton::clicked, this, [this]() {
        if (m_properties->currentRow() >= 0)
            m_properties->removeRow(m_properties->currentRow());
    });
    connect(m_theme, &QComboBox::currentIndexChanged, this, [this]() {
        const QString theme = m_theme->currentData().toString();
        QSettings().setValue(ThemeKey, theme);
        Q_EMIT themeChanged(theme);
    });
    connect(m_sessionOnly, &QCheckBox::toggled, this, [this](bool on) { m_secrets->setSessionOnly(on); });
    connect(m_secrets, &SecretStore::availabilityKnown, this, [this]() {
        updateKeychainState();
        readSecrets();
    });
    connect(m_secrets, &SecretStore::secretRead, this, &SettingsPage::onSecretRead);
    connect(m_secrets, &SecretStore::failed, this,
            [this](const QString &, const QString &, const QString &message) { setStatus(message, true); });

    m_sessionOnly->setChecked(m_secrets->sessionOnly());
    newProfile();
    reload();
    updateKeychainState();
    m_secrets->probe();
}

QString SettingsPage::storedTheme()
{
    return QSettings().value(ThemeKey, QStringLiteral("system")).toString();
}

void SettingsPage::reload()
{
    const QString keep = m_current;
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    m_list->addItems(ProfileStore::names(m_path));
    const auto found = m_list->findItems(keep, Qt::MatchExactly);
    if (!keep.isEmpty() && !found.isEmpty())
        m_list->setCurrentItem(found.first());
    else if (!keep.isEmpty())
        newProfile();
    const bool selected = !m_current.isEmpty();
    m_delete->setEnabled(selected);
}

void SettingsPage::selectProfile(const QString &name)
{
    QString error;
    const auto profile = ProfileStore::load(m_path, name, error);
    if (!profile) {
        setStatus(error, true);
        return;
    }
    m_current = name;
    m_loaded = *profile;
    m_loadedSecretKeys = ProfileStore::secretKeys(m_path, name);
    fillForm(*profile, m_loadedSecretKeys);
    {
        const QSignalBlocker blocker(m_list);
        const auto found = m_list->findItems(name, Qt::MatchExactly);
        if (!found.isEmpty())
            m_list->setCurrentItem(found.first());
    }
    m_delete->setEnabled(true);
    setStatus(QString());
    readSecrets();
}

void SettingsPage::newProfile()
{
    m_current.clear();
    m_loaded = ClusterProfile();
    m_loadedSecretKeys.clear();
    fillForm(m_loaded, {});
    const QSignalBlocker blocker(m_list);
    m_list->clearSelection();
    m_list->setCurrentRow(-1);
    m_delete->setEnabled(false);
    m_name->setFocus();
}

void SettingsPage::fillForm(const ClusterProfile &profile, const QStringList &secretKeys)
{
    m_name->setText(profile.name);
    m_bootstrap->setText(profile.bootstrapServers);
    m_brokerMetrics->setText(profile.brokerMetrics);
    m_flinkUrl->setText(profile.flinkRestUrl);
    m_flinkUser->setText(profile.flinkUser);
    m_flinkPassword->setText(profile.flinkPassword);
    m_flinkCaFile->setText(profile.flinkCaFile);
    m_connectUrls->setText(profile.connectUrls.join(QStringLiteral(", ")));
    m_pollInterval->setValue(profile.kafkaPollIntervalMs);
    m_requestTimeout->setValue(profile.requestTimeoutMs);
    m_events->setConfig(profile.business);
    m_properties->setRowCount(0);
    for (const auto &[key, value] : profile.kafkaProperties)
        addPropertyRow(key, value);
    // Secret properties live in the keychain: rows now, values as they are read.
    for (const QString &field : secretKeys) {
        if (field.startsWith(KafkaPrefix) &&
            !m_properties->findItems(field.mid(KafkaPrefix.size()), Qt::MatchExactly).size())
            addPropertyRow(field.mid(KafkaPrefix.size()), QString());
    }
}

void SettingsPage::addPropertyRow(const QString &key, const QString &value)
{
    const int row = m_properties->rowCount();
    m_properties->insertRow(row);
    m_properties->setItem(row, KeyColumn, new QTableWidgetItem(key));
    m_properties->setItem(row, ValueColumn, new QTableWidgetItem(value));
}

void SettingsPage::readSecrets()
{
    if (m_current.isEmpty() || m_secrets->availability() == SecretStore::Availability::Unknown ||
        m_secrets->availability() == SecretStore::Availability::Probing)
        return;
    for (const QString &field : m_loadedSecretKeys)
        m_secrets->read(m_current, field);
}

void SettingsPage::onSecretRead(const QString &profile, const QString &field, const QString &secret)
{
    if (profile != m_current || secret.isEmpty())
        return;
    if (field == FlinkPasswordField) {
        if (m_flinkPassword->text().isEmpty())
            m_flinkPassword->setText(secret);
        return;
    }
    if (!field.startsWith(KafkaPrefix))
        return;
    const QString key = field.mid(KafkaPrefix.size());
    for (int row = 0; row < m_properties->rowCount(); ++row) {
        QTableWidgetItem *keyItem = m_properties->item(row, KeyColumn);
        QTableWidgetItem *valueItem = m_properties->item(row, ValueColumn);
        if (keyItem && valueItem && keyItem->text() == key && valueItem->text().isEmpty())
            valueItem->setText(secret);
    }
}

ClusterProfile SettingsPage::formProfile() const
{
    ClusterProfile profile = m_loaded; // keeps Flink-Kafka links and other fields the form lacks
    profile.name = m_name->text().trimmed();
    profile.bootstrapServers = m_bootstrap->text().trimmed();
    profile.brokerMetrics = m_brokerMetrics->text().trimmed();
    profile.flinkRestUrl = m_flinkUrl->text().trimmed();
    profile.flinkUser = m_flinkUser->text().trimmed();
    profile.flinkPassword = m_flinkPassword->text();
    profile.flinkCaFile = m_flinkCaFile->text().trimmed();
    profile.connectUrls.clear();
    for (const QString &url : m_connectUrls->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!url.trimmed().isEmpty())
            profile.connectUrls.append(url.trimmed());
    }
    profile.kafkaPollIntervalMs = m_pollInterval->value();
    profile.flinkPollIntervalMs = m_pollInterval->value();
    profile.requestTimeoutMs = m_requestTimeout->value();
    profile.business = m_events->config();
    profile.kafkaProperties.clear();
    for (int row = 0; row < m_properties->rowCount(); ++row) {
        const QTableWidgetItem *keyItem = m_properties->item(row, KeyColumn);
        const QTableWidgetItem *valueItem = m_properties->item(row, ValueColumn);
        const QString key = keyItem ? keyItem->text().trimmed() : QString();
        if (!key.isEmpty())
            profile.kafkaProperties.append({key, valueItem ? valueItem->text().trimmed() : QString()});
    }
    return profile;
}

bool SettingsPage::saveProfile()
{
    const ClusterProfile profile = formProfile();
    if (m_current.isEmpty() && ProfileStore::names(m_path).contains(profile.name)) {
        setStatus(tr("A profile named \"%1\" exists already").arg(profile.name), true);
        return false;
    }
    QString error;
    if (!m_events->validate(error) || !ProfileStore::save(m_path, profile, error)) {
        setStatus(error, true);
        return false;
    }
    const QString previous = m_current;
    const QStringList previousSecrets = m_loadedSecretKeys;
    if (!previous.isEmpty() && previous != profile.name) { // renamed: the old entry goes
        if (!ProfileStore::remove(m_path, previous, error)) {
            setStatus(error, true);
            return false;
        }
        Q_EMIT profileDeactivated(previous); // no cluster keeps running under a name nothing has
    }

    QList<QPair<QString, QString>> secrets;
    if (!profile.flinkPassword.isEmpty())
        secrets.append({FlinkPasswordField, profile.flinkPassword});
    for (const auto &[key, value] : profile.kafkaProperties) {
        if (ProfileStore::isSecretProperty(key) && !value.isEmpty())
            secrets.append({KafkaPrefix + key, value});
    }
    QStringList fields;
    for (const auto &secret : secrets)
        fields << secret.first;
    for (const QString &field : previousSecrets) {
        if (previous != profile.name || !fields.contains(field))
            m_secrets->remove(previous, field);
    }

    const bool canKeep = m_secrets->available() || m_secrets->sessionOnly();
    if (canKeep) {
        for (const auto &[field, value] : secrets)
            m_secrets->store(profile.name, field, value);
    }
    m_current.clear();
    reload();
    selectProfile(profile.name);
    if (!secrets.isEmpty() && !canKeep) {
        // Keep the typed secrets in the form so that the user can still choose "session only".
        for (const auto &[field, value] : secrets)
            onSecretRead(profile.name, field, value);
        setStatus(tr("Saved \"%1\" without its %n secret(s): no system keychain is available. Tick "
                     "\"Keep secrets for this session only\" and save again to keep them in memory; they "
                     "are never written in clear.",
                     nullptr, static_cast<int>(secrets.size()))
                      .arg(profile.name),
                  true);
        return true;
    }
    setStatus(m_secrets->available() || secrets.isEmpty()
                  ? tr("Saved \"%1\"").arg(profile.name)
                  : tr("Saved \"%1\"; its secrets are kept for this session only").arg(profile.name));
    return true;
}

bool SettingsPage::deleteProfile()
{
    if (m_current.isEmpty())
        return false;
    const QString name = m_current;
    const QStringList secrets = m_loadedSecretKeys;
    QString error;
    if (!ProfileStore::remove(m_path, name, error)) {
        setStatus(error, true);
        return false;
    }
    for (const QString &field : secrets)
        m_secrets->remove(name, field);
    Q_EMIT profileDeactivated(name);
    newProfile();
    reload();
    setStatus(tr("Deleted \"%1\"").arg(name));
    return true;
}

void SettingsPage::connectProfile()
{
    const ClusterProfile profile = formProfile();
    if (profile.name.isEmpty() || (!profile.hasKafka() && !profile.hasFlink())) {
        setStatus(tr("A profile needs a name and Kafka bootstrap servers or a Flink REST URL"), true);
        return;
    }
    Q_EMIT profileActivated(profile);
}

void SettingsPage::disconnectProfile()
{
    // The saved name: the one the cluster is monitored under, even while the form renames it.
    const QString name = m_current.isEmpty() ? m_name->text().trimmed() : m_current;
    if (!name.isEmpty())
        Q_EMIT profileDeactivated(name);
}

void SettingsPage::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("QLabel { color: #c62828; }") : QString());
}

void SettingsPage::updateKeychainState()
{
    const auto availability = m_secrets->availability();
    const bool unavailable = availability == SecretStore::Availability::Unavailable;
    m_keychainWarning->setVisible(unavailable);
    m_sessionOnly->setVisible(unavailable);
    if (unavailable) {
        m_keychainWarning->setText(
            tr("No system keychain is available (%1). Secrets (Flink password, secret librdkafka "
               "properties) are never written to the profiles file: keep them for this session only, "
               "or start a keychain service (Secret Service, KWallet) and restart Tidewatch.")
                .arg(m_secrets->unavailableReason()));
    }
    m_flinkPassword->setPlaceholderText(unavailable ? tr("not stored: no keychain")
                                        : availability == SecretStore::Availability::Available
                                            ? tr("stored in the system keychain")
                                            : tr("checking the keychain…"));
}

} // namespace Tidewatch
