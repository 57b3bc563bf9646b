#pragma once

// bench_event_decode's (b): nlohmann::json::parse and json_pointer lookups.

#include "NlohmannExtract.h"

namespace Tidewatch::NlohmannEventDecoders {

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

} // namespace Tidewatch::NlohmannEventDecoders
