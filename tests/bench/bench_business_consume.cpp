// Benchmark of the event-topic collector against the real local stack (not a test: never run by ctest).
//
// 1. Produces --events generator-like order events (created, paid, packed, shipped, delivered per order,
//    orders interleaved in blocks so thousands are open at once) to a bench topic of its own, then
//    reads it from its beginning to its end with one EventTopicCollector on one thread (decoding and
//    aggregating every message, a snapshot built once a second as the dashboard does), and in the same
//    run times `kcat -C -o beginning -e -q` over the same topic to /dev/null. Prints events/s, MB/s and
//    the ratio of the two.
// 2. (First.) Feeds a BusinessState --open-orders distinct created orders and prints memoryBytes() and the
//    resident memory it grew by.
// Deletes the bench topic at the end.
//
//   bench_business_consume [--events 1000000] [--partitions 6] [--open-orders 100000] [--keep-topic]
//                          [--topic EXISTING] [--property key=value ...]

#include "BenchTools.h"
#include "BusinessState.h"
#include "EventDecoder.h"
#include "EventTopicCollector.h"

#include <librdkafka/rdkafka.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QProcess>
#include <QScopeGuard>
#include <QThread>

#include <cstdio>
#include <ctime>
#include <memory>
#include <string>
#include <vector>

using namespace Tidewatch;
using namespace Qt::StringLiterals;

namespace {

constexpr const char *kBootstrap = "127.0.0.1:19092,127.0.0.1:29092,127.0.0.1:39092";

void say(const QString &line)
{
    std::fprintf(stderr, "bench: %s\n", qPrintable(line));
    std::fflush(stderr);
}

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

struct RdKafkaDeleter
{
    void operator()(rd_kafka_t *rk) const { rd_kafka_destroy(rk); }
};
using RdKafka = std::unique_ptr<rd_kafka_t, RdKafkaDeleter>;

RdKafka newClient(bool producer)
{
    char errstr[256];
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    rd_kafka_conf_set(conf, "bootstrap.servers", kBootstrap, errstr, sizeof errstr);
    if (producer) {
        rd_kafka_conf_set(conf, "linger.ms", "50", errstr, sizeof errstr);
        rd_kafka_conf_set(conf, "batch.num.messages", "10000", errstr, sizeof errstr);
        rd_kafka_conf_set(conf, "queue.buffering.max.kbytes", "1048576", errstr, sizeof errstr);
        rd_kafka_conf_set(conf, "acks", "1", errstr, sizeof errstr);
    }
    return RdKafka(rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr, sizeof errstr));
}

/// Runs one admin call and waits for its result event; returns its first topic error text, empty if fine.
template<typename Call>
QString admin(rd_kafka_t *rk, rd_kafka_event_type_t type, Call call)
{
    rd_kafka_queue_t *queue = rd_kafka_queue_new(rk);
    rd_kafka_AdminOptions_t *options = rd_kafka_AdminOptions_new(rk, RD_KAFKA_ADMIN_OP_ANY);
    char errstr[256];
    rd_kafka_AdminOptions_set_operation_timeout(options, 30000, errstr, sizeof errstr);
    call(options, queue);
    QString error = u"no answer"_s;
    if (rd_kafka_event_t *event = rd_kafka_queue_poll(queue, 60000)) {
        error.clear();
        if (rd_kafka_event_type(event) == type && rd_kafka_event_error(event))
            error = QString::fromUtf8(rd_kafka_event_error_string(event));
        size_t count = 0;
        const rd_kafka_topic_result_t **results =
            type == RD_KAFKA_EVENT_CREATETOPICS_RESULT
                ? rd_kafka_CreateTopics_result_topics(rd_kafka_event_CreateTopics_result(event), &count)
                : rd_kafka_DeleteTopics_result_topics(rd_kafka_event_DeleteTopics_result(event), &count);
        for (size_t i = 0; i < count && error.isEmpty(); ++i) {
            if (rd_kafka_topic_result_error(results[i]))
                error = QString::fromUtf8(rd_kafka_topic_result_error_string(results[i]));
        }
        rd_kafka_event_destroy(event);
    }
    rd_kafka_AdminOptions_destroy(options);
    rd_kafka_queue_destroy(queue);
    return error;
}

