#pragma once

#include <QList>
#include <QtGlobal>

namespace Tidewatch {

/// One observation of a partition offset (usually the high watermark) at a wall-clock time.
struct OffsetSample
{
    qint64 offset = 0;
    qint64 timeMs = 0; ///< milliseconds since the epoch

    friend bool operator==(const OffsetSample &, const OffsetSample &) = default;
};

/// Bounded history of one partition's offset over time, oldest first: the table that time lag is
/// interpolated on, and the source of sparklines. A fixed-capacity ring, so memory per partition is
/// at most capacity() samples whatever the cluster size.
///
/// append() rules, checked in this order:
///  1. The offset went backwards (topic deleted and recreated, log truncated): the history no longer
///     describes this log, so it is cleared and the new sample starts a fresh one (Reset).
///  2. The time did not advance by at least minIntervalMs() past the latest sample (duplicate poll,
///     burst of manual refreshes, clock stepping back): ignored (Ignored).
///  3. The offset equals the two latest samples' offset (an idle topic): the latest sample's time is
///     moved forward instead of appending (Extended), so a plateau costs two slots, [first seen,
///     last seen], and an idle partition never pushes real movement out of the window.
///  4. Otherwise the sample is appended, dropping the oldest one when full (Appended).
/// Offsets stay non-decreasing and times strictly increasing, which interpolation relies on.
class OffsetHistory
{
public:
    static constexpr int DefaultCapacity = 120;
    static constexpr qint64 DefaultMinIntervalMs = 1000;

    enum class AppendResult
    {
        Appended,
        Extended,
        Ignored,
        Reset
    };

    /// @p capacity is clamped to at least 2 (interpolation needs two points).
    explicit OffsetHistory(int capacity = DefaultCapacity, qint64 minIntervalMs = DefaultMinIntervalMs);

    AppendResult append(qint64 offset, qint64 timeMs);
    void clear();

    int capacity() const { return m_capacity; }
    qint64 minIntervalMs() const { return m_minIntervalMs; }
    int size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    /// How many times rule 1 cleared the history since construction.
    int resetCount() const { return m_resetCount; }

    /// @p index 0 is the oldest sample; must be < size().
    const OffsetSample &at(int index) const;
    const OffsetSample &oldest() const { return at(0); }
    const OffsetSample &latest() const { return at(m_size - 1); }
    /// A copy, oldest first (for tests and charts; the hot path uses at()).
    QList<OffsetSample> samples() const;

private:
    OffsetSample &slot(int index);

    QList<OffsetSample> m_ring; // grows up to m_capacity, then reused in place
    int m_capacity;
    qint64 m_minIntervalMs;
    int m_start = 0; // ring index of the oldest sample
    int m_size = 0;
    int m_resetCount = 0;
};

} // namespace Tidewatch
