#include "MetricStore.h"

#include <algorithm>

namespace Tidewatch {

MetricStore::MetricStore(const MetricStoreConfig &config)
    : m_config(config)
{
    m_config.maxSeries = std::max(m_config.maxSeries, 0);
}

bool MetricStore::append(const QString &key, qint64 timeMs, double value)
{
    auto it = m_series.find(key);
    if (it == m_series.end()) {
        if (m_series.size() >= m_config.maxSeries) {
            ++m_refused;
            return false;
        }
        it = m_series.emplace(key, m_config.history);
    }
    if (!it->append(timeMs, value))
        return false;
    m_latestTimeMs = std::max(m_latestTimeMs, timeMs);
    if (m_sink)
        m_sink->recorded(key, timeMs, value);
    return true;
}

bool MetricStore::restore(const QString &key, const QList<QList<NumberedBucket>> &tiers)
{
    auto it = m_series.find(key);
    if (it == m_series.end()) {
        if (m_series.size() >= m_config.maxSeries) {
            ++m_refused;
            return false;
        }
        MetricHistory restored(m_config.history);
        if (!restored.restore(tiers) || restored.isEmpty())
            return false;
        it = m_series.emplace(key, std::move(restored));
    } else if (!it->restore(tiers)) {
        return false;
    }
    m_latestTimeMs = std::max(m_latestTimeMs, it->latestTimeMs());
    return true;
}

const MetricHistory *MetricStore::history(const QString &key) const
{
    const auto it = m_series.constFind(key);
    return it == m_series.cend() ? nullptr : &*it;
}

QList<MetricPoint> MetricStore::samples(const QString &key, qint64 fromMs, qint64 toMs) const
{
    const MetricHistory *h = history(key);
    return h ? h->samples(fromMs, toMs) : QList<MetricPoint>{};
}

int MetricStore::removeStale(qint64 nowMs)
{
    const qint64 cutoff = nowMs - m_config.expireAfterMs;
    return int(m_series.removeIf(
        [cutoff](QHash<QString, MetricHistory>::iterator it) { return it.value().latestTimeMs() < cutoff; }));
}

void MetricStore::clear()
{
    m_series.clear();
    m_latestTimeMs = 0;
}

std::size_t MetricStore::memoryBytes() const
{
    std::size_t bytes = sizeof(*this);
    for (auto it = m_series.cbegin(); it != m_series.cend(); ++it) {
        // The key's characters plus its string header (about 24 bytes) and the node's QString.
        bytes += it.value().memoryBytes() + sizeof(QString) +
                 std::size_t(it.key().capacity()) * sizeof(QChar) + 24;
    }
    // QHash keeps one offset byte per slot; its node storage is counted above.
    bytes += std::size_t(m_series.capacity());
    return bytes;
}

std::size_t MetricStore::maxMemoryBytes() const
{
    return std::size_t(m_config.maxSeries) * MetricHistory::maxMemoryBytes(m_config.history);
}

} // namespace Tidewatch
