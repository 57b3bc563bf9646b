#include "CommandLine.h"
#include "Dashboard.h"
#include "MainWindow.h"
#include "RenderCommand.h"
#include "RulesCommand.h"
#include "ServeCommand.h"
#include "SignalPipe.h"
#include "SnapshotCommand.h"
#include "StallLog.h"
#include "UiLanguage.h"
#include "Version.h"

#include <QApplication>
#include <QIcon>
#include <QKeySequence>
#include <QLibraryInfo>
#include <QLocale>

#include <csignal>
#include <cstdio>
#include <cstring>
#include <memory>
#include <optional>

namespace {

bool asksForHelp(int argc, char *argv[])
{
    for (int i = 0; i < argc; ++i) {
        for (const char *flag : {"-h", "--help", "-?", "--help-all"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    // render draws offscreen: it must work on a server without a display.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "render") == 0 && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    // Before the parse: the default paths (rules file, history) depend on them.
    QCoreApplication::setApplicationName(QStringLiteral("tidewatch"));
    QCoreApplication::setOrganizationName(QStringLiteral("Tidewatch"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TIDEWATCH_VERSION));

    // The command line is parsed once, before the application object: only the dashboard needs a display,
    // so --help, --version, the scripting commands and every command-line error work on a terminal
    // without one. (Printing the usage needs an application object, but no display.)
    std::optional<Tidewatch::ParseResult> parsed;
    if (!asksForHelp(argc, argv)) {
        QStringList arguments;
        for (int i = 0; i < argc; ++i)
            arguments << QString::fromLocal8Bit(argv[i]);
        parsed = Tidewatch::parseCommandLine(arguments);
    }
    const bool gui = parsed && parsed->error.isEmpty() &&
                     (parsed->options.mode == Tidewatch::AppOptions::Mode::Gui ||
                      parsed->options.mode == Tidewatch::AppOptions::Mode::Render);
    std::unique_ptr<QCoreApplication> app;
    if (gui)
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);

    // The interface language: --language, else the one chosen in Settings, else the system's. snapshot and
    // serve write for programs (JSON, metrics, logs): always English, numbers as in C.
    const bool machineOutput = parsed && parsed->error.isEmpty() &&
                               (parsed->options.mode == Tidewatch::AppOptions::Mode::Snapshot ||
                                parsed->options.mode == Tidewatch::AppOptions::Mode::Serve);
    if (machineOutput) {
        QLocale::setDefault(QLocale::c());
    } else {
        const QString language = Tidewatch::UiLanguage::resolve(
            Tidewatch::UiLanguage::fromArguments(QCoreApplication::arguments()),
            Tidewatch::UiLanguage::stored(), QLocale::system().uiLanguages());
        const QStringList missing = Tidewatch::UiLanguage::apply(
            language, app.get(), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        for (const QString &file : missing)
            std::fprintf(stderr, "tidewatch: cannot load the translations %s\n", qPrintable(file));
    }

    // Parsed again only to print the usage, or an error or warnings in the user's language (the
    // translators need the application object).
    if (!parsed || !parsed->error.isEmpty() || !parsed->warnings.isEmpty())
        parsed = Tidewatch::parseCommandLine(QCoreApplication::arguments());
    if (!parsed->error.isEmpty()) {
        std::fprintf(stderr, "%s\n%s\n", qPrintable(parsed->error),
                     qPrintable(QCoreApplication::translate("main", "Try 'tidewatch --help'.")));
        return Tidewatch::SnapshotUsage;
    }
    for (const QString &warning : std::as_const(parsed->warnings))
        std::fprintf(stderr, "%s\n", qPrintable(warning));
    std::fflush(stderr);
    const Tidewatch::AppOptions &options = parsed->options;
    if (options.mode == Tidewatch::AppOptions::Mode::Version) {
        std::printf("tidewatch %s\n", TIDEWATCH_VERSION);
        return 0;
    }
    if (options.mode == Tidewatch::AppOptions::Mode::Snapshot)
        return Tidewatch::runSnapshot(options, stdout, stderr);
    if (options.mode == Tidewatch::AppOptions::Mode::Render)
        return Tidewatch::runRender(options, stderr);
    if (options.mode == Tidewatch::AppOptions::Mode::Rules)
        return Tidewatch::runRules(options, stdout, stderr);
    if (options.mode == Tidewatch::AppOptions::Mode::Serve)
        return Tidewatch::runServe(options, stderr); // a QCoreApplication: parsed before it

    QApplication::setApplicationDisplayName(QStringLiteral("Tidewatch"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tidewatch.svg")));
    Tidewatch::Dashboard dashboard(options);
    // SIGTERM and SIGINT (a logout, systemd, Ctrl+C) quit like the window's Quit: the chart history
    // and the layout are written on the way out.
    Tidewatch::SignalPipe quitSignals({SIGTERM, SIGINT});
    QObject::connect(&quitSignals, &Tidewatch::SignalPipe::received, &dashboard,
                     [] { QApplication::quit(); });
    // Soak runs (tests/bench/soak.sh): the GUI thread's stalls, one line a minute.
    std::unique_ptr<Tidewatch::StallLog> stallLog;
    if (const QString path = qEnvironmentVariable("TIDEWATCH_STALL_LOG"); !path.isEmpty()) {
        const int period = qEnvironmentVariableIntValue("TIDEWATCH_STALL_LOG_PERIOD_MS");
        stallLog = std::make_unique<Tidewatch::StallLog>(path, period > 0 ? period : 60000);
    }
    if (options.wall) {
        dashboard.window()->enterWallMode(options.wallPages, options.wallRotateSeconds,
                                          QKeySequence(options.wallExitKey, QKeySequence::PortableText));
        return QApplication::exec();
    }
    dashboard.window()->show();
    return QApplication::exec();
}
