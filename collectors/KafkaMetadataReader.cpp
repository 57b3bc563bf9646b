#include "KafkaMetadataReader.h"

#include <QCoreApplication>

#include <algorithm>

namespace Tidewatch::KafkaMetadataReader {

bool isInternalTopic(const QString &name)
{
    return name.startsWith(QLatin1String("__"));
}

void fill(const rd_kafka_metadata_t &metadata, KafkaSnapshot &snapshot)
{
    snapshot.brokers.clear();
    snapshot.brokers.reserve(metadata.broker_cnt);
    for (int i = 0; i < metadata.broker_cnt; ++i) {
        const auto &b = metadata.brokers[i];
        BrokerInfo broker;
        broker.id = b.id;
        broker.host = QString::fromUtf8(b.host);
        broker.port = b.port;
        broker.isController = b.id == snapshot.controllerId;
        snapshot.brokers.append(broker);
    }
    std::sort(snapshot.brokers.begin(), snapshot.brokers.end(),
              [](const BrokerInfo &a, const BrokerInfo &b) { return a.id < b.id; });

    snapshot.topics.clear();
    snapshot.topics.reserve(metadata.topic_cnt);
    for (int i = 0; i < metadata.topic_cnt; ++i) {
        const auto &t = metadata.topics[i];
        TopicInfo topic;
        topic.name = QString::fromUtf8(t.topic);
        topic.internal = isInternalTopic(topic.name);
        if (t.err != RD_KAFKA_RESP_ERR_NO_ERROR)
            topic.error = QString::fromUtf8(rd_kafka_err2str(t.err));
        topic.partitions.reserve(t.partition_cnt);
        int invalid = 0;
        for (int p = 0; p < t.partition_cnt; ++p) {
            const auto &mp = t.partitions[p];
            if (mp.id < 0) {
                ++invalid;
                continue;
            }
            PartitionInfo partition;
            partition.partition = mp.id;
            partition.leader = mp.leader;
            partition.replicas = QList<int>(mp.replicas, mp.replicas + mp.replica_cnt);
            partition.isr = QList<int>(mp.isrs, mp.isrs + mp.isr_cnt);
            if (mp.err != RD_KAFKA_RESP_ERR_NO_ERROR)
                partition.error = QString::fromUtf8(rd_kafka_err2str(mp.err));
            topic.partitions.append(std::move(partition));
        }
        if (invalid > 0)
            snapshot.partErrors.append(
                QCoreApplication::translate("KafkaMetadataReader",
                                            "topic %1: %n partition(s) with a negative id "
                                            "in the metadata, skipped",
                                            nullptr, invalid)
                    .arg(topic.name));
        std::sort(topic.partitions.begin(), topic.partitions.end(),
                  [](const PartitionInfo &a, const PartitionInfo &b) { return a.partition < b.partition; });
        snapshot.topics.append(std::move(topic));
    }
    std::sort(snapshot.topics.begin(), snapshot.topics.end(),
              [](const TopicInfo &a, const TopicInfo &b) { return a.name < b.name; });
}

} // namespace Tidewatch::KafkaMetadataReader
