#pragma once

#include "HttpAuth.h"

#include <QWidget>

class QLineEdit;

namespace Tidewatch {

class ConnectionFileField;

/// The TLS and basic-auth fields of one HTTP endpoint (Flink REST, broker metrics): user,
/// password, CA file, client certificate, its key and the key's passphrase. Object names are
/// @p prefix + "User", "Password", "CaFile", "CertFile", "KeyFile", "KeyPassphrase".
class HttpConnectionFields : public QWidget
{
    Q_OBJECT
public:
    HttpConnectionFields(const QString &prefix, QWidget *parent = nullptr);

    HttpAuth auth() const;
    void setAuth(const HttpAuth &auth);
    /// Fills a secret read from the keychain, unless the user typed one meanwhile.
    void fillPassword(const QString &password);
    void fillKeyPassphrase(const QString &passphrase);
    /// The endpoint the fields are for: it names the fields in problems() (whole phrases per
    /// endpoint, so that each language can word them).
    enum class Endpoint
    {
        Flink,
        BrokerMetrics,
        Connect,
    };
    /// Problems with the fields (unreadable files, a key without a certificate), each naming the
    /// field of @p endpoint.
    QStringList problems(Endpoint endpoint) const;

private:
    QLineEdit *m_user;
    QLineEdit *m_password;
    ConnectionFileField *m_ca;
    ConnectionFileField *m_cert;
    ConnectionFileField *m_key;
    QLineEdit *m_passphrase;
};

} // namespace Tidewatch
