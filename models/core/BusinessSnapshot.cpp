#include "BusinessSnapshot.h"

#include <algorithm>

namespace Tidewatch {

const SlaShare *BusinessSnapshot::overallSla(qint64 windowMs) const
{
    for (const SlaShare &s : sla) {
        if (s.key.isEmpty() && s.windowMs == windowMs)
            return &s;
    }
    return nullptr;
}

BusinessSnapshot::BreachSplit BusinessSnapshot::breachSplit() const
{
    // The first overall share is the first SLA window's, the window breachCount covers.
    for (const SlaShare &s : sla) {
        if (s.key.isEmpty()) {
            const qint64 deliveries = s.total - s.onTime;
            return {deliveries, std::max<qint64>(0, breachCount - deliveries)};
        }
    }
    return {};
}

const MinuteCounts *BusinessSnapshot::lastClosedMinute() const
{
    for (auto it = minutes.crbegin(); it != minutes.crend(); ++it) {
        if (it->closed)
            return &*it;
    }
    return nullptr;
}

} // namespace Tidewatch
