#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace Tidewatch {

/// A set of 64-bit keys (already hashes) in one open-addressing table: no allocation per key, one
/// cache line per lookup. The business aggregator's duplicate check meets every event, and a node-based
/// set cost it a malloc and a scattered read each time. Linear probing, at most half full, deletion by
/// backward shift (no tombstones, so lookups stay short after many erases).
class FlatKeySet
{
public:
    /// Inserts @p key; false when it was there already.
    bool insert(std::uint64_t key)
    {
        key = stored(key);
        if ((m_size + 1) * 2 > m_slots.size())
            grow();
        std::size_t i = home(key);
        while (m_slots[i] != 0) {
            if (m_slots[i] == key)
                return false;
            i = (i + 1) & m_mask;
        }
        m_slots[i] = key;
        ++m_size;
        return true;
    }

    /// Removes @p key; false when it was not there.
    bool erase(std::uint64_t key)
    {
        if (m_slots.empty())
            return false;
        key = stored(key);
        std::size_t i = home(key);
        while (m_slots[i] != key) {
            if (m_slots[i] == 0)
                return false;
            i = (i + 1) & m_mask;
        }
        // Backward shift: move later keys of the run into the hole when their home allows it.
        std::size_t j = i;
        for (;;) {
            j = (j + 1) & m_mask;
            if (m_slots[j] == 0)
                break;
            const std::size_t h = home(m_slots[j]);
            const bool movable = i <= j ? (h <= i || h > j) : (h <= i && h > j);
            if (movable) {
                m_slots[i] = m_slots[j];
                i = j;
            }
        }
        m_slots[i] = 0;
        --m_size;
        return true;
    }

    bool contains(std::uint64_t key) const
    {
        if (m_slots.empty())
            return false;
        key = stored(key);
        for (std::size_t i = home(key); m_slots[i] != 0; i = (i + 1) & m_mask) {
            if (m_slots[i] == key)
                return true;
        }
        return false;
    }

    std::size_t size() const { return m_size; }
    std::size_t memoryBytes() const { return m_slots.capacity() * sizeof(std::uint64_t); }

private:
    /// 0 marks an empty slot: the one key that would be 0 is stored as another fixed value.
    static std::uint64_t stored(std::uint64_t key) { return key == 0 ? 0x5bd1e9955bd1e995ULL : key; }
    std::size_t home(std::uint64_t key) const
    {
        return std::size_t((key * 0x9E3779B97F4A7C15ULL) >> 32) & m_mask;
    }
    void grow()
    {
        std::vector<std::uint64_t> old;
        old.swap(m_slots);
        m_slots.assign(old.empty() ? 1024 : old.size() * 2, 0);
        m_mask = m_slots.size() - 1;
        m_size = 0;
        for (std::uint64_t key : old) {
            if (key != 0)
                insert(key); // stored(key) == key for keys already stored
        }
    }

    std::vector<std::uint64_t> m_slots;
    std::size_t m_mask = 0;
    std::size_t m_size = 0;
};

} // namespace Tidewatch
