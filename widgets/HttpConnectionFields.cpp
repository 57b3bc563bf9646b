#include "HttpConnectionFields.h"

#include "ConnectionFileField.h"

#include <QFormLayout>
#include <QLineEdit>

namespace Tidewatch {

HttpConnectionFields::HttpConnectionFields(const QString &prefix, QWidget *parent)
    : QWidget(parent)
{
    auto *form = new QFormLayout(this);
    const auto line = [&](const QString &label, const QString &tip, const QString &name, bool secret) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(prefix + name);
        edit->setToolTip(tip);
        if (secret) {
            edit->setEchoMode(QLineEdit::Password);
            edit->setPlaceholderText(tr("kept in the keychain, never in the profiles file"));
        }
        form->addRow(label, edit);
        return edit;
    };
    const auto file = [&](const QString &label, const QString &tip, const QString &name) {
        auto *field = new ConnectionFileField(prefix + name, label, this);
        field->setToolTip(tip);
        form->addRow(label, field);
        return field;
    };
    m_user =
        line(tr("User:"), tr("HTTP basic authentication user (optional)"), QStringLiteral("User"), false);
    m_password = line(tr("Password:"), tr("HTTP basic authentication password: a secret"),
                      QStringLiteral("Password"), true);
    m_ca = file(tr("CA file:"),
                tr("PEM file with the CA certificate(s) of an https endpoint, trusted beside the "
                   "system ones (optional)"),
                QStringLiteral("CaFile"));
    m_cert = file(tr("Client certificate:"),
                  tr("PEM client certificate, for endpoints that require one (optional)"),
                  QStringLiteral("CertFile"));
    m_key = file(tr("Client key:"),
                 tr("PEM private key of the client certificate; empty: in the certificate's file"),
                 QStringLiteral("KeyFile"));
    m_passphrase = line(tr("Key passphrase:"), tr("Passphrase of an encrypted client key: a secret"),
                        QStringLiteral("KeyPassphrase"), true);
}

HttpAuth HttpConnectionFields::auth() const
{
    return {m_user->text().trimmed(), m_password->text(), m_ca->text(),
            m_cert->text(),           m_key->text(),      m_passphrase->text()};
}

void HttpConnectionFields::setAuth(const HttpAuth &auth)
{
    m_user->setText(auth.user);
    m_password->setText(auth.password);
    m_ca->setText(auth.caFile);
    m_cert->setText(auth.certFile);
    m_key->setText(auth.keyFile);
    m_passphrase->setText(auth.keyPassphrase);
}

void HttpConnectionFields::fillPassword(const QString &password)
{
    if (m_password->text().isEmpty())
        m_password->setText(password);
}

void HttpConnectionFields::fillKeyPassphrase(const QString &passphrase)
{
    if (m_passphrase->text().isEmpty())
        m_passphrase->setText(passphrase);
}

QStringList HttpConnectionFields::problems(Endpoint endpoint) const
{
    struct Labels
    {
        QString ca, cert, key, keyWithoutCert;
    };
    const Labels labels = [endpoint]() -> Labels {
        switch (endpoint) {
        case Endpoint::Flink:
            return {tr("Flink CA file"), tr("Flink client certificate"), tr("Flink client key"),
                    tr("Flink: a client key needs its client certificate")};
        case Endpoint::BrokerMetrics:
            return {tr("Broker metrics CA file"), tr("Broker metrics client certificate"),
                    tr("Broker metrics client key"),
                    tr("Broker metrics: a client key needs its client certificate")};
        case Endpoint::Connect:
            break;
        }
        return {tr("Kafka Connect CA file"), tr("Kafka Connect client certificate"),
                tr("Kafka Connect client key"),
                tr("Kafka Connect: a client key needs its client certificate")};
    }();
    QStringList out;
    for (const auto &[field, label] :
         {std::pair{m_ca, labels.ca}, std::pair{m_cert, labels.cert}, std::pair{m_key, labels.key}}) {
        if (const QString problem = field->problem(label); !problem.isEmpty())
            out << problem;
    }
    if (m_cert->text().isEmpty() && !m_key->text().isEmpty())
        out << labels.keyWithoutCert;
    return out;
}

} // namespace Tidewatch
