#include "ExporterFeed.h"

#include "Exporter.h"
#include "Monitor.h"

namespace Tidewatch {

ExporterFeed::ExporterFeed(Monitor *monitor, Exporter *exporter, QObject *parent)
    : QObject(parent)
    , m_monitor(monitor)
    , m_exporter(exporter)
{
    for (const ClusterProfile &profile : monitor->profiles())
        m_staleAfterMs.insert(profile.name, Monitor::staleAfterMs(profile));
    connect(monitor, &Monitor::clusterAdded, this, [this](const ClusterProfile &profile) {
        m_exporter->removeCluster(profile.name); // a restarted cluster starts without its old series
        m_staleAfterMs.insert(profile.name, Monitor::staleAfterMs(profile));
    });
    connect(monitor, &Monitor::clusterRemoved, this, [this](const QString &name) {
        m_exporter->removeCluster(name);
        m_staleAfterMs.remove(name);
    });
    connect(monitor, &Monitor::kafkaSnapshotReady, this,
            [this](const KafkaSnapshot &s) { m_exporter->setKafkaSnapshot(s, staleAfterMs(s.clusterName)); });
    connect(monitor, &Monitor::flinkSnapshotReady, this,
            [this](const FlinkSnapshot &s) { m_exporter->setFlinkSnapshot(s, staleAfterMs(s.clusterName)); });
    connect(monitor, &Monitor::businessSnapshotReady, this, [this](const BusinessSnapshot &s) {
        m_exporter->setBusinessSnapshot(s, staleAfterMs(s.clusterName));
    });
    connect(monitor, &Monitor::connectSnapshotReady, this, [this](const ConnectSnapshot &s) {
        m_exporter->setConnectSnapshot(s, staleAfterMs(s.clusterName));
    });
    connect(monitor, &Monitor::postgresSnapshotReady, this, [this](const PostgresSnapshot &s) {
        m_exporter->setPostgresSnapshot(s, staleAfterMs(s.clusterName));
    });
    connect(monitor, &Monitor::pipelineSnapshotReady, this, [this](const PipelineSnapshot &s) {
        m_exporter->setPipelineSnapshot(s, pipelineStatus(s.clusterName), staleAfterMs(s.clusterName));
    });
    connect(monitor, &Monitor::alertsEvaluated, this,
            [this] { m_exporter->setAlerts(m_monitor->alerts().activeAlerts()); });
    m_exporter->setAlerts(monitor->alerts().activeAlerts());
}

SourceStatus ExporterFeed::pipelineStatus(const QString &cluster) const
{
    // The pipelines are current only while every source they are built from is live (the Monitor
    // judged that when it built them): otherwise their series are left out, as the rules see it.
    SourceStatus status;
    for (const SourceHealth &h : m_monitor->sourceHealth()) {
        if (h.cluster != cluster || h.source != QLatin1String("pipeline"))
            continue;
        status.reachable = h.reachable;
        if (h.lastSuccessMs >= 0)
            status.lastSuccessAt = QDateTime::fromMSecsSinceEpoch(h.lastSuccessMs, Qt::UTC);
    }
    return status;
}

qint64 ExporterFeed::staleAfterMs(const QString &cluster) const
{
    // A snapshot of an unknown cluster cannot arrive (the Monitor drops them); 0 would mean "never stale".
    return m_staleAfterMs.value(cluster, 1);
}

} // namespace Tidewatch
