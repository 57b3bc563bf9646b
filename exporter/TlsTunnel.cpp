#include "TlsTunnel.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>

namespace Tidewatch {

namespace {

struct TlsTunnelText
{
    Q_DECLARE_TR_FUNCTIONS(TlsTunnel)
};

bool readFile(const QString &path, QByteArray &data, QString &error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = TlsTunnelText::tr("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    data = file.readAll();
    return true;
}

// The first "-----BEGIN ... PRIVATE KEY-----" block of a PEM file (which may hold certificates too).
QByteArray privateKeyBlock(const QByteArray &pem)
{
    qsizetype from = 0;
    while ((from = pem.indexOf("-----BEGIN ", from)) >= 0) {
        const qsizetype eol = pem.indexOf("-----", from + 11);
        if (eol < 0)
            return {};
        const QByteArray label = pem.mid(from + 11, eol - from - 11);
        if (label.endsWith("PRIVATE KEY")) {
            const QByteArray end = "-----END " + label + "-----";
            const qsizetype last = pem.indexOf(end, eol);
            return last < 0 ? QByteArray() : pem.mid(from, last + end.size() - from);
        }
        from = eol;
    }
    return {};
}

qint64 pending(QAbstractSocket *socket)
{
    auto *ssl = qobject_cast<QSslSocket *>(socket);
    return socket->bytesToWrite() + (ssl ? ssl->encryptedBytesToWrite() : 0);
}

/// One tunnelled connection: the client's TLS socket and the plain one to the internal listener.
/// Lives on the tunnel's thread; deletes itself (and both sockets) when both sides are closed.
class Pipe : public QObject
{
public:
    Pipe(QSslSocket *client, quint16 backendPort, QObject *parent)
        : QObject(parent)
        , m_client(client)
        , m_backend(new QTcpSocket(this))
    {
        m_client->setParent(this);
        m_client->setReadBufferSize(TlsTunnel::kBufferBytes);
        m_backend->setReadBufferSize(TlsTunnel::kBufferBytes);
        connect(m_backend, &QTcpSocket::connected, this, [this] {
            m_backendUp = true;
            pump(m_client, m_backend);
        });
        connect(m_client, &QSslSocket::readyRead, this, [this] { pump(m_client, m_backend); });
        connect(m_backend, &QTcpSocket::readyRead, this, [this] { pump(m_backend, m_client); });
        // Back-pressure: a side that stopped reading because its peer's buffer was full resumes
        // when the peer has written some of it.
        connect(m_backend, &QTcpSocket::bytesWritten, this, [this] { pump(m_client, m_backend); });
        connect(m_client, &QSslSocket::encryptedBytesWritten, this, [this] { pump(m_backend, m_client); });
        connect(m_client, &QSslSocket::disconnected, this, [this] { pump(m_client, m_backend); });
        connect(m_backend, &QTcpSocket::disconnected, this, [this] { pump(m_backend, m_client); });
        connect(m_client, &QSslSocket::errorOccurred, this,
                [this](QAbstractSocket::SocketError e) { failed(m_client, e); });
        connect(m_backend, &QTcpSocket::errorOccurred, this,
                [this](QAbstractSocket::SocketError e) { failed(m_backend, e); });
        m_backend->connectToHost(QHostAddress::LocalHost, backendPort);
    }

private:
    void failed(QAbstractSocket *side, QAbstractSocket::SocketError error)
    {
        if (error == QAbstractSocket::RemoteHostClosedError) {
            pump(side, side == m_client ? static_cast<QAbstractSocket *>(m_backend) : m_client);
            return;
        }
        // Anything else (refused, reset, a TLS error mid-stream): drop both sides.
        m_client->abort();
        m_backend->abort();
        deleteLater();
    }

    /// Moves what @p from has read to @p to while @p to has room; once @p from is closed and
    /// drained, closes @p to after it has written what it holds.
    void pump(QAbstractSocket *from, QAbstractSocket *to)
    {
        if (!m_backendUp && to == m_backend && m_backend->state() != QAbstractSocket::UnconnectedState)
            return; // still connecting: the client's bytes wait in its (bounded) read buffer
        if (to->state() != QAbstractSocket::ConnectedState) {
            from->readAll(); // the peer is gone: nothing can take these bytes
        } else {
            while (from->bytesAvailable() > 0) {
                const qint64 room = TlsTunnel::kBufferBytes - pending(to);
                if (room <= 0)
                    break;
                to->write(from->read(qMin(room, from->bytesAvailable())));
            }
        }
        const bool fromClosed = from->state() == QAbstractSocket::UnconnectedState;
        if (fromClosed && from->bytesAvailable() == 0 && to->state() == QAbstractSocket::ConnectedState)
            to->disconnectFromHost(); // writes what is pending first
        if (m_client->state() == QAbstractSocket::UnconnectedState &&
            m_backend->state() == QAbstractSocket::UnconnectedState)
            deleteLater();
    }

    QSslSocket *m_client;
    QTcpSocket *m_backend;
    bool m_backendUp = false;
};

// A handshake with a throw-away server on loopback: the only way Qt offers to find out whether the
// private key belongs to the certificate. Returns the server side's error, empty when it worked.
QString probeHandshake(const QSslConfiguration &ssl)
{
    QSslServer server;
    server.setSslConfiguration(ssl);
    if (!server.listen(QHostAddress::LocalHost, 0))
        return server.errorString();
    QString serverError;
    QSslSocket client;
    client.setPeerVerifyMode(QSslSocket::VerifyNone);
    QEventLoop loop;
    QObject::connect(&server, &QSslServer::errorOccurred, &loop,
                     [&](QSslSocket *socket, QAbstractSocket::SocketError) {
                         serverError = socket->errorString();
                         loop.quit();
                     });
    QObject::connect(&client, &QSslSocket::encrypted, &loop, &QEventLoop::quit);
    QObject::connect(&client, &QSslSocket::errorOccurred, &loop, [&] {
        if (serverError.isEmpty())
            serverError = client.errorString();
        // The server's error, which names the cause, usually follows.
        QTimer::singleShot(200, &loop, &QEventLoop::quit);
    });
    QTimer::singleShot(TlsTunnel::kHandshakeTimeoutMs, &loop, [&] {
        serverError = TlsTunnelText::tr("the test handshake timed out");
        loop.quit();
    });
    client.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.serverPort());
    loop.exec();
    if (client.isEncrypted())
        return {};
    QString reason = serverError.isEmpty() ? client.errorString() : serverError;
    // OpenSSL's reason often ends in an empty detail ("Unable to init SSL Context: ").
    while (reason.endsWith(u' ') || reason.endsWith(u':'))
        reason.chop(1);
    return reason;
}

} // namespace

TlsTunnel::TlsTunnel()
{
    m_thread.setObjectName(QStringLiteral("tidewatch-tls"));
}

TlsTunnel::~TlsTunnel()
{
    stop();
}

bool TlsTunnel::loadConfiguration(const QString &certificateFile, const QString &keyFile,
                                  QSslConfiguration &ssl, QString &error)
{
    if (!QSslSocket::supportsSsl()) {
        error =
            TlsTunnelText::tr("Qt has no TLS backend here (%1)").arg(QSslSocket::sslLibraryVersionString());
        return false;
    }
    QByteArray certificates;
    if (!readFile(certificateFile, certificates, error))
        return false;
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certificates, QSsl::Pem);
    if (chain.isEmpty() || chain.front().isNull()) {
        error = TlsTunnelText::tr("%1 holds no PEM certificate").arg(certificateFile);
        return false;
    }
    const QString keyPath = keyFile.isEmpty() ? certificateFile : keyFile;
    QByteArray keyPem = certificates;
    if (!keyFile.isEmpty() && !readFile(keyFile, keyPem, error))
        return false;
    const QByteArray block = privateKeyBlock(keyPem);
    QSslKey key;
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        if (!block.isEmpty() && key.isNull())
            key = QSslKey(block, algorithm, QSsl::Pem, QSsl::PrivateKey);
    }
    if (key.isNull()) {
        error = TlsTunnelText::tr("%1 holds no unencrypted PEM private key (RSA, EC or DSA)").arg(keyPath);
        return false;
    }
    ssl = QSslConfiguration::defaultConfiguration();
    ssl.setLocalCertificateChain(chain);
    ssl.setPrivateKey(key);
    ssl.setProtocol(QSsl::TlsV1_2OrLater);
    ssl.setPeerVerifyMode(QSslSocket::VerifyNone); // clients authenticate with basic auth, if at all
    return true;
}

