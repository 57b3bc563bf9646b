// The event-topic collector against the real stack, checked against an independent count.
//
// With the generator paused, the collector reads orders, shipments and orders-cdc from the offsets for
// a time T to their end; kcat reads the same partitions over the same offset ranges and this test
// recomputes the figures itself (QJsonDocument, not our decoder). What is compared, exactly:
//  - messages per topic, and the offset ranges (the collector's offsets for T are the test's);
//  - rejected messages, by (topic, partition, offset): exactly those the test's own parser refuses
//    (entity id, status and time required; typed fields typed). Every message the generator marked
//    with a tw-fault header is among them, except a "missing-field" fault that removed a field the
//    mapping does not need (a shipment event's order_id, an order event's shipment_id): those are valid
//    events, counted and reported. Tombstones; duplicates;
//  - every order's current status and the count of orders by status, the same for shipments: a CDC
//    delete that is the newest event removes the order; otherwise finishing (delivered, cancelled) is
//    final whatever its event time; otherwise the newest event time wins;
//  - created / paid / shipped / cancelled per closed event-time minute, each (order, stage) once across
//    orders and orders-cdc, at the earliest time it was reported. Late events (behind the watermark by
//    more than the allowed lateness when read) are kept out of the windows: which events were late
//    depends on the order the partitions were read in, so the test takes the collector's list of late
//    events (the list limit is raised so that it is complete) and checks it is consistent. One case is
//    read-order dependent by design: a report of a purged order read after its CDC delete is ignored.
//    Such (order, stage) pairs are bounded (the minute of the earliest report, or of the earliest CDC
//    report, or none); every other pair must be in exactly its minute.
// Then: with the generator still silent the snapshot goes stale while the consumer stays reachable,
// and new events arrive once it runs again. Throughout, the business consumer sends no group request
// at all (librdkafka's protocol log), no group appears for it, and the monitored groups' committed
// offsets do not move.
#include "BusinessSnapshot.h"
#include "EventRecount.h"
#include "EventTopicCollector.h"
#include "StackTools.h"

#include <librdkafka/rdkafka.h>

#include <QDateTime>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

#include <map>
#include <optional>

using namespace Tidewatch;
using namespace Tidewatch::EventRecount;
using namespace Qt::StringLiterals;

namespace {

using TopicPartition = QPair<QString, int>;
const QStringList kTopics = {u"orders"_s, u"shipments"_s, u"orders-cdc"_s};

// ---------------------------------------------------------------- what our client sends

QMutex g_logMutex;
QHash<QString, int> g_requests; ///< request name -> count, from librdkafka's protocol debug log
QtMessageHandler g_previousHandler = nullptr;

void captureRequests(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && qstrcmp(context.category, "tidewatch.kafka") == 0) {
        static const QRegularExpression sent(u"Sent (\\w+)Request"_s);
        const auto match = sent.match(message);
        if (match.hasMatch()) {
            QMutexLocker lock(&g_logMutex);
            ++g_requests[match.captured(1)];
        }
        return; // the protocol log is verbose: it stays out of the test output
    }
    g_previousHandler(type, context, message);
}

// ---------------------------------------------------------------- offsets and kcat

struct RdKafkaDeleter
{
    void operator()(rd_kafka_t *rk) const { rd_kafka_destroy(rk); }
};
using RdKafka = std::unique_ptr<rd_kafka_t, RdKafkaDeleter>;

RdKafka newClient()
{
    char errstr[256];
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    rd_kafka_conf_set(conf, "bootstrap.servers", StackTools::kBootstrap, errstr, sizeof errstr);
    return RdKafka(rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr, sizeof errstr));
}

/// Partition counts of the event topics.
QHash<QString, int> partitionCounts(rd_kafka_t *rk)
{
    QHash<QString, int> out;
    const rd_kafka_metadata_t *md = nullptr;
    if (rd_kafka_metadata(rk, 1, nullptr, &md, 15000) != RD_KAFKA_RESP_ERR_NO_ERROR)
        return out;
    for (int i = 0; i < md->topic_cnt; ++i) {
        const QString name = QString::fromUtf8(md->topics[i].topic);
        if (kTopics.contains(name))
            out.insert(name, md->topics[i].partition_cnt);
    }
    rd_kafka_metadata_destroy(md);
    return out;
}

