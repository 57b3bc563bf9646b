#include "OffsetHistory.h"

#include <algorithm>

namespace Tidewatch {

OffsetHistory::OffsetHistory(int capacity, qint64 minIntervalMs)
    : m_capacity(std::max(capacity, 2))
    , m_minIntervalMs(std::max<qint64>(minIntervalMs, 1))
{}

const OffsetSample &OffsetHistory::at(int index) const
{
    Q_ASSERT(index >= 0 && index < m_size);
    return m_ring[(m_start + index) % m_capacity];
}

OffsetSample &OffsetHistory::slot(int index)
{
    return m_ring[(m_start + index) % m_capacity];
}

OffsetHistory::AppendResult OffsetHistory::append(qint64 offset, qint64 timeMs)
{
    if (m_size > 0 && offset < latest().offset) {
        clear();
        ++m_resetCount;
        m_ring.append(OffsetSample{offset, timeMs});
        m_size = 1;
        return AppendResult::Reset;
    }
    if (m_size > 0 && timeMs - latest().timeMs < m_minIntervalMs)
        return AppendResult::Ignored;
    if (m_size >= 2 && offset == latest().offset && offset == at(m_size - 2).offset) {
        slot(m_size - 1).timeMs = timeMs;
        return AppendResult::Extended;
    }
    if (m_ring.size() < m_capacity) {
        // Still filling (clear() empties the ring): nothing has wrapped, so the new slot is the end.
        m_ring.append(OffsetSample{offset, timeMs});
        ++m_size;
    } else {
        m_ring[m_start] = OffsetSample{offset, timeMs};
        m_start = (m_start + 1) % m_capacity;
    }
    return AppendResult::Appended;
}

void OffsetHistory::clear()
{
    m_ring.clear();
    m_start = 0;
    m_size = 0;
}

QList<OffsetSample> OffsetHistory::samples() const
{
    QList<OffsetSample> result;
    result.reserve(m_size);
    for (int i = 0; i < m_size; ++i)
        result.append(at(i));
    return result;
}

} // namespace Tidewatch
