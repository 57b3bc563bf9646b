#pragma once

#include "LagStatus.h"
#include "SourceStatus.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Tidewatch {

/// One broker as the cluster metadata describes it.
struct BrokerInfo
{
    int id = -1;
    QString host;
    int port = 0;
    QString rack; ///< empty: unknown (librdkafka 2.0.2 does not report racks)
    bool isController = false;
    bool reachable = true;        ///< false: missing from the cluster metadata, or the client cannot connect
    QString error;                ///< why it is unreachable
    double rttMs = -1;            ///< average request round trip seen by the collector; negative: unknown
    int partitionsLed = 0;        ///< partitions this broker leads
    int replicaCount = 0;         ///< partition replicas assigned to this broker (PartitionBalance)
    int preferredLeaderCount = 0; ///< partitions whose preferred (first) replica is this broker
    // From the broker's Prometheus endpoint, where one is configured; negative: unknown.
    double bytesInPerSecond = -1;
    double bytesOutPerSecond = -1;
    double messagesInPerSecond = -1;
    double logSizeBytes = -1;        ///< bytes of all replicas on this broker
    double produceLatencyP99Ms = -1; ///< total time of Produce requests, 99th percentile
    double fetchLatencyP99Ms = -1;   ///< total time of consumer Fetch requests, 99th percentile
    QString metricsError;            ///< why the metrics are missing, empty when fine or not configured

    friend bool operator==(const BrokerInfo &, const BrokerInfo &) = default;
};

/// One partition of a topic: placement and replication state.
struct PartitionInfo
{
    int partition = -1;
    int leader = -1; ///< -1: no leader (offline)
    QList<int> replicas;
    QList<int> isr;
    QString error;                 ///< per-partition metadata error, empty when fine
    qint64 lowWatermark = -1;      ///< log start offset; -1: unknown (not fetched, or its leader failed)
    qint64 highWatermark = -1;     ///< log end offset (read_uncommitted); -1: unknown
    QString offsetError;           ///< why the watermarks are unknown, empty when fine
    double messagesPerSecond = -1; ///< from high-watermark deltas; negative: unknown
    /// Last stable offset: where a read_committed consumer's reads end (below the high watermark while
    /// a transaction is open); -1: unknown (not fetched yet, or its leader failed). Fetched with the
    /// metadata refresh, and every cycle while it was below the high watermark (lastStableReadAt).
    qint64 lastStableOffset = -1;
    QDateTime lastStableReadAt; ///< when lastStableOffset was read; invalid: never
    /// Seconds the last stable offset has stayed where it is, below the high watermark (an open
    /// transaction); negative: none open as far as seen.
    double openTransactionSeconds = -1;
    /// openTransactionSeconds beyond the profile's threshold: a hanging transaction, which holds every
    /// read_committed consumer of the partition at the last stable offset.
    bool hangingTransaction = false;
    /// Bytes appended to the leader's log per second, from the growth of the leader's
    /// kafka_log_log_size (broker metrics); negative: unknown (no metrics, first sample, leader moved,
    /// or retention shrank the log this interval).
    double bytesInPerSecond = -1;

    bool isOffline() const { return leader < 0; }
    /// ISR below the topic's min.insync.replicas: producers with acks=all are refused.
    bool isUnderMinIsr(int minIsr) const { return minIsr > 0 && leader >= 0 && isr.size() < minIsr; }
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
    int minInsyncReplicas = -1;    ///< the topic's min.insync.replicas (DescribeConfigs); -1: unknown
    double messagesPerSecond = -1; ///< sum over partitions; negative: unknown
    double bytesInPerSecond = -1;  ///< from broker metrics (leaders count produced bytes); negative: unknown
    double bytesOutPerSecond = -1; ///< bytes fetched by consumers (not replication)
    double logSizeBytes = -1;      ///< on disk, all replicas together; negative: unknown
    /// Why logSizeBytes is unknown (no broker metrics, no size series), translated; empty when known.
    QString logSizeReason;
    /// The topic's retention (DescribeConfigs), valid when retentionKnown: retention.ms and
    /// retention.bytes (per partition), -1 for unlimited; cleanup.policy ("delete", "compact",
    /// "compact,delete").
    bool retentionKnown = false;
    qint64 retentionMs = -1;
    qint64 retentionBytes = -1;
    QString cleanupPolicy;
    /// retention.bytes x partitions x replicas: the most the topic may keep on disk before size-based
    /// deletion, comparable with logSizeBytes; negative: unknown or unlimited.
    double retentionBudgetBytes = -1;

    /// Whether records are deleted by age or size at all (cleanup.policy includes "delete").
    bool deletesByRetention() const { return cleanupPolicy.contains(QLatin1String("delete")); }
    int hangingTransactionCount() const;
    // How unevenly traffic spreads over the partitions (PartitionBalance): the busiest partition's
    // rate over the mean of the partitions'. 1 is even; negative: unknown (a rate unknown, one
    // partition, or no traffic).
    double messagesSkew = -1;
    int hottestPartitionByMessages = -1; ///< the busiest partition by messages/s; -1: unknown
    double bytesSkew = -1;
    int hottestPartitionByBytes = -1; ///< the busiest partition by bytes/s; -1: unknown