/// The offsets for time @p which (epoch ms), or the end offsets for RD_KAFKA_OFFSET_END; partitions
/// with nothing that new get the end offset @p ends gives them.
QHash<TopicPartition, qint64> offsetsFor(rd_kafka_t *rk, const QHash<QString, int> &partitions, qint64 which,
                                         const QHash<TopicPartition, qint64> &ends = {})
{
    QHash<TopicPartition, qint64> out;
    rd_kafka_topic_partition_list_t *list = rd_kafka_topic_partition_list_new(16);
    for (auto it = partitions.cbegin(); it != partitions.cend(); ++it) {
        for (int p = 0; p < it.value(); ++p)
            rd_kafka_topic_partition_list_add(list, it.key().toUtf8().constData(), p)->offset = which;
    }
    if (rd_kafka_offsets_for_times(rk, list, 15000) == RD_KAFKA_RESP_ERR_NO_ERROR) {
        for (int i = 0; i < list->cnt; ++i) {
            const TopicPartition tp{QString::fromUtf8(list->elems[i].topic), int(list->elems[i].partition)};
            const qint64 offset = list->elems[i].offset;
            out.insert(tp, offset >= 0 ? offset : ends.value(tp, -1));
        }
    }
    rd_kafka_topic_partition_list_destroy(list);
    return out;
}

QMap<QString, qint64> toMap(const QList<QPair<QString, qint64>> &list)
{
    QMap<QString, qint64> out;
    for (const auto &[k, v] : list)
        out.insert(k, v);
    return out;
}

} // namespace

class TestBusiness : public QObject
{
    Q_OBJECT

    RdKafka m_client;
    QHash<QString, int> m_partitions;
    QHash<TopicPartition, qint64> m_starts;
    QHash<TopicPartition, qint64> m_ends;
    qint64 m_startTimeMs = 0;
    std::unique_ptr<EventTopicCollector> m_collector;
    BusinessSnapshot m_caughtUp;
    QStringList m_groupsBefore;
    QMap<TopicPartition, qint64> m_committedBefore;
    bool m_paused = false;

    static ClusterProfile profile()
    {
        ClusterProfile p;
        p.name = u"stack"_s;
        p.bootstrapServers = QString::fromLatin1(StackTools::kBootstrap);
        p.business = BusinessConfig::stackDefaults();
        p.business.listLimit = 1000000; // every rejected and late event listed: compared one by one
        // A shared client file may name a group: the event reader must ignore it (checked below).
        // The protocol log shows every request the reader sends.
        p.kafkaProperties = {{u"group.id"_s, u"tw-business-probe"_s}, {u"debug"_s, u"protocol"_s}};
        return p;
    }

    static QStringList groups()
    {
        const auto r = StackTools::stack({u"consumer-groups"_s, u"--list"_s});
        return r.out.split(u'\n', Qt::SkipEmptyParts);
    }

    static QMap<TopicPartition, qint64> committed(const QString &group)
    {
        QMap<TopicPartition, qint64> out;
        const auto r = StackTools::stack({u"consumer-groups"_s, u"--describe"_s, u"--group"_s, group});
        for (const auto &row : StackTools::parseGroupDescribe(r.out))
            out.insert({row.topic, row.partition}, row.currentOffset);
        return out;
    }

