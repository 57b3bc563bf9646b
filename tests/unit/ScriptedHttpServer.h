#pragma once

// A raw HTTP/1.1 server on 127.0.0.1 for fault injection: each route either answers with a fixed
// response or takes the socket and misbehaves (redirects, endless or trickling bodies, lying
// Content-Length). One request per connection. Header-only; tests only.

#include <QHash>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <functional>

class ScriptedHttpServer : public QObject
{
public:
    struct Request
    {
        QByteArray target;        ///< as written in the request line, e.g. "/jobs/x?get=a"
        QByteArray authorization; ///< the Authorization header, empty when none
    };
    /// Takes over the socket for one request (write, then disconnect when done).
    using Behaviour = std::function<void(QTcpSocket *socket, const Request &request)>;

    ScriptedHttpServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { serve(socket); });
            }
        });
        if (!m_server.listen(QHostAddress::LocalHost))
            qFatal("cannot listen");
    }

    QByteArray origin() const { return "http://127.0.0.1:" + QByteArray::number(m_server.serverPort()); }
    QString url(const QString &path = QString()) const { return QString::fromLatin1(origin()) + path; }

    /// Routes by path without the query; a path not routed gets 404.
    void on(const QByteArray &path, Behaviour behaviour) { m_routes.insert(path, std::move(behaviour)); }
    void json(const QByteArray &path, const QByteArray &body)
    {
        on(path, [body](QTcpSocket *socket, const Request &) { answer(socket, 200, body); });
    }

    /// Answers @p body after @p delayMs.
    void later(const QByteArray &path, const QByteArray &body, int delayMs)
    {
        on(path, [body, delayMs](QTcpSocket *socket, const Request &) {
            QTimer::singleShot(delayMs, socket, [socket, body] { answer(socket, 200, body); });
        });
    }

    static void answer(QTcpSocket *socket, int status, const QByteArray &body, const QByteArray &headers = {})
    {
        socket->write(
            "HTTP/1.1 " + QByteArray::number(status) +
            " X\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
            "\r\nConnection: close\r\n" + headers + "\r\n" + body);
        socket->disconnectFromHost();
    }

    /// Writes @p chunk again and again while the client reads, up to @p capBytes (so a client that never
    /// stops reading cannot keep the test running); no Content-Length, so the body ends only at close.
    /// The bytes written go to @p written.
    static void endless(QTcpSocket *socket, qint64 capBytes, qint64 *written)
    {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\n");
        const QByteArray chunk(64 * 1024, 'x');
        auto more = [socket, chunk, capBytes, written] {
            if (socket->state() != QAbstractSocket::ConnectedState || socket->bytesToWrite() > 0)
                return;
            if (*written >= capBytes) {
                socket->disconnectFromHost();
                return;
            }
            *written += socket->write(chunk);
        };
        QObject::connect(socket, &QTcpSocket::bytesWritten, socket, more);
        more();
    }

    /// Sends a valid start and then one byte every @p everyMs, for ever (until the client goes).
    static void trickle(QTcpSocket *socket, int everyMs)
    {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n"
                      "Connection: close\r\n\r\n[");
        auto *timer = new QTimer(socket);
        QObject::connect(timer, &QTimer::timeout, socket, [socket] {
            if (socket->state() == QAbstractSocket::ConnectedState)
                socket->write(" ");
        });
        timer->start(everyMs);
    }

    QList<Request> requests; ///< in arrival order

private:
    void serve(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        m_buffers.remove(socket);
        Request request;
        request.target = lines.first().split(' ').value(1);
        for (const QByteArray &line : lines) {
            if (line.toLower().startsWith("authorization:"))
                request.authorization = line.mid(14).trimmed();
        }
        requests.append(request);
        const QByteArray path = request.target.left(
            request.target.indexOf('?') < 0 ? request.target.size() : request.target.indexOf('?'));
        const auto route = m_routes.constFind(path);
        if (route == m_routes.cend())
            answer(socket, 404, R"({"errors":["Not found"]})");
        else
            (*route)(socket, request);
    }

    QTcpServer m_server;
    QHash<QByteArray, Behaviour> m_routes;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
