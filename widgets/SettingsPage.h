#pragma once

#include "ClusterProfile.h"
#include "ConnectionTestStep.h"
#include "DashboardPage.h"

#include <QStringList>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace Tidewatch {

class ConnectionPropertiesTable;
class ConnectionTestView;
class EventTopicsEditor;
class HttpConnectionFields;
class PipelineSettingsEditor;
class KafkaConnectionForm;
class NotificationSettings;

class SecretStore;

/// Settings: connection profiles of a profiles file (ProfileStore) with their secrets in the system
/// keychain (SecretStore), and the theme. Where no keychain answers, the page says so and keeps
/// secrets only when the user ticks "keep for this session only" (in memory); it never writes them
/// in clear.
class SettingsPage : public DashboardPage
{
    Q_OBJECT
public:
    /// Lists the profiles of @p profilesPath. @p secrets: the keychain to use (the page creates one
    /// if null); the page probes it at once.
    explicit SettingsPage(const QString &profilesPath, SecretStore *secrets = nullptr,
                          QWidget *parent = nullptr);

    QString profilesPath() const { return m_path; }
    /// The selected profile's name; empty for a new, unsaved one.
    QString currentProfile() const { return m_current; }
    /// Re-reads the profile names from the file, keeping the selection when it still exists.
    void reload();
    /// Selects profile @p name and fills the form with it (and its secrets, as they arrive).
    void selectProfile(const QString &name);
    /// The profile as the form shows it (secrets included).
    ClusterProfile formProfile() const;
    /// The Kafka security form (the application tells it whether OIDC is available).
    KafkaConnectionForm *kafkaConnectionForm() const { return m_kafkaForm; }
    /// The Notifications tab.
    NotificationSettings *notificationSettings() const { return m_notifications; }
    /// The cluster given on the command line (--bootstrap, --flink, ... without --profile): listed
    /// first as a read-only profile that is not saved; "Save as profile…" makes it a new one.
    void setCommandLineProfile(const ClusterProfile &profile);
    /// Shows the command-line cluster in the form (read-only).
    void showCommandLineProfile();
    /// The theme in QSettings "appearance/theme": "system", "light" or "dark".
    static QString storedTheme();

public Q_SLOTS:
    /// Clears the form for a new profile.
    void newProfile();
    /// Writes the form: non-secrets to the profiles file, secrets to the keychain (or to memory
    /// when the user chose "session only"). Returns false (and says why) when nothing was written.
    bool saveProfile();
    /// Deletes the selected profile from the file and its secrets from the keychain.
    bool deleteProfile();
    /// Emits profileActivated() with the form's profile.
    void connectProfile();
    /// Emits profileDeactivated() with the form's profile name.
    void disconnectProfile();
    /// Checks the form and emits connectionTestRequested() with its profile (secrets included);
    /// the button stays disabled until connectionTestFinished().
    void testConnection();
    /// Shows one step of the running connection test.
    void addTestStep(const Tidewatch::ConnectionTestStep &step);
    void connectionTestFinished();

Q_SIGNALS:
    /// The user picked a theme: "system", "light" or "dark" (already stored in QSettings).
    void themeChanged(const QString &theme);
    /// The user clicked Connect: monitor this profile (secrets included), beside the clusters
    /// already monitored; a monitored profile of that name restarts with the new settings.
    void profileActivated(const Tidewatch::ClusterProfile &profile);
    /// Stop monitoring the profile of this name: the user clicked Disconnect, or deleted or renamed
    /// the profile.
    void profileDeactivated(const QString &name);
    /// The user deleted the profile of this name (after profileDeactivated()).
    void profileDeleted(const QString &name);
    /// The user clicked Test connection: test this profile off the GUI thread (a ConnectionTester,
    /// wired by the application) and report to addTestStep() and connectionTestFinished().
    void connectionTestRequested(const Tidewatch::ClusterProfile &profile);

private:
    void fillForm(const ClusterProfile &profile, const QStringList &secretKeys);
    void readSecrets();
    void setStatus(const QString &text, bool error = false);
    void updateKeychainState();
    QStringList formProblems() const;
    void onSecretRead(const QString &profile, const QString &field, const QString &secret);

    /// Enables or disables editing of the profile form (the command-line cluster is read-only).
    void setFormEditable(bool editable);

    QString m_path;
    SecretStore *m_secrets;
    std::optional<ClusterProfile> m_commandLine; ///< the cluster of the command line, never saved
    QPushButton *m_saveAs = nullptr;
    QPushButton *m_save = nullptr;
    QString m_current;              ///< the profile the form was loaded from; empty: new
    ClusterProfile m_loaded;        ///< keeps what the form does not show (Flink-Kafka links, ...)
    QStringList m_loadedSecretKeys; ///< secret keys the file listed for m_current

    QListWidget *m_list = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_bootstrap = nullptr;
    QLineEdit *m_brokerMetrics = nullptr;
    QLineEdit *m_flinkUrl = nullptr;
    QLineEdit *m_connectUrls = nullptr;
    QSpinBox *m_pollInterval = nullptr;
    QSpinBox *m_requestTimeout = nullptr;
    QTabWidget *m_tabs = nullptr;
    KafkaConnectionForm *m_kafkaForm = nullptr;
    ConnectionPropertiesTable *m_properties = nullptr;
    HttpConnectionFields *m_flinkAuth = nullptr;
    HttpConnectionFields *m_metricsAuth = nullptr;
    HttpConnectionFields *m_connectAuth = nullptr;
    PipelineSettingsEditor *m_pipelines = nullptr;
    ConnectionTestView *m_testView = nullptr;
    QPushButton *m_test = nullptr;
    EventTopicsEditor *m_events = nullptr;
    QLabel *m_keychainWarning = nullptr;
    QCheckBox *m_sessionOnly = nullptr;
    QLabel *m_status = nullptr;
    QComboBox *m_theme = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_connect = nullptr;
    QPushButton *m_disconnect = nullptr;
    NotificationSettings *m_notifications = nullptr;
};

} // namespace Tidewatch
