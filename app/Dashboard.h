#pragma once

#include "AlertEvaluator.h"
#include "CommandLine.h"
#include "SnapshotMetrics.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>
#include <vector>

namespace Tidewatch {

class MainWindow;
class RulesFile;
class RulesPage;

/// Wires the collectors of every monitored cluster, each on its own thread, to the main window,
/// and evaluates the alert rules on what they deliver. Owns the threads and stops them cleanly
/// (stop the collector, quit the thread, wait) before the window goes away.
class Dashboard : public QObject
{
    Q_OBJECT
public:
    explicit Dashboard(const AppOptions &options, QObject *parent = nullptr);
    ~Dashboard() override;

    MainWindow *window() const { return m_window.get(); }
    /// Monitors @p profile beside the clusters already monitored; a monitored profile of the same
    /// name is restarted with the new settings (Settings, Connect).
    void monitor(const ClusterProfile &profile);
    /// Stops monitoring the profile @p name (Settings, Disconnect).
    void stopMonitoring(const QString &name);
    QStringList monitoredClusters() const;
    const AlertEvaluator &alerts() const { return m_alerts; }
    /// The rules file whose rules are in force.
    const RulesFile &rulesFile() const { return *m_rulesFile; }

Q_SIGNALS:
    /// A collector delivered a snapshot of @p cluster (on the GUI thread, before the window
    /// applies it); @p reachable: it carries data from the source, not only an error.
    void kafkaSnapshotDelivered(const QString &cluster, bool reachable);
    void flinkSnapshotDelivered(const QString &cluster, bool reachable);
    void businessSnapshotDelivered(const QString &cluster, bool reachable);
    /// The event topics of @p cluster were read up to where they ended when reading started.
    void businessCaughtUp(const QString &cluster);

private:
    struct Session;
    void evaluateAlerts();
    void scheduleAlertEvaluation();
    Session *session(const QString &name) const;
    /// True when @p generation is the live session of cluster @p name.
    bool isCurrent(const QString &name, quint64 generation) const;
    /// Stops @p session's collectors in the background and forgets what they delivered.
    void retire(std::unique_ptr<Session> session);
    void purgeRetired();
    RulesPage *rulesPage() const;
    /// Makes @p path the rules file: its rules (or @p fallback while it does not exist) are in force.
    void useRulesFile(const QString &path, const QList<AlertRule> &fallback);

    std::unique_ptr<MainWindow> m_window;
    std::vector<std::unique_ptr<Session>> m_sessions;
    std::vector<std::unique_ptr<Session>> m_retiring; ///< replaced or disconnected, threads finishing
    quint64 m_generation = 0;
    bool m_rememberLayout = false;
    AlertEvaluator m_alerts;
    std::unique_ptr<RulesFile> m_rulesFile; ///< the rules in force; the Rules page edits it
    QTimer m_evaluation;                    ///< coalesces the evaluations a burst of snapshots asks for
    /// The latest samples of every source, by "kafka/<cluster>", "flink/<cluster>" or "business/<cluster>".
    QHash<QString, QList<MetricSample>> m_samples;
};

} // namespace Tidewatch
