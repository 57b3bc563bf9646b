#include "CommandShell.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QRegularExpression>
#include <QTimer>

namespace Tidewatch {

namespace {

/// A word for bash: single-quoted, with every ' closed, escaped and reopened.
QString quoted(const QString &word)
{
    QString out = word;
    out.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

} // namespace

CommandShell::CommandShell()
{
    m_shell.setProcessChannelMode(QProcess::MergedChannels);
    m_shell.start(QStringLiteral("bash"), {QStringLiteral("--noprofile"), QStringLiteral("--norc")});
    m_shell.waitForStarted();
}

CommandShell::~CommandShell()
{
    m_shell.closeWriteChannel(); // bash ends at the end of its input
    if (!m_shell.waitForFinished(5000))
        m_shell.kill();
    m_shell.waitForFinished();
}

StackTools::ToolResult CommandShell::run(const QString &command, int timeoutMs)
{
    StackTools::ToolResult result;
    if (m_shell.state() != QProcess::Running) {
        result.err = QStringLiteral("the command shell is not running");
        return result;
    }
    const QString marker = QStringLiteral("__tidewatch_command_done_%1").arg(++m_serial);
    // A subshell, so that `exit` in the command ends only it; its status follows the marker.
    m_shell.write(
        QStringLiteral("( %1 ) </dev/null 2>&1; echo; echo \"%2 $?\"\n").arg(command, marker).toUtf8());
    const QRegularExpression done(QStringLiteral("\n%1 (\\d+)\n").arg(marker));
    QString out;
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        out += QString::fromUtf8(m_shell.readAllStandardOutput());
        const QRegularExpressionMatch m = done.match(out);
        if (m.hasMatch()) {
            result.exitCode = m.captured(1).toInt();
            result.out = out.left(m.capturedStart());
            return result;
        }
        QEventLoop loop;
        QObject::connect(&m_shell, &QProcess::readyReadStandardOutput, &loop, &QEventLoop::quit);
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
    }
    result.out = out;
    result.err = QStringLiteral("timed out");
    return result;
}

StackTools::ToolResult CommandShell::stack(const QStringList &args, int timeoutMs)
{
    QString command = QStringLiteral("\"$TIDEWATCH_STACK\"");
    for (const QString &arg : args)
        command += QLatin1Char(' ') + quoted(arg);
    return run(command, timeoutMs);
}

} // namespace Tidewatch
