#include "EventDecoder.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>

using namespace Tidewatch;
using namespace Qt::StringLiterals;

namespace {

/// JSON written with ' for " (moc does not understand raw strings, and escaped quotes are unreadable).
QByteArray j(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

std::string_view view(const QByteArray &bytes)
{
    return {bytes.constData(), std::size_t(bytes.size())};
}

/// "orders", "shipments", "cdc" (orders, Debezium) or "cdc-shipments", optionally followed by a time
/// format: "orders/iso", "orders/ms", "orders/s".
EventTopicConfig config(const QString &spec)
{
    const QStringList parts = spec.split(u'/');
    const QString &topic = parts.at(0);
    const bool cdc = topic.startsWith(u"cdc");
    const EventKind kind = topic.endsWith(u"shipments") ? EventKind::Shipment : EventKind::Order;
    EventTopicConfig c =
        EventTopicConfig::withDefaults(topic, kind, cdc ? EventFormat::Debezium : EventFormat::Json);
    const QString format = parts.value(1);
    if (format == u"iso")
        c.timeFormat = TimeFormat::Iso8601;
    else if (format == u"ms")
        c.timeFormat = TimeFormat::EpochMillis;
    else if (format == u"s")
        c.timeFormat = TimeFormat::EpochSeconds;
    return c;
}

QString str(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

/// The decoder's verdict in one line: "event order=... status=... time=... ...", "tombstone", "skipped"
/// or "rejected <kind>: <reason>".
QString verdict(EventDecoder &decoder, const QByteArray &payload)
{
    switch (decoder.decode(view(payload))) {
    case EventDecoder::Result::Tombstone:
        return u"tombstone"_s;
    case EventDecoder::Result::Skipped:
        return u"skipped"_s;
    case EventDecoder::Result::Rejected:
        return u"rejected "_s + decoder.reasonKind() + u": "_s + decoder.reason();
    case EventDecoder::Result::Event:
        break;
    }
    const BusinessEvent &e = decoder.event();
    QStringList parts{e.change == BusinessEvent::Change::Delete ? u"delete"_s : u"event"_s};
    auto text = [&parts](const char *name, std::string_view v) {
        if (!v.empty())
            parts << QLatin1StringView(name) + u'=' + str(v);
    };
    text("order", e.orderId);
    text("shipment", e.shipmentId);
    text("status", e.status);
    parts << u"time="_s + iso(e.eventTimeMs);
    if (e.amount)
        parts << u"amount="_s + QString::number(*e.amount, 'g', 12);
    text("currency", e.currency);
    text("customer", e.customer);
    text("carrier", e.carrier);
    text("hub", e.hubName);
    text("code", e.hubCode);
    if (e.hubLat)
        parts << u"lat="_s + QString::number(*e.hubLat, 'g', 12);
    if (e.hubLon)
        parts << u"lon="_s + QString::number(*e.hubLon, 'g', 12);
    if (e.shipByMs)
        parts << u"shipBy="_s + iso(*e.shipByMs);
    if (e.promisedDeliveryMs)
        parts << u"promised="_s + iso(*e.promisedDeliveryMs);
    if (e.etaMs)
        parts << u"eta="_s + iso(*e.etaMs);
    if (e.stateOnly)
        parts << u"state-only"_s;
    return parts.join(u' ');
}

// What the stack's generator writes (EventGenerator.java), one of each shape.
const char *const kOrder =
    "{'event_id':'evt-h4h-000000001','event_type':'created','order_id':'ord-h4h-0000001',"
    "'customer_id':'cus-03174','amount':430.49,'currency':'EUR','item_count':2,"
    "'event_time':'2026-12-06T08:52:01.887Z','ship_by':'2026-12-06T08:53:31.887Z',"
    "'promised_delivery':'2026-12-06T08:56:01.887Z'}";
const char *const kShipment = "{'event_id':'evt-h4h-000000798','shipment_id':'shp-h4h-0000069','order_id':"
                              "'ord-h4h-0000069','carrier':'DPD','hub':{'name':'Rotterdam DC','code':'RTM',"
                              "'lat':51.9244,'lon':4.4777},'status':'label_created','eta':"
                              "'2026-12-06T08:54:15.039Z','promised_delivery':'2026-12-06T08:56:05.225Z',"
                              "'event_time':'2026-12-06T08:51:44.543Z'}";
const char *const kCdcCreate =
    "{'before':null,'after':{'order_id':'ord-h4h-0000002','customer_id':'cus-02596',"
    "'status':'created','amount':39.78,'currency':'EUR','item_count':1,'ship_by':"
    "1796547213518,'promised_delivery':1796547363518,'created_at':1796547123518,"
    "'updated_at':1796547123518},'op':'c','source':{'version':'2.7.3.Final','connector':"
    "'postgresql','name':'shopdb','ts_ms':1796547123518,'snapshot':'false','db':'shop',"
    "'schema':'public','table':'orders','txId':100002,'lsn':24000624},'ts_ms':"
    "1796547123555,'transaction':null}";

const QByteArray kWrappedCdc = j("{'schema':{'type':'struct','optional':false,'fields':[{'field':'before',"
                                 "'type':'struct'},{'field':'op','type':'string'}]},'payload':") +
                               j(kCdcCreate) + '}';

const QString kOrderEvent = u"event order=ord-h4h-0000001 status=created time=2026-12-06T08:52:01.887Z "
                            "amount=430.49 currency=EUR customer=cus-03174 shipBy=2026-12-06T08:53:31.887Z "
                            "promised=2026-12-06T08:56:01.887Z"_s;

/// kOrder with @p from replaced by @p to (both in ' notation).
QByteArray order(const char *from, const char *to)
{
    QByteArray o = j(kOrder);
    const QByteArray f = j(from);
    Q_ASSERT(o.contains(f));
    return o.replace(f, j(to));
}

QByteArray shipment(const char *from, const char *to)
{
    QByteArray s = j(kShipment);
    const QByteArray f = j(from);
    Q_ASSERT(s.contains(f));
    return s.replace(f, j(to));
}

/// A minimal order whose event_time is @p time (raw JSON, ' notation).
QByteArray timed(const char *time)
{
    return j("{'order_id':'o-1','event_type':'paid','event_time':") + j(time) + '}';
}

/// A Debezium envelope of op @p op with @p before and @p after row images (raw JSON, ' notation).
QByteArray cdc(const char *op, const char *before, const char *after)
{
    return j("{'before':") + j(before) + j(",'after':") + j(after) + j(",'op':") + j(op) +
           j(",'source':{'ts_ms':1796547123518},'ts_ms':1796547123555}");
}

} // namespace

class TestEventDecoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decode_data()
    {
        QTest::addColumn<QString>("topic");
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("expected");
        auto row = [](const char *name, const QString &topic, const QByteArray &payload,
                      const QString &expected) {
            QTest::newRow(name) << topic << payload << expected;
        };
        const QString orders = u"orders"_s;
        const QString shipments = u"shipments"_s;
        const QString cdcOrders = u"cdc"_s;

        // Plain events
        row("order", orders, j(kOrder), kOrderEvent);
        row("order with shipment", orders, order("}", ",'shipment_id':'shp-1','carrier':'DHL'}"),
            u"event order=ord-h4h-0000001 shipment=shp-1 status=created time=2026-12-06T08:52:01.887Z "
            "amount=430.49 currency=EUR customer=cus-03174 carrier=DHL shipBy=2026-12-06T08:53:31.887Z "
            "promised=2026-12-06T08:56:01.887Z"_s);
        row("shipment, hub nested", shipments, j(kShipment),
            u"event order=ord-h4h-0000069 shipment=shp-h4h-0000069 status=label_created "
            "time=2026-12-06T08:51:44.543Z carrier=DPD hub=Rotterdam DC code=RTM lat=51.9244 lon=4.4777 "
            "promised=2026-12-06T08:56:05.225Z eta=2026-12-06T08:54:15.039Z"_s);
        row("shipment without order id", shipments,
            j("{'shipment_id':'s-1','status':'delivered','event_time':'2026-12-06T08:51:44.543Z'}"),
            u"event shipment=s-1 status=delivered time=2026-12-06T08:51:44.543Z"_s);
        row("only the required fields", orders, timed("'2026-12-06T08:50:12.123Z'"),
            u"event order=o-1 status=paid time=2026-12-06T08:50:12.123Z"_s);
        row("integer ids", orders, j("{'order_id':12345,'event_type':'paid','event_time':0}"),
            u"event order=12345 status=paid time=1970-01-01T00:00:00.000Z"_s);
        row("null optional fields are absent", orders,
            j("{'order_id':'o-1','event_type':'paid','event_time':0,'amount':null,'currency':null}"),
            u"event order=o-1 status=paid time=1970-01-01T00:00:00.000Z"_s);
        row("unknown members are ignored", orders,
            j("{'x':[{'order_id':'no'}],'order_id':'o-1','event_type':'paid','event_time':0,'y':{'z':1}}"),
            u"event order=o-1 status=paid time=1970-01-01T00:00:00.000Z"_s);
        row("escapes", orders,
            j("{'order_id':'o\\'1\\\\2','event_type':'paid','event_time':0,'customer_id':'Ren\\u00e9e "
              "\\ud83d\\ude9a','currency':'\\u20ac'}"),
            u"event order=o\"1\\2 status=paid time=1970-01-01T00:00:00.000Z currency=\u20ac customer=Ren\u00e9e "_s +
                QString::fromUtf8("\xF0\x9F\x9A\x9A"));
        row("tombstone", orders, QByteArray(), u"tombstone"_s);
        row("array", orders, "[1,2]", u"rejected not-an-object: not a JSON object: an array"_s);
        row("string", orders, j("'x'"), u"rejected not-an-object: not a JSON object: a string"_s);
        row("null", orders, "null", u"rejected not-an-object: not a JSON object: null"_s);

        // Types
        row("fractional id", orders, j("{'order_id':12.5,'event_type':'paid','event_time':0}"),
            u"rejected wrong-type: /order_id: expected a string or an integer, got a number"_s);
        row("status not a string", orders, j("{'order_id':'o-1','event_type':3,'event_time':0}"),
            u"rejected wrong-type: /event_type: expected a string, got a number"_s);
        row("null required id", orders, j("{'order_id':null,'event_type':'paid','event_time':0}"),
            u"rejected missing-field: missing /order_id"_s);
        row("event id an object", orders,
            j("{'event_id':{},'order_id':'o-1','event_type':'paid','event_time':0}"),
            u"rejected wrong-type: /event_id: expected a string or an integer, got an object"_s);
        row("currency a boolean", orders,
            j("{'order_id':'o-1','event_type':'paid','event_time':0,'currency':true}"),
            u"rejected wrong-type: /currency: expected a string, got a boolean"_s);
        row("amount beyond a double", orders,
            j("{'order_id':'o-1','event_type':'paid','event_time':0,'amount':1e999}"),
            u"rejected wrong-type: /amount: out of range: 1e999"_s);
        row("nested too deeply", orders, QByteArray(70, '['),
            u"rejected not-json: not JSON: nested too deeply at byte 64"_s);
        row("hub an array", shipments, j("{'shipment_id':'s-1','status':'delayed','event_time':0,'hub':[1]}"),
            u"event shipment=s-1 status=delayed time=1970-01-01T00:00:00.000Z"_s);

        // The generator's faults
        for (const int cut : {1, 2, 40, 117, 200, 255, int(qstrlen(kOrder)) - 1}) {
            const QByteArray truncated = j(kOrder).left(cut);
            QTest::addRow("truncated at %d", cut)
                << orders << truncated
                << u"rejected not-json: not JSON: unexpected end at byte "_s + QString::number(cut);
        }
        row("wrong-type amount", orders,
            order("'amount':430.49", "'amount':'430.49 EUR'")
                .replace(j("'2026-12-06T08:52:01.887Z'"), "1796547121887"),
            u"rejected wrong-type: /amount: expected a number, got a string"_s);
        row("event_time a number under Iso8601", u"orders/iso"_s,
            order("'event_time':'2026-12-06T08:52:01.887Z'", "'event_time':1796547121887"),
            u"rejected wrong-type: /event_time: expected an ISO-8601 string, got a number"_s);
        row("event_time a number under Auto", orders,
            order("'event_time':'2026-12-06T08:52:01.887Z'", "'event_time':1796547121887"), kOrderEvent);
        row("hub lat north-ish", shipments, shipment("'lat':51.9244", "'lat':'north-ish'"),
            u"rejected wrong-type: /hub/lat: expected a number, got a string"_s);
        row("order without order_id", orders, order("'order_id':'ord-h4h-0000001',", ""),
            u"rejected missing-field: missing /order_id"_s);
        row("order without event_type", orders, order("'event_type':'created',", ""),
            u"rejected missing-field: missing /event_type"_s);
        row("order without event_time", orders, order("'event_time':'2026-12-06T08:52:01.887Z',", ""),
            u"rejected missing-field: missing /event_time"_s);
        row("shipment without shipment_id", shipments, shipment("'shipment_id':'shp-h4h-0000069',", ""),
            u"rejected missing-field: missing /shipment_id"_s);
        row("shipment without status", shipments, shipment("'status':'label_created',", ""),
            u"rejected missing-field: missing /status"_s);
        row("shipment without event_time", shipments,
            shipment(",'event_time':'2026-12-06T08:51:44.543Z'", ""),
            u"rejected missing-field: missing /event_time"_s);
        row("not json", orders,
            "order_id=ord-h4h-0000001;event_time=2026-12-06T08:52:01.887Z;<unparsable payload>",
            u"rejected not-json: not JSON: unexpected character at byte 0"_s);
        row("invalid after every field was seen", orders, j(kOrder) + ",",
            u"rejected not-json: not JSON: unexpected data after the document at byte "_s +
                QString::number(qstrlen(kOrder)));

        // Debezium
        const QString cdcEvent =
            u"order=ord-h4h-0000002 status=created time=2026-12-06T08:52:03.518Z amount=39.78 "
            "currency=EUR customer=cus-02596 shipBy=2026-12-06T08:53:33.518Z "
            "promised=2026-12-06T08:56:03.518Z"_s;
        row("cdc c", cdcOrders, j(kCdcCreate), u"event "_s + cdcEvent);
        row("cdc r", cdcOrders, j(kCdcCreate).replace(j("'op':'c'"), j("'op':'r'")),
            u"event "_s + cdcEvent + u" state-only"_s);
        row("cdc after twice", cdcOrders,
            j("{'after':{'order_id':'A','status':'shipped','updated_at':1},'after':{'order_id':'B'},'op':'u',"
              "'source':{'ts_ms':1796547123518}}"),
            u"rejected not-json: not JSON: duplicate member at byte 68"_s);
        row("empty order id", orders, order("'order_id':'ord-h4h-0000001'", "'order_id':''"),
            u"rejected missing-field: missing /order_id"_s);
        row("empty status", orders, order("'event_type':'created'", "'event_type':''"),
            u"rejected missing-field: missing /event_type"_s);
        row("cdc u: after wins", cdcOrders,
            cdc("'u'", "{'order_id':'o-1','status':'created'}", "{'order_id':'o-1','status':'paid'}"),
            u"event order=o-1 status=paid time=2026-12-06T08:52:03.518Z"_s);
        row("cdc d: before", cdcOrders, cdc("'d'", "{'order_id':'o-1','status':'delivered'}", "null"),
            u"delete order=o-1 status=delivered time=2026-12-06T08:52:03.518Z"_s);
        row("cdc d: key only", cdcOrders, cdc("'d'", "{'order_id':'o-1'}", "null"),
            u"delete order=o-1 time=2026-12-06T08:52:03.518Z"_s);
        row("cdc t", cdcOrders, j("{'before':null,'after':null,'op':'t','source':{'ts_ms':1}}"),
            u"skipped"_s);
        row("cdc m", cdcOrders, j("{'op':'m','source':{'ts_ms':1},'message':{'prefix':'x'}}"), u"skipped"_s);
        row("cdc unknown op", cdcOrders, cdc("'x'", "null", "{'order_id':'o-1','status':'paid'}"),
            u"rejected unknown-op: unknown op \"x\""_s);
        row("cdc missing op", cdcOrders, j("{'before':null,'after':{'order_id':'o-1','status':'paid'}}"),
            u"rejected unknown-op: missing op"_s);
        row("cdc op a number", cdcOrders, cdc("5", "null", "{'order_id':'o-1','status':'paid'}"),
            u"rejected unknown-op: unknown op: expected a string, got a number"_s);
        row("cdc c without after", cdcOrders, cdc("'c'", "null", "null"),
            u"rejected missing-field: missing after"_s);
        row("cdc d without before", cdcOrders, cdc("'d'", "null", "null"),
            u"rejected missing-field: missing before"_s);
        row("cdc after not an object", cdcOrders, cdc("'u'", "null", "'row'"),
            u"rejected missing-field: missing after"_s);
        row("cdc schema and payload", cdcOrders,
            j("{'schema':{'type':'struct','fields':[{'field':'op','type':'string'}],'name':'x.Envelope'},"
              "'payload':") +
                cdc("'u'", "null", "{'order_id':'o-1','status':'packed','amount':1}") + '}',
            u"event order=o-1 status=packed time=2026-12-06T08:52:03.518Z amount=1"_s);
        row("cdc ts_ms without source.ts_ms", cdcOrders,
            j("{'after':{'order_id':'o-1','status':'paid'},'op':'c','ts_ms':1796547123555}"),
            u"event order=o-1 status=paid time=2026-12-06T08:52:03.555Z"_s);
        row("cdc no time", cdcOrders, j("{'after':{'order_id':'o-1','status':'paid'},'op':'c'}"),
            u"rejected missing-field: missing source.ts_ms and ts_ms"_s);
        row("cdc source.ts_ms a string", cdcOrders,
            j("{'after':{'order_id':'o-1','status':'paid'},'op':'c','source':{'ts_ms':'now'}}"),
            u"rejected wrong-type: source.ts_ms: expected a number, got a string"_s);
        row("cdc missing id", cdcOrders, cdc("'c'", "null", "{'status':'paid'}"),
            u"rejected missing-field: missing /order_id in after"_s);
        row("cdc mistyped amount", cdcOrders,
            cdc("'c'", "null", "{'order_id':'o-1','status':'paid','amount':'1 EUR'}"),
            u"rejected wrong-type: /amount in after: expected a number, got a string"_s);
        row("cdc ship_by in before", cdcOrders, cdc("'d'", "{'order_id':'o-1','ship_by':'x'}", "null"),
            u"rejected bad-time: /ship_by in before: not an ISO-8601 time: \"x\""_s);
    }
    void decode()
    {
        QFETCH(QString, topic);
        QFETCH(QByteArray, payload);
        QFETCH(QString, expected);
        EventDecoder decoder(config(topic));
        QCOMPARE(verdict(decoder, payload), expected);
    }

    void times_data()
    {
        QTest::addColumn<QString>("topic");
        QTest::addColumn<QByteArray>("time");
        QTest::addColumn<QString>("expected");
        auto row = [](const char *name, const char *topic, const char *time, const QString &expected) {
            QTest::newRow(name) << QString::fromLatin1(topic) << j(time) << expected;
        };
        // Auto
        row("iso with ms", "orders", "'2026-12-06T08:50:12.123Z'", u"2026-12-06T08:50:12.123Z"_s);
        row("iso without fraction", "orders", "'2026-12-06T08:50:12Z'", u"2026-12-06T08:50:12.000Z"_s);
        row("iso one fraction digit", "orders", "'2026-12-06T08:50:12.5Z'", u"2026-12-06T08:50:12.500Z"_s);
        row("iso micros truncated", "orders", "'2026-12-06T08:50:12.123999Z'", u"2026-12-06T08:50:12.123Z"_s);
        row("iso +02:00", "orders", "'2026-12-06T10:50:12.123+02:00'", u"2026-12-06T08:50:12.123Z"_s);
        row("iso -05:30", "orders", "'2026-12-06T03:20:12-05:30'", u"2026-12-06T08:50:12.000Z"_s);
        row("iso +0100", "orders", "'2026-12-06T09:50:12+0100'", u"2026-12-06T08:50:12.000Z"_s);
        row("iso +01", "orders", "'2026-12-06T09:50:12+01'", u"2026-12-06T08:50:12.000Z"_s);
        row("iso offset over midnight", "orders", "'2026-12-31T23:30:00-01:00'",
            u"2027-01-01T00:30:00.000Z"_s);
        row("iso space separator", "orders", "'2026-12-06 08:50:12.123Z'", u"2026-12-06T08:50:12.123Z"_s);
        row("iso lower case", "orders", "'2026-12-06t08:50:12z'", u"2026-12-06T08:50:12.000Z"_s);
        row("iso without zone is UTC", "orders", "'2026-12-06T08:50:12.123'", u"2026-12-06T08:50:12.123Z"_s);
        row("iso leap day", "orders", "'2028-02-29T00:00:00Z'", u"2028-02-29T00:00:00.000Z"_s);
        row("iso leap second", "orders", "'2016-12-31T23:59:60Z'", u"2017-01-01T00:00:00.000Z"_s);
        row("iso before 1970", "orders", "'1969-12-31T23:59:59.999Z'", u"1969-12-31T23:59:59.999Z"_s);
        row("iso year 2000", "orders", "'2000-03-01T00:00:00Z'", u"2000-03-01T00:00:00.000Z"_s);
        row("iso escaped", "orders", "'2026-12-06T08:50:12\\u002e123Z'", u"2026-12-06T08:50:12.123Z"_s);
        row("number is epoch ms", "orders", "1796547121887", u"2026-12-06T08:52:01.887Z"_s);
        row("fractional ms dropped", "orders", "1796547121887.9", u"2026-12-06T08:52:01.887Z"_s);
        row("exponent", "orders", "1.796547121887e12", u"2026-12-06T08:52:01.887Z"_s);
        row("not a time", "orders", "'yesterday'",
            u"rejected bad-time: /event_time: not an ISO-8601 time: \"yesterday\""_s);
        row("no leap day", "orders", "'2026-02-29T00:00:00Z'",
            u"rejected bad-time: /event_time: not an ISO-8601 time: \"2026-02-29T00:00:00Z\""_s);
        row("canonical shape, no such day", "orders", "'2026-04-31T00:00:00.000Z'",
            u"rejected bad-time: /event_time: not an ISO-8601 time: \"2026-04-31T00:00:00.000Z\""_s);
        row("canonical shape, a letter", "orders", "'2026-12-06T08:5x:12.123Z'",
            u"rejected bad-time: /event_time: not an ISO-8601 time: \"2026-12-06T08:5x:12.123Z\""_s);
        row("month 13", "orders", "'2026-13-01T00:00:00Z'",
            u"rejected bad-time: /event_time: not an ISO-8601 time: \"2026-13-01T00:00:00Z\""_s);
        row("hour 24", "orders", "'2026-12-06T24:00:00Z'",
            u"rejected bad-time: /event_time: not an ISO-8601 time: \"2026-12-06T24:00:00Z\""_s);
        row("no seconds", "orders", "'2026-12-06T08:50Z'",
            u"rejected bad-time: /event_time: not an ISO-8601 time: \"2026-12-06T08:50Z\""_s);
        row("date only", "orders", "'2026-12-06'",
            u"rejected bad-time: /event_time: not an ISO-8601 time: \"2026-12-06\""_s);
        row("empty fraction", "orders", "'2026-12-06T08:50:12.Z'",
            u"rejected bad-time: /event_time: not an ISO-8601 time: \"2026-12-06T08:50:12.Z\""_s);
        row("trailing text", "orders", "'2026-12-06T08:50:12Z tomorrow'",
            u"rejected bad-time: /event_time: not an ISO-8601 time: \"2026-12-06T08:50:12Z tomorrow\""_s);
        row("long text cut", "orders", "'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'",
            u"rejected bad-time: /event_time: not an ISO-8601 time: \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa...\""_s);
        row("number out of range", "orders", "1e300",
            u"rejected bad-time: /event_time: not an epoch-ms time: 1e300"_s);
        row("boolean", "orders", "true",
            u"rejected wrong-type: /event_time: expected a number or an ISO-8601 string, got a boolean"_s);
        row("object", "orders", "{}",
            u"rejected wrong-type: /event_time: expected a number or an ISO-8601 string, got an object"_s);
        row("null", "orders", "null", u"rejected missing-field: missing /event_time"_s);
        // EpochMillis
        row("ms number", "orders/ms", "1796547121887", u"2026-12-06T08:52:01.887Z"_s);
        row("ms numeric string", "orders/ms", "'1796547121887'", u"2026-12-06T08:52:01.887Z"_s);
        row("ms negative fraction floors", "orders/ms", "-0.5", u"1969-12-31T23:59:59.999Z"_s);
        row("ms iso string", "orders/ms", "'2026-12-06T08:52:01.887Z'",
            u"rejected bad-time: /event_time: not an epoch-ms time: \"2026-12-06T08:52:01.887Z\""_s);
        row("ms boolean", "orders/ms", "false",
            u"rejected wrong-type: /event_time: expected a number, got a boolean"_s);
        // EpochSeconds
        row("s number exact", "orders/s", "1796547121.887", u"2026-12-06T08:52:01.887Z"_s);
        row("s integer", "orders/s", "1796547121", u"2026-12-06T08:52:01.000Z"_s);
        row("s numeric string", "orders/s", "'1796547121.5'", u"2026-12-06T08:52:01.500Z"_s);
        row("s sub-ms dropped", "orders/s", "1796547121.8879", u"2026-12-06T08:52:01.887Z"_s);
        row("s word", "orders/s", "'soon'",
            u"rejected bad-time: /event_time: not an epoch-s time: \"soon\""_s);
        row("s beyond 9999", "orders/s", "253402300800",
            u"rejected bad-time: /event_time: not an epoch-s time: 253402300800"_s);
        // Iso8601
        row("iso mode string", "orders/iso", "'2026-12-06T08:52:01.887+00:00'",
            u"2026-12-06T08:52:01.887Z"_s);
        row("iso mode number", "orders/iso", "1796547121887",
            u"rejected wrong-type: /event_time: expected an ISO-8601 string, got a number"_s);
        row("iso mode word", "orders/iso", "'yesterday'",
            u"rejected bad-time: /event_time: not an ISO-8601 time: \"yesterday\""_s);
    }
    void times()
    {
        QFETCH(QString, topic);
        QFETCH(QByteArray, time);
        QFETCH(QString, expected);
        EventDecoder decoder(config(topic));
        QString got = verdict(decoder, j("{'order_id':'o-1','event_type':'paid','event_time':") + time + '}');
        if (got.startsWith(u"event "))
            got = got.section(u"time="_s, 1).section(u' ', 0, 0);
        QCOMPARE(got, expected);
    }

    void optionalTimesFollowTheFormat()
    {
        EventDecoder decoder(config(u"orders/iso"_s));
        QCOMPARE(verdict(decoder, order("'ship_by':'2026-12-06T08:53:31.887Z'", "'ship_by':5")),
                 u"rejected wrong-type: /ship_by: expected an ISO-8601 string, got a number"_s);
        QCOMPARE(verdict(decoder, order("'ship_by':'2026-12-06T08:53:31.887Z'", "'ship_by':null")),
                 u"event order=ord-h4h-0000001 status=created time=2026-12-06T08:52:01.887Z amount=430.49 "
                 "currency=EUR customer=cus-03174 promised=2026-12-06T08:56:01.887Z"_s);
    }

    void mappingErrors()
    {
        EventTopicConfig c = config(u"orders"_s);
        c.fields.status.clear();
        EventDecoder unmapped(c);
        QCOMPARE(verdict(unmapped, j(kOrder)),
                 u"rejected missing-field: missing status (no pointer mapped)"_s);
        c.fields.status = u"event_type"_s;
        EventDecoder invalid(c);
        QCOMPARE(verdict(invalid, j(kOrder)),
                 u"rejected missing-field: missing status (invalid pointer \"event_type\")"_s);
        c = config(u"cdc"_s);
        c.fields.eventTime = u"/updated_at"_s;
        EventDecoder rowTime(c);
        QCOMPARE(verdict(rowTime, cdc("'u'", "null", "{'order_id':'o-1','status':'paid','updated_at':0}")),
                 u"event order=o-1 status=paid time=1970-01-01T00:00:00.000Z"_s);
        QCOMPARE(verdict(rowTime, cdc("'u'", "null", "{'order_id':'o-1','status':'paid'}")),
                 u"rejected missing-field: missing /updated_at in after"_s);
        // a delete's key-only row falls back to the envelope time
        QCOMPARE(verdict(rowTime, cdc("'d'", "{'order_id':'o-1'}", "null")),
                 u"delete order=o-1 time=2026-12-06T08:52:03.518Z"_s);
    }

    void pointerEscapesAndIndices()
    {
        EventTopicConfig c = config(u"orders"_s);
        c.fields = EventFieldMap{};
        c.fields.orderId = u"/ids/order~1id"_s;
        c.fields.status = u"/st~0atus"_s;
        c.fields.eventTime = u"/times/1"_s;
        c.fields.amount = u"/lines/0/total"_s;
        EventDecoder decoder(c);
        QCOMPARE(verdict(decoder,
                         j("{'ids':{'order/id':'o-9'},'st~atus':'paid','times':[5,'2026-12-06T08:50:12Z'],"
                           "'lines':[{'total':9.5},{'total':1}]}")),
                 u"event order=o-9 status=paid time=2026-12-06T08:50:12.000Z amount=9.5"_s);
    }

    void dedupeKeys()
    {
        EventDecoder orders(config(u"orders"_s));
        QCOMPARE(orders.decode(view(j(kOrder))), EventDecoder::Result::Event);
        const std::uint64_t first = orders.event().dedupeKey;
        QCOMPARE(orders.decode(view(order("'amount':430.49", "'amount':1"))), EventDecoder::Result::Event);
        QCOMPARE(orders.event().dedupeKey, first); // same event id
        QCOMPARE(orders.decode(view(order("evt-h4h-000000001", "evt-h4h-000000002"))),
                 EventDecoder::Result::Event);
        QVERIFY(orders.event().dedupeKey != first);
        // an escaped id hashes as its text
        QCOMPARE(orders.decode(view(order("evt-h4h-000000001", "evt-h4h-00000000\\u0031"))),
                 EventDecoder::Result::Event);
        QCOMPARE(orders.event().dedupeKey, first);

        // An empty event id names nothing: the bytes decide, as without one.
        QCOMPARE(orders.decode(view(order("evt-h4h-000000001", ""))), EventDecoder::Result::Event);
        const std::uint64_t emptyId = orders.event().dedupeKey;
        QCOMPARE(orders.decode(view(order("evt-h4h-000000001", "").replace("created", "paid"))),
                 EventDecoder::Result::Event);
        QVERIFY(orders.event().dedupeKey != emptyId);

        EventDecoder cdcOrders(config(u"cdc"_s)); // no event id: the bytes
        QCOMPARE(cdcOrders.decode(view(j(kCdcCreate))), EventDecoder::Result::Event);
        const std::uint64_t bytes = cdcOrders.event().dedupeKey;
        QCOMPARE(cdcOrders.decode(view(j(kCdcCreate))), EventDecoder::Result::Event);
        QCOMPARE(cdcOrders.event().dedupeKey, bytes);
        QCOMPARE(cdcOrders.decode(view(j(kCdcCreate).replace("1796547123555", "1796547123556"))),
                 EventDecoder::Result::Event);
        QVERIFY(cdcOrders.event().dedupeKey != bytes);
    }

    void decodersMoveAndCopy()
    {
        // The collector keeps one decoder per topic in a container.
        std::vector<EventDecoder> decoders;
        for (int i = 0; i < 5; ++i)
            decoders.emplace_back(config(i % 2 ? u"shipments"_s : u"orders"_s));
        EventDecoder copy = decoders.at(0);
        QCOMPARE(verdict(copy, j(kOrder)), kOrderEvent);
        QCOMPARE(verdict(decoders.at(4), j(kOrder)), kOrderEvent);
        QCOMPARE(verdict(decoders.at(1), j(kOrder)), u"rejected missing-field: missing /shipment_id"_s);
    }

    void viewsPointIntoThePayload()
    {
        EventDecoder decoder(config(u"orders"_s));
        const QByteArray payload = j(kOrder);
        QCOMPARE(decoder.decode(view(payload)), EventDecoder::Result::Event);
        const char *id = decoder.event().orderId.data();
        QVERIFY(id > payload.constData() && id < payload.constData() + payload.size());
    }

    /// Every prefix of a valid message is rejected as truncated; the whole one decodes.
    void everyPrefixIsRejected_data()
    {
        QTest::addColumn<QString>("topic");
        QTest::addColumn<QByteArray>("payload");
        QTest::newRow("order") << u"orders"_s << j(kOrder);
        QTest::newRow("shipment") << u"shipments"_s << j(kShipment);
        QTest::newRow("cdc") << u"cdc"_s << j(kCdcCreate);
        QTest::newRow("escapes") << u"orders"_s
                                 << j("{'order_id':'o\\u00e9\\ud83d\\ude00\\n','event_type':'p\xC3\xA9',"
                                      "'event_time':-1.5e3,'ok':[true,false,null]}");
        QTest::newRow("cdc in schema and payload") << u"cdc"_s << kWrappedCdc;
    }
    void everyPrefixIsRejected()
    {
        QFETCH(QString, topic);
        QFETCH(QByteArray, payload);
        EventDecoder decoder(config(topic));
        for (qsizetype n = 1; n < payload.size(); ++n) {
            const QByteArray prefix = payload.left(n);
            QCOMPARE(verdict(decoder, prefix),
                     u"rejected not-json: not JSON: unexpected end at byte "_s + QString::number(n));
        }
        QVERIFY(verdict(decoder, payload).startsWith(u"event "));
    }

    /// Random byte flips never crash (the ASan/UBSan build checks) and always give a verdict with a
    /// reason; an event always has its required fields.
    void randomByteFlips()
    {
        const QList<QPair<QString, QByteArray>> messages = {
            {u"orders"_s, j(kOrder)},
            {u"shipments"_s, j(kShipment)},
            {u"cdc"_s, j(kCdcCreate)},
            {u"cdc"_s, kWrappedCdc},
            {u"orders"_s,
             j("{'order_id':'o\\u00e9\\ud83d\\ude00\\n','event_type':'p\xC3\xA9','event_time':-1.5e3,"
               "'amount':12,'currency':'\\u20ac'}")}};
        QRandomGenerator rng(42);
        int events = 0, rejected = 0;
        for (const auto &[topic, original] : messages) {
            EventDecoder decoder(config(topic));
            for (int i = 0; i < 3000; ++i) {
                QByteArray payload = original;
                const int flips = 1 + int(rng.bounded(4));
                for (int f = 0; f < flips; ++f)
                    payload[int(rng.bounded(payload.size()))] = char(rng.bounded(256));
                switch (decoder.decode(view(payload))) {
                case EventDecoder::Result::Event: {
                    ++events;
                    const BusinessEvent &e = decoder.event();
                    QVERIFY(!(e.kind == EventKind::Order ? e.orderId : e.shipmentId).empty());
                    break;
                }
                case EventDecoder::Result::Rejected:
                    ++rejected;
                    QVERIFY(!decoder.reason().isEmpty());
                    QVERIFY(!decoder.reasonKind().isEmpty());
                    break;
                case EventDecoder::Result::Skipped:
                    QCOMPARE(topic, u"cdc"_s); // an op flipped to 't' or 'm'
                    break;
                case EventDecoder::Result::Tombstone:
                    QFAIL("a non-empty payload is never a tombstone");
                }
            }
        }
        QVERIFY(events > 100);
        QVERIFY(rejected > 1000);
    }
};

QTEST_GUILESS_MAIN(TestEventDecoder)
#include "tst_eventdecoder.moc"
