// Benchmark of one KafkaCollector poll cycle against the real local stack (not a test: never run by
// ctest). It creates bench topics and consumer groups with committed offsets, measures the collector's
// cycles at a small size, with more partitions, and with more groups, times Kafka's own
// ConsumerGroupCommand for comparison, prints Markdown tables and deletes everything it created.
//
//   bench_kafka_cycle [--topics 500] [--partitions 10] [--groups 500] [--cycles 10] ...   (--help)

#include "KafkaCollector.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QMap>
#include <QProcess>
#include <QSet>
#include <QThread>

#include <librdkafka/rdkafka.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <future>
#include <map>
#include <memory>
#include <vector>

using namespace Tidewatch;

namespace {

double cpuMs(clockid_t clock)
{
    timespec ts{};
    clock_gettime(clock, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

void say(const QString &line)
{
    std::fprintf(stderr, "bench: %s\n", qPrintable(line));
    std::fflush(stderr);
}

struct Options
{
    QString bootstrap;
    QString stackScript;
    QString prefix;
    int topics = 500;
    int partitions = 10;
    int groups = 500;
    int cycles = 10;
    int refreshCycles = 3;
    int smallTopics = 100;
    int smallGroups = 100;
    int replicationFactor = 1;
    int messages = 4;
    int intervalMs = 1000;
    bool scaling = true;
    bool tool = true;
    bool keep = false;
    bool cleanupOnly = false;
    bool javaAdmin = true;
    /// The sizes measured, (bench topics, bench groups), each grown in place from the one before.
    QList<QPair<int, int>> sizes;
};

QString topicName(const Options &o, int i)
{
    return o.prefix + QStringLiteral("t%1").arg(i, 4, 10, QLatin1Char('0'));
}

QString groupName(const Options &o, int i)
{
    return o.prefix + QStringLiteral("g%1").arg(i, 4, 10, QLatin1Char('0'));
}

/// The topic group @p i commits on: the topics that existed when the group was created (the first size
/// that has it).
int topicOfGroup(const Options &o, int i)
{
    for (const auto &[topics, groups] : o.sizes) {
        if (i < groups)
            return i % topics;
    }
    return i % o.topics;
}

/// Resident memory of this process in MiB (VmRSS), or -1.
double residentMib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

/// A setup client (admin + producer) for the bench's own topics and groups. Closed while the collector
/// is measured, so its threads do not count in the process CPU time.
class BenchCluster
{
public:
    explicit BenchCluster(const Options &options)
        : m_options(options)
    {}
    ~BenchCluster() { close(); }

    bool open()
    {
        if (m_rk)
            return true;
        char errstr[512];
        rd_kafka_conf_t *conf = rd_kafka_conf_new();
        const std::vector<std::pair<const char *, QByteArray>> settings = {
            {"bootstrap.servers", m_options.bootstrap.toUtf8()},
            {"client.id", "bench-kafka-cycle"},
            {"acks", "1"},
            {"linger.ms", "50"},
            {"batch.num.messages", "10000"},
            {"queue.buffering.max.messages", "1000000"},
            {"allow.auto.create.topics", "false"},
            {"log.connection.close", "false"},
            {"log_level", "4"}, // no notices (partition count changes of new topics)
        };
        for (const auto &[key, value] : settings) {
            if (rd_kafka_conf_set(conf, key, value.constData(), errstr, sizeof errstr) != RD_KAFKA_CONF_OK) {
                say(QStringLiteral("config %1: %2").arg(QLatin1String(key), QString::fromUtf8(errstr)));
                rd_kafka_conf_destroy(conf);
                return false;
            }
        }
        rd_kafka_conf_set_opaque(conf, this);
        rd_kafka_conf_set_dr_msg_cb(conf, [](rd_kafka_t *, const rd_kafka_message_t *m, void *opaque) {
            if (m->err != RD_KAFKA_RESP_ERR_NO_ERROR)
                ++static_cast<BenchCluster *>(opaque)
                      ->m_failed[{QString::fromUtf8(rd_kafka_topic_name(m->rkt)), int(m->partition)}];
        });
        m_rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr, sizeof errstr);
        if (!m_rk) {
            say(QStringLiteral("cannot create the client: %1").arg(QString::fromUtf8(errstr)));
            rd_kafka_conf_destroy(conf);
            return false;
        }
        m_queue = rd_kafka_queue_new(m_rk);
        return true;
    }

    void close()
    {
        if (m_queue)
            rd_kafka_queue_destroy(m_queue);
        m_queue = nullptr;
        if (m_rk)
            rd_kafka_destroy(m_rk);
        m_rk = nullptr;
    }

    /// Creates the topics in batches; returns false on any error other than "already exists".
    bool createTopics(const QStringList &names)
    {
        constexpr int kBatch = 50;
        int failures = 0;
        for (qsizetype start = 0; start < names.size(); start += kBatch) {
            std::vector<rd_kafka_NewTopic_t *> topics;
            char errstr[512];
            for (qsizetype i = start; i < std::min(names.size(), start + kBatch); ++i) {
                rd_kafka_NewTopic_t *t =
                    rd_kafka_NewTopic_new(names[i].toUtf8().constData(), m_options.partitions,
                                          m_options.replicationFactor, errstr, sizeof errstr);
                if (!t) {
                    say(QStringLiteral("NewTopic: %1").arg(QString::fromUtf8(errstr)));
                    return false;
                }
                // The stack's default min.insync.replicas is 2, above RF 1.
                rd_kafka_NewTopic_set_config(t, "min.insync.replicas", "1");
                topics.push_back(t);
            }
            rd_kafka_AdminOptions_t *options = adminOptions(RD_KAFKA_ADMIN_OP_CREATETOPICS);
            rd_kafka_CreateTopics(m_rk, topics.data(), topics.size(), options, m_queue);
            rd_kafka_event_t *event = waitFor(RD_KAFKA_EVENT_CREATETOPICS_RESULT);
            if (event) {
                size_t count = 0;
                const rd_kafka_topic_result_t **results =
                    rd_kafka_CreateTopics_result_topics(rd_kafka_event_CreateTopics_result(event), &count);
                for (size_t i = 0; i < count; ++i) {
                    const rd_kafka_resp_err_t err = rd_kafka_topic_result_error(results[i]);
                    if (err != RD_KAFKA_RESP_ERR_NO_ERROR && err != RD_KAFKA_RESP_ERR_TOPIC_ALREADY_EXISTS) {
                        if (failures++ < 5)
                            say(QStringLiteral("create %1: %2")
                                    .arg(QString::fromUtf8(rd_kafka_topic_result_name(results[i])),
                                         QString::fromUtf8(rd_kafka_topic_result_error_string(results[i]))));
                    }
                }
                rd_kafka_event_destroy(event);
            } else {
                ++failures;
            }
            rd_kafka_AdminOptions_destroy(options);
            for (rd_kafka_NewTopic_t *t : topics)
                rd_kafka_NewTopic_destroy(t);
        }
        return failures == 0;
    }

    /// Waits until every named topic has all its partitions with a leader.
    bool waitTopicsReady(const QStringList &names, int timeoutMs)
    {
        const QSet<QString> wanted(names.cbegin(), names.cend());
        QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            const rd_kafka_metadata_t *md = nullptr;
            if (rd_kafka_metadata(m_rk, 1, nullptr, &md, 10000) == RD_KAFKA_RESP_ERR_NO_ERROR) {
                int ready = 0;
                for (int t = 0; t < md->topic_cnt; ++t) {
                    const auto &topic = md->topics[t];
                    if (!wanted.contains(QString::fromUtf8(topic.topic)) ||
                        topic.partition_cnt != m_options.partitions)
                        continue;
                    bool allLed = true;
                    for (int p = 0; p < topic.partition_cnt; ++p)
                        allLed = allLed && topic.partitions[p].leader >= 0;
                    ready += allLed ? 1 : 0;
                }
                rd_kafka_metadata_destroy(md);
                if (ready == wanted.size())
                    return true;
            }
            QThread::msleep(500);
        }
        return false;
    }

    /// Produces @p count small messages to every partition of the topics. A new topic can look absent
    /// on a broker the creation has not reached yet: failed messages are sent again (up to 5 rounds).
    /// Returns the messages still not delivered.
    int produce(const QStringList &names, int count)
    {
        QHash<QPair<QString, int>, int> todo;
        for (const QString &name : names) {
            for (int p = 0; p < m_options.partitions; ++p)
                todo.insert({name, p}, count);
        }
        const QByteArray payload("{\"bench\":\"kafka-cycle\"}");
        for (int round = 0; round < 5 && !todo.isEmpty(); ++round) {
            if (round > 0) {
                say(QStringLiteral("%1 partitions not fully produced yet, retrying").arg(todo.size()));
                QThread::msleep(2000);
            }
            m_failed.clear();
            for (auto it = todo.cbegin(); it != todo.cend(); ++it) {
                const QByteArray topic = it.key().first.toUtf8();
                for (int m = 0; m < it.value(); ++m) {
                    rd_kafka_resp_err_t err;
                    while ((err = rd_kafka_producev(m_rk, RD_KAFKA_V_TOPIC(topic.constData()),
                                                    RD_KAFKA_V_PARTITION(it.key().second),
                                                    RD_KAFKA_V_VALUE(const_cast<char *>(payload.constData()),
                                                                     size_t(payload.size())),
                                                    RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY),
                                                    RD_KAFKA_V_END)) == RD_KAFKA_RESP_ERR__QUEUE_FULL)
                        rd_kafka_poll(m_rk, 100);
                    if (err != RD_KAFKA_RESP_ERR_NO_ERROR)
                        ++m_failed[it.key()];
                }
                rd_kafka_poll(m_rk, 0);
            }
            rd_kafka_flush(m_rk, 120000);
            todo = m_failed;
        }
        int left = 0;
        for (int n : std::as_const(todo))
            left += n;
        return left;
    }

