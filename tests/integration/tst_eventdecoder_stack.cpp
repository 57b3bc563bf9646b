// EventDecoder against what the stack's generator really writes: reads the event topics from the
// beginning and checks each message's verdict against the fault the generator says it injected (its
// tw-fault header): none (and every change event) -> an event, truncated / not-json -> not-json, wrong-type
// -> wrong-type on the amount (orders) or the hub latitude (shipments), missing-field -> missing-field unless
// the field it dropped is optional in the mapping.
#include "EventDecoder.h"
#include "StackTools.h"

#include <librdkafka/rdkafka.h>

#include <QElapsedTimer>
#include <QMap>
#include <QTest>

#include <memory>

using namespace Tidewatch;
using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QByteArray payload;
    QByteArray fault; ///< the tw-fault header, "" when none
};

struct RdKafkaDeleter
{
    void operator()(rd_kafka_t *rk) const
    {
        rd_kafka_consumer_close(rk);
        rd_kafka_destroy(rk);
    }
};

/// Up to @p limit messages of @p topic from the beginning of each partition (fewer when the
/// partitions end first); @p error says why when none could be read.
QList<Message> readTopic(const char *topic, int limit, QString &error)
{
    char err[512];
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    rd_kafka_conf_set(conf, "bootstrap.servers", StackTools::kBootstrap, err, sizeof err);
    rd_kafka_conf_set(conf, "group.id", "tw-decoder-test", err, sizeof err); // required; never committed
    rd_kafka_conf_set(conf, "enable.auto.commit", "false", err, sizeof err);
    rd_kafka_conf_set(conf, "enable.partition.eof", "true", err, sizeof err);
    std::unique_ptr<rd_kafka_t, RdKafkaDeleter> rk(rd_kafka_new(RD_KAFKA_CONSUMER, conf, err, sizeof err));
    if (!rk) {
        error = QString::fromUtf8(err);
        return {};
    }
    rd_kafka_topic_t *t = rd_kafka_topic_new(rk.get(), topic, nullptr);
    const rd_kafka_metadata_t *md = nullptr;
    if (rd_kafka_metadata(rk.get(), 0, t, &md, 15000) != RD_KAFKA_RESP_ERR_NO_ERROR || md->topic_cnt != 1) {
        rd_kafka_topic_destroy(t);
        error = u"no metadata for "_s + QString::fromLatin1(topic);
        return {};
    }
    const int partitions = md->topics[0].partition_cnt;
    rd_kafka_topic_partition_list_t *list = rd_kafka_topic_partition_list_new(partitions);
    for (int p = 0; p < partitions; ++p)
        rd_kafka_topic_partition_list_add(list, topic, p)->offset = RD_KAFKA_OFFSET_BEGINNING;
    rd_kafka_metadata_destroy(md);
    rd_kafka_topic_destroy(t);
    rd_kafka_assign(rk.get(), list);
    rd_kafka_topic_partition_list_destroy(list);

    QList<Message> out;
    int ended = 0;
    QElapsedTimer timer;
    timer.start();
    while (out.size() < limit && ended < partitions && timer.elapsed() < 60000) {
        rd_kafka_message_t *m = rd_kafka_consumer_poll(rk.get(), 500);
        if (!m)
            continue;
        if (m->err == RD_KAFKA_RESP_ERR__PARTITION_EOF) {
            ++ended;
        } else if (!m->err) {
            Message msg{QByteArray(static_cast<const char *>(m->payload), qsizetype(m->len)), {}};
            rd_kafka_headers_t *headers = nullptr;
            const void *value = nullptr;
            size_t size = 0;
            if (rd_kafka_message_headers(m, &headers) == RD_KAFKA_RESP_ERR_NO_ERROR &&
                rd_kafka_header_get_last(headers, "tw-fault", &value, &size) == RD_KAFKA_RESP_ERR_NO_ERROR)
                msg.fault = QByteArray(static_cast<const char *>(value), qsizetype(size));
            out << msg;
        }
        rd_kafka_message_destroy(m);
    }
    return out;
}

