#include "KafkaOffsetReader.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSet>

#include <algorithm>
#include <future>
#include <map>
#include <memory>

namespace Tidewatch::KafkaOffsetReader {

namespace {

struct ListDeleter
{
    void operator()(rd_kafka_topic_partition_list_t *list) const
    {
        rd_kafka_topic_partition_list_destroy(list);
    }
};
using PartitionList = std::unique_ptr<rd_kafka_topic_partition_list_t, ListDeleter>;

struct LeaderAnswer
{
    int leader = -1;
    rd_kafka_resp_err_t err = RD_KAFKA_RESP_ERR_NO_ERROR; ///< a broker-level failure (transport, timeout)
    PartitionList answered;                               ///< offsets of the partitions that answered
    QHash<TopicPartition, QString> partitionErrors;
    int requests = 0;
};

PartitionList slice(const rd_kafka_topic_partition_list_t *list, int from, int to)
{
    PartitionList out(rd_kafka_topic_partition_list_new(to - from));
    for (int i = from; i < to; ++i)
        rd_kafka_topic_partition_list_add(out.get(), list->elems[i].topic, list->elems[i].partition)->offset =
            list->elems[i].offset;
    return out;
}

/// Asks one leader for @p list. librdkafka fails the whole request when any one partition fails, so a
/// broker-side error (the broker answered, e.g. "not leader" for a topic created a moment ago) is
/// narrowed down by halving the list: only the failing partitions stay unknown, at a cost of a few
/// extra requests per bad partition. Local errors (timeout, transport) fail the leader at once.
void queryLeader(rd_kafka_t *rk, PartitionList list, int timeoutMs, LeaderAnswer &answer)
{
    const rd_kafka_resp_err_t err = rd_kafka_offsets_for_times(rk, list.get(), timeoutMs);
    ++answer.requests;
    if (err == RD_KAFKA_RESP_ERR_NO_ERROR) {
        for (int i = 0; i < list->cnt; ++i)
            rd_kafka_topic_partition_list_add(answer.answered.get(), list->elems[i].topic,
                                              list->elems[i].partition)
                ->offset = list->elems[i].err == RD_KAFKA_RESP_ERR_NO_ERROR ? list->elems[i].offset : -1;
        return;
    }
    if (err < 0) { // librdkafka's local errors are negative: the broker itself did not answer
        answer.err = err;
        return;
    }
    if (list->cnt == 1) {
        answer.partitionErrors.insert({QString::fromUtf8(list->elems[0].topic), list->elems[0].partition},
                                      QString::fromUtf8(rd_kafka_err2str(err)));
        return;
    }
    const int half = list->cnt / 2;
    queryLeader(rk, slice(list.get(), 0, half), timeoutMs, answer);
    if (answer.err == RD_KAFKA_RESP_ERR_NO_ERROR)
        queryLeader(rk, slice(list.get(), half, list->cnt), timeoutMs, answer);
}

} // namespace

WatermarkResult fetchWatermarks(rd_kafka_t *rk, const QList<TopicInfo> &topics, qint64 which, int timeoutMs)
{
    WatermarkResult result;
    // Group the partitions by leader ourselves: librdkafka answers nothing at all for a list in which
    // any one leader times out.
    std::map<int, PartitionList> byLeader;
    for (const TopicInfo &topic : topics) {
        const QByteArray name = topic.name.toUtf8();
        for (const PartitionInfo &p : topic.partitions) {
            if (p.isOffline()) {
                result.partitionErrors.insert({topic.name, p.partition},
                                              QCoreApplication::translate("KafkaOffsetReader", "no leader"));
                continue;
            }
            PartitionList &list = byLeader[p.leader];
            if (!list)
                list.reset(rd_kafka_topic_partition_list_new(64));
            rd_kafka_topic_partition_list_add(list.get(), name.constData(), p.partition)->offset = which;
        }
    }
    std::vector<std::future<LeaderAnswer>> answers;
    answers.reserve(byLeader.size());
    for (auto &[leader, list] : byLeader) {
        answers.push_back(
            std::async(std::launch::async, [rk, leader = leader, l = std::move(list), timeoutMs]() mutable {
                LeaderAnswer answer;
                answer.leader = leader;
                answer.answered.reset(rd_kafka_topic_partition_list_new(l->cnt));
                PartitionList all(rd_kafka_topic_partition_list_copy(l.get()));
                // librdkafka 2.0.2 matches each partition of a ListOffsets answer against the list
                // it asked with, one by one: its time grows with the square of the list (10,000
                // partitions in one call: 0.8 s of CPU; in ten calls of 1,000: 0.08 s). Chunks keep
                // that small at the cost of one request per chunk.
                // The chunks share the leader's time: a slow broker costs one timeout, not one per chunk.
                const QDeadlineTimer deadline(timeoutMs);
                for (int from = 0; from < l->cnt && answer.err == RD_KAFKA_RESP_ERR_NO_ERROR;
                     from += kWatermarkChunk) {
                    if (deadline.hasExpired()) {
                        answer.err = RD_KAFKA_RESP_ERR__TIMED_OUT;
                        break;
                    }
                    queryLeader(rk, slice(l.get(), from, std::min(l->cnt, from + kWatermarkChunk)),
                                int(std::max<qint64>(1, deadline.remainingTime())), answer);
                }
                if (answer.err != RD_KAFKA_RESP_ERR_NO_ERROR)
                    answer.answered = std::move(all); // every partition of this leader is unknown
                return answer;
            }));
    }
    for (auto &future : answers) {
        LeaderAnswer answer = future.get();
        result.requestCount += answer.requests;
        if (answer.err != RD_KAFKA_RESP_ERR_NO_ERROR) {
            result.errors << QCoreApplication::translate("KafkaOffsetReader",
                                                         "Offsets from broker %1 failed: %2")
                                 .arg(answer.leader)
                                 .arg(QString::fromUtf8(rd_kafka_err2str(answer.err)));
            for (int i = 0; i < answer.answered->cnt; ++i) {
                const auto &e = answer.answered->elems[i];
                result.partitionErrors.insert(TopicPartition(QString::fromUtf8(e.topic), e.partition),
                                              QString::fromUtf8(rd_kafka_err2str(answer.err)));
            }
            continue;
        }
        if (!answer.partitionErrors.isEmpty()) {
            result.errors << QCoreApplication::translate("KafkaOffsetReader",
                                                         "Offsets of %n partition(s) on broker %1 failed: %2",
                                                         nullptr, int(answer.partitionErrors.size()))
                                 .arg(answer.leader)
                                 .arg(answer.partitionErrors.cbegin().value());
            result.partitionErrors.insert(answer.partitionErrors);
        }
        for (int i = 0; i < answer.answered->cnt; ++i) {
            const auto &e = answer.answered->elems[i];
            if (e.offset >= 0)
                result.offsets.insert(TopicPartition(QString::fromUtf8(e.topic), e.partition), e.offset);
        }
    }
    return result;
}

CommittedResult fetchCommitted(rd_kafka_t *rk, const QList<OffsetQuery> &queries, int timeoutMs)
{
    CommittedResult result;
    if (queries.isEmpty())
        return result;
    rd_kafka_queue_t *queue = rd_kafka_queue_new(rk);
    char errstr[256];
    int inFlight = 0;
    for (const OffsetQuery &query : queries) {
        const QByteArray group = query.groupId.toUtf8();
        PartitionList partitions;
        if (!query.partitions.isEmpty()) {
            partitions.reset(rd_kafka_topic_partition_list_new(int(query.partitions.size())));
            for (const auto &[topic, partition] : query.partitions)
                rd_kafka_topic_partition_list_add(partitions.get(), topic.toUtf8().constData(), partition);
        }
        rd_kafka_ListConsumerGroupOffsets_t *request =
            rd_kafka_ListConsumerGroupOffsets_new(group.constData(), partitions.get());
        rd_kafka_AdminOptions_t *options =
            rd_kafka_AdminOptions_new(rk, RD_KAFKA_ADMIN_OP_LISTCONSUMERGROUPOFFSETS);
        rd_kafka_AdminOptions_set_request_timeout(options, timeoutMs, errstr, sizeof errstr);
        // Straight to the coordinator we already know: no FindCoordinator round trip per group.
        if (query.coordinatorId >= 0)
            rd_kafka_AdminOptions_set_broker(options, query.coordinatorId, errstr, sizeof errstr);
        rd_kafka_ListConsumerGroupOffsets(rk, &request, 1, options, queue);
        rd_kafka_ListConsumerGroupOffsets_destroy(request);
        rd_kafka_AdminOptions_destroy(options);
        ++inFlight;
        result.requestCount += query.coordinatorId >= 0 ? 1 : 2;
    }

    QSet<QString> answered;
    QString unattributedError; // an event that failed without naming its group
    QDeadlineTimer deadline(timeoutMs + 1000);
    while (inFlight > 0 && !deadline.hasExpired()) {
        rd_kafka_event_t *event =
            rd_kafka_queue_poll(queue, int(std::max<qint64>(1, deadline.remainingTime())));
        if (!event)
            continue;
        if (rd_kafka_event_type(event) != RD_KAFKA_EVENT_LISTCONSUMERGROUPOFFSETS_RESULT) {
            rd_kafka_event_destroy(event);
            continue;
        }
        --inFlight;
        const auto *eventResult = rd_kafka_event_ListConsumerGroupOffsets_result(event);
        size_t count = 0;
        const rd_kafka_group_result_t **groups =
            rd_kafka_ListConsumerGroupOffsets_result_groups(eventResult, &count);
        if (rd_kafka_event_error(event) != RD_KAFKA_RESP_ERR_NO_ERROR && count == 0)
            unattributedError = QString::fromUtf8(rd_kafka_event_error_string(event));
        for (size_t g = 0; g < count; ++g) {
            const QString groupId = QString::fromUtf8(rd_kafka_group_result_name(groups[g]));
            answered.insert(groupId);
            if (const rd_kafka_error_t *error = rd_kafka_group_result_error(groups[g])) {
                result.errors.insert(groupId, QString::fromUtf8(rd_kafka_error_string(error)));
                continue;
            }
            auto &offsets = result.offsets[groupId];
            const rd_kafka_topic_partition_list_t *list = rd_kafka_group_result_partitions(groups[g]);
            for (int i = 0; list && i < list->cnt; ++i) {
                const auto &e = list->elems[i];
                if (e.err == RD_KAFKA_RESP_ERR_NO_ERROR && e.offset >= 0)
                    offsets.insert({QString::fromUtf8(e.topic), e.partition}, e.offset);
            }
        }
        rd_kafka_event_destroy(event);
    }
    rd_kafka_queue_destroy(queue);
    for (const OffsetQuery &query : queries) {
        if (!answered.contains(query.groupId) && !result.errors.contains(query.groupId))
            result.errors.insert(query.groupId,
                                 unattributedError.isEmpty()
                                     ? QCoreApplication::translate("KafkaOffsetReader",
                                                                   "No answer from the coordinator in time")
                                     : unattributedError);
    }
    return result;
}

} // namespace Tidewatch::KafkaOffsetReader
