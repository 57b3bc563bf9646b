// Decoding cost of event-topic messages (the business views' issue: decode and aggregate on one core
// at >= 70 % of kcat's rate). Decodes the same corpus of generator-shaped messages (orders and
// shipments JSON, Debezium change events of the orders table) three ways, each doing the same
// extraction (the mapped fields, their types, the times parsed, Debezium unwrapped):
//   scanner   EventDecoder (JsonScanner: one validating pass, no DOM)
//   dom       nlohmann::json::parse + json_pointer lookups
//   sax       nlohmann::json::sax_parse with a handler that keeps the wanted values (a pointer trie)
// and prints msgs/s and MB/s per corpus (the best of five rounds). The three must agree on the events and a
// checksum of them. Not a test: run it by hand from the release build (see docs/BENCHMARKS.md).
//
//   bench_event_decode [--messages 20000] [--seconds 2] [--file messages.txt --kind orders|shipments|cdc]
//
// --file reads one message per line (e.g. `kcat -C -t orders -e -q -f '%s\n' > orders.txt`).

#include "EventCorpus.h"
#include "EventDecoder.h"
#include "TimeText.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <nlohmann/json.hpp>

#include <bit>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <functional>

using namespace Tidewatch;
using namespace Qt::StringLiterals;
using nlohmann::json;

namespace {

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
std::uint64_t hashBytes(std::string_view bytes)
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

Found found(const json *v)
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

// ---------------------------------------------------------------- (b) nlohmann DOM + json_pointer

class DomDecoder
{
public:
    explicit DomDecoder(const EventTopicConfig &config)
        : m_config(config)
    {
        const auto entries = config.fields.entries();
        for (int f = 0; f < FieldCount; ++f) {
            if (!entries.at(f).second.isEmpty())
                m_pointers[f] = json::json_pointer(entries.at(f).second.toStdString());
        }
    }
    bool decode(std::string_view payload)
    {
        m_event = BusinessEvent{};
        m_doc = json::parse(payload.begin(), payload.end(), nullptr, false);
        if (m_doc.is_discarded() || !m_doc.is_object())
            return false;
        const json *row = &m_doc;
        bool isDelete = false;
        if (m_config.format == EventFormat::Debezium) {
            const json *env = &m_doc;
            if (!m_doc.contains("op") && m_doc.contains("payload") && m_doc["payload"].is_object())
                env = &m_doc["payload"];
            const auto op = env->find("op");
            if (op == env->end() || !op->is_string())
                return false;
            const std::string &o = op->get_ref<const std::string &>();
            isDelete = o == "d";
            if (!isDelete && o != "c" && o != "u" && o != "r")
                return false;
            const auto r = env->find(isDelete ? "before" : "after");
            if (r == env->end() || !r->is_object())
                return false;
            row = &*r;
            const auto source = env->find("source");
            const json *ts = nullptr;
            if (source != env->end() && source->is_object() && source->contains("ts_ms"))
                ts = &(*source)["ts_ms"];
            else if (env->contains("ts_ms"))
                ts = &(*env)["ts_ms"];
            if (!ts || !ts->is_number())
                return false;
            m_event.eventTimeMs = ts->get<qint64>();
        }
        return extract(
            m_config, payload, isDelete,
            [&](Field f) -> Found {
                if (!m_pointers[f] || !row->contains(*m_pointers[f]))
                    return {};
                return found(&(*row)[*m_pointers[f]]);
            },
            m_event, m_idScratch);
    }
    const BusinessEvent &event() const { return m_event; }

private:
    EventTopicConfig m_config;
    std::optional<json::json_pointer> m_pointers[FieldCount];
    json m_doc;
    BusinessEvent m_event;
    std::string m_idScratch;
};

// ---------------------------------------------------------------- (c) nlohmann SAX + a pointer trie

class SaxDecoder : public nlohmann::json_sax<json>
{
public:
    explicit SaxDecoder(const EventTopicConfig &config)
        : m_config(config)
    {
        m_nodes.emplace_back();
        const auto entries = config.fields.entries();
        const bool debezium = config.format == EventFormat::Debezium;
        const std::string prefixes[4] = {"/after", "/before", "/payload/after", "/payload/before"};
        for (int f = 0; f < FieldCount; ++f) {
            const std::string p = entries.at(f).second.toStdString();
            for (int v = 0; v < 4; ++v)
                m_fieldSlots[f][v] =
                    p.empty() || (!debezium && v > 0) ? -1 : slotFor(debezium ? prefixes[v] + p : p);
        }
        if (debezium) {
            for (const std::string base : {"", "/payload"}) {
                const int e = base.empty() ? 0 : 1;
                m_op[e] = slotFor(base + "/op");
                m_after[e] = slotFor(base + "/after");
                m_before[e] = slotFor(base + "/before");
                m_sourceTs[e] = slotFor(base + "/source/ts_ms");
                m_ts[e] = slotFor(base + "/ts_ms");
            }
            m_payload = slotFor("/payload");
        }
    }

