#pragma once

#include "CommandLine.h"

#include <cstdio>

namespace Tidewatch {

/// Exit codes of `tidewatch rules`, documented in docs/ALERTS.md and --help.
enum RulesExit : int
{
    RulesOk = 0,      ///< done; for test: promtool passed
    RulesInvalid = 1, ///< the rules (or the file to import) are invalid, or promtool's tests failed
    RulesUsage = 2,   ///< bad command line
    RulesIo = 3,      ///< a file could not be read or written, or promtool is missing or did not finish
};

/// Runs `tidewatch rules export|test|check|import`: results to @p out, errors to @p err (every rules
/// file error as `FILE:LINE: ...`). Needs a QCoreApplication.
int runRules(const AppOptions &options, FILE *out, FILE *err);

} // namespace Tidewatch
