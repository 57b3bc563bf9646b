#pragma once

#include "KafkaSnapshot.h"

#include <QRegularExpression>

#include <functional>

namespace Tidewatch::GroupDepth {

/// What the retention estimate of one group partition is made from; negative numbers are unknown.
struct RetentionInput
{
    qint64 committedOffset = -1;
    qint64 logStartOffset = -1;
    qint64 endOffset = -1; ///< where the group's lag ends (high watermark or LSO)
    double timeLagSeconds = -1;
    bool timeLagIsLowerBound = false;
    double produceRatePerSecond = -1; ///< messages per second appended to the partition
    double consumeRatePerSecond = -1; ///< messages per second the group's committed offset advances
    bool retentionKnown = false;
    qint64 retentionMs = -1;    ///< -1: unlimited
    qint64 retentionBytes = -1; ///< per partition; -1: unlimited
    bool deletes = true;        ///< cleanup.policy includes "delete"
    double bytesPerMessage = -1;
};

/// When retention will reach the group's position, at the current rates. By time: the record at the
/// committed offset is timeLag old and is deleted once older than retention.ms; the time lag grows by
/// (1 - consume / produce) seconds per second. By size: the partition keeps about retention.bytes /
/// bytesPerMessage messages; the lag grows by (produce - consume) messages per second. The sooner of
/// the two counts. Kafka deletes whole segments, so the real deletion comes at this time or later.
RetentionRisk retentionRisk(const RetentionInput &in);

/// Average bytes per message of @p topic: its size on disk (broker metrics) over its replicas and the
/// messages between log start and end; -1 when any of these is unknown.
double bytesPerMessage(const TopicInfo &topic);

/// Completes @p group after LagTracker::fillGroup(): per partition the log start, the LSO, data lost
/// and the retention risk; per topic the sums; for the group the data-lost count, the soonest
/// retention risk and the hanging transactions under its partitions. @p produceRate gives a
/// partition's messages per second (-1: unknown); @p bytesPerMessage a topic's (-1: unknown).
void fill(ConsumerGroupInfo &group, const KafkaSnapshot &snapshot,
          const std::function<double(const QString &topic, int partition)> &produceRate,
          const std::function<double(const QString &topic)> &bytesPerMessage);

/// Whether @p groupId matches one of @p patterns (wildcards: * and ?), built by patterns().
bool matchesAny(const QString &groupId, const QList<QRegularExpression> &patterns);
/// The wildcard patterns of ClusterProfile::readCommittedGroups as anchored expressions.
QList<QRegularExpression> patterns(const QStringList &wildcards);

} // namespace Tidewatch::GroupDepth