    bool decode(std::string_view payload)
    {
        m_event = BusinessEvent{};
        for (Slot &s : m_slots)
            s.found.kind = Kind::Absent;
        m_stack.clear();
        m_next = 0;
        m_rootIsObject = false;
        if (!json::sax_parse(payload.begin(), payload.end(), this) || !m_rootIsObject)
            return false;
        int variant = 0;
        bool isDelete = false;
        if (m_config.format == EventFormat::Debezium) {
            const int env = kind(m_op[0]) == Kind::Absent && kind(m_payload) == Kind::Object ? 1 : 0;
            if (kind(m_op[env]) != Kind::String)
                return false;
            const std::string_view op = m_slots[std::size_t(m_op[env])].found.text;
            isDelete = op == "d";
            if (!isDelete && op != "c" && op != "u" && op != "r")
                return false;
            if (kind(isDelete ? m_before[env] : m_after[env]) != Kind::Object)
                return false;
            variant = env * 2 + (isDelete ? 1 : 0);
            const int ts = kind(m_sourceTs[env]) != Kind::Absent ? m_sourceTs[env] : m_ts[env];
            const Found &t = m_slots[std::size_t(std::max(ts, 0))].found;
            if (ts < 0 || t.kind != Kind::Number)
                return false;
            m_event.eventTimeMs = t.integerValue;
        }
        return extract(
            m_config, payload, isDelete,
            [&](Field f) -> Found {
                const int slot = m_fieldSlots[f][variant];
                return slot < 0 ? Found{} : m_slots[std::size_t(slot)].found;
            },
            m_event, m_idScratch);
    }
    const BusinessEvent &event() const { return m_event; }

    bool null() override { return scalar(Kind::Null); }
    bool boolean(bool) override { return scalar(Kind::Bool); }
    bool number_integer(number_integer_t v) override { return integer(v); }
    bool number_unsigned(number_unsigned_t v) override { return integer(qint64(v)); }
    bool number_float(number_float_t v, const string_t &) override
    {
        if (Slot *s = target())
            s->found = Found{Kind::Number, {}, v, false, 0};
        m_next = -1;
        return true;
    }
    bool string(string_t &v) override
    {
        if (Slot *s = target()) {
            s->storage.assign(v);
            s->found = Found{Kind::String, s->storage, 0, false, 0};
        }
        m_next = -1;
        return true;
    }
    bool binary(binary_t &) override { return false; }
    bool start_object(std::size_t) override
    {
        if (m_stack.empty())
            m_rootIsObject = true;
        if (Slot *s = target())
            s->found = Found{Kind::Object, {}, 0, false, 0};
        m_stack.push_back({m_next, false});
        m_next = -1;
        return true;
    }
    bool key(string_t &k) override
    {
        const int node = m_stack.back().node;
        m_next = -1;
        if (node >= 0) {
            for (const auto &[name, child] : m_nodes[std::size_t(node)].children) {
                if (name == k)
                    m_next = child;
            }
        }
        return true;
    }
    bool end_object() override
    {
        m_stack.pop_back();
        m_next = -1;
        return true;
    }
    bool start_array(std::size_t) override
    {
        if (Slot *s = target())
            s->found = Found{Kind::Array, {}, 0, false, 0};
        m_stack.push_back({-1, true}); // elements are not wanted (the corpus maps no indices)
        m_next = -1;
        return true;
    }
    bool end_array() override
    {
        m_stack.pop_back();
        m_next = -1;
        return true;
    }
    bool parse_error(std::size_t, const std::string &, const nlohmann::detail::exception &) override
    {
        return false;
    }

private:
    struct Node
    {
        std::vector<std::pair<std::string, int>> children;
        int slot = -1;
    };
    struct Slot
    {
        Found found;
        std::string storage;
    };
    struct Level
    {
        int node;
        bool array;
    };

