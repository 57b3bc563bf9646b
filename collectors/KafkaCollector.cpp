#include "KafkaCollector.h"

#include "BrokerMetrics.h"
#include "GroupDepth.h"
#include "HttpFetcher.h"
#include "KafkaConfigReader.h"
#include "KafkaErrorText.h"
#include "KafkaGroupReader.h"
#include "KafkaHandle.h"
#include "KafkaMetadataReader.h"
#include "KafkaOffsetReader.h"
#include "KafkaStats.h"
#include "LagTracker.h"
#include "PartitionBalance.h"
#include "RateCounter.h"
#include "RecordTimestampReader.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QTimer>

#include <algorithm>
#include <future>

namespace Tidewatch {

KafkaCollector::KafkaCollector(ClusterProfile profile, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_lag(std::make_unique<LagTracker>())
{
    m_last.clusterName = m_profile.name;
    m_transactions = TransactionTracker(m_profile.hangingTransactionMs);
    m_readCommitted = GroupDepth::patterns(m_profile.readCommittedGroups);
}

KafkaCollector::~KafkaCollector() = default;

void KafkaCollector::setLagHistory(const LagHistoryConfig &history)
{
    m_lag = std::make_unique<LagTracker>(LagStatusConfig{}, history);
}

void KafkaCollector::start()
{
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setInterval(m_profile.kafkaPollIntervalMs);
        connect(m_timer, &QTimer::timeout, this, &KafkaCollector::cycle);
    }
    m_timer->start();
    cycle();
}

void KafkaCollector::readRecordTimes(
    const QHash<QString, QHash<LagTracker::TopicPartition, qint64>> &committed, KafkaSnapshot &next,
    qint64 nowMs)
{
    const bool first = !m_recordReadStarted;
    if (!m_recordRead.valid()) {
        const QList<LagTracker::Position> wanted =
            m_lag->recordTimesWanted(committed, next, kRecordReadsPerCycle, nowMs);
        if (wanted.isEmpty())
            return;
        if (!m_records)
            m_records = std::make_unique<RecordTimestampReader>(m_profile);
        if (!m_records->error().isEmpty())
            next.partErrors << m_records->error();
        // Half a poll interval at most, at least a second: a record whose leader just died must not keep
        // the reader busy (the position is asked again after LagTracker::kRecordRetryMs; the history
        // answers meanwhile).
        const int budgetMs =
            std::clamp(m_profile.kafkaPollIntervalMs / 2, 1000, std::max(1000, m_profile.requestTimeoutMs));
        RecordTimestampReader *reader = m_records.get();
        m_recordRead = std::async(std::launch::async,
                                  [reader, wanted, budgetMs] { return reader->read(wanted, budgetMs); });
        m_recordReadStarted = true;
    }
    if (!first && m_recordRead.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
        return; // still reading: this cycle's figures come from the history and the records read before
    const QHash<LagTracker::Position, RecordTime> read = m_recordRead.get();
    // Say why figures fall back to the history (no READ permission on a topic, a dead leader).
    int failedReads = 0;
    QString firstError;
    for (const RecordTime &t : read) {
        if (t.timestampMs < 0 && !t.error.isEmpty()) {
            if (failedReads++ == 0)
                firstError = t.error;
        }
    }
    if (failedReads > 0)
        next.partErrors << QCoreApplication::translate("KafkaCollector",
                                                       "Record timestamps: %1 of %2 reads failed (%3)")
                               .arg(failedReads)
                               .arg(read.size())
                               .arg(firstError);
    m_lag->addRecordTimes(read, nowMs);
}

void KafkaCollector::stop()
{
    if (m_timer)
        m_timer->stop();
}

void KafkaCollector::cycle()
{
    if (m_inCycle)
        return; // the metrics scrape waits in a local event loop, where this timer can fire again
    Q_EMIT snapshotReady(collectOnce());
}

KafkaSnapshot KafkaCollector::collectOnce()
{
    m_inCycle = true;
    const auto done = qScopeGuard([this] { m_inCycle = false; });
    QElapsedTimer clock;
    clock.start();
    KafkaSnapshot next = m_last; // keeps the last good data; the status says how old it is
    next.status.attemptedAt = QDateTime::currentDateTimeUtc();
    next.status.requestCount = 0;
    next.partErrors.clear();
    next.clampedLagRaces = 0;

    if (!m_client)
        m_client = std::make_unique<KafkaHandle>(m_profile);
    if (!m_client->handle()) {
        next.status.reachable = false;
        next.status.error = m_client->error();
        m_client.reset(); // a profile error stays an error; try again next cycle after a fix
    } else {
        const bool metadataDue = m_metadataStale || !m_sinceMetadata.isValid() ||
                                 m_sinceMetadata.elapsed() >= m_profile.kafkaMetadataRefreshMs;
        bool reachable = true;
        // Read every cycle, so the disconnect counts it compares are always the previous cycle's.
        m_connectionLost = connectionLost();
        // While a broker is down or its connection is not up, ask for the metadata every cycle: it
        // says at once who left, who came back and where leadership went (one request). A connection
        // lost since the last cycle asks for it at once too, before the state settles.
        if (metadataDue || m_brokersChanging || m_connectionLost) {
            reachable = refreshMetadata(next);
            if (reachable && metadataDue) {
                startRetentionRead(next); // beside the configs read: the two DescribeConfigs overlap
                refreshConfigs(next);
            }
        }
        GroupRead groups;
        if (reachable) {
            // The two biggest waits of a cycle overlap: ListOffsets per leader (grows with partitions)
            // and the group listing plus one OffsetFetch per group (grows with groups).
            WatermarkRead watermarks = startWatermarks(next, metadataDue);
            groups = readGroups(next, metadataDue);
            applyWatermarks(next, std::move(watermarks));
            // A leader failed: ask the cluster now whether it is still there (and where leadership
            // went), rather than reporting a vanished cluster as reachable until the next refresh.
            if (m_metadataStale && !metadataDue)
                reachable = refreshMetadata(next);
        }
        if (reachable) {
            applyRetention(next);
            applyStableOffsets(next, metadataDue);
            applyGroups(next, std::move(groups));
            next.status.reachable = true;
            next.status.error.clear();
            next.status.lastSuccessAt = next.status.attemptedAt;
        }
        applyBrokerHealth(next);
        applyController(next, next.status.reachable ? applyBrokerMetrics(next)
                                                    : QHash<int, BrokerMetrics::Scrape>());
        if (next.status.reachable)
            applyStorage(next);
        PartitionBalance::apply(next);
    }
    next.status.durationMs = clock.elapsed();
    m_last = next;
    return next;
}

bool KafkaCollector::refreshMetadata(KafkaSnapshot &next)
{
    rd_kafka_t *rk = m_client->handle();
    const rd_kafka_metadata_t *metadata = nullptr;
    m_client->takeErrors(); // what the client reported before this request is not its cause
    const rd_kafka_resp_err_t err = rd_kafka_metadata(rk, 1, nullptr, &metadata, m_profile.requestTimeoutMs);
    ++next.status.requestCount;
    if (err != RD_KAFKA_RESP_ERR_NO_ERROR) {
        next.status.reachable = false;
        // The request only says "transport failure" or "timed out": a failed login or TLS handshake
        // is named by what the client reported meanwhile.
        next.status.error = KafkaErrorText::withCause(
            QCoreApplication::translate("KafkaCollector", "Metadata request failed: %1")
                .arg(QString::fromUtf8(rd_kafka_err2str(err))),
            m_client->takeErrors());
        m_metadataStale = true;
        return false;
    }
    // Cheap after the metadata call: librdkafka caches both from the metadata response. Under KRaft
    // the "controller" there is any live broker, so it is kept apart from the real controller.
    next.metadataControllerId = rd_kafka_controllerid(rk, 0);
    if (char *id = rd_kafka_clusterid(rk, 0)) {
        next.clusterId = QString::fromUtf8(id);
        rd_kafka_mem_free(rk, id);
    }
    // Keep the offsets of partitions that still exist, so a refresh does not blank them.
    const QList<TopicInfo> previous = next.topics;
    KafkaMetadataReader::fill(*metadata, next);
    rd_kafka_metadata_destroy(metadata);
    QHash<QString, const TopicInfo *> previousByName;
    previousByName.reserve(previous.size());
    for (const TopicInfo &t : previous)
        previousByName.insert(t.name, &t);
    for (TopicInfo &topic : next.topics) {
        topic.minInsyncReplicas = m_minIsr.value(topic.name, -1);
        if (const TopicInfo *old = previousByName.value(topic.name)) {
            for (PartitionInfo &p : topic.partitions) {
                if (p.partition >= 0 && p.partition < old->partitions.size() &&
                    old->partitions[p.partition].partition == p.partition)
                    p.lowWatermark = old->partitions[p.partition].lowWatermark;
            }
        }
    }
    m_metadataBrokerIds.clear();
    for (const BrokerInfo &b : next.brokers) {
        m_knownBrokers.insert(b.id, b);
        m_metadataBrokerIds.insert(b.id);
    }
    m_lag->forgetPartitionsExcept(next.topics); // deleted topics take their history with them
    m_sinceMetadata.start();
    m_metadataStale = false;
    return true;
}

bool KafkaCollector::connectionLost()
{
    bool lost = false;
    const auto connections = KafkaStats::parseBrokers(m_client->latestStatistics());
    for (auto it = connections.cbegin(); it != connections.cend(); ++it) {
        const qint64 before = m_disconnects.value(it.key(), -1);
        if (m_metadataBrokerIds.contains(it.key()) &&
            ((before >= 0 && it->disconnects > before) ||
             (it->state != QLatin1String("UP") && it->state != QLatin1String("INIT"))))
            lost = true;
        m_disconnects.insert(it.key(), it->disconnects);
    }
    return lost;
}

void KafkaCollector::refreshConfigs(KafkaSnapshot &next)
{
    // Topic configs rarely change but cost as much as the rest of a refresh at thousands of topics.
    // Each refresh asks for the topics never read (new ones, or whose last read failed) and for the
    // tenth of the others read longest ago, so every topic is read again every tenth refresh and no
    // refresh pays for all of them at once.
    ++m_configRefreshes;
    QStringList fresh;
    QList<QPair<int, QString>> known; // (refresh it was read at, topic)
    for (const TopicInfo &t : next.topics) {
        if (const auto at = m_configReadAt.constFind(t.name); at != m_configReadAt.cend())
            known.append({*at, t.name});
        else
            fresh << t.name;
    }
    std::sort(known.begin(), known.end());
    const qsizetype due = (known.size() + kConfigRereadEvery - 1) / kConfigRereadEvery;
    QStringList names = fresh;
    for (qsizetype i = 0; i < due; ++i)
        names << known[i].second;
    const auto configs =
        KafkaConfigReader::readMinInsyncReplicas(m_client->handle(), names, m_profile.requestTimeoutMs);
    next.status.requestCount += configs.requestCount;
    if (!configs.error.isEmpty()) {
        next.partErrors << configs.error; // keep the cached values; the error says they may be old
        return;
    }
    // Topics that vanished are dropped; a topic asked for but not answered stays unread (asked again).
    QHash<QString, int> kept;
    QHash<QString, int> readAt;
    for (const TopicInfo &t : next.topics) {
        if (const auto value = configs.minInsyncReplicas.constFind(t.name);
            value != configs.minInsyncReplicas.cend()) {
            kept.insert(t.name, *value);
            readAt.insert(t.name, m_configRefreshes);
        } else if (const auto at = m_configReadAt.constFind(t.name); at != m_configReadAt.cend()) {
            kept.insert(t.name, m_minIsr.value(t.name, -1));
            readAt.insert(t.name, *at);
        }
    }
    m_minIsr = kept;
    m_configReadAt = readAt;
    for (TopicInfo &topic : next.topics)
        topic.minInsyncReplicas = m_minIsr.value(topic.name, -1);
}

KafkaCollector::WatermarkRead KafkaCollector::startWatermarks(const KafkaSnapshot &next,
                                                              bool withLowWatermarks) const
{
    rd_kafka_t *rk = m_client->handle();
    const int timeoutMs = m_profile.requestTimeoutMs;
    const auto start = [rk, topics = next.topics, timeoutMs](qint64 which) {
        return std::async(std::launch::async, [rk, topics, timeoutMs, which] {
            return KafkaOffsetReader::fetchWatermarks(rk, topics, which, timeoutMs);
        });
    };
    WatermarkRead read;
    read.high = start(RD_KAFKA_OFFSET_END);
    if (withLowWatermarks) // at the same time as the end offsets
        read.low = start(RD_KAFKA_OFFSET_BEGINNING);
    return read;
}

void KafkaCollector::applyWatermarks(KafkaSnapshot &next, WatermarkRead read)
{
    const bool withLowWatermarks = read.low.valid();
    const KafkaOffsetReader::WatermarkResult high = read.high.get();
    next.status.requestCount += high.requestCount;
    next.partErrors << high.errors;
    KafkaOffsetReader::WatermarkResult low;
    if (withLowWatermarks) {
        low = read.low.get();
        next.status.requestCount += low.requestCount;
    }
    if (!high.errors.isEmpty())
        m_metadataStale = true; // a leader failed: leadership may have moved
    const qint64 nowMs = next.status.attemptedAt.toMSecsSinceEpoch();
    for (TopicInfo &topic : next.topics) {
        double topicRate = 0;
        bool anyRate = false;
        for (PartitionInfo &p : topic.partitions) {
            const KafkaOffsetReader::TopicPartition key{topic.name, p.partition};
            const auto it = high.offsets.constFind(key);
            if (it != high.offsets.cend()) {
                p.highWatermark = *it;
                p.offsetError.clear();
            } else {
                p.highWatermark = -1; // never show an old watermark as current
                p.offsetError = high.partitionErrors.value(key);
            }
            if (withLowWatermarks)
                p.lowWatermark = low.offsets.value(key, -1);
            p.messagesPerSecond = m_lag->recordHighWatermark(topic.name, p.partition, p.highWatermark, nowMs);
            if (p.messagesPerSecond >= 0) {
                topicRate += p.messagesPerSecond;
                anyRate = true;
            }
        }
        topic.messagesPerSecond = anyRate ? topicRate : -1;
    }
}

void KafkaCollector::applyBrokerHealth(KafkaSnapshot &next)
{
    const auto connections = KafkaStats::parseBrokers(m_client ? m_client->latestStatistics() : QByteArray());
    QHash<int, int> led;
    QSet<int> referenced;
    for (const TopicInfo &t : next.topics) {
        for (const PartitionInfo &p : t.partitions) {
            if (p.leader >= 0)
                ++led[p.leader];
            for (int r : p.replicas)
                referenced.insert(r);
        }
    }
    // Kafka lists only live brokers in its metadata: a broker we saw before, or that replicas still
    // name, is down (or fenced) when it is missing from the latest answer. (next.brokers still holds
    // the previous cycle's list, dead brokers included: it must not decide liveness.)
    const QSet<int> &inMetadata = m_metadataBrokerIds;
    bool changing = false;
    for (int id : referenced) {
        if (!m_knownBrokers.contains(id)) {
            BrokerInfo unknown; // never seen in the metadata: only its id is known
            unknown.id = id;
            m_knownBrokers.insert(id, unknown);
        }
    }
    // A broker neither listed nor named by any replica was decommissioned: forget it.
    for (auto it = m_knownBrokers.begin(); it != m_knownBrokers.end();) {
        const bool gone =
            !inMetadata.contains(it.key()) && !referenced.contains(it.key()) && next.status.reachable;
        it = gone ? m_knownBrokers.erase(it) : std::next(it);
    }
    QList<BrokerInfo> brokers;
    for (const BrokerInfo &known : std::as_const(m_knownBrokers)) {
        BrokerInfo b = known;
        b.partitionsLed = led.value(b.id);
        b.rttMs = -1;
        if (!next.status.reachable) {
            b.reachable = false;
            b.error = QCoreApplication::translate("KafkaCollector", "cluster unreachable");
        } else if (!inMetadata.contains(b.id)) {
            b.reachable = false;
            b.error =
                QCoreApplication::translate("KafkaCollector", "not in the cluster metadata (down or fenced)");
            changing = true;
        } else if (const auto c = connections.constFind(b.id); c != connections.cend() &&
                                                               c->state != QLatin1String("UP") &&
                                                               c->state != QLatin1String("INIT")) {
            b.reachable = false;
            b.error = QCoreApplication::translate("KafkaCollector", "connection %1").arg(c->state);
            changing = true;
        } else {
            b.reachable = true;
            b.error.clear();
            if (c != connections.cend())
                b.rttMs = c->rttMs;
        }
        brokers.append(b);
    }
    std::sort(brokers.begin(), brokers.end(),
              [](const BrokerInfo &a, const BrokerInfo &b) { return a.id < b.id; });
    next.brokers = brokers;
    m_brokersChanging = changing && next.status.reachable;
}

void KafkaCollector::applyController(KafkaSnapshot &next, const QHash<int, BrokerMetrics::Scrape> &scrapes)
{
    // Only what knows the controller names it; a guess from the Metadata response would be wrong on
    // every KRaft cluster (it names a random live broker).
    const BrokerMetrics::ControllerGuess guess = BrokerMetrics::controllerFrom(scrapes);
    next.controllerId = guess.nodeId;
    switch (guess.source) {
    case BrokerMetrics::ControllerGuess::Source::Unknown:
        next.controllerSource.clear();
        break;
    case BrokerMetrics::ControllerGuess::Source::ActiveControllerCount:
        next.controllerSource = QStringLiteral("active-controller-count");
        break;
    case BrokerMetrics::ControllerGuess::Source::RaftLeader:
        next.controllerSource = QStringLiteral("raft-leader");
        break;
    case BrokerMetrics::ControllerGuess::Source::NoLeader:
        next.controllerSource = QStringLiteral("raft-no-leader");
        break;
    }
    for (BrokerInfo &b : next.brokers)
        b.isController = next.controllerId >= 0 && b.id == next.controllerId;
}

namespace {

/// Everything of @p group that comes from its committed offsets, taken from the last cycle that read
/// them; what the listing said this cycle (state, members, coordinator, error) stays.
void carryOffsetFigures(ConsumerGroupInfo &group, const ConsumerGroupInfo &old)
{
    group.partitions = old.partitions;
    group.totalLag = old.totalLag;
    group.maxLag = old.maxLag;
    group.maxTimeLagSeconds = old.maxTimeLagSeconds;
    group.maxTimeLagIsLowerBound = old.maxTimeLagIsLowerBound;
    group.consumeRatePerSecond = old.consumeRatePerSecond;
    group.status = old.status;
    group.trend = old.trend;
    group.catchUpSeconds = old.catchUpSeconds;
    group.notCatchingUp = old.notCatchingUp;
    group.commitsWithoutMembers = old.commitsWithoutMembers;
    group.statusReason = old.statusReason;
    group.offsetsReadAt = old.offsetsReadAt;
    group.topics = old.topics;
    group.dataLostPartitions = old.dataLostPartitions;
    group.minRetentionEtaSeconds = old.minRetentionEtaSeconds;
    group.hangingTransactions = old.hangingTransactions;
}

/// Partitions @p group committed on whose end offset this cycle could not read although the partition
/// exists (its leader failed or timed out): the group's sums would be short of them.
int unreadEndOffsets(const ConsumerGroupInfo &group, const KafkaSnapshot &next)
{
    int unread = 0;
    for (const GroupPartitionLag &p : group.partitions) {
        if (!p.hasCommit || p.highWatermark >= 0)
            continue;
        const TopicInfo *topic = next.topic(p.topic);
        if (topic && p.partition >= 0 && p.partition < topic->partitions.size())
            ++unread;
    }
    return unread;
}

} // namespace

KafkaCollector::GroupRead KafkaCollector::readGroups(KafkaSnapshot &next, bool discoverTopics)
{
    rd_kafka_t *rk = m_client->handle();
    const int liveBrokers = next.reachableBrokerCount();
    // librdkafka asks every broker it ever knew for its groups and waits for all: a dead broker held
    // every cycle for the whole request timeout. While one is down, the live ones get half a poll
    // interval to answer (they answer in milliseconds) and the rest of the list is carried over.
    const bool brokerDown =
        m_brokersChanging || m_connectionLost || m_metadataBrokerIds.size() < m_knownBrokers.size();
    const int listTimeoutMs = brokerDown ? std::clamp(m_profile.kafkaPollIntervalMs / 2, 500,
                                                      std::max(500, m_profile.requestTimeoutMs))
                                         : m_profile.requestTimeoutMs;
    auto listed = KafkaGroupReader::readGroups(rk, std::max(1, liveBrokers), listTimeoutMs);
    next.status.requestCount += listed.requestCount;
    if (!listed.error.isEmpty()) {
        next.partErrors << listed.error;
        // A broker that did not answer may be the only one to list some groups this cycle: keep them
        // (and their lag history) rather than have them vanish and come back.
        QSet<QString> present;
        for (const ConsumerGroupInfo &g : std::as_const(listed.groups))
            present.insert(g.groupId);
        for (const ConsumerGroupInfo &old : std::as_const(m_last.groups)) {
            if (present.contains(old.groupId))
                continue;
            ConsumerGroupInfo kept = old;
            kept.partitions.clear();    // refilled from this cycle's offsets below
            kept.offsetsFailed = false; // last cycle's verdict; this cycle's comes below
            kept.error.clear();
            listed.groups.append(kept);
        }
        std::sort(
            listed.groups.begin(), listed.groups.end(),
            [](const ConsumerGroupInfo &a, const ConsumerGroupInfo &b) { return a.groupId < b.groupId; });
    }

    // Partitions per topic, to build explicit OffsetFetch lists.
    QHash<QString, int> partitionCount;
    for (const TopicInfo &t : next.topics)
        partitionCount.insert(t.name, int(t.partitions.size()));

    QList<KafkaOffsetReader::OffsetQuery> queries;
    for (const ConsumerGroupInfo &group : std::as_const(listed.groups)) {
        if (!group.protocolType.isEmpty() && group.protocolType != QLatin1String("consumer"))
            continue; // connect workers and others commit no consumer offsets
        KafkaOffsetReader::OffsetQuery query;
        query.groupId = group.groupId;
        query.coordinatorId = group.coordinatorId;
        QSet<QString> topics = m_groupTopics.value(group.groupId);
        for (const GroupMember &m : group.members) {
            for (const auto &tp : m.assignment)
                topics.insert(tp.first);
        }
        // With the metadata refresh (and for groups we know nothing of) ask for everything the group
        // committed, to discover its topics; otherwise send the explicit partition list.
        if (!discoverTopics && !topics.isEmpty()) {
            for (const QString &topic : std::as_const(topics)) {
                for (int p = 0; p < partitionCount.value(topic); ++p)
                    query.partitions.append({topic, p});
            }
            std::sort(query.partitions.begin(), query.partitions.end());
        }
        queries.append(query);
    }
    GroupRead read;
    read.committed = KafkaOffsetReader::fetchCommitted(rk, queries, m_profile.requestTimeoutMs);
    next.status.requestCount += read.committed.requestCount;
    read.listed = std::move(listed);
    return read;
}

void KafkaCollector::applyGroups(KafkaSnapshot &next, GroupRead read)
{
    KafkaGroupReader::Result &listed = read.listed;
    const KafkaOffsetReader::CommittedResult &committed = read.committed;

    const qint64 nowMs = next.status.attemptedAt.toMSecsSinceEpoch();
    readRecordTimes(committed.offsets, next, nowMs);
    const auto produceRate = [this](const QString &topic, int partition) {
        return m_lag->produceRate(topic, partition);
    };
    const auto bytesPerMessage = [this](const QString &topic) {
        return m_bytesPerMessage.value(topic, -1);
    };
    for (ConsumerGroupInfo &group : listed.groups) {
        group.readCommitted = GroupDepth::matchesAny(group.groupId, m_readCommitted);
        if (const auto error = committed.errors.constFind(group.groupId); error != committed.errors.cend()) {
            group.error = *error;
            group.offsetsFailed = true;
            next.partErrors << QCoreApplication::translate("KafkaCollector", "Offsets of group %1: %2")
                                   .arg(group.groupId, *error);
            // Keep the last good figures of this group, marked by the error and their time: this
            // cycle knows nothing new of them (the alerts on them wait rather than resolve).
            if (const ConsumerGroupInfo *old = m_last.group(group.groupId)) {
                carryOffsetFigures(group, *old);
                continue;
            }
        }
        const auto offsets = committed.offsets.value(group.groupId);
        if (!offsets.isEmpty()) {
            QSet<QString> &topics = m_groupTopics[group.groupId];
            for (auto it = offsets.cbegin(); it != offsets.cend(); ++it)
                topics.insert(it.key().first);
        }
        next.clampedLagRaces += m_lag->fillGroup(group, offsets, next, nowMs);
        GroupDepth::fill(group, next, produceRate, bytesPerMessage);
        if (const int unread = unreadEndOffsets(group, next); unread > 0) {
            // A sum without some partitions is not the group's lag: keep the last complete figures.
            group.offsetsFailed = true;
            if (group.error.isEmpty())
                group.error = QCoreApplication::translate(
                    "KafkaCollector", "the end offsets of %n partition(s) could not be read this cycle",
                    nullptr, unread);
            if (const ConsumerGroupInfo *old = m_last.group(group.groupId))
                carryOffsetFigures(group, *old);
            continue;
        }
        if (!group.offsetsFailed)
            group.offsetsReadAt = next.status.attemptedAt;
    }
    m_lag->forgetGroupsExcept(listed.groups);
    m_lag->endCycle();
    next.groups = listed.groups;
}

QHash<int, BrokerMetrics::Scrape> KafkaCollector::applyBrokerMetrics(KafkaSnapshot &next)
{
    QHash<int, BrokerMetrics::Scrape> scrapes;
    for (TopicInfo &t : next.topics) {
        for (PartitionInfo &p : t.partitions)
            p.bytesInPerSecond = -1; // known only from this cycle's scrapes, never carried over
    }
    if (m_profile.brokerMetrics.isEmpty())
        return scrapes;
    QHash<int, QString> urls;
    for (const BrokerInfo &b : std::as_const(next.brokers)) {
        const QString url = BrokerMetrics::urlFor(b.id, b.host, m_profile.brokerMetrics);
        if (!url.isEmpty() && b.reachable)
            urls.insert(b.id, url);
    }
    if (!m_http) {
        m_http = std::make_unique<HttpFetcher>();
        m_http->setAuth(m_profile.brokerMetricsAuth);
    }
    const auto replies =
        m_http->fetch(urls, m_profile.requestTimeoutMs, m_profile.brokerMetricsMaxResponseBytes);
    next.status.requestCount += int(urls.size());
    const qint64 nowMs = next.status.attemptedAt.toMSecsSinceEpoch();
    auto rate = [&](const QString &key, std::optional<double> total) {
        if (!total)
            return -1.0;
        return m_metricRates[key].add(*total, nowMs).value_or(-1.0);
    };
    QHash<QString, double> topicIn, topicOut, topicSize;
    QSet<QString> topicsWithRates;
    for (BrokerInfo &b : next.brokers) {
        const auto reply = replies.constFind(b.id);
        if (reply == replies.cend()) {
            b.metricsError =
                b.reachable ? QCoreApplication::translate("KafkaCollector", "no metrics URL for this broker")
                            : QString();
            continue;
        }
        if (!reply->error.isEmpty()) {
            b.metricsError = reply->error;
            next.partErrors << QCoreApplication::translate("KafkaCollector", "Metrics of broker %1: %2")
                                   .arg(b.id)
                                   .arg(reply->error);
            continue;
        }
        const BrokerMetrics::Scrape scrape = BrokerMetrics::extract(PrometheusTextParser::parse(reply->body));
        scrapes.insert(b.id, scrape);
        const QString prefix = QString::number(b.id) + QLatin1Char('/');
        b.metricsError.clear();
        b.bytesInPerSecond = rate(prefix + QStringLiteral("in"), scrape.bytesInTotal);
        b.bytesOutPerSecond = rate(prefix + QStringLiteral("out"), scrape.bytesOutTotal);
        b.messagesInPerSecond = rate(prefix + QStringLiteral("msgs"), scrape.messagesInTotal);
        b.logSizeBytes = scrape.logSizeTotal.value_or(-1);
        b.produceLatencyP99Ms = scrape.produceP99Ms.value_or(-1);
        b.fetchLatencyP99Ms = scrape.fetchConsumerP99Ms.value_or(-1);
        for (auto it = scrape.bytesInByTopic.cbegin(); it != scrape.bytesInByTopic.cend(); ++it) {
            const double r = rate(prefix + QStringLiteral("in/") + it.key(), it.value());
            if (r >= 0) {
                topicIn[it.key()] += r;
                topicsWithRates.insert(it.key());
            }
        }
        for (auto it = scrape.bytesOutByTopic.cbegin(); it != scrape.bytesOutByTopic.cend(); ++it) {
            const double r = rate(prefix + QStringLiteral("out/") + it.key(), it.value());
            if (r >= 0)
                topicOut[it.key()] += r;
        }
        for (auto it = scrape.logSizeByTopic.cbegin(); it != scrape.logSizeByTopic.cend(); ++it)
            topicSize[it.key()] += it.value();
    }
    for (TopicInfo &t : next.topics) {
        // Per-topic series appear only once a topic saw traffic: no series and rates known elsewhere
        // means nothing flowed.
        t.bytesInPerSecond = topicsWithRates.contains(t.name) ? topicIn.value(t.name) : -1;
        t.bytesOutPerSecond = topicOut.contains(t.name) ? topicOut.value(t.name) : -1;
        t.logSizeBytes = topicSize.contains(t.name) ? topicSize.value(t.name) : -1;
        // Kafka counts produced bytes per topic only: a partition's are the growth of its leader's
        // log. The key names the leader, so a leader change starts a new baseline (unknown for a
        // cycle) instead of comparing two brokers' logs; retention shrinking the log resets it too.
        for (PartitionInfo &p : t.partitions) {
            p.bytesInPerSecond = -1;
            const auto scrape = scrapes.constFind(p.leader);
            if (scrape == scrapes.cend())
                continue;
            const auto size = scrape->logSizeByPartition.constFind({t.name, p.partition});
            if (size == scrape->logSizeByPartition.cend())
                continue;
            p.bytesInPerSecond = rate(QString::number(p.leader) + QStringLiteral("/size/") + t.name +
                                          QLatin1Char('/') + QString::number(p.partition),
                                      *size);
        }
    }
    return scrapes;
}

} // namespace Tidewatch
