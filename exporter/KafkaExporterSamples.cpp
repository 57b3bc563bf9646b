#include "KafkaExporterSamples.h"

#include <QMap>

#include <algorithm>
#include <array>

namespace Tidewatch {

namespace {

using Labels = QList<QPair<QString, QString>>;

struct NameDoc
{
    const char *name;
    const char *help;
};

// English on purpose, as in SnapshotMetrics: HELP lines are read by machines and operators' tooling.
constexpr std::array kNames{
    NameDoc{"kafka_brokers", "Number of brokers in the Kafka cluster metadata."},
    NameDoc{"kafka_topic_partitions", "Number of partitions of the topic."},
    NameDoc{"kafka_topic_partition_current_offset", "Current (high watermark) offset of a partition."},
    NameDoc{"kafka_topic_partition_oldest_offset", "Oldest (log start) offset of a partition."},
    NameDoc{"kafka_topic_partition_replicas", "Number of replicas of a partition."},
    NameDoc{"kafka_topic_partition_in_sync_replica", "Number of in-sync replicas of a partition."},
    NameDoc{"kafka_topic_partition_under_replicated_partition",
            "1 if the partition's ISR is smaller than its replica set, else 0."},
    NameDoc{"kafka_consumergroup_current_offset", "Committed offset of the consumer group in a partition."},
    NameDoc{"kafka_consumergroup_lag", "Messages the consumer group is behind in a partition."},
    NameDoc{"kafka_consumergroup_lag_sum",
            "Messages the consumer group is behind in a topic, summed over partitions with a known lag."},
    NameDoc{"kafka_consumergroup_members", "Members of the consumer group."},
};

class Out
{
public:
    explicit Out(const QString &cluster)
        : m_cluster(cluster)
    {}

    void add(const char *name, double value, Labels labels = {})
    {
        labels.append({QStringLiteral("cluster"), m_cluster});
        std::sort(labels.begin(), labels.end(),
                  [](const auto &a, const auto &b) { return a.first < b.first; });
        m_samples.append(MetricSample{QLatin1String(name), labels, value});
    }

    QList<MetricSample> samples() const { return m_samples; }

private:
    QString m_cluster;
    QList<MetricSample> m_samples;
};

} // namespace

QList<MetricSample> kafkaPartitionSamples(const KafkaSnapshot &s)
{
    if (!s.status.reachable)
        return {};
    Out out(s.clusterName);
    const QString topicKey = QStringLiteral("topic");
    const QString partitionKey = QStringLiteral("partition");
    const QString groupKey = QStringLiteral("consumergroup");

    out.add("kafka_brokers", double(s.brokers.size()));
    for (const TopicInfo &t : s.topics) {
        if (!t.error.isEmpty() && t.partitions.isEmpty())
            continue; // a topic the metadata could not describe: its partition count is unknown
        out.add("kafka_topic_partitions", double(t.partitions.size()), {{topicKey, t.name}});
        for (const PartitionInfo &p : t.partitions) {
            const Labels labels{{topicKey, t.name}, {partitionKey, QString::number(p.partition)}};
            if (p.highWatermark >= 0)
                out.add("kafka_topic_partition_current_offset", double(p.highWatermark), labels);
            if (p.lowWatermark >= 0)
                out.add("kafka_topic_partition_oldest_offset", double(p.lowWatermark), labels);
            if (p.replicas.isEmpty())
                continue; // no replica list (a metadata error): ISR and replication state unknown
            out.add("kafka_topic_partition_replicas", double(p.replicas.size()), labels);
            out.add("kafka_topic_partition_in_sync_replica", double(p.isr.size()), labels);
            out.add("kafka_topic_partition_under_replicated_partition", p.isUnderReplicated() ? 1 : 0,
                    labels);
        }
    }
    for (const ConsumerGroupInfo &g : s.groups) {
        out.add("kafka_consumergroup_members", double(g.members.size()), {{groupKey, g.groupId}});
        if (g.offsetsFailed)
            continue;                     // its offset figures are the last good ones, not current: no series
        QMap<QString, qint64> lagByTopic; // only topics with at least one known lag
        for (const GroupPartitionLag &p : g.partitions) {
            const Labels labels{
                {groupKey, g.groupId}, {topicKey, p.topic}, {partitionKey, QString::number(p.partition)}};
            if (p.hasCommit && p.committedOffset >= 0)
                out.add("kafka_consumergroup_current_offset", double(p.committedOffset), labels);
            if (p.lag >= 0) {
                out.add("kafka_consumergroup_lag", double(p.lag), labels);
                lagByTopic[p.topic] += p.lag;
            }
        }
        for (auto it = lagByTopic.cbegin(); it != lagByTopic.cend(); ++it)
            out.add("kafka_consumergroup_lag_sum", double(it.value()),
                    {{groupKey, g.groupId}, {topicKey, it.key()}});
    }
    return out.samples();
}

QStringList kafkaExporterMetricNames()
{
    QStringList names;
    for (const NameDoc &d : kNames)
        names.append(QLatin1String(d.name));
    return names;
}

QString kafkaExporterMetricHelp(const QString &name)
{
    for (const NameDoc &d : kNames) {
        if (name == QLatin1String(d.name))
            return QLatin1String(d.help);
    }
    return {};
}

} // namespace Tidewatch
