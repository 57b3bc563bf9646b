#pragma once

#include "DeliveryStatus.h"
#include "NotificationConfig.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace Tidewatch {

class SecretStore;

/// The Settings page's Notifications tab: Alertmanager URLs and webhooks (user, password or bearer
/// token through the SecretStore, CA file, insecure), the resend interval, desktop notifications,
/// sound and their throttle, saved into the profiles file with NotificationProfileKeys (secrets
/// never in it); and the live delivery status of every target (last success, last error, queue,
/// dropped). Applies what it saves by configChanged(), secrets included.
class NotificationSettings : public QWidget
{
    Q_OBJECT
public:
    /// The keychain scope of notification secrets: "<scope>/alertmanager.1.password".
    static QString secretScope();

    NotificationSettings(const QString &profilesPath, SecretStore *secrets, QWidget *parent = nullptr);

    /// Re-reads the profiles file (and the secrets, as they arrive).
    void reload();
    /// The configuration as the form shows it, secrets included.
    NotificationConfig formConfig() const;
    void fillForm(const NotificationConfig &config);
    /// Writes the form; false (and the status says why) when it cannot.
    bool save();

    /// The delivery status of every target (Alertmanagers, then webhooks, as NotificationHub lists them).
    void setDeliveryStatuses(const QList<DeliveryStatus> &statuses);
    void setDeliveryStatus(int index, const DeliveryStatus &status);
    /// Re-renders the ages of the status table against @p now.
    void refreshStatus(const QDateTime &now);
    QTableWidget *alertmanagerTable() const { return m_alertmanagers; }
    QTableWidget *webhookTable() const { return m_webhooks; }
    QTableWidget *statusTable() const { return m_status; }
    QString statusText() const;

Q_SIGNALS:
    /// The user saved: apply this configuration (secrets included).
    void configChanged(const Tidewatch::NotificationConfig &config);

private:
    void addTarget(QTableWidget *table, const NotificationTarget &target);
    QList<NotificationTarget> targets(const QTableWidget *table) const;
    void onSecretRead(const QString &scope, const QString &field, const QString &secret);
    void setMessage(const QString &text, bool error = false);

    QString m_path;
    SecretStore *m_secrets;
    NotificationConfig m_loaded; ///< keeps what the form does not show (source, env names)
    QTableWidget *m_alertmanagers;
    QTableWidget *m_webhooks;
    QSpinBox *m_resend;
    QCheckBox *m_desktop;
    QCheckBox *m_sound;
    QSpinBox *m_storm;
    QSpinBox *m_window;
    QSpinBox *m_gap;
    QTableWidget *m_status;
    QLabel *m_message;
    QList<DeliveryStatus> m_statuses;
};

} // namespace Tidewatch
