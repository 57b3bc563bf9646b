#include "CommandLine.h"

#include "AlertRules.h"
#include "AlertService.h"
#include "ExporterSettings.h"
#include "HistoryStore.h"
#include "KafkaHandle.h"
#include "MainWindow.h"
#include "NotificationProfileKeys.h"
#include "ProfileStore.h"
#include "RenderOptions.h"
#include "RuleFiles.h"
#include "UiLanguage.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QKeySequence>

namespace Tidewatch {

namespace {

struct CommandLineText
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

// Every duration from the command line has a range: timers take int milliseconds, and seconds are
// multiplied into milliseconds, so an unbounded value would overflow (docs/RELIABILITY.md).
constexpr int kMaxSeconds = 86400;        // --watch, --warmup, --rotate, --wait: one day
constexpr int kMaxEventsMinutes = 525600; // --events-from-minutes: 365 days

/// Parses a whole number of @p option in [minimum, maximum]; the error names the option and the range.
bool parseRanged(const QString &option, const QString &text, int minimum, int maximum, const QString &unit,
                 int &out, QString &error)
{
    bool ok = false;
    const qlonglong value = text.trimmed().toLongLong(&ok);
    if (ok && value >= minimum && value <= maximum) {
        out = int(value);
        return true;
    }
    error = CommandLineText::tr("--%1 needs a whole number of %2 from %3 to %4, got: %5")
                .arg(option, unit, QString::number(minimum), QString::number(maximum), text);
    return false;
}

/// The largest file -X KEY=@FILE reads (a PEM certificate chain fits easily).
constexpr qint64 kMaxPropertyFileBytes = 1 << 20;

/// The value of `-X key=value`: "@FILE" reads the value from FILE (its trailing newlines dropped), so a
/// secret stays out of the process list; "@@..." is a value starting with one '@'.
bool propertyValue(const QString &key, const QString &text, QString &value, QString &error)
{
    if (!text.startsWith(QLatin1Char('@')) || text.startsWith(QLatin1String("@@"))) {
        value = text.startsWith(QLatin1String("@@")) ? text.mid(1) : text;
        return true;
    }
    QFile file(text.mid(1));
    if (!file.open(QIODevice::ReadOnly)) {
        error = CommandLineText::tr("-X %1=@FILE: cannot read %2: %3")
                    .arg(key, file.fileName(), file.errorString());
        return false;
    }
    const QByteArray data = file.read(kMaxPropertyFileBytes + 1);
    if (data.size() > kMaxPropertyFileBytes) {
        error = CommandLineText::tr("-X %1=@FILE: %2 is larger than %3 bytes")
                    .arg(key, file.fileName())
                    .arg(kMaxPropertyFileBytes);
        return false;
    }
    value = QString::fromUtf8(data);
    while (value.endsWith(QLatin1Char('\n')) || value.endsWith(QLatin1Char('\r')))
        value.chop(1);
    return true;
}

} // namespace

ParseResult parseCommandLine(const QStringList &arguments)
{
    ParseResult result;
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLineText::tr(
        "Tidewatch: a live operations dashboard for Kafka clusters and Flink jobs.\n\n"
        "Commands:\n"
        "  (none)     open the dashboard\n"
        "  snapshot   collect once and print the snapshot (JSON or a table), or keep printing with --watch\n"
        "  render     render pages to PNG files, offscreen (--page, --size, --theme, --out); with\n"
        "             several pages or sizes --out is a folder of <page>-<W>x<H>-<theme>.png files\n"
        "  rules      alert rules without a display:\n"
        "             rules export [--format prometheus|json] [--rules FILE] [--out FILE]\n"
        "             rules test [--rules FILE] [--keep DIR]   (runs promtool test rules on generated "
        "tests)\n"
        "             rules check FILE                          (line-precise errors of a rules file)\n"
        "             rules import FILE [--out FILE]            (a Prometheus rule file into our JSON)\n"
        "             Without --rules: the user's rules file if it exists, else the built-in rules.\n"
        "             Exit codes: 0 ok; 1 invalid rules, rejected import or failed promtool tests;\n"
        "             2 bad command line; 3 a file could not be read or written, or promtool is missing.\n"
        "  serve      run headless: collectors, alert rules and the Prometheus exporter on /metrics"));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption bootstrap(
        QStringLiteral("bootstrap"),
        CommandLineText::tr("Kafka bootstrap servers (host:port[,host:port...])."),
        CommandLineText::tr("servers"));
    const QCommandLineOption flink(QStringLiteral("flink"),
                                   CommandLineText::tr("Flink REST URL, e.g. http://127.0.0.1:8081."),
                                   CommandLineText::tr("url"));
    const QCommandLineOption brokerMetrics(
        QStringLiteral("broker-metrics"),
        CommandLineText::tr(
            "Brokers' Prometheus endpoints (JMX exporter): a template such as http://{host}:9404/metrics, or "
            "id=url,id=url."),
        CommandLineText::tr("spec"));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        CommandLineText::tr(
            "Connection profile to use (see --profiles-file); repeatable or comma-separated to "
            "monitor several clusters at once. The connection options apply to the first."),
        CommandLineText::tr("name"));
    const QCommandLineOption allProfiles(
        QStringLiteral("all-profiles"),
        CommandLineText::tr(
            "Monitor every profile of the profiles file (what the dashboard does when no cluster "
            "is given)."));
    const QCommandLineOption wallExitKey(
        QStringLiteral("wall-exit-key"),
        CommandLineText::tr("Wall mode: the key sequence that leaves it, e.g. Ctrl+Alt+Q (default Esc)."),
        CommandLineText::tr("keys"));
    const QCommandLineOption profilesFile(
        QStringLiteral("profiles-file"),
        CommandLineText::tr("Profiles file (default: %1).").arg(ProfileStore::defaultProfilesPath()),
        CommandLineText::tr("file"), ProfileStore::defaultProfilesPath());
    const QCommandLineOption kafkaConfig(
        QStringLiteral("kafka-config"),
        CommandLineText::tr("librdkafka properties file (security, SASL, TLS, ...)."),
        CommandLineText::tr("file"));
    const QCommandLineOption property(
        QStringList{QStringLiteral("X"), QStringLiteral("property")},
        CommandLineText::tr("A librdkafka property, repeatable: -X security.protocol=SSL."),
        CommandLineText::tr("key=value"));
    const QCommandLineOption name(QStringLiteral("cluster-name"),
                                  CommandLineText::tr("Name shown for this cluster (Qt reserves --name)."),
                                  CommandLineText::tr("name"));
    const QCommandLineOption interval(QStringLiteral("interval"),
                                      CommandLineText::tr("Poll interval in milliseconds (default 2000)."),
                                      CommandLineText::tr("ms"));
    const QCommandLineOption timeout(
        QStringLiteral("timeout"),
        CommandLineText::tr("Timeout of each request in milliseconds (default 5000)."),
        CommandLineText::tr("ms"));
    const QCommandLineOption page(
        QStringLiteral("page"),
        CommandLineText::tr("Page to open first: %1. render: a comma-separated list or all.")
            .arg(MainWindow::pageNames().join(QStringLiteral(", "))),
        CommandLineText::tr("name"), QStringLiteral("overview"));
    const QCommandLineOption format(
        QStringLiteral("format"),
        CommandLineText::tr("snapshot: output format, json (default) or table; rules export: "
                            "prometheus (default) or json."),
        CommandLineText::tr("format"), QStringLiteral("json"));
    const QCommandLineOption watch(QStringLiteral("watch"),
                                   CommandLineText::tr("snapshot: print a new snapshot every N seconds."),
                                   CommandLineText::tr("seconds"));
    const QCommandLineOption warmup(
        QStringLiteral("warmup"),
        CommandLineText::tr(
            "snapshot: collect for N seconds before printing, so rates and time lags are known."),
        CommandLineText::tr("seconds"));
    const QCommandLineOption size(
        QStringLiteral("size"),
        CommandLineText::tr("render: image size, e.g. 1600x1000, or several: 1600x900,1280x720."),
        CommandLineText::tr("WxH"), QStringLiteral("1280x800"));
    const QCommandLineOption out(
        QStringLiteral("out"),
        CommandLineText::tr(
            "render: the PNG file to write, or the folder for several images; rules export/import: "
            "the file to write (default stdout)."),
        CommandLineText::tr("file"));
    const QCommandLineOption theme(
        QStringLiteral("theme"),
        CommandLineText::tr("render: light, dark or system (default: the theme chosen in Settings)."),
        CommandLineText::tr("theme"));
    parser.addOption(theme);
    const QCommandLineOption keep(
        QStringLiteral("keep"),
        CommandLineText::tr("rules test: keep the generated rule and test files in this folder."),
        CommandLineText::tr("dir"));
    parser.addOption(keep);
    const QCommandLineOption wait(
        QStringLiteral("wait"),
        CommandLineText::tr("render: seconds to wait for the first data (default 20); then the page "
                            "is rendered as it is."),
        CommandLineText::tr("seconds"));
    parser.addOptions({size, out, wait});
    const QCommandLineOption wall(
        QStringLiteral("wall"),
        CommandLineText::tr("Wall-display mode: full screen, large type, rotating pages; Esc leaves it."));
    const QCommandLineOption wallPages(
        QStringLiteral("pages"),
        CommandLineText::tr("Wall mode: pages to rotate through, comma-separated (default overview)."),
        CommandLineText::tr("pages"));
    const QCommandLineOption rotate(
        QStringLiteral("rotate"),
        CommandLineText::tr("Wall mode: seconds per page (default 30; 0 keeps the first page)."),
        CommandLineText::tr("seconds"));
    parser.addOptions({wall, wallPages, rotate, wallExitKey, allProfiles});
    const QCommandLineOption rules(
        QStringLiteral("rules"),
        CommandLineText::tr(
            "Alert rules file (JSON, see docs/ALERTS.md); default: %1 if it exists, else the built-in "
            "rules.")
            .arg(RuleFiles::defaultUserRulesPath()),
        CommandLineText::tr("file"));
    parser.addOption(rules);
    const QCommandLineOption alertmanager(
        QStringLiteral("alertmanager"),
        CommandLineText::tr(
            "Send firing and resolved alerts to this Alertmanager (API v2), repeatable; added to the "
            "profiles file's alertmanager.N.url. A user goes in the URL (http://user@host:9093), the "
            "password in TIDEWATCH_ALERTMANAGER_PASSWORD."),
        CommandLineText::tr("url"));
    const QCommandLineOption webhook(
        QStringLiteral("webhook"),
        CommandLineText::tr(
            "POST new firing and resolved alerts as JSON to this URL, repeatable (docs/ALERTS.md); a "
            "bearer token comes from TIDEWATCH_WEBHOOK_TOKEN, a basic-auth password from "
            "TIDEWATCH_WEBHOOK_PASSWORD."),
        CommandLineText::tr("url"));
    parser.addOptions({alertmanager, webhook});
    const QCommandLineOption alertHistory(
        QStringLiteral("alert-history"),
        CommandLineText::tr(
            "Alert history database (SQLite); default: alert-history.sqlite in the user's data folder."),
        CommandLineText::tr("file"));
    parser.addOption(alertHistory);
    const QCommandLineOption noHistory(
        QStringLiteral("no-history"),
        CommandLineText::tr(
            "Keep the charts' history in memory only: neither read nor write the history files."));
    parser.addOption(noHistory);
    const QCommandLineOption flinkUser(
        QStringLiteral("flink-user"),
        CommandLineText::tr("Flink REST basic-auth user; the password comes from the profile or "
                            "the TIDEWATCH_FLINK_PASSWORD environment variable."),
        CommandLineText::tr("user"));
    const QCommandLineOption flinkCa(
        QStringLiteral("flink-ca"),
        CommandLineText::tr("CA certificate(s) of an https Flink endpoint (PEM)."),
        CommandLineText::tr("file"));
    const QCommandLineOption flinkLink(
        QStringLiteral("flink-kafka-link"),
        CommandLineText::tr("A Flink job's Kafka input, repeatable: JOB|GROUP[|TOPIC,TOPIC] (JOB may be *)."),
        CommandLineText::tr("link"));
    const QCommandLineOption eventTopic(
        QStringLiteral("event-topic"),
        CommandLineText::tr(
            "An event topic of the business views, repeatable: TOPIC[:orders|shipments[:json|debezium]] "
            "with the default field mapping, or \"stack\" for the local stack's three topics."),
        CommandLineText::tr("topic"));
    const QCommandLineOption eventsFrom(
        QStringLiteral("events-from-minutes"),
        CommandLineText::tr("Read the event topics from this many minutes back "
                            "(0: only new events; default 30)."),
        CommandLineText::tr("minutes"));
    parser.addOptions({flinkUser, flinkCa, flinkLink, eventTopic, eventsFrom});
    const QCommandLineOption postgres(
        QStringLiteral("postgres"),
        CommandLineText::tr(
            "PostgreSQL whose replication slots the Pipelines page shows: a libpq connection string "
            "(\"host=127.0.0.1 port=15432 dbname=shop user=tidewatch\"); the password comes from the "
            "profile or the TIDEWATCH_POSTGRES_PASSWORD environment variable."),
        CommandLineText::tr("conninfo"));
    const QCommandLineOption debeziumMetrics(
        QStringLiteral("debezium-metrics"),
        CommandLineText::tr(
            "The Kafka Connect worker's Prometheus endpoint with Debezium's figures (JMX exporter)."),
        CommandLineText::tr("url"));
    const QCommandLineOption pipeline(
        QStringLiteral("pipeline"),
        CommandLineText::tr(
            "A pipeline, repeatable: \"NAME: kind:id > kind:id ...\" with kind database (a replication "
            "slot), connector, topic, group or flink."),
        CommandLineText::tr("pipeline"));
    const QCommandLineOption connectUrl(
        QStringLiteral("connect"),
        CommandLineText::tr(
            "Kafka Connect REST URL, repeatable (one per Connect cluster), e.g. http://127.0.0.1:8083; "
            "user:password@ in the URL for basic auth."),
        CommandLineText::tr("url"));
    const QCommandLineOption connectCa(
        QStringLiteral("connect-ca"),
        CommandLineText::tr("CA certificate(s) of https Kafka Connect workers (PEM)."),
        CommandLineText::tr("file"));
    parser.addOptions({postgres, debeziumMetrics, pipeline, connectUrl, connectCa});
    // Client certificates of the Flink REST and broker-metrics endpoints; passwords and key
    // passphrases only from the environment (or the keychain), never from the command line.
    const QCommandLineOption flinkCert(
        QStringLiteral("flink-cert"),
        CommandLineText::tr(
            "Client certificate (PEM) for an https Flink endpoint that requires one; an encrypted key's "
            "passphrase comes from TIDEWATCH_FLINK_KEY_PASSWORD."),
        CommandLineText::tr("file"));
    const QCommandLineOption flinkKey(
        QStringLiteral("flink-key"),
        CommandLineText::tr("The private key (PEM) of --flink-cert, when not in its file."),
        CommandLineText::tr("file"));
    const QCommandLineOption metricsUser(
        QStringLiteral("broker-metrics-user"),
        CommandLineText::tr(
            "Basic-auth user of the broker metrics endpoints; the password comes from the profile or "
            "TIDEWATCH_BROKER_METRICS_PASSWORD."),
        CommandLineText::tr("user"));
    const QCommandLineOption metricsCa(
        QStringLiteral("broker-metrics-ca"),
        CommandLineText::tr("CA certificate(s) of https broker metrics endpoints (PEM)."),
        CommandLineText::tr("file"));
    const QCommandLineOption metricsCert(
        QStringLiteral("broker-metrics-cert"),
        CommandLineText::tr(
            "Client certificate (PEM) for the broker metrics endpoints; an encrypted key's passphrase "
            "comes from TIDEWATCH_BROKER_METRICS_KEY_PASSWORD."),
        CommandLineText::tr("file"));
    const QCommandLineOption metricsKey(
        QStringLiteral("broker-metrics-key"),
        CommandLineText::tr("The private key (PEM) of --broker-metrics-cert, when not in its file."),
        CommandLineText::tr("file"));
    parser.addOptions({flinkCert, flinkKey, metricsUser, metricsCa, metricsCert, metricsKey});
    const QCommandLineOption connectUser(
        QStringLiteral("connect-user"),
        CommandLineText::tr(
            "Basic-auth user of the Kafka Connect workers whose URL has none; the password comes from "
            "the profile or TIDEWATCH_CONNECT_PASSWORD."),
        CommandLineText::tr("user"));
    const QCommandLineOption connectCert(
        QStringLiteral("connect-cert"),
        CommandLineText::tr(
            "Client certificate (PEM) for https Kafka Connect workers; an encrypted key's passphrase "
            "comes from TIDEWATCH_CONNECT_KEY_PASSWORD."),
        CommandLineText::tr("file"));
    const QCommandLineOption connectKey(
        QStringLiteral("connect-key"),
        CommandLineText::tr("The private key (PEM) of --connect-cert, when not in its file."),
        CommandLineText::tr("file"));
    parser.addOptions({connectUser, connectCert, connectKey});
    const QCommandLineOption listen(
        QStringLiteral("listen"),
        CommandLineText::tr(
            "serve: the exporter's address (default 127.0.0.1:9464; the profiles file's exporter.listen)."),
        CommandLineText::tr("addr:port"));
    const QCommandLineOption exporterListen(
        QStringLiteral("exporter-listen"),
        CommandLineText::tr("Dashboard: also export to Prometheus on this address while it runs."),
        CommandLineText::tr("addr:port"));
    const QCommandLineOption exporterUser(
        QStringLiteral("exporter-user"),
        CommandLineText::tr(
            "Exporter basic-auth user; the password comes from the profiles file (exporter.password) "
            "or the TIDEWATCH_EXPORTER_PASSWORD environment variable."),
        CommandLineText::tr("user"));
    const QCommandLineOption exporterTls(
        QStringLiteral("exporter-tls-certificate"),
        CommandLineText::tr("Exporter: serve https with this PEM file (certificate and private key)."),
        CommandLineText::tr("file"));
    const QCommandLineOption exporterTlsKey(
        QStringLiteral("exporter-tls-key"),
        CommandLineText::tr("Exporter: the private key (PEM) when it is not in the certificate's file."),
        CommandLineText::tr("file"));
    parser.addOptions({listen, exporterListen, exporterUser, exporterTls, exporterTlsKey});
    parser.addOptions({bootstrap, flink, brokerMetrics, profileOption, profilesFile, kafkaConfig, property,
                       name, interval, timeout, page, format, watch, warmup});
    const QCommandLineOption language(
        QStringLiteral("language"),
        CommandLineText::tr(
            "The language of the interface: cs, de or en (default: the one chosen in Settings, else the "
            "system's). snapshot and serve always write English."),
        CommandLineText::tr("code"));
    parser.addOption(language);
    parser.addPositionalArgument(
        QStringLiteral("command"),
        CommandLineText::tr("snapshot, render, serve, or nothing for the dashboard."),
        QStringLiteral("[command]"));

    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    // Qt adds --help-all beside the help option; it prints the same usage (Qt's own GUI options are not
    // ours to document), instead of falling through to the dashboard.
    if (parser.isSet(helpOption) || parser.isSet(QStringLiteral("help-all")))
        parser.showHelp(0); // prints the usage and exits 0, as command-line tools do
    AppOptions &options = result.options;
    if (parser.isSet(versionOption)) {
        options.mode = AppOptions::Mode::Version;
        return result;
    }
    if (parser.isSet(language)) {
        options.language = parser.value(language);
        if (!UiLanguage::supported().contains(options.language)) {
            result.error = CommandLineText::tr("--language must be one of %1, got: %2")
                               .arg(UiLanguage::supported().join(QStringLiteral(", ")), options.language);
            return result;
        }
    }
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty() && positional.first() == QLatin1String("rules")) {
        options.mode = AppOptions::Mode::Rules;
        options.rulesArguments = positional.mid(1);
        options.rulesGiven = parser.isSet(rules);
        options.rulesPath = parser.value(rules);
        options.rulesOut = parser.value(out);
        options.rulesKeepDir = parser.value(keep);
        options.rulesFormat = parser.isSet(format) ? parser.value(format) : QStringLiteral("prometheus");
        if (options.rulesFormat != QLatin1String("prometheus") &&
            options.rulesFormat != QLatin1String("json"))
            result.error = CommandLineText::tr("rules: --format must be prometheus or json, got: %1")
                               .arg(options.rulesFormat);
        return result; // the rules command reads its files itself, with line-precise errors
    }
    const QStringList commands{QStringLiteral("snapshot"), QStringLiteral("render"), QStringLiteral("serve")};
    if (positional.size() > 1 || (positional.size() == 1 && !commands.contains(positional.first()))) {
        result.error = CommandLineText::tr("Unknown command: %1").arg(positional.join(QLatin1Char(' ')));
        return result;
    }
    if (positional.size() == 1)
        options.mode = positional.first() == QLatin1String("render")  ? AppOptions::Mode::Render
                       : positional.first() == QLatin1String("serve") ? AppOptions::Mode::Serve
                                                                      : AppOptions::Mode::Snapshot;

    // An endless or huge profiles file (--profiles-file /dev/zero) is refused before anything reads it.
    if (!ProfileStore::checkFileSize(parser.value(profilesFile), result.error))
        return result;
    ClusterProfile &profile = options.profile;
    QStringList profileNames;
    for (const QString &value : parser.values(profileOption)) {
        for (const QString &n : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!profileNames.contains(n.trimmed()))
                profileNames << n.trimmed();
        }
    }
    const bool givenSource =
        parser.isSet(bootstrap) || parser.isSet(flink) || parser.isSet(connectUrl) || !profileNames.isEmpty();
    // The dashboard opened without a cluster shows the ones the user configured.
    if (parser.isSet(allProfiles) ||
        ((options.mode == AppOptions::Mode::Gui || options.mode == AppOptions::Mode::Serve) &&
         !givenSource)) {
        for (const QString &n : ProfileStore::names(parser.value(profilesFile))) {
            if (!profileNames.contains(n))
                profileNames << n;
        }
    }
    for (qsizetype i = 0; i < profileNames.size(); ++i) {
        const auto loaded = ProfileStore::load(parser.value(profilesFile), profileNames.at(i), result.error);
        if (!loaded)
            return result;
        if (i == 0)
            profile = *loaded;
        else
            options.moreProfiles.append(*loaded);
    }
    options.profileFromCommandLine = givenSource && profileNames.isEmpty();
    if (!options.moreProfiles.isEmpty() && options.mode == AppOptions::Mode::Snapshot) {
        result.error = CommandLineText::tr("snapshot reads one cluster: give one --profile");
        return result;
    }
    if (parser.isSet(bootstrap))
        profile.bootstrapServers = parser.value(bootstrap);
    if (parser.isSet(flink))
        profile.flinkRestUrl = parser.value(flink);
    if (parser.isSet(brokerMetrics))
        profile.brokerMetrics = parser.value(brokerMetrics);
    if (parser.isSet(connectUrl))
        profile.connectUrls = parser.values(connectUrl);
    if (parser.isSet(connectCa))
        profile.connectAuth.caFile = parser.value(connectCa);
    if (parser.isSet(flinkUser))
        profile.flinkUser = parser.value(flinkUser);
    // Never a password on the command line: every user of the machine can read it in the process list.
    if (qEnvironmentVariableIsSet("TIDEWATCH_FLINK_PASSWORD"))
        profile.flinkPassword = qEnvironmentVariable("TIDEWATCH_FLINK_PASSWORD");
    if (parser.isSet(flinkCa))
        profile.flinkCaFile = parser.value(flinkCa);
    if (parser.isSet(postgres))
        profile.pipeline.postgres = parser.value(postgres);
    // Never a password on the command line (the process list shows it to every user).
    if (qEnvironmentVariableIsSet("TIDEWATCH_POSTGRES_PASSWORD"))
        profile.pipeline.postgresPassword = qEnvironmentVariable("TIDEWATCH_POSTGRES_PASSWORD");
    if (parser.isSet(debeziumMetrics))
        profile.pipeline.debeziumMetrics = parser.value(debeziumMetrics);
    for (const QString &text : parser.values(pipeline)) {
        PipelineDefinition def;
        QString why;
        if (!parsePipelineDefinition(text, def, why)) {
            result.error = CommandLineText::tr("--pipeline: %1").arg(why);
            return result;
        }
        profile.pipeline.definitions.append(def);
    }
    const auto setIf = [&parser](const QCommandLineOption &option, QString &target) {
        if (parser.isSet(option))
            target = parser.value(option);
    };
    const auto setFromEnvironment = [](const char *variable, QString &target) {
        if (qEnvironmentVariableIsSet(variable))
            target = qEnvironmentVariable(variable);
    };
    setIf(flinkCert, profile.flinkCertFile);
    setIf(flinkKey, profile.flinkKeyFile);
    setFromEnvironment("TIDEWATCH_FLINK_KEY_PASSWORD", profile.flinkKeyPassphrase);
    setIf(metricsUser, profile.brokerMetricsAuth.user);
    setIf(metricsCa, profile.brokerMetricsAuth.caFile);
    setIf(metricsCert, profile.brokerMetricsAuth.certFile);
    setIf(metricsKey, profile.brokerMetricsAuth.keyFile);
    setFromEnvironment("TIDEWATCH_BROKER_METRICS_PASSWORD", profile.brokerMetricsAuth.password);
    setFromEnvironment("TIDEWATCH_BROKER_METRICS_KEY_PASSWORD", profile.brokerMetricsAuth.keyPassphrase);
    setIf(connectUser, profile.connectAuth.user);
    setIf(connectCert, profile.connectAuth.certFile);
    setIf(connectKey, profile.connectAuth.keyFile);
    setFromEnvironment("TIDEWATCH_CONNECT_PASSWORD", profile.connectAuth.password);
    setFromEnvironment("TIDEWATCH_CONNECT_KEY_PASSWORD", profile.connectAuth.keyPassphrase);
    for (const QString &text : parser.values(flinkLink)) {
        const auto link = ProfileStore::parseFlinkKafkaLink(text);
        if (!link) {
            result.error =
                CommandLineText::tr("--flink-kafka-link needs JOB|GROUP[|TOPIC,TOPIC], got: %1").arg(text);
            return result;
        }
        profile.flinkKafkaLinks.append(*link);
    }
    for (const QString &text : parser.values(eventTopic)) {
        if (text == QLatin1String("stack")) {
            profile.business.topics.append(BusinessConfig::stackDefaults().topics);
            continue;
        }
        const QStringList parts = text.split(QLatin1Char(':'));
        EventKind kind = EventKind::Order;
        EventFormat format = EventFormat::Json;
        if (parts.size() > 3 || parts.first().trimmed().isEmpty() ||
            (parts.size() > 1 && !parseEventKind(parts.at(1), kind)) ||
            (parts.size() > 2 && !parseEventFormat(parts.at(2), format))) {
            result.error =
                CommandLineText::tr(
                    "--event-topic needs TOPIC[:orders|shipments[:json|debezium]] or stack, got: %1")
                    .arg(text);
            return result;
        }
        profile.business.topics.append(EventTopicConfig::withDefaults(parts.first().trimmed(), kind, format));
    }
    // A topic named twice is read once, as its last mention describes it (as in the profiles file).
    QList<EventTopicConfig> unique;
    for (const EventTopicConfig &t : std::as_const(profile.business.topics)) {
        auto same =
            std::find_if(unique.begin(), unique.end(), [&](const auto &u) { return u.topic == t.topic; });
        if (same == unique.end())
            unique.append(t);
        else
            *same = t;
    }
    profile.business.topics = unique;
    if (parser.isSet(eventsFrom) &&
        !parseRanged(QStringLiteral("events-from-minutes"), parser.value(eventsFrom), 0, kMaxEventsMinutes,
                     CommandLineText::tr("minutes"), profile.business.startMinutes, result.error))
        return result;
    if (parser.isSet(name))
        profile.name = parser.value(name);
    if (profile.name.isEmpty())
        profile.name = profile.bootstrapServers.isEmpty()
                           ? QStringLiteral("default")
                           : profile.bootstrapServers.section(QLatin1Char(','), 0, 0);
    if (parser.isSet(kafkaConfig) &&
        !ProfileStore::readPropertiesFile(parser.value(kafkaConfig), profile.kafkaProperties, result.error))
        return result;
    for (const QString &kv : parser.values(property)) {
        const qsizetype eq = kv.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            // Never echo what may be a secret with a typo in it ("sasl.password:...").
            result.error = ProfileStore::isSecretProperty(kv)
                               ? CommandLineText::tr("-X needs key=value")
                               : CommandLineText::tr("-X needs key=value, got: %1").arg(kv);
            return result;
        }
        const QString key = kv.left(eq).trimmed();
        QString value;
        if (!propertyValue(key, kv.mid(eq + 1), value, result.error))
            return result;
        if (ProfileStore::isSecretProperty(key) && !kv.mid(eq + 1).startsWith(QLatin1Char('@')))
            result.warnings << CommandLineText::tr(
                                   "warning: -X %1 puts a secret on the command line, where every user "
                                   "of this machine can read it (ps); use -X %1=@FILE or "
                                   "--kafka-config FILE instead")
                                   .arg(key);
        profile.kafkaProperties.append({key, value});
    }
    // Typos and invalid values are usage errors (exit 2), not an unreachable cluster; properties that
    // would write to the cluster are left out by the client, and said so here.
    for (const auto &[key, value] : std::as_const(profile.kafkaProperties)) {
        if (!KafkaHandle::checkProperty(key, value, result.error))
            return result;
        const QString ignored = KafkaHandle::ignoredReason(key, value, KafkaHandle::Role::Monitor);
        if (!ignored.isEmpty() && !result.warnings.contains(CommandLineText::tr("warning: %1").arg(ignored)))
            result.warnings << CommandLineText::tr("warning: %1").arg(ignored);
    }
    if (parser.isSet(interval)) {
        if (!parseRanged(QStringLiteral("interval"), parser.value(interval), ProfileStore::kMinIntervalMs,
                         ProfileStore::kMaxPollIntervalMs, CommandLineText::tr("milliseconds"),
                         profile.kafkaPollIntervalMs, result.error))
            return result;
        profile.flinkPollIntervalMs = profile.kafkaPollIntervalMs;
        profile.connectPollIntervalMs = profile.kafkaPollIntervalMs;
    }
    if (parser.isSet(timeout) &&
        !parseRanged(QStringLiteral("timeout"), parser.value(timeout), ProfileStore::kMinIntervalMs,
                     ProfileStore::kMaxRequestTimeoutMs, CommandLineText::tr("milliseconds"),
                     profile.requestTimeoutMs, result.error))
        return result;
    if (parser.isSet(rules)) {
        options.rulesPath = parser.value(rules);
        const AlertRulesParseResult parsed = RuleFiles::readJson(options.rulesPath);
        if (!parsed.ok()) {
            result.error = CommandLineText::tr("--rules: %1 is not a valid rules file:\n  %2")
                               .arg(options.rulesPath, parsed.errors.join(QStringLiteral("\n  ")));
            return result;
        }
        options.rules = parsed.rules;
        options.rulesFile = parser.value(rules);
    } else if (const QString user = RuleFiles::defaultUserRulesPath(); QFile::exists(user)) {
        // A broken user file does not stop the dashboard: the built-ins are in force and the rules file
        // object (alerts/RulesFile.h) at rulesPath reports the errors.
        options.rulesPath = user;
        const AlertRulesParseResult parsed = RuleFiles::readJson(user);
        options.rules = parsed.ok() ? parsed.rules : AlertRules::defaults();
    } else {
        options.rules = AlertRules::defaults();
    }
    options.alertHistoryFile = parser.value(alertHistory);
    if (options.alertHistoryFile.isEmpty() && options.mode == AppOptions::Mode::Gui)
        options.alertHistoryFile = AlertService::defaultHistoryPath();
    if (!parser.isSet(noHistory) &&
        (options.mode == AppOptions::Mode::Gui || options.mode == AppOptions::Mode::Render))
        options.metricHistoryDirectory = HistoryStore::defaultDirectory();
    options.startPage = parser.value(page);
    options.profilesFile = parser.value(profilesFile);
    if (options.mode == AppOptions::Mode::Gui || options.mode == AppOptions::Mode::Serve) {
        if (!NotificationProfileKeys::load(options.profilesFile, options.notifications, result.error))
            return result;
        for (const QString &url : parser.values(alertmanager)) {
            NotificationTarget target;
            if (!notificationTargetFromUrl(url, qEnvironmentVariable("TIDEWATCH_ALERTMANAGER_PASSWORD"),
                                           target, result.error)) {
                result.error = QStringLiteral("--alertmanager: ") + result.error;
                return result;
            }
            options.notifications.alertmanagers.append(target);
        }
        for (const QString &url : parser.values(webhook)) {
            NotificationTarget target;
            if (!notificationTargetFromUrl(url, qEnvironmentVariable("TIDEWATCH_WEBHOOK_PASSWORD"), target,
                                           result.error)) {
                result.error = QStringLiteral("--webhook: ") + result.error;
                return result;
            }
            target.bearerToken = qEnvironmentVariable("TIDEWATCH_WEBHOOK_TOKEN");
            options.notifications.webhooks.append(target);
        }
    } else if (parser.isSet(alertmanager) || parser.isSet(webhook)) {
        result.error = CommandLineText::tr("--alertmanager and --webhook belong to the dashboard and serve");
        return result;
    }

    const QString formatName = parser.value(format);
    if (formatName == QLatin1String("json")) {
        options.format = AppOptions::Format::Json;
    } else if (formatName == QLatin1String("table")) {
        options.format = AppOptions::Format::Table;
    } else {
        result.error = CommandLineText::tr("--format must be json or table, got: %1").arg(formatName);
        return result;
    }
    if (parser.isSet(watch) &&
        !parseRanged(QStringLiteral("watch"), parser.value(watch), 1, kMaxSeconds,
                     CommandLineText::tr("seconds"), options.watchSeconds, result.error))
        return result;
    if (parser.isSet(warmup) &&
        !parseRanged(QStringLiteral("warmup"), parser.value(warmup), 1, kMaxSeconds,
                     CommandLineText::tr("seconds"), options.warmupSeconds, result.error))
        return result;
    const QStringList pageNames = MainWindow::pageNames();
    options.wall = parser.isSet(wall);
    if (parser.isSet(wallPages)) {
        options.wallPages = parser.value(wallPages).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &page : std::as_const(options.wallPages)) {
            if (!pageNames.contains(page)) {
                result.error = CommandLineText::tr("--pages: unknown page %1 (pages: %2)")
                                   .arg(page, pageNames.join(QStringLiteral(", ")));
                return result;
            }
        }
    }
    if (parser.isSet(rotate) &&
        !parseRanged(QStringLiteral("rotate"), parser.value(rotate), 0, kMaxSeconds,
                     CommandLineText::tr("seconds"), options.wallRotateSeconds, result.error))
        return result;
    if (parser.isSet(wallExitKey)) {
        const QKeySequence keys(parser.value(wallExitKey), QKeySequence::PortableText);
        // An unknown key name parses as Qt::Key_unknown and prints as nothing.
        if (keys.count() != 1 || keys.toString(QKeySequence::PortableText).isEmpty()) {
            result.error =
                CommandLineText::tr("--wall-exit-key: not a key sequence: %1").arg(parser.value(wallExitKey));
            return result;
        }
        options.wallExitKey = keys.toString(QKeySequence::PortableText);
    }
    if (options.mode == AppOptions::Mode::Render) {
        if (!parseRenderOptions(parser.value(page), parser.value(size), parser.value(theme), options,
                                result.error))
            return result;
        options.renderOut = parser.value(out);
        if (options.renderOut.isEmpty()) {
            result.error =
                CommandLineText::tr("render needs --out FILE.png (or a folder for several images)");
            return result;
        }
        if (parser.isSet(wait) &&
            !parseRanged(QStringLiteral("wait"), parser.value(wait), 1, kMaxSeconds,
                         CommandLineText::tr("seconds"), options.renderWaitSeconds, result.error))
            return result;
    } else if (parser.isSet(theme)) {
        result.error =
            CommandLineText::tr("--theme is an option of render; the dashboard uses the theme of Settings");
        return result;
    }
    options.exporter = ExporterSettings::load(options.profilesFile);
    if (options.mode == AppOptions::Mode::Serve)
        options.exporter.enabled = true;
    const QCommandLineOption &listenOption =
        options.mode == AppOptions::Mode::Serve ? listen : exporterListen;
    if (parser.isSet(listen) && options.mode != AppOptions::Mode::Serve) {
        result.error =
            CommandLineText::tr("--listen is an option of serve; the dashboard takes --exporter-listen");
        return result;
    }
    if (parser.isSet(listenOption)) {
        options.exporter.listen = parser.value(listenOption);
        options.exporter.enabled = true;
    }
    if (parser.isSet(exporterUser))
        options.exporter.user = parser.value(exporterUser);
    if (qEnvironmentVariableIsSet("TIDEWATCH_EXPORTER_PASSWORD"))
        options.exporter.password = qEnvironmentVariable("TIDEWATCH_EXPORTER_PASSWORD");
    if (parser.isSet(exporterTls))
        options.exporter.tlsCertificate = parser.value(exporterTls);
    if (parser.isSet(exporterTlsKey))
        options.exporter.tlsKey = parser.value(exporterTlsKey);
    if (options.exporter.enabled) {
        QString host;
        int port = 0;
        QString why;
        if (!ExporterSettings::parseListen(options.exporter.listen, host, port, why)) {
            result.error = (parser.isSet(listenOption) ? QStringLiteral("--") + listenOption.names().first()
                                                       : QStringLiteral("exporter.listen")) +
                           QStringLiteral(": ") + why;
            return result;
        }
        if (!options.exporter.user.isEmpty() && options.exporter.password.isEmpty()) {
            result.error =
                CommandLineText::tr("the exporter's user %1 has no password: set exporter.password in the "
                                    "profiles file or TIDEWATCH_EXPORTER_PASSWORD")
                    .arg(options.exporter.user);
            return result;
        }
    }
    if (options.mode == AppOptions::Mode::Serve && !profile.hasKafka() && !profile.hasFlink() &&
        !profile.hasConnect()) {
        result.error =
            CommandLineText::tr(
                "serve needs --bootstrap, --flink, --connect, a --profile that has them, or profiles in %1")
                .arg(options.profilesFile);
        return result;
    }
    if (options.mode == AppOptions::Mode::Snapshot && !profile.hasKafka() && !profile.hasFlink() &&
        !profile.hasConnect()) {
        result.error = CommandLineText::tr(
            "snapshot needs --bootstrap, --flink, --connect or a --profile that has them");
        return result;
    }
    return result;
}

} // namespace Tidewatch
