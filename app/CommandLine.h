#pragma once

#include "AlertRule.h"
#include "ClusterProfile.h"
#include "ExporterConfig.h"
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
        Render,
        Rules,
        Serve
    };
    enum class Format
    {
        Json,
        Table
    };
    Mode mode = Mode::Gui;
    /// The first (or only) cluster; the command line's connection options apply to it.
    ClusterProfile profile;
    /// The first cluster came from the command line alone (--bootstrap, --flink, --connect without
    /// --profile): Settings shows it as a profile that is not saved.
    bool profileFromCommandLine = false;
    /// Further clusters monitored at the same time (--profile given more than once, --all-profiles).
    QList<ClusterProfile> moreProfiles;
    /// The alert rules: those of --rules FILE, else the user's rules file when it exists and parses,
    /// else the built-in ones.
    QList<AlertRule> rules;
    /// The alert history database: --alert-history, else AlertService::defaultHistoryPath() for the
    /// dashboard; empty (options built by hand, other commands): no history.
    QString alertHistoryFile;
    /// The folder of the charts' history files: HistoryStore::defaultDirectory() for the dashboard
    /// (written) and render (read only); empty with --no-history, for options built by hand and for
    /// the other commands: the history lives in memory only.
    QString metricHistoryDirectory;
    /// The rules file the rules come from (--rules, or the user's rules file when it exists, even when it
    /// does not parse); empty when the built-ins are used because there is no file.
    QString rulesPath;
    /// --language: "cs", "de" or "en"; empty: the one chosen in Settings, else the system's (UiLanguage).
    QString language;
    QString startPage = QStringLiteral("overview");
    QString profilesFile; ///< the profiles file the settings page edits
    /// Alertmanagers, webhooks and desktop notifications: the profiles file's top-level keys plus
    /// --alertmanager and --webhook (dashboard only; empty for snapshot and render).
    NotificationConfig notifications;
    QString rulesFile; ///< --rules FILE; empty: the built-in rules (serve reloads it on SIGHUP)
    /// The Prometheus exporter: the profiles file's exporter.* keys, then --listen (serve) or
    /// --exporter-listen (the dashboard, which then exports), --exporter-user, --exporter-tls-certificate
    /// and the TIDEWATCH_EXPORTER_PASSWORD environment variable.
    ExporterConfig exporter;
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
    QSize renderSize{1280, 800}; ///< the first of renderSizes
    QString renderOut;           ///< one image: the PNG file; several: the folder they go to
    /// --page of render: one page, a comma list or "all" (every page); startPage is the first.
    QStringList renderPages;
    QList<QSize> renderSizes; ///< --size of render: one size or a comma list
    /// --theme of render: "light", "dark" or "system"; empty: the theme chosen in Settings.
    QString renderTheme;
    int renderWaitSeconds = 20; ///< how long to wait for the first data before rendering the empty state
    // rules (see RulesCommand.h)
    QStringList rulesArguments; ///< after "rules": the subcommand (export, test, check, import) and its files
    bool rulesGiven = false;    ///< --rules was given (rulesPath is then that file)
    QString rulesFormat;        ///< export: "prometheus" (default) or "json"
    QString rulesOut;           ///< export, import: --out FILE (empty: stdout)
    QString rulesKeepDir;       ///< test: --keep DIR keeps the generated files there

    /// Every cluster to monitor: profile first, then moreProfiles.
    QList<ClusterProfile> allProfiles() const { return QList<ClusterProfile>{profile} + moreProfiles; }
};

struct ParseResult
{
    AppOptions options;
    QString error; ///< non-empty: print it and exit 2
    /// Accepted but risky input (a secret given with -X, a property that would write to the cluster):
    /// printed to stderr, one line each; never contains a secret's value.
    QStringList warnings;
};

/// Parses @p arguments (argv, program name first). `--help` prints the usage and exits 0.
/// Commands: none (the dashboard), `snapshot`, `render` or `rules`.
ParseResult parseCommandLine(const QStringList &arguments);

} // namespace Tidewatch
