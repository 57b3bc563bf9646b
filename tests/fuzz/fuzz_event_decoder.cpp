// One message of an event topic (plain JSON or a Debezium change event). The first byte chooses the
// topic's configuration (kind, format, time format, whether eventId is mapped); the rest is the payload.
#include "EventDecoder.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>

using namespace Tidewatch;

namespace {

constexpr int kConfigs = 2 * 2 * 4 * 2;

EventTopicConfig configFor(int index)
{
    const auto kind = (index & 1) ? EventKind::Shipment : EventKind::Order;
    const auto format = (index & 2) ? EventFormat::Debezium : EventFormat::Json;
    EventTopicConfig config = EventTopicConfig::withDefaults(QStringLiteral("events"), kind, format);
    config.timeFormat = static_cast<TimeFormat>((index >> 2) & 3);
    if (index & 16)
        config.fields.eventId = QStringLiteral("/event_id");
    return config;
}

/// Touches every byte of a view: ASan reports a view that points outside the payload or scratch space.
std::size_t touch(std::string_view view)
{
    std::size_t sum = 0;
    for (const char c : view)
        sum += static_cast<unsigned char>(c);
    return sum;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static std::array<std::unique_ptr<EventDecoder>, kConfigs> decoders;
    if (size == 0)
        return 0;
    const int index = data[0] % kConfigs;
    if (!decoders[index])
        decoders[index] = std::make_unique<EventDecoder>(configFor(index));
    EventDecoder &decoder = *decoders[index];
    const std::string_view payload(reinterpret_cast<const char *>(data) + 1, size - 1);
    const EventDecoder::Result result = decoder.decode(payload);
    if (result == EventDecoder::Result::Event) {
        const BusinessEvent &e = decoder.event();
        volatile std::size_t sum = touch(e.orderId) + touch(e.shipmentId) + touch(e.status) +
                                   touch(e.currency) + touch(e.customer) + touch(e.carrier) +
                                   touch(e.hubName) + touch(e.hubCode);
        (void)sum;
    } else if (result == EventDecoder::Result::Rejected && decoder.reasonKind().isEmpty()) {
        std::abort(); // a rejection always says which kind
    } else if (result == EventDecoder::Result::Tombstone && !payload.empty()) {
        std::abort(); // only an empty message is a tombstone
    }
    return 0;
}
