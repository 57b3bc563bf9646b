#include "FakeHttpServer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QStandardPaths>
#include <QTcpSocket>

namespace Tidewatch::TestSupport {

FakeHttpServer::FakeHttpServer()
    : m_server(new QTcpServer(this))
{
    if (!m_server->listen(QHostAddress::LocalHost))
        qFatal("FakeHttpServer: cannot listen");
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &FakeHttpServer::onConnection);
}

FakeHttpServer::FakeHttpServer(const QSslConfiguration &tls)
{
    auto *server = new QSslServer(this);
    server->setSslConfiguration(tls);
    m_server = server;
    if (!m_server->listen(QHostAddress::LocalHost))
        qFatal("FakeHttpServer: cannot listen");
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &FakeHttpServer::onConnection);
}

quint16 FakeHttpServer::port() const
{
    return m_server->serverPort();
}

QString FakeHttpServer::url(const QString &path) const
{
    const bool tls = qobject_cast<QSslServer *>(m_server) != nullptr;
    return QStringLiteral("%1://127.0.0.1:%2%3")
        .arg(tls ? QStringLiteral("https") : QStringLiteral("http"))
        .arg(port())
        .arg(path);
}

void FakeHttpServer::onConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { answer(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        if (socket->bytesAvailable() > 0)
            answer(socket);
    }
}

void FakeHttpServer::answer(QTcpSocket *socket)
{
    QByteArray request = socket->property("request").toByteArray() + socket->readAll();
    socket->setProperty("request", request);
    if (!request.contains("\r\n\r\n"))
        return;
    ++m_requests;
    const QList<QByteArray> lines = request.left(request.indexOf("\r\n\r\n")).split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    const QString path = QString::fromLatin1(first.value(1));
    QByteArray authorization;
    for (const QByteArray &line : lines) {
        if (line.toLower().startsWith("authorization:"))
            authorization = line.mid(line.indexOf(':') + 1).trimmed();
    }
    QByteArray status = "200 OK";
    QByteArray body;
    if (!m_authorization.isEmpty() && authorization != m_authorization)
        status = "401 Unauthorized";
    else if (!m_bodies.contains(path))
        status = "404 Not Found";
    else
        body = m_bodies.value(path);
    socket->write("HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nContent-Length: " +
                  QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    socket->disconnectFromHost();
}

bool makeCertificate(const QString &dir, const QString &name, const QString &passphrase)
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty() && qEnvironmentVariableIsSet("CI"))
        qFatal("openssl is not installed (scripts/setup-deps.sh installs it)");
    if (openssl.isEmpty())
        return false;
    const QString key = QDir(dir).filePath(name + QStringLiteral(".key"));
    const QString cert = QDir(dir).filePath(name + QStringLiteral(".crt"));
    const auto run = [&openssl](const QStringList &arguments) {
        QProcess process;
        process.start(openssl, arguments);
        if (!process.waitForFinished(60000) || process.exitCode() != 0)
            qFatal("openssl %s failed: %s", qPrintable(arguments.first()),
                   process.readAllStandardError().constData());
    };
    run({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
         QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
         QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
         QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
         QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-keyout"), key,
         QStringLiteral("-out"), cert});
    if (!passphrase.isEmpty()) {
        run({QStringLiteral("pkey"), QStringLiteral("-in"), key, QStringLiteral("-aes256"),
             QStringLiteral("-passout"), QStringLiteral("pass:") + passphrase, QStringLiteral("-out"),
             QDir(dir).filePath(name + QStringLiteral("-encrypted.key"))});
    }
    return true;
}

QSslConfiguration serverTls(const QString &dir, const QString &name, const QString &clientCa)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    const QList<QSslCertificate> certs =
        QSslCertificate::fromPath(QDir(dir).filePath(name + QStringLiteral(".crt")));
    QFile keyFile(QDir(dir).filePath(name + QStringLiteral(".key")));
    if (certs.isEmpty() || !keyFile.open(QIODevice::ReadOnly))
        qFatal("serverTls: no certificate or key %s in %s", qPrintable(name), qPrintable(dir));
    tls.setLocalCertificate(certs.first());
    tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec));
    if (!clientCa.isEmpty()) {
        tls.setCaCertificates(QSslCertificate::fromPath(clientCa));
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    } else {
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    }
    return tls;
}

} // namespace Tidewatch::TestSupport
