#pragma once

#include "AlertRule.h"
#include "ClusterProfile.h"
#include "NotificationConfig.h"

#include <QSize>
#include <QStringList>

namespace Tidewatch {

/// What the command line asked for. Parsing is separate from acting, so it can be tested.
struct AppOptions
{
    enum class Mode
    {
        Gui,
        Version,
        Snapshot,
        Render
    };
    enum class Format
    {
        Json,
        Table
    };
    Mode mode = Mode::Gui;
    /// The first (or only) cluster; the command line's connection options apply to it.
    ClusterProfile profile;
    /// Further clusters monitored at the same time (--profile given more than once, --all-profiles).
    QList<ClusterProfile> moreProfiles;
    /// The alert rules: the built-in ones, or those of --rules FILE.
    QList<AlertRule> rules;
    /// The alert history database: --alert-history, else AlertService::defaultHistoryPath() for the
    /// dashboard; empty (options built by hand, other commands): no history.
    QString alertHistoryFile;
    QString startPage = QStringLiteral("overview");
    QString profilesFile; ///< the profiles file the settings page edits
    /// Alertmanagers, webhooks and desktop notifications: the profiles file's top-level keys plus
    /// --alertmanager and --webhook (dashboard only; empty for snapshot and render).
    NotificationConfig notifications;
    // wall display
    bool wall = false;
    QStringList wallPages{QStringLiteral("overview")};
    int wallRotateSeconds = 30;
    QString wallExitKey = QStringLiteral("Esc"); ///< the key sequence that leaves the wall display
    // snapshot
    Format format = Format::Json;
    int watchSeconds = 0;  ///< > 0: print a snapshot every that many seconds until interrupted
    int warmupSeconds = 0; ///< > 0: collect for that long first, so rates and time lags are known
    // render
    QSize renderSize{1280, 800};
    QString renderOut;
    int renderWaitSeconds = 20; ///< how long to wait for the first data before rendering the empty state

    /// Every cluster to monitor: profile first, then moreProfiles.
    QList<ClusterProfile> allProfiles() const { return QList<ClusterProfile>{profile} + moreProfiles; }
};

struct ParseResult
{
    AppOptions options;
    QString error; ///< non-empty: print it and exit 2
};

/// Parses @p arguments (argv, program name first). `--help` prints the usage and exits 0.
/// Commands: none (the dashboard) or `snapshot`.
ParseResult parseCommandLine(const QStringList &arguments);

} // namespace Tidewatch
