#pragma once

#include "ColumnTableModel.h"
#include "KafkaSnapshot.h"

namespace Tidewatch {

/// A topic with what the topic table shows beside it: the lag of every group reading it.
struct TopicRow
{
    TopicInfo topic;
    qint64 consumerLag = -1; ///< sum over groups and partitions with a known lag; -1: none known
    int consumerGroups = 0;

    friend bool operator==(const TopicRow &, const TopicRow &) = default;
};

/// The topics of one cluster, one row per topic name.
class TopicTableModel : public ColumnTableModel<TopicRow, QString>
{
    Q_OBJECT
public:
    enum ColumnId
    {
        TopicColumn,
        PartitionsColumn,
        ReplicationColumn,
        MinIsrColumn, ///< the topic's min.insync.replicas (a topic configuration)
        UnderReplicatedColumn,
        OfflineColumn,
        UnderMinIsrColumn,
        MessagesInColumn,
        BytesInColumn,
        SizeColumn,
        ConsumerLagColumn,
        NotPreferredColumn, ///< partitions not on their preferred leader
        MessagesSkewColumn, ///< busiest partition's messages/s over the mean, with the partition
        BytesSkewColumn,
    };
    explicit TopicTableModel(QObject *parent = nullptr);
    /// Rows for @p snapshot, with per-topic lag summed over its groups.
    static QList<TopicRow> rowsFrom(const KafkaSnapshot &snapshot);
    void setSnapshot(const KafkaSnapshot &snapshot) { setRows(rowsFrom(snapshot)); }

protected:
    QString keyOf(const TopicRow &row) const override { return row.topic.name; }
};

/// One partition, with the topic's min.insync.replicas for the health columns.
struct PartitionRow
{
    QString topic;
    PartitionInfo partition;
    int minInsyncReplicas = -1;
    double meanMessagesPerSecond = -1; ///< mean over the topic's partitions; negative: unknown

    /// This partition's messages/s over the topic's mean; negative: unknown.
    double shareOfMean() const
    {
        return meanMessagesPerSecond > 0 && partition.messagesPerSecond >= 0
                   ? partition.messagesPerSecond / meanMessagesPerSecond
                   : -1;
    }

    friend bool operator==(const PartitionRow &, const PartitionRow &) = default;
};

/// Partitions (of one topic, or of all), one row per (topic, partition). Unhealthy rows are coloured;
/// the replicas missing from the ISR have a column of their own (sorting by it groups the partitions
/// by the broker they miss); offsets are exact (a detail view).
class PartitionTableModel : public ColumnTableModel<PartitionRow, QPair<QString, int>>
{
    Q_OBJECT
public:
    enum ColumnId
    {
        TopicColumn,
        PartitionColumn,
        LeaderColumn,
        ReplicasColumn,
        InSyncColumn,
        MissingReplicasColumn,
        PreferredLeaderColumn,
        StartOffsetColumn,
        EndOffsetColumn,
        MessagesInColumn,
        ShareOfMeanColumn, ///< messages/s over the topic's mean (hot partitions)
        BytesInColumn,
    };
    explicit PartitionTableModel(QObject *parent = nullptr);
    /// Shows the partitions of @p topic, or of every topic when it is empty.
    void setSnapshot(const KafkaSnapshot &snapshot, const QString &topic);

protected:
    QPair<QString, int> keyOf(const PartitionRow &row) const override
    {
        return {row.topic, row.partition.partition};
    }
};

} // namespace Tidewatch
