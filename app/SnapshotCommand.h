#pragma once

#include "CommandLine.h"

#include <cstdio>

namespace Tidewatch {

/// Exit codes of `tidewatch snapshot`, documented in docs/SNAPSHOT.md.
enum SnapshotExit : int
{
    SnapshotOk = 0,          ///< every configured source answered
    SnapshotUnreachable = 1, ///< a configured source (Kafka or Flink) failed; stderr names it
    SnapshotUsage = 2,       ///< bad command line
};

/// Runs `tidewatch snapshot`: collects (after an optional warm-up), prints JSON or a table to
/// @p out and errors to @p err, once or every --watch seconds. Needs a QCoreApplication.
int runSnapshot(const AppOptions &options, FILE *out, FILE *err);

} // namespace Tidewatch
