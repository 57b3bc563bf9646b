#pragma once

#include "BrokerMetrics.h"
#include "ClusterProfile.h"
#include "KafkaGroupReader.h"
#include "KafkaOffsetReader.h"
#include "KafkaRetentionReader.h"
#include "KafkaSnapshot.h"
#include "LagTracker.h"
#include "TransactionTracker.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QRegularExpression>
#include <QSet>

#include <future>
#include <memory>

class QTimer;

namespace Tidewatch {

class HttpFetcher;
class KafkaHandle;
class RateCounter;
class RecordTimestampReader;

/// Polls one Kafka cluster on its own thread and publishes an immutable KafkaSnapshot per cycle.
/// Create it, move it to a QThread, then invoke start() in that thread (queued).
///
/// A cycle costs requests in proportion to brokers and groups, not partitions: one Metadata request
/// (only every metadataRefreshMs), one ListOffsets per leader broker and 1,000 partitions
/// (KafkaOffsetReader::kWatermarkChunk; sent at the same time as the group requests), one ListGroups and one
/// DescribeGroups per broker, one OffsetFetch per group sent to its coordinator, and with the
/// metadata one DescribeConfigs naming only min.insync.replicas, for new topics and the tenth of the
/// others read longest ago, one naming only the retention settings (new topics, all every tenth
/// refresh), plus a second ListOffsets per leader for the start offsets, sent at the same time as the
/// end offsets. The last stable offsets
/// (a read_committed handle) cost one ListOffsets per leader with the metadata refresh, and every cycle
/// only per leader of partitions with an open transaction or read by a group the profile names
/// read_committed. Time lag beyond the kept history reads the record at the committed offset: at most
/// kRecordReadsPerCycle records, one Fetch per leader. Read-only: it never joins a group or commits.
class KafkaCollector : public QObject
{
    Q_OBJECT
public:
    explicit KafkaCollector(ClusterProfile profile, QObject *parent = nullptr);
    ~KafkaCollector() override;

    /// Creates the timer in the current thread and runs the first cycle.
    Q_INVOKABLE void start();
    /// Stops polling; the thread can then be quit.
    Q_INVOKABLE void stop();
    /// Runs one collection cycle now, blocking the calling thread up to the profile's timeouts.
    KafkaSnapshot collectOnce();

    /// How much high-watermark history to keep per partition (tests shorten it); call before the first
    /// cycle, it starts the lag state afresh.
    void setLagHistory(const LagHistoryConfig &history);
    /// At most this many record timestamps are read per cycle (for time lag beyond the history).
    static constexpr int kRecordReadsPerCycle = 64;
    /// A topic's config is read again at every this many metadata refreshes (a tenth of the topics
    /// per refresh), and at the first refresh that sees the topic.
    static constexpr int kConfigRereadEvery = 10;

Q_SIGNALS:
    void snapshotReady(const Tidewatch::KafkaSnapshot &snapshot);

private:
    void cycle();
    bool refreshMetadata(KafkaSnapshot &next);
    void refreshConfigs(KafkaSnapshot &next);
    /// Whether a listed broker's connection dropped since the last cycle (librdkafka's statistics).
    bool connectionLost();
    /// The end offsets (and with @p withLowWatermarks the start offsets), one ListOffsets per leader
    /// each, read beside the cycle: the group requests go out meanwhile.
    struct WatermarkRead
    {
        std::future<KafkaOffsetReader::WatermarkResult> high;
        std::future<KafkaOffsetReader::WatermarkResult> low; ///< only with the metadata refresh
    };
    WatermarkRead startWatermarks(const KafkaSnapshot &next, bool withLowWatermarks) const;
    void applyWatermarks(KafkaSnapshot &next, WatermarkRead read);
    void applyBrokerHealth(KafkaSnapshot &next);
    /// What the group requests answered: the listing (ListGroups, DescribeGroups) and the committed
    /// offsets (one OffsetFetch per group).
    struct GroupRead
    {
        KafkaGroupReader::Result listed;
        KafkaOffsetReader::CommittedResult committed;
    };
    GroupRead readGroups(KafkaSnapshot &next, bool discoverTopics);
    void applyGroups(KafkaSnapshot &next, GroupRead read);
    /// Scrapes the brokers' metrics endpoints; returns what each reachable broker's scrape said.
    QHash<int, BrokerMetrics::Scrape> applyBrokerMetrics(KafkaSnapshot &next);
    void applyController(KafkaSnapshot &next, const QHash<int, BrokerMetrics::Scrape> &scrapes);
    /// Starts reading the topics' retention settings (new ones at every metadata refresh, all every
    /// tenth) beside the cycle, so it overlaps the min.insync.replicas read and never holds a cycle up.
    void startRetentionRead(KafkaSnapshot &next);
    /// Takes a finished retention read (the first one is waited for) and writes the cached settings
    /// into this cycle's topics.
    void applyRetention(KafkaSnapshot &next);
    /// Last stable offsets: of every partition when @p all, else of those with an open transaction or
    /// read by a read_committed group; then the open and hanging transactions.
    void applyStableOffsets(KafkaSnapshot &next, bool all);
    /// The storage of each topic against its retention budget, and why a size is unknown.
    void applyStorage(KafkaSnapshot &next);
    /// Record timestamps at committed offsets older than the high-watermark history: takes a finished
    /// read into the lag state and starts the next one beside the cycles. Only the first read is waited
    /// for, so that a single cycle (tidewatch snapshot) has the ages; later ones never hold a cycle up.
    void readRecordTimes(const QHash<QString, QHash<LagTracker::TopicPartition, qint64>> &committed,
                         KafkaSnapshot &next, qint64 nowMs);