    /// Commits offsets for groups [first, last): one AlterConsumerGroupOffsets call per group, all in
    /// flight at once. Group i commits on every partition of its topic; partition p at
    /// (i + p) % (messages + 1), so most partitions are behind the high watermark. Returns the failures.
    int commitGroups(int first, int last)
    {
        QSet<QString> pending;
        for (int round = 0; round < 3; ++round) {
            pending.clear();
            for (int i = first; i < last; ++i) {
                if (m_committed.contains(i))
                    continue;
                const QByteArray topic = topicName(m_options, topicOfGroup(m_options, i)).toUtf8();
                rd_kafka_topic_partition_list_t *list =
                    rd_kafka_topic_partition_list_new(m_options.partitions);
                for (int p = 0; p < m_options.partitions; ++p)
                    rd_kafka_topic_partition_list_add(list, topic.constData(), p)->offset =
                        (i + p) % (m_options.messages + 1);
                const QByteArray group = groupName(m_options, i).toUtf8();
                rd_kafka_AlterConsumerGroupOffsets_t *alter =
                    rd_kafka_AlterConsumerGroupOffsets_new(group.constData(), list);
                rd_kafka_AdminOptions_t *options = adminOptions(RD_KAFKA_ADMIN_OP_ALTERCONSUMERGROUPOFFSETS);
                rd_kafka_AlterConsumerGroupOffsets(m_rk, &alter, 1, options, m_queue);
                rd_kafka_AdminOptions_destroy(options);
                rd_kafka_AlterConsumerGroupOffsets_destroy(alter);
                rd_kafka_topic_partition_list_destroy(list);
                pending.insert(QString::fromUtf8(group));
            }
            qsizetype outstanding = pending.size();
            int failures = 0;
            while (outstanding > 0) {
                rd_kafka_event_t *event = waitFor(RD_KAFKA_EVENT_ALTERCONSUMERGROUPOFFSETS_RESULT);
                if (!event)
                    break;
                --outstanding;
                size_t count = 0;
                const rd_kafka_group_result_t **results = rd_kafka_AlterConsumerGroupOffsets_result_groups(
                    rd_kafka_event_AlterConsumerGroupOffsets_result(event), &count);
                for (size_t g = 0; g < count; ++g) {
                    bool ok = rd_kafka_group_result_error(results[g]) == nullptr;
                    const rd_kafka_topic_partition_list_t *parts =
                        rd_kafka_group_result_partitions(results[g]);
                    for (int p = 0; ok && parts && p < parts->cnt; ++p)
                        ok = parts->elems[p].err == RD_KAFKA_RESP_ERR_NO_ERROR;
                    const QString name = QString::fromUtf8(rd_kafka_group_result_name(results[g]));
                    if (ok)
                        m_committed.insert(QStringView(name).mid(m_options.prefix.size() + 1).toInt());
                    else if (failures++ < 3)
                        say(QStringLiteral("commit %1 failed%2")
                                .arg(name, rd_kafka_group_result_error(results[g])
                                               ? QStringLiteral(": ") +
                                                     QString::fromUtf8(rd_kafka_error_string(
                                                         rd_kafka_group_result_error(results[g])))
                                               : QString()));
                }
                rd_kafka_event_destroy(event);
            }
            int missing = 0;
            for (int i = first; i < last; ++i)
                missing += m_committed.contains(i) ? 0 : 1;
            if (missing == 0)
                return 0;
            say(QStringLiteral("%1 groups not committed yet, retrying").arg(missing));
            QThread::msleep(1000);
        }
        int missing = 0;
        for (int i = first; i < last; ++i)
            missing += m_committed.contains(i) ? 0 : 1;
        return missing;
    }