    static void setRate(int rate) { StackTools::stack({u"workload"_s, u"rate"_s, QString::number(rate)}); }

private Q_SLOTS:
    void initTestCase()
    {
        // scripts/setup-deps.sh installs kcat: without it this test fails rather than skips.
        QVERIFY2(!QStandardPaths::findExecutable(u"kcat"_s).isEmpty(),
                 "kcat is not installed (scripts/setup-deps.sh installs it)");
        QLoggingCategory::setFilterRules(u"tidewatch.kafka.debug=true"_s);
        g_previousHandler = qInstallMessageHandler(captureRequests);
        m_client = newClient();
        QVERIFY(m_client);
        m_partitions = partitionCounts(m_client.get());
        QCOMPARE(m_partitions.size(), kTopics.size());
        m_groupsBefore = groups();
        QVERIFY2(m_groupsBefore.contains(u"tw-no-members"_s), qPrintable(m_groupsBefore.join(u' ')));
        m_committedBefore = committed(u"tw-no-members"_s);
        QVERIFY(!m_committedBefore.isEmpty());
    }

    void cleanupTestCase()
    {
        if (m_paused)
            setRate(40); // the stack is shared: its generator runs at 40 events/s for everyone
        m_collector.reset();
        if (g_previousHandler)
            qInstallMessageHandler(g_previousHandler);
    }

    /// (a) Generator paused: the collector reads [offsets for T, end) of every partition, exactly what
    /// kcat reads, and its figures equal the test's own count.
    void readsTheRangeAndMatchesAnIndependentCount()
    {
        setRate(0);
        m_paused = true;
        // The producer's last sends (linger, retries) land within a few seconds: wait until the end
        // offsets stand still for three seconds.
        QHash<TopicPartition, qint64> ends = offsetsFor(m_client.get(), m_partitions, RD_KAFKA_OFFSET_END);
        const QDeadlineTimer settle(60000);
        int still = 0;
        while (still < 3 && !settle.hasExpired()) {
            QTest::qWait(1000);
            const auto now = offsetsFor(m_client.get(), m_partitions, RD_KAFKA_OFFSET_END);
            still = now == ends ? still + 1 : 0;
            ends = now;
        }
        QVERIFY2(still >= 3, "the end offsets kept moving with the generator paused");
        m_ends = ends;
        // Ten minutes back: the whole topics on a fresh stack, a bounded range on a long-lived one.
        m_startTimeMs = QDateTime::currentMSecsSinceEpoch() - 10 * 60000;
        m_starts = offsetsFor(m_client.get(), m_partitions, m_startTimeMs, m_ends);
        QCOMPARE(m_starts.size(), m_ends.size());

        m_collector = std::make_unique<EventTopicCollector>(profile());
        m_collector->setStartTimeMs(m_startTimeMs);
        m_caughtUp = m_collector->collectUntilCaughtUp(QDeadlineTimer(180000));
        QVERIFY2(m_collector->caughtUp(), qPrintable(m_caughtUp.status.error));
        QVERIFY(m_caughtUp.status.reachable);
        QCOMPARE(m_caughtUp.clusterName, u"stack"_s);

        // kcat over the same ranges; the test's own reading of every message.
        QHash<QString, qint64> messages;
        QHash<QString, qint64> tombstones;
        QHash<QString, qint64> rejectedPerTopic;
        QSet<MessageKey> expectedRejected;
        QHash<MessageKey, QByteArray> rejectedText; ///< headers and the start of the value, for messages
        QHash<QString, QList<Report>> orders;
        QHash<QString, QList<Report>> shipments;
        QSet<QString> dedupe;
        qint64 duplicates = 0;
        qint64 faulted = 0;
        qint64 faultedButValid = 0;
        for (auto it = m_ends.cbegin(); it != m_ends.cend(); ++it) {
            const auto &[topic, partition] = it.key();
            QString error;
            const QList<Record> records =
                kcatRead(topic, partition, m_starts.value(it.key()), it.value(), error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(records.size(), it.value() - m_starts.value(it.key()));
            messages[topic] += records.size();
            for (const Record &r : records) {
                const bool fault = r.headers.contains("tw-fault=");
                faulted += fault ? 1 : 0;
                const Parsed p = parse(topic, r);
                if (p.kind == Parsed::Tombstone) {
                    ++tombstones[topic];
                    continue;
                }
                if (fault && p.kind != Parsed::Invalid) {
                    // The generator removed a field the mapping does not need (a shipment's order_id, an
                    // order event's shipment_id): a valid event. Anything else it damaged must not parse.
                    QVERIFY2(r.headers.contains("tw-fault=missing-field"), r.headers.constData());
                    ++faultedButValid;
                }
                if (p.kind == Parsed::Invalid) {
                    expectedRejected.insert(r.key);
                    rejectedText.insert(r.key, r.headers + ' ' + r.value.left(200));
                    ++rejectedPerTopic[topic];
                    continue;
                }
                if (p.kind == Parsed::Skip)
                    continue;
                if (dedupe.contains(p.dedupe)) {
                    ++duplicates;
                    continue;
                }
                dedupe.insert(p.dedupe);
                Report report{p.timeMs, p.status, p.kind == Parsed::Delete, topic == u"orders-cdc"_s, r.key};
                (topic == u"shipments"_s ? shipments : orders)[p.entity].append(report);
            }
        }
        qInfo("range: %lld messages from %s, %lld with a tw-fault header (%lld of them valid events)",
              messages.value(u"orders"_s) + messages.value(u"shipments"_s) + messages.value(u"orders-cdc"_s),
              qPrintable(QDateTime::fromMSecsSinceEpoch(m_startTimeMs, Qt::UTC).toString(Qt::ISODate)),
              faulted, faultedButValid);

        const BusinessSnapshot &s = m_caughtUp;
        // Messages, lag, rejected, tombstones per topic.
        QSet<MessageKey> actualRejected;
        for (const RejectedEvent &r : s.rejected)
            actualRejected.insert({r.origin.topic, r.origin.partition, r.origin.offset});
        QCOMPARE(s.rejectedCount, qint64(s.rejected.size())); // the list is complete
        QStringList mismatches;
        for (const MessageKey &k : expectedRejected - actualRejected)
            mismatches << u"not rejected: "_s + toString(k) + u' ' + QString::fromUtf8(rejectedText.value(k));
        for (const MessageKey &k : actualRejected - expectedRejected)
            mismatches << u"rejected: "_s + toString(k);
        QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.mid(0, 20).join(u"; "_s)));
        QCOMPARE(s.topics.size(), kTopics.size());
        for (const EventTopicStatus &t : s.topics) {
            QVERIFY2(t.error.isEmpty(), qPrintable(t.error));
            QCOMPARE(t.partitions, m_partitions.value(t.topic));
            QCOMPARE(t.messages, messages.value(t.topic));
            QCOMPARE(t.lag, 0);
            QCOMPARE(t.rejected, rejectedPerTopic.value(t.topic));
            QCOMPARE(t.tombstones, tombstones.value(t.topic));
        }
        QCOMPARE(s.duplicateCount, duplicates);

