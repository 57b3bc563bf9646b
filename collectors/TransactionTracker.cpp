#include "TransactionTracker.h"

#include <QSet>

namespace Tidewatch {

TransactionTracker::TransactionTracker(qint64 hangingAfterMs)
    : m_hangingAfterMs(hangingAfterMs)
{}

TransactionTracker::State TransactionTracker::update(const TopicPartition &tp, qint64 lastStable,
                                                     qint64 highWatermark, qint64 nowMs)
{
    if (lastStable < 0 || highWatermark < 0)
        return current(tp, nowMs);
    // The LSO is read after the high watermark: records appended in between can put it above.
    if (lastStable >= highWatermark) {
        m_open.remove(tp);
        return {};
    }
    const auto it = m_open.find(tp);
    if (it == m_open.end() || it->lastStable != lastStable)
        m_open.insert(tp, {lastStable, nowMs}); // a new transaction, or the LSO moved on to the next one
    return current(tp, nowMs);
}

TransactionTracker::State TransactionTracker::current(const TopicPartition &tp, qint64 nowMs) const
{
    const auto it = m_open.constFind(tp);
    if (it == m_open.cend())
        return {};
    const qint64 openMs = std::max<qint64>(0, nowMs - it->sinceMs);
    return {double(openMs) / 1000.0, openMs >= m_hangingAfterMs};
}

void TransactionTracker::forgetPartitionsExcept(const QList<TopicInfo> &topics)
{
    QSet<TopicPartition> alive;
    for (const TopicInfo &t : topics) {
        for (const PartitionInfo &p : t.partitions)
            alive.insert({t.name, p.partition});
    }
    for (auto it = m_open.begin(); it != m_open.end();)
        it = alive.contains(it.key()) ? std::next(it) : m_open.erase(it);
}

} // namespace Tidewatch
