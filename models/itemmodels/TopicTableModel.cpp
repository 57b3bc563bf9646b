#include "TopicTableModel.h"

#include "Format.h"
#include "KafkaCells.h"
#include "ReplicaDiagnosis.h"

#include <QVarLengthArray>

#include <algorithm>

namespace Tidewatch {

namespace {

QColor badIfPositive(int count)
{
    return count > 0 ? StatusColour::bad() : QColor();
}

} // namespace

TopicTableModel::TopicTableModel(QObject *parent)
    : ColumnTableModel(parent)
{
    using C = Column<TopicRow>;
    setColumns({
        C{tr("Topic"),
          tr("The topic's name; internal topics start with __"),
          [](const TopicRow &r) { return r.topic.name; },
          {},
          {},
          [](const TopicRow &r) { return r.topic.error.isEmpty() ? r.topic.name : r.topic.error; },
          Qt::AlignLeft | Qt::AlignVCenter},
        C{tr("Partitions"),
          tr("Number of partitions"),
          [](const TopicRow &r) { return int(r.topic.partitions.size()); },
          {},
          {},
          {},
          Cell::kRight},
        C{tr("RF"),
          tr("Replication factor: replicas per partition"),
          [](const TopicRow &r) {
              return r.topic.partitions.isEmpty() ? 0 : int(r.topic.partitions.first().replicas.size());
          },
          {},
          {},
          {},
          Cell::kRight},
        C{tr("Min ISR"),
          tr("The topic's min.insync.replicas: with fewer replicas in sync, producers with acks=all are "
             "refused"),
          [](const TopicRow &r) { return Cell::count(r.topic.minInsyncReplicas); },
          [](const TopicRow &r) { return r.topic.minInsyncReplicas; },
          {},
          {},
          Cell::kRight},
        C{tr("Under-replicated"),
          tr("Partitions whose in-sync replicas are fewer than their replicas"),
          [](const TopicRow &r) { return r.topic.underReplicatedCount(); },
          {},
          [](const TopicRow &r) { return badIfPositive(r.topic.underReplicatedCount()); },
          {},
          Cell::kRight},
        C{tr("Offline"),
          tr("Partitions without a leader: nobody can read or write them"),
          [](const TopicRow &r) { return r.topic.offlineCount(); },
          {},
          [](const TopicRow &r) { return badIfPositive(r.topic.offlineCount()); },
          {},
          Cell::kRight},
        C{tr("Under min ISR"),
          tr("Partitions with fewer in-sync replicas than min.insync.replicas: acks=all writes fail"),
          [](const TopicRow &r) { return r.topic.underMinIsrCount(); },
          {},
          [](const TopicRow &r) { return badIfPositive(r.topic.underMinIsrCount()); },
          {},
          Cell::kRight},
        C{tr("Messages in"),
          tr("Messages per second, from the growth of the end offsets"),
          [](const TopicRow &r) { return Cell::rate(r.topic.messagesPerSecond); },
          [](const TopicRow &r) { return r.topic.messagesPerSecond; },
          {},
          {},
          Cell::kRight},
        C{tr("Bytes in"),
          tr("Bytes per second produced, from the brokers' metrics"),
          [](const TopicRow &r) { return Cell::bytesRate(r.topic.bytesInPerSecond); },
          [](const TopicRow &r) { return r.topic.bytesInPerSecond; },
          {},
          {},
          Cell::kRight},
        C{tr("Size"),
          tr("Bytes on disk, all replicas together, from the brokers' metrics"),
          [](const TopicRow &r) {
              return r.topic.logSizeBytes >= 0 ? QVariant(Format::bytes(r.topic.logSizeBytes))
                                               : QVariant(QStringLiteral("–"));
          },
          [](const TopicRow &r) { return r.topic.logSizeBytes; },
          {},
          {},
          Cell::kRight},
        C{tr("Consumer lag"),
          tr("Messages behind, summed over every group reading the topic"),
          [](const TopicRow &r) { return Cell::count(r.consumerLag); },
          [](const TopicRow &r) { return r.consumerLag; },
          {},
          [](const TopicRow &r) { return tr("%n group(s) read this topic", nullptr, r.consumerGroups); },
          Cell::kRight},
    });
}

QList<TopicRow> TopicTableModel::rowsFrom(const KafkaSnapshot &snapshot)
{
    // Per topic: the lag summed over its readers, and how many groups read it. A group reads few
    // topics, so its distinct topics are collected in a short list rather than a set per topic
    // (20,000 partitions of 2,000 groups on the GUI thread every frame).
    QHash<QString, qint64> lag;
    QHash<QString, int> groups;
    QVarLengthArray<const QString *, 8> seen;
    for (const ConsumerGroupInfo &g : snapshot.groups) {
        seen.clear();
        for (const GroupPartitionLag &p : g.partitions) {
            if (std::none_of(seen.cbegin(), seen.cend(), [&](const QString *t) { return *t == p.topic; })) {
                seen.append(&p.topic);
                ++groups[p.topic];
            }
            if (p.lag >= 0)
                lag[p.topic] += p.lag;
        }
    }
    QList<TopicRow> rows;
    rows.reserve(snapshot.topics.size());
    for (const TopicInfo &t : snapshot.topics)
        rows.append({t, lag.value(t.name, -1), groups.value(t.name)});
    return rows;
}

PartitionTableModel::PartitionTableModel(QObject *parent)
    : ColumnTableModel(parent)
{
    using C = Column<PartitionRow>;
    const auto unhealthy = [](const PartitionRow &r) {
        if (r.partition.isOffline())
            return StatusColour::bad();
        if (r.partition.isUnderMinIsr(r.minInsyncReplicas))
            return StatusColour::bad();
        if (r.partition.isUnderReplicated())
            return StatusColour::warn();
        return QColor();
    };
    setColumns({
        C{tr("Topic"),
          {},
          [](const PartitionRow &r) { return r.topic; },
          {},
          unhealthy,
          {},
          Qt::AlignLeft | Qt::AlignVCenter},
        C{tr("Partition"),
          {},
          [](const PartitionRow &r) { return r.partition.partition; },
          {},
          unhealthy,
          {},
          Cell::kRight},
        //: Column header: the broker that leads a partition
        C{tr("Leader"),
          tr("The broker that serves reads and writes; none: offline"),
          [](const PartitionRow &r) {
              return r.partition.leader >= 0 ? QVariant(r.partition.leader) : QVariant(tr("none"));
          },
          [](const PartitionRow &r) { return r.partition.leader; },
          unhealthy,
          {},
          Cell::kRight},
        C{tr("Replicas"),
          tr("Brokers holding a copy; the first is the preferred leader"),
          [](const PartitionRow &r) { return Format::idList(r.partition.replicas); },
          {},
          unhealthy,
          {},
          Qt::AlignLeft | Qt::AlignVCenter},
        C{tr("In sync"), tr("Replicas caught up with the leader (ISR)"),
          [](const PartitionRow &r) { return Format::idList(r.partition.isr); },
          [](const PartitionRow &r) { return int(r.partition.isr.size()); }, unhealthy,
          [](const PartitionRow &r) {
              if (r.partition.isOffline())
                  return tr("Offline: no leader");
              if (r.partition.isUnderMinIsr(r.minInsyncReplicas))
                  return tr("Under min.insync.replicas (%1): acks=all writes fail").arg(r.minInsyncReplicas);
              if (r.partition.isUnderReplicated())
                  return tr("Under-replicated: %1 of %2 replicas in sync")
                      .arg(r.partition.isr.size())
                      .arg(r.partition.replicas.size());
              return QString();
          },
          Qt::AlignLeft | Qt::AlignVCenter},
        C{tr("Missing replicas"),
          tr("Replicas not in sync, by broker id: the brokers this partition is waiting for. Sort by "
             "this column to group the partitions by the broker they miss"),
          [](const PartitionRow &r) {
              return Format::idList(ReplicaDiagnosis::missingReplicas(r.partition));
          },
          [](const PartitionRow &r) {
              const QList<int> missing = ReplicaDiagnosis::missingReplicas(r.partition);
              return missing.isEmpty() ? -1 : missing.first();
          },
          unhealthy,
          [](const PartitionRow &r) {
              const QList<int> missing = ReplicaDiagnosis::missingReplicas(r.partition);
              return missing.isEmpty() ? QString()
                                       : tr("Not in the ISR: broker(s) %1").arg(Format::idList(missing));
          },
          Qt::AlignLeft | Qt::AlignVCenter},
        C{tr("Preferred leader"),
          tr("Whether the first replica leads; otherwise load may be uneven"),
          [](const PartitionRow &r) { return r.partition.isOnPreferredLeader() ? tr("yes") : tr("no"); },
          {},
          [](const PartitionRow &r) {
              return r.partition.isOffline() || r.partition.isOnPreferredLeader() ? QColor()
                                                                                  : StatusColour::warn();
          },
          {},
          Qt::AlignLeft | Qt::AlignVCenter},
        C{tr("Start offset"),
          tr("Oldest offset still kept (the log start offset)"),
          [](const PartitionRow &r) { return KafkaCells::exact(r.partition.lowWatermark); },
          [](const PartitionRow &r) { return r.partition.lowWatermark; },
          {},
          {},
          Cell::kRight},
        C{tr("End offset"),
          tr("The high watermark: the next offset to be written"),
          [](const PartitionRow &r) { return KafkaCells::exact(r.partition.highWatermark); },
          [](const PartitionRow &r) { return r.partition.highWatermark; },
          {},
          [](const PartitionRow &r) { return r.partition.offsetError; },
          Cell::kRight},
        C{tr("Messages in"),
          {},
          [](const PartitionRow &r) { return Cell::rate(r.partition.messagesPerSecond); },
          [](const PartitionRow &r) { return r.partition.messagesPerSecond; },
          {},
          {},
          Cell::kRight},
    });
}

void PartitionTableModel::setSnapshot(const KafkaSnapshot &snapshot, const QString &topic)
{
    QList<PartitionRow> rows;
    for (const TopicInfo &t : snapshot.topics) {
        if (!topic.isEmpty() && t.name != topic)
            continue;
        for (const PartitionInfo &p : t.partitions)
            rows.append({t.name, p, t.minInsyncReplicas});
    }
    setRows(rows);
}

} // namespace Tidewatch
