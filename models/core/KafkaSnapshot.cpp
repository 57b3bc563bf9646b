#include "KafkaSnapshot.h"

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
