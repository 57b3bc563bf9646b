#pragma once

#include <QString>

namespace Tidewatch {

/// TLS and authentication options of one HTTP(S) endpoint (Flink REST, broker metrics scrapes).
/// Passwords are secrets: they come from the keychain or the environment, never from a file.
struct HttpAuth
{
    QString user;          ///< HTTP basic authentication; empty user and password: none
    QString password;      ///< secret
    QString caFile;        ///< PEM CA certificate(s) trusted beside the system ones; empty: system only
    QString certFile;      ///< PEM client certificate (mutual TLS); empty: none
    QString keyFile;       ///< PEM private key of certFile; empty: the key is in certFile
    QString keyPassphrase; ///< secret: the passphrase of an encrypted key

    bool hasBasicAuth() const { return !user.isEmpty() || !password.isEmpty(); }

    friend bool operator==(const HttpAuth &, const HttpAuth &) = default;
};

} // namespace Tidewatch
