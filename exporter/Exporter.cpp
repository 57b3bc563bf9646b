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
#include <QTcpServer>

#include <mutex>

namespace Tidewatch {

namespace {

struct Text
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

// CivetWeb logs why it could not start (e.g. the TLS library it failed to load) through log_message, on
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
        return Text::tr("%1 is not an IP address").arg(host);
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
    m_exposer.reset();
    m_worker.waitForDone();
}

bool Exporter::start(const ExporterConfig &config, QString &error)
{
    stop();
    QString host;
    int port = 0;
    if (!ExporterSettings::parseListen(config.listen, host, port, error))
        return false;
    const bool ipv6 = host.contains(u':');
    std::string ports = (ipv6 ? u'[' + host + u']' : host).toStdString() + ':' + std::to_string(port);
    std::vector<std::string> options;
    if (!config.tlsCertificate.isEmpty()) {
        ports += 's'; // CivetWeb's marker of a TLS port
        options = {"ssl_certificate", config.tlsCertificate.toStdString()};
    }
    options.insert(options.end(),
                   {"listening_ports", ports, "num_threads", "2", "request_timeout_ms", "10000"});
    // Initialised once for the process, before the first server: when the first CivetWeb server of a
    // process is a TLS one, Debian's CivetWeb 1.15 starts it without its TLS functions and crashes on
    // the first connection (a call through a null pointer, seen here); initialised first, it reports
    // "Error initializing SSL context" instead.
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
        QString cause = bindProblem(host, port);
        const bool tlsLibrary = civetLog.join(u' ').contains(QLatin1String("load_tls_dll"));
        if (cause.isEmpty() && tlsLibrary)
            cause = Text::tr("this CivetWeb build cannot load its TLS library, so it cannot serve TLS");
        if (cause.isEmpty() && !config.tlsCertificate.isEmpty())
            cause = Text::tr("CivetWeb cannot serve TLS with the certificate %1 (a PEM file with the "
                             "certificate and its private key)")
                        .arg(config.tlsCertificate);
        if (cause.isEmpty())
            cause = QString::fromStdString(e.what());
        if (!civetLog.isEmpty())
            cause += QStringLiteral(" (CivetWeb: ") + civetLog.join(QStringLiteral("; ")) + u')';
        error = Text::tr("cannot listen on %1: %2").arg(config.listen, cause);
        return false;
    }
    t_civetLog = nullptr;
    m_host = host;
    m_exposer->RegisterCollectable(m_collectable);
    m_exposer->RegisterCollectable(m_registry);
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
    m_exposer.reset(); // stops CivetWeb and joins its threads
    m_host.clear();
}

bool Exporter::isListening() const
{
    return m_exposer != nullptr;
}

int Exporter::port() const
{
    if (!m_exposer)
        return 0;
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
