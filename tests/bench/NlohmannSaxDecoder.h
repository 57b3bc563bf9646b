#pragma once

// bench_event_decode's (c): nlohmann::json::sax_parse into a pointer trie that keeps the wanted values.

#include "NlohmannExtract.h"

namespace Tidewatch::NlohmannEventDecoders {

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

} // namespace Tidewatch::NlohmannEventDecoders
