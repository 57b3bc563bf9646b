#pragma once

#include "KafkaSnapshot.h"

#include <QList>

namespace Tidewatch::PartitionBalance {

/// The busiest of @p values over their mean (1: even). Negative (unknown) when fewer than two values
/// are given, any of them is negative (unknown), or they sum to 0 (no traffic: nothing is uneven).
/// @p hottest receives the index of the largest value, or -1 when the skew is unknown.
double skew(const QList<double> &values, int *hottest = nullptr);

/// Fills the balance figures of @p snapshot from what it already holds. Pure.
/// - every broker's replicaCount and preferredLeaderCount (partitionsLed is the collector's);
/// - leaderSkew over the reachable brokers (a broker that is down can lead nothing), replicaSkew over
///   every listed broker (the assignment does not change when one goes down);
/// - every topic's messagesSkew and bytesSkew over its partitions that have a leader, with the
///   hottest partition of each.
void apply(KafkaSnapshot &snapshot);

} // namespace Tidewatch::PartitionBalance
