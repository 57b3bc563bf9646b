#pragma once

#include "CommandLine.h"

#include <cstdio>

namespace Tidewatch {

/// Exit codes of `tidewatch serve`, documented in docs/SERVE.md.
enum ServeExit : int
{
    ServeStopped = 0,      ///< stopped by SIGTERM or SIGINT
    ServeFailed = 1,       ///< could not set up (signal handling)
    ServeUsage = 2,        ///< bad command line or configuration (main prints it)
    ServeCannotListen = 3, ///< the exporter cannot listen (address in use, TLS, ...); stderr names it
};

/// Runs `tidewatch serve` until SIGTERM or SIGINT: the collectors of every cluster of @p options, the
/// alert rules and the Prometheus exporter, with a QCoreApplication only. SIGHUP re-reads the command
/// line's files (profiles, rules, exporter keys); a configuration that does not parse is logged and the
/// running one kept. Logs one line per event to @p err, each with a syslog priority prefix ("<4>") that
/// journald reads.
int runServe(const AppOptions &options, FILE *err);

} // namespace Tidewatch
