#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace Tidewatch {

/// A throw-away PostgreSQL server for one test: initdb into a temporary directory, wal_level=logical,
/// listening on 127.0.0.1 at a free port, stopped (immediate) and deleted with the object. Uses the
/// Debian binaries in /usr/lib/postgresql/15/bin (TIDEWATCH_PG_BIN overrides). As root the server
/// runs as the "postgres" user (PostgreSQL refuses to run as root).
class PostgresProcess
{
public:
    PostgresProcess();
    ~PostgresProcess();
    PostgresProcess(const PostgresProcess &) = delete;
    PostgresProcess &operator=(const PostgresProcess &) = delete;

    /// False (with error()) when the binaries are missing or the server does not start.
    bool start();
    /// True when the binaries exist (the set-up installs them).
    static bool available();

    int port() const { return m_port; }
    /// "host=127.0.0.1 port=N dbname=postgres user=postgres"
    QString conninfo() const;
    QString error() const { return m_error; }
    /// Freezes or thaws the server (SIGSTOP / SIGCONT to the postmaster and its children).
    bool signal(bool stop);

private:
    bool run(const QString &program, const QStringList &args, int timeoutMs);
    static QString binDir();

    QTemporaryDir m_dir;
    int m_port = 0;
    bool m_started = false;
    QString m_error;
};

} // namespace Tidewatch
