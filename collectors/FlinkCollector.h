#pragma once

#include "ClusterProfile.h"
#include "FlinkParsers.h"
#include "FlinkSnapshot.h"
#include "HttpClientAuth.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QSslConfiguration>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace Tidewatch {

class BoundedReply;

/// Polls one Flink REST endpoint and publishes an immutable FlinkSnapshot per cycle.
/// Non-blocking (Qt Network); may live on the GUI thread or its own. One collector per cluster.
///
/// A cycle asks for the cluster (/overview, /taskmanagers, /jobs/overview; /config and
/// /jobmanager/config until known), then per live job for restarts, the last failure and the
/// checkpoint statistics, and, once per Flink metric-fetcher interval, per TaskManager for heap and
/// CPU load and per vertex for back-pressure, busy/idle time and rates, and watermarks. `/jobs/:jid` (the
/// plan) is cached and fetched again only when the job changes or the cache is a minute old.
///
/// Every request is held to HttpLimits (the request timeout for the whole answer, the profile's
/// response size limit, same-origin redirects); the cycle as a whole to cycleDeadlineMs().
class FlinkCollector : public QObject
{
    Q_OBJECT
public:
    explicit FlinkCollector(ClusterProfile profile, QObject *parent = nullptr);

    Q_INVOKABLE void start();
    Q_INVOKABLE void stop();
    /// Starts one cycle now unless one is in flight; snapshotReady() follows.
    Q_INVOKABLE void collect();

Q_SIGNALS:
    void snapshotReady(const Tidewatch::FlinkSnapshot &snapshot);

private:
    struct Reply
    {
        int http = 0;
        QByteArray body;
        QString error; ///< transport or HTTP error, empty on 2xx
    };
    using Handler = std::function<void(const Reply &)>;

    struct CachedPlan
    {
        FlinkParsers::JobPlan plan;
        qint64 fetchedAtMs = -1;        ///< local clock
        qint64 clockOffsetMs = 0;       ///< JobManager clock minus local clock
        qint64 lastModificationMs = -1; ///< from /jobs/overview when fetched
        QString state;
    };
    struct CachedSourceIds
    {
        FlinkParsers::SourceMetricIds ids;
        qint64 listedAtMs = -1;
        /// How long an incomplete listing waits before the next: doubles up to kSourceIdsMaxAgeMs, so a
        /// source that never has a watermark (noWatermarks(), a subtask without splits) is not
        /// listed again every few seconds for ever.
        qint64 incompleteRetryMs = 0;
    };

    void get(const QString &path, Handler handler);
    void coreFailed(const QString &path, const QString &error);
    void partFailed(const QString &path, const QString &error);
    void requestJobs();
    void requestTaskManagerMetrics();
    void requestJobDetails(const QString &jobId);
    void requestVertexMetrics(const QString &jobId);
    void requestSourceWatermarks(const QString &jobId, const QString &vertexId);
    FlinkJobDetails *job(const QString &jobId);
    QString stateOf(const QString &jobId) const;
    FlinkVertexInfo *vertex(const QString &jobId, const QString &vertexId);
    qint64 jobManagerNowMs(const QString &jobId) const;
    void finishCycle();
    int cycleDeadlineMs() const;
    void applyPlan(const CachedPlan &cached, FlinkJobDetails &j) const;
    void linkKafkaSources(const QString &jobName, FlinkJobDetails &job) const;

    ClusterProfile m_profile;
    QNetworkAccessManager *m_network = nullptr;
    QTimer *m_timer = nullptr;
    QTimer *m_cycleDeadline = nullptr;
    QSet<BoundedReply *> m_inFlight; ///< requests of the current cycle not answered yet
    FlinkSnapshot m_last;
    FlinkSnapshot m_next;
    QStringList m_errors;
    int m_pending = 0;
    qint64 m_cycleStartMs = 0;
    bool m_metricRound = false;
    qint64 m_lastMetricRoundMs = -1;
    qint64 m_fetcherIntervalMs = -1;              ///< Flink's metrics.fetcher.update-interval, -1 until known
    QHash<QString, CachedPlan> m_plans;           ///< by job id
    QHash<QString, CachedSourceIds> m_sourceIds;  ///< by "jid/vid"
    QHash<QString, qint64> m_checkpointIntervals; ///< `/checkpoints/config` interval by job id
    HttpClientAuth m_auth;                        ///< TLS and basic auth of the profile's Flink options
};

} // namespace Tidewatch
