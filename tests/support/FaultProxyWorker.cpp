#include "FaultProxyWorker.h"

#include <QTimer>

namespace Tidewatch {

namespace {

constexpr int kUpstreamTimeoutMs = 30000;

QByteArray answer(const QByteArray &statusLine, const QList<QByteArray> &headers, const QByteArray &body)
{
    QByteArray out = statusLine + "\r\n";
    for (const QByteArray &h : headers)
        out += h + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n";
    return out + body;
}

/// The body of a chunked transfer, joined.
QByteArray dechunk(const QByteArray &raw)
{
    QByteArray body;
    qsizetype pos = 0;
    while (pos < raw.size()) {
        const qsizetype eol = raw.indexOf("\r\n", pos);
        if (eol < 0)
            break;
        bool ok = false;
        const qsizetype size = raw.mid(pos, eol - pos).split(';').value(0).trimmed().toLongLong(&ok, 16);
        if (!ok || size == 0)
            break;
        body += raw.mid(eol + 2, size);
        pos = eol + 2 + size + 2;
    }
    return body;
}

/// Splits a full HTTP answer into its status line, its headers (without those about framing and the
/// connection, which the proxy sets itself) and its body.
bool split(const QByteArray &response, QByteArray &statusLine, QList<QByteArray> &headers, QByteArray &body)
{
    const qsizetype end = response.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QList<QByteArray> lines = response.left(end).split('\n');
    statusLine = lines.value(0).trimmed();
    bool chunked = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const QByteArray name = line.left(line.indexOf(':')).trimmed().toLower();
        if (name == "transfer-encoding") {
            chunked = line.toLower().contains("chunked");
            continue;
        }
        if (name == "content-length" || name == "connection" || name == "keep-alive")
            continue;
        headers << line;
    }
    body = response.mid(end + 4);
    if (chunked)
        body = dechunk(body);
    return true;
}

/// The request with "Connection: close", so the service's answer ends where its connection does.
QByteArray closingRequest(const QByteArray &request)
{
    const qsizetype end = request.indexOf("\r\n\r\n");
    QList<QByteArray> lines = request.left(end).split('\n');
    QByteArray out;
    for (const QByteArray &raw : lines) {
        const QByteArray line = raw.trimmed();
        const QByteArray name = line.left(line.indexOf(':')).trimmed().toLower();
        if (name == "connection" || name == "keep-alive")
            continue;
        out += line + "\r\n";
    }
    return out + "Connection: close\r\n\r\n";
}

} // namespace

FaultProxyWorker::FaultProxyWorker(quint16 upstreamPort, const std::atomic<FaultProxy::Mode> *mode)
    : m_upstreamPort(upstreamPort)
    , m_mode(mode)
{}

quint16 FaultProxyWorker::listen(quint16 port)
{
    if (!m_server) {
        m_server = new QTcpServer(this);
        connect(m_server, &QTcpServer::newConnection, this, &FaultProxyWorker::accept);
    }
    if (!m_server->isListening() && !m_server->listen(QHostAddress::LocalHost, port))
        return 0;
    return m_server->serverPort();
}

void FaultProxyWorker::closeServer()
{
    if (m_server)
        m_server->close();
}

void FaultProxyWorker::accept()
{
    while (QTcpSocket *client = m_server->nextPendingConnection()) {
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        connect(client, &QTcpSocket::readyRead, this, [this, client] { serve(client); });
    }
}

void FaultProxyWorker::serve(QTcpSocket *client)
{
    QByteArray request = client->property("request").toByteArray() + client->readAll();
    client->setProperty("request", request);
    if (!request.contains("\r\n\r\n") || client->property("served").toBool())
        return;
    client->setProperty("served", true);
    ++requests;
    const FaultProxy::Mode mode = m_mode->load();
    if (mode == FaultProxy::Mode::Error500) {
        client->write(answer("HTTP/1.1 500 Internal Server Error", {"Content-Type: application/json"},
                             R"({"errors":["Internal server error (injected by the test's proxy)."]})"));
        client->disconnectFromHost();
        return;
    }
    forward(client, request, mode);
}

void FaultProxyWorker::forward(QPointer<QTcpSocket> client, const QByteArray &request, FaultProxy::Mode mode)
{
    auto *upstream = new QTcpSocket(this);
    auto *timeout = new QTimer(upstream);
    timeout->setSingleShot(true);
    const int delayMs = m_delayMs;
    connect(upstream, &QTcpSocket::connected, upstream,
            [upstream, request] { upstream->write(closingRequest(request)); });
    connect(upstream, &QTcpSocket::readyRead, upstream, [upstream] {
        const QByteArray response = upstream->property("response").toByteArray() + upstream->readAll();
        upstream->setProperty("response", response);
    });
    const auto finish = [this, upstream, client, mode, delayMs] {
        if (upstream->property("done").toBool())
            return;
        upstream->setProperty("done", true);
        const QByteArray response = upstream->property("response").toByteArray() + upstream->readAll();
        upstream->deleteLater();
        QByteArray statusLine, body;
        QList<QByteArray> headers;
        QByteArray out;
        if (split(response, statusLine, headers, body)) {
            if (mode == FaultProxy::Mode::Truncate)
                body = body.left(body.size() / 2);
            out = answer(statusLine, headers, body);
        } else {
            out = answer("HTTP/1.1 502 Bad Gateway", {}, "upstream did not answer");
        }
        const auto send = [client, out] {
            if (client) {
                client->write(out);
                client->disconnectFromHost();
            }
        };
        if (mode == FaultProxy::Mode::Delay && delayMs > 0)
            QTimer::singleShot(delayMs, this, send);
        else
            send();
    };
    connect(upstream, &QTcpSocket::disconnected, this, finish);
    connect(upstream, &QTcpSocket::errorOccurred, this, finish);
    connect(timeout, &QTimer::timeout, this, finish);
    timeout->start(kUpstreamTimeoutMs);
    upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
}

} // namespace Tidewatch
