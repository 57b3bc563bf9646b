#include "PartitionBalance.h"

#include <QHash>

#include <algorithm>

namespace Tidewatch::PartitionBalance {

double skew(const QList<double> &values, int *hottest)
{
    if (hottest)
        *hottest = -1;
    if (values.size() < 2)
        return -1;
    double sum = 0;
    double max = -1;
    int maxIndex = -1;
    for (int i = 0; i < values.size(); ++i) {
        const double v = values[i];
        if (!(v >= 0)) // negative or NaN: one unknown rate makes the spread unknown
            return -1;
        sum += v;
        if (v > max) {
            max = v;
            maxIndex = i;
        }
    }
    if (sum <= 0)
        return -1;
    if (hottest)
        *hottest = maxIndex;
    return max / (sum / double(values.size()));
}

namespace {

/// The largest count over the mean of @p counts; unknown when there is nothing to spread.
double countSkew(const QList<int> &counts)
{
    if (counts.isEmpty())
        return -1;
    qint64 sum = 0;
    int max = 0;
    for (int c : counts) {
        sum += c;
        max = std::max(max, c);
    }
    if (sum <= 0)
        return -1;
    return double(max) / (double(sum) / double(counts.size()));
}

} // namespace

void apply(KafkaSnapshot &snapshot)
{
    QHash<int, int> replicas;
    QHash<int, int> preferred;
    QHash<int, int> led;
    for (TopicInfo &topic : snapshot.topics) {
        QList<double> messages;
        QList<double> bytes;
        QList<int> partitionIds;
        for (const PartitionInfo &p : std::as_const(topic.partitions)) {
            for (int r : p.replicas)
                ++replicas[r];
            if (!p.replicas.isEmpty())
                ++preferred[p.replicas.first()];
            if (p.isOffline())
                continue; // no leader, no traffic: not part of the spread
            ++led[p.leader];
            messages.append(p.messagesPerSecond);
            bytes.append(p.bytesInPerSecond);
            partitionIds.append(p.partition);
        }
        int hot = -1;
        topic.messagesSkew = skew(messages, &hot);
        topic.hottestPartitionByMessages = hot >= 0 ? partitionIds[hot] : -1;
        topic.bytesSkew = skew(bytes, &hot);
        topic.hottestPartitionByBytes = hot >= 0 ? partitionIds[hot] : -1;
    }
    QList<int> ledByLive;
    QList<int> replicasByBroker;
    for (BrokerInfo &b : snapshot.brokers) {
        b.replicaCount = replicas.value(b.id);
        b.preferredLeaderCount = preferred.value(b.id);
        replicasByBroker.append(b.replicaCount);
        if (b.reachable)
            ledByLive.append(led.value(b.id));
    }
    snapshot.leaderSkew = countSkew(ledByLive);
    snapshot.replicaSkew = countSkew(replicasByBroker);
}

} // namespace Tidewatch::PartitionBalance
