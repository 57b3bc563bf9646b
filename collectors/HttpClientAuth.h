#pragma once

#include "HttpAuth.h"

#include <QByteArray>
#include <QSslConfiguration>
#include <QString>

class QNetworkRequest;

namespace Tidewatch {

/// The TLS configuration (CA, client certificate and key) and the basic-auth header that an
/// HttpAuth asks for, with its files read once. Used by every HTTP client of the collectors.
class HttpClientAuth
{
public:
    /// No options: the system CAs, no client certificate, no authentication.
    HttpClientAuth();
    explicit HttpClientAuth(const HttpAuth &auth);

    /// Why the options cannot be used (a file that is missing or holds no certificate or key, a
    /// wrong passphrase), translated; empty when they can. Requests must not be sent then.
    const QString &error() const { return m_error; }
    /// Sets the TLS configuration and the Authorization header of @p request.
    void apply(QNetworkRequest &request) const;
    const QSslConfiguration &sslConfiguration() const { return m_ssl; }

private:
    QSslConfiguration m_ssl;
    QByteArray m_authorization;
    QString m_error;
};

} // namespace Tidewatch
