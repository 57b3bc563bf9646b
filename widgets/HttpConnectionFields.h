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
    /// Problems with the fields (unreadable files, a key without a certificate), each prefixed with
    /// @p what ("Flink", "Broker metrics").
    QStringList problems(const QString &what) const;

private:
    QLineEdit *m_user;
    QLineEdit *m_password;
    ConnectionFileField *m_ca;
    ConnectionFileField *m_cert;
    ConnectionFileField *m_key;
    QLineEdit *m_passphrase;
};

} // namespace Tidewatch