QString createTopic(rd_kafka_t *rk, const QByteArray &name, int partitions)
{
    return admin(rk, RD_KAFKA_EVENT_CREATETOPICS_RESULT,
                 [&](rd_kafka_AdminOptions_t *o, rd_kafka_queue_t *q) {
                     char errstr[256];
                     rd_kafka_NewTopic_t *topic =
                         rd_kafka_NewTopic_new(name.constData(), partitions, 1, errstr, sizeof errstr);
                     rd_kafka_CreateTopics(rk, &topic, 1, o, q);
                     rd_kafka_NewTopic_destroy(topic);
                 });
}

QString deleteTopic(rd_kafka_t *rk, const QByteArray &name)
{
    return admin(rk, RD_KAFKA_EVENT_DELETETOPICS_RESULT,
                 [&](rd_kafka_AdminOptions_t *o, rd_kafka_queue_t *q) {
                     rd_kafka_DeleteTopic_t *topic = rd_kafka_DeleteTopic_new(name.constData());
                     rd_kafka_DeleteTopics(rk, &topic, 1, o, q);
                     rd_kafka_DeleteTopic_destroy(topic);
                 });
}

/// One order event shaped like the stack generator's.
QByteArray orderEvent(qint64 seq, qint64 order, const char *type, qint64 timeMs)
{
    static const char *currencies[] = {"EUR", "EUR", "USD", "GBP", "PLN"};
    const QString json =
        u"{\"event_id\":\"evt-bench-%1\",\"event_type\":\"%2\",\"order_id\":\"ord-bench-%3\","
        "\"customer_id\":\"cus-%4\",\"amount\":%5,\"currency\":\"%6\",\"item_count\":%7,"
        "\"event_time\":\"%8\",\"ship_by\":\"%9\",\"promised_delivery\":\"%10\"}"_s
            .arg(seq, 9, 10, QLatin1Char('0'))
            .arg(QLatin1String(type))
            .arg(order, 7, 10, QLatin1Char('0'))
            .arg(1 + order % 4000, 5, 10, QLatin1Char('0'))
            .arg(double(1200 + order % 48800) / 100.0, 0, 'f', 2)
            .arg(QLatin1String(currencies[order % 5]))
            .arg(1 + order % 3)
            .arg(iso(timeMs), iso(timeMs + 90000), iso(timeMs + 240000));
    return json.toUtf8();
}

/// Produces @p events events (or, with no @p rk, only counts their bytes); returns the bytes of the keys
/// and values written, -1 on failure.
qint64 produce(rd_kafka_t *rk, const QByteArray &topic, qint64 events)
{
    static const char *stages[] = {"created", "paid", "packed", "shipped", "delivered"};
    constexpr qint64 kBlock = 10000; // orders open at once
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - 20 * 60000;
    qint64 bytes = 0;
    qint64 seq = 0;
    for (qint64 block = 0; seq < events; ++block) {
        for (int stage = 0; stage < 5 && seq < events; ++stage) {
            for (qint64 i = 0; i < kBlock && seq < events; ++i, ++seq) {
                const qint64 order = block * kBlock + i;
                const QByteArray value = orderEvent(seq, order, stages[stage], start + seq);
                const QByteArray key = "ord-bench-" + QByteArray::number(order);
                bytes += value.size() + key.size();
                if (!rk)
                    continue;
                rd_kafka_resp_err_t err;
                while ((err = rd_kafka_producev(
                            rk, RD_KAFKA_V_TOPIC(topic.constData()),
                            RD_KAFKA_V_KEY(key.constData(), size_t(key.size())),
                            RD_KAFKA_V_VALUE(const_cast<char *>(value.constData()), size_t(value.size())),
                            RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY), RD_KAFKA_V_END)) ==
                       RD_KAFKA_RESP_ERR__QUEUE_FULL)
                    rd_kafka_poll(rk, 50);
                if (err != RD_KAFKA_RESP_ERR_NO_ERROR)
                    return -1;
                rd_kafka_poll(rk, 0);
            }
        }
    }
    return !rk || rd_kafka_flush(rk, 120000) == RD_KAFKA_RESP_ERR_NO_ERROR ? bytes : -1;
}

