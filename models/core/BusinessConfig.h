#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Tidewatch {

/// What an event topic carries.
enum class EventKind
{
    Order,
    Shipment
};

/// How an event topic's messages are encoded.
enum class EventFormat
{
    Json,     ///< one JSON object per message
    Debezium, ///< a Debezium change event: {before, after, op, source, ts_ms}, optionally wrapped in
              ///< {schema, payload}; tombstones (empty values) follow deletes
};

/// How a time field is written. Auto accepts both numbers (epoch ms) and ISO-8601 strings.
enum class TimeFormat
{
    Auto,
    EpochMillis,
    EpochSeconds,
    Iso8601
};

/// JSON pointers (RFC 6901, "/hub/code") from a message onto the order and shipment model. An empty
/// pointer means "not in this topic". For Debezium topics the pointers address the row image
/// (`after`, or `before` for deletes); an empty eventTime there means the envelope's `source.ts_ms`
/// (the commit time in the database), falling back to its `ts_ms`.
struct EventFieldMap
{
    QString eventId; ///< a unique id per event; empty: duplicates are found by the message bytes
    QString orderId;
    QString shipmentId;
    QString status;
    QString amount;
    QString currency;
    QString customer;
    QString carrier;
    QString hubName;
    QString hubCode;
    QString hubLat;
    QString hubLon;
    QString eventTime;
    QString shipBy;
    QString promisedDelivery;
    QString eta;

    /// The pointers that match the local stack's generator for @p kind and @p format.
    static EventFieldMap defaultsFor(EventKind kind, EventFormat format);
    /// (field name, pointer) pairs in a fixed order: the profile-file keys and the Settings rows.
    QList<QPair<QString, QString>> entries() const;
    /// Sets field @p name (one of the names entries() returns); false for an unknown name.
    bool set(const QString &name, const QString &pointer);

    friend bool operator==(const EventFieldMap &, const EventFieldMap &) = default;
};

/// One event topic of a cluster profile.
struct EventTopicConfig
{
    QString topic;
    EventKind kind = EventKind::Order;
    EventFormat format = EventFormat::Json;
    TimeFormat timeFormat = TimeFormat::Auto; ///< of every time field of the topic
    EventFieldMap fields;

    /// A topic of @p kind and @p format with the generator's default mapping.
    static EventTopicConfig withDefaults(const QString &topic, EventKind kind, EventFormat format);

    friend bool operator==(const EventTopicConfig &, const EventTopicConfig &) = default;
};

/// The lifecycle stage an order status stands for. Unknown statuses count as open and not shipped.
enum class OrderStage
{
    Unknown,
    Created,
    Paid,
    Shipped,
    Delivered,
    Cancelled
};
/// The lifecycle stage a shipment status stands for.
enum class ShipmentStage
{
    Unknown,
    Created,   ///< label created, not handed over yet
    AtHub,     ///< picked up at, arrived at or out for delivery from its hub
    InTransit, ///< moving towards its hub (from the previous one)
    Delayed,   ///< an exception on the way
    Delivered,
    Failed, ///< lost, returned, cancelled
};

/// Maps raw status strings (compared case-insensitively) onto lifecycle stages.
struct StatusVocabulary
{
    QHash<QString, OrderStage> order;       ///< lower-case status -> stage
    QHash<QString, ShipmentStage> shipment; ///< lower-case status -> stage

    /// created/new/placed, paid/packed/confirmed, shipped/dispatched, delivered/completed,
    /// cancelled/canceled/rejected; label_created/created, picked_up/arrived_at_hub/out_for_delivery
    /// (at hub), in_transit, delayed/exception, delivered, lost/returned/cancelled.
    static StatusVocabulary defaults();
    OrderStage orderStage(const QString &status) const;
    ShipmentStage shipmentStage(const QString &status) const;

    friend bool operator==(const StatusVocabulary &, const StatusVocabulary &) = default;
};

/// The business part of a cluster profile: which topics to read and how to aggregate them.
struct BusinessConfig
{
    QList<EventTopicConfig> topics; ///< empty: no business views for this cluster
    /// Where reading starts when the collector starts: this many minutes back (offsets for times);
    /// 0: at the end of each partition (only new events).
    int startMinutes = 30;
    /// An event whose time is behind the watermark (the newest event time seen) by more than this is
    /// late: counted and listed, not added to per-minute windows the watermark has closed.
    qint64 allowedLatenessMs = 30 * 1000;
    /// Delivered or cancelled orders and delivered or failed shipments leave the state this long (event
    /// time) after they finished. Open ones stay until the caps below.
    qint64 retentionMs = 30 * 60 * 1000;
    /// Open orders and shipments without any event for this long (event time) are given up: their
    /// finishing event was lost or never sent.
    qint64 openRetentionMs = 6LL * 3600 * 1000;
    /// Hard caps on tracked entities; the oldest-updated ones are dropped (and counted) beyond them.
    int maxOrders = 500000;
    int maxShipments = 500000;
    /// The sliding windows (event time) over which SLA shares and order-to-ship times are computed.
    QList<qint64> slaWindowsMs = {15 * 60 * 1000, 60 * 60 * 1000};
    /// Longest list of each kind in a snapshot (overdue orders, late shipments, breaches, rejected and
    /// late events); the counts stay exact.
    int listLimit = 200;
    StatusVocabulary statuses = StatusVocabulary::defaults();

    bool isEnabled() const { return !topics.isEmpty(); }
    /// The stack generator's three topics: orders (JSON), shipments (JSON), orders-cdc (Debezium).
    static BusinessConfig stackDefaults();

    friend bool operator==(const BusinessConfig &, const BusinessConfig &) = default;
};

QString eventKindName(EventKind kind);  ///< "orders", "shipments"
QString eventFormatName(EventFormat f); ///< "json", "debezium"
QString timeFormatName(TimeFormat f);   ///< "auto", "epoch-ms", "epoch-s", "iso8601"
bool parseEventKind(const QString &text, EventKind &out);
bool parseEventFormat(const QString &text, EventFormat &out);
bool parseTimeFormat(const QString &text, TimeFormat &out);

} // namespace Tidewatch