/// What @p decoder must say of a message carrying @p fault, in the notation of verdict(); several
/// answers separated by '|'.
QString expectedFor(EventKind kind, EventFormat format, const QByteArray &fault)
{
    if (format == EventFormat::Debezium)
        return u"event"_s; // the generator injects no faults into change events
    if (fault.isEmpty())
        return u"event"_s;
    if (fault == "truncated" || fault == "not-json")
        return u"not-json"_s;
    if (fault == "wrong-type") {
        return kind == EventKind::Order ? u"wrong-type /amount: expected a number, got a string"_s
                                        : u"wrong-type /hub/lat: expected a number, got a string"_s;
    }
    // missing-field: shipments may lose order_id, which is optional; the generator treats an order
    // event that carries a shipment_id as a shipment and may drop that shipment_id, or a status
    // member an order event does not have
    return u"missing-field|event"_s;
}

} // namespace

class TestEventDecoderStack : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void generatorFaults_data()
    {
        QTest::addColumn<QString>("topic");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("format");
        QTest::newRow("orders") << u"orders"_s << int(EventKind::Order) << int(EventFormat::Json);
        QTest::newRow("shipments") << u"shipments"_s << int(EventKind::Shipment) << int(EventFormat::Json);
        QTest::newRow("orders-cdc") << u"orders-cdc"_s << int(EventKind::Order) << int(EventFormat::Debezium);
    }
    void generatorFaults()
    {
        QFETCH(QString, topic);
        QFETCH(int, kind);
        QFETCH(int, format);
        QString error;
        const QList<Message> messages = readTopic(qPrintable(topic), 20000, error);
        // The stack's generator writes to every event topic: nothing to read is a broken stack.
        QVERIFY2(!messages.isEmpty(), qPrintable(u"nothing to read from "_s + topic + u": "_s + error));

        EventDecoder decoder(EventTopicConfig::withDefaults(topic, EventKind(kind), EventFormat(format)));
        // decoding alone first, for the figure; then the checks
        QElapsedTimer timer;
        timer.start();
        int events = 0;
        for (const Message &m : messages)
            events +=
                decoder.decode(std::string_view(m.payload.constData(), std::size_t(m.payload.size()))) ==
                EventDecoder::Result::Event;
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        QMap<QString, int> tally;
        for (const Message &m : messages) {
            const auto result =
                decoder.decode(std::string_view(m.payload.constData(), std::size_t(m.payload.size())));
            QString verdict;
            switch (result) {
            case EventDecoder::Result::Event:
                verdict = u"event"_s;
                break;
            case EventDecoder::Result::Skipped:
                verdict = u"skipped"_s;
                break;
            case EventDecoder::Result::Tombstone:
                verdict = u"tombstone"_s;
                break;
            case EventDecoder::Result::Rejected:
                verdict = decoder.reasonKind();
                if (verdict == u"wrong-type")
                    verdict += u' ' + decoder.reason();
                break;
            }
            const QString expected = expectedFor(EventKind(kind), EventFormat(format), m.fault);
            if (!expected.split(u'|').contains(verdict)) {
                QFAIL(qPrintable(u"fault \""_s + QString::fromLatin1(m.fault) + u"\": "_s + verdict +
                                 u" ("_s + decoder.reason() + u") for "_s +
                                 QString::fromUtf8(m.payload.left(200))));
            }
            ++tally[(m.fault.isEmpty() ? u"none"_s : QString::fromLatin1(m.fault)) + u" -> "_s +
                    verdict.section(u' ', 0, 0)];
        }
        for (auto it = tally.cbegin(); it != tally.cend(); ++it)
            qInfo("%s: %s %d", qPrintable(topic), qPrintable(it.key()), it.value());
        qInfo("%s: %lld messages decoded in %.3f s (%.0f msgs/s in this build)", qPrintable(topic),
              static_cast<long long>(messages.size()), seconds, double(messages.size()) / seconds);
        QVERIFY(tally.value(u"none -> event"_s) > 0);
        QCOMPARE(events, tally.value(u"none -> event"_s) + tally.value(u"missing-field -> event"_s));
    }
};

QTEST_GUILESS_MAIN(TestEventDecoderStack)
#include "tst_eventdecoder_stack.moc"