qint64 produceBytes(qint64 events)
{
    return produce(nullptr, QByteArray(), events);
}

double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

struct ConsumeResult
{
    double seconds = 0;
    double cpuSeconds = 0; ///< of the collector's thread
    qint64 messages = 0;
    qint64 events = 0;
    qint64 rejected = 0;
    qint64 trackedOrders = 0;
    qint64 memoryBytes = 0;
    int snapshots = 0;
    double snapshotMsMax = 0;
};

ConsumeResult consumeWithCollector(const QString &topic, int partitions, const QStringList &properties)
{
    ClusterProfile profile;
    profile.name = u"bench"_s;
    profile.bootstrapServers = QString::fromLatin1(kBootstrap);
    profile.business.topics = {EventTopicConfig::withDefaults(topic, EventKind::Order, EventFormat::Json)};
    for (const QString &kv : properties)
        profile.kafkaProperties.append({kv.section(u'=', 0, 0), kv.section(u'=', 1)});
    EventTopicCollector collector(profile);
    collector.setStartTimeMs(0); // from the beginning of every partition
    ConsumeResult r;
    const double cpuStart = threadCpuSeconds();
    QElapsedTimer clock;
    clock.start();
    QElapsedTimer sinceSnapshot;
    sinceSnapshot.start();
    const QDeadlineTimer deadline(30 * 60000);
    do {
        collector.collectOnce();
        if (sinceSnapshot.elapsed() >= EventTopicCollector::kPublishIntervalMs) {
            // What the collector's thread does once a second for the dashboard.
            QElapsedTimer snapshotClock;
            snapshotClock.start();
            const BusinessSnapshot s = collector.snapshot();
            r.snapshotMsMax = std::max(r.snapshotMsMax, double(snapshotClock.nsecsElapsed()) / 1e6);
            ++r.snapshots;
            sinceSnapshot.start();
        }
    } while (!collector.caughtUp() && !deadline.hasExpired());
    r.seconds = double(clock.nsecsElapsed()) / 1e9;
    r.cpuSeconds = threadCpuSeconds() - cpuStart;
    const BusinessSnapshot s = collector.snapshot();
    if (!s.topics.isEmpty()) {
        r.messages = s.topics[0].messages;
        r.events = s.topics[0].events;
        r.rejected = s.topics[0].rejected;
        if (s.topics[0].partitions != partitions)
            say(u"the collector assigned %1 of %2 partitions"_s.arg(s.topics[0].partitions).arg(partitions));
    }
    r.trackedOrders = s.trackedOrders;
    r.memoryBytes = s.memoryBytes;
    return r;
}

double kcatSeconds(const QString &topic)
{
    QProcess kcat;
    kcat.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer clock;
    clock.start();
    kcat.start(u"kcat"_s, {u"-C"_s, u"-b"_s, QString::fromLatin1(kBootstrap), u"-t"_s, topic, u"-o"_s,
                           u"beginning"_s, u"-e"_s, u"-q"_s});
    if (!kcat.waitForFinished(30 * 60000) || kcat.exitCode() != 0)
        return -1;
    return double(clock.nsecsElapsed()) / 1e9;
}