    /// Bench topics and groups left in the cluster (by prefix), e.g. by an interrupted run.
    QStringList existingTopics()
    {
        QStringList names;
        const rd_kafka_metadata_t *md = nullptr;
        if (rd_kafka_metadata(m_rk, 1, nullptr, &md, 10000) != RD_KAFKA_RESP_ERR_NO_ERROR)
            return names;
        for (int t = 0; t < md->topic_cnt; ++t) {
            const QString name = QString::fromUtf8(md->topics[t].topic);
            if (name.startsWith(m_options.prefix))
                names << name;
        }
        rd_kafka_metadata_destroy(md);
        return names;
    }

    QStringList existingGroups()
    {
        QStringList names;
        const rd_kafka_group_list *list = nullptr;
        rd_kafka_list_groups(m_rk, nullptr, &list, 10000);
        if (!list)
            return names;
        for (int i = 0; i < list->group_cnt; ++i) {
            const QString name = QString::fromUtf8(list->groups[i].group);
            if (name.startsWith(m_options.prefix) && !names.contains(name))
                names << name;
        }
        rd_kafka_group_list_destroy(list);
        return names;
    }

    int deleteGroups(const QStringList &names)
    {
        constexpr int kBatch = 100;
        int failures = 0;
        for (qsizetype start = 0; start < names.size(); start += kBatch) {
            std::vector<rd_kafka_DeleteGroup_t *> groups;
            for (qsizetype i = start; i < std::min(names.size(), start + kBatch); ++i)
                groups.push_back(rd_kafka_DeleteGroup_new(names[i].toUtf8().constData()));
            rd_kafka_AdminOptions_t *options = adminOptions(RD_KAFKA_ADMIN_OP_DELETEGROUPS);
            rd_kafka_DeleteGroups(m_rk, groups.data(), groups.size(), options, m_queue);
            if (rd_kafka_event_t *event = waitFor(RD_KAFKA_EVENT_DELETEGROUPS_RESULT)) {
                size_t count = 0;
                const rd_kafka_group_result_t **results =
                    rd_kafka_DeleteGroups_result_groups(rd_kafka_event_DeleteGroups_result(event), &count);
                for (size_t g = 0; g < count; ++g) {
                    const rd_kafka_error_t *error = rd_kafka_group_result_error(results[g]);
                    if (error && rd_kafka_error_code(error) != RD_KAFKA_RESP_ERR_GROUP_ID_NOT_FOUND) {
                        if (failures++ < 3)
                            say(QStringLiteral("delete group %1: %2")
                                    .arg(QString::fromUtf8(rd_kafka_group_result_name(results[g])),
                                         QString::fromUtf8(rd_kafka_error_string(error))));
                    }
                }
                rd_kafka_event_destroy(event);
            } else {
                failures += int(groups.size());
            }
            rd_kafka_AdminOptions_destroy(options);
            for (rd_kafka_DeleteGroup_t *g : groups)
                rd_kafka_DeleteGroup_destroy(g);
        }
        return failures;
    }

    int deleteTopics(const QStringList &names)
    {
        constexpr int kBatch = 100;
        int failures = 0;
        for (qsizetype start = 0; start < names.size(); start += kBatch) {
            std::vector<rd_kafka_DeleteTopic_t *> topics;
            for (qsizetype i = start; i < std::min(names.size(), start + kBatch); ++i)
                topics.push_back(rd_kafka_DeleteTopic_new(names[i].toUtf8().constData()));
            rd_kafka_AdminOptions_t *options = adminOptions(RD_KAFKA_ADMIN_OP_DELETETOPICS);
            rd_kafka_DeleteTopics(m_rk, topics.data(), topics.size(), options, m_queue);
            if (rd_kafka_event_t *event = waitFor(RD_KAFKA_EVENT_DELETETOPICS_RESULT)) {
                size_t count = 0;
                const rd_kafka_topic_result_t **results =
                    rd_kafka_DeleteTopics_result_topics(rd_kafka_event_DeleteTopics_result(event), &count);
                for (size_t i = 0; i < count; ++i) {
                    const rd_kafka_resp_err_t err = rd_kafka_topic_result_error(results[i]);
                    if (err != RD_KAFKA_RESP_ERR_NO_ERROR && err != RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART) {
                        if (failures++ < 3)
                            say(QStringLiteral("delete topic %1: %2")
                                    .arg(QString::fromUtf8(rd_kafka_topic_result_name(results[i])),
                                         QString::fromUtf8(rd_kafka_topic_result_error_string(results[i]))));
                    }
                }
                rd_kafka_event_destroy(event);
            } else {
                failures += int(topics.size());
            }
            rd_kafka_AdminOptions_destroy(options);
            for (rd_kafka_DeleteTopic_t *t : topics)
                rd_kafka_DeleteTopic_destroy(t);
        }
        return failures;
    }

    /// Deletes every bench group, then every bench topic (groups first: a group outlives its topic).
    bool cleanUp()
    {
        const QStringList groups = existingGroups();
        const QStringList topics = existingTopics();
        const int groupFailures = deleteGroups(groups);
        const int topicFailures = deleteTopics(topics);
        say(QStringLiteral("clean-up: %1 groups, %2 topics deleted (%3 failures)")
                .arg(groups.size())
                .arg(topics.size())
                .arg(groupFailures + topicFailures));
        m_committed.clear();
        return groupFailures + topicFailures == 0;
    }

private:
    rd_kafka_AdminOptions_t *adminOptions(rd_kafka_admin_op_t op)
    {
        char errstr[256];
        rd_kafka_AdminOptions_t *options = rd_kafka_AdminOptions_new(m_rk, op);
        rd_kafka_AdminOptions_set_request_timeout(options, 60000, errstr, sizeof errstr);
        if (op == RD_KAFKA_ADMIN_OP_CREATETOPICS || op == RD_KAFKA_ADMIN_OP_DELETETOPICS)
            rd_kafka_AdminOptions_set_operation_timeout(options, 60000, errstr, sizeof errstr);
        return options;
    }

    rd_kafka_event_t *waitFor(rd_kafka_event_type_t type)
    {
        QDeadlineTimer deadline(90000);
        while (!deadline.hasExpired()) {
            rd_kafka_event_t *event = rd_kafka_queue_poll(m_queue, 1000);
            if (!event)
                continue;
            if (rd_kafka_event_type(event) == type)
                return event;
            rd_kafka_event_destroy(event);
        }
        say(QStringLiteral("no admin answer within 90 s"));
        return nullptr;
    }

    const Options &m_options;
    rd_kafka_t *m_rk = nullptr;
    rd_kafka_queue_t *m_queue = nullptr;
    QHash<QPair<QString, int>, int> m_failed; ///< (topic, partition) -> undelivered messages
    QSet<int> m_committed;
};

