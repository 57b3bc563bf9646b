#include "BusinessSnapshot.h"

namespace Tidewatch {

const SlaShare *BusinessSnapshot::overallSla(qint64 windowMs) const
{
    for (const SlaShare &s : sla) {
        if (s.key.isEmpty() && s.windowMs == windowMs)
            return &s;
    }
    return nullptr;
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
