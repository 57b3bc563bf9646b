#pragma once

#include <algorithm>
#include <cstddef>
#include <vector>

namespace Tidewatch {

/// A fixed-capacity ring, oldest first, whose storage grows with use (by a quarter at a time) up to
/// the capacity. Most series never fill their coarse tiers, so allocating every ring up front would
/// cost many times the memory actually holding data.
template<typename T>
class BoundedRing
{
public:
    explicit BoundedRing(int capacity = 1)
        : m_capacity(std::max(capacity, 1))
    {}

    int capacity() const { return m_capacity; }
    int size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    bool isFull() const { return m_size == m_capacity; }

    /// @p index 0 is the oldest element; must be < size().
    const T &at(int index) const { return m_items[std::size_t((m_start + index) % m_capacity)]; }
    T &at(int index) { return m_items[std::size_t((m_start + index) % m_capacity)]; }
    const T &back() const { return at(m_size - 1); }
    T &back() { return at(m_size - 1); }

    /// Appends @p item; returns true when the oldest element was dropped to make room.
    bool push(const T &item)
    {
        if (m_size < m_capacity) {
            // Not wrapped yet (only clear() empties a ring), so the new slot is the end of the storage.
            if (m_items.size() == m_items.capacity()) {
                const std::size_t n = m_items.size();
                m_items.reserve(
                    std::min<std::size_t>(std::size_t(m_capacity), std::max<std::size_t>(16, n + n / 4)));
            }
            m_items.push_back(item);
            ++m_size;
            return false;
        }
        m_items[std::size_t(m_start)] = item;
        m_start = (m_start + 1) % m_capacity;
        return true;
    }

    void clear()
    {
        m_items.clear();
        m_items.shrink_to_fit();
        m_start = 0;
        m_size = 0;
    }

    /// Heap bytes held by the storage (allocated, not only used).
    std::size_t memoryBytes() const { return m_items.capacity() * sizeof(T); }

private:
    std::vector<T> m_items;
    int m_capacity;
    int m_start = 0;
    int m_size = 0;
};

} // namespace Tidewatch
