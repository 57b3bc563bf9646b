#include "ReplicaDiagnosis.h"

#include <QCoreApplication>
#include <QStringList>

namespace Tidewatch::ReplicaDiagnosis {

QList<int> missingReplicas(const PartitionInfo &partition)
{
    QList<int> missing;
    for (int replica : partition.replicas) {
        if (!partition.isr.contains(replica))
            missing.append(replica);
    }
    return missing;
}

QMap<int, int> missingByBroker(const KafkaSnapshot &snapshot)
{
    QMap<int, int> missing;
    for (const TopicInfo &t : snapshot.topics) {
        for (const PartitionInfo &p : t.partitions) {
            for (int broker : missingReplicas(p))
                ++missing[broker];
        }
    }
    return missing;
}

QString missingSummary(const QMap<int, int> &missing)
{
    // One and many spelled out: the cause is read as a sentence, "partition(s)" would trip the eye.
    QStringList parts;
    for (auto it = missing.cbegin(); it != missing.cend(); ++it)
        parts
            << (it.value() == 1
                    ? QCoreApplication::translate("ReplicaDiagnosis", "broker %1: 1 partition").arg(it.key())
                    : QCoreApplication::translate("ReplicaDiagnosis", "broker %1: %2 partitions")
                          .arg(it.key())
                          .arg(it.value()));
    return parts.join(QStringLiteral(" · "));
}

QString causeStatement(const KafkaSnapshot &snapshot)
{
    const QMap<int, int> missing = missingByBroker(snapshot);
    QStringList down;
    QStringList outOfSync;
    for (auto it = missing.cbegin(); it != missing.cend(); ++it) {
        const BrokerInfo *broker = nullptr;
        for (const BrokerInfo &b : snapshot.brokers) {
            if (b.id == it.key())
                broker = &b;
        }
        const int id = it.key();
        const int count = it.value();
        // A broker missing from the metadata is as down as one the collector cannot reach.
        if (!broker || !broker->reachable)
            down << (count == 1
                         ? QCoreApplication::translate(
                               "ReplicaDiagnosis", "Broker %1 is down: 1 partition is missing its replica")
                               .arg(id)
                         : QCoreApplication::translate(
                               "ReplicaDiagnosis", "Broker %1 is down: %2 partitions are missing its replica")
                               .arg(id)
                               .arg(count));
        else
            outOfSync << (count == 1
                              ? QCoreApplication::translate(
                                    "ReplicaDiagnosis",
                                    "Broker %1 is up but out of sync: 1 partition is missing its replica")
                                    .arg(id)
                              : QCoreApplication::translate(
                                    "ReplicaDiagnosis",
                                    "Broker %1 is up but out of sync: %2 partitions are missing its replica")
                                    .arg(id)
                                    .arg(count));
    }
    return (down + outOfSync).join(QStringLiteral("; "));
}

int notOnPreferredLeaderCount(const KafkaSnapshot &snapshot)
{
    int count = 0;
    for (const TopicInfo &t : snapshot.topics)
        count += t.notOnPreferredLeaderCount();
    return count;
}

QMap<int, int> leadersByBroker(const KafkaSnapshot &snapshot)
{
    QMap<int, int> leaders;
    for (const BrokerInfo &b : snapshot.brokers)
        leaders.insert(b.id, 0);
    for (const TopicInfo &t : snapshot.topics) {
        for (const PartitionInfo &p : t.partitions) {
            if (p.leader >= 0)
                ++leaders[p.leader];
        }
    }
    return leaders;
}

} // namespace Tidewatch::ReplicaDiagnosis