        // Late events: the list is complete, each is an event the test read, behind the watermark.
        QCOMPARE(s.lateCount, qint64(s.lateEvents.size()));
        QSet<MessageKey> late;
        for (const LateEvent &e : s.lateEvents) {
            late.insert({e.origin.topic, e.origin.partition, e.origin.offset});
            QVERIFY(e.behindMs > s.allowedLatenessMs);
            QVERIFY(e.eventTimeMs < s.watermarkMs - s.allowedLatenessMs);
        }

        // Current status of every order and shipment.
        const auto compareStatus = [](const QHash<QString, QList<Report>> &entities, qint64 tracked,
                                      const QList<QPair<QString, qint64>> &byStatus,
                                      const QSet<QString> &finishing, const char *what) {
            QMap<QString, qint64> expected;
            qint64 expectedTracked = 0;
            int ambiguous = 0;
            for (const QList<Report> &reports : entities) {
                const std::optional<QString> status = currentStatus(reports, finishing);
                if (!status) {
                    ++ambiguous;
                    continue;
                }
                if (status->isEmpty())
                    continue; // deleted
                ++expectedTracked;
                ++expected[*status];
            }
            // An entity whose newest events tie on event time but disagree (the order topic and the
            // CDC of the shop's table carry one order each, at the same millisecond) may stand in
            // either status: each such one is allowed to be counted once, in any status, or not at
            // all (when one of its newest events deletes it). They must stay rare.
            QVERIFY2(ambiguous <= 3,
                     qPrintable(u"%1 %2 with equally new events that disagree"_s.arg(ambiguous).arg(
                         QString::fromLatin1(what))));
            QVERIFY2(tracked >= expectedTracked && tracked <= expectedTracked + ambiguous,
                     qPrintable(u"%1 tracked, %2 expected, %3 ambiguous"_s.arg(tracked)
                                    .arg(expectedTracked)
                                    .arg(ambiguous)));
            const QMap<QString, qint64> actual = toMap(byStatus);
            qint64 extra = 0;
            for (auto it = actual.cbegin(); it != actual.cend(); ++it) {
                const qint64 more = it.value() - expected.value(it.key());
                QVERIFY2(more >= 0 && more <= ambiguous, qPrintable(it.key()));
                extra += more;
            }
            for (auto it = expected.cbegin(); it != expected.cend(); ++it)
                QVERIFY2(actual.contains(it.key()), qPrintable(it.key()));
            QCOMPARE(extra, tracked - expectedTracked);
        };
        compareStatus(orders, s.trackedOrders, s.ordersByStatus, {u"delivered"_s, u"cancelled"_s}, "orders");
        if (QTest::currentTestFailed())
            return;
        compareStatus(shipments, s.trackedShipments, s.shipmentsByStatus,
                      {u"delivered"_s, u"lost"_s, u"returned"_s, u"cancelled"_s}, "shipments");
        if (QTest::currentTestFailed())
            return;

