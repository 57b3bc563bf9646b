#pragma once

#include <QHostAddress>
#include <QSslConfiguration>
#include <QString>
#include <QThread>

namespace Tidewatch {

/// A TLS tunnel in front of the exporter's internal loopback listener: accepts TLS 1.2+ connections on
/// the configured address with Qt's QSslServer and pipes the bytes of each, both ways and unchanged, to
/// a plain TCP connection to 127.0.0.1:backendPort (CivetWeb). It speaks no HTTP. Runs on a thread of
/// its own; each direction buffers at most kBufferBytes, then stops reading until its peer drains.
class TlsTunnel
{
public:
    static constexpr qint64 kBufferBytes = 256 * 1024;
    static constexpr int kMaxConnections = 64; ///< tunnelled at once; more are closed at once
    /// Handshakes in progress at once. Qt 6.4's QSslServer stops accepting while this many are
    /// pending, so idle clients delay a scrape by up to kHandshakeTimeoutMs only beyond this many.
    static constexpr int kMaxHandshakes = 256;
    static constexpr int kHandshakeTimeoutMs = 10000;

    TlsTunnel();
    ~TlsTunnel();
    TlsTunnel(const TlsTunnel &) = delete;
    TlsTunnel &operator=(const TlsTunnel &) = delete;

    /// The server side's configuration from PEM files: the certificate (and its chain) from
    /// @p certificateFile, the unencrypted private key from @p keyFile or, when it is empty, from
    /// @p certificateFile too. TLS 1.2 or later; clients are not asked for certificates. Returns
    /// false with a translated @p error naming the file when one cannot be read or holds no
    /// certificate or key.
    static bool loadConfiguration(const QString &certificateFile, const QString &keyFile,
                                  QSslConfiguration &ssl, QString &error);

    /// Listens on @p address:@p port (0: any free port) and tunnels to 127.0.0.1:@p backendPort.
    /// First checks with a handshake on loopback that the private key fits the certificate. Returns
    /// false with a translated @p error (the key does not fit, or the socket's reason, e.g. the
    /// address is in use).
    bool start(const QHostAddress &address, quint16 port, const QSslConfiguration &ssl, quint16 backendPort,
               QString &error);
    /// Stops listening and closes every tunnelled connection.
    void stop();
    /// The port bound; 0 when not listening.
    quint16 port() const { return m_port; }

private:
    QThread m_thread;
    QObject *m_server = nullptr; ///< the QSslServer, living on m_thread
    quint16 m_port = 0;
};

} // namespace Tidewatch
