#pragma once

#include "AlertService.h"
#include "BusinessSnapshot.h"
#include "ClusterProfile.h"
#include "ConnectSnapshot.h"
#include "FlinkSnapshot.h"
#include "KafkaSnapshot.h"
#include "NotificationConfig.h"
#include "PipelineSnapshot.h"
#include "PostgresSnapshot.h"
#include "SnapshotMetrics.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>
#include <vector>

namespace Tidewatch {

class NotificationHub;

/// The monitoring itself, without a window: the collectors of every monitored cluster, each on its
/// own thread, the latest metric samples of every source, and the alert evaluation over them. The
/// desktop (Dashboard) shows what it emits; the headless `serve` exports it. Owns the threads and
/// stops them cleanly (stop the collector, quit the thread, wait).
class Monitor : public QObject
{
    Q_OBJECT
public:
    explicit Monitor(const QList<AlertRule> &rules, QObject *parent = nullptr);
    ~Monitor() override;

    /// Monitors @p profile beside the clusters already monitored; a monitored profile of the same
    /// name is restarted with the new settings. Emits clusterAdded() before its collectors start.
    void monitor(const ClusterProfile &profile);
    /// Stops monitoring the profile @p name; emits clusterRemoved().
    void stopMonitoring(const QString &name);
    QStringList monitoredClusters() const;
    /// The profiles being monitored, in the order they were added.
    QList<ClusterProfile> profiles() const;

    /// Replaces the alert rules; unchanged rules keep their alerts' state. Evaluates at once.
    void setRules(const QList<AlertRule> &rules);
    /// Where alerts are sent (Alertmanagers, webhooks) and how desktop notifications are throttled;
    /// the hub is fed after every evaluation. Without targets nothing is sent.
    void setNotifications(const NotificationConfig &config);
    NotificationHub *notifications() const { return m_notifications.get(); }
    const AlertEvaluator &alerts() const { return m_alerts.evaluator(); }
    /// The alert handling (acknowledgements, silences, history) over this monitor's evaluation.
    AlertService &alertService() { return m_alerts; }
    /// Opens the alert history at @p path and restores the previous run's alerts from it; false
    /// (and @p error) when it cannot be opened: the alerts then work on without history.
    bool openAlertHistory(const QString &path, QString *error = nullptr);
    /// The health of every source of every monitored cluster, as the evaluation gets it: a source
    /// that has not finished its first cycle, is unreachable or is stale has no data for its rules.
    QList<SourceHealth> sourceHealth() const { return m_health.values(); }
    /// The latest samples of every source of every monitored cluster.
    QList<MetricSample> samples() const;

    /// How long after its last delivery a source's data is no longer live: two poll intervals plus
    /// one request timeout.
    static qint64 staleAfterMs(const ClusterProfile &profile);
    /// Health entries scoped to the consumer groups of @p s whose offsets failed this cycle: the alerts
    /// on their series wait instead of resolving (SourceHealth::scope).
    static QList<SourceHealth> groupsWithoutOffsets(const KafkaSnapshot &s);

Q_SIGNALS:
    void clusterAdded(const Tidewatch::ClusterProfile &profile);
    void clusterRemoved(const QString &name);
    /// A collector of a current session delivered a snapshot (on this object's thread); results of
    /// replaced or stopped sessions are dropped before they get here.
    void kafkaSnapshotReady(const Tidewatch::KafkaSnapshot &snapshot);
    void flinkSnapshotReady(const Tidewatch::FlinkSnapshot &snapshot);
    void businessSnapshotReady(const Tidewatch::BusinessSnapshot &snapshot);
    void postgresSnapshotReady(const Tidewatch::PostgresSnapshot &snapshot);
    /// One per Connect cluster of a profile (tell them apart by restUrl).
    void connectSnapshotReady(const Tidewatch::ConnectSnapshot &snapshot);
    /// The cluster's pipelines, rebuilt from its latest snapshots whenever one of them arrives.
    void pipelineSnapshotReady(const Tidewatch::PipelineSnapshot &snapshot);
    /// The event topics of @p cluster were read up to where they ended when reading started.
    void businessCaughtUp(const QString &cluster);
    /// The rules were evaluated at @p nowMs over samples(); alerts() holds the result.
    void alertsEvaluated(const QList<Tidewatch::AlertTransition> &transitions, qint64 nowMs);

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
    void startKafka(Session &session);
    void startFlink(Session &session);
    /// A collector's snapshot on the GUI thread, with the alert samples built on the collector's.
    void kafkaDelivered(quint64 generation, const KafkaSnapshot &s, QList<MetricSample> samples);
    void flinkDelivered(quint64 generation, const FlinkSnapshot &s, QList<MetricSample> samples);
    void startBusiness(Session &session);
    void startPostgres(Session &session);
    void startConnect(Session &session);
    /// "connect/<cluster>/<url without credentials>": a profile may have several Connect clusters.
    static QString connectKey(const QString &cluster, const QString &url);
    /// Rebuilds the pipelines of @p session from its latest snapshots, their samples and health.
    void updatePipelines(Session &session);
    void updateHealth(const QString &key, const SourceStatus &status);

    std::vector<std::unique_ptr<Session>> m_sessions;
    std::vector<std::unique_ptr<Session>> m_retiring; ///< replaced or disconnected, threads finishing
    quint64 m_generation = 0;
    AlertService m_alerts;
    /// The health of every source, by the same keys as m_samples.
    QHash<QString, SourceHealth> m_health;
    QTimer m_evaluation; ///< coalesces the evaluations a burst of snapshots asks for
    QTimer m_tick;       ///< evaluates once a second without new data, so `for` and staleness advance
    std::unique_ptr<NotificationHub> m_notifications;
    /// The latest samples of every source, by "kafka/<cluster>", "flink/<cluster>", "business/<cluster>",
    /// "postgres/<cluster>", "pipeline/<cluster>" or connectKey().
    QHash<QString, QList<MetricSample>> m_samples;
};

} // namespace Tidewatch
