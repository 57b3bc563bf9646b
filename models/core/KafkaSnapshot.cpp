#include "KafkaSnapshot.h"

#include <QCoreApplication>

#include <algorithm>

namespace Tidewatch {

int TopicInfo::underReplicatedCount() const
{
    return static_cast<int>(std::count_if(partitions.cbegin(), partitions.cend(),
                                          [](const auto &p) { return p.isUnderReplicated(); }));
}

int TopicInfo::offlineCount() const
{
    return static_cast<int>(
        std::count_if(partitions.cbegin(), partitions.cend(), [](const auto &p) { return p.isOffline(); }));
}

int TopicInfo::underMinIsrCount() const
{
    return static_cast<int>(std::count_if(partitions.cbegin(), partitions.cend(), [this](const auto &p) {
        return p.isUnderMinIsr(minInsyncReplicas);
    }));
}

int TopicInfo::notOnPreferredLeaderCount() const
{
    return static_cast<int>(std::count_if(partitions.cbegin(), partitions.cend(), [](const auto &p) {
        return !p.isOffline() && !p.isOnPreferredLeader();
    }));
}

int TopicInfo::hangingTransactionCount() const
{
    return static_cast<int>(std::count_if(partitions.cbegin(), partitions.cend(),
                                          [](const auto &p) { return p.hangingTransaction; }));
}

int KafkaSnapshot::hangingTransactionCount() const
{
    int total = 0;
    for (const auto &t : topics)
        total += t.hangingTransactionCount();
    return total;
}

QString retentionStateName(RetentionRisk::State state)
{
    switch (state) {
    case RetentionRisk::State::Unknown:
        break;
    case RetentionRisk::State::DataLost:
        return QStringLiteral("data-lost");
    case RetentionRisk::State::AtRisk:
        return QStringLiteral("at-risk");
    case RetentionRisk::State::NotAtRisk:
        return QStringLiteral("not-at-risk");
    }
    return QStringLiteral("unknown");
}

int KafkaSnapshot::underMinIsrCount() const
{
    int total = 0;
    for (const auto &t : topics)
        total += t.underMinIsrCount();
    return total;
}

const GroupPartitionLag *ConsumerGroupInfo::partition(const QString &topic, int partition) const
{
    for (const auto &p : partitions) {
        if (p.topic == topic && p.partition == partition)
            return &p;
    }
    return nullptr;
}

const ConsumerGroupInfo *KafkaSnapshot::group(const QString &groupId) const
{
    const auto it =
        std::lower_bound(groups.cbegin(), groups.cend(), groupId,
                         [](const ConsumerGroupInfo &g, const QString &id) { return g.groupId < id; });
    return (it != groups.cend() && it->groupId == groupId) ? &*it : nullptr;
}

int KafkaSnapshot::reachableBrokerCount() const
{
    return int(
        std::count_if(brokers.cbegin(), brokers.cend(), [](const BrokerInfo &b) { return b.reachable; }));
}

KafkaSnapshot::Counts KafkaSnapshot::counts() const
{
    Counts c;
    for (const TopicInfo &t : topics) {
        ++c.topics;
        c.partitions += int(t.partitions.size());
        if (t.internal) {
            ++c.internalTopics;
            c.internalPartitions += int(t.partitions.size());
        }
    }
    return c;
}

QString KafkaSnapshot::countsText() const
{
    const Counts c = counts();
    return QCoreApplication::translate("KafkaSnapshot",
                                       "topics: %1 (%2 internal) · partitions: %3 (%4 internal)")
        .arg(c.topics)
        .arg(c.internalTopics)
        .arg(c.partitions)
        .arg(c.internalPartitions);
}

QString timeLagSourceName(TimeLagSource source)
{
    switch (source) {
    case TimeLagSource::Unknown:
        break;
    case TimeLagSource::History:
        return QStringLiteral("history");
    case TimeLagSource::RecordCreate:
        return QStringLiteral("record-create-time");
    case TimeLagSource::RecordAppend:
        return QStringLiteral("record-log-append-time");
    }
    return QStringLiteral("unknown");
}

int KafkaSnapshot::underReplicatedCount() const
{
    int total = 0;
    for (const auto &t : topics)
        total += t.underReplicatedCount();
    return total;
}

int KafkaSnapshot::offlineCount() const
{
    int total = 0;
    for (const auto &t : topics)
        total += t.offlineCount();
    return total;
}

const TopicInfo *KafkaSnapshot::topic(const QString &name) const
{
    const auto it = std::lower_bound(topics.cbegin(), topics.cend(), name,
                                     [](const TopicInfo &t, const QString &n) { return t.name < n; });
    return (it != topics.cend() && it->name == name) ? &*it : nullptr;
}

} // namespace Tidewatch
