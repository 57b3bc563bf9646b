#pragma once

#include <QGroupBox>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace Tidewatch {

/// The desktop's Prometheus exporter setting: on/off and the listen address, with the exporter's
/// state (listening on ..., or why not). It only shows and asks; the application starts the exporter
/// and stores the setting.
class ExporterSettingsBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit ExporterSettingsBox(QWidget *parent = nullptr);

    /// Fills the form without asking for anything.
    void setSetting(bool enabled, const QString &listen);
    /// Shows the exporter's state: listening on @p url (http:// or https://...), or @p error, or off
    /// (both empty).
    void setState(const QString &url, const QString &error);

Q_SIGNALS:
    /// The user pressed Apply.
    void applyRequested(bool enabled, const QString &listen);

private:
    QCheckBox *m_enabled = nullptr;
    QLineEdit *m_listen = nullptr;
    QLabel *m_state = nullptr;
};

} // namespace Tidewatch
