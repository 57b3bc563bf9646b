#include "BusinessConfig.h"

namespace Tidewatch {

namespace {

using namespace Qt::StringLiterals;

} // namespace

EventFieldMap EventFieldMap::defaultsFor(EventKind kind, EventFormat format)
{
    EventFieldMap m;
    if (format == EventFormat::Debezium) {
        // The generator's orders table (row image); the event time is the commit time (source.ts_ms).
        m.orderId = u"/order_id"_s;
        m.status = u"/status"_s;
        m.amount = u"/amount"_s;
        m.currency = u"/currency"_s;
        m.customer = u"/customer_id"_s;
        m.shipBy = u"/ship_by"_s;
        m.promisedDelivery = u"/promised_delivery"_s;
        if (kind == EventKind::Shipment) {
            m.shipmentId = u"/shipment_id"_s;
            m.carrier = u"/carrier"_s;
            m.eta = u"/eta"_s;
        }
        return m;
    }
    m.eventId = u"/event_id"_s;
    m.orderId = u"/order_id"_s;
    m.eventTime = u"/event_time"_s;
    m.promisedDelivery = u"/promised_delivery"_s;
    m.shipmentId = u"/shipment_id"_s;
    m.carrier = u"/carrier"_s;
    if (kind == EventKind::Order) {
        m.status = u"/event_type"_s;
        m.amount = u"/amount"_s;
        m.currency = u"/currency"_s;
        m.customer = u"/customer_id"_s;
        m.shipBy = u"/ship_by"_s;
    } else {
        m.status = u"/status"_s;
        m.hubName = u"/hub/name"_s;
        m.hubCode = u"/hub/code"_s;
        m.hubLat = u"/hub/lat"_s;
        m.hubLon = u"/hub/lon"_s;
        m.eta = u"/eta"_s;
    }
    return m;
}

QList<QPair<QString, QString>> EventFieldMap::entries() const
{
    return {
        {u"event_id"_s, eventId},
        {u"order_id"_s, orderId},
        {u"shipment_id"_s, shipmentId},
        {u"status"_s, status},
        {u"amount"_s, amount},
        {u"currency"_s, currency},
        {u"customer"_s, customer},
        {u"carrier"_s, carrier},
        {u"hub.name"_s, hubName},
        {u"hub.code"_s, hubCode},
        {u"hub.lat"_s, hubLat},
        {u"hub.lon"_s, hubLon},
        {u"event_time"_s, eventTime},
        {u"ship_by"_s, shipBy},
        {u"promised_delivery"_s, promisedDelivery},
        {u"eta"_s, eta},
    };
}

bool EventFieldMap::set(const QString &name, const QString &pointer)
{
    QString *fields[] = {&eventId,   &orderId, &shipmentId,       &status,  &amount, &currency,
                         &customer,  &carrier, &hubName,          &hubCode, &hubLat, &hubLon,
                         &eventTime, &shipBy,  &promisedDelivery, &eta};
    const auto names = entries();
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (names.at(i).first == name) {
            *fields[i] = pointer;
            return true;
        }
    }
    return false;
}

EventTopicConfig EventTopicConfig::withDefaults(const QString &topic, EventKind kind, EventFormat format)
{
    EventTopicConfig c;
    c.topic = topic;
    c.kind = kind;
    c.format = format;
    c.fields = EventFieldMap::defaultsFor(kind, format);
    return c;
}

StatusVocabulary StatusVocabulary::defaults()
{
    StatusVocabulary v;
    const auto orders = {
        std::pair{u"created"_s, OrderStage::Created},
        {u"new"_s, OrderStage::Created},
        {u"placed"_s, OrderStage::Created},
        {u"paid"_s, OrderStage::Paid},
        {u"packed"_s, OrderStage::Paid},
        {u"confirmed"_s, OrderStage::Paid},
        {u"shipped"_s, OrderStage::Shipped},
        {u"dispatched"_s, OrderStage::Shipped},
        {u"delivered"_s, OrderStage::Delivered},
        {u"completed"_s, OrderStage::Delivered},
        {u"cancelled"_s, OrderStage::Cancelled},
        {u"canceled"_s, OrderStage::Cancelled},
        {u"rejected"_s, OrderStage::Cancelled},
    };
    for (const auto &[status, stage] : orders)
        v.order.insert(status, stage);
    const auto shipments = {
        std::pair{u"label_created"_s, ShipmentStage::Created},
        {u"created"_s, ShipmentStage::Created},
        {u"picked_up"_s, ShipmentStage::AtHub},
        {u"in_transit"_s, ShipmentStage::InTransit},
        {u"arrived_at_hub"_s, ShipmentStage::AtHub},
        {u"out_for_delivery"_s, ShipmentStage::AtHub},
        {u"delayed"_s, ShipmentStage::Delayed},
        {u"exception"_s, ShipmentStage::Delayed},
        {u"delivered"_s, ShipmentStage::Delivered},
        {u"lost"_s, ShipmentStage::Failed},
        {u"returned"_s, ShipmentStage::Failed},
        {u"cancelled"_s, ShipmentStage::Failed},
    };
    for (const auto &[status, stage] : shipments)
        v.shipment.insert(status, stage);
    return v;
}

OrderStage StatusVocabulary::orderStage(const QString &status) const
{
    return order.value(status.toLower(), OrderStage::Unknown);
}

ShipmentStage StatusVocabulary::shipmentStage(const QString &status) const
{
    return shipment.value(status.toLower(), ShipmentStage::Unknown);
}

BusinessConfig BusinessConfig::stackDefaults()
{
    BusinessConfig c;
    c.topics = {
        EventTopicConfig::withDefaults(u"orders"_s, EventKind::Order, EventFormat::Json),
        EventTopicConfig::withDefaults(u"shipments"_s, EventKind::Shipment, EventFormat::Json),
        EventTopicConfig::withDefaults(u"orders-cdc"_s, EventKind::Order, EventFormat::Debezium),
    };
    return c;
}

QString eventKindName(EventKind kind)
{
    return kind == EventKind::Order ? u"orders"_s : u"shipments"_s;
}

QString eventFormatName(EventFormat f)
{
    return f == EventFormat::Json ? u"json"_s : u"debezium"_s;
}

QString timeFormatName(TimeFormat f)
{
    switch (f) {
    case TimeFormat::Auto:
        return u"auto"_s;
    case TimeFormat::EpochMillis:
        return u"epoch-ms"_s;
    case TimeFormat::EpochSeconds:
        return u"epoch-s"_s;
    case TimeFormat::Iso8601:
        return u"iso8601"_s;
    }
    return {};
}

bool parseEventKind(const QString &text, EventKind &out)
{
    const QString t = text.trimmed().toLower();
    if (t == u"orders" || t == u"order") {
        out = EventKind::Order;
        return true;
    }
    if (t == u"shipments" || t == u"shipment") {
        out = EventKind::Shipment;
        return true;
    }
    return false;
}

bool parseEventFormat(const QString &text, EventFormat &out)
{
    const QString t = text.trimmed().toLower();
    if (t == u"json") {
        out = EventFormat::Json;
        return true;
    }
    if (t == u"debezium") {
        out = EventFormat::Debezium;
        return true;
    }
    return false;
}

bool parseTimeFormat(const QString &text, TimeFormat &out)
{
    const QString t = text.trimmed().toLower();
    for (TimeFormat f :
         {TimeFormat::Auto, TimeFormat::EpochMillis, TimeFormat::EpochSeconds, TimeFormat::Iso8601}) {
        if (t == timeFormatName(f)) {
            out = f;
            return true;
        }
    }
    return false;
}

} // namespace Tidewatch
