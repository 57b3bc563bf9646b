#include "GroupDepth.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>
#include <limits>

namespace Tidewatch::GroupDepth {

namespace {

/// One basis (time or size): an ETA, "never at these rates", or unknown with a reason.
struct Basis
{
    enum class Kind
    {
        Unlimited,
        Unknown,
        Never,
        Eta,
    };
    Kind kind = Kind::Unlimited;
    double eta = -1;
    QString reason;
};

Basis byTime(const RetentionInput &in)
{
    if (in.retentionMs < 0)
        return {};
    if (in.timeLagSeconds < 0)
        return {Basis::Kind::Unknown, -1, QCoreApplication::translate("GroupDepth", "time lag unknown yet")};
    const double left = double(in.retentionMs) / 1000.0 - in.timeLagSeconds;
    if (left <= 0)
        return {Basis::Kind::Eta, 0, {}};
    if (in.consumeRatePerSecond < 0 || in.produceRatePerSecond < 0)
        return {Basis::Kind::Unknown, -1,
                QCoreApplication::translate("GroupDepth", "consume or produce rate unknown yet")};
    if (in.consumeRatePerSecond > 0 && in.consumeRatePerSecond >= in.produceRatePerSecond)
        return {Basis::Kind::Never, -1,
                QCoreApplication::translate("GroupDepth", "consumes at least as fast as the topic grows")};
    // Reading r of p messages a second moves the position r / p seconds of production forward.
    const double growth =
        in.produceRatePerSecond > 0 ? 1.0 - in.consumeRatePerSecond / in.produceRatePerSecond : 1.0;
    return {Basis::Kind::Eta, left / growth, {}};
}

Basis bySize(const RetentionInput &in, qint64 lag)
{
    if (in.retentionBytes < 0)
        return {};
    if (in.bytesPerMessage <= 0)
        return {Basis::Kind::Unknown, -1,
                QCoreApplication::translate("GroupDepth",
                                            "message size unknown (needs the brokers' log size metrics)")};
    const double capacity = double(in.retentionBytes) / in.bytesPerMessage;
    if (double(lag) >= capacity)
        return {Basis::Kind::Eta, 0, {}};
    if (in.consumeRatePerSecond < 0 || in.produceRatePerSecond < 0)
        return {Basis::Kind::Unknown, -1,
                QCoreApplication::translate("GroupDepth", "consume or produce rate unknown yet")};
    const double growth = in.produceRatePerSecond - in.consumeRatePerSecond;
    if (growth <= 0)
        return {Basis::Kind::Never, -1,
                QCoreApplication::translate("GroupDepth", "consumes at least as fast as the topic grows")};
    return {Basis::Kind::Eta, (capacity - double(lag)) / growth, {}};
}

} // namespace

RetentionRisk retentionRisk(const RetentionInput &in)
{
    RetentionRisk risk;
    if (in.committedOffset < 0) {
        risk.reason = QCoreApplication::translate("GroupDepth", "no committed offset");
        return risk;
    }
    if (in.logStartOffset >= 0 && in.committedOffset < in.logStartOffset) {
        risk.state = RetentionRisk::State::DataLost;
        return risk;
    }
    if (in.endOffset >= 0 && in.committedOffset >= in.endOffset) {
        risk.state = RetentionRisk::State::NotAtRisk;
        risk.reason = QCoreApplication::translate("GroupDepth", "caught up: nothing unread");
        return risk;
    }
    if (!in.retentionKnown) {
        risk.reason = QCoreApplication::translate("GroupDepth", "the topic's retention is not known yet");
        return risk;
    }
    if (!in.deletes) {
        risk.state = RetentionRisk::State::NotAtRisk;
        risk.reason = QCoreApplication::translate(
            "GroupDepth", "compacted topic: retention deletes nothing (compaction keeps the newest per key)");
        return risk;
    }
    if (in.endOffset < 0) {
        risk.reason = QCoreApplication::translate("GroupDepth", "end offset unknown");
        return risk;
    }
    const Basis time = byTime(in);
    const Basis size = bySize(in, in.endOffset - in.committedOffset);
    if (time.kind == Basis::Kind::Unlimited && size.kind == Basis::Kind::Unlimited) {
        risk.state = RetentionRisk::State::NotAtRisk;
        risk.reason = QCoreApplication::translate("GroupDepth", "unlimited retention");
        return risk;
    }
    // The sooner known ETA wins; an unknown basis leaves the figure an upper bound at best, so the
    // state stays unknown unless the known one is already due.
    const Basis *soonest = nullptr;
    for (const Basis *b : {&time, &size}) {
        if (b->kind == Basis::Kind::Eta && (!soonest || b->eta < soonest->eta))
            soonest = b;
    }
    const Basis *unknown = time.kind == Basis::Kind::Unknown   ? &time
                           : size.kind == Basis::Kind::Unknown ? &size
                                                               : nullptr;
    if (soonest && (!unknown || soonest->eta <= 0)) {
        risk.state = RetentionRisk::State::AtRisk;
        risk.etaSeconds = std::max(0.0, soonest->eta);
        risk.basis = soonest == &time ? QStringLiteral("time") : QStringLiteral("size");
        risk.etaIsUpperBound = soonest == &time && in.timeLagIsLowerBound && soonest->eta > 0;
        return risk;
    }
    if (unknown) {
        risk.reason = unknown->reason;
        return risk;
    }
    risk.state = RetentionRisk::State::NotAtRisk;
    risk.reason = time.kind == Basis::Kind::Never ? time.reason : size.reason;
    return risk;
}

double bytesPerMessage(const TopicInfo &topic)
{
    if (topic.logSizeBytes < 0 || topic.partitions.isEmpty())
        return -1;
    qint64 messages = 0;
    qint64 replicas = 0;
    for (const PartitionInfo &p : topic.partitions) {
        if (p.lowWatermark < 0 || p.highWatermark < p.lowWatermark)
            return -1;
        messages += p.highWatermark - p.lowWatermark;
        replicas += std::max<qsizetype>(1, p.replicas.size());
    }
    if (messages <= 0)
        return -1;
    // The size counts every replica: divide by the average replica count.
    const double replicationFactor = double(replicas) / double(topic.partitions.size());
    return topic.logSizeBytes / replicationFactor / double(messages);
}

void fill(ConsumerGroupInfo &group, const KafkaSnapshot &snapshot,
          const std::function<double(const QString &, int)> &produceRate,
          const std::function<double(const QString &)> &bytesPerMessageOf)
{
    group.dataLostPartitions = 0;
    group.minRetentionEtaSeconds = -1;
    group.hangingTransactions = 0;
    QMap<QString, GroupTopicLag> topics;
    QMap<QString, bool> topicRatesKnown;
    for (GroupPartitionLag &p : group.partitions) {
        const TopicInfo *topic = snapshot.topic(p.topic);
        const PartitionInfo *info = topic && p.partition >= 0 && p.partition < topic->partitions.size()
                                        ? &topic->partitions[p.partition]
                                        : nullptr;
        p.logStartOffset = info ? info->lowWatermark : -1;
        p.lastStableOffset = info ? info->lastStableOffset : -1;
        p.dataLost = p.hasCommit && p.logStartOffset >= 0 && p.committedOffset < p.logStartOffset;
        p.lostMessages = p.dataLost ? p.logStartOffset - p.committedOffset : -1;
        p.retentionHeadroom =
            p.hasCommit && !p.dataLost && p.logStartOffset >= 0 ? p.committedOffset - p.logStartOffset : -1;
        RetentionInput in;
        in.committedOffset = p.hasCommit ? p.committedOffset : -1;
        in.logStartOffset = p.logStartOffset;
        in.endOffset = p.lagEnd == QLatin1String("lso") ? p.lastStableOffset : p.highWatermark;
        in.timeLagSeconds = p.timeLagSeconds;
        in.timeLagIsLowerBound = p.timeLagIsLowerBound;
        in.produceRatePerSecond = info ? produceRate(p.topic, p.partition) : -1;
        in.consumeRatePerSecond = p.consumeRatePerSecond;
        if (topic) {
            in.retentionKnown = topic->retentionKnown;
            in.retentionMs = topic->retentionMs;
            in.retentionBytes = topic->retentionBytes;
            in.deletes = topic->deletesByRetention();
            in.bytesPerMessage = bytesPerMessageOf(p.topic);
        }
        p.retention = info || !p.hasCommit ? retentionRisk(in) : RetentionRisk{};
        if (!info && p.hasCommit)
            p.retention.reason =
                QCoreApplication::translate("GroupDepth", "the topic or partition no longer exists");

        GroupTopicLag &t = topics[p.topic];
        t.topic = p.topic;
        ++t.partitions;
        t.topicDeleted = !topic && !snapshot.topics.isEmpty();
        if (p.lag >= 0) {
            ++t.knownPartitions;
            t.totalLag = std::max<qint64>(0, t.totalLag);
            if (__builtin_add_overflow(t.totalLag, p.lag, &t.totalLag))
                t.totalLag = std::numeric_limits<qint64>::max();
            t.maxLag = std::max(t.maxLag, p.lag);
            if (t.lagEnd.isEmpty())
                t.lagEnd = p.lagEnd;
            else if (t.lagEnd != p.lagEnd)
                t.lagEnd = QStringLiteral("mixed");
        }
        if (p.timeLagSeconds > t.maxTimeLagSeconds) {
            t.maxTimeLagSeconds = p.timeLagSeconds;
            t.maxTimeLagIsLowerBound = p.timeLagIsLowerBound;
        }
        if (p.hasCommit) {
            auto known = topicRatesKnown.find(p.topic);
            if (known == topicRatesKnown.end())
                known = topicRatesKnown.insert(p.topic, true);
            if (p.consumeRatePerSecond >= 0)
                t.consumeRatePerSecond = std::max(0.0, t.consumeRatePerSecond) + p.consumeRatePerSecond;
            else
                *known = false;
        }
        if (p.dataLost) {
            ++t.dataLostPartitions;
            ++group.dataLostPartitions;
        }
        if (info && info->hangingTransaction) {
            ++t.hangingTransactions;
            ++group.hangingTransactions;
        }
        if (p.retention.state == RetentionRisk::State::AtRisk) {
            const double eta = p.retention.etaSeconds;
            if (t.retentionEtaSeconds < 0 || eta < t.retentionEtaSeconds)
                t.retentionEtaSeconds = eta;
            if (group.minRetentionEtaSeconds < 0 || eta < group.minRetentionEtaSeconds)
                group.minRetentionEtaSeconds = eta;
        }
    }
    group.topics.clear();
    for (auto it = topics.begin(); it != topics.end(); ++it) {
        if (!topicRatesKnown.value(it.key(), false))
            it->consumeRatePerSecond = -1;
        group.topics.append(*it);
    }
}

bool matchesAny(const QString &groupId, const QList<QRegularExpression> &patterns)
{
    return std::any_of(patterns.cbegin(), patterns.cend(),
                       [&groupId](const QRegularExpression &re) { return re.match(groupId).hasMatch(); });
}

QList<QRegularExpression> patterns(const QStringList &wildcards)
{
    QList<QRegularExpression> out;
    for (const QString &w : wildcards) {
        const QString trimmed = w.trimmed();
        // Anchored; in Qt 6.4 "*" does not cross a "/", which group ids seldom contain.
        if (!trimmed.isEmpty())
            out.append(QRegularExpression(QRegularExpression::wildcardToRegularExpression(trimmed)));
    }
    return out;
}

} // namespace Tidewatch::GroupDepth
