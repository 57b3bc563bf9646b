#include "SnapshotCollectable.h"

#include <QDateTime>

namespace Tidewatch {

void SnapshotCollectable::publish(const std::shared_ptr<const ExportedSource> &exported)
{
    const std::lock_guard lock(m_mutex);
    m_sources[{exported->cluster, exported->source}] = exported;
}

void SnapshotCollectable::removeCluster(const std::string &cluster)
{
    const std::lock_guard lock(m_mutex);
    std::erase_if(m_sources, [&](const auto &entry) { return entry.first.first == cluster; });
}

void SnapshotCollectable::setAlerts(std::vector<prometheus::MetricFamily> alerts)
{
    auto shared = std::make_shared<const std::vector<prometheus::MetricFamily>>(std::move(alerts));
    const std::lock_guard lock(m_mutex);
    m_alerts = std::move(shared);
}

std::vector<prometheus::MetricFamily> SnapshotCollectable::Collect() const
{
    return collectAt(QDateTime::currentMSecsSinceEpoch());
}

std::vector<prometheus::MetricFamily> SnapshotCollectable::collectAt(qint64 nowMs) const
{
    std::vector<std::shared_ptr<const ExportedSource>> sources;
    std::shared_ptr<const std::vector<prometheus::MetricFamily>> alerts;
    {
        const std::lock_guard lock(m_mutex);
        sources.reserve(m_sources.size());
        for (const auto &[key, source] : m_sources)
            sources.push_back(source);
        alerts = m_alerts;
    }
    // Built outside the lock: a large scrape never delays the Qt thread's next publish.
    return exposition(sources, *alerts, nowMs);
}

} // namespace Tidewatch
