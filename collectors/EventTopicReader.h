#pragma once

#include "ClusterProfile.h"

#include <librdkafka/rdkafka.h>

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <string_view>

namespace Tidewatch {

class KafkaHandle;
struct TopicInfo;

/// Reads a fixed set of topics from a chosen start to their end and on, without ever touching a
/// consumer group: a consumer handle without group.id starts each partition itself at an offset it
/// computed (librdkafka's simple consumer API), stores and commits nothing, and sends no
/// FindCoordinator, JoinGroup, OffsetFetch or OffsetCommit. Lives on the collector's thread; every
/// call is bounded by the profile's request timeout.
///
/// Start positions: the offsets for a time (rd_kafka_offsets_for_times, one ListOffsets per leader)
/// for the partitions that exist at the first refresh, falling back to the end where nothing is that
/// new; partitions and topics that appear later are read from their beginning.
class EventTopicReader
{
public:
    /// One message, valid only during the sink call.
    struct Message
    {
        int topicIndex = -1; ///< index into topics()
        int partition = -1;
        qint64 offset = -1;
        qint64 timestampMs = -1;   ///< the record timestamp; -1: none
        std::string_view payload;  ///< empty for a null or empty value
        std::size_t keyLength = 0; ///< for byte counts
    };
    using Sink = std::function<void(const Message &)>;

    struct PartitionState
    {
        qint64 startOffset = -1; ///< where reading started (concrete)
        qint64 startEnd = -1;    ///< the end offset when it started: reading up to it is "caught up"
        qint64 position = -1;    ///< next offset to read
        qint64 endOffset = -1;   ///< the newest end offset known (queried or from fetch responses)
    };
    struct TopicState
    {
        QString name;
        QString error;                        ///< empty when fine
        QMap<int, PartitionState> partitions; ///< started partitions
        qint64 messages = 0;                  ///< read since the reader started
        qint64 bytes = 0;                     ///< key and value bytes read
        /// Messages between the position and the end, summed over partitions; -1: unknown.
        qint64 lag() const;
    };

    /// @p startTimeMs: read from the offsets for this time (epoch ms); negative: from the end.
    EventTopicReader(const ClusterProfile &profile, const QStringList &topics, qint64 startTimeMs);
    ~EventTopicReader();
    EventTopicReader(const EventTopicReader &) = delete;
    EventTopicReader &operator=(const EventTopicReader &) = delete;

    /// Serves the client's callbacks; asks for the topics' metadata when @p force, when it is older
    /// than the refresh interval, or while the cluster is unreachable; starts partitions not started
    /// yet and refreshes the end offsets with it. Returns whether the cluster answered (or was not
    /// asked); error() says what failed.
    bool refresh(bool force = false);
    /// Reads what has arrived, in batches, handing each message to @p sink, until nothing more comes
    /// within @p waitMs or @p budget expires. Returns the number of messages read.
    qint64 consume(const Sink &sink, const QDeadlineTimer &budget, int waitMs);
    /// The last consume() stopped at its budget with more messages waiting.
    bool moreWaiting() const { return m_moreWaiting; }

    /// Every started partition has been read up to the end it had when it started (topics that do
    /// not exist count as read).
    bool caughtUp() const;
    bool reachable() const { return m_reachable; }
    /// The client-level or metadata error of the last refresh or read; empty when fine.
    const QString &error() const { return m_error; }
    const QList<TopicState> &topics() const { return m_topics; }
    /// Metadata and ListOffsets requests sent since the last call (fetches are not counted).
    int takeRequestCount() { return std::exchange(m_requests, 0); }
    /// How often the metadata (new partitions, topics that appear later) is asked for at most; more
    /// often when the profile's metadata refresh interval is shorter.
    static constexpr int kMetadataRefreshMs = 10000;

private:
    bool refreshMetadata();
    void startPartitions(const QList<QPair<int, int>> &fresh, bool atStartTime);
    void refreshEndOffsets();
    void handleMessage(const rd_kafka_message_t &message, const Sink &sink);
    void applyClientErrors();
    void updateErrors();
    /// (topic index, partition) pairs with their leaders, as the offset reader wants them.
    QList<TopicInfo> topicInfos(const QList<QPair<int, int>> &partitions) const;

    ClusterProfile m_profile;
    qint64 m_startTimeMs = -1;
    std::unique_ptr<KafkaHandle> m_client;
    rd_kafka_queue_t *m_queue = nullptr;
    QList<rd_kafka_topic_t *> m_handles; ///< per topic, same order as m_topics
    QList<TopicState> m_topics;
    QHash<const rd_kafka_topic_t *, int> m_indexOf;
    QHash<QPair<int, int>, int> m_leaders; ///< (topic index, partition) -> leader, from the metadata
    QSet<QPair<int, int>> m_initial;       ///< partitions of the first answer: they start at the start time
    QHash<int, QString> m_metadataErrors;  ///< per topic index
    QHash<int, QString> m_fetchErrors;
    QHash<int, QString> m_startErrors;
    QElapsedTimer m_sinceMetadata;
    bool m_firstMetadata = true; ///< the partitions of the first answer start at the start time
    bool m_reachable = false;
    bool m_allBrokersDown = false;
    QString m_error;
    QString m_fetchError; ///< the last fetch error of a partition, until a message reads fine again
    int m_requests = 0;
    bool m_moreWaiting = false;
};

} // namespace Tidewatch
