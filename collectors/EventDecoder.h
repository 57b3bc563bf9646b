#pragma once

#include "BusinessConfig.h"
#include "BusinessEvent.h"
#include "JsonScanner.h"

#include <QString>

#include <string_view>

namespace Tidewatch {

/// Turns the bytes of one message of an event topic into a BusinessEvent, or says exactly why it
/// cannot: which field of the mapping failed and how. Pure and reusable: one decoder per topic, on the
/// collector's thread; the event's string views point into @p payload or into the decoder's own
/// scratch space and stay valid until the next decode() call.
///
/// The rules, in the order they are applied (the first failure is the reason):
/// 1. An empty payload is a Tombstone.
/// 2. The payload must be one valid JSON document (JsonScanner: strict grammar, escapes, UTF-8,
///    depth <= 64), else `not-json`: "not JSON: unexpected end at byte 80" (bytes count from 0).
///    Its top level must be an object, else `not-an-object`: "not a JSON object: an array".
/// 3. Debezium only: the envelope is the top-level object, or its `payload` member when the top level
///    has no `op` and `payload` is an object ({schema, payload} wrapping). `op` "c", "u", "r": an
///    Upsert whose pointers address `after`; "d": a Delete whose pointers address `before`; "t", "m":
///    Skipped. Otherwise `unknown-op`: "missing op" (absent or null), "unknown op \"x\"", or
///    "unknown op: expected a string, got a number". The row image must be an object, else
///    `missing-field`: "missing after" / "missing before".
/// 4. Required fields, in this order: the order's orderId (orders) or the shipment's shipmentId
///    (shipments), status (not for deletes), eventTime. A required field that is absent or null is
///    `missing-field`: "missing /order_id" (Debezium: "missing /order_id in after"); one whose pointer
///    is empty in the mapping "missing order_id (no pointer mapped)", or invalid
///    "missing order_id (invalid pointer \"order_id\")".
/// 5. Then the optional fields in EventFieldMap::entries() order. Absent or null: not in the event.
///    Present with the wrong type: `wrong-type` (a mistyped amount is never silently dropped).
/// Types: ids (eventId, orderId, shipmentId) are strings or integer numbers (the number's text is the
/// id); status, currency, customer, carrier, hub name and code are strings; amount and hub lat/lon are
/// numbers: "/amount: expected a number, got a string" (one beyond a double's range: "/amount: out of
/// range: 1e999", also `wrong-type`).
/// Times (eventTime, shipBy, promisedDelivery, eta) follow the topic's TimeFormat:
/// - Auto: a number is epoch milliseconds, a string is ISO-8601; anything else is `wrong-type`.
/// - EpochMillis / EpochSeconds: a number, or a string holding a number (producers that quote 64-bit
///   integers); another string is `bad-time`: "/event_time: not an epoch-ms time: \"yesterday\"".
/// - Iso8601: a string (TimeText::parseIso8601Ms: Z or ±hh:mm offsets, none means UTC, 'T' or space,
///   any fraction digits, milliseconds kept); a number is `wrong-type`: "/event_time: expected an
///   ISO-8601 string, got a number"; an unparsable string `bad-time`:
///   "/event_time: not an ISO-8601 time: \"yesterday\"" (the string quoted as written, cut at 40 bytes).
/// - A number outside the years 0000-9999 is `bad-time` too.
/// Debezium event time: with an empty eventTime pointer, the envelope's `source.ts_ms` (a number,
/// epoch ms whatever the TimeFormat), or when that is absent the envelope's `ts_ms`; neither:
/// "missing source.ts_ms and ts_ms". With a pointer, the row's column; a delete whose `before` lacks it
/// falls back to the envelope times (a delete's row image often holds only the key).
/// dedupeKey: a 64-bit hash (word-at-a-time multiply-rotate with a final avalanche) of the event id's
/// text when eventId is mapped and present, else of the whole payload.
/// No QString is built on the success path; reason() and reasonKind() are only set on rejection.
class EventDecoder
{
public:
    enum class Result
    {
        Event,     ///< event() holds the decoded event
        Tombstone, ///< an empty message (a Debezium tombstone): neither event nor error
        Skipped,   ///< a valid message that carries no row (Debezium truncate 't' or message 'm')
        Rejected,  ///< reason() and reasonKind() say why
    };

    explicit EventDecoder(const EventTopicConfig &config);

    Result decode(std::string_view payload);

    const BusinessEvent &event() const { return m_event; }
    /// One English line naming the field and the fault, e.g. "/amount: expected a number, got a
    /// string" or "not JSON: unexpected end at byte 80".
    const QString &reason() const { return m_reason; }
    /// not-json, missing-field, wrong-type, bad-time, unknown-op, not-an-object
    const QString &reasonKind() const { return m_reasonKind; }
    const EventTopicConfig &config() const { return m_config; }

private:
    /// The fields in EventFieldMap::entries() order.
    enum Field : int
    {
        EventId,
        OrderId,
        ShipmentId,
        Status,
        Amount,
        Currency,
        Customer,
        Carrier,
        HubName,
        HubCode,
        HubLat,
        HubLon,
        EventTime,
        ShipBy,
        PromisedDelivery,
        Eta,
        FieldCount
    };
    /// Where a row image is: Json: the document (0); Debezium: after (0), before (1),
    /// payload/after (2), payload/before (3).
    static constexpr int kVariants = 4;
    struct FieldPlan
    {
        QString pointer;     ///< as configured, for messages
        bool mapped = false; ///< a non-empty pointer
        bool valid = false;  ///< a valid JSON pointer
        int slotIds[kVariants] = {-1, -1, -1, -1};
    };
    /// The envelope members of a Debezium message, at the top level (0) or under payload (1).
    struct EnvelopeSlots
    {
        int op = -1;
        int after = -1;
        int before = -1;
        int sourceTsMs = -1;
        int tsMs = -1;
    };
    enum class Got
    {
        Absent,
        Value,
        Rejected
    };

    Result reject(const char *kind, const QString &reason);
    Result decodeFields();
    QString where(Field field) const; ///< "/amount", or "/amount in after" for Debezium rows
    Got readId(Field field, std::string_view &out);
    Got readText(Field field, std::string_view &out);
    Got readNumber(Field field, std::optional<double> &out);
    Got readTime(Field field, qint64 &out);
    Result missing(Field field);
    Result wrongType(Field field, const char *expected, JsonScanner::Type got);
    Result envelopeTime();

    EventTopicConfig m_config;
    BusinessEvent m_event;
    QString m_reason;
    QString m_reasonKind;
    JsonScanner m_scanner;
    FieldPlan m_fields[FieldCount];
    EnvelopeSlots m_envelope[2];
    int m_payloadSlot = -1;
    int m_variant = 0; ///< of the message being decoded
};

} // namespace Tidewatch
