#include "ServeCommand.h"

#include "Exporter.h"
#include "ExporterFeed.h"
#include "Monitor.h"
#include "SignalPipe.h"
#include "Version.h"

#include <QCoreApplication>
#include <QHash>

#include <csignal>

namespace Tidewatch {

namespace {

// syslog priorities, as journald's SyslogLevelPrefix reads them
enum Priority
{
    Critical = 2,
    Error = 3,
    Warning = 4,
    Notice = 5,
    Info = 6,
    Debug = 7,
};

FILE *g_log = stderr; // Qt's message handler is a plain function: it can only reach a global

void logLine(Priority priority, const QString &text)
{
    // One event, one line: a newline inside a message would make journald read two events.
    QString line = text;
    line.replace(u'\n', QStringLiteral(" | "));
    std::fprintf(g_log, "<%d>%s\n", int(priority), line.toLocal8Bit().constData());
    std::fflush(g_log);
}

void qtMessage(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    const Priority priority = type == QtFatalMsg      ? Critical
                              : type == QtCriticalMsg ? Error
                              : type == QtWarningMsg  ? Warning
                              : type == QtInfoMsg     ? Info
                                                      : Debug;
    logLine(priority, message);
}

QString labelsText(const QList<QPair<QString, QString>> &labels)
{
    QStringList parts;
    for (const auto &[name, value] : labels) {
        if (name != QLatin1String("alertname"))
            parts << name + QStringLiteral("=\"") + value + u'"';
    }
    return u'{' + parts.join(u',') + u'}';
}

Priority alertPriority(const ActiveAlert &alert)
{
    if (alert.severity == QLatin1String("critical"))
        return Critical;
    return alert.severity == QLatin1String("info") ? Notice : Warning;
}

QString clusterList(const QList<ClusterProfile> &profiles)
{
    QStringList names;
    for (const ClusterProfile &p : profiles)
        names << p.name;
    return names.join(QStringLiteral(", "));
}

QString rulesText(const AppOptions &options)
{
    return options.rulesFile.isEmpty()
               ? QStringLiteral("%1 built-in rules").arg(options.rules.size())
               : QStringLiteral("%1 rules from %2").arg(options.rules.size()).arg(options.rulesFile);
}

/// The running service: what SIGHUP replaces and what the logs report on.
class Service : public QObject
{
public:
    explicit Service(const AppOptions &options)
        : m_options(options)
        , m_monitor(options.rules)
        , m_exporter(QStringLiteral(TIDEWATCH_VERSION))
    {}

    int start()
    {
        QString error;
        if (!m_exporter.start(m_options.exporter, error)) {
            logLine(Error, error);
            return ServeCannotListen;
        }
        if (!m_options.alertHistoryFile.isEmpty()) {
            if (!m_monitor.openAlertHistory(m_options.alertHistoryFile, &error))
                logLine(Error, QStringLiteral("alert history %1: %2").arg(m_options.alertHistoryFile, error));
        }
        m_monitor.setNotifications(m_options.notifications);
        m_feed = std::make_unique<ExporterFeed>(&m_monitor, &m_exporter);
        connect(&m_monitor, &Monitor::kafkaSnapshotReady, this, [this](const KafkaSnapshot &s) {
            reportSource(s.clusterName, QStringLiteral("kafka"), s.status);
        });
        connect(&m_monitor, &Monitor::flinkSnapshotReady, this, [this](const FlinkSnapshot &s) {
            reportSource(s.clusterName, QStringLiteral("flink"), s.status);
        });
        connect(&m_monitor, &Monitor::businessSnapshotReady, this, [this](const BusinessSnapshot &s) {
            reportSource(s.clusterName, QStringLiteral("events"), s.status);
        });
        connect(&m_monitor, &Monitor::connectSnapshotReady, this, [this](const ConnectSnapshot &s) {
            reportSource(s.clusterName, QStringLiteral("connect ") + s.restUrl, s.status);
        });
        connect(&m_monitor, &Monitor::alertsEvaluated, this, &Service::reportAlerts);
        for (const ClusterProfile &profile : m_options.allProfiles())
            m_monitor.monitor(profile);
        logLine(Notice, QStringLiteral("tidewatch %1 serving %2; clusters: %3; %4")
                            .arg(QStringLiteral(TIDEWATCH_VERSION), m_exporter.url(),
                                 clusterList(m_monitor.profiles()), rulesText(m_options)));
        return ServeStopped;
    }