struct Sample
{
    double wallMs = 0;
    double cpuMs = 0;       ///< process CPU (all threads: librdkafka's broker threads included)
    double threadCpuMs = 0; ///< the calling thread only (the collector's own C++/Qt work)
    int requests = 0;
};

struct Stats
{
    double median = 0;
    double p90 = 0;
};

Stats stats(std::vector<double> values)
{
    if (values.empty())
        return {};
    std::sort(values.begin(), values.end());
    auto at = [&](double q) {
        // nearest rank
        const size_t rank = size_t(std::max(1.0, std::ceil(q * double(values.size()))));
        return values[std::min(values.size(), rank) - 1];
    };
    const size_t n = values.size();
    const double median = n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    return {median, at(0.9)};
}

struct Row
{
    QString label;
    int partitions = 0;  ///< in the snapshot, all topics
    int benchGroups = 0; ///< bench groups with a known lag
    int groups = 0;      ///< in the snapshot, all groups
    Sample first;        ///< the first cycle of a fresh collector: connections + metadata refresh
    std::vector<Sample> steady;
    std::vector<Sample> refresh;              ///< warm cycles that refresh the metadata (and topic configs)
    QMap<QString, std::vector<double>> floor; ///< raw librdkafka phase -> wall ms per cycle
    double residentMib = -1; ///< this process after the steady cycles (the collector and its snapshot)
    /// The request budget: one ListOffsets per leader broker, one OffsetFetch per group, and
    /// the group listing (ListGroups + DescribeGroups per broker).
    int requestBudget = 0;
    QString budgetParts;
    struct Peer
    {
        QString what;
        std::vector<double> wallMs, cpuMs, requests;
        double rssMib = -1;
        int exitCode = -1;
    };
    QList<Peer> peers; ///< Kafka's Java Admin client in one warm JVM, same size
    bool sane = true;
    QStringList problems;
};

Sample measure(KafkaCollector &collector, KafkaSnapshot &snapshot)
{
    const double cpu0 = cpuMs(CLOCK_PROCESS_CPUTIME_ID);
    const double thread0 = cpuMs(CLOCK_THREAD_CPUTIME_ID);
    QElapsedTimer wall;
    wall.start();
    snapshot = collector.collectOnce();
    Sample s;
    s.wallMs = double(wall.nsecsElapsed()) / 1e6;
    s.cpuMs = cpuMs(CLOCK_PROCESS_CPUTIME_ID) - cpu0;
    s.threadCpuMs = cpuMs(CLOCK_THREAD_CPUTIME_ID) - thread0;
    s.requests = snapshot.status.requestCount;
    return s;
}

void check(Row &row, const KafkaSnapshot &snapshot, const Options &o, int wantPartitions, int wantGroups)
{
    row.partitions = 0;
    int benchPartitions = 0;
    int benchPartitionsWithWatermark = 0;
    for (const TopicInfo &t : snapshot.topics) {
        row.partitions += int(t.partitions.size());
        if (!t.name.startsWith(o.prefix))
            continue;
        for (const PartitionInfo &p : t.partitions) {
            ++benchPartitions;
            benchPartitionsWithWatermark += p.highWatermark >= o.messages ? 1 : 0;
        }
    }
    row.groups = int(snapshot.groups.size());
    QSet<int> leaders;
    for (const TopicInfo &t : snapshot.topics) {
        for (const PartitionInfo &p : t.partitions) {
            if (p.leader >= 0)
                leaders.insert(p.leader);
        }
    }
    int offsetGroups = 0;
    for (const ConsumerGroupInfo &g : snapshot.groups)
        offsetGroups += g.protocolType.isEmpty() || g.protocolType == QLatin1String("consumer") ? 1 : 0;
    const int listing = 2 * int(snapshot.brokers.size());
    row.requestBudget = int(leaders.size()) + offsetGroups + listing;
    row.budgetParts = QStringLiteral("%1 + %2 + %3").arg(leaders.size()).arg(offsetGroups).arg(listing);
    row.benchGroups = 0;
    int lagging = 0;
    for (const ConsumerGroupInfo &g : snapshot.groups) {
        if (!g.groupId.startsWith(o.prefix) || g.totalLag < 0)
            continue;
        ++row.benchGroups;
        lagging += g.totalLag > 0 ? 1 : 0;
    }
    auto require = [&](bool ok, const QString &what) {
        if (!ok) {
            row.sane = false;
            row.problems << what;
        }
    };
    require(snapshot.status.reachable, QStringLiteral("unreachable: ") + snapshot.status.error);
    require(benchPartitions == wantPartitions,
            QStringLiteral("%1 bench partitions, want %2").arg(benchPartitions).arg(wantPartitions));
    require(benchPartitionsWithWatermark == wantPartitions,
            QStringLiteral("%1 bench partitions with a high watermark >= %2")
                .arg(benchPartitionsWithWatermark)
                .arg(o.messages));
    require(row.benchGroups == wantGroups,
            QStringLiteral("%1 bench groups with a known lag, want %2").arg(row.benchGroups).arg(wantGroups));
    require(lagging == wantGroups, QStringLiteral("%1 bench groups with lag > 0").arg(lagging));
    if (!snapshot.partErrors.isEmpty())
        row.problems << QStringLiteral("partErrors: ") + snapshot.partErrors.first();
}

