#pragma once

#include "AlertEvaluator.h"
#include "CommandLine.h"

#include <QObject>

#include <memory>

namespace Tidewatch {

class DesktopExporter;
class HistoryRecorder;
class MainWindow;
class Monitor;
class RulesFile;
class RulesPage;
class TrayNotifier;

/// The desktop: a Monitor (the collectors of every monitored cluster and the alert evaluation) shown
/// in the main window. Settings' Connect and Disconnect start and stop clusters.
class Dashboard : public QObject
{
    Q_OBJECT
public:
    explicit Dashboard(const AppOptions &options, QObject *parent = nullptr);
    ~Dashboard() override;

    MainWindow *window() const { return m_window.get(); }
    Monitor *monitor() const { return m_monitor.get(); }
    /// The tray icon and desktop notifications (interactive dashboard only; null otherwise).
    TrayNotifier *tray() const { return m_tray; }
    /// Monitors @p profile beside the clusters already monitored; a monitored profile of the same
    /// name is restarted with the new settings (Settings, Connect).
    void monitor(const ClusterProfile &profile);
    /// Stops monitoring the profile @p name (Settings, Disconnect).
    void stopMonitoring(const QString &name);
    QStringList monitoredClusters() const;
    const AlertEvaluator &alerts() const;
    /// The rules file whose rules are in force; the Rules page edits it.
    const RulesFile &rulesFile() const { return *m_rulesFile; }

Q_SIGNALS:
    /// A collector delivered a snapshot of @p cluster (on the GUI thread, after the window
    /// applied it); @p reachable: it carries data from the source, not only an error.
    void kafkaSnapshotDelivered(const QString &cluster, bool reachable);
    void flinkSnapshotDelivered(const QString &cluster, bool reachable);
    void businessSnapshotDelivered(const QString &cluster, bool reachable);
    void postgresSnapshotDelivered(const QString &cluster, bool reachable);
    /// The Connect cluster at @p restUrl (as ConnectSnapshot::restUrl: credentials removed) delivered.
    void connectSnapshotDelivered(const QString &cluster, const QString &restUrl, bool reachable);
    /// The event topics of @p cluster were read up to where they ended when reading started.
    void businessCaughtUp(const QString &cluster);
    /// The stored chart history of @p cluster was read back (or there was none to read).
    void historyLoaded(const QString &cluster);

private:
    /// Says @p message in the window's status bar (with the two before it) and the log; empty: nothing.
    void showProblem(const QString &message);
    RulesPage *rulesPage() const;
    /// Makes @p path the rules file: its rules (or @p fallback while it does not exist) are in force.
    void useRulesFile(const QString &path, const QList<AlertRule> &fallback);
    /// Puts @p rules in force: the monitor evaluates them, the pages' charts draw their thresholds.
    void applyRules(const QList<AlertRule> &rules);
    /// The Alerts page, the overview's and wall banner's ack/silence markers, the tray icon and the
    /// Notifications settings tab, on the monitor's AlertService and NotificationHub.
    void wireAlertHandling(const AppOptions &options);
    /// The charts' history on disk (docs/ARCHITECTURE.md, "Metric history on disk").
    void wireMetricHistory(const AppOptions &options);

    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<Monitor> m_monitor;          ///< declared after the window: stopped before it goes away
    std::unique_ptr<DesktopExporter> m_exporter; ///< off unless enabled; fed by m_monitor
    std::unique_ptr<RulesFile> m_rulesFile;
    bool m_rememberLayout = false;
    QStringList m_problems; ///< what showProblem() said last
    TrayNotifier *m_tray = nullptr;
    std::unique_ptr<HistoryRecorder> m_historyRecorder; ///< null: the history lives in memory only
};

} // namespace Tidewatch
