#pragma once

#include <QString>
#include <QtGlobal>

namespace Tidewatch {

/// Receives every sample a MetricStore accepts, e.g. to write the history to disk. Called on the
/// store's thread (the GUI thread) for each sample: an implementation only queues, never waits.
class MetricSink
{
public:
    virtual ~MetricSink() = default;
    /// @p value is NaN when unknown (a gap).
    virtual void recorded(const QString &key, qint64 timeMs, double value) = 0;
};

} // namespace Tidewatch
