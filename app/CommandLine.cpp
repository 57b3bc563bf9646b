#include "CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Tidewatch {

ParseResult parseCommandLine(const QStringList &arguments)
{
    ParseResult result;
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "Tidewatch: a live operations dashboard for Kafka clusters and Flink jobs."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption bootstrap(
        QStringLiteral("bootstrap"),
        QCoreApplication::translate("CommandLine", "Kafka bootstrap servers (host:port[,host:port...])."),
        QCoreApplication::translate("CommandLine", "servers"));
    const QCommandLineOption flink(
        QStringLiteral("flink"),
        QCoreApplication::translate("CommandLine", "Flink REST URL, e.g. http://127.0.0.1:8081."),
        QCoreApplication::translate("CommandLine", "url"));
    const QCommandLineOption name(
        QStringLiteral("name"), QCoreApplication::translate("CommandLine", "Name shown for this cluster."),
        QCoreApplication::translate("CommandLine", "name"), QStringLiteral("default"));
    const QCommandLineOption interval(
        QStringLiteral("interval"),
        QCoreApplication::translate("CommandLine", "Poll interval in milliseconds (default 2000)."),
        QCoreApplication::translate("CommandLine", "ms"), QStringLiteral("2000"));
    const QCommandLineOption page(
        QStringLiteral("page"),
        QCoreApplication::translate("CommandLine", "Page to open first: %1.")
            .arg(QStringLiteral("overview, brokers, topics, groups, flink, settings")),
        QCoreApplication::translate("CommandLine", "name"), QStringLiteral("overview"));
    parser.addOptions({bootstrap, flink, name, interval, page});

    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    if (parser.isSet(helpOption))
        parser.showHelp(0); // prints the usage and exits 0, as command-line tools do
    if (parser.isSet(versionOption)) {
        result.options.mode = AppOptions::Mode::Version;
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.error = QCoreApplication::translate("CommandLine", "Unexpected argument: %1")
                           .arg(parser.positionalArguments().constFirst());
        return result;
    }
    bool ok = false;
    const int intervalMs = parser.value(interval).toInt(&ok);
    if (!ok || intervalMs < 100) {
        result.error =
            QCoreApplication::translate("CommandLine", "--interval needs a number of milliseconds ≥ 100");
        return result;
    }
    ClusterProfile &profile = result.options.profile;
    profile.name = parser.value(name);
    profile.bootstrapServers = parser.value(bootstrap);
    profile.flinkRestUrl = parser.value(flink);
    profile.kafkaPollIntervalMs = intervalMs;
    profile.flinkPollIntervalMs = intervalMs;
    result.options.startPage = parser.value(page);
    return result;
}

} // namespace Tidewatch
