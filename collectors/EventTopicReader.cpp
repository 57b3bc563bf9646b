#include "EventTopicReader.h"

#include "KafkaErrorText.h"
#include "KafkaHandle.h"
#include "KafkaOffsetReader.h"
#include "KafkaSnapshot.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QScopeGuard>

#include <algorithm>
#include <array>

namespace Tidewatch {

namespace {

/// Texts are marked with QT_TRANSLATE_NOOP so that lupdate files them under the context they are
/// looked up in.
QString translated(const char *text)
{
    return QCoreApplication::translate("EventTopicReader", text);
}

QString errorText(rd_kafka_resp_err_t err)
{
    return QString::fromUtf8(rd_kafka_err2str(err));
}

} // namespace

qint64 EventTopicReader::TopicState::lag() const
{
    if (partitions.isEmpty())
        return -1;
    qint64 sum = 0;
    for (const PartitionState &p : partitions) {
        if (p.position < 0 || p.endOffset < 0)
            return -1;
        sum += std::max<qint64>(0, p.endOffset - p.position);
    }
    return sum;
}

EventTopicReader::EventTopicReader(const ClusterProfile &profile, const QStringList &topics,
                                   qint64 startTimeMs)
    : m_profile(profile)
    , m_startTimeMs(startTimeMs)
{
    for (const QString &name : topics) {
        TopicState state;
        state.name = name;
        m_topics.append(state);
    }
}

EventTopicReader::~EventTopicReader()
{
    for (qsizetype i = 0; i < m_handles.size(); ++i) {
        for (auto it = m_topics[i].partitions.cbegin(); it != m_topics[i].partitions.cend(); ++it)
            rd_kafka_consume_stop(m_handles[i], it.key());
    }
    if (m_queue) {
        // Whatever was prefetched goes with the queue.
        while (rd_kafka_message_t *rest = rd_kafka_consume_queue(m_queue, 0))
            rd_kafka_message_destroy(rest);
        rd_kafka_queue_destroy(m_queue);
    }
    for (rd_kafka_topic_t *rkt : std::as_const(m_handles))
        rd_kafka_topic_destroy(rkt);
}

bool EventTopicReader::caughtUp() const
{
    for (const TopicState &t : m_topics) {
        for (const PartitionState &p : t.partitions) {
            if (p.position < p.startEnd)
                return false;
        }
    }
    return true;
}

void EventTopicReader::applyClientErrors()
{
    if (!m_client)
        return;
    const QList<KafkaHandle::ClientError> errors = m_client->takeErrors();
    for (const KafkaHandle::ClientError &e : errors) {
        m_error = e.message;
        if (e.code == RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN) {
            m_allBrokersDown = true;
            m_reachable = false;
        }
    }
    if (const QString cause = KafkaErrorText::securityCause(errors); !cause.isEmpty())
        m_error = cause;
}

bool EventTopicReader::refresh(bool force)
{
    if (!m_client) {
        m_client = std::make_unique<KafkaHandle>(m_profile, KafkaHandle::Role::EventReader);
        if (!m_client->handle()) {
            m_error = m_client->error();
            m_reachable = false;
            m_client.reset(); // a profile error stays an error; tried again on the next refresh
            return false;
        }
        rd_kafka_t *rk = m_client->handle();
        m_queue = rd_kafka_queue_new(rk);
        for (qsizetype i = 0; i < m_topics.size(); ++i) {
            rd_kafka_topic_conf_t *conf = rd_kafka_topic_conf_new();
            char errstr[256] = {};
            // An offset that retention removed meanwhile: go on from the oldest one still there.
            rd_kafka_topic_conf_set(conf, "auto.offset.reset", "earliest", errstr, sizeof errstr);
            rd_kafka_topic_t *rkt = rd_kafka_topic_new(rk, m_topics[i].name.toUtf8().constData(), conf);
            m_handles.append(rkt);
            m_indexOf.insert(rkt, int(i));
        }
    }
    m_error.clear();
    applyClientErrors();
    const bool due =
        force || m_firstMetadata || !m_reachable || m_allBrokersDown || !m_sinceMetadata.isValid() ||
        m_sinceMetadata.elapsed() >= std::min(kMetadataRefreshMs, m_profile.kafkaMetadataRefreshMs);
    if (!due)
        return m_reachable;
    return refreshMetadata();
}

bool EventTopicReader::refreshMetadata()
{
    rd_kafka_t *rk = m_client->handle();
    const rd_kafka_metadata_t *metadata = nullptr;
    // all_topics = 0 and no topic: librdkafka asks for its locally known topics, which are exactly the
    // event topics (one handle each): one Metadata request, whatever the cluster's size.
    const rd_kafka_resp_err_t err = rd_kafka_metadata(rk, 0, nullptr, &metadata, m_profile.requestTimeoutMs);
    ++m_requests;
    if (err != RD_KAFKA_RESP_ERR_NO_ERROR) {
        m_reachable = false;
        // A failed login or TLS handshake is named by what the client reported meanwhile.
        m_error = KafkaErrorText::withCause(
            translated(QT_TRANSLATE_NOOP("EventTopicReader", "Metadata request failed: %1"))
                .arg(errorText(err)),
            m_client->takeErrors());
        return false;
    }
    const auto release = qScopeGuard([metadata] { rd_kafka_metadata_destroy(metadata); });
    QList<QPair<int, int>> fresh;
    QHash<QString, const rd_kafka_metadata_topic_t *> byName;
    for (int i = 0; i < metadata->topic_cnt; ++i)
        byName.insert(QString::fromUtf8(metadata->topics[i].topic), &metadata->topics[i]);
    m_leaders.clear();
    for (qsizetype i = 0; i < m_topics.size(); ++i) {
        TopicState &topic = m_topics[i];
        const rd_kafka_metadata_topic_t *t = byName.value(topic.name);
        if (!t || t->err == RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART ||
            (t->err == 0 && t->partition_cnt == 0)) {
            m_metadataErrors[i] = translated(QT_TRANSLATE_NOOP("EventTopicReader", "topic does not exist"));
            continue;
        }
        if (t->err != RD_KAFKA_RESP_ERR_NO_ERROR) {
            m_metadataErrors[i] = errorText(t->err);
            continue;
        }
        m_metadataErrors[i].clear();
        for (int p = 0; p < t->partition_cnt; ++p) {
            const int id = t->partitions[p].id;
            m_leaders.insert({int(i), id}, t->partitions[p].leader);
            if (!topic.partitions.contains(id))
                fresh.append({int(i), id});
        }
    }
    if (m_allBrokersDown)
        m_error.clear(); // the cluster answered: "all brokers down" is over
    m_reachable = true;
    m_allBrokersDown = false;
    // Fetch errors are mostly passing (a leader moved): they show until the next refresh, and come back
    // if they persist.
    m_fetchErrors.clear();
    m_sinceMetadata.start();
    if (m_firstMetadata) {
        for (const auto &tp : std::as_const(fresh))
            m_initial.insert(tp);
        m_firstMetadata = false;
    }
    QList<QPair<int, int>> atStart;
    QList<QPair<int, int>> fromBeginning;
    for (const auto &tp : std::as_const(fresh))
        (m_initial.contains(tp) ? atStart : fromBeginning).append(tp);
    startPartitions(atStart, true);
    startPartitions(fromBeginning, false);
    refreshEndOffsets();
    updateErrors();
    return m_reachable;
}

QList<TopicInfo> EventTopicReader::topicInfos(const QList<QPair<int, int>> &partitions) const
{
    QMap<int, TopicInfo> byTopic;
    for (const auto &[topic, partition] : partitions) {
        TopicInfo &info = byTopic[topic];
        info.name = m_topics[topic].name;
        PartitionInfo p;
        p.partition = partition;
        p.leader = m_leaders.value({topic, partition}, -1);
        info.partitions.append(p);
    }
    return byTopic.values();
}

void EventTopicReader::startPartitions(const QList<QPair<int, int>> &fresh, bool atStartTime)
{
    if (fresh.isEmpty())
        return;
    rd_kafka_t *rk = m_client->handle();
    const QList<TopicInfo> infos = topicInfos(fresh);
    const int timeout = m_profile.requestTimeoutMs;
    const auto ends = KafkaOffsetReader::fetchWatermarks(rk, infos, RD_KAFKA_OFFSET_END, timeout);
    m_requests += ends.requestCount;
    KafkaOffsetReader::WatermarkResult starts;
    if (!atStartTime)
        starts = KafkaOffsetReader::fetchWatermarks(rk, infos, RD_KAFKA_OFFSET_BEGINNING, timeout);
    else if (m_startTimeMs >= 0)
        starts = KafkaOffsetReader::fetchWatermarks(rk, infos, m_startTimeMs, timeout);
    m_requests += starts.requestCount;
    for (const auto &[topic, partition] : fresh) {
        const KafkaOffsetReader::TopicPartition key{m_topics[topic].name, partition};
        // A partition whose leader did not answer is started at the next refresh.
        const QString error = ends.partitionErrors.value(key, starts.partitionErrors.value(key));
        if (!ends.offsets.contains(key) || !error.isEmpty()) {
            m_startErrors[topic] =
                error.isEmpty()
                    ? translated(QT_TRANSLATE_NOOP("EventTopicReader", "no end offset for partition %1"))
                          .arg(partition)
                    : translated(QT_TRANSLATE_NOOP("EventTopicReader", "partition %1: %2"))
                          .arg(partition)
                          .arg(error);
            continue;
        }
        const qint64 end = ends.offsets.value(key);
        qint64 start = end; // from the end: only new events
        if (!atStartTime) {
            if (!starts.offsets.contains(key))
                continue;
            start = starts.offsets.value(key);
        } else if (m_startTimeMs >= 0) {
            // No record at or after the time: nothing that new, so start at the end.
            start = starts.offsets.value(key, end);
        }
        if (rd_kafka_consume_start_queue(m_handles[topic], partition, start, m_queue) == -1) {
            m_startErrors[topic] = translated(QT_TRANSLATE_NOOP("EventTopicReader", "partition %1: %2"))
                                       .arg(partition)
                                       .arg(errorText(rd_kafka_last_error()));
            continue;
        }
        m_startErrors[topic].clear();
        PartitionState state;
        state.startOffset = start;
        state.startEnd = end;
        state.position = start;
        state.endOffset = end;
        m_topics[topic].partitions.insert(partition, state);
    }
}

void EventTopicReader::refreshEndOffsets()
{
    QList<QPair<int, int>> started;
    for (qsizetype i = 0; i < m_topics.size(); ++i) {
        for (auto it = m_topics[i].partitions.cbegin(); it != m_topics[i].partitions.cend(); ++it)
            started.append({int(i), it.key()});
    }
    if (started.isEmpty())
        return;
    // While the reader is behind, librdkafka does not fetch (its queue is full), so the end offsets
    // its fetch responses carry grow old: ask for them with the metadata.
    const auto ends = KafkaOffsetReader::fetchWatermarks(m_client->handle(), topicInfos(started),
                                                         RD_KAFKA_OFFSET_END, m_profile.requestTimeoutMs);
    m_requests += ends.requestCount;
    for (auto it = ends.offsets.cbegin(); it != ends.offsets.cend(); ++it) {
        const auto index = std::find_if(m_topics.begin(), m_topics.end(),
                                        [&](const TopicState &t) { return t.name == it.key().first; });
        if (index == m_topics.end())
            continue;
        auto p = index->partitions.find(it.key().second);
        if (p != index->partitions.end())
            p->endOffset = std::max(p->endOffset, it.value());
    }
}

void EventTopicReader::updateErrors()
{
    for (qsizetype i = 0; i < m_topics.size(); ++i) {
        QString error = m_metadataErrors.value(i);
        if (error.isEmpty())
            error = m_fetchErrors.value(i);
        if (error.isEmpty())
            error = m_startErrors.value(i);
        m_topics[i].error = error;
    }
}

void EventTopicReader::handleMessage(const rd_kafka_message_t &message, const Sink &sink)
{
    if (!message.rkt) {
        // A client-level error delivered on the queue.
        if (message.err != RD_KAFKA_RESP_ERR_NO_ERROR)
            m_error = QString::fromUtf8(rd_kafka_message_errstr(&message));
        return;
    }
    const int index = m_indexOf.value(message.rkt, -1);
    if (index < 0)
        return;
    TopicState &topic = m_topics[index];
    auto partition = topic.partitions.find(int(message.partition));
    if (partition == topic.partitions.end())
        return;
    switch (message.err) {
    case RD_KAFKA_RESP_ERR_NO_ERROR: {
        partition->position = std::max(partition->position, qint64(message.offset) + 1);
        partition->endOffset = std::max(partition->endOffset, partition->position);
        ++topic.messages;
        topic.bytes += qint64(message.len + message.key_len);
        m_fetchErrors[index].clear();
        Message m;
        m.topicIndex = index;
        m.partition = int(message.partition);
        m.offset = message.offset;
        rd_kafka_timestamp_type_t type = RD_KAFKA_TIMESTAMP_NOT_AVAILABLE;
        m.timestampMs = rd_kafka_message_timestamp(&message, &type);
        // A CreateTime stamp is the producer's choice (Flink and Kafka Streams write the event time):
        // BusinessState bounds event times by it, so it must not be in the future itself.
        if (type == RD_KAFKA_TIMESTAMP_CREATE_TIME && m.timestampMs > 0)
            m.timestampMs = std::min(m.timestampMs, QDateTime::currentMSecsSinceEpoch());
        m.payload = message.payload
                        ? std::string_view(static_cast<const char *>(message.payload), message.len)
                        : std::string_view();
        m.keyLength = message.key_len;
        sink(m);
        return;
    }
    case RD_KAFKA_RESP_ERR__PARTITION_EOF:
        // The offset of an end-of-partition event is the end itself.
        partition->position = std::max(partition->position, qint64(message.offset));
        partition->endOffset = std::max(partition->endOffset, qint64(message.offset));
        m_fetchErrors[index].clear();
        return;
    default:
        m_fetchErrors[index] = translated(QT_TRANSLATE_NOOP("EventTopicReader", "partition %1: %2"))
                                   .arg(message.partition)
                                   .arg(QString::fromUtf8(rd_kafka_message_errstr(&message)));
        return;
    }
}

qint64 EventTopicReader::consume(const Sink &sink, const QDeadlineTimer &budget, int waitMs)
{
    if (!m_queue)
        return 0;
    constexpr int kBatch = 1024;
    std::array<rd_kafka_message_t *, kBatch> batch{};
    qint64 read = 0;
    m_moreWaiting = false;
    for (;;) {
        const int wait = int(std::clamp<qint64>(budget.remainingTime(), 0, waitMs));
        const ssize_t n = rd_kafka_consume_batch_queue(m_queue, wait, batch.data(), batch.size());
        for (ssize_t i = 0; i < n; ++i) {
            if (batch[i]->err == RD_KAFKA_RESP_ERR_NO_ERROR)
                ++read;
            handleMessage(*batch[i], sink);
            rd_kafka_message_destroy(batch[i]);
        }
        // A short batch: nothing more arrived within the wait.
        if (n < kBatch)
            break;
        if (budget.hasExpired()) {
            m_moreWaiting = true;
            break;
        }
    }
    // The end offsets the fetch responses brought (cached by librdkafka: no request).
    rd_kafka_t *rk = m_client->handle();
    for (qsizetype i = 0; i < m_topics.size(); ++i) {
        const QByteArray name = m_topics[i].name.toUtf8();
        for (auto it = m_topics[i].partitions.begin(); it != m_topics[i].partitions.end(); ++it) {
            int64_t low = -1;
            int64_t high = -1;
            if (rd_kafka_get_watermark_offsets(rk, name.constData(), it.key(), &low, &high) ==
                    RD_KAFKA_RESP_ERR_NO_ERROR &&
                high >= 0)
                it->endOffset = std::max(it->endOffset, qint64(high));
        }
    }
    applyClientErrors();
    updateErrors();
    return read;
}

} // namespace Tidewatch