    /// SIGHUP: the command line read again, so the files are read exactly as at start.
    void reload()
    {
        logLine(Notice, QStringLiteral("SIGHUP: reloading profiles, rules and exporter settings"));
        const ParseResult parsed = parseCommandLine(QCoreApplication::arguments());
        if (!parsed.error.isEmpty()) {
            logLine(Error, QStringLiteral("reload failed, the running configuration stays: ") + parsed.error);
            return;
        }
        const AppOptions &next = parsed.options;
        m_monitor.setRules(next.rules);
        m_monitor.setNotifications(next.notifications);
        const QList<ClusterProfile> wanted = next.allProfiles();
        for (const QString &name : m_monitor.monitoredClusters()) {
            if (std::none_of(wanted.begin(), wanted.end(), [&](const auto &p) { return p.name == name; }))
                m_monitor.stopMonitoring(name);
        }
        const QList<ClusterProfile> running = m_monitor.profiles();
        for (const ClusterProfile &profile : wanted) {
            if (!running.contains(profile))
                m_monitor.monitor(profile); // new or changed; unchanged clusters keep their history
        }
        if (next.exporter != m_options.exporter) {
            QString error;
            if (!m_exporter.start(next.exporter, error)) {
                logLine(Error, error + QStringLiteral("; keeping the previous listener"));
                QString again;
                if (!m_exporter.start(m_options.exporter, again)) {
                    logLine(Critical, again);
                    QCoreApplication::exit(ServeCannotListen);
                    return;
                }
                AppOptions kept = next;
                kept.exporter = m_options.exporter;
                m_options = kept;
            } else {
                m_options = next;
            }
        } else {
            m_options = next;
        }
        logLine(Notice,
                QStringLiteral("reloaded: clusters: %1; %2; exporter on %3")
                    .arg(clusterList(m_monitor.profiles()), rulesText(m_options), m_exporter.address()));
    }

    void stop()
    {
        m_feed.reset();
        m_exporter.stop(); // no scrape of half-stopped collectors
    }

private:
    void reportSource(const QString &cluster, const QString &source, const SourceStatus &status)
    {
        const QString key = cluster + u'/' + source;
        const auto last = m_reachable.constFind(key);
        if (last != m_reachable.constEnd() && *last == status.reachable)
            return; // one line per change, not per cycle
        m_reachable.insert(key, status.reachable);
        if (status.reachable)
            logLine(Info, QStringLiteral("cluster %1: %2 reachable").arg(cluster, source));
        else
            logLine(Error,
                    QStringLiteral("cluster %1: %2 unreachable: %3").arg(cluster, source, status.error));
    }

    void reportAlerts(const QList<AlertTransition> &transitions)
    {
        for (const AlertTransition &t : transitions) {
            const QString series = t.alert.ruleName + labelsText(t.alert.labels);
            if (t.to == AlertState::Firing)
                logLine(alertPriority(t.alert),
                        QStringLiteral("alert firing: %1 value %2 %3")
                            .arg(series, QString::number(t.alert.value), t.alert.summary));
            else if (t.resolved)
                logLine(Notice, QStringLiteral("alert resolved: ") + series);
            else if (t.to == AlertState::Pending)
                logLine(Info, QStringLiteral("alert pending: ") + series);
        }
    }

    AppOptions m_options;
    Monitor m_monitor;
    Exporter m_exporter;
    std::unique_ptr<ExporterFeed> m_feed;
    QHash<QString, bool> m_reachable; ///< by "cluster/source": the last reported state
};

} // namespace

int runServe(const AppOptions &options, FILE *err)
{
    g_log = err;
    const QtMessageHandler previous = qInstallMessageHandler(qtMessage);
    int code = ServeStopped;
    {
        SignalPipe signalPipe({SIGTERM, SIGINT, SIGHUP});
        if (!signalPipe.isValid()) {
            logLine(Critical, QStringLiteral("cannot install the signal handlers"));
            qInstallMessageHandler(previous);
            return ServeFailed;
        }
        Service service(options);
        code = service.start();
        if (code == ServeStopped) {
            QObject::connect(&signalPipe, &SignalPipe::received, &service, [&service](int number) {
                if (number == SIGHUP) {
                    service.reload();
                    return;
                }
                logLine(Notice,
                        QStringLiteral("%1: stopping")
                            .arg(number == SIGTERM ? QStringLiteral("SIGTERM") : QStringLiteral("SIGINT")));
                QCoreApplication::exit(ServeStopped);
            });
            code = QCoreApplication::exec();
            service.stop();
        }
    } // the Monitor stops its collectors here: every thread asked to quit first, then waited for
    if (code == ServeStopped)
        logLine(Info, QStringLiteral("stopped"));
    qInstallMessageHandler(previous);
    return code;
}

} // namespace Tidewatch