/// Where a message's time goes without Kafka: decoding alone, then decoding and aggregating, over the
/// same events in memory.
void inMemoryBreakdown(qint64 events)
{
    static const char *stages[] = {"created", "paid", "packed", "shipped", "delivered"};
    std::vector<QByteArray> payloads;
    payloads.reserve(size_t(events));
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - 20 * 60000;
    for (qint64 seq = 0; seq < events; ++seq) {
        const qint64 block = seq / 50000;
        const qint64 order = block * 10000 + seq % 10000;
        payloads.push_back(orderEvent(seq, order, stages[(seq / 10000) % 5], start + seq));
    }
    const EventTopicConfig topic =
        EventTopicConfig::withDefaults(u"bench"_s, EventKind::Order, EventFormat::Json);
    EventDecoder decoder(topic);
    QElapsedTimer clock;
    clock.start();
    qint64 decoded = 0;
    for (const QByteArray &p : payloads)
        decoded +=
            decoder.decode(std::string_view(p.constData(), size_t(p.size()))) == EventDecoder::Result::Event;
    const double decodeNs = double(clock.nsecsElapsed()) / double(events);
    BusinessConfig config;
    config.topics = {topic};
    BusinessState state(config);
    EventOrigin origin;
    origin.topic = topic.topic;
    origin.partition = 0;
    clock.start();
    for (const QByteArray &p : payloads) {
        if (decoder.decode(std::string_view(p.constData(), size_t(p.size()))) == EventDecoder::Result::Event)
            state.apply(decoder.event(), origin);
        ++origin.offset;
    }
    const double bothNs = double(clock.nsecsElapsed()) / double(events);
    clock.start();
    state.expire();
    const double expireMs = double(clock.nsecsElapsed()) / 1e6;
    clock.start();
    const BusinessSnapshot snapshot = state.snapshot();
    const double snapshotMs = double(clock.nsecsElapsed()) / 1e6;
    std::printf("\n| in memory, per message (%lld events, %lld decoded) | ns |\n|---|---:|\n", events,
                decoded);
    std::printf("| EventDecoder::decode | %.0f |\n| decode + BusinessState::apply | %.0f |\n", decodeNs,
                bothNs);
    std::printf("| BusinessState::expire() once, %lld orders | %.1f ms |\n| BusinessState::snapshot() once | "
                "%.1f ms |\n",
                snapshot.trackedOrders, expireMs, snapshotMs);
}