    int slotFor(const std::string &pointer)
    {
        int node = 0;
        std::size_t pos = 0;
        while (pos < pointer.size()) {
            const std::size_t end = std::min(pointer.find('/', pos + 1), pointer.size());
            const std::string token = pointer.substr(pos + 1, end - pos - 1); // the corpus needs no ~ escapes
            pos = end;
            int next = -1;
            for (const auto &[name, child] : m_nodes[std::size_t(node)].children) {
                if (name == token)
                    next = child;
            }
            if (next < 0) {
                next = int(m_nodes.size());
                m_nodes[std::size_t(node)].children.emplace_back(token, next);
                m_nodes.emplace_back();
            }
            node = next;
        }
        if (m_nodes[std::size_t(node)].slot < 0) {
            m_nodes[std::size_t(node)].slot = int(m_slots.size());
            m_slots.emplace_back();
        }
        return m_nodes[std::size_t(node)].slot;
    }
    Kind kind(int slot) const { return slot < 0 ? Kind::Absent : m_slots[std::size_t(slot)].found.kind; }
    Slot *target()
    {
        if (m_next < 0)
            return nullptr;
        const int slot = m_nodes[std::size_t(m_next)].slot;
        return slot < 0 ? nullptr : &m_slots[std::size_t(slot)];
    }
    bool scalar(Kind k)
    {
        if (Slot *s = target())
            s->found = Found{k, {}, 0, false, 0};
        m_next = -1;
        return true;
    }
    bool integer(qint64 v)
    {
        if (Slot *s = target())
            s->found = Found{Kind::Number, {}, double(v), true, v};
        m_next = -1;
        return true;
    }

    EventTopicConfig m_config;
    std::vector<Node> m_nodes;
    std::vector<Slot> m_slots;
    std::vector<Level> m_stack;
    int m_next = 0;
    bool m_rootIsObject = false;
    int m_fieldSlots[FieldCount][4] = {};
    int m_op[2] = {-1, -1}, m_after[2] = {-1, -1}, m_before[2] = {-1, -1}, m_sourceTs[2] = {-1, -1},
        m_ts[2] = {-1, -1};
    int m_payload = -1;
    BusinessEvent m_event;
    std::string m_idScratch;
};

// ---------------------------------------------------------------- measuring

struct Tally
{
    qint64 messages = 0;
    qint64 events = 0;
    double checksum = 0; ///< over one pass: times, amounts and id lengths of the events

