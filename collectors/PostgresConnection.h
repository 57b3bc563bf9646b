#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

struct pg_conn;

namespace Tidewatch {

/// One libpq connection whose every step is bounded by a deadline: connecting and queries use
/// libpq's non-blocking API and poll() on its socket, so a server that stops answering (SIGSTOP,
/// a dropped network) costs at most the timeout, never a hung thread. On a timeout the connection
/// is dropped (a cancel request would wait for the same unresponsive server).
class PostgresConnection
{
public:
    /// @p conninfo is a libpq connection string ("host=... port=... dbname=... user=...");
    /// @p password is passed apart so it is never part of a string that could be printed.
    PostgresConnection(QString conninfo, QString password);
    ~PostgresConnection();
    PostgresConnection(const PostgresConnection &) = delete;
    PostgresConnection &operator=(const PostgresConnection &) = delete;

    /// Connects if not connected; false with error() otherwise.
    bool ensureConnected(int timeoutMs);
    bool isConnected() const;
    void close();

    /// One row of a result: text values; a null is a null QByteArray.
    using Row = QList<QByteArray>;
    /// Runs @p sql (a single statement) within @p timeoutMs; false with error() on failure (the
    /// connection is then closed, the next call connects again).
    bool query(const QByteArray &sql, int timeoutMs, QList<Row> &rows);

    QString error() const { return m_error; }
    /// "host:port/dbname" of the connection (never the password); empty before connecting.
    QString server() const { return m_server; }
    int serverVersion() const { return m_serverVersion; }

private:
    bool waitSocket(bool forWrite, qint64 deadlineMs);
    void fail(const QString &error);

    QString m_conninfo;
    QString m_password;
    pg_conn *m_conn = nullptr;
    QString m_error;
    QString m_server;
    int m_serverVersion = 0;
};

} // namespace Tidewatch
