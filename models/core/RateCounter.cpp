#include "RateCounter.h"

#include <cmath>

namespace Tidewatch {

std::optional<double> RateCounter::add(double value, qint64 timeMs)
{
    if (!std::isfinite(value)) {
        m_lastOutcome = Outcome::InvalidValue;
        return std::nullopt;
    }
    if (!m_value) {
        m_lastOutcome = Outcome::First;
    } else if (timeMs == m_timeMs) {
        m_lastOutcome = Outcome::TimeNotAdvanced;
        return std::nullopt;
    } else if (timeMs < m_timeMs) {
        m_lastOutcome = Outcome::TimeWentBackwards;
        m_rate.reset();
    } else if (value < *m_value) {
        m_lastOutcome = Outcome::CounterReset;
        ++m_resetCount;
        m_rate.reset();
    } else {
        m_lastOutcome = Outcome::Rate;
        m_rate = (value - *m_value) * 1000.0 / double(timeMs - m_timeMs);
    }
    m_value = value;
    m_timeMs = timeMs;
    return m_lastOutcome == Outcome::Rate ? m_rate : std::nullopt;
}

void RateCounter::clear()
{
    m_value.reset();
    m_timeMs = 0;
    m_rate.reset();
    m_lastOutcome = Outcome::None;
    m_resetCount = 0;
}

} // namespace Tidewatch
