#pragma once

#include "BusinessSnapshot.h"

#include <QDateTime>

#include <cmath>

/// Business snapshots built by hand for the page and model tests: what an aggregator would report
/// for a small shop with a few hubs, lists longer than shown, and the awkward cases.
namespace BusinessFixtures {

using namespace Tidewatch;

inline constexpr qint64 kMinute = 60 * 1000;

inline HubState hub(const QString &code, double lat, double lon, int atHub, int inTransitTo = 0, int late = 0)
{
    HubState h;
    h.code = code;
    h.name = code;
    h.lat = lat;
    h.lon = lon;
    h.atHub = atHub;
    h.inTransitTo = inTransitTo;
    h.late = late;
    return h;
}

inline ShipmentState shipment(int i, qint64 nowMs, const QString &hubCode, qint64 lateByMs = 0)
{
    ShipmentState s;
    s.shipmentId = QStringLiteral("S-%1").arg(i, 5, 10, QLatin1Char('0'));
    s.orderId = QStringLiteral("O-%1").arg(i, 5, 10, QLatin1Char('0'));
    s.carrier = i % 3 == 0   ? QStringLiteral("DHL")
                : i % 3 == 1 ? QStringLiteral("UPS")
                             : QStringLiteral("GLS");
    s.status = QStringLiteral("in_transit");
    s.stage = ShipmentStage::InTransit;
    s.hubCode = hubCode;
    s.previousHubCode = QStringLiteral("FRA");
    s.promisedDeliveryMs = nowMs - lateByMs;
    s.lastEventMs = nowMs - i * 1000;
    s.lateByMs = lateByMs;
    return s;
}

/// A live snapshot at @p now: newest event read 2 s ago, 60 minutes of which the last one is open,
/// 1,234 overdue orders of which 200 listed, hubs with and without coordinates, SLA over 15 min and
/// 1 h with one carrier that had nothing due in the hour (total 0).
inline BusinessSnapshot rich(const QDateTime &now)
{
    BusinessSnapshot s;
    const qint64 nowMs = now.toMSecsSinceEpoch();
    s.clusterName = QStringLiteral("demo");
    s.status.reachable = true;
    s.status.attemptedAt = now;
    s.status.lastSuccessAt = now;
    s.lastEventAt = now.addMSecs(-2000);
    s.watermarkMs = nowMs - 3000;
    s.allowedLatenessMs = 30'000;
    s.trackedOrders = 5000;
    s.openOrders = 1800;
    s.ordersByStatus = {{QStringLiteral("created"), 700},
                        {QStringLiteral("paid"), 600},
                        {QStringLiteral("shipped"), 500},
                        {QStringLiteral("delivered"), 3000},
                        {QStringLiteral("cancelled"), 200}};
    const qint64 lastStart = (s.watermarkMs / kMinute) * kMinute;
    for (int i = 59; i >= 0; --i) {
        MinuteCounts m;
        m.startMs = lastStart - i * kMinute;
        m.closed = i >= 1; // the newest minute is still open
        m.created = 40 + (i * 7) % 13;
        m.paid = 35 + (i * 5) % 11;
        m.shipped = 30 + (i * 3) % 9;
        m.cancelled = i % 4;
        m.revenue = {{QStringLiteral("EUR"), 1200.0 + i * 10}, {QStringLiteral("USD"), 300.0 + (i % 5) * 40}};
        if (i == 0) {
            m.created = 9; // open: only a part of its orders has arrived
            m.paid = 7;
        }
        s.minutes << m;
    }
    s.orderToShip = {{15 * kMinute, 120, 4.0 * kMinute, 12.5 * kMinute}, {60 * kMinute, 0, NAN, NAN}};
    s.overdueOrderCount = 1234;
    for (int i = 0; i < 200; ++i) {
        OverdueOrder o;
        o.orderId = QStringLiteral("O-%1").arg(i, 5, 10, QLatin1Char('0'));
        o.status = i % 2 ? QStringLiteral("paid") : QStringLiteral("created");
        o.customer = QStringLiteral("C-%1").arg(i % 17);
        o.amount = 19.99 + i;
        o.currency = QStringLiteral("EUR");
        o.shipByMs = nowMs - (200 - i) * kMinute;
        o.overdueMs = (200 - i) * kMinute;
        s.overdueOrders << o;
    }

    s.trackedShipments = 2400;
    s.openShipments = 900;
    s.shipmentsByStatus = {{QStringLiteral("in_transit"), 600},
                           {QStringLiteral("delivered"), 1500},
                           {QStringLiteral("delayed"), 300}};
    s.shipmentsByCarrier = {
        {QStringLiteral("DHL"), 400}, {QStringLiteral("UPS"), 300}, {QStringLiteral("GLS"), 200}};
    s.hubs = {
        hub(QStringLiteral("AMS"), 52.31, 4.76, 40, 12),  hub(QStringLiteral("FRA"), 50.04, 8.56, 90, 30, 4),
        hub(QStringLiteral("LYS"), 45.72, 5.08, 20, 5),   hub(QStringLiteral("MAD"), 40.47, -3.56, 35, 8, 12),
        hub(QStringLiteral("WAW"), 52.17, 20.97, 25, 10), hub(QStringLiteral("XDOCK"), NAN, NAN, 7, 0, 1)};
    s.links = {{QStringLiteral("AMS"), QStringLiteral("FRA"), 12},
               {QStringLiteral("FRA"), QStringLiteral("WAW"), 10},
               {QStringLiteral("LYS"), QStringLiteral("MAD"), 8},
               {QStringLiteral("FRA"), QStringLiteral("LYS"), 5},
               {QStringLiteral("XDOCK"), QStringLiteral("FRA"), 3}};
    s.lateShipmentCount = 17;
    for (int i = 0; i < 17; ++i)
        s.lateShipments << shipment(i, nowMs, i % 2 ? QStringLiteral("FRA") : QStringLiteral("MAD"),
                                    (i + 1) * kMinute);
    s.etaSlipCount = 3;
    for (int i = 0; i < 3; ++i)
        s.etaSlips << EtaSlip{QStringLiteral("S-%1").arg(i),
                              QStringLiteral("O-%1").arg(i),
                              QStringLiteral("DHL"),
                              QStringLiteral("FRA"),
                              nowMs + kMinute,
                              nowMs + (i + 2) * kMinute,
                              nowMs - i * 1000};
    s.positionCount = 900;
    for (int i = 0; i < 200; ++i)
        s.positions << shipment(100 + i, nowMs, s.hubs.at(i % 5).code);

    s.sla = {{QString(), 15 * kMinute, 93, 100}, {QString(), 60 * kMinute, 380, 400}};
    s.slaByCarrier = {
        {QStringLiteral("DHL"), 15 * kMinute, 40, 40}, {QStringLiteral("DHL"), 60 * kMinute, 150, 155},
        {QStringLiteral("UPS"), 15 * kMinute, 30, 36}, {QStringLiteral("UPS"), 60 * kMinute, 140, 150},
        {QStringLiteral("GLS"), 15 * kMinute, 23, 24}, {QStringLiteral("GLS"), 60 * kMinute, 0, 0}};
    s.slaByHub = {{QStringLiteral("FRA"), 15 * kMinute, 50, 52},
                  {QStringLiteral("MAD"), 15 * kMinute, 43, 48}};
    s.breachCount = 7;
    s.breaches = {{SlaBreach::Kind::Delivery, QStringLiteral("O-1"), QStringLiteral("S-1"),
                   QStringLiteral("UPS"), QStringLiteral("MAD"), nowMs - 5 * kMinute, -1, 5 * kMinute},
                  {SlaBreach::Kind::ShipBy, QStringLiteral("O-2"), QString(), QString(), QString(),
                   nowMs - 9 * kMinute, nowMs - 2 * kMinute, 7 * kMinute}};

    s.rejectedCount = 4;
    s.rejectedByKind = {{QStringLiteral("not-json"), 3}, {QStringLiteral("missing-field"), 1}};
    s.rejected = {{{QStringLiteral("orders"), 0, 41, nowMs},
                   QStringLiteral("not JSON at byte 0"),
                   QStringLiteral("not-json"),
                   QStringLiteral("garbage"),
                   nowMs - 1000},
                  {{QStringLiteral("orders"), 1, 77, nowMs},
                   QStringLiteral("missing /order_id"),
                   QStringLiteral("missing-field"),
                   QStringLiteral("{\"status\":\"paid\"}"),
                   nowMs - 2000}};
    s.lateCount = 2;
    s.lateEvents = {{{QStringLiteral("shipments"), 2, 1000, nowMs},
                     QStringLiteral("S-9"),
                     nowMs - 10 * kMinute,
                     9 * kMinute}};
    EventTopicStatus orders;
    orders.topic = QStringLiteral("orders");
    orders.partitions = 3;
    orders.messages = 10'000;
    orders.events = 9996;
    orders.rejected = 4;
    orders.lag = 12;
    orders.messagesPerSecond = 25.5;
    EventTopicStatus shipments;
    shipments.topic = QStringLiteral("shipments");
    shipments.kind = EventKind::Shipment;
    shipments.format = EventFormat::Debezium;
    shipments.partitions = 3;
    shipments.messages = 8000;
    shipments.events = 7900;
    shipments.tombstones = 100;
    shipments.lag = -1;
    shipments.messagesPerSecond = -1;
    shipments.error = QStringLiteral("fetch timed out");
    s.topics = {orders, shipments};
    s.duplicateCount = 5;
    s.memoryBytes = 3 * 1024 * 1024;
    return s;
}

} // namespace BusinessFixtures