void openOrdersMemory(int count)
{
    BusinessConfig config = BusinessConfig::stackDefaults();
    const double rssBefore = BenchTools::rssMiB();
    BusinessState state(config);
    const qint64 t0 = QDateTime::currentMSecsSinceEpoch();
    std::string orderId;
    std::string customer;
    EventOrigin origin;
    origin.topic = u"orders"_s;
    origin.partition = 0;
    for (int i = 0; i < count; ++i) {
        orderId = "ord-bench-" + std::to_string(1000000 + i);
        customer = "cus-" + std::to_string(1 + i % 4000);
        BusinessEvent e;
        e.kind = EventKind::Order;
        e.dedupeKey = std::hash<std::string>{}(orderId) ^ 0x9e3779b97f4a7c15ULL;
        e.orderId = orderId;
        e.status = "created";
        e.currency = "EUR";
        e.customer = customer;
        e.amount = 12.5 + i % 400;
        e.eventTimeMs = t0 + i;
        e.shipByMs = t0 + i + 90000;
        e.promisedDeliveryMs = t0 + i + 240000;
        origin.offset = i;
        state.apply(e, origin);
    }
    state.expire();
    const double rssAfter = BenchTools::rssMiB();
    std::printf("\n| open orders | BusinessState::memoryBytes() | RSS growth |\n|---:|---:|---:|\n");
    std::printf("| %d | %.1f MiB (%.0f bytes/order) | %.1f MiB (%.0f bytes/order) |\n",
                int(state.trackedOrders()), double(state.memoryBytes()) / 1048576.0,
                double(state.memoryBytes()) / count, rssAfter - rssBefore,
                (rssAfter - rssBefore) * 1048576.0 / count);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Event-topic collector throughput against kcat, and state memory"_s);
    parser.addHelpOption();
    parser.addOption({u"events"_s, u"Events produced to the bench topic."_s, u"n"_s, u"1000000"_s});
    parser.addOption({u"partitions"_s, u"Partitions of the bench topic."_s, u"n"_s, u"6"_s});
    parser.addOption(
        {u"open-orders"_s, u"Distinct open orders for the memory figure."_s, u"n"_s, u"100000"_s});
    parser.addOption({u"keep-topic"_s, u"Do not delete the bench topic."_s});
    parser.addOption(
        {u"in-memory-only"_s, u"Only the in-memory decode and aggregate breakdown (no stack)."_s});
    parser.addOption({u"property"_s, u"A librdkafka property of the collector's consumer (repeatable)."_s,
                      u"key=value"_s});
    parser.addOption(
        {u"topic"_s, u"Read this existing bench topic (kept) instead of producing one."_s, u"name"_s});
    parser.process(app);
    const qint64 events = parser.value(u"events"_s).toLongLong();
    const int partitions = parser.value(u"partitions"_s).toInt();

    if (parser.isSet(u"in-memory-only"_s)) {
        inMemoryBreakdown(events);
        return 0;
    }
    // First, before this process has allocated and freed much: the resident memory it grows by is the
    // state's.
    openOrdersMemory(parser.value(u"open-orders"_s).toInt());
    std::printf("\n");

    const bool reuse = parser.isSet(u"topic"_s);
    const QString topic =
        reuse ? parser.value(u"topic"_s) : u"tw-bench-events-%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
    const QByteArray topicName = topic.toUtf8();
    RdKafka client = newClient(true);
    if (const QString error = reuse ? QString() : createTopic(client.get(), topicName, partitions);
        !error.isEmpty()) {
        say(u"cannot create %1: %2"_s.arg(topic, error));
        return 1;
    }
    const auto drop = qScopeGuard([&] {
        if (!parser.isSet(u"keep-topic"_s) && !reuse) {
            const QString error = deleteTopic(client.get(), topicName);
            say(error.isEmpty() ? u"deleted %1"_s.arg(topic) : u"cannot delete %1: %2"_s.arg(topic, error));
        }
    });
    QElapsedTimer produceClock;
    produceClock.start();
    qint64 bytes = 0;
    if (reuse) {
        bytes = produceBytes(events); // the same events, not sent again
    } else {
        QThread::msleep(2000); // leaders elected
        say(u"producing %1 events to %2 (%3 partitions)"_s.arg(events).arg(topic).arg(partitions));
        bytes = produce(client.get(), topicName, events);
    }
    if (bytes < 0) {
        say(u"producing failed"_s);
        return 1;
    }
    say(u"produced %1 MB in %2 s"_s.arg(double(bytes) / 1e6, 0, 'f', 1).arg(produceClock.elapsed() / 1000.0));

    // kcat first and last, the collector between: the page cache is warm for both.
    const double kcat1 = kcatSeconds(topic);
    const ConsumeResult ours = consumeWithCollector(topic, partitions, parser.values(u"property"_s));
    const double kcat2 = kcatSeconds(topic);
    const double kcat = std::min(kcat1, kcat2);

    const double mb = double(bytes) / 1e6;
    std::printf("| reader | messages | seconds | events/s | MB/s |\n|---|---:|---:|---:|---:|\n");
    std::printf("| EventTopicCollector (decode + aggregate, 1 thread) | %lld | %.2f | %.0f | %.1f |\n",
                ours.messages, ours.seconds, double(ours.messages) / ours.seconds, mb / ours.seconds);
    std::printf(
        "| kcat -C -o beginning -e -q > /dev/null (best of 2: %.2f, %.2f s) | %lld | %.2f | %.0f | %.1f |\n",
        kcat1, kcat2, events, kcat, double(events) / kcat, mb / kcat);
    std::printf("\nratio (collector / kcat, events/s): %.2f (target >= 0.70)\n", kcat / ours.seconds);
    std::printf(
        "collector: %.2f s CPU on its thread, %lld events, %lld rejected, %lld orders tracked, state %.1f "
        "MiB, %d snapshots (slowest %.1f ms)\n",
        ours.cpuSeconds, ours.events, ours.rejected, ours.trackedOrders, double(ours.memoryBytes) / 1048576.0,
        ours.snapshots, ours.snapshotMsMax);
    if (ours.messages != events)
        say(u"the collector read %1 of %2 messages"_s.arg(ours.messages).arg(events));

    inMemoryBreakdown(events);
    return ours.messages == events ? 0 : 1;
}
