#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QSslConfiguration>
#include <QString>

class QTcpServer;
class QTcpSocket;

namespace Tidewatch::TestSupport {

/// A small HTTP or HTTPS server on 127.0.0.1 for fault injection: answers GETs by path, can require
/// HTTP basic auth and (HTTPS) a client certificate.
class FakeHttpServer : public QObject
{
    Q_OBJECT
public:
    /// Plain HTTP.
    FakeHttpServer();
    /// HTTPS with @p tls (its local certificate and key; peer verification as set in it).
    explicit FakeHttpServer(const QSslConfiguration &tls);

    quint16 port() const;
    QString url(const QString &path = QString()) const;
    /// Answers GET @p path with 200 and @p body; other paths get 404.
    void setBody(const QString &path, const QByteArray &body) { m_bodies.insert(path, body); }
    /// Requires this Authorization header (e.g. "Basic ..."); others get 401.
    void requireAuthorization(const QByteArray &header) { m_authorization = header; }
    int requestCount() const { return m_requests; }

private:
    void onConnection();
    void answer(QTcpSocket *socket);

    QTcpServer *m_server;
    QHash<QString, QByteArray> m_bodies;
    QByteArray m_authorization;
    int m_requests = 0;
};

/// Certificates made with openssl in @p dir: "<name>.crt" (self-signed, CN and SAN 127.0.0.1),
/// "<name>.key" (unencrypted) and, with a @p passphrase, "<name>-encrypted.key". Returns false
/// when openssl is missing (fatal under CI=1).
bool makeCertificate(const QString &dir, const QString &name, const QString &passphrase = QString());

/// The TLS configuration of a server with certificate "<name>.crt" and key "<name>.key" of @p dir;
/// with @p clientCa not empty, it requires a client certificate signed by (or equal to) that file.
QSslConfiguration serverTls(const QString &dir, const QString &name, const QString &clientCa = QString());

} // namespace Tidewatch::TestSupport
