#pragma once

#include "CommandLine.h"

#include <cstdio>

namespace Tidewatch {

/// Runs `tidewatch render`: opens the dashboard offscreen on the requested page, waits until every
/// configured source delivered its first snapshot (or --wait passed), and writes the page as PNG.
/// Exit 0 when the image was written with data, 1 when no source answered in time (the empty state
/// is still written), 2 when the image could not be written. Needs a QApplication.
int runRender(const AppOptions &options, FILE *err);

} // namespace Tidewatch
