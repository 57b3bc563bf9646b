#include "SettingsPage.h"

#include "ConnectionPropertiesTable.h"
#include "ConnectionTestView.h"
#include "EventTopicsEditor.h"
#include "ExamplePlaceholder.h"
#include "ExporterSettingsBox.h"
#include "HttpConnectionFields.h"
#include "KafkaConnectionForm.h"
#include "LanguageChooser.h"
#include "NotificationSettings.h"
#include "PipelineSettingsEditor.h"

#include "ProfileStore.h"
#include "SecretStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <tuple>

namespace Tidewatch {

namespace {

const QString ThemeKey = QStringLiteral("appearance/theme");
const QString TabKey = QStringLiteral("settingsPage/tab");
const QLatin1String KafkaPrefix("kafka.");

QPushButton *namedButton(const QString &text, const QString &tip, QWidget *parent, const char *name)
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
    // Each tab scrolls on its own: the forms' preferred size (1216x764 for the connections) must not
    // become the main window's minimum, which made it larger than a 1280x720 screen.
    const auto scrolled = [pageTabs](QWidget *content) {
        auto *area = new QScrollArea(pageTabs);
        area->setWidgetResizable(true);
        area->setFrameShape(QFrame::NoFrame);
        area->setWidget(content);
        return area;
    };
    auto *connections = new QWidget;
    pageTabs->addTab(scrolled(connections), tr("Connections"));
    m_notifications = new NotificationSettings(m_path, m_secrets);
    pageTabs->addTab(scrolled(m_notifications), tr("Notifications"));
    auto *layout = new QHBoxLayout(connections);

