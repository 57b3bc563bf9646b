#pragma once

#include "FlinkSnapshot.h"
#include "KafkaSnapshot.h"

#include <QDateTime>
#include <QString>

namespace Tidewatch {

/// How fresh one source of a cluster is, in the order of severity.
enum class Freshness
{
    NotConfigured, ///< the profile has no such source
    Waiting,       ///< configured, no snapshot yet
    Live,
    Stale,       ///< the last data is older than the stale threshold
    Unreachable, ///< the last cycle failed
};

/// The figures of one cluster's health strip: what the overview and the wall display show per
/// cluster. Computed from the latest snapshots; no widget involved.
struct ClusterHealth
{
    QString name;
    Freshness kafka = Freshness::NotConfigured;
    Freshness flink = Freshness::NotConfigured;
    qint64 kafkaAgeMs = -1; ///< age of the Kafka data; -1: none yet
    qint64 flinkAgeMs = -1;
    QString kafkaError; ///< why Kafka is unreachable
    QString flinkError;

    qint64 staleAfterMs = 0; ///< data older than this is stale (the strip turns amber at half of it)

    int brokersUp = 0;
    int brokersTotal = 0;
    QList<int> brokersDown; ///< ids of the brokers in the metadata that cannot be reached
    int controllerId = -1;
    int underReplicated = 0;
    QString controllerSource; ///< empty: the controller is unknown (no broker metrics say)
    int offline = 0;
    int underMinIsr = 0;
    int groups = 0;
    int groupsWarn = 0; ///< Burrow WARN
    int groupsErr = 0;  ///< Burrow ERR (a partition stopped, stalled or rewound)
    double worstTimeLagSeconds = -1;
    bool worstTimeLagIsLowerBound = false; ///< the worst group's time lag is "at least" this
    QString worstTimeLagGroup;

    int jobs = 0;
    int jobsRunning = 0;
    int jobsBackpressured = 0;     ///< jobs with a vertex at high back pressure
    int jobsCheckpointFailing = 0; ///< jobs whose latest checkpoint failed after the latest completed one

    int alertsFiring = 0;
    int alertsPending = 0;

    /// 0: fine, 1: warning, 2: trouble: what the strip's colour says.
    int severity() const;
};

/// Summarises a cluster's latest snapshots (either may be null: not configured or not arrived)
/// at @p now; data older than @p staleAfterMs is stale.
ClusterHealth summarizeCluster(const QString &name, bool kafkaConfigured, const KafkaSnapshot *kafka,
                               bool flinkConfigured, const FlinkSnapshot *flink, qint64 staleAfterMs,
                               const QDateTime &now);

} // namespace Tidewatch