/// The same requests as a cycle, sent with bare librdkafka calls and no Qt/collector processing:
/// the floor a cycle cannot go below, split by phase.
class RawProbe
{
public:
    explicit RawProbe(const Options &o)
    {
        char errstr[512];
        rd_kafka_conf_t *conf = rd_kafka_conf_new();
        rd_kafka_conf_set(conf, "bootstrap.servers", o.bootstrap.toUtf8().constData(), errstr, sizeof errstr);
        rd_kafka_conf_set(conf, "client.id", "bench-raw-probe", errstr, sizeof errstr);
        rd_kafka_conf_set(conf, "log_level", "4", errstr, sizeof errstr);
        m_rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr, sizeof errstr);
        if (!m_rk)
            rd_kafka_conf_destroy(conf);
    }
    ~RawProbe()
    {
        if (m_rk)
            rd_kafka_destroy(m_rk);
    }

    /// One cycle: metadata, topic configs, high watermarks per leader (in parallel), list+describe
    /// groups, and the committed offsets of every group (one request per group, all in flight). Adds wall
    /// ms per phase.
    void cycle(QMap<QString, std::vector<double>> &phases)
    {
        if (!m_rk)
            return;
        QElapsedTimer t;
        t.start();
        const rd_kafka_metadata_t *md = nullptr;
        if (rd_kafka_metadata(m_rk, 1, nullptr, &md, 10000) != RD_KAFKA_RESP_ERR_NO_ERROR)
            return;
        phases[QStringLiteral("1 Metadata (all topics)")].push_back(double(t.nsecsElapsed()) / 1e6);

        // Metadata-refresh cycles only: min.insync.replicas of every topic, one DescribeConfigs request.
        t.restart();
        std::vector<rd_kafka_ConfigResource_t *> resources;
        for (int i = 0; i < md->topic_cnt; ++i)
            resources.push_back(rd_kafka_ConfigResource_new(RD_KAFKA_RESOURCE_TOPIC, md->topics[i].topic));
        rd_kafka_queue_t *configQueue = rd_kafka_queue_new(m_rk);
        rd_kafka_DescribeConfigs(m_rk, resources.data(), resources.size(), nullptr, configQueue);
        if (rd_kafka_event_t *event = rd_kafka_queue_poll(configQueue, 15000))
            rd_kafka_event_destroy(event);
        rd_kafka_queue_destroy(configQueue);
        for (rd_kafka_ConfigResource_t *r : resources)
            rd_kafka_ConfigResource_destroy(r);
        phases[QStringLiteral("5 DescribeConfigs, all topics, every key (before this change)")].push_back(
            double(t.nsecsElapsed()) / 1e6);

        // The same, naming the one key the collector reads (what KafkaConfigReader sends now; it asks a
        // tenth of the topics per refresh, plus new ones).
        t.restart();
        resources.clear();
        for (int i = 0; i < md->topic_cnt; ++i) {
            resources.push_back(rd_kafka_ConfigResource_new(RD_KAFKA_RESOURCE_TOPIC, md->topics[i].topic));
            rd_kafka_ConfigResource_set_config(resources.back(), "min.insync.replicas", "");
        }
        configQueue = rd_kafka_queue_new(m_rk);
        rd_kafka_DescribeConfigs(m_rk, resources.data(), resources.size(), nullptr, configQueue);
        if (rd_kafka_event_t *event = rd_kafka_queue_poll(configQueue, 15000))
            rd_kafka_event_destroy(event);
        rd_kafka_queue_destroy(configQueue);
        for (rd_kafka_ConfigResource_t *r : resources)
            rd_kafka_ConfigResource_destroy(r);
        phases[QStringLiteral("6 DescribeConfigs, all topics, min.insync.replicas only")].push_back(
            double(t.nsecsElapsed()) / 1e6);

        t.restart();
        std::map<int, rd_kafka_topic_partition_list_t *> byLeader;
        for (int i = 0; i < md->topic_cnt; ++i) {
            for (int p = 0; p < md->topics[i].partition_cnt; ++p) {
                const int leader = md->topics[i].partitions[p].leader;
                if (leader < 0)
                    continue;
                auto &list = byLeader[leader];
                if (!list)
                    list = rd_kafka_topic_partition_list_new(64);
                rd_kafka_topic_partition_list_add(list, md->topics[i].topic, md->topics[i].partitions[p].id)
                    ->offset = RD_KAFKA_OFFSET_END;
            }
        }
        rd_kafka_metadata_destroy(md);
        // The same end offsets twice: per leader in chunks of KafkaOffsetReader::kWatermarkChunk
        // partitions, one after the other (as the collector asks), then in one call per leader (as
        // it asked before: librdkafka's answer handling is quadratic in the list).
        std::vector<std::future<void>> chunked;
        for (auto &entry : byLeader) {
            rd_kafka_topic_partition_list_t *list = entry.second;
            chunked.push_back(std::async(std::launch::async, [this, list] {
                for (int from = 0; from < list->cnt; from += KafkaOffsetReader::kWatermarkChunk) {
                    const int to = std::min(list->cnt, from + KafkaOffsetReader::kWatermarkChunk);
                    rd_kafka_topic_partition_list_t *chunk = rd_kafka_topic_partition_list_new(to - from);
                    for (int i = from; i < to; ++i)
                        rd_kafka_topic_partition_list_add(chunk, list->elems[i].topic,
                                                          list->elems[i].partition)
                            ->offset = RD_KAFKA_OFFSET_END;
                    rd_kafka_offsets_for_times(m_rk, chunk, 10000);
                    rd_kafka_topic_partition_list_destroy(chunk);
                }
            }));
        }
        for (auto &a : chunked)
            a.get();
        phases[QStringLiteral("2 ListOffsets (high watermarks, per leader, chunks of 1,000)")].push_back(
            double(t.nsecsElapsed()) / 1e6);

        t.restart();
        std::vector<std::future<void>> answers;
        for (auto &entry : byLeader) {
            rd_kafka_topic_partition_list_t *list = entry.second;
            answers.push_back(std::async(std::launch::async, [this, list] {
                rd_kafka_offsets_for_times(m_rk, list, 10000);
                rd_kafka_topic_partition_list_destroy(list);
            }));
        }
        for (auto &a : answers)
            a.get();
        phases[QStringLiteral("2 ListOffsets (high watermarks, one per leader)")].push_back(
            double(t.nsecsElapsed()) / 1e6);

        t.restart();
        const rd_kafka_group_list *groups = nullptr;
        rd_kafka_list_groups(m_rk, nullptr, &groups, 10000);
        phases[QStringLiteral("3 ListGroups + DescribeGroups (per broker)")].push_back(
            double(t.nsecsElapsed()) / 1e6);
        if (!groups)
            return;

        t.restart();
        rd_kafka_queue_t *queue = rd_kafka_queue_new(m_rk);
        int inFlight = 0;
        char errstr[256];
        for (int i = 0; i < groups->group_cnt; ++i) {
            rd_kafka_ListConsumerGroupOffsets_t *request =
                rd_kafka_ListConsumerGroupOffsets_new(groups->groups[i].group, nullptr);
            rd_kafka_AdminOptions_t *options =
                rd_kafka_AdminOptions_new(m_rk, RD_KAFKA_ADMIN_OP_LISTCONSUMERGROUPOFFSETS);
            rd_kafka_AdminOptions_set_request_timeout(options, 10000, errstr, sizeof errstr);
            rd_kafka_AdminOptions_set_broker(options, groups->groups[i].broker.id, errstr, sizeof errstr);
            rd_kafka_ListConsumerGroupOffsets(m_rk, &request, 1, options, queue);
            rd_kafka_ListConsumerGroupOffsets_destroy(request);
            rd_kafka_AdminOptions_destroy(options);
            ++inFlight;
        }
        rd_kafka_group_list_destroy(groups);
        QDeadlineTimer deadline(15000);
        while (inFlight > 0 && !deadline.hasExpired()) {
            if (rd_kafka_event_t *event = rd_kafka_queue_poll(queue, 1000)) {
                if (rd_kafka_event_type(event) == RD_KAFKA_EVENT_LISTCONSUMERGROUPOFFSETS_RESULT)
                    --inFlight;
                rd_kafka_event_destroy(event);
            }
        }
        rd_kafka_queue_destroy(queue);
        phases[QStringLiteral("4 OffsetFetch (one per group, all in flight)")].push_back(
            double(t.nsecsElapsed()) / 1e6);
    }

