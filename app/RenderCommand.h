#pragma once

#include "CommandLine.h"

#include <cstdio>

namespace Tidewatch {

/// Runs `tidewatch render`: opens the dashboard offscreen in the theme asked for (else the one chosen
/// in Settings), waits once until every configured source delivered its first snapshot (or --wait
/// passed), then shows, lays out and writes each requested page at each requested size as PNG (several
/// images go to the folder --out names, as <page>-<W>x<H>-<theme>.png).
/// Exit 0 when the images were written with data, 1 when no source answered in time (the empty state
/// is still written), 2 when an image could not be written. Needs a QApplication.
int runRender(const AppOptions &options, FILE *err);

} // namespace Tidewatch
