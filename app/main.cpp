#include "CommandLine.h"
#include "Dashboard.h"
#include "MainWindow.h"
#include "RenderCommand.h"
#include "RulesCommand.h"
#include "ServeCommand.h"
#include "SnapshotCommand.h"
#include "StallLog.h"
#include "Version.h"

#include <QApplication>
#include <QIcon>
#include <QKeySequence>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

// Only the dashboard needs a display: --help, --version, the scripting commands and every command-line
// error must work on a terminal without one, so they get a core application.
bool wantsGui(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        for (const char *flag : {"-h", "--help", "-?", "--help-all"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return false; // printing the usage needs an application object, but no display
        }
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    const Tidewatch::ParseResult parsed = Tidewatch::parseCommandLine(arguments);
    return parsed.error.isEmpty() && (parsed.options.mode == Tidewatch::AppOptions::Mode::Gui ||
                                      parsed.options.mode == Tidewatch::AppOptions::Mode::Render);
}

} // namespace

int main(int argc, char *argv[])
{
    // render draws offscreen: it must work on a server without a display.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "render") == 0 && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    std::unique_ptr<QCoreApplication> app;
    if (wantsGui(argc, argv))
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tidewatch"));
    QCoreApplication::setOrganizationName(QStringLiteral("Tidewatch"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TIDEWATCH_VERSION));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("tidewatch"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    const Tidewatch::ParseResult parsed = Tidewatch::parseCommandLine(QCoreApplication::arguments());
    if (!parsed.error.isEmpty()) {
        std::fprintf(stderr, "%s\n%s\n", qPrintable(parsed.error),
                     qPrintable(QCoreApplication::translate("main", "Try 'tidewatch --help'.")));
        return Tidewatch::SnapshotUsage;
    }
    if (parsed.options.mode == Tidewatch::AppOptions::Mode::Version) {
        std::printf("tidewatch %s\n", TIDEWATCH_VERSION);
        return 0;
    }
    if (parsed.options.mode == Tidewatch::AppOptions::Mode::Snapshot)
        return Tidewatch::runSnapshot(parsed.options, stdout, stderr);
    if (parsed.options.mode == Tidewatch::AppOptions::Mode::Render)
        return Tidewatch::runRender(parsed.options, stderr);
    if (parsed.options.mode == Tidewatch::AppOptions::Mode::Rules)
        return Tidewatch::runRules(parsed.options, stdout, stderr);
    if (parsed.options.mode == Tidewatch::AppOptions::Mode::Serve)
        return Tidewatch::runServe(parsed.options, stderr); // a QCoreApplication: wantsGui() said no

    QApplication::setApplicationDisplayName(QStringLiteral("Tidewatch"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tidewatch.svg")));
    Tidewatch::Dashboard dashboard(parsed.options);
    // Soak runs (tests/bench/soak.sh): the GUI thread's stalls, one line a minute.
    std::unique_ptr<Tidewatch::StallLog> stallLog;
    if (const QString path = qEnvironmentVariable("TIDEWATCH_STALL_LOG"); !path.isEmpty()) {
        const int period = qEnvironmentVariableIntValue("TIDEWATCH_STALL_LOG_PERIOD_MS");
        stallLog = std::make_unique<Tidewatch::StallLog>(path, period > 0 ? period : 60000);
    }
    if (parsed.options.wall) {
        dashboard.window()->enterWallMode(
            parsed.options.wallPages, parsed.options.wallRotateSeconds,
            QKeySequence(parsed.options.wallExitKey, QKeySequence::PortableText));
        return QApplication::exec();
    }
    dashboard.window()->show();
    return QApplication::exec();
}