    ClusterProfile m_profile;
    std::unique_ptr<KafkaHandle> m_client;
    std::unique_ptr<LagTracker> m_lag;
    std::unique_ptr<RecordTimestampReader> m_records; ///< created on first need
    /// The record read in flight (declared after m_records: it is finished before the reader goes).
    std::future<QHash<LagTracker::Position, RecordTime>> m_recordRead;
    bool m_recordReadStarted = false; ///< a read was ever started (the first one is waited for)
    QTimer *m_timer = nullptr;
    KafkaSnapshot m_last;
    QElapsedTimer m_sinceMetadata;
    bool m_metadataStale = true;
    QHash<QString, int> m_minIsr;       ///< topic -> min.insync.replicas, refreshed with the metadata
    QHash<QString, int> m_configReadAt; ///< topic -> the config refresh (m_configRefreshes) that read it
    QHash<QString, QSet<QString>> m_groupTopics; ///< group -> topics it has committed offsets for
    QHash<int, BrokerInfo> m_knownBrokers;       ///< every broker seen, so a dead one stays listed
    QSet<int> m_metadataBrokerIds;               ///< the brokers the latest Metadata answer listed
    QHash<int, qint64> m_disconnects;            ///< per broker, librdkafka's disconnect count last cycle
    bool m_connectionLost = false;       ///< this cycle: a listed broker's connection dropped or is not up
    bool m_brokersChanging = false;      ///< a broker is down or reconnecting: refresh metadata every cycle
    std::unique_ptr<HttpFetcher> m_http; ///< broker metrics scrapes
    /// Counter-to-rate state of the broker metrics, keyed by "<broker>/<series>[/<topic>]".
    QHash<QString, RateCounter> m_metricRates;
    bool m_inCycle = false;
    int m_configRefreshes = 0;
    std::unique_ptr<KafkaHandle> m_stable; ///< read_committed: its "latest" offsets are the LSOs
    TransactionTracker m_transactions;
    /// The LSO of each partition as last read, with when: kept across metadata refreshes.
    QHash<QPair<QString, int>, QPair<qint64, QDateTime>> m_stableOffsets;
    QHash<QString, KafkaRetentionReader::Retention> m_retention;
    int m_retentionRefreshes = 0;
    std::future<KafkaRetentionReader::Result> m_retentionRead; ///< in flight beside the cycles
    bool m_retentionReadAll = false;                           ///< that read asks for every topic
    QHash<QString, double> m_bytesPerMessage;                  ///< per topic, from the latest broker metrics
    QList<QRegularExpression> m_readCommitted;
};

} // namespace Tidewatch
