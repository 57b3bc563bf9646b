#include "EventDecoder.h"

#include "TimeText.h"

#include <algorithm>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Tidewatch {

namespace {

using Type = JsonScanner::Type;

/// The names EventFieldMap::entries() uses, in the same order as EventDecoder's Field enum.
constexpr const char *kFieldNames[] = {"event_id",   "order_id", "shipment_id",       "status",
                                       "amount",     "currency", "customer",          "carrier",
                                       "hub.name",   "hub.code", "hub.lat",           "hub.lon",
                                       "event_time", "ship_by",  "promised_delivery", "eta"};

constexpr std::size_t kQuoteLimit = 40;

/// A 64-bit hash of @p bytes, eight bytes per step (byte-wise FNV-1a cost a fifth of a Debezium
/// message's decoding): each word is multiplied into the state, which is rotated and multiplied again;
/// the length seeds it and a final xor-shift-multiply avalanche spreads every input bit.
std::uint64_t hashBytes(std::string_view bytes)
{
    constexpr std::uint64_t k1 = 0x9E3779B97F4A7C15ULL;
    constexpr std::uint64_t k2 = 0xC2B2AE3D27D4EB4FULL;
    std::uint64_t h = 0x165667B19E3779F9ULL ^ (std::uint64_t(bytes.size()) * k2);
    const char *p = bytes.data();
    std::size_t n = bytes.size();
    for (; n >= 8; n -= 8, p += 8) {
        std::uint64_t w;
        std::memcpy(&w, p, 8);
        h ^= w * k1;
        h = std::rotl(h, 31) * k2;
    }
    if (n > 0) {
        std::uint64_t w = 0;
        std::memcpy(&w, p, n);
        h ^= w * k1;
        h = std::rotl(h, 31) * k2;
    }
    h ^= h >> 33;
    h *= 0xFF51AFD7ED558CCDULL;
    h ^= h >> 33;
    h *= 0xC4CEB9FE1A85EC53ULL;
    h ^= h >> 33;
    return h;
}

/// @p raw (a JSON string's content as written) in double quotes, cut at a UTF-8 boundary.
QString quotedText(std::string_view raw)
{
    bool cut = false;
    if (raw.size() > kQuoteLimit) {
        std::size_t n = kQuoteLimit;
        while (n > 0 && (static_cast<unsigned char>(raw[n]) & 0xC0) == 0x80)
            --n;
        raw = raw.substr(0, n);
        cut = true;
    }
    return u'"' + QString::fromUtf8(raw.data(), qsizetype(raw.size())) + (cut ? u"...\""_s : u"\""_s);
}

/// A number's text, or a string's quoted.
QString shown(JsonScanner &scanner, int slot)
{
    const std::string_view raw = scanner.rawText(slot);
    if (scanner.type(slot) == Type::String)
        return quotedText(raw);
    return QString::fromUtf8(raw.data(), qsizetype(std::min(raw.size(), kQuoteLimit)));
}

bool isInteger(std::string_view number)
{
    return number.find_first_of(".eE") == std::string_view::npos;
}

QString latin1(const char *text)
{
    return QString::fromLatin1(text);
}

} // namespace

EventDecoder::EventDecoder(const EventTopicConfig &config)
    : m_config(config)
{
    const auto entries = m_config.fields.entries();
    Q_ASSERT(entries.size() == FieldCount);
    const bool debezium = m_config.format == EventFormat::Debezium;
    static constexpr std::string_view kPrefixes[kVariants] = {"/after", "/before", "/payload/after",
                                                              "/payload/before"};
    for (int f = 0; f < FieldCount && f < entries.size(); ++f) {
        FieldPlan &plan = m_fields[f];
        plan.pointer = entries.at(f).second;
        plan.mapped = !plan.pointer.isEmpty();
        if (!plan.mapped)
            continue;
        const std::string pointer = plan.pointer.toStdString();
        if (!debezium) {
            plan.slotIds[0] = m_scanner.addPointer(pointer);
            plan.valid = plan.slotIds[0] >= 0;
            continue;
        }
        for (int v = 0; v < kVariants; ++v)
            plan.slotIds[v] =
                pointer.front() == '/' ? m_scanner.addPointer(std::string(kPrefixes[v]) + pointer) : -1;
        plan.valid = plan.slotIds[0] >= 0;
    }
    if (debezium) {
        m_payloadSlot = m_scanner.addPointer("/payload");
        static constexpr std::string_view kEnvelopes[2] = {"", "/payload"};
        for (int e = 0; e < 2; ++e) {
            const std::string base(kEnvelopes[e]);
            m_envelope[e].op = m_scanner.addPointer(base + "/op");
            m_envelope[e].after = m_scanner.addPointer(base + "/after");
            m_envelope[e].before = m_scanner.addPointer(base + "/before");
            m_envelope[e].sourceTsMs = m_scanner.addPointer(base + "/source/ts_ms");
            m_envelope[e].tsMs = m_scanner.addPointer(base + "/ts_ms");
        }
    }
}