    int underReplicatedCount() const;
    int offlineCount() const;
    int underMinIsrCount() const;
    int notOnPreferredLeaderCount() const;

    friend bool operator==(const TopicInfo &, const TopicInfo &) = default;
};

/// A member of a consumer group and the partitions assigned to it.
struct GroupMember
{
    QString memberId;
    QString clientId;
    QString host;
    QList<QPair<QString, int>> assignment; ///< (topic, partition), sorted

    friend bool operator==(const GroupMember &, const GroupMember &) = default;
};

/// Where a partition's time lag comes from.
enum class TimeLagSource
{
    Unknown,      ///< no time lag (no commit, or nothing to estimate it from yet)
    History,      ///< interpolated on the high-watermark history the collector keeps (fine or coarse)
    RecordCreate, ///< now minus the CreateTime of the record at the committed offset (producer's clock)
    RecordAppend, ///< now minus the LogAppendTime of the record at the committed offset (broker's clock)
};
/// Stable token: "history", "record-create-time", "record-log-append-time", or "unknown".
QString timeLagSourceName(TimeLagSource source);

/// Whether the records a group has not read yet may be deleted by retention before it reads them.
struct RetentionRisk
{
    enum class State
    {
        Unknown,   ///< not enough known (reason says what is missing)
        DataLost,  ///< already behind the log start
        AtRisk,    ///< at the current rates, retention reaches the group's position in etaSeconds
        NotAtRisk, ///< caught up, consuming faster than produced, unlimited or compaction-only retention
    };
    State state = State::Unknown;
    double etaSeconds = -1;       ///< AtRisk: seconds until the first unread record may be deleted (>= 0)
    bool etaIsUpperBound = false; ///< from a time lag that is only a lower bound
    QString basis;                ///< AtRisk: "time" (retention.ms) or "size" (retention.bytes)
    QString reason;               ///< translated words for Unknown and NotAtRisk; empty otherwise

    friend bool operator==(const RetentionRisk &, const RetentionRisk &) = default;
};
/// Stable token: "unknown", "data-lost", "at-risk", "not-at-risk".
QString retentionStateName(RetentionRisk::State state);

/// One partition a group has committed an offset for (or is assigned).
struct GroupPartitionLag
{
    QString topic;
    int partition = -1;
    qint64 committedOffset = -1; ///< -1 with hasCommit false: the group never committed here
    bool hasCommit = false;
    qint64 highWatermark = -1;  ///< -1: unknown (its leader failed)
    qint64 lag = -1;            ///< messages behind; -1: unknown (no commit or no watermark). Never negative.
    double timeLagSeconds = -1; ///< seconds behind; negative: unknown
    bool timeLagIsLowerBound = false; ///< the true value is at least timeLagSeconds (history too short)
    TimeLagSource timeLagSource = TimeLagSource::Unknown;
    QString memberClientId; ///< the member it is assigned to, empty if none
    LagStatus status = LagStatus::NotFound;
    /// Which end lag is measured to: "hwm" (high watermark) or "lso" (last stable offset, for a group
    /// the profile names read_committed); empty while lag is unknown.
    QString lagEnd;
    qint64 logStartOffset = -1;       ///< the partition's log start offset; -1: unknown
    qint64 lastStableOffset = -1;     ///< the partition's LSO as last read; -1: unknown
    double consumeRatePerSecond = -1; ///< from committed-offset deltas; negative: unknown
    /// The committed offset is below the log start: retention deleted records the group never read.
    bool dataLost = false;
    qint64 lostMessages = -1; ///< log start minus committed offset when dataLost; -1 otherwise
    /// Messages between the log start and the committed offset: what retention deletes before it reaches
    /// the group's position; -1: unknown (or data lost).
    qint64 retentionHeadroom = -1;
    RetentionRisk retention;

    friend bool operator==(const GroupPartitionLag &, const GroupPartitionLag &) = default;
};

/// One topic of a consumer group: the group's figures over its partitions of that topic.
struct GroupTopicLag
{
    QString topic;
    int partitions = 0;      ///< of the group on this topic
    int knownPartitions = 0; ///< with a known lag
    qint64 totalLag = -1;    ///< -1: no partition's lag is known
    qint64 maxLag = -1;
    double maxTimeLagSeconds = -1;
    bool maxTimeLagIsLowerBound = false;
    double consumeRatePerSecond = -1; ///< negative: unknown for some partition
    QString lagEnd;                   ///< "hwm", "lso", "mixed" (some of each); empty: none known
    int dataLostPartitions = 0;
    int hangingTransactions = 0;     ///< partitions of the topic with a hanging transaction
    double retentionEtaSeconds = -1; ///< the soonest partition's; negative: none at risk or unknown
    bool topicDeleted = false;       ///< the group committed on a topic the cluster no longer has

    friend bool operator==(const GroupTopicLag &, const GroupTopicLag &) = default;
};

