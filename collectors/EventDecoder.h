#pragma once

#include "BusinessConfig.h"
#include "BusinessEvent.h"

#include <QString>

#include <string>
#include <string_view>

namespace Tidewatch {

/// Turns the bytes of one message of an event topic into a BusinessEvent, or says exactly why it
/// cannot: which field of the mapping failed and how. Pure and reusable: one decoder per topic, on the
/// collector's thread; the event's string views point into @p payload or into the decoder's own
/// scratch space and stay valid until the next decode() call.
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
    EventTopicConfig m_config;
    BusinessEvent m_event;
    QString m_reason;
    QString m_reasonKind;
    std::string m_scratch;
};

} // namespace Tidewatch