private:
    rd_kafka_t *m_rk = nullptr;
};

ClusterProfile profile(const Options &o, int metadataRefreshMs)
{
    ClusterProfile p;
    p.name = QStringLiteral("bench");
    p.bootstrapServers = o.bootstrap;
    p.kafkaPollIntervalMs = std::max(1000, o.intervalMs);
    p.kafkaMetadataRefreshMs = metadataRefreshMs;
    return p;
}

/// Kafka's Java Admin client reading every group's lag (stack/bench/AdminLagBench.java), @p rounds
/// times in one JVM; the first two rounds (class loading, JIT, connections) are left out.
Row::Peer runJavaAdmin(const Options &o, bool allPartitions)
{
    Row::Peer peer;
    peer.what = allPartitions ? QStringLiteral("Java Admin, lag + end offsets of every partition")
                              : QStringLiteral("Java Admin, lag (as `--describe --all-groups`)");
    QStringList args{QStringLiteral("admin-lag-bench"), QStringLiteral("--rounds"),
                     QString::number(o.cycles + 2), QStringLiteral("--interval-ms"),
                     QString::number(o.intervalMs)};
    if (allPartitions)
        args << QStringLiteral("--all-partitions");
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(o.stackScript, args);
    if (!process.waitForFinished(900000)) {
        process.kill();
        process.waitForFinished();
        return peer;
    }
    peer.exitCode = process.exitCode();
    const QList<QByteArray> lines = process.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> f = line.split('\t');
        bool ok = false;
        const int round = f.value(0).toInt(&ok);
        if (!ok || f.size() < 9 || round < 2)
            continue;
        peer.wallMs.push_back(f[1].toDouble());
        peer.cpuMs.push_back(f[2].toDouble());
        peer.requests.push_back(f[3].toDouble());
        peer.rssMib = f[8].toDouble();
    }
    if (peer.wallMs.empty())
        say(QStringLiteral("%1: no rounds (exit %2): %3")
                .arg(peer.what)
                .arg(peer.exitCode)
                .arg(QString::fromUtf8(process.readAllStandardError().right(400))));
    return peer;
}

Row measureSize(const Options &o, const QString &label, int benchTopics, int benchGroups)
{
    Row row;
    row.label = label;
    KafkaSnapshot snapshot;
    {
        // Steady cycles: the metadata refresh is due only in the first cycle.
        KafkaCollector collector(profile(o, 3600 * 1000));
        row.first = measure(collector, snapshot);
        for (int c = 0; c < o.cycles; ++c) {
            QThread::msleep(ulong(o.intervalMs));
            row.steady.push_back(measure(collector, snapshot));
        }
        row.residentMib = residentMib();
        check(row, snapshot, o, benchTopics * o.partitions, benchGroups);
    }
    {
        RawProbe probe(o);
        QMap<QString, std::vector<double>> warmUp;
        probe.cycle(warmUp);
        for (int c = 0; c < o.cycles; ++c) {
            QThread::msleep(ulong(o.intervalMs));
            probe.cycle(row.floor);
        }
    }
    {
        // Every cycle refreshes the metadata: the first is cold (connections), the others are what a
        // refresh costs every kafkaMetadataRefreshMs.
        KafkaCollector collector(profile(o, 0));
        measure(collector, snapshot);
        for (int c = 0; c < o.refreshCycles; ++c) {
            QThread::msleep(ulong(o.intervalMs));
            row.refresh.push_back(measure(collector, snapshot));
        }
    }
    say(QStringLiteral("%1: steady median %2 ms")
            .arg(label)
            .arg(stats([&] {
                     std::vector<double> v;
                     for (const Sample &s : row.steady)
                         v.push_back(s.wallMs);
                     return v;
                 }())
                     .median,
                 0, 'f', 1));
    for (const QString &p : std::as_const(row.problems))
        say(QStringLiteral("  %1: %2").arg(row.sane ? QStringLiteral("note") : QStringLiteral("SANITY"), p));
    return row;
}

struct ToolTiming
{
    QString what;
    double wallMs = -1;
    int lines = 0;
    int exitCode = -1;
};

ToolTiming runTool(const Options &o, const QStringList &args)
{
    ToolTiming t;
    t.what =
        QStringLiteral("`tidewatch-stack consumer-groups ") + args.join(QLatin1Char(' ')) + QLatin1Char('`');
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer wall;
    wall.start();
    process.start(o.stackScript, QStringList{QStringLiteral("consumer-groups")} + args);
    if (!process.waitForFinished(600000)) {
        process.kill();
        process.waitForFinished();
        return t;
    }
    t.wallMs = double(wall.nsecsElapsed()) / 1e6;
    t.exitCode = process.exitCode();
    t.lines = int(process.readAllStandardOutput().count('\n'));
    return t;
}

QString fmt(double v)
{
    return QString::number(v, 'f', v < 10 ? 1 : 0);
}

