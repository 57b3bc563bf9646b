#include "RecordTimestampReader.h"

#include "KafkaHandle.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QScopeGuard>

#include <algorithm>

namespace Tidewatch {

namespace {

RecordTime failed(const QString &error)
{
    RecordTime t;
    t.error = error;
    return t;
}

RecordTime fromMessage(const rd_kafka_message_t &message)
{
    switch (message.err) {
    case RD_KAFKA_RESP_ERR_NO_ERROR:
        break;
    case RD_KAFKA_RESP_ERR__PARTITION_EOF:
        return failed(QCoreApplication::translate("RecordTimestampReader",
                                                  "no record at this offset (end of the partition)"));
    case RD_KAFKA_RESP_ERR__AUTO_OFFSET_RESET:
    case RD_KAFKA_RESP_ERR_OFFSET_OUT_OF_RANGE:
        return failed(QCoreApplication::translate(
            "RecordTimestampReader", "offset out of range (below the log start: deleted by retention)"));
    default:
        return failed(QString::fromUtf8(rd_kafka_err2str(message.err)));
    }
    rd_kafka_timestamp_type_t type = RD_KAFKA_TIMESTAMP_NOT_AVAILABLE;
    const qint64 timestamp = rd_kafka_message_timestamp(&message, &type);
    if (type == RD_KAFKA_TIMESTAMP_NOT_AVAILABLE || timestamp < 0)
        return failed(QCoreApplication::translate(
            "RecordTimestampReader", "the record has no timestamp (message format before Kafka 0.10)"));
    RecordTime t;
    t.offset = message.offset;
    t.timestampMs = timestamp;
    t.logAppendTime = type == RD_KAFKA_TIMESTAMP_LOG_APPEND_TIME;
    return t;
}

} // namespace

RecordTimestampReader::RecordTimestampReader(const ClusterProfile &profile)
    : m_client(std::make_unique<KafkaHandle>(profile, KafkaHandle::Role::RecordReader))
{}

RecordTimestampReader::~RecordTimestampReader()
{
    for (rd_kafka_topic_t *rkt : std::as_const(m_topics))
        rd_kafka_topic_destroy(rkt);
}

QString RecordTimestampReader::error() const
{
    return m_client->error();
}

rd_kafka_topic_t *RecordTimestampReader::topic(const QString &name)
{
    if (rd_kafka_topic_t *cached = m_topics.value(name))
        return cached;
    rd_kafka_topic_conf_t *conf = rd_kafka_topic_conf_new();
    char errstr[256] = {};
    // An offset below the log start is an answer ("deleted"), not a reason to jump elsewhere.
    rd_kafka_topic_conf_set(conf, "auto.offset.reset", "error", errstr, sizeof errstr);
    rd_kafka_topic_t *rkt = rd_kafka_topic_new(m_client->handle(), name.toUtf8().constData(), conf);
    if (rkt)
        m_topics.insert(name, rkt);
    else
        rd_kafka_topic_conf_destroy(conf);
    return rkt;
}

QHash<LagTracker::Position, RecordTime>
RecordTimestampReader::read(const QList<LagTracker::Position> &positions, int timeoutMs)
{
    QHash<LagTracker::Position, RecordTime> out;
    rd_kafka_t *rk = m_client->handle();
    if (!rk || positions.isEmpty())
        return out;
    const QDeadlineTimer deadline(timeoutMs);
    // Per partition, the offsets asked, lowest first: the partition is started once at the lowest and
    // then moved on with a seek. (Stopping and starting a partition again costs librdkafka about a
    // second before it fetches; a seek on a running partition does not.)
    QHash<LagTracker::TopicPartition, QList<qint64>> asked;
    for (const LagTracker::Position &p : positions)
        asked[p.first].append(p.second);
    rd_kafka_queue_t *queue = rd_kafka_queue_new(rk);
    QHash<LagTracker::TopicPartition, rd_kafka_topic_t *> started;
    for (auto it = asked.begin(); it != asked.end(); ++it) {
        std::sort(it->begin(), it->end());
        rd_kafka_topic_t *rkt = topic(it.key().first);
        if (!rkt || rd_kafka_consume_start_queue(rkt, it.key().second, it->constFirst(), queue) == -1) {
            const QString error = QString::fromUtf8(rd_kafka_err2str(rd_kafka_last_error()));
            for (qint64 offset : std::as_const(*it))
                out.insert({it.key(), offset}, failed(error));
            continue;
        }
        started.insert(it.key(), rkt);
    }
    QHash<LagTracker::TopicPartition, int> next; // index into asked[tp] of the offset being read
    for (auto it = started.cbegin(); it != started.cend(); ++it)
        next.insert(it.key(), 0);
    while (!next.isEmpty() && !deadline.hasExpired()) {
        rd_kafka_message_t *message =
            rd_kafka_consume_queue(queue, int(std::max<qint64>(1, deadline.remainingTime())));
        if (!message)
            continue;
        const auto destroy = qScopeGuard([message] { rd_kafka_message_destroy(message); });
        if (!message->rkt)
            continue;
        const LagTracker::TopicPartition tp{QString::fromUtf8(rd_kafka_topic_name(message->rkt)),
                                            int(message->partition)};
        const auto current = next.find(tp);
        if (current == next.end())
            continue;
        const QList<qint64> &offsets = asked[tp];
        const qint64 wantedOffset = offsets.at(*current);
        // The first record at or after the asked offset answers it (records before it came along with
        // the fetch, or were still queued from the previous position).
        // An error answers it too, except an end of partition reached before the asked offset (from the
        // previous position, before the seek took effect).
        const bool before =
            message->err == RD_KAFKA_RESP_ERR_NO_ERROR || message->err == RD_KAFKA_RESP_ERR__PARTITION_EOF;
        if (before && message->offset < wantedOffset)
            continue;
        out.insert({tp, wantedOffset}, fromMessage(*message));
        if (++*current >= offsets.size()) {
            next.erase(current);
            continue;
        }
        if (const rd_kafka_resp_err_t err =
                rd_kafka_seek(started.value(tp), tp.second, offsets.at(*current), 0);
            err != RD_KAFKA_RESP_ERR_NO_ERROR) {
            for (qsizetype i = *current; i < offsets.size(); ++i)
                out.insert({tp, offsets.at(i)}, failed(QString::fromUtf8(rd_kafka_err2str(err))));
            next.erase(current);
        }
    }
    for (auto it = next.cbegin(); it != next.cend(); ++it) {
        const QList<qint64> &offsets = asked[it.key()];
        for (qsizetype i = it.value(); i < offsets.size(); ++i)
            out.insert({it.key(), offsets.at(i)},
                       failed(QCoreApplication::translate("RecordTimestampReader", "no answer within %1 ms")
                                  .arg(timeoutMs)));
    }
    for (auto it = started.cbegin(); it != started.cend(); ++it)
        rd_kafka_consume_stop(it.value(), it.key().second);
    // Whatever was fetched beyond the one record per position is dropped with the queue.
    while (rd_kafka_message_t *rest = rd_kafka_consume_queue(queue, 0))
        rd_kafka_message_destroy(rest);
    rd_kafka_queue_destroy(queue);
    return out;
}

} // namespace Tidewatch