    // Left: the profiles.
    auto *left = new QVBoxLayout;
    auto *listTitle = new QLabel(tr("Connection profiles"), this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("profiles"));
    m_list->setToolTip(tr("Profiles in %1").arg(m_path));
    auto *newButton = namedButton(tr("New"), tr("Start a new, empty profile"), this, "new");
    m_delete = namedButton(tr("Delete"), tr("Delete the selected profile and its secrets"), this, "delete");
    m_connect =
        namedButton(tr("Connect"), tr("Monitor the clusters of this profile, beside those already monitored"),
                    this, "connect");
    m_disconnect =
        namedButton(tr("Disconnect"), tr("Stop monitoring the clusters of this profile"), this, "disconnect");
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
    themeForm->addRow(tr("Language:"), new LanguageChooser(themeBox));
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
        ExamplePlaceholder::set(edit, placeholder);
        form->addRow(label, edit);
        return edit;
    };
    m_name =
        line(tr("Name:"), tr("Unique name of the profile (no '/' or '\\')"), QStringLiteral("prod"), "name");
    m_bootstrap = line(tr("Kafka bootstrap servers:"), tr("host:port,host:port; empty: no Kafka"),
                       QStringLiteral("broker1:9092,broker2:9092"), "bootstrap");
    m_brokerMetrics =
        line(tr("Broker metrics:"),
             tr("Prometheus endpoints of the brokers: a template with {host} and {id}, or id=url,id=url"),
             QStringLiteral("http://{host}:9404/metrics"), "brokerMetrics");
    m_flinkUrl = line(tr("Flink REST URL:"), tr("The Flink REST endpoint; empty: no Flink"),
                      QStringLiteral("http://flink:8081"), "flinkUrl");
    m_connectUrls = line(tr("Kafka Connect URLs:"),
                         tr("Kafka Connect REST URLs, comma-separated, one per Connect cluster; empty: no "
                            "Connect. user:password@ in a URL for basic authentication"),
                         QStringLiteral("http://connect:8083"), "connectUrls");
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

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs = tabs;
    m_kafkaForm = new KafkaConnectionForm(tabs);
    m_kafkaForm->setObjectName(QStringLiteral("kafkaConnectionForm"));
    tabs->addTab(m_kafkaForm, tr("Kafka security"));
    m_properties = new ConnectionPropertiesTable(tabs);
    m_properties->setFormKeyTest(&KafkaConnectionForm::isFormKey);
    tabs->addTab(m_properties, tr("Kafka properties"));
    auto *http = new QWidget(tabs);
    auto *httpLayout = new QHBoxLayout(http);
    for (const auto &[fields, title, prefix] :
         {std::tuple{&m_flinkAuth, tr("Flink REST"), QStringLiteral("flink")},
          std::tuple{&m_metricsAuth, tr("Broker metrics"), QStringLiteral("metrics")},
          std::tuple{&m_connectAuth, tr("Kafka Connect"), QStringLiteral("connect")}}) {
        auto *box = new QGroupBox(title, http);
        *fields = new HttpConnectionFields(prefix, box);
        (new QVBoxLayout(box))->addWidget(*fields);
        httpLayout->addWidget(box, 1, Qt::AlignTop);
    }
    tabs->addTab(http, tr("HTTP TLS and auth"));
    m_events = new EventTopicsEditor(tabs);
    m_events->setObjectName(QStringLiteral("eventTopicsEditor"));
    tabs->addTab(m_events, tr("Event topics"));
    m_pipelines = new PipelineSettingsEditor(tabs);
    m_pipelines->setObjectName(QStringLiteral("pipelineSettings"));
    tabs->addTab(m_pipelines, tr("Pipelines"));
    m_testView = new ConnectionTestView(tabs);
    tabs->addTab(m_testView, tr("Connection test"));
    right->addWidget(tabs, 1);
    // The tab last used is the one shown again (the connection test's tab only while it runs).
    tabs->setCurrentIndex(std::clamp(QSettings().value(TabKey, 0).toInt(), 0, tabs->count() - 1));
    connect(tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) != m_testView)
            QSettings().setValue(TabKey, index);
    });

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
        namedButton(tr("Save"), tr("Write the profile; secrets go to the system keychain"), this, "save");
    m_save = saveButton;
    m_saveAs = namedButton(tr("Save as profile…"), tr("Make the command-line cluster a saved profile"), this,
                           "saveAsProfile");
    m_saveAs->hide();
    m_test = namedButton(tr("Test connection"),
                         tr("Try every connection of the form's profile step by step (in the background)"),
                         this, "testConnection");
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_test);
    bottom->addWidget(saveButton);
    bottom->addWidget(m_saveAs);
    right->addLayout(bottom);
    layout->addLayout(right, 2);

    connect(m_list, &QListWidget::currentTextChanged, this, [this](const QString &name) {
        if (m_list->currentItem() && m_list->currentItem()->data(Qt::UserRole).toBool())
            showCommandLineProfile();
        else if (!name.isEmpty() && name != m_current)
            selectProfile(name);
    });
    connect(m_saveAs, &QPushButton::clicked, this, [this] {
        // The form keeps the values; it becomes a new profile, saved with Save under a name of the user's.
        m_current.clear();
        setFormEditable(true);
        m_name->setFocus();
        m_name->selectAll();
        setStatus(tr("Name the profile and Save it"));
    });
    connect(newButton, &QPushButton::clicked, this, &SettingsPage::newProfile);
    connect(m_delete, &QPushButton::clicked, this, &SettingsPage::deleteProfile);
    connect(m_connect, &QPushButton::clicked, this, &SettingsPage::connectProfile);
    connect(m_disconnect, &QPushButton::clicked, this, &SettingsPage::disconnectProfile);
    connect(saveButton, &QPushButton::clicked, this, &SettingsPage::saveProfile);
    connect(m_properties, &ConnectionPropertiesTable::formKeyEntered, this,
            [this](const QString &key, const QString &value) {
                m_kafkaForm->setFormValue(key, value);
                m_tabs->setCurrentWidget(m_kafkaForm);
                setStatus(tr("%1 is set in the Kafka security tab, not in the property table").arg(key));
            });
    connect(m_test, &QPushButton::clicked, this, &SettingsPage::testConnection);
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
    if (m_list->count() > 0) // opens on the first profile rather than on an empty form
        selectProfile(m_list->item(0)->text());
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
    if (m_commandLine) {
        auto *item = new QListWidgetItem(tr("%1 (command line)").arg(m_commandLine->name));
        item->setData(Qt::UserRole, true);
        item->setToolTip(tr("The cluster given on the command line: monitored, not saved"));
        QFont italic = item->font();
        italic.setItalic(true);
        item->setFont(italic);
        m_list->insertItem(0, item);
    }
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
    setFormEditable(true); // after the command-line cluster's read-only form
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

