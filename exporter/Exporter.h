#pragma once

#include "AlertEvaluator.h"
#include "BusinessSnapshot.h"
#include "ConnectSnapshot.h"
#include "ExporterConfig.h"
#include "FlinkSnapshot.h"
#include "KafkaSnapshot.h"
#include "PipelineSnapshot.h"
#include "PostgresSnapshot.h"
#include "TlsTunnel.h"

#include <QList>
#include <QString>
#include <QThreadPool>

#include <memory>

namespace prometheus {
class Exposer;
class Registry;
} // namespace prometheus

namespace Tidewatch {

class SnapshotCollectable;

/// Tidewatch's Prometheus exporter: the latest snapshots of every monitored cluster and the active
/// alerts, served on /metrics by prometheus-cpp's Exposer (CivetWeb) in the text format; with TLS,
/// CivetWeb listens on 127.0.0.1 only and a TlsTunnel (QSslServer) serves the configured address. Fed on the
/// Qt thread; scrapes run on CivetWeb's threads and never touch a Qt object. The collectors never
/// know it exists: the composition root hands it what they deliver.
class Exporter
{
public:
    /// @p version goes into tidewatch_build_info.
    explicit Exporter(const QString &version);
    ~Exporter();
    Exporter(const Exporter &) = delete;
    Exporter &operator=(const Exporter &) = delete;

    /// Listens as @p config says (stopping a previous listener first). Returns false with @p error,
    /// which names the address and the cause (e.g. the port is in use), when it cannot.
    bool start(const ExporterConfig &config, QString &error);
    void stop();
    bool isListening() const;
    /// The port actually bound (differs from the configured one for port 0); 0 when not listening.
    int port() const;
    /// "127.0.0.1:9464" with the bound port, "https://..." style not included; empty when not listening.
    QString address() const;
    /// "http://127.0.0.1:9464/metrics", or https:// when serving TLS; empty when not listening.
    QString url() const;
    /// With TLS, the port of the internal plain-HTTP listener on 127.0.0.1 that the tunnel forwards
    /// to; 0 without TLS or when not listening.
    int internalPort() const;

    /// The latest snapshot of a source; its series are exported while it is current, i.e. reachable
    /// and collected less than @p staleAfterMs ago (judged at each scrape). Turning a snapshot into
    /// series (tens of milliseconds at thousands of partitions) runs on the exporter's own worker
    /// thread, in the order of the calls, never on the caller's (the GUI) thread.
    void setKafkaSnapshot(const KafkaSnapshot &s, qint64 staleAfterMs);
    void setFlinkSnapshot(const FlinkSnapshot &s, qint64 staleAfterMs);
    void setBusinessSnapshot(const BusinessSnapshot &s, qint64 staleAfterMs);
    /// A Kafka Connect cluster of a profile: source "connect:<REST URL>" (a profile may have several).
    void setConnectSnapshot(const ConnectSnapshot &s, qint64 staleAfterMs);
    void setPostgresSnapshot(const PostgresSnapshot &s, qint64 staleAfterMs);
    /// A cluster's pipelines (source "pipeline"); @p status says whether every source they were built
    /// from was live when they were built (the Monitor's health of "pipeline/<cluster>").
    void setPipelineSnapshot(const PipelineSnapshot &s, const SourceStatus &status, qint64 staleAfterMs);
    /// Forgets every source of @p cluster.
    void removeCluster(const QString &cluster);
    /// The evaluator's active alerts, exported as tidewatch_alerts and tidewatch_alerts_for_state.
    void setAlerts(const QList<ActiveAlert> &alerts);
    /// Waits until every snapshot handed in so far is in the exposition (tests, benchmarks).
    void waitForPublished();

    /// The collectable serving the snapshots (tests and the benchmark serialize it directly).
    std::shared_ptr<SnapshotCollectable> collectable() const { return m_collectable; }

private:
    std::shared_ptr<SnapshotCollectable> m_collectable;
    std::shared_ptr<prometheus::Registry> m_registry; ///< tidewatch_build_info
    std::unique_ptr<prometheus::Exposer> m_exposer;
    TlsTunnel m_tunnel; ///< listening only with TLS
    bool m_tls = false;
    QThreadPool m_worker; ///< one thread: publishes and removals keep their order
    QString m_host;
};

} // namespace Tidewatch