void printTables(const Options &o, const QList<Row> &rows, const QList<ToolTiming> &tools,
                 const QStringList &setup)
{
    QString out;
    out += QStringLiteral("### Kafka poll cycle (KafkaCollector::collectOnce)\n\n");
    out += QStringLiteral("%1 steady cycles per size, %2 ms apart; RF %3; %4 messages per partition.\n\n")
               .arg(o.cycles)
               .arg(o.intervalMs)
               .arg(o.replicationFactor)
               .arg(o.messages);
    out += QStringLiteral("| size | partitions seen | groups seen (bench with lag) | steady wall median ms | "
                          "steady wall p90 ms | CPU median ms (process) | CPU median ms (collector thread) "
                          "| requests/cycle | budget (leaders + groups + listing) | requests / budget | "
                          "first cycle ms (cold, metadata) | metadata-refresh cycle ms "
                          "(median) | its requests | RSS MiB |\n");
    out +=
        QStringLiteral("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: "
                       "| ---: | ---: |\n");
    for (const Row &r : rows) {
        std::vector<double> wall, cpu, thread, req, refreshWall, refreshReq;
        for (const Sample &s : r.steady) {
            wall.push_back(s.wallMs);
            cpu.push_back(s.cpuMs);
            thread.push_back(s.threadCpuMs);
            req.push_back(s.requests);
        }
        for (const Sample &s : r.refresh) {
            refreshWall.push_back(s.wallMs);
            refreshReq.push_back(s.requests);
        }
        out +=
            QStringLiteral("| %1%2 | %3 | %4 (%5) | %6 | %7 | %8 | %9 | %10 | %11 | %12 | %13 | %14 | %15 "
                           "| %16 |\n")
                .arg(r.label, r.sane ? QString() : QStringLiteral(" (sanity check FAILED)"))
                .arg(r.partitions)
                .arg(r.groups)
                .arg(r.benchGroups)
                .arg(fmt(stats(wall).median), fmt(stats(wall).p90), fmt(stats(cpu).median),
                     fmt(stats(thread).median), fmt(stats(req).median),
                     QStringLiteral("%1 = %2").arg(r.requestBudget).arg(r.budgetParts),
                     QString::number(r.requestBudget > 0 ? stats(req).median / r.requestBudget : 0, 'f', 3),
                     fmt(r.first.wallMs), fmt(stats(refreshWall).median))
                .arg(fmt(stats(refreshReq).median), fmt(r.residentMib));
    }
    bool anyPeer = false;
    for (const Row &r : rows)
        anyPeer = anyPeer || !r.peers.isEmpty();
    if (anyPeer) {
        out += QStringLiteral("\n### Kafka's Java Admin client in one warm JVM, same run (rounds 3.., %1 ms "
                              "apart)\n\n")
                   .arg(o.intervalMs);
        out +=
            QStringLiteral("| size | what | wall median ms | wall p90 ms | process CPU median ms | "
                           "requests median | JVM RSS MiB | exit |\n| --- | --- | ---: | ---: | ---: | ---: "
                           "| ---: | ---: |\n");
        for (const Row &r : rows) {
            for (const Row::Peer &peer : r.peers)
                out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 |\n")
                           .arg(r.label, peer.what, fmt(stats(peer.wallMs).median),
                                fmt(stats(peer.wallMs).p90), fmt(stats(peer.cpuMs).median),
                                fmt(stats(peer.requests).median), fmt(peer.rssMib))
                           .arg(peer.exitCode);
        }
    }
    out += QStringLiteral("\n### The same requests with bare librdkafka calls (no collector processing), "
                          "median wall ms per phase\n\n| phase |");
    QStringList phases;
    for (const Row &r : rows) {
        out += QLatin1Char(' ') + r.label + QStringLiteral(" |");
        for (auto it = r.floor.cbegin(); it != r.floor.cend(); ++it) {
            if (!phases.contains(it.key()))
                phases << it.key();
        }
    }
    out += QStringLiteral("\n| --- |") + QStringLiteral(" ---: |").repeated(rows.size()) + QLatin1Char('\n');
    phases.sort();
    for (const QString &phase : std::as_const(phases)) {
        out += QStringLiteral("| ") + phase.mid(2) + QStringLiteral(" |");
        for (const Row &r : rows)
            out += QLatin1Char(' ') + fmt(stats(r.floor.value(phase)).median) + QStringLiteral(" |");
        out += QLatin1Char('\n');
    }
    if (!tools.isEmpty()) {
        out += QStringLiteral("\n### Kafka's ConsumerGroupCommand, same run, largest size\n\n");
        out += QStringLiteral("| command | wall ms | output lines | exit |\n| --- | ---: | ---: | ---: |\n");
        for (const ToolTiming &t : tools)
            out += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                       .arg(t.what, fmt(t.wallMs))
                       .arg(t.lines)
                       .arg(t.exitCode);
    }
    if (!setup.isEmpty()) {
        out += QStringLiteral("\n### Set-up (not part of the cycle)\n\n");
        for (const QString &s : setup)
            out += QStringLiteral("- ") + s + QLatin1Char('\n');
    }
    std::fputs(out.toUtf8().constData(), stdout);
    std::fflush(stdout);
}

