#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace Tidewatch::TidewatchRun {

/// What one run of the tidewatch binary (TIDEWATCH_BINARY) did.
struct Result
{
    bool finished = false; ///< false: it did not end in time and was killed
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;
};

/// Runs `tidewatch ARGS...` with @p env and waits up to @p timeoutMs for it to end.
Result run(const QStringList &args, const QProcessEnvironment &env, int timeoutMs);

/// Starts the dashboard with @p args, lets it run @p seconds, then ends it with SIGTERM (SIGKILL
/// 10 s later). finished tells whether it was still running until then (a crash is not a session).
Result dashboardFor(const QStringList &args, const QProcessEnvironment &env, int seconds);

/// An environment whose HOME and XDG folders all lie under @p root (created), so that everything
/// the app writes for the user lands there.
QProcessEnvironment isolatedHome(const QString &root);

} // namespace Tidewatch::TidewatchRun