/// One consumer group: its state, members, and lag.
struct ConsumerGroupInfo
{
    QString groupId;
    QString state;        ///< Stable, Empty, PreparingRebalance, CompletingRebalance, Dead
    QString protocolType; ///< "consumer", "connect", ...
    QString protocol;     ///< the assignor ("range", "cooperative-sticky", ...)
    int coordinatorId = -1;
    QList<GroupMember> members;          ///< sorted by client id, then member id
    QList<GroupPartitionLag> partitions; ///< sorted by topic, then partition
    qint64 totalLag = -1;                ///< sum of known partition lags; -1 when none is known
    qint64 maxLag = -1;
    double maxTimeLagSeconds = -1;
    bool maxTimeLagIsLowerBound = false; ///< the true maximum is at least maxTimeLagSeconds
    double consumeRatePerSecond = -1;    ///< from committed-offset deltas; negative: unknown
    LagStatus status = LagStatus::NotFound;
    LagTrend trend = LagTrend::Unknown;
    double catchUpSeconds = -1; ///< estimated time to lag 0; negative: unknown, or not catching up
    bool notCatchingUp = false; ///< rates are known and consumption does not outpace production: "never"
    /// No members, yet its committed offsets moved while watched: an assign-only consumer such as a
    /// Flink or Spark Kafka source, which commits without joining. Its empty member list is by design.
    bool commitsWithoutMembers = false;
    QString statusReason; ///< why the status is what it is, in words (translated); empty for OK
    QString error;        ///< why offsets or the description are missing, empty when fine
    /// When the committed offsets behind partitions, lag and status were read: the cycle's attemptedAt,
    /// or an earlier cycle's when this cycle could not read them (error says why) and the last good
    /// figures are carried over; invalid when they were never read.
    QDateTime offsetsReadAt;
    /// This cycle could not read the group's committed offsets (error says why): the offset figures
    /// are the last good ones (as of offsetsReadAt) or unknown, and are not current.
    bool offsetsFailed = false;
    /// The profile names this group read_committed (Kafka does not say): its lag ends at the LSO.
    bool readCommitted = false;
    QList<GroupTopicLag> topics;        ///< per topic, sorted by name
    int dataLostPartitions = 0;         ///< partitions whose committed offset is below the log start
    double minRetentionEtaSeconds = -1; ///< the soonest partition at risk; negative: none or unknown
    int hangingTransactions = 0;        ///< partitions of the group with a hanging transaction

    const GroupPartitionLag *partition(const QString &topic, int partition) const;

    friend bool operator==(const ConsumerGroupInfo &, const ConsumerGroupInfo &) = default;
};

/// Everything one Kafka collection cycle saw of one cluster. Immutable once published; travels by value.
struct KafkaSnapshot
{
    QString clusterName; ///< the profile's name
    QString clusterId;   ///< Kafka's cluster id, empty if unknown
    /// The active controller's node id; -1: unknown. Only from what knows it (controllerSource): in
    /// KRaft the Metadata response names an arbitrary live broker, so that is never used for this.
    int controllerId = -1;
    /// How controllerId is known, from the brokers' metrics: "active-controller-count" (a node reports
    /// ActiveControllerCount 1), "raft-leader" (the quorum leader the nodes name), "raft-no-leader"
    /// (every node reports no quorum leader: no controller, controllerId -1); empty: unknown (no broker
    /// metrics, or they do not say).
    QString controllerSource;
    int metadataControllerId = -1;   ///< what the Metadata response names (any live broker under KRaft)
    QList<BrokerInfo> brokers;       ///< sorted by id
    QList<TopicInfo> topics;         ///< sorted by name
    QList<ConsumerGroupInfo> groups; ///< sorted by group id
    /// Errors of parts of the cycle (a dead leader's offsets, a group's offsets); the rest is current.
    QStringList partErrors;
    int clampedLagRaces = 0; ///< partitions whose committed offset was ahead of the fetched watermark
    /// Most partitions led by one reachable broker over the mean per reachable broker (1: even);
    /// negative: unknown (no partition with a leader). See PartitionBalance.
    double leaderSkew = -1;
    /// Most replicas on one broker over the mean per broker, every listed broker counted; negative:
    /// unknown.
    double replicaSkew = -1;
    SourceStatus status;

    /// Brokers the collector could reach (BrokerInfo::reachable).
    int reachableBrokerCount() const;
    /// Topics and partitions, internal ones included: the one scope every view counts in.
    struct Counts
    {
        int topics = 0;
        int internalTopics = 0; ///< of topics
        int partitions = 0;
        int internalPartitions = 0; ///< of partitions
    };
    Counts counts() const;
    /// "topics: 4 (1 internal) · partitions: 65 (50 internal)" (translated), the same words on every view.
    QString countsText() const;
    int underReplicatedCount() const;
    int offlineCount() const;
    int underMinIsrCount() const;
    int hangingTransactionCount() const;
    const TopicInfo *topic(const QString &name) const;
    const ConsumerGroupInfo *group(const QString &groupId) const;
};

} // namespace Tidewatch

Q_DECLARE_METATYPE(Tidewatch::KafkaSnapshot)
