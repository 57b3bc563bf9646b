#pragma once

// What the two nlohmann::json decoders bench_event_decode compares EventDecoder with share: the same
// extraction as EventDecoder's (its rules for the default mappings with the Auto time format) over
// values found either way. Only what the benchmark corpus needs.

#include "BusinessConfig.h"
#include "BusinessEvent.h"
#include "TimeText.h"

#include <nlohmann/json.hpp>

#include <bit>
#include <charconv>
#include <cmath>
#include <cstring>
#include <optional>
#include <string>
#include <vector>

namespace Tidewatch::NlohmannEventDecoders {

using nlohmann::json;

// ---------------------------------------------------------------- the extraction both nlohmann ways share

enum class Kind
{
    Absent,
    Null,
    Bool,
    Number,
    String,
    Object,
    Array
};

struct Found
{
    Kind kind = Kind::Absent;
    std::string_view text; ///< a string's content
    double number = 0;
    bool integer = false;
    qint64 integerValue = 0;
};

enum Field
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

enum class Shape
{
    Id,
    Text,
    Number,
    Time
};

constexpr Shape kShapes[FieldCount] = {Shape::Id,     Shape::Id,   Shape::Id,     Shape::Text,
                                       Shape::Number, Shape::Text, Shape::Text,   Shape::Text,
                                       Shape::Text,   Shape::Text, Shape::Number, Shape::Number,
                                       Shape::Time,   Shape::Time, Shape::Time,   Shape::Time};

/// Reads field values through @p get (Found(Field)) into @p e; false when the message is rejected.
/// Mirrors EventDecoder's rules for a Json topic or a Debezium row (Auto time format).
/// Stands in for EventDecoder's dedupe hash (same cost: word-at-a-time).
inline std::uint64_t hashBytes(std::string_view bytes)
{
    std::uint64_t h = bytes.size();
    std::size_t i = 0;
    for (; i + 8 <= bytes.size(); i += 8) {
        std::uint64_t w;
        std::memcpy(&w, bytes.data() + i, 8);
        h = std::rotl(h ^ (w * 0x9E3779B97F4A7C15ULL), 31) * 0xC2B2AE3D27D4EB4FULL;
    }
    for (; i < bytes.size(); ++i)
        h = (h ^ static_cast<unsigned char>(bytes[i])) * 0x100000001b3ULL;
    return h;
}

template<typename Get>
bool extract(const EventTopicConfig &config, std::string_view payload, bool isDelete, Get get,
             BusinessEvent &e, std::string &idScratch)
{
    const bool debezium = config.format == EventFormat::Debezium;
    std::string_view *texts[FieldCount] = {
        nullptr,    &e.orderId, &e.shipmentId, &e.status, nullptr, &e.currency, &e.customer, &e.carrier,
        &e.hubName, &e.hubCode, nullptr,       nullptr,   nullptr, nullptr,     nullptr,     nullptr};
    std::optional<double> *numbers[FieldCount] = {};
    numbers[Amount] = &e.amount;
    numbers[HubLat] = &e.hubLat;
    numbers[HubLon] = &e.hubLon;
    std::optional<qint64> *times[FieldCount] = {};
    times[ShipBy] = &e.shipByMs;
    times[PromisedDelivery] = &e.promisedDeliveryMs;
    times[Eta] = &e.etaMs;
    std::string_view eventId;
    bool haveEventId = false;
    texts[EventId] = &eventId;
    idScratch.clear();
    for (int f = 0; f < FieldCount; ++f) {
        if (f == EventTime && debezium && config.fields.eventTime.isEmpty())
            continue; // the envelope's time, read by the caller
        const Found v = get(Field(f));
        const bool required = f == (config.kind == EventKind::Order ? OrderId : ShipmentId) ||
                              (f == Status && !isDelete) || f == EventTime;
        if (v.kind == Kind::Absent || v.kind == Kind::Null) {
            if (required)
                return false;
            continue;
        }
        switch (kShapes[f]) {
        case Shape::Id:
            haveEventId = haveEventId || f == EventId;
            if (v.kind == Kind::String) {
                *texts[f] = v.text;
            } else if (v.kind == Kind::Number && v.integer) {
                const std::size_t at = idScratch.size();
                idScratch.resize(at + 24);
                const auto r =
                    std::to_chars(idScratch.data() + at, idScratch.data() + at + 24, v.integerValue);
                *texts[f] =
                    std::string_view(idScratch.data() + at, std::size_t(r.ptr - (idScratch.data() + at)));
            } else {
                return false;
            }
            break;
        case Shape::Text:
            if (v.kind != Kind::String)
                return false;
            *texts[f] = v.text;
            break;
        case Shape::Number:
            if (v.kind != Kind::Number)
                return false;
            *numbers[f] = v.number;
            break;
        case Shape::Time: {
            std::optional<qint64> ms;
            if (v.kind == Kind::String)
                ms = TimeText::parseIso8601Ms(v.text);
            else if (v.kind == Kind::Number)
                ms = v.integer ? v.integerValue : qint64(std::floor(v.number));
            if (!ms)
                return false;
            if (f == EventTime)
                e.eventTimeMs = *ms;
            else
                *times[f] = *ms;
            break;
        }
        }
    }
    e.dedupeKey = hashBytes(haveEventId ? eventId : payload);
    return true;
}

inline Found found(const json *v)
{
    Found f;
    if (!v)
        return f;
    switch (v->type()) {
    case json::value_t::null:
        f.kind = Kind::Null;
        break;
    case json::value_t::boolean:
        f.kind = Kind::Bool;
        break;
    case json::value_t::string:
        f.kind = Kind::String;
        f.text = v->get_ref<const std::string &>();
        break;
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
        f.kind = Kind::Number;
        f.integer = true;
        f.integerValue = v->get<qint64>();
        f.number = double(f.integerValue);
        break;
    case json::value_t::number_float:
        f.kind = Kind::Number;
        f.number = v->get<double>();
        break;
    case json::value_t::object:
        f.kind = Kind::Object;
        break;
    default:
        f.kind = Kind::Array;
    }
    return f;
}

} // namespace Tidewatch::NlohmannEventDecoders
