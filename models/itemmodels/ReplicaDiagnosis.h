#pragma once

#include "KafkaSnapshot.h"

#include <QList>
#include <QMap>
#include <QString>

namespace Tidewatch {

/// What a broker outage (or a lagging follower) does to replication, derived from one snapshot:
/// which partitions miss which broker's replica, and the cause in one sentence.
namespace ReplicaDiagnosis {

/// Replicas of @p partition that are not in its ISR, by broker id, in replica order.
QList<int> missingReplicas(const PartitionInfo &partition);
/// For every broker that some partition misses: how many partitions miss its replica.
QMap<int, int> missingByBroker(const KafkaSnapshot &snapshot);
/// "broker 2: 21 partitions · broker 3: 1 partition" (translated); empty when nothing is missing.
QString missingSummary(const QMap<int, int> &missing);
/// The cause above a table, worst first: "Broker 2 is down: 21 partitions are missing its replica",
/// or for a broker that is up but out of sync "Broker 3 is up but out of sync: 4 partitions are
/// missing its replica"; several brokers are joined with "; ". Empty when every replica is in sync.
QString causeStatement(const KafkaSnapshot &snapshot);
/// Partitions not led by their preferred (first) replica, over every topic.
int notOnPreferredLeaderCount(const KafkaSnapshot &snapshot);
/// Partitions each broker leads, by broker id (brokers that lead none included with 0).
QMap<int, int> leadersByBroker(const KafkaSnapshot &snapshot);

} // namespace ReplicaDiagnosis
} // namespace Tidewatch
