#pragma once

#include "BusinessConfig.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <string_view>

namespace Tidewatch {

/// Where a message came from: enough to find it again with any Kafka tool.
struct EventOrigin
{
    QString topic;
    int partition = -1;
    qint64 offset = -1;
    qint64 timestampMs = -1; ///< the Kafka record timestamp; -1: none
};

/// One decoded event, as the decoder hands it to BusinessState::apply(). The string views point into
/// the message (or the decoder's scratch buffer) and are valid only during that call: the aggregator
/// copies what it keeps. An empty view means "not in the event".
struct BusinessEvent
{
    enum class Change
    {
        Upsert, ///< a plain event, or a Debezium c / u / r
        Delete, ///< a Debezium d: the row is gone (the entity leaves the state)
    };

    EventKind kind = EventKind::Order;
    Change change = Change::Upsert;
    /// Identity for duplicate detection: a hash of the event id when mapped, else of the message bytes.
    std::uint64_t dedupeKey = 0;
    std::string_view orderId;
    std::string_view shipmentId;
    std::string_view status;
    std::string_view currency;
    std::string_view customer;
    std::string_view carrier;
    std::string_view hubName;
    std::string_view hubCode;
    std::optional<double> amount;
    std::optional<double> hubLat;
    std::optional<double> hubLon;
    qint64 eventTimeMs = 0; ///< always set: an event without a time is rejected
    /// A state read, not a change (a Debezium snapshot row, op "r"): it sets the entity's state but
    /// counts no transition, since its time is when the snapshot ran, not when the row changed.
    bool stateOnly = false;
    std::optional<qint64> shipByMs;
    std::optional<qint64> promisedDeliveryMs;
    std::optional<qint64> etaMs;
};

/// A message the decoder could not turn into an event, and why ("not JSON at byte 17",
/// "/amount: expected a number, got a string", "missing /order_id", "unknown op \"x\"", ...).
struct RejectedEvent
{
    EventOrigin origin;
    QString reason;     ///< one line, English (shown as is; it names the field and the fault)
    QString reasonKind; ///< a stable category for counting: not-json, missing-field, wrong-type,
                        ///< bad-time, unknown-op, not-an-object, future-time
    QString excerpt;    ///< the first bytes of the message, control characters replaced
    qint64 seenAtMs = 0;
};

} // namespace Tidewatch