EventDecoder::Result EventDecoder::reject(const char *kind, const QString &reason)
{
    m_reasonKind = latin1(kind);
    m_reason = reason;
    return Result::Rejected;
}

EventDecoder::Result EventDecoder::decode(std::string_view payload)
{
    m_event = BusinessEvent{};
    m_event.kind = m_config.kind;
    m_variant = 0;
    if (payload.empty())
        return Result::Tombstone;
    if (!m_scanner.scan(payload)) {
        return reject("not-json", u"not JSON: "_s + latin1(m_scanner.error()) + u" at byte "_s +
                                      QString::number(m_scanner.errorOffset()));
    }
    if (m_scanner.rootType() != Type::Object)
        return reject("not-an-object",
                      u"not a JSON object: "_s + latin1(JsonScanner::typeName(m_scanner.rootType())));

    if (m_config.format == EventFormat::Debezium) {
        const int envelope =
            m_scanner.type(m_envelope[0].op) == Type::Absent && m_scanner.type(m_payloadSlot) == Type::Object
                ? 1
                : 0;
        const EnvelopeSlots &env = m_envelope[envelope];
        const Type opType = m_scanner.type(env.op);
        if (opType == Type::Absent || opType == Type::Null)
            return reject("unknown-op", u"missing op"_s);
        if (opType != Type::String)
            return reject("unknown-op",
                          u"unknown op: expected a string, got "_s + latin1(JsonScanner::typeName(opType)));
        const std::string_view op = m_scanner.text(env.op);
        bool isDelete = false;
        if (op == "d")
            isDelete = true;
        else if (op == "t" || op == "m")
            return Result::Skipped;
        else if (op != "c" && op != "u" && op != "r")
            return reject("unknown-op", u"unknown op "_s + quotedText(m_scanner.rawText(env.op)));
        if (m_scanner.type(isDelete ? env.before : env.after) != Type::Object)
            return reject("missing-field", isDelete ? u"missing before"_s : u"missing after"_s);
        m_event.change = isDelete ? BusinessEvent::Change::Delete : BusinessEvent::Change::Upsert;
        m_event.stateOnly = op == "r"; // a snapshot read: the row as it is, not a change at this time
        m_variant = envelope * 2 + (isDelete ? 1 : 0);
    }
    return decodeFields();
}

