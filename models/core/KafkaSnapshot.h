#pragma once

#include "SourceStatus.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace Tidewatch {

/// One broker as the cluster metadata describes it.
struct BrokerInfo
{
    int id = -1;
    QString host;
    int port = 0;
    QString rack; ///< empty where the broker has no rack configured
    bool isController = false;

    friend bool operator==(const BrokerInfo &, const BrokerInfo &) = default;
};

/// One partition of a topic: placement and replication state.
struct PartitionInfo
{
    int partition = -1;
    int leader = -1; ///< -1: no leader (offline)
    QList<int> replicas;
    QList<int> isr;
    QString error; ///< per-partition metadata error, empty when fine

    bool isOffline() const { return leader < 0; }
    bool isUnderReplicated() const { return isr.size() < replicas.size(); }
    bool isOnPreferredLeader() const { return !replicas.isEmpty() && replicas.first() == leader; }

    friend bool operator==(const PartitionInfo &, const PartitionInfo &) = default;
};

/// One topic with its partitions, sorted by partition number.
struct TopicInfo
{
    QString name;
    bool internal = false; ///< Kafka-internal (__consumer_offsets, __transaction_state, ...)
    QList<PartitionInfo> partitions;
    QString error;

    int underReplicatedCount() const;
    int offlineCount() const;

    friend bool operator==(const TopicInfo &, const TopicInfo &) = default;
};

/// Everything one Kafka collection cycle saw of one cluster. Immutable once published; travels by value.
struct KafkaSnapshot
{
    QString clusterName; ///< the profile's name
    QString clusterId;   ///< Kafka's cluster id, empty if unknown
    int controllerId = -1;
    QList<BrokerInfo> brokers; ///< sorted by id
    QList<TopicInfo> topics;   ///< sorted by name
    SourceStatus status;

    int underReplicatedCount() const;
    int offlineCount() const;
    const TopicInfo *topic(const QString &name) const;
};

} // namespace Tidewatch

Q_DECLARE_METATYPE(Tidewatch::KafkaSnapshot)
