#include "Exporter.h"

#include "ExporterSettings.h"
#include "KafkaExporterSamples.h"
#include "SnapshotCollectable.h"
#include "SnapshotMetrics.h"

#include <CivetServer.h>
#include <prometheus/exposer.h>
#include <prometheus/gauge.h>
#include <prometheus/registry.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>
#include <QSslConfiguration>
#include <QTcpServer>

#include <mutex>

namespace Tidewatch {

namespace {

struct ExporterText
{
    Q_DECLARE_TR_FUNCTIONS(Exporter)
};

// Compares without an early exit, so the time taken does not tell how much of a guess was right.
bool sameSecret(const std::string &a, const std::string &b)
{
    unsigned char diff = a.size() == b.size() ? 0 : 1;
    for (size_t i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ (i < b.size() ? b[i] : 0));
    return diff == 0;
}

// CivetWeb logs why it could not start through log_message, on
// the thread that starts it; the exception says only "null context". Captured during start() alone.
thread_local QStringList *t_civetLog = nullptr;

int captureCivetLog(const mg_connection *, const char *message)
{
    if (t_civetLog)
        t_civetLog->append(QString::fromUtf8(message).trimmed());
    return 1; // handled: CivetWeb writes nothing itself
}

// CivetWeb says only "null context ... Possible problem binding to port" for every failure: find out
// whether the address itself can be bound, so the message names the real cause.
QString bindProblem(const QString &host, int port)
{
    QTcpServer probe;
    const QHostAddress address(host == QLatin1String("localhost") ? QStringLiteral("127.0.0.1") : host);
    if (address.isNull())
        return ExporterText::tr("%1 is not an IP address").arg(host);
    if (!probe.listen(address, quint16(port)))
        return probe.errorString();
    return {};
}

} // namespace

Exporter::Exporter(const QString &version)
    : m_collectable(std::make_shared<SnapshotCollectable>())
    , m_registry(std::make_shared<prometheus::Registry>())
{
    m_worker.setMaxThreadCount(1);
    m_worker.setExpiryTimeout(-1); // one long-lived thread rather than one per burst
    prometheus::BuildGauge()
        .Name("tidewatch_build_info")
        .Help("Always 1; the version of the Tidewatch exporter in its label.")
        .Register(*m_registry)
        .Add({{"version", version.toStdString()}})
        .Set(1);
}

Exporter::~Exporter()
{
    stop();
    m_worker.waitForDone();
}

bool Exporter::start(const ExporterConfig &config, QString &error)
{
    stop();
    QString host;
    int port = 0;
    if (!ExporterSettings::parseListen(config.listen, host, port, error))
        return false;
    const bool tls = !config.tlsCertificate.isEmpty();
    QSslConfiguration ssl;
    if (tls && !TlsTunnel::loadConfiguration(config.tlsCertificate, config.tlsKey, ssl, error)) {
        error = ExporterText::tr("cannot listen on %1: %2").arg(config.listen, error);
        return false;
    }
    const QHostAddress address(host == QLatin1String("localhost") ? QStringLiteral("127.0.0.1") : host);
    if (tls && address.isNull()) {
        error = ExporterText::tr("cannot listen on %1: %2")
                    .arg(config.listen, ExporterText::tr("%1 is not an IP address").arg(host));
        return false;
    }
    // With TLS, CivetWeb serves plain HTTP on an internal loopback port that only the tunnel uses
    // (Debian's CivetWeb cannot load OpenSSL 3); QSslServer terminates TLS on the configured address.
    const bool ipv6 = !tls && host.contains(u':');
    const std::string ports =
        tls ? std::string("127.0.0.1:0")
            : (ipv6 ? u'[' + host + u']' : host).toStdString() + ':' + std::to_string(port);
    const std::vector<std::string> options = {"listening_ports",    ports,  "num_threads", "2",
                                              "request_timeout_ms", "10000"};
    static std::once_flag civetInit;
    std::call_once(civetInit, [] { mg_init_library(0); });
    CivetCallbacks callbacks;
    callbacks.log_message = &captureCivetLog;
    QStringList civetLog;
    t_civetLog = &civetLog;
    try {
        m_exposer = std::make_unique<prometheus::Exposer>(options, &callbacks);
    } catch (const std::exception &e) {
        t_civetLog = nullptr;
        QString cause = tls ? bindProblem(QStringLiteral("127.0.0.1"), 0) : bindProblem(host, port);
        if (cause.isEmpty())
            cause = QString::fromStdString(e.what());
        if (!civetLog.isEmpty())
            cause += QStringLiteral(" (CivetWeb: ") + civetLog.join(QStringLiteral("; ")) + u')';
        error = ExporterText::tr("cannot listen on %1: %2")
                    .arg(tls ? QStringLiteral("127.0.0.1:0") : config.listen, cause);
        return false;
    }
    t_civetLog = nullptr;
    if (tls) {
        const std::vector<int> internal = m_exposer->GetListeningPorts();
        QString cause;
        if (internal.empty())
            cause = ExporterText::tr("the internal listener has no port");
        else if (!m_tunnel.start(address, quint16(port), ssl, quint16(internal.front()), cause))
            cause = cause.isEmpty() ? ExporterText::tr("the TLS listener failed") : cause;
        if (!cause.isEmpty()) {
            m_exposer.reset();
            error = ExporterText::tr("cannot listen on %1: %2").arg(config.listen, cause);
            return false;
        }
    }
    m_host = host;
    m_tls = tls;
    m_exposer->RegisterCollectable(m_collectable);
    m_exposer->RegisterCollectable(m_registry);
    // Checked by CivetWeb, behind the tunnel too: a local user who connects to the internal listener
    // directly needs the same credentials.
    if (!config.user.isEmpty()) {
        m_exposer->RegisterAuth(
            [user = config.user.toStdString(),
             password = config.password.toStdString()](const std::string &u, const std::string &p) {
                return sameSecret(u, user) & sameSecret(p, password);
            },
            "tidewatch");
    }
    return true;
}

void Exporter::stop()
{
    m_tunnel.stop();   // closes the tunnelled connections and joins its thread
    m_exposer.reset(); // stops CivetWeb and joins its threads
    m_host.clear();
    m_tls = false;
}

bool Exporter::isListening() const
{
    return m_exposer != nullptr;
}

int Exporter::port() const
{
    if (!m_exposer)
        return 0;
    if (m_tls)
        return m_tunnel.port();
    const std::vector<int> ports = m_exposer->GetListeningPorts();
    return ports.empty() ? 0 : ports.front();
}

QString Exporter::address() const
{
    if (!m_exposer)
        return {};
    const QString host = m_host.contains(u':') ? u'[' + m_host + u']' : m_host;
    return host + u':' + QString::number(port());
}

QString Exporter::url() const
{
    if (!m_exposer)
        return {};
    return (m_tls ? QStringLiteral("https://") : QStringLiteral("http://")) + address() +
           QStringLiteral("/metrics");
}

int Exporter::internalPort() const
{
    if (!m_exposer || !m_tls)
        return 0;
    const std::vector<int> ports = m_exposer->GetListeningPorts();
    return ports.empty() ? 0 : ports.front();
}

void Exporter::setKafkaSnapshot(const KafkaSnapshot &s, qint64 staleAfterMs)
{
    m_worker.start([collectable = m_collectable, s, staleAfterMs] {
        const QList<MetricSample> samples =
            kafkaMetricSamples(s, QDateTime::currentDateTimeUtc()) + kafkaPartitionSamples(s);
        collectable->publish(
            exportedSource(s.clusterName, QStringLiteral("kafka"), s.status, samples, staleAfterMs));
    });
}

void Exporter::setFlinkSnapshot(const FlinkSnapshot &s, qint64 staleAfterMs)
{
    m_worker.start([collectable = m_collectable, s, staleAfterMs] {
        collectable->publish(exportedSource(s.clusterName, QStringLiteral("flink"), s.status,
                                            flinkMetricSamples(s, QDateTime::currentDateTimeUtc()),
                                            staleAfterMs));
    });
}

void Exporter::setBusinessSnapshot(const BusinessSnapshot &s, qint64 staleAfterMs)
{
    m_worker.start([collectable = m_collectable, s, staleAfterMs] {
        collectable->publish(exportedSource(s.clusterName, QStringLiteral("events"), s.status,
                                            businessMetricSamples(s, QDateTime::currentDateTimeUtc()),
                                            staleAfterMs));
    });
}

void Exporter::setConnectSnapshot(const ConnectSnapshot &s, qint64 staleAfterMs)
{
    m_worker.start([collectable = m_collectable, s, staleAfterMs] {
        collectable->publish(exportedSource(s.clusterName, QStringLiteral("connect:") + s.restUrl, s.status,
                                            connectMetricSamples(s, QDateTime::currentDateTimeUtc()),
                                            staleAfterMs));
    });
}

void Exporter::setPostgresSnapshot(const PostgresSnapshot &s, qint64 staleAfterMs)
{
    m_worker.start([collectable = m_collectable, s, staleAfterMs] {
        collectable->publish(exportedSource(s.clusterName, QStringLiteral("postgres"), s.status,
                                            postgresMetricSamples(s, QDateTime::currentDateTimeUtc()),
                                            staleAfterMs));
    });
}

void Exporter::setPipelineSnapshot(const PipelineSnapshot &s, const SourceStatus &status, qint64 staleAfterMs)
{
    m_worker.start([collectable = m_collectable, s, status, staleAfterMs] {
        collectable->publish(exportedSource(s.clusterName, QStringLiteral("pipeline"), status,
                                            pipelineMetricSamples(s, QDateTime::currentDateTimeUtc()),
                                            staleAfterMs));
    });
}

void Exporter::removeCluster(const QString &cluster)
{
    // Queued behind the cluster's snapshots still being converted, so none of them brings it back.
    m_worker.start(
        [collectable = m_collectable, name = cluster.toStdString()] { collectable->removeCluster(name); });
}

void Exporter::waitForPublished()
{
    m_worker.waitForDone();
}

void Exporter::setAlerts(const QList<ActiveAlert> &alerts)
{
    m_collectable->setAlerts(alertFamilies(alerts));
}

} // namespace Tidewatch
