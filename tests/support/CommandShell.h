#pragma once

#include "StackTools.h"

#include <QProcess>

namespace Tidewatch {

/// One bash started once, to which a GUI test hands its commands (the stack script, kills, sleeps)
/// while it measures its GUI thread. Every process a command needs is forked by that small shell,
/// never by the test: a fork of the large test process (ASan) holds its memory map's lock while it
/// copies the page tables, and every page fault of the GUI thread waits for it (perf measured
/// 150-300 ms stalls of the GUI thread at each `broker stop`, none of them the dashboard's).
class CommandShell
{
public:
    CommandShell();
    ~CommandShell();

    /// Runs @p command (a bash command line, with TIDEWATCH_STACK and the rest of this process's
    /// environment) and waits for it up to @p timeoutMs, serving the calling thread's event loop.
    /// The command's stdout and stderr come back together in out.
    StackTools::ToolResult run(const QString &command, int timeoutMs = 120000);
    /// Runs `tidewatch-stack ARGS...` (TIDEWATCH_STACK) through run().
    StackTools::ToolResult stack(const QStringList &args, int timeoutMs = 120000);

private:
    QProcess m_shell;
    int m_serial = 0;
};

} // namespace Tidewatch
