#include "PostgresProcess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QTcpServer>

#include <unistd.h>

namespace Tidewatch {

PostgresProcess::PostgresProcess() = default;

PostgresProcess::~PostgresProcess()
{
    if (m_started) {
        signal(false);
        run(binDir() + QStringLiteral("/pg_ctl"),
            {QStringLiteral("-D"), m_dir.path() + QStringLiteral("/data"), QStringLiteral("-m"),
             QStringLiteral("immediate"), QStringLiteral("stop")},
            30000);
    }
}

QString PostgresProcess::binDir()
{
    const QString configured = qEnvironmentVariable("TIDEWATCH_PG_BIN");
    return configured.isEmpty() ? QStringLiteral("/usr/lib/postgresql/15/bin") : configured;
}

bool PostgresProcess::available()
{
    return QFileInfo(binDir() + QStringLiteral("/initdb")).isExecutable() &&
           QFileInfo(binDir() + QStringLiteral("/pg_ctl")).isExecutable();
}

QString PostgresProcess::conninfo() const
{
    return QStringLiteral("host=127.0.0.1 port=%1 dbname=postgres user=postgres").arg(m_port);
}

bool PostgresProcess::run(const QString &program, const QStringList &args, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (::geteuid() == 0)
        process.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                                             QStringLiteral("--"), program} +
                                                     args);
    else
        process.start(program, args);
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        m_error = QStringLiteral("%1 failed: %2").arg(program, QString::fromLocal8Bit(process.readAll()));
        return false;
    }
    return true;
}

bool PostgresProcess::start()
{
    if (!available()) {
        m_error = QStringLiteral("no PostgreSQL binaries in ") + binDir();
        return false;
    }
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary directory");
        return false;
    }
    if (::geteuid() == 0) {
        // The server's user must own its directory.
        QProcess::execute(QStringLiteral("chown"), {QStringLiteral("postgres"), m_dir.path()});
    }
    {
        QTcpServer probe; // a port nobody listens on now
        if (!probe.listen(QHostAddress::LocalHost, 0)) {
            m_error = QStringLiteral("no free port");
            return false;
        }
        m_port = probe.serverPort();
    }
    const QString data = m_dir.path() + QStringLiteral("/data");
    if (!run(binDir() + QStringLiteral("/initdb"),
             {QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("postgres"),
              QStringLiteral("--auth=trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
              QStringLiteral("--no-sync")},
             120000))
        return false;
    const QString options = QStringLiteral("-c listen_addresses=127.0.0.1 -c port=%1 -c wal_level=logical "
                                           "-c max_replication_slots=8 -c max_wal_senders=8 -c fsync=off "
                                           "-c unix_socket_directories=%2")
                                .arg(m_port)
                                .arg(m_dir.path());
    if (!run(binDir() + QStringLiteral("/pg_ctl"),
             {QStringLiteral("-D"), data, QStringLiteral("-o"), options, QStringLiteral("-l"),
              m_dir.path() + QStringLiteral("/log"), QStringLiteral("-w"), QStringLiteral("-t"),
              QStringLiteral("60"), QStringLiteral("start")},
             90000)) {
        QFile log(m_dir.path() + QStringLiteral("/log"));
        if (log.open(QIODevice::ReadOnly))
            m_error += QString::fromLocal8Bit(log.readAll());
        return false;
    }
    m_started = true;
    return true;
}

bool PostgresProcess::signal(bool stop)
{
    QFile pidFile(m_dir.path() + QStringLiteral("/data/postmaster.pid"));
    if (!pidFile.open(QIODevice::ReadOnly))
        return false;
    const QByteArray pid = pidFile.readLine().trimmed();
    // The postmaster and its backends: the backends answer queries, so all of them must stop.
    QProcess pgrep;
    pgrep.start(QStringLiteral("pgrep"), {QStringLiteral("-P"), QString::fromLatin1(pid)});
    pgrep.waitForFinished(5000);
    QStringList pids =
        QString::fromLatin1(pgrep.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    pids << QString::fromLatin1(pid);
    return QProcess::execute(QStringLiteral("kill"),
                             QStringList{stop ? QStringLiteral("-STOP") : QStringLiteral("-CONT")} + pids) ==
           0;
}

} // namespace Tidewatch
