#include "PostgresConnection.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

#include <libpq-fe.h>
#include <poll.h>

#include <cerrno>

namespace Tidewatch {

namespace {

struct PostgresConnectionText
{
    Q_DECLARE_TR_FUNCTIONS(PostgresConnection)
};

QString lastError(const PGconn *conn)
{
    return QString::fromUtf8(PQerrorMessage(conn)).trimmed();
}

} // namespace

PostgresConnection::PostgresConnection(QString conninfo, QString password)
    : m_conninfo(std::move(conninfo))
    , m_password(std::move(password))
{}

PostgresConnection::~PostgresConnection()
{
    close();
}

bool PostgresConnection::isConnected() const
{
    return m_conn && PQstatus(m_conn) == CONNECTION_OK;
}

void PostgresConnection::close()
{
    if (m_conn)
        PQfinish(m_conn);
    m_conn = nullptr;
}

void PostgresConnection::fail(const QString &error)
{
    m_error = error;
    close();
}

bool PostgresConnection::waitSocket(bool forWrite, qint64 deadlineMs)
{
    for (;;) {
        const qint64 remaining = deadlineMs - QDeadlineTimer::current().deadline();
        if (remaining <= 0)
            return false;
        pollfd fd{PQsocket(m_conn), short(forWrite ? POLLOUT : POLLIN), 0};
        const int n = ::poll(&fd, 1, int(remaining));
        if (n > 0)
            return true;
        if (n < 0 && errno != EINTR)
            return false;
    }
}

bool PostgresConnection::ensureConnected(int timeoutMs)
{
    if (isConnected())
        return true;
    close();
    const qint64 deadlineMs = QDeadlineTimer::current().deadline() + timeoutMs;
    const QByteArray conninfo = m_conninfo.toUtf8();
    const QByteArray password = m_password.toUtf8();
    QList<const char *> keys{"dbname", "application_name"};
    QList<const char *> values{conninfo.constData(), "tidewatch"};
    if (!m_password.isEmpty()) {
        // After the connection string, so the secret wins over anything written there.
        keys << "password";
        values << password.constData();
    }
    keys << nullptr;
    values << nullptr;
    m_conn = PQconnectStartParams(keys.constData(), values.constData(), 1);
    if (!m_conn || PQstatus(m_conn) == CONNECTION_BAD) {
        fail(m_conn ? lastError(m_conn) : PostgresConnectionText::tr("out of memory"));
        return false;
    }
    PostgresPollingStatusType state = PGRES_POLLING_WRITING;
    while (state != PGRES_POLLING_OK) {
        if (state == PGRES_POLLING_FAILED) {
            fail(lastError(m_conn));
            return false;
        }
        if (!waitSocket(state == PGRES_POLLING_WRITING, deadlineMs)) {
            fail(PostgresConnectionText::tr("no connection within %1 ms").arg(timeoutMs));
            return false;
        }
        state = PQconnectPoll(m_conn);
    }
    if (PQsetnonblocking(m_conn, 1) != 0) {
        fail(lastError(m_conn));
        return false;
    }
    m_server = QStringLiteral("%1:%2/%3")
                   .arg(QString::fromUtf8(PQhost(m_conn)), QString::fromUtf8(PQport(m_conn)),
                        QString::fromUtf8(PQdb(m_conn)));
    m_serverVersion = PQserverVersion(m_conn);
    m_error.clear();
    return true;
}

bool PostgresConnection::query(const QByteArray &sql, int timeoutMs, QList<Row> &rows)
{
    rows.clear();
    if (!ensureConnected(timeoutMs))
        return false;
    const qint64 deadlineMs = QDeadlineTimer::current().deadline() + timeoutMs;
    if (!PQsendQuery(m_conn, sql.constData())) {
        fail(lastError(m_conn));
        return false;
    }
    int flushed;
    while ((flushed = PQflush(m_conn)) == 1) {
        if (!waitSocket(true, deadlineMs)) {
            fail(PostgresConnectionText::tr("no answer within %1 ms").arg(timeoutMs));
            return false;
        }
    }
    if (flushed < 0) {
        fail(lastError(m_conn));
        return false;
    }
    QString error;
    for (;;) {
        while (PQisBusy(m_conn)) {
            if (!waitSocket(false, deadlineMs)) {
                fail(PostgresConnectionText::tr("no answer within %1 ms").arg(timeoutMs));
                return false;
            }
            if (!PQconsumeInput(m_conn)) {
                fail(lastError(m_conn));
                return false;
            }
        }
        PGresult *result = PQgetResult(m_conn);
        if (!result)
            break;
        if (PQresultStatus(result) == PGRES_TUPLES_OK) {
            for (int r = 0; r < PQntuples(result); ++r) {
                Row row;
                for (int c = 0; c < PQnfields(result); ++c)
                    row << (PQgetisnull(result, r, c) ? QByteArray() : QByteArray(PQgetvalue(result, r, c)));
                rows << row;
            }
        } else if (PQresultStatus(result) != PGRES_COMMAND_OK) {
            error = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
        }
        PQclear(result);
    }
    if (!error.isEmpty()) {
        m_error = error; // a statement error leaves the connection usable
        return false;
    }
    m_error.clear();
    return true;
}

} // namespace Tidewatch
