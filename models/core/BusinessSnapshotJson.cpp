// The "business" member of the tidewatch.snapshot/1 document (docs/SNAPSHOT.md).

#include "SnapshotJson.h"

#include <QJsonArray>

#include <cmath>

namespace Tidewatch::SnapshotJson {

namespace {

using namespace Qt::StringLiterals;

/// An event time (epoch ms) as ISO-8601 UTC; null when unknown (negative).
QJsonValue eventTime(qint64 ms)
{
    return ms >= 0 ? QJsonValue(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs))
                   : QJsonValue(QJsonValue::Null);
}

QJsonValue number(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonValue text(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonValue count(qint64 value)
{
    return value >= 0 ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonObject counts(const QList<QPair<QString, qint64>> &pairs)
{
    QJsonObject out;
    for (const auto &[key, value] : pairs)
        out.insert(key, value);
    return out;
}

QJsonObject origin(const EventOrigin &o)
{
    return {{u"topic"_s, o.topic},
            {u"partition"_s, o.partition},
            {u"offset"_s, o.offset},
            {u"timestamp"_s, eventTime(o.timestampMs)}};
}

QJsonObject shipmentToJson(const ShipmentState &s)
{
    return {{u"shipmentId"_s, s.shipmentId},
            {u"orderId"_s, text(s.orderId)},
            {u"carrier"_s, text(s.carrier)},
            {u"status"_s, s.status},
            {u"hub"_s, text(s.hubCode)},
            {u"previousHub"_s, text(s.previousHubCode)},
            {u"lat"_s, number(s.lat)},
            {u"lon"_s, number(s.lon)},
            {u"promisedDelivery"_s, eventTime(s.promisedDeliveryMs)},
            {u"eta"_s, eventTime(s.etaMs)},
            {u"lastEventTime"_s, eventTime(s.lastEventMs)},
            {u"lateByMs"_s, s.lateByMs}};
}

QJsonArray slaToJson(const QList<SlaShare> &shares)
{
    QJsonArray out;
    for (const SlaShare &s : shares) {
        out.append(QJsonObject{{u"key"_s, text(s.key)},
                               {u"windowMs"_s, s.windowMs},
                               {u"onTime"_s, s.onTime},
                               {u"total"_s, s.total},
                               {u"ratio"_s, number(s.ratio())}});
    }
    return out;
}

template<typename T, typename F>
QJsonArray array(const QList<T> &items, F toJson)
{
    QJsonArray out;
    for (const T &item : items)
        out.append(toJson(item));
    return out;
}

QJsonObject ordersToJson(const BusinessSnapshot &s)
{
    const auto minute = [](const MinuteCounts &m) {
        QJsonObject revenue;
        for (const auto &[currency, amount] : m.revenue)
            revenue.insert(currency, amount);
        return QJsonObject{{u"start"_s, eventTime(m.startMs)},
                           {u"closed"_s, m.closed},
                           {u"created"_s, m.created},
                           {u"paid"_s, m.paid},
                           {u"shipped"_s, m.shipped},
                           {u"cancelled"_s, m.cancelled},
                           {u"delivered"_s, m.delivered},
                           {u"deliveredOnTime"_s, m.deliveredOnTime},
                           {u"revenue"_s, revenue}};
    };
    const auto shipTime = [](const ShipTimeQuantiles &q) {
        return QJsonObject{{u"windowMs"_s, q.windowMs},
                           {u"count"_s, q.count},
                           {u"p50Ms"_s, number(q.p50Ms)},
                           {u"p95Ms"_s, number(q.p95Ms)}};
    };
    const auto overdue = [](const OverdueOrder &o) {
        return QJsonObject{{u"orderId"_s, o.orderId},         {u"status"_s, o.status},
                           {u"customer"_s, text(o.customer)}, {u"amount"_s, number(o.amount)},
                           {u"currency"_s, text(o.currency)}, {u"shipBy"_s, eventTime(o.shipByMs)},
                           {u"overdueMs"_s, o.overdueMs},     {u"lastEventTime"_s, eventTime(o.lastEventMs)}};
    };
    return {{u"tracked"_s, s.trackedOrders},
            {u"open"_s, s.openOrders},
            {u"byStatus"_s, counts(s.ordersByStatus)},
            {u"minutes"_s, array(s.minutes, minute)},
            {u"orderToShip"_s, array(s.orderToShip, shipTime)},
            {u"overdueCount"_s, s.overdueOrderCount},
            {u"overdue"_s, array(s.overdueOrders, overdue)}};
}

QJsonObject shipmentsToJson(const BusinessSnapshot &s)
{
    const auto slip = [](const EtaSlip &e) {
        return QJsonObject{{u"shipmentId"_s, e.shipmentId},
                           {u"orderId"_s, text(e.orderId)},
                           {u"carrier"_s, text(e.carrier)},
                           {u"hub"_s, text(e.hubCode)},
                           {u"previousEta"_s, eventTime(e.previousEtaMs)},
                           {u"newEta"_s, eventTime(e.newEtaMs)},
                           {u"at"_s, eventTime(e.atMs)}};
    };
    const auto hub = [](const HubState &h) {
        return QJsonObject{{u"code"_s, h.code},       {u"name"_s, text(h.name)},
                           {u"lat"_s, number(h.lat)}, {u"lon"_s, number(h.lon)},
                           {u"atHub"_s, h.atHub},     {u"inTransitTo"_s, h.inTransitTo},
                           {u"late"_s, h.late}};
    };
    const auto link = [](const HubLink &l) {
        return QJsonObject{{u"from"_s, l.from}, {u"to"_s, l.to}, {u"shipments"_s, l.shipments}};
    };
    return {{u"tracked"_s, s.trackedShipments},
            {u"open"_s, s.openShipments},
            {u"byStatus"_s, counts(s.shipmentsByStatus)},
            {u"openByCarrier"_s, counts(s.shipmentsByCarrier)},
            {u"lateCount"_s, s.lateShipmentCount},
            {u"late"_s, array(s.lateShipments, shipmentToJson)},
            {u"etaSlipCount"_s, s.etaSlipCount},
            {u"etaSlips"_s, array(s.etaSlips, slip)},
            {u"hubs"_s, array(s.hubs, hub)},
            {u"links"_s, array(s.links, link)},
            {u"positionCount"_s, s.positionCount},
            {u"positions"_s, array(s.positions, shipmentToJson)}};
}

QJsonObject slaToJson(const BusinessSnapshot &s)
{
    const auto breach = [](const SlaBreach &b) {
        return QJsonObject{{u"kind"_s, b.kind == SlaBreach::Kind::ShipBy ? u"ship-by"_s : u"delivery"_s},
                           {u"orderId"_s, text(b.orderId)},
                           {u"shipmentId"_s, text(b.shipmentId)},
                           {u"carrier"_s, text(b.carrier)},
                           {u"hub"_s, text(b.hubCode)},
                           {u"due"_s, eventTime(b.dueMs)},
                           {u"done"_s, eventTime(b.doneMs)},
                           {u"lateByMs"_s, b.lateByMs}};
    };
    return {{u"overall"_s, slaToJson(s.sla)},
            {u"byCarrier"_s, slaToJson(s.slaByCarrier)},
            {u"byHub"_s, slaToJson(s.slaByHub)},
            {u"breachCount"_s, s.breachCount},
            {u"breaches"_s, array(s.breaches, breach)}};
}

QJsonObject eventsToJson(const BusinessSnapshot &s)
{
    const auto topic = [](const EventTopicStatus &t) {
        return QJsonObject{{u"topic"_s, t.topic},
                           {u"kind"_s, eventKindName(t.kind)},
                           {u"format"_s, eventFormatName(t.format)},
                           {u"partitions"_s, t.partitions},
                           {u"messages"_s, t.messages},
                           {u"events"_s, t.events},
                           {u"rejected"_s, t.rejected},
                           {u"late"_s, t.late},
                           {u"duplicates"_s, t.duplicates},
                           {u"tombstones"_s, t.tombstones},
                           {u"lag"_s, count(t.lag)},
                           {u"messagesPerSecond"_s, t.messagesPerSecond >= 0 ? QJsonValue(t.messagesPerSecond)
                                                                             : QJsonValue(QJsonValue::Null)},
                           {u"error"_s, text(t.error)}};
    };
    const auto rejected = [](const RejectedEvent &r) {
        QJsonObject o = origin(r.origin);
        o.insert(u"kind"_s, r.reasonKind);
        o.insert(u"reason"_s, r.reason);
        o.insert(u"excerpt"_s, r.excerpt);
        o.insert(u"seenAt"_s, eventTime(r.seenAtMs));
        return o;
    };
    const auto late = [](const LateEvent &l) {
        QJsonObject o = origin(l.origin);
        o.insert(u"entityId"_s, l.entityId);
        o.insert(u"eventTime"_s, eventTime(l.eventTimeMs));
        o.insert(u"behindMs"_s, l.behindMs);
        return o;
    };
    return {{u"topics"_s, array(s.topics, topic)},
            {u"rejectedCount"_s, s.rejectedCount},
            {u"rejectedByKind"_s, counts(s.rejectedByKind)},
            {u"rejected"_s, array(s.rejected, rejected)},
            {u"lateCount"_s, s.lateCount},
            {u"late"_s, array(s.lateEvents, late)},
            {u"duplicateCount"_s, s.duplicateCount},
            {u"evictedCount"_s, s.evictedCount},
            {u"memoryBytes"_s, s.memoryBytes}};
}

} // namespace

QJsonObject businessToJson(const BusinessSnapshot &s, const QDateTime &now)
{
    return {{u"cluster"_s, s.clusterName},
            {u"status"_s, statusToJson(s.status, now)},
            {u"lastEventAt"_s, s.lastEventAt.isValid()
                                   ? QJsonValue(s.lastEventAt.toUTC().toString(Qt::ISODateWithMs))
                                   : QJsonValue(QJsonValue::Null)},
            {u"eventAgeMs"_s, count(s.eventAgeMs(now))},
            {u"watermark"_s, eventTime(s.watermarkMs)},
            {u"allowedLatenessMs"_s, s.allowedLatenessMs},
            {u"orders"_s, ordersToJson(s)},
            {u"shipments"_s, shipmentsToJson(s)},
            {u"sla"_s, slaToJson(s)},
            {u"events"_s, eventsToJson(s)}};
}

} // namespace Tidewatch::SnapshotJson