EventDecoder::Result EventDecoder::decodeFields()
{
    const bool isOrder = m_config.kind == EventKind::Order;
    const bool isDelete = m_event.change == BusinessEvent::Change::Delete;
    const bool debezium = m_config.format == EventFormat::Debezium;

    // Required first: the entity's id, its status (not for deletes), the event time.
    const Field idField = isOrder ? OrderId : ShipmentId;
    Got got = readId(idField, isOrder ? m_event.orderId : m_event.shipmentId);
    if (got != Got::Value)
        return got == Got::Rejected ? Result::Rejected : missing(idField);
    got = readText(Status, m_event.status);
    if (got == Got::Rejected)
        return Result::Rejected;
    if (got == Got::Absent && !isDelete)
        return missing(Status);
    if (debezium && !m_fields[EventTime].mapped) {
        if (envelopeTime() == Result::Rejected)
            return Result::Rejected;
    } else {
        got = readTime(EventTime, m_event.eventTimeMs);
        if (got == Got::Rejected)
            return Result::Rejected;
        if (got == Got::Absent) {
            if (!(debezium && isDelete))
                return missing(EventTime);
            if (envelopeTime() == Result::Rejected)
                return Result::Rejected;
        }
    }

    // Then the optional ones, in entries() order.
    std::string_view eventId;
    got = readId(EventId, eventId);
    if (got == Got::Rejected)
        return Result::Rejected;
    m_event.dedupeKey = hashBytes(got == Got::Value ? eventId : m_scanner.document());
    if (readId(isOrder ? ShipmentId : OrderId, isOrder ? m_event.shipmentId : m_event.orderId) ==
        Got::Rejected)
        return Result::Rejected;
    if (readNumber(Amount, m_event.amount) == Got::Rejected ||
        readText(Currency, m_event.currency) == Got::Rejected ||
        readText(Customer, m_event.customer) == Got::Rejected ||
        readText(Carrier, m_event.carrier) == Got::Rejected ||
        readText(HubName, m_event.hubName) == Got::Rejected ||
        readText(HubCode, m_event.hubCode) == Got::Rejected ||
        readNumber(HubLat, m_event.hubLat) == Got::Rejected ||
        readNumber(HubLon, m_event.hubLon) == Got::Rejected)
        return Result::Rejected;
    const Field times[] = {ShipBy, PromisedDelivery, Eta};
    std::optional<qint64> *targets[] = {&m_event.shipByMs, &m_event.promisedDeliveryMs, &m_event.etaMs};
    for (int i = 0; i < 3; ++i) {
        qint64 ms = 0;
        got = readTime(times[i], ms);
        if (got == Got::Rejected)
            return Result::Rejected;
        if (got == Got::Value)
            *targets[i] = ms;
    }

    return Result::Event;
}

QString EventDecoder::where(Field field) const
{
    const QString &pointer = m_fields[field].pointer;
    if (m_config.format != EventFormat::Debezium)
        return pointer;
    return pointer + (m_variant % 2 ? u" in before"_s : u" in after"_s);
}

EventDecoder::Result EventDecoder::missing(Field field)
{
    const FieldPlan &plan = m_fields[field];
    if (!plan.mapped)
        return reject("missing-field",
                      u"missing "_s + latin1(kFieldNames[field]) + u" (no pointer mapped)"_s);
    if (!plan.valid) {
        return reject("missing-field", u"missing "_s + latin1(kFieldNames[field]) + u" (invalid pointer "_s +
                                           quotedText(plan.pointer.toStdString()) + u')');
    }
    return reject("missing-field", u"missing "_s + where(field));
}

EventDecoder::Result EventDecoder::wrongType(Field field, const char *expected, Type got)
{
    return reject("wrong-type", where(field) + u": expected "_s + latin1(expected) + u", got "_s +
                                    latin1(JsonScanner::typeName(got)));
}

EventDecoder::Got EventDecoder::readId(Field field, std::string_view &out)
{
    const FieldPlan &plan = m_fields[field];
    if (!plan.valid)
        return Got::Absent;
    const int slot = plan.slotIds[m_variant];
    const Type t = m_scanner.type(slot);
    if (t == Type::Absent || t == Type::Null)
        return Got::Absent;
    if (t == Type::String || (t == Type::Number && isInteger(m_scanner.rawText(slot)))) {
        out = m_scanner.text(slot);
        // "" names nothing: a required id is missing, an empty event id falls back to the bytes.
        return out.empty() ? Got::Absent : Got::Value;
    }
    wrongType(field, "a string or an integer", t);
    return Got::Rejected;
}

EventDecoder::Got EventDecoder::readText(Field field, std::string_view &out)
{
    const FieldPlan &plan = m_fields[field];
    if (!plan.valid)
        return Got::Absent;
    const int slot = plan.slotIds[m_variant];
    const Type t = m_scanner.type(slot);
    if (t == Type::Absent || t == Type::Null)
        return Got::Absent;
    if (t == Type::String) {
        out = m_scanner.text(slot);
        if (out.empty())
            return Got::Absent; // an empty status or carrier is no status or carrier
        return Got::Value;
    }
    wrongType(field, "a string", t);
    return Got::Rejected;
}

