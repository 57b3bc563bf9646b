#pragma once

#include "SourceStatus.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace Tidewatch {

/// One replication slot of `pg_replication_slots` and how far its consumer is behind the WAL.
/// Unknown numbers are negative.
struct ReplicationSlotInfo
{
    QString name;
    QString plugin;   ///< output plugin (pgoutput, decoderbufs, ...); empty for physical slots
    QString slotType; ///< "logical" or "physical"
    QString database; ///< empty for physical slots
    bool active = false;
    int activePid = -1;        ///< the walsender serving it; -1 when none
    QString walStatus;         ///< reserved, extended, unreserved, lost; empty: unknown
    QString confirmedFlushLsn; ///< logical slots: what the consumer confirmed; empty: null
    QString restartLsn;        ///< the oldest WAL the slot keeps; empty: null
    /// Bytes of WAL between the server's current position and what the consumer confirmed
    /// (`pg_wal_lsn_diff(pg_current_wal_lsn(), confirmed_flush_lsn)`; restart_lsn for physical
    /// slots). -1: unknown (the slot has no position yet).
    qint64 lagBytes = -1;
    qint64 retainedBytes = -1; ///< WAL kept for the slot: current position minus restart_lsn
    /// How long ago the server's WAL was where the consumer confirmed, interpolated on the WAL
    /// positions the collector sampled (the Kafka time-lag method on LSNs): a measurement to the
    /// poll interval, 0 when caught up. -1: unknown (fewer than two samples and behind).
    double lagSeconds = -1;
    bool lagSecondsIsLowerBound = false; ///< the position is older than the sampled history
    /// Change of lagBytes per second over the last minute of samples (negative: draining); only
    /// meaningful when hasLagGrowth (any value, -1 included, can be a real growth).
    double lagGrowthBytesPerSecond = 0;
    bool hasLagGrowth = false;

    friend bool operator==(const ReplicationSlotInfo &, const ReplicationSlotInfo &) = default;
};

/// Debezium's own figures for one connector (its `server`, the topic prefix), scraped from the
/// Connect worker's JMX exporter. Unknown numbers are negative.
struct DebeziumMetrics
{
    QString server;                       ///< Debezium's `server` label: the connector's topic.prefix
    double milliSecondsBehindSource = -1; ///< streaming: event commit time to processing time
    double queueRemainingCapacity = -1;
    double queueTotalCapacity = -1;
    int connected = -1;         ///< streaming Connected: 1/0; -1 unknown
    int snapshotRunning = -1;   ///< 1/0; -1 unknown
    int snapshotCompleted = -1; ///< 1/0; -1 unknown
    double remainingTableCount = -1;
    double totalTableCount = -1;

    friend bool operator==(const DebeziumMetrics &, const DebeziumMetrics &) = default;
};

/// What one collection cycle saw of one PostgreSQL server's replication slots.
struct PostgresSnapshot
{
    QString clusterName; ///< the profile's name
    QString server;      ///< "host:port/dbname" as connected (never the password)
    QString serverVersion;
    bool inRecovery = false;       ///< a standby: positions are the replayed WAL, not the written one
    QString currentWalLsn;         ///< empty: unknown
    double walBytesPerSecond = -1; ///< WAL written per second over the sampled history; -1 unknown
    QList<ReplicationSlotInfo> replicationSlots; ///< sorted by name
    SourceStatus status;
    /// Debezium's figures by server, sorted; empty when no endpoint is configured or it failed.
    QList<DebeziumMetrics> debezium;
    QString debeziumError; ///< why the Debezium figures are missing; empty when fine or not configured

    const ReplicationSlotInfo *slot(const QString &name) const
    {
        for (const ReplicationSlotInfo &s : replicationSlots) {
            if (s.name == name)
                return &s;
        }
        return nullptr;
    }
};

} // namespace Tidewatch

Q_DECLARE_METATYPE(Tidewatch::PostgresSnapshot)
