#pragma once

#include "MetricHistory.h"
#include "MetricSink.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <cstddef>

namespace Tidewatch {

/// Limits of a MetricStore. Passed in, never read from settings.
struct MetricStoreConfig
{
    MetricHistoryConfig history;
    /// New series beyond this many are refused (and counted), so a runaway key scheme (a group per
    /// client id, a topic per request) cannot eat the machine.
    int maxSeries = 10000;
    /// Series without a sample for this long are dropped by removeStale() (deleted topics, groups).
    qint64 expireAfterMs = 24LL * 3600 * 1000;
};

/// Many MetricHistory series by key, e.g. "kafka/<cluster>/group/<id>/lag" or
/// "kafka/<cluster>/topic/<name>/messagesPerSecond". Bounded: at most maxSeries series, each at
/// most MetricHistory::maxMemoryBytes(config.history); see maxMemoryBytes(). Not thread-safe: it
/// lives on the GUI thread and is fed from the snapshots applied there.
class MetricStore
{
public:
    explicit MetricStore(const MetricStoreConfig &config = {});

    /// Records @p value (NaN: unknown, drawn as a gap) for @p key, creating the series if needed.
    /// Returns false when the sample is out of order or the series cap refuses a new key.
    bool append(const QString &key, qint64 timeMs, double value);
    /// Every accepted sample is passed on to @p sink as well (nullptr: none; not owned).
    void setSink(MetricSink *sink) { m_sink = sink; }
    /// Puts stored buckets (per tier, oldest first) in front of @p key's live samples, creating the
    /// series if needed; see MetricHistory::restore(). False when refused (series cap, raw ring
    /// already full) or when @p tiers holds nothing.
    bool restore(const QString &key, const QList<QList<NumberedBucket>> &tiers);

    /// nullptr when @p key is unknown.
    const MetricHistory *history(const QString &key) const;
    /// MetricHistory::samples() of @p key; empty when unknown.
    QList<MetricPoint> samples(const QString &key, qint64 fromMs, qint64 toMs) const;

    bool contains(const QString &key) const { return m_series.contains(key); }
    int seriesCount() const { return int(m_series.size()); }
    QStringList keys() const { return m_series.keys(); }
    /// Latest sample time over all series; 0 when empty. A live chart's "now" when replaying.
    qint64 latestTimeMs() const { return m_latestTimeMs; }
    /// Appends refused by the series cap since construction.
    qint64 refusedCount() const { return m_refused; }

    bool remove(const QString &key) { return m_series.remove(key); }
    /// Drops series whose latest sample is older than @p nowMs - expireAfterMs; returns how many.
    int removeStale(qint64 nowMs);
    void clear();

    /// Approximate bytes held now: the histories, their keys and the hash nodes.
    std::size_t memoryBytes() const;
    /// The most this store can hold (every series full), keys not counted.
    std::size_t maxMemoryBytes() const;
    const MetricStoreConfig &config() const { return m_config; }

private:
    MetricStoreConfig m_config;
    QHash<QString, MetricHistory> m_series;
    qint64 m_latestTimeMs = 0;
    qint64 m_refused = 0;
    MetricSink *m_sink = nullptr;
};

} // namespace Tidewatch