bool TlsTunnel::start(const QHostAddress &address, quint16 port, const QSslConfiguration &ssl,
                      quint16 backendPort, QString &error)
{
    stop();
    m_thread.start();
    auto *server = new QSslServer;
    server->moveToThread(&m_thread);
    bool ok = false;
    QMetaObject::invokeMethod(
        server,
        [&, server] {
            // Before listening, on this thread (the probe runs an event loop of its own).
            const QString probe = probeHandshake(ssl);
            if (!probe.isEmpty()) {
                error = TlsTunnelText::tr("the private key does not fit the certificate (%1)").arg(probe);
                return;
            }
            server->setSslConfiguration(ssl);
            server->setHandshakeTimeout(kHandshakeTimeoutMs);
            server->setMaxPendingConnections(kMaxHandshakes);
            // A client that fails its handshake (plain HTTP, TLS 1.1, a timeout) is deleted by
            // QSslServer itself; only encrypted connections reach pendingConnectionAvailable.
            auto connections = std::make_shared<int>(0);
            QObject::connect(
                server, &QSslServer::pendingConnectionAvailable, server, [server, backendPort, connections] {
                    while (auto *socket = qobject_cast<QSslSocket *>(server->nextPendingConnection())) {
                        if (*connections >= kMaxConnections) {
                            socket->abort();
                            socket->deleteLater();
                            continue;
                        }
                        ++*connections;
                        auto *pipe = new Pipe(socket, backendPort, server);
                        QObject::connect(pipe, &QObject::destroyed, server,
                                         [connections] { --*connections; });
                    }
                });
            ok = server->listen(address, port);
            if (!ok)
                error = server->errorString();
            m_port = ok ? server->serverPort() : 0;
        },
        Qt::BlockingQueuedConnection);
    m_server = server;
    if (!ok)
        stop();
    return ok;
}

void TlsTunnel::stop()
{
    if (m_server) {
        // Deleting the server deletes every Pipe and both of its sockets, on their own thread.
        QMetaObject::invokeMethod(
            m_server, [server = m_server] { delete server; }, Qt::BlockingQueuedConnection);
        m_server = nullptr;
    }
    m_port = 0;
    m_thread.quit();
    m_thread.wait();
}

} // namespace Tidewatch
