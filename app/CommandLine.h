#pragma once

#include "ClusterProfile.h"

#include <QStringList>

class QCoreApplication;

namespace Tidewatch {

/// What the command line asked for. Parsing is separate from acting, so it can be tested.
struct AppOptions
{
    enum class Mode
    {
        Gui,
        Version
    };
    Mode mode = Mode::Gui;
    ClusterProfile profile;
    QString startPage = QStringLiteral("overview");
};

struct ParseResult
{
    AppOptions options;
    QString error; ///< non-empty: print it and exit 2
};

/// Parses @p arguments (argv, program name first). `--help` prints the usage and exits 0.
ParseResult parseCommandLine(const QStringList &arguments);

} // namespace Tidewatch