void SettingsPage::setCommandLineProfile(const ClusterProfile &profile)
{
    m_commandLine = profile;
    reload();
    showCommandLineProfile();
}

void SettingsPage::showCommandLineProfile()
{
    if (!m_commandLine)
        return;
    newProfile();
    fillForm(*m_commandLine, {});
    {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(0);
    }
    setFormEditable(false);
    setStatus(tr("From the command line — not saved. Save as profile… keeps it for the next start."));
}

void SettingsPage::setFormEditable(bool editable)
{
    for (QWidget *field : std::initializer_list<QWidget *>{m_name, m_bootstrap, m_brokerMetrics, m_flinkUrl,
                                                           m_connectUrls, m_pollInterval, m_requestTimeout})
        field->setEnabled(editable);
    m_tabs->setEnabled(editable);
    m_save->setVisible(editable);
    m_saveAs->setVisible(!editable);
}

void SettingsPage::newProfile()
{
    if (m_saveAs)
        setFormEditable(true);
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
    m_flinkAuth->setAuth(profile.flinkAuth());
    m_metricsAuth->setAuth(profile.brokerMetricsAuth);
    m_connectAuth->setAuth(profile.connectAuth);
    m_pipelines->setConfig(profile.pipeline);
    m_connectUrls->setText(profile.connectUrls.join(QStringLiteral(", ")));
    m_pollInterval->setValue(profile.kafkaPollIntervalMs);
    m_requestTimeout->setValue(profile.requestTimeoutMs);
    m_events->setConfig(profile.business);
    QList<QPair<QString, QString>> properties = profile.kafkaProperties;
    m_kafkaForm->takeProperties(properties); // the form's keys go to the form, the rest to the table
    m_properties->setProperties(properties);
    // Secret properties live in the keychain: table rows now (form fields exist), values as they are read.
    for (const QString &field : secretKeys) {
        const QString key = field.mid(KafkaPrefix.size());
        if (field.startsWith(KafkaPrefix) && !KafkaConnectionForm::isFormKey(key))
            m_properties->addPendingSecret(key);
    }
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
    if (field == QLatin1String("flink.password"))
        m_flinkAuth->fillPassword(secret);
    else if (field == QLatin1String("flink.key.password"))
        m_flinkAuth->fillKeyPassphrase(secret);
    else if (field == QLatin1String("broker.metrics.password"))
        m_metricsAuth->fillPassword(secret);
    else if (field == QLatin1String("broker.metrics.key.password"))
        m_metricsAuth->fillKeyPassphrase(secret);
    else if (field == QLatin1String("connect.password"))
        m_connectAuth->fillPassword(secret);
    else if (field == QLatin1String("connect.key.password"))
        m_connectAuth->fillKeyPassphrase(secret);
    else if (field == QLatin1String("postgres.password"))
        m_pipelines->fillPassword(secret);
    else if (field.startsWith(KafkaPrefix) && KafkaConnectionForm::isFormKey(field.mid(KafkaPrefix.size())))
        m_kafkaForm->fillSecret(field.mid(KafkaPrefix.size()), secret);
    else if (field.startsWith(KafkaPrefix))
        m_properties->fillSecret(field.mid(KafkaPrefix.size()), secret);
}