EventDecoder::Got EventDecoder::readNumber(Field field, std::optional<double> &out)
{
    const FieldPlan &plan = m_fields[field];
    if (!plan.valid)
        return Got::Absent;
    const int slot = plan.slotIds[m_variant];
    const Type t = m_scanner.type(slot);
    if (t == Type::Absent || t == Type::Null)
        return Got::Absent;
    if (t != Type::Number) {
        wrongType(field, "a number", t);
        return Got::Rejected;
    }
    const std::string_view text = m_scanner.rawText(slot);
    double value = 0;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    if (result.ec != std::errc() || !std::isfinite(value)) {
        reject("wrong-type", where(field) + u": out of range: "_s + shown(m_scanner, slot));
        return Got::Rejected;
    }
    out = value;
    return Got::Value;
}

EventDecoder::Got EventDecoder::readTime(Field field, qint64 &out)
{
    const FieldPlan &plan = m_fields[field];
    if (!plan.valid)
        return Got::Absent;
    const int slot = plan.slotIds[m_variant];
    const Type t = m_scanner.type(slot);
    if (t == Type::Absent || t == Type::Null)
        return Got::Absent;
    std::optional<qint64> ms;
    const char *expectedForm = nullptr;
    switch (m_config.timeFormat) {
    case TimeFormat::Auto:
        if (t == Type::Number) {
            ms = TimeText::parseEpochMs(m_scanner.rawText(slot), TimeText::EpochUnit::Millis);
            expectedForm = "epoch-ms";
        } else if (t == Type::String) {
            ms = TimeText::parseIso8601Ms(m_scanner.text(slot));
            expectedForm = "ISO-8601";
        } else {
            wrongType(field, "a number or an ISO-8601 string", t);
            return Got::Rejected;
        }
        break;
    case TimeFormat::EpochMillis:
    case TimeFormat::EpochSeconds: {
        const bool seconds = m_config.timeFormat == TimeFormat::EpochSeconds;
        if (t != Type::Number && t != Type::String) {
            wrongType(field, "a number", t);
            return Got::Rejected;
        }
        ms = TimeText::parseEpochMs(m_scanner.text(slot),
                                    seconds ? TimeText::EpochUnit::Seconds : TimeText::EpochUnit::Millis);
        expectedForm = seconds ? "epoch-s" : "epoch-ms";
        break;
    }
    case TimeFormat::Iso8601:
        if (t != Type::String) {
            wrongType(field, "an ISO-8601 string", t);
            return Got::Rejected;
        }
        ms = TimeText::parseIso8601Ms(m_scanner.text(slot));
        expectedForm = "ISO-8601";
        break;
    }
    if (!ms) {
        reject("bad-time",
               where(field) + u": not an "_s + latin1(expectedForm) + u" time: "_s + shown(m_scanner, slot));
        return Got::Rejected;
    }
    out = *ms;
    return Got::Value;
}

EventDecoder::Result EventDecoder::envelopeTime()
{
    const EnvelopeSlots &env = m_envelope[m_variant / 2];
    const struct
    {
        int slot;
        const char *name;
    } candidates[] = {{env.sourceTsMs, "source.ts_ms"}, {env.tsMs, "ts_ms"}};
    for (const auto &c : candidates) {
        const Type t = m_scanner.type(c.slot);
        if (t == Type::Absent || t == Type::Null)
            continue;
        if (t != Type::Number) {
            return reject("wrong-type",
                          latin1(c.name) + u": expected a number, got "_s + latin1(JsonScanner::typeName(t)));
        }
        const auto ms = TimeText::parseEpochMs(m_scanner.rawText(c.slot), TimeText::EpochUnit::Millis);
        if (!ms)
            return reject("bad-time",
                          latin1(c.name) + u": not an epoch-ms time: "_s + shown(m_scanner, c.slot));
        m_event.eventTimeMs = *ms;
        return Result::Event;
    }
    return reject("missing-field", u"missing source.ts_ms and ts_ms"_s);
}

} // namespace Tidewatch
