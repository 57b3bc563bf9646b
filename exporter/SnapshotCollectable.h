#pragma once

#include "Exposition.h"

#include <prometheus/collectable.h>

#include <map>
#include <mutex>

namespace Tidewatch {

/// The prometheus-cpp collectable of Tidewatch's exporter: on every scrape (a CivetWeb thread) it
/// builds fresh metric families from the latest exported sources, so a series that disappeared from
/// a snapshot disappears from the exposition, and staleness is judged at scrape time, not when the
/// last snapshot arrived. The Qt thread publishes immutable sources; both sides only hold the mutex
/// to swap or copy shared pointers.
class SnapshotCollectable : public prometheus::Collectable
{
public:
    /// Replaces the source @p source of @p cluster.
    void publish(const std::shared_ptr<const ExportedSource> &exported);
    /// Forgets every source of @p cluster (no longer monitored).
    void removeCluster(const std::string &cluster);
    void setAlerts(std::vector<prometheus::MetricFamily> alerts);

    std::vector<prometheus::MetricFamily> Collect() const override;
    /// What a scrape at @p nowMs returns (Collect() at the current time).
    std::vector<prometheus::MetricFamily> collectAt(qint64 nowMs) const;

private:
    mutable std::mutex m_mutex;
    std::map<std::pair<std::string, std::string>, std::shared_ptr<const ExportedSource>> m_sources;
    std::shared_ptr<const std::vector<prometheus::MetricFamily>> m_alerts =
        std::make_shared<std::vector<prometheus::MetricFamily>>();
};

} // namespace Tidewatch