ClusterProfile SettingsPage::formProfile() const
{
    ClusterProfile profile = m_loaded; // keeps Flink-Kafka links and other fields the form lacks
    profile.name = m_name->text().trimmed();
    profile.bootstrapServers = m_bootstrap->text().trimmed();
    profile.brokerMetrics = m_brokerMetrics->text().trimmed();
    profile.flinkRestUrl = m_flinkUrl->text().trimmed();
    profile.setFlinkAuth(m_flinkAuth->auth());
    profile.brokerMetricsAuth = m_metricsAuth->auth();
    profile.connectAuth = m_connectAuth->auth();
    profile.pipeline = m_pipelines->config();
    profile.connectUrls.clear();
    for (const QString &url : m_connectUrls->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!url.trimmed().isEmpty())
            profile.connectUrls.append(url.trimmed());
    }
    profile.kafkaPollIntervalMs = m_pollInterval->value();
    profile.flinkPollIntervalMs = m_pollInterval->value();
    profile.requestTimeoutMs = m_requestTimeout->value();
    profile.business = m_events->config();
    profile.kafkaProperties = m_kafkaForm->properties() + m_properties->properties();
    return profile;
}

QStringList SettingsPage::formProblems() const
{
    QStringList problems = m_kafkaForm->problems();
    problems += m_flinkAuth->problems(HttpConnectionFields::Endpoint::Flink);
    problems += m_metricsAuth->problems(HttpConnectionFields::Endpoint::BrokerMetrics);
    problems += m_connectAuth->problems(HttpConnectionFields::Endpoint::Connect);
    problems += m_pipelines->problems();
    return problems;
}

void SettingsPage::testConnection()
{
    const ClusterProfile profile = formProfile();
    m_testView->clearSteps();
    m_tabs->setCurrentWidget(m_testView);
    if (const QStringList problems = formProblems(); !problems.isEmpty()) {
        setStatus(problems.join(QLatin1Char('\n')), true);
        return;
    }
    if (!profile.hasKafka() && !profile.hasFlink()) {
        setStatus(tr("Nothing to test: give Kafka bootstrap servers or a Flink REST URL"), true);
        return;
    }
    m_test->setEnabled(false);
    setStatus(tr("Testing the connections of \"%1\"…").arg(profile.name));
    Q_EMIT connectionTestRequested(profile);
}

void SettingsPage::addTestStep(const ConnectionTestStep &step)
{
    m_testView->addStep(step);
}

void SettingsPage::connectionTestFinished()
{
    m_test->setEnabled(true);
    const int failed = m_testView->failedCount();
    setStatus(failed == 0
                  ? tr("Connection test: every step passed")
                  : tr("Connection test: %n step(s) failed (see the Connection test tab)", nullptr, failed),
              failed > 0);
}

bool SettingsPage::saveProfile()
{
    const ClusterProfile profile = formProfile();
    if (m_current.isEmpty() && ProfileStore::names(m_path).contains(profile.name)) {
        setStatus(tr("A profile named \"%1\" exists already").arg(profile.name), true);
        return false;
    }
    QString error;
    if (const QStringList problems = formProblems(); !problems.isEmpty()) {
        setStatus(problems.join(QLatin1Char('\n')), true);
        return false;
    }
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

    const QList<QPair<QString, QString>> secrets = ProfileStore::secretFields(profile);
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
    Q_EMIT profileDeleted(name);
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
            tr("No system keychain: %1. Secrets (passwords, key passphrases, client secrets) are never "
               "written to the profiles file, so they are not saved: tick \"Keep secrets for this "
               "session only\" to keep them in memory until Tidewatch exits, or start a Secret Service "
               "or KWallet in a desktop session with D-Bus and restart Tidewatch.")
                .arg(m_secrets->unavailableReason()));
    }
}

} // namespace Tidewatch
