#include "AlertHistoryEntry.h"

#include <array>
#include <utility>

namespace Tidewatch {

namespace {

constexpr std::array kEventNames{
    std::pair{AlertHistoryEvent::Pending, "pending"},
    std::pair{AlertHistoryEvent::Firing, "firing"},
    std::pair{AlertHistoryEvent::Resolved, "resolved"},
    std::pair{AlertHistoryEvent::Dropped, "dropped"},
    std::pair{AlertHistoryEvent::NoData, "nodata"},
    std::pair{AlertHistoryEvent::DataBack, "databack"},
    std::pair{AlertHistoryEvent::Acknowledged, "acknowledged"},
    std::pair{AlertHistoryEvent::Silenced, "silenced"},
    std::pair{AlertHistoryEvent::Unsilenced, "unsilenced"},
    std::pair{AlertHistoryEvent::Restored, "restored"},
    std::pair{AlertHistoryEvent::Closed, "closed"},
    std::pair{AlertHistoryEvent::SilenceCreated, "silence_created"},
    std::pair{AlertHistoryEvent::SilenceExpired, "silence_expired"},
};

} // namespace

QString historyEventName(AlertHistoryEvent event)
{
    for (const auto &[e, name] : kEventNames) {
        if (e == event)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<AlertHistoryEvent> parseHistoryEvent(const QString &name)
{
    for (const auto &[e, n] : kEventNames) {
        if (name == QLatin1String(n))
            return e;
    }
    return std::nullopt;
}

QString AlertHistoryEntry::label(const QString &name) const
{
    for (const auto &[labelName, value] : labels) {
        if (labelName == name)
            return value;
    }
    return {};
}

} // namespace Tidewatch
