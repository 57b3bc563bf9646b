#include "ExporterSettingsBox.h"

#include "ExamplePlaceholder.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace Tidewatch {

namespace {

// ExporterConfig's default (the exporter library is not one the widgets link).
const QString DefaultListen = QStringLiteral("127.0.0.1:9464");

} // namespace

ExporterSettingsBox::ExporterSettingsBox(QWidget *parent)
    : QGroupBox(tr("Prometheus exporter"), parent)
{
    setObjectName(QStringLiteral("exporterSettings"));
    auto *form = new QFormLayout(this);
    m_enabled = new QCheckBox(tr("Export metrics while Tidewatch runs"), this);
    m_enabled->setObjectName(QStringLiteral("exporterEnabled"));
    m_enabled->setToolTip(tr("Serve the monitored clusters' metrics and alerts on /metrics for Prometheus"));
    m_listen = new QLineEdit(this);
    m_listen->setObjectName(QStringLiteral("exporterListen"));
    ExamplePlaceholder::setText(m_listen, tr("default: %1").arg(DefaultListen));
    m_listen->setToolTip(tr("Address and port to listen on; 127.0.0.1 keeps it to this machine"));
    auto *apply = new QPushButton(tr("Apply"), this);
    apply->setObjectName(QStringLiteral("exporterApply"));
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("exporterState"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(m_enabled);
    form->addRow(tr("Listen on:"), m_listen);
    form->addRow(apply);
    form->addRow(tr("State:"), m_state);
    connect(apply, &QPushButton::clicked, this, [this] {
        const QString listen = m_listen->text().trimmed();
        Q_EMIT applyRequested(m_enabled->isChecked(), listen.isEmpty() ? DefaultListen : listen);
    });
    setState({}, {});
}

void ExporterSettingsBox::setSetting(bool enabled, const QString &listen)
{
    m_enabled->setChecked(enabled);
    m_listen->setText(listen);
}

void ExporterSettingsBox::setState(const QString &url, const QString &error)
{
    if (!error.isEmpty()) {
        m_state->setText(tr("Error: %1").arg(error));
        m_state->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
        return;
    }
    m_state->setStyleSheet(QString());
    m_state->setText(url.isEmpty() ? tr("Off") : tr("Listening on %1").arg(url));
}

} // namespace Tidewatch
