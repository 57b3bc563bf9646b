// The group side of issue #17 (retention risk, transactions, storage against retention), kept apart
// from KafkaCollector.cpp: same class, its own file.
#include "KafkaCollector.h"

#include "GroupDepth.h"
#include "KafkaHandle.h"
#include "KafkaOffsetReader.h"
#include "KafkaRetentionReader.h"

#include <QCoreApplication>

#include <chrono>

namespace Tidewatch {

void KafkaCollector::startRetentionRead(KafkaSnapshot &next)
{
    if (m_retentionRead.valid())
        return; // the last one is still out
    // Like min.insync.replicas: new topics at every metadata refresh, all of them every tenth.
    m_retentionReadAll = m_retentionRefreshes++ % 10 == 0;
    QStringList names;
    for (const TopicInfo &t : std::as_const(next.topics)) {
        if (m_retentionReadAll || !m_retention.contains(t.name))
            names << t.name;
    }
    if (names.isEmpty())
        return;
    m_retentionRead = std::async(std::launch::async,
                                 [rk = m_client->handle(), names, timeout = m_profile.requestTimeoutMs] {
                                     return KafkaRetentionReader::read(rk, names, timeout);
                                 });
    next.status.requestCount += 1;
}

void KafkaCollector::applyRetention(KafkaSnapshot &next)
{
    // The read runs beside the cycles, so a slow controller never holds one up; only the very first
    // one is waited for, so that a single cycle (tidewatch snapshot) has the settings.
    const bool first = m_retention.isEmpty() && m_retentionRefreshes == 1;
    if (m_retentionRead.valid() &&
        (first || m_retentionRead.wait_for(std::chrono::seconds(0)) == std::future_status::ready)) {
        const KafkaRetentionReader::Result read = m_retentionRead.get();
        if (!read.error.isEmpty()) {
            next.partErrors << read.error; // the cached settings stay; the error says they may be old
        } else {
            QHash<QString, KafkaRetentionReader::Retention> kept;
            for (const TopicInfo &t : std::as_const(next.topics)) {
                if (const auto it = read.topics.constFind(t.name); it != read.topics.cend())
                    kept.insert(t.name, *it);
                else if (const auto old = m_retention.constFind(t.name);
                         old != m_retention.cend() && !m_retentionReadAll)
                    kept.insert(t.name, *old);
            }
            m_retention = kept; // topics that vanished are dropped
        }
    }
    for (TopicInfo &t : next.topics) {
        const auto it = m_retention.constFind(t.name);
        t.retentionKnown = it != m_retention.cend();
        t.retentionMs = t.retentionKnown ? it->retentionMs : -1;
        t.retentionBytes = t.retentionKnown ? it->retentionBytes : -1;
        t.cleanupPolicy = t.retentionKnown ? it->cleanupPolicy : QString();
    }
}

void KafkaCollector::applyStableOffsets(KafkaSnapshot &next, bool all)
{
    using TopicPartition = QPair<QString, int>;
    // Topics read by a read_committed group (as of the last cycle): their LSO is wanted every cycle.
    QSet<QString> committedTopics;
    if (!m_readCommitted.isEmpty()) {
        for (auto it = m_groupTopics.cbegin(); it != m_groupTopics.cend(); ++it) {
            if (GroupDepth::matchesAny(it.key(), m_readCommitted))
                committedTopics.unite(it.value());
        }
    }
    QList<TopicInfo> wanted;
    for (const TopicInfo &t : std::as_const(next.topics)) {
        TopicInfo subset;
        subset.name = t.name;
        for (const PartitionInfo &p : t.partitions) {
            if (p.highWatermark >= 0 &&
                (all || committedTopics.contains(t.name) || m_transactions.isOpen({t.name, p.partition})))
                subset.partitions.append(p);
        }
        if (!subset.partitions.isEmpty())
            wanted.append(subset);
    }
    KafkaOffsetReader::WatermarkResult stable;
    if (!wanted.isEmpty()) {
        if (!m_stable)
            m_stable = std::make_unique<KafkaHandle>(m_profile, KafkaHandle::Role::StableOffsets);
        if (!m_stable->handle()) {
            next.partErrors << QCoreApplication::translate("KafkaCollector", "Last stable offsets: %1")
                                   .arg(m_stable->error());
            m_stable.reset();
        } else {
            stable = KafkaOffsetReader::fetchWatermarks(m_stable->handle(), wanted, RD_KAFKA_OFFSET_END,
                                                        m_profile.requestTimeoutMs);
            next.status.requestCount += stable.requestCount;
            for (const QString &error : std::as_const(stable.errors))
                next.partErrors
                    << QCoreApplication::translate("KafkaCollector", "Last stable offsets: %1").arg(error);
        }
    }
    if (all) {
        m_transactions.forgetPartitionsExcept(next.topics);
        QSet<TopicPartition> alive;
        for (const TopicInfo &t : std::as_const(next.topics)) {
            for (const PartitionInfo &p : t.partitions)
                alive.insert({t.name, p.partition});
        }
        for (auto it = m_stableOffsets.begin(); it != m_stableOffsets.end();)
            it = alive.contains(it.key()) ? std::next(it) : m_stableOffsets.erase(it);
    }
    const qint64 nowMs = next.status.attemptedAt.toMSecsSinceEpoch();
    for (TopicInfo &t : next.topics) {
        for (PartitionInfo &p : t.partitions) {
            const TopicPartition key{t.name, p.partition};
            TransactionTracker::State state;
            if (const auto it = stable.offsets.constFind(key); it != stable.offsets.cend()) {
                m_stableOffsets.insert(key, {*it, next.status.attemptedAt});
                state = m_transactions.update(key, *it, p.highWatermark, nowMs);
            } else {
                state = m_transactions.current(key, nowMs);
            }
            const auto known = m_stableOffsets.constFind(key);
            p.lastStableOffset = known != m_stableOffsets.cend() ? known->first : -1;
            p.lastStableReadAt = known != m_stableOffsets.cend() ? known->second : QDateTime();
            p.openTransactionSeconds = state.openSeconds;
            p.hangingTransaction = state.hanging;
        }
    }
}

void KafkaCollector::applyStorage(KafkaSnapshot &next)
{
    QHash<QString, double> bytesPerMessage;
    for (TopicInfo &t : next.topics) {
        qint64 replicas = 0;
        for (const PartitionInfo &p : std::as_const(t.partitions))
            replicas += p.replicas.size();
        t.retentionBudgetBytes =
            t.retentionKnown && t.retentionBytes >= 0 ? double(t.retentionBytes) * double(replicas) : -1;
        if (t.logSizeBytes >= 0)
            t.logSizeReason.clear();
        else if (m_profile.brokerMetrics.isEmpty())
            t.logSizeReason = QCoreApplication::translate(
                "KafkaCollector",
                "unknown: no broker metrics in the profile (librdkafka has no DescribeLogDirs)");
        else
            t.logSizeReason = QCoreApplication::translate("KafkaCollector",
                                                          "unknown: the brokers' metrics give no log size");
        if (const double perMessage = GroupDepth::bytesPerMessage(t); perMessage > 0)
            bytesPerMessage.insert(t.name, perMessage);
    }
    m_bytesPerMessage = bytesPerMessage; // used by the next cycle's retention estimates
}

} // namespace Tidewatch