    void add(bool ok, const BusinessEvent &e)
    {
        ++messages;
        if (!ok)
            return;
        ++events;
        checksum += double(e.eventTimeMs % 1000003) + e.amount.value_or(0) + e.hubLat.value_or(0) +
                    double(e.orderId.size() + e.shipmentId.size() + e.status.size() + e.customer.size()) +
                    double(e.shipByMs.value_or(0) % 1009);
    }
};

struct Measured
{
    double msgsPerSecond = 0;
    double mbPerSecond = 0;
    Tally firstPass;
};

template<typename Decoder>
Measured measure(Decoder &decoder, const QList<QByteArray> &corpus, double seconds,
                 const std::function<bool(Decoder &, std::string_view)> &decode)
{
    Measured m;
    qint64 bytes = 0;
    for (const QByteArray &msg : corpus) {
        const bool ok = decode(decoder, std::string_view(msg.constData(), std::size_t(msg.size())));
        m.firstPass.add(ok, decoder.event());
        bytes += msg.size();
    }
    // The machine is shared: measure in rounds and keep the fastest (the least disturbed) one.
    constexpr int kRounds = 5;
    volatile qint64 sink = 0;
    for (int round = 0; round < kRounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        qint64 passes = 0;
        do {
            for (const QByteArray &msg : corpus) {
                if (decode(decoder, std::string_view(msg.constData(), std::size_t(msg.size()))))
                    sink = sink + decoder.event().eventTimeMs;
            }
            ++passes;
        } while (timer.nsecsElapsed() < qint64(seconds / kRounds * 1e9));
        const double elapsed = double(timer.nsecsElapsed()) / 1e9;
        const double rate = double(passes * corpus.size()) / elapsed;
        if (rate > m.msgsPerSecond) {
            m.msgsPerSecond = rate;
            m.mbPerSecond = double(passes * bytes) / elapsed / 1e6;
        }
    }
    return m;
}

bool run(const char *name, const EventTopicConfig &config, const QList<QByteArray> &corpus, double seconds)
{
    qint64 bytes = 0;
    for (const QByteArray &m : corpus)
        bytes += m.size();
    EventDecoder scanner(config);
    DomDecoder dom(config);
    SaxDecoder sax(config);
    const Measured a =
        measure<EventDecoder>(scanner, corpus, seconds, [](EventDecoder &d, std::string_view p) {
            return d.decode(p) == EventDecoder::Result::Event;
        });
    const Measured b = measure<DomDecoder>(dom, corpus, seconds,
                                           [](DomDecoder &d, std::string_view p) { return d.decode(p); });
    const Measured c = measure<SaxDecoder>(sax, corpus, seconds,
                                           [](SaxDecoder &d, std::string_view p) { return d.decode(p); });
    std::printf("\n%s: %lld messages, %.0f bytes on average\n\n", name, static_cast<long long>(corpus.size()),
                double(bytes) / double(corpus.size()));
    std::printf(
        "| method | msgs/s | MB/s | vs scanner | events | checksum |\n|---|---:|---:|---:|---:|---:|\n");
    const struct
    {
        const char *method;
        const Measured &m;
    } rows[] = {
        {"EventDecoder (JsonScanner)", a}, {"nlohmann DOM + json_pointer", b}, {"nlohmann SAX + trie", c}};
    bool agree = true;
    for (const auto &r : rows) {
        std::printf("| %s | %.0f | %.1f | %.2f | %lld | %.0f |\n", r.method, r.m.msgsPerSecond,
                    r.m.mbPerSecond, r.m.msgsPerSecond / a.msgsPerSecond,
                    static_cast<long long>(r.m.firstPass.events), r.m.firstPass.checksum);
        agree = agree && r.m.firstPass.events == a.firstPass.events &&
                std::abs(r.m.firstPass.checksum - a.firstPass.checksum) <
                    1e-3 * std::max(1.0, a.firstPass.checksum);
    }
    if (!agree)
        std::printf("\nWARNING: the methods disagree on the events of %s\n", name);
    return agree;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Decoding cost of event-topic messages: EventDecoder vs nlohmann"_s);
    parser.addHelpOption();
    parser.addOption({u"messages"_s, u"Messages per synthetic corpus."_s, u"n"_s, u"20000"_s});
    parser.addOption({u"seconds"_s, u"Measuring time per method and corpus."_s, u"s"_s, u"2"_s});
    parser.addOption({u"file"_s, u"Also decode these messages, one per line."_s, u"path"_s});
    parser.addOption(
        {u"kind"_s, u"The topic of --file: orders, shipments or cdc."_s, u"kind"_s, u"orders"_s});
    parser.process(app);
    const int n = parser.value(u"messages"_s).toInt();
    const double seconds = parser.value(u"seconds"_s).toDouble();

    const auto orders = EventTopicConfig::withDefaults(u"orders"_s, EventKind::Order, EventFormat::Json);
    const auto shipments =
        EventTopicConfig::withDefaults(u"shipments"_s, EventKind::Shipment, EventFormat::Json);
    const auto cdc = EventTopicConfig::withDefaults(u"orders-cdc"_s, EventKind::Order, EventFormat::Debezium);
    bool agree = run("orders (JSON)", orders, EventCorpus::orders(n), seconds);
    agree = run("shipments (JSON)", shipments, EventCorpus::shipments(n), seconds) && agree;
    agree = run("orders-cdc (Debezium)", cdc, EventCorpus::cdc(n), seconds) && agree;

    if (parser.isSet(u"file"_s)) {
        QFile f(parser.value(u"file"_s));
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(f.fileName()));
            return 2;
        }
        QList<QByteArray> lines;
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (!line.isEmpty())
                lines << line;
        }
        const QString kind = parser.value(u"kind"_s);
        const auto config = kind == u"cdc" ? cdc : kind == u"shipments" ? shipments : orders;
        agree = run(qPrintable(u"file "_s + f.fileName()), config, lines, seconds) && agree;
    }
    return agree ? 0 : 1;
}
