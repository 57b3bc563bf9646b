#include "TidewatchRun.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

namespace Tidewatch::TidewatchRun {

namespace {

Result collect(QProcess &p, const QElapsedTimer &clock)
{
    Result r;
    r.elapsedMs = clock.elapsed();
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

/// Starts the binary; the clock counts from here.
void start(QProcess &p, QElapsedTimer &clock, const QStringList &args, const QProcessEnvironment &env)
{
    p.setProcessEnvironment(env);
    clock.start();
    p.start(qEnvironmentVariable("TIDEWATCH_BINARY"), args);
}

} // namespace

Result run(const QStringList &args, const QProcessEnvironment &env, int timeoutMs)
{
    QProcess p;
    QElapsedTimer clock;
    start(p, clock, args, env);
    const bool finished = p.waitForFinished(timeoutMs);
    if (!finished) {
        p.kill();
        p.waitForFinished();
    }
    Result r = collect(p, clock);
    r.finished = finished;
    return r;
}

Result dashboardFor(const QStringList &args, const QProcessEnvironment &env, int seconds)
{
    QProcess p;
    QElapsedTimer clock;
    start(p, clock, args, env);
    const bool started = p.waitForStarted(10000);
    // Still running after the whole session: waitForFinished returns false.
    const bool ranThrough = started && !p.waitForFinished(seconds * 1000);
    if (ranThrough) {
        p.terminate();
        if (!p.waitForFinished(10000)) {
            p.kill();
            p.waitForFinished();
        }
    }
    Result r = collect(p, clock);
    r.finished = ranThrough;
    return r;
}

QProcessEnvironment isolatedHome(const QString &root)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QDir dir(root);
    const QList<QPair<QString, QString>> folders{
        {QStringLiteral("HOME"), QStringLiteral("home")},
        {QStringLiteral("XDG_CONFIG_HOME"), QStringLiteral("home/.config")},
        {QStringLiteral("XDG_DATA_HOME"), QStringLiteral("home/.local/share")},
        {QStringLiteral("XDG_STATE_HOME"), QStringLiteral("home/.local/state")},
        {QStringLiteral("XDG_CACHE_HOME"), QStringLiteral("home/.cache")},
        {QStringLiteral("XDG_RUNTIME_DIR"), QStringLiteral("runtime")},
        {QStringLiteral("TMPDIR"), QStringLiteral("tmp")}};
    for (const auto &[name, sub] : folders) {
        dir.mkpath(sub);
        env.insert(name, dir.filePath(sub));
    }
    QFile::setPermissions(dir.filePath(QStringLiteral("runtime")),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return env;
}

} // namespace Tidewatch::TidewatchRun
