#include "TopicTableModel.h"

#include "Format.h"
#include "KafkaCells.h"
#include "ReplicaDiagnosis.h"

#include <QCoreApplication>
#include <QVarLengthArray>

#include <algorithm>

namespace Tidewatch {

namespace {

QColor badIfPositive(int count)
{
    return count > 0 ? StatusColour::bad() : QColor();
}

/// A skew at or above this (the busiest partition carries twice the mean) is shown in amber.
constexpr double kSkewWarn = 2.0;

/// "2.4× (p3)": the skew and the partition that causes it; a dash when unknown.
QVariant skewText(double skew, int hottest)
{
    if (skew < 0)
        return Cell::dash();
    //: A partition skew: %1 is the busiest partition's rate over the mean, %2 the partition
    return QCoreApplication::translate("TopicTableModel", "%1× (p%2)").arg(skew, 0, 'f', 1).arg(hottest);
}

QColor skewColour(double skew)
{
    return skew >= kSkewWarn ? StatusColour::warn() : QColor();
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
        C{tr("Off preferred"),
          tr("Partitions led by another replica than their preferred (first) one: their load sits on "
             "another broker than planned"),
          [](const TopicRow &r) { return r.topic.notOnPreferredLeaderCount(); },
          {},
          [](const TopicRow &r) {
              return r.topic.notOnPreferredLeaderCount() > 0 ? StatusColour::warn() : QColor();
          },
          {},
          Cell::kRight},
        C{tr("Msg skew"),
          tr("Messages per second of the busiest partition over the mean of the topic's partitions (1× is "
             "even), and which partition that is; unknown while a rate is unknown or nothing is produced"),
          [](const TopicRow &r) {
              return skewText(r.topic.messagesSkew, r.topic.hottestPartitionByMessages);
          },
          [](const TopicRow &r) { return r.topic.messagesSkew; },
          [](const TopicRow &r) { return skewColour(r.topic.messagesSkew); },
          [](const TopicRow &r) {
              return r.topic.messagesSkew < 0
                         ? QString()
                         : tr("Partition %1 takes %2× the mean messages per second of the topic's %n "
                              "partition(s)",
                              nullptr, int(r.topic.partitions.size()))
                               .arg(r.topic.hottestPartitionByMessages)
                               .arg(r.topic.messagesSkew, 0, 'f', 2);
          },
          Cell::kRight},
        C{tr("Bytes skew"),
          tr("Bytes appended per second to the busiest partition over the mean of the topic's partitions, "
             "from the growth of the leaders' logs (brokers' metrics); unknown without them"),
          [](const TopicRow &r) { return skewText(r.topic.bytesSkew, r.topic.hottestPartitionByBytes); },
          [](const TopicRow &r) { return r.topic.bytesSkew; },
          [](const TopicRow &r) { return skewColour(r.topic.bytesSkew); },
          {},
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
        C{tr("Of mean"),
          tr("This partition's messages per second over the mean of its topic's partitions: 1× is its "
             "fair share; the topic's busiest partition is the hot one"),
          [](const PartitionRow &r) {
              const double share = r.shareOfMean();
              return Cell::orDash(share, tr("%1×").arg(share, 0, 'f', 1));
          },
          [](const PartitionRow &r) { return r.shareOfMean(); },
          [](const PartitionRow &r) {
              return r.shareOfMean() >= kSkewWarn ? StatusColour::warn() : QColor();
          },
          {},
          Cell::kRight},
        C{tr("Bytes in"),
          tr("Bytes appended per second to the leader's log (brokers' metrics); unknown without them, "
             "after a leader change and when retention deleted a segment"),
          [](const PartitionRow &r) { return Cell::bytesRate(r.partition.bytesInPerSecond); },
          [](const PartitionRow &r) { return r.partition.bytesInPerSecond; },
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
        // The mean the topic's skew divides by; unknown when the skew is (a rate unknown, no traffic).
        double mean = -1;
        if (t.messagesSkew > 0) {
            for (const PartitionInfo &p : t.partitions) {
                if (p.partition == t.hottestPartitionByMessages)
                    mean = p.messagesPerSecond / t.messagesSkew;
            }
        }
        for (const PartitionInfo &p : t.partitions)
            rows.append({t.name, p, t.minInsyncReplicas, mean});
    }
    setRows(rows);
}

} // namespace Tidewatch