        // Per closed minute: created, paid, shipped, cancelled; each (order, stage) once.
        const QList<Stage> counted = {Stage::Created, Stage::Paid, Stage::Shipped, Stage::Cancelled};
        std::map<std::pair<qint64, Stage>, qint64> exact;    ///< (minute, stage) -> pairs exactly there
        std::map<std::pair<qint64, Stage>, qint64> possible; ///< pairs that may be there instead
        int boundedPairs = 0;
        for (const QList<Report> &reports : std::as_const(orders)) {
            const bool deleted =
                std::any_of(reports.cbegin(), reports.cend(), [](const Report &r) { return r.remove; });
            for (Stage stage : counted) {
                qint64 earliest = -1;
                qint64 earliestCdc = -1;
                for (const Report &r : reports) {
                    if (r.remove || late.contains(r.key) || stageOf(r.status) != stage)
                        continue;
                    if (earliest < 0 || r.timeMs < earliest)
                        earliest = r.timeMs;
                    if (r.cdc && (earliestCdc < 0 || r.timeMs < earliestCdc))
                        earliestCdc = r.timeMs;
                }
                if (earliest < 0)
                    continue;
                if (!deleted || (earliestCdc >= 0 && minuteOf(earliestCdc) == minuteOf(earliest))) {
                    ++exact[{minuteOf(earliest), stage}];
                    continue;
                }
                ++boundedPairs;
                ++possible[{minuteOf(earliest), stage}];
                if (earliestCdc >= 0)
                    ++possible[{minuteOf(earliestCdc), stage}];
            }
        }
        int closedMinutes = 0;
        QStringList minuteErrors;
        const qint64 firstFullMinute = minuteOf(m_startTimeMs) + 60000; // the first may be cut by T
        for (const MinuteCounts &m : s.minutes) {
            if (!m.closed || m.startMs < firstFullMinute)
                continue;
            ++closedMinutes;
            const QList<QPair<Stage, qint64>> actual = {{Stage::Created, m.created},
                                                        {Stage::Paid, m.paid},
                                                        {Stage::Shipped, m.shipped},
                                                        {Stage::Cancelled, m.cancelled}};
            for (const auto &[stage, value] : actual) {
                const qint64 low = exact[{m.startMs, stage}];
                const qint64 high = low + possible[{m.startMs, stage}];
                if (value < low || value > high)
                    minuteErrors
                        << u"%1 stage %2: %3 not in [%4, %5]"_s
                               .arg(QDateTime::fromMSecsSinceEpoch(m.startMs, Qt::UTC).toString(Qt::ISODate))
                               .arg(int(stage))
                               .arg(value)
                               .arg(low)
                               .arg(high);
            }
        }
        qInfo("compared %d closed minutes; %d (order, stage) pairs bounded (purged orders), %lld late events",
              closedMinutes, boundedPairs, s.lateCount);
        QVERIFY2(minuteErrors.isEmpty(), qPrintable(minuteErrors.mid(0, 20).join(u"; "_s)));
        // On a stack up for a few minutes only (CI) there may be no closed minute yet; with five minutes of
        // events there must be some to compare.
        qint64 oldest = std::numeric_limits<qint64>::max();
        for (const QList<Report> &reports : std::as_const(orders)) {
            for (const Report &r : reports)
                oldest = std::min(oldest, r.timeMs);
        }
        if (s.watermarkMs - oldest > 5 * 60000)
            QVERIFY2(closedMinutes >= 2, "the range should hold closed minutes to compare");
    }

    /// (b) The producer is silent: the events' age grows past the stale threshold while the consumer
    /// stays reachable; once it sends again, new events arrive and the watermark advances.
    void silentProducerShowsAsStaleNotUnreachable()
    {
        QVERIFY(m_collector);
        const qint64 staleAfterMs = 9000; // the dashboard's: two poll intervals plus a request timeout
        BusinessSnapshot s = m_caughtUp;
        QDeadlineTimer quiet(staleAfterMs + 3000);
        while (!quiet.hasExpired())
            m_collector->collectOnce();
        s = m_collector->snapshot();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY2(s.eventAgeMs(now) > staleAfterMs, qPrintable(QString::number(s.eventAgeMs(now))));
        QVERIFY(s.status.reachable);
        QVERIFY(s.status.error.isEmpty());
        QVERIFY(s.status.dataAgeMs(now) < 2000); // the consumer itself is fine
        const qint64 watermark = s.watermarkMs;

        setRate(40);
        m_paused = false;
        QDeadlineTimer deadline(60000);
        do {
            m_collector->collectOnce();
            s = m_collector->snapshot();
        } while (!deadline.hasExpired() &&
                 !(s.eventAgeMs(QDateTime::currentDateTimeUtc()) < 2000 && s.watermarkMs > watermark));
        QVERIFY2(s.eventAgeMs(QDateTime::currentDateTimeUtc()) < 2000,
                 qPrintable(QString::number(s.eventAgeMs(QDateTime::currentDateTimeUtc()))));
        QVERIFY(s.watermarkMs > watermark);
        QVERIFY(s.status.reachable);
    }

    /// A topic that does not exist yet is an error of that topic; created, it is read from its
    /// beginning; partitions added to it are read too. (A topic of its own, deleted afterwards.)
    void followsTopicsAndPartitionsThatAppearLater()
    {
        const QString name = u"tw-business-test-%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
        ClusterProfile p = profile();
        p.kafkaProperties.clear();
        p.kafkaMetadataRefreshMs = 500; // found within a test's patience (the default is every 10 s)
        p.business.topics = {EventTopicConfig::withDefaults(name, EventKind::Order, EventFormat::Json)};
        p.business.startMinutes = 0;
        EventTopicCollector collector(p);
        collector.collectOnce(100);
        BusinessSnapshot s = collector.snapshot();
        QVERIFY(s.status.reachable);
        QCOMPARE(s.topics.size(), 1);
        QCOMPARE(s.topics[0].error, u"topic does not exist"_s);

        const auto drop = qScopeGuard([&] {
            StackTools::stack({u"topics"_s, u"--delete"_s, u"--topic"_s, name});
        });
        QCOMPARE(StackTools::stack({u"topics"_s, u"--create"_s, u"--topic"_s, name, u"--partitions"_s, u"1"_s,
                                    u"--replication-factor"_s, u"1"_s})
                     .exitCode,
                 0);
        const auto produce = [&](int partition, int first, int count) {
            QByteArray lines;
            for (int i = first; i < first + count; ++i)
                lines += u"{\"event_id\":\"t-%1\",\"event_type\":\"created\",\"order_id\":\"o-%1\","
                         "\"event_time\":\"2026-12-06T09:00:00.000Z\"}\n"_s.arg(i)
                             .toUtf8();
            QProcess kcat;
            kcat.start(u"kcat"_s, {u"-P"_s, u"-b"_s, QString::fromLatin1(StackTools::kBootstrap), u"-t"_s,
                                   name, u"-p"_s, QString::number(partition)});
            kcat.write(lines);
            kcat.closeWriteChannel();
            return kcat.waitForFinished(30000) && kcat.exitCode() == 0;
        };
        const auto collectUntil = [&](auto done) {
            const QDeadlineTimer deadline(60000);
            do {
                collector.collectOnce(100);
                s = collector.snapshot();
            } while (!done() && !deadline.hasExpired());
        };
        QVERIFY(produce(0, 0, 2));
        collectUntil([&] { return s.topics[0].messages >= 2; });
        QVERIFY2(s.topics[0].error.isEmpty(), qPrintable(s.topics[0].error));
        QCOMPARE(s.topics[0].partitions, 1);
        QCOMPARE(s.topics[0].messages, 2); // from its beginning, though the collector started at the end

        QCOMPARE(StackTools::stack({u"topics"_s, u"--alter"_s, u"--topic"_s, name, u"--partitions"_s, u"3"_s})
                     .exitCode,
                 0);
        QVERIFY(produce(2, 2, 3));
        collectUntil([&] { return s.topics[0].partitions == 3 && s.topics[0].messages >= 5; });
        QCOMPARE(s.topics[0].partitions, 3);
        QCOMPARE(s.topics[0].messages, 5);
        QCOMPARE(s.topics[0].events, 5);
        QCOMPARE(s.topics[0].lag, 0);
    }

    /// (c) The business consumer never touched a group: no group request on the wire, no group of
    /// its own (not even the group.id its profile named), the monitored groups' offsets unchanged.
    void monitoredGroupsUntouched()
    {
        QVERIFY(m_collector);
        m_collector.reset(); // closed: whatever it would send on leaving has been sent
        QHash<QString, int> requests;
        {
            QMutexLocker lock(&g_logMutex);
            requests = g_requests;
        }
        QVERIFY2(requests.value(u"Fetch"_s) > 0, "the protocol log was not captured");
        const QStringList groupRequests = {u"FindCoordinator"_s, u"JoinGroup"_s,  u"SyncGroup"_s,
                                           u"Heartbeat"_s,       u"LeaveGroup"_s, u"OffsetCommit"_s,
                                           u"OffsetFetch"_s,     u"ListGroups"_s, u"DescribeGroups"_s};
        for (const QString &name : groupRequests)
            QVERIFY2(requests.value(name) == 0,
                     qPrintable(u"%1 sent %2 time(s)"_s.arg(name).arg(requests.value(name))));
        QStringList sent;
        for (auto it = requests.cbegin(); it != requests.cend(); ++it)
            sent << u"%1=%2"_s.arg(it.key()).arg(it.value());
        qInfo("requests sent by the business consumer: %s", qPrintable(sent.join(u' ')));

        const QStringList after = groups();
        QVERIFY(!after.contains(u"tw-business-probe"_s));
        for (const QString &g : after) {
            if (m_groupsBefore.contains(g))
                continue;
            // Another test on the shared stack may have made one: it must not have our client in it.
            const auto r =
                StackTools::stack({u"consumer-groups"_s, u"--describe"_s, u"--members"_s, u"--group"_s, g});
            QVERIFY2(!r.out.contains(u"tidewatch-events"_s), qPrintable(g));
        }
        const QMap<TopicPartition, qint64> committedAfter = committed(u"tw-no-members"_s);
        QCOMPARE(committedAfter, m_committedBefore);
    }
};

QTEST_GUILESS_MAIN(TestBusiness)
#include "tst_business.moc"