/// Creates topics [fromTopic, toTopic) with their messages and commits groups [fromGroup, toGroup).
bool grow(BenchCluster &cluster, const Options &o, int fromTopic, int toTopic, int fromGroup, int toGroup,
          QStringList &setup)
{
    if (!cluster.open())
        return false;
    QStringList names;
    for (int i = fromTopic; i < toTopic; ++i)
        names << topicName(o, i);
    QElapsedTimer timer;
    if (!names.isEmpty()) {
        timer.start();
        if (!cluster.createTopics(names) || !cluster.waitTopicsReady(names, 180000)) {
            say(QStringLiteral("topics not ready"));
            return false;
        }
        const qint64 created = timer.restart();
        const int errors = cluster.produce(names, o.messages);
        if (errors) {
            say(QStringLiteral("%1 messages not delivered").arg(errors));
            return false;
        }
        setup << QStringLiteral("%1 topics x %2 partitions (RF %3): created in %4 ms, %5 messages produced "
                                "in %6 ms")
                     .arg(names.size())
                     .arg(o.partitions)
                     .arg(o.replicationFactor)
                     .arg(created)
                     .arg(names.size() * o.partitions * o.messages)
                     .arg(timer.elapsed());
    }
    if (toGroup > fromGroup) {
        timer.start();
        const int failed = cluster.commitGroups(fromGroup, toGroup);
        if (failed) {
            say(QStringLiteral("%1 groups failed to commit").arg(failed));
            return false;
        }
        setup << QStringLiteral("%1 groups committed (one AlterConsumerGroupOffsets each) in %2 ms")
                     .arg(toGroup - fromGroup)
                     .arg(timer.elapsed());
    }
    cluster.close();
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Benchmarks KafkaCollector poll cycles against a real cluster with many partitions and groups."));
    parser.addHelpOption();
    auto intOption = [&](const char *name, const char *help, int def) {
        QCommandLineOption opt(QString::fromLatin1(name), QString::fromLatin1(help), QStringLiteral("n"),
                               QString::number(def));
        parser.addOption(opt);
        return opt;
    };
    Options o;
    const auto topicsOpt = intOption("topics", "bench topics at the largest size", o.topics);
    const auto partitionsOpt = intOption("partitions", "partitions per bench topic", o.partitions);
    const auto groupsOpt = intOption("groups", "bench consumer groups at the largest size", o.groups);
    const auto cyclesOpt = intOption("cycles", "steady cycles measured per size", o.cycles);
    const auto refreshOpt = intOption("refresh-cycles", "metadata-refresh cycles measured per size", 3);
    const auto smallTopicsOpt = intOption("small-topics", "bench topics of the small size", o.smallTopics);
    const auto smallGroupsOpt = intOption("small-groups", "bench groups of the small size", o.smallGroups);
    const auto rfOpt = intOption("replication-factor", "replication factor of the bench topics", 1);
    const auto messagesOpt = intOption("messages", "messages produced to every partition", o.messages);
    const auto intervalOpt = intOption("interval-ms", "pause between cycles", o.intervalMs);
    const QCommandLineOption bootstrapOpt(QStringLiteral("bootstrap"), QStringLiteral("bootstrap servers"),
                                          QStringLiteral("hosts"),
                                          QStringLiteral("127.0.0.1:19092,127.0.0.1:29092,127.0.0.1:39092"));
    const QCommandLineOption stackOpt(QStringLiteral("stack"), QStringLiteral("the tidewatch-stack script"),
                                      QStringLiteral("path"), QStringLiteral(TIDEWATCH_STACK_SCRIPT));
    const QCommandLineOption prefixOpt(QStringLiteral("prefix"),
                                       QStringLiteral("name prefix of bench topics and groups (bench-...)"),
                                       QStringLiteral("prefix"), QStringLiteral("bench-cycle-"));
    const QCommandLineOption noScalingOpt(QStringLiteral("no-scaling"),
                                          QStringLiteral("measure the largest size only"));
    const QCommandLineOption noToolOpt(QStringLiteral("no-tool"),
                                       QStringLiteral("do not time Kafka's ConsumerGroupCommand"));
    const QCommandLineOption keepOpt(QStringLiteral("keep"),
                                     QStringLiteral("leave the bench topics and groups in the cluster"));
    const QCommandLineOption cleanupOpt(QStringLiteral("cleanup-only"),
                                        QStringLiteral("delete leftover bench topics and groups, then exit"));
    const QCommandLineOption sizesOpt(
        QStringLiteral("sizes"),
        QStringLiteral(
            "sizes to measure, grown in place: TOPICSxGROUPS,... (e.g. 100x100,500x500,2000x2000); "
            "replaces --topics/--groups/--small-*"),
        QStringLiteral("list"));
    const QCommandLineOption noJavaOpt(QStringLiteral("no-java-admin"),
                                       QStringLiteral("do not run Kafka's Java Admin client beside it"));
    parser.addOptions({bootstrapOpt, stackOpt, prefixOpt, noScalingOpt, noToolOpt, keepOpt, cleanupOpt,
                       sizesOpt, noJavaOpt});
    parser.process(app);

    bool ok = true;
    auto number = [&](const QCommandLineOption &opt, int min) {
        bool good = false;
        const int v = parser.value(opt).toInt(&good);
        ok = ok && good && v >= min;
        return v;
    };
    o.topics = number(topicsOpt, 1);
    o.partitions = number(partitionsOpt, 1);
    o.groups = number(groupsOpt, 0);
    o.cycles = number(cyclesOpt, 1);
    o.refreshCycles = number(refreshOpt, 0);
    o.smallTopics = number(smallTopicsOpt, 1);
    o.smallGroups = number(smallGroupsOpt, 0);
    o.replicationFactor = number(rfOpt, 1);
    o.messages = number(messagesOpt, 1);
    o.intervalMs = number(intervalOpt, 0);
    o.bootstrap = parser.value(bootstrapOpt);
    o.stackScript = parser.value(stackOpt);
    o.prefix = parser.value(prefixOpt);
    o.scaling = !parser.isSet(noScalingOpt) && o.smallTopics < o.topics && o.smallGroups < o.groups;
    o.tool = !parser.isSet(noToolOpt);
    o.keep = parser.isSet(keepOpt);
    o.cleanupOnly = parser.isSet(cleanupOpt);
    o.javaAdmin = !parser.isSet(noJavaOpt);
    if (parser.isSet(sizesOpt)) {
        int lastTopics = 0;
        int lastGroups = 0;
        for (const QString &size : parser.value(sizesOpt).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QStringList parts = size.split(QLatin1Char('x'));
            bool topicsOk = false;
            bool groupsOk = false;
            const int topics = parts.value(0).toInt(&topicsOk);
            const int groups = parts.value(1).toInt(&groupsOk);
            // Grown in place: a size never has fewer topics or groups than the one before.
            ok = ok && parts.size() == 2 && topicsOk && groupsOk && topics >= std::max(1, lastTopics) &&
                 groups >= lastGroups;
            o.sizes.append({topics, groups});
            lastTopics = topics;
            lastGroups = groups;
        }
        ok = ok && !o.sizes.isEmpty();
        if (ok) {
            o.topics = o.sizes.last().first;
            o.groups = o.sizes.last().second;
        }
    }
    if (!ok || !o.prefix.startsWith(QLatin1String("bench-"))) {
        say(QStringLiteral("invalid option (numbers must be positive; the prefix must start with bench-)"));
        return 2;
    }
    if (!o.scaling) {
        o.smallTopics = o.topics;
        o.smallGroups = o.groups;
    }
    if (o.sizes.isEmpty()) {
        // Small size, then more partitions (same groups), then more groups (same partitions).
        if (o.scaling)
            o.sizes = {{o.smallTopics, o.smallGroups}, {o.topics, o.smallGroups}};
        o.sizes.append({o.topics, o.groups});
    }

    BenchCluster cluster(o);
    if (!cluster.open())
        return 1;
    // Leftovers of an interrupted run would distort the sizes.
    if (!cluster.cleanUp() && o.cleanupOnly)
        return 1;
    if (o.cleanupOnly)
        return 0;
    cluster.close();

    QList<Row> rows;
    QList<ToolTiming> tools;
    QStringList setup;
    bool sane = true;
    const auto sizeLabel = [&](int topics, int groups) {
        return QStringLiteral("%1 partitions / %2 groups").arg(topics * o.partitions).arg(groups);
    };
    bool grown = true;
    int haveTopics = 0;
    int haveGroups = 0;
    for (qsizetype i = 0; i < o.sizes.size() && grown; ++i) {
        const auto [topics, groups] = o.sizes[i];
        grown = grow(cluster, o, haveTopics, topics, haveGroups, groups, setup);
        if (!grown)
            break;
        haveTopics = topics;
        haveGroups = groups;
        rows << measureSize(o, sizeLabel(topics, groups), topics, groups);
        // The peers run at the largest size only: on a shared 2-core machine a JVM round costs minutes.
        if (i == o.sizes.size() - 1 && o.javaAdmin) {
            say(QStringLiteral("Kafka's Java Admin client"));
            rows.last().peers << runJavaAdmin(o, false) << runJavaAdmin(o, true);
        }
        if (i == o.sizes.size() - 1 && o.tool) {
            say(QStringLiteral("timing ConsumerGroupCommand"));
            tools << runTool(o, {QStringLiteral("--list")});
            tools << runTool(o, {QStringLiteral("--describe"), QStringLiteral("--all-groups")});
        }
    }
    if (!grown)
        say(QStringLiteral("set-up failed at %1 topics / %2 groups; cleaning up")
                .arg(haveTopics)
                .arg(haveGroups));
    for (const Row &r : std::as_const(rows))
        sane = sane && r.sane;

    printTables(o, rows, tools, setup);

    bool cleaned = true;
    if (!o.keep) {
        cleaned = cluster.open() && cluster.cleanUp();
        cluster.close();
    }
    return grown && sane && cleaned ? 0 : 1;
}
