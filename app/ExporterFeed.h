#pragma once

#include "SourceStatus.h"

#include <QHash>
#include <QObject>

namespace Tidewatch {

class Exporter;
class Monitor;

/// Hands what a Monitor delivers to an Exporter: every snapshot with its cluster's stale period, the
/// active alerts after each evaluation, and the removal of a cluster that is no longer monitored.
/// Used by `tidewatch serve` and by the desktop; neither the Monitor nor the Exporter knows the other.
class ExporterFeed : public QObject
{
    Q_OBJECT
public:
    ExporterFeed(Monitor *monitor, Exporter *exporter, QObject *parent = nullptr);

private:
    qint64 staleAfterMs(const QString &cluster) const;
    /// The status the pipelines of @p cluster are exported with: the Monitor's health of them.
    SourceStatus pipelineStatus(const QString &cluster) const;

    Monitor *m_monitor;
    Exporter *m_exporter;
    QHash<QString, qint64> m_staleAfterMs; ///< by cluster
};

} // namespace Tidewatch
