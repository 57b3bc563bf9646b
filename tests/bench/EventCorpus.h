#pragma once

// Messages shaped like the stack generator's (stack/workload/.../EventGenerator.java): orders and
// shipments JSON with ISO-8601 times, and Debezium change events of the orders table. Synthetic and
// deterministic; for the decoder benchmark.

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QRandomGenerator>

#include <cmath>

namespace Tidewatch::EventCorpus {

inline QByteArray isoMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1();
}

inline QByteArray num(qint64 v)
{
    return QByteArray::number(v);
}

inline QByteArray padded(qint64 v, int width)
{
    return QByteArray::number(v).rightJustified(width, '0');
}

struct Hub
{
    const char *name;
    const char *code;
    double lat;
    double lon;
};

inline constexpr Hub kHubs[] = {
    {"Rotterdam DC", "RTM", 51.9244, 4.4777},     {"Hamburg Hub", "HAM", 53.5511, 9.9937},
    {"Leipzig Air Hub", "LEJ", 51.4239, 12.2364}, {"Paris Nord", "CDG", 49.0097, 2.5479},
    {"Madrid Coslada", "MAD", 40.4232, -3.5616},  {"Memphis Hub", "MEM", 35.0421, -89.9792},
};
inline constexpr const char *kCurrencies[] = {"EUR", "EUR", "USD", "GBP", "PLN", "SEK"};
inline constexpr const char *kCarriers[] = {"DHL", "UPS", "FedEx", "DPD", "GLS", "PostNL"};
inline constexpr const char *kOrderStatuses[] = {"created", "paid",      "packed",
                                                 "shipped", "delivered", "cancelled"};
inline constexpr const char *kShipmentStatuses[] = {
    "label_created", "picked_up", "in_transit", "delayed", "arrived_at_hub", "out_for_delivery", "delivered"};

/// @p count order events.
inline QList<QByteArray> orders(int count, quint32 seed = 1)
{
    QRandomGenerator rnd(seed);
    QList<QByteArray> out;
    const qint64 start = 1796547121887;
    for (int i = 0; i < count; ++i) {
        const qint64 t = start + i * 7;
        const double amount = std::round(std::exp(2.5 + rnd.generateDouble() * 3.7) * 100) / 100.0;
        QByteArray m = "{\"event_id\":\"evt-h4h-" + padded(i + 1, 9) + "\",\"event_type\":\"" +
                       kOrderStatuses[rnd.bounded(6)] + "\",\"order_id\":\"ord-h4h-" + padded(i / 4 + 1, 7) +
                       "\",\"customer_id\":\"cus-" + padded(1 + rnd.bounded(4000), 5) +
                       "\",\"amount\":" + QByteArray::number(amount, 'g', 10) + ",\"currency\":\"" +
                       kCurrencies[rnd.bounded(6)] + "\",\"item_count\":" + num(1 + rnd.bounded(3)) +
                       ",\"event_time\":\"" + isoMs(t) + "\",\"ship_by\":\"" + isoMs(t + 90000) +
                       "\",\"promised_delivery\":\"" + isoMs(t + 240000) + "\"";
        if (i % 5 == 3)
            m += ",\"shipment_id\":\"shp-h4h-" + padded(i / 4 + 1, 7) + "\",\"carrier\":\"" +
                 kCarriers[rnd.bounded(6)] + "\"";
        out << m + '}';
    }
    return out;
}

/// @p count shipment events.
inline QList<QByteArray> shipments(int count, quint32 seed = 2)
{
    QRandomGenerator rnd(seed);
    QList<QByteArray> out;
    const qint64 start = 1796547121887;
    for (int i = 0; i < count; ++i) {
        const qint64 t = start + i * 7;
        const Hub &hub = kHubs[rnd.bounded(6)];
        out << "{\"event_id\":\"evt-h4h-" + padded(i + 1, 9) + "\",\"shipment_id\":\"shp-h4h-" +
                   padded(i / 6 + 1, 7) + "\",\"order_id\":\"ord-h4h-" + padded(i / 6 + 1, 7) +
                   "\",\"carrier\":\"" + kCarriers[rnd.bounded(6)] + "\",\"hub\":{\"name\":\"" + hub.name +
                   "\",\"code\":\"" + hub.code + "\",\"lat\":" + QByteArray::number(hub.lat, 'g', 10) +
                   ",\"lon\":" + QByteArray::number(hub.lon, 'g', 10) + "},\"status\":\"" +
                   kShipmentStatuses[rnd.bounded(7)] + "\",\"eta\":\"" + isoMs(t + 60000) +
                   "\",\"promised_delivery\":\"" + isoMs(t + 200000) + "\",\"event_time\":\"" + isoMs(t) +
                   "\"}";
    }
    return out;
}

inline QByteArray cdcRow(int order, const char *status, double amount, qint64 t)
{
    return "{\"order_id\":\"ord-h4h-" + padded(order, 7) + "\",\"customer_id\":\"cus-" +
           padded(order % 4000, 5) + "\",\"status\":\"" + status +
           "\",\"amount\":" + QByteArray::number(amount, 'g', 10) +
           ",\"currency\":\"EUR\",\"item_count\":1,\"ship_by\":" + num(t + 90000) +
           ",\"promised_delivery\":" + num(t + 240000) + ",\"created_at\":" + num(t) +
           ",\"updated_at\":" + num(t) + '}';
}

/// @p count Debezium change events of the orders table: mostly updates, some creates and deletes.
inline QList<QByteArray> cdc(int count, quint32 seed = 3)
{
    QRandomGenerator rnd(seed);
    QList<QByteArray> out;
    const qint64 start = 1796547121887;
    for (int i = 0; i < count; ++i) {
        const qint64 t = start + i * 7;
        const double amount = std::round(std::exp(2.5 + rnd.generateDouble() * 3.7) * 100) / 100.0;
        const int kind = int(rnd.bounded(10)); // 0-2 create, 3-8 update, 9 delete
        const int order = i / 3 + 1;
        const QByteArray before = kind < 3 ? "null" : cdcRow(order, "paid", amount, t - 5000);
        const QByteArray after =
            kind == 9 ? "null" : cdcRow(order, kOrderStatuses[rnd.bounded(6)], amount, t);
        const char *op = kind < 3 ? "c" : kind < 9 ? "u" : "d";
        out << "{\"before\":" + before + ",\"after\":" + after + ",\"op\":\"" + op +
                   "\",\"source\":{\"version\":\"2.7.3.Final\",\"connector\":\"postgresql\",\"name\":"
                   "\"shopdb\","
                   "\"ts_ms\":" +
                   num(t) +
                   ",\"snapshot\":\"false\",\"db\":\"shop\",\"schema\":\"public\",\"table\":\"orders\","
                   "\"txId\":" +
                   num(100000 + i) + ",\"lsn\":" + num(24000000 + i * 312) + "},\"ts_ms\":" + num(t + 20) +
                   ",\"transaction\":null}";
    }
    return out;
}

} // namespace Tidewatch::EventCorpus
