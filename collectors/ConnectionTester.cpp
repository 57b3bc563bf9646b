#include "ConnectionTester.h"

#include "BrokerMetrics.h"
#include "FlinkParsers.h"
#include "HttpClientAuth.h"
#include "HttpFetcher.h"
#include "KafkaGroupReader.h"
#include "KafkaHandle.h"
#include "Redact.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QSslCipher>
#include <QSslSocket>
#include <QStringList>
#include <QTcpSocket>
#include <QThread>

namespace Tidewatch {

namespace {

using Outcome = ConnectionTestStep::Outcome;
using Report = std::function<void(const ConnectionTestStep &)>;

/// The last value of a librdkafka property in the profile (the one KafkaHandle applies).
QString property(const ClusterProfile &profile, QLatin1String key)
{
    QString value;
    for (const auto &[k, v] : profile.kafkaProperties) {
        if (k.trimmed() == key)
            value = v.trimmed();
    }
    return value;
}

struct HostPort
{
    QString host;
    quint16 port = 0;
};

/// "host:port", "[v6]:port" or "SASL_SSL://host:port"; port 0 when it is missing or invalid.
HostPort parseHostPort(QString text)
{
    text = text.trimmed();
    if (const qsizetype scheme = text.indexOf(QLatin1String("://")); scheme >= 0)
        text = text.mid(scheme + 3);
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    HostPort out;
    out.host = colon < 0 ? text : text.left(colon);
    if (out.host.startsWith(QLatin1Char('[')) && out.host.endsWith(QLatin1Char(']')))
        out.host = out.host.mid(1, out.host.size() - 2);
    bool ok = false;
    const uint port = colon < 0 ? 0 : text.mid(colon + 1).toUInt(&ok);
    out.port = ok && port > 0 && port < 65536 ? quint16(port) : 0;
    return out;
}

class Steps
{
public:
    Steps(const Report &report)
        : m_report(report)
    {}
    void add(const QString &target, const QString &step, Outcome outcome, const QString &detail)
    {
        m_report({target, step, outcome, detail});
    }

private:
    const Report &m_report;
};

/// Name resolution, TCP connect and (when TLS is on) the TLS handshake with one bootstrap broker.
void testBroker(const ClusterProfile &profile, const QString &address, bool tls, Steps &steps)
{
    const int timeout = profile.requestTimeoutMs;
    const HostPort hp = parseHostPort(address);
    const QString target = address.trimmed();
    if (hp.host.isEmpty() || hp.port == 0) {
        steps.add(target, ConnectionTester::tr("Address"), Outcome::Failed,
                  ConnectionTester::tr("Not a host:port address"));
        return;
    }
    const QHostInfo info = QHostInfo::fromName(hp.host);
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        steps.add(
            target, ConnectionTester::tr("Name resolution"), Outcome::Failed,
            ConnectionTester::tr("The name %1 could not be resolved: %2").arg(hp.host, info.errorString()));
        return;
    }
    QStringList addresses;
    for (const QHostAddress &a : info.addresses())
        addresses << a.toString();
    steps.add(target, ConnectionTester::tr("Name resolution"), Outcome::Passed,
              addresses.join(QStringLiteral(", ")));

    QTcpSocket socket;
    socket.connectToHost(info.addresses().first(), hp.port);
    if (!socket.waitForConnected(timeout)) {
        steps.add(target, ConnectionTester::tr("TCP connect"), Outcome::Failed,
                  ConnectionTester::tr("Cannot connect to %1 port %2: %3")
                      .arg(info.addresses().first().toString())
                      .arg(hp.port)
                      .arg(socket.errorString()));
        return;
    }
    steps.add(target, ConnectionTester::tr("TCP connect"), Outcome::Passed,
              ConnectionTester::tr("Connected to %1 port %2")
                  .arg(info.addresses().first().toString())
                  .arg(hp.port));
    socket.abort();
    if (!tls)
        return;

    HttpAuth files;
    files.caFile = property(profile, QLatin1String("ssl.ca.location"));
    if (files.caFile == QLatin1String("probe"))
        files.caFile.clear(); // librdkafka probes the system's paths; Qt uses the system's CAs too
    files.certFile = property(profile, QLatin1String("ssl.certificate.location"));
    files.keyFile = property(profile, QLatin1String("ssl.key.location"));
    files.keyPassphrase = property(profile, QLatin1String("ssl.key.password"));
    const HttpClientAuth auth(files);
    if (!auth.error().isEmpty()) {
        steps.add(target, ConnectionTester::tr("TLS handshake"), Outcome::Failed, auth.error());
        return;
    }
    QSslSocket ssl;
    ssl.setSslConfiguration(auth.sslConfiguration());
    if (property(profile, QLatin1String("enable.ssl.certificate.verification")) == QLatin1String("false"))
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    const bool checkHostName =
        property(profile, QLatin1String("ssl.endpoint.identification.algorithm")) != QLatin1String("none");
    QObject::connect(&ssl, &QSslSocket::sslErrors, &ssl,
                     [&ssl, checkHostName](const QList<QSslError> &errors) {
                         // librdkafka with ssl.endpoint.identification.algorithm=none checks the chain, not
                         // the name.
                         for (const QSslError &e : errors) {
                             if (checkHostName || e.error() != QSslError::HostNameMismatch)
                                 return;
                         }
                         ssl.ignoreSslErrors();
                     });
    ssl.connectToHostEncrypted(hp.host, hp.port);
    if (!ssl.waitForEncrypted(timeout)) {
        QStringList problems;
        for (const QSslError &e : ssl.sslHandshakeErrors())
            problems << e.errorString();
        if (problems.isEmpty())
            problems << ssl.errorString();
        steps.add(
            target, ConnectionTester::tr("TLS handshake"), Outcome::Failed,
            ConnectionTester::tr("The TLS handshake failed: %1").arg(problems.join(QStringLiteral("; "))));
        return;
    }
    const QSslCertificate peer = ssl.peerCertificate();
    steps.add(target, ConnectionTester::tr("TLS handshake"), Outcome::Passed,
              ConnectionTester::tr("%1, certificate of %2 (issued by %3) verified")
                  .arg(ssl.sessionCipher().protocolString(),
                       peer.subjectInfo(QSslCertificate::CommonName).join(QLatin1Char(',')),
                       peer.issuerInfo(QSslCertificate::CommonName).join(QLatin1Char(','))));
    ssl.abort();
}

/// GET @p url with @p auth; the reply, or the failure step already reported.
std::optional<QByteArray> httpGet(const QString &target, const QString &step, const QString &url,
                                  const HttpAuth &auth, int timeoutMs, Steps &steps)
{
    HttpFetcher fetcher;
    fetcher.setAuth(auth);
    const HttpFetcher::Reply reply = fetcher.fetch({{0, url}}, timeoutMs).value(0);
    if (!reply.error.isEmpty()) {
        const bool refused =
            reply.error.endsWith(QLatin1String(" 401")) || reply.error.endsWith(QLatin1String(" 403"));
        const QString detail =
            (refused ? ConnectionTester::tr("GET %1 failed: %2 (check the user and password)")
                     : ConnectionTester::tr("GET %1 failed: %2"))
                .arg(Format::redactCredentials(url), reply.error);
        steps.add(target, step, Outcome::Failed, detail);
        return std::nullopt;
    }
    return reply.body;
}

void testFlink(const ClusterProfile &profile, Steps &steps)
{
    const QString target = ConnectionTester::tr("Flink REST");
    QString url = profile.flinkRestUrl;
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    const auto body = httpGet(target, ConnectionTester::tr("Reachable"), url + QStringLiteral("/config"),
                              profile.flinkAuth(), profile.requestTimeoutMs, steps);
    if (!body)
        return;
    FlinkSnapshot snapshot;
    QString error;
    if (!FlinkParsers::parseConfig(*body, snapshot, error) || snapshot.flinkVersion.isEmpty()) {
        steps.add(target, ConnectionTester::tr("Reachable"), Outcome::Failed,
                  ConnectionTester::tr("%1 answered, but not as Flink's REST API does: %2")
                      .arg(Format::redactCredentials(profile.flinkRestUrl), error));
        return;
    }
    steps.add(
        target, ConnectionTester::tr("Reachable"), Outcome::Passed,
        ConnectionTester::tr("Flink %1 at %2").arg(snapshot.flinkVersion, Format::redactCredentials(url)));
}

void testBrokerMetrics(const ClusterProfile &profile, const rd_kafka_metadata_t *metadata, Steps &steps)
{
    const QString step = ConnectionTester::tr("Broker metrics");
    if (!metadata) {
        steps.add(ConnectionTester::tr("Broker metrics"), step, Outcome::Skipped,
                  ConnectionTester::tr("Needs the brokers' addresses, and the metadata could not be read"));
        return;
    }
    for (int i = 0; i < metadata->broker_cnt; ++i) {
        const auto &b = metadata->brokers[i];
        const QString url = BrokerMetrics::urlFor(b.id, QString::fromUtf8(b.host), profile.brokerMetrics);
        const QString target = ConnectionTester::tr("Broker %1 metrics").arg(b.id);
        if (url.isEmpty()) {
            steps.add(target, step, Outcome::Skipped, ConnectionTester::tr("No metrics URL for this broker"));
            continue;
        }
        const auto body =
            httpGet(target, step, url, profile.brokerMetricsAuth, profile.requestTimeoutMs, steps);
        if (body)
            steps.add(target, step, Outcome::Passed,
                      ConnectionTester::tr("%1 answered (%2 bytes)")
                          .arg(Format::redactCredentials(url))
                          .arg(body->size()));
    }
}

void testKafka(const ClusterProfile &profile, Steps &steps)
{
    const QString protocol = property(profile, QLatin1String("security.protocol")).toUpper();
    const bool tls = protocol == QLatin1String("SSL") || protocol == QLatin1String("SASL_SSL");
    const bool sasl = protocol.startsWith(QLatin1String("SASL_"));
    const QStringList bootstraps = profile.bootstrapServers.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &address : bootstraps)
        testBroker(profile, address, tls, steps);

    const QString kafka = ConnectionTester::tr("Kafka");
    KafkaHandle handle(profile, KafkaHandle::Role::EventReader);
    if (!handle.handle()) {
        steps.add(kafka, ConnectionTester::tr("Client configuration"), Outcome::Failed, handle.error());
        return;
    }
    const rd_kafka_metadata_t *metadata = nullptr;
    const rd_kafka_resp_err_t err =
        rd_kafka_metadata(handle.handle(), 1, nullptr, &metadata, profile.requestTimeoutMs);
    QString authError, tlsError, otherError;
    for (const KafkaHandle::ClientError &e : handle.takeErrors()) {
        if (e.code == RD_KAFKA_RESP_ERR__AUTHENTICATION)
            authError = e.message;
        else if (e.code == RD_KAFKA_RESP_ERR__SSL || e.message.contains(QLatin1String("SSL")))
            tlsError = e.message;
        else
            otherError = e.message;
    }
    if (tls) {
        if (!tlsError.isEmpty())
            steps.add(kafka, ConnectionTester::tr("TLS (librdkafka)"), Outcome::Failed, tlsError);
        else if (metadata)
            steps.add(kafka, ConnectionTester::tr("TLS (librdkafka)"), Outcome::Passed,
                      ConnectionTester::tr("librdkafka's TLS connection works"));
    }
    if (sasl) {
        QString mechanism = property(profile, QLatin1String("sasl.mechanism"));
        if (mechanism.isEmpty())
            mechanism = property(profile, QLatin1String("sasl.mechanisms"));
        const QString step = ConnectionTester::tr("SASL authentication");
        if (!authError.isEmpty())
            steps.add(kafka, step, Outcome::Failed, authError);
        else if (metadata)
            steps.add(kafka, step, Outcome::Passed,
                      ConnectionTester::tr("Authenticated with %1 as \"%2\"")
                          .arg(mechanism.isEmpty() ? QStringLiteral("GSSAPI") : mechanism,
                               property(profile, QLatin1String("sasl.username"))));
        else
            steps.add(kafka, step, Outcome::Skipped, ConnectionTester::tr("Not reached: no broker answered"));
    }
    if (err != RD_KAFKA_RESP_ERR_NO_ERROR || !metadata) {
        QString detail =
            ConnectionTester::tr("No metadata: %1").arg(QString::fromUtf8(rd_kafka_err2str(err)));
        for (const QString &e : {authError, tlsError, otherError}) {
            if (!e.isEmpty())
                detail += QStringLiteral("; ") + e;
        }
        steps.add(kafka, ConnectionTester::tr("Metadata"), Outcome::Failed, detail);
        if (!profile.brokerMetrics.isEmpty())
            testBrokerMetrics(profile, nullptr, steps);
        return;
    }
    QStringList brokers;
    for (int i = 0; i < metadata->broker_cnt; ++i)
        brokers << QStringLiteral("%1 (%2:%3)")
                       .arg(metadata->brokers[i].id)
                       .arg(QString::fromUtf8(metadata->brokers[i].host))
                       .arg(metadata->brokers[i].port);
    steps.add(kafka, ConnectionTester::tr("Metadata"), Outcome::Passed,
              ConnectionTester::tr("%n broker(s): %1; %2 topic(s)", nullptr, metadata->broker_cnt)
                  .arg(brokers.join(QStringLiteral(", ")))
                  .arg(metadata->topic_cnt));

    const KafkaGroupReader::Result groups =
        KafkaGroupReader::readGroups(handle.handle(), metadata->broker_cnt, profile.requestTimeoutMs);
    QStringList denied;
    for (const ConsumerGroupInfo &g : groups.groups) {
        if (!g.error.isEmpty())
            denied << QStringLiteral("%1 (%2)").arg(g.groupId, g.error);
    }
    const QString groupStep = ConnectionTester::tr("Describe consumer groups");
    if (!groups.error.isEmpty())
        steps.add(kafka, groupStep, Outcome::Failed, groups.error);
    else if (!denied.isEmpty())
        steps.add(kafka, groupStep, Outcome::Failed,
                  ConnectionTester::tr("%1 of %n group(s) could not be described: %2", nullptr,
                                       int(groups.groups.size()))
                      .arg(denied.size())
                      .arg(denied.mid(0, 5).join(QStringLiteral(", "))));
    else
        steps.add(
            kafka, groupStep, Outcome::Passed,
            ConnectionTester::tr("%n group(s) listed and described", nullptr, int(groups.groups.size())));
    if (!profile.brokerMetrics.isEmpty())
        testBrokerMetrics(profile, metadata, steps);
    rd_kafka_metadata_destroy(metadata);
}

/// Runs a test on its own thread and hands each step back by a (queued) signal.
class ConnectionTestWorker : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionTestWorker(ClusterProfile profile)
        : m_profile(std::move(profile))
    {}
    void run()
    {
        ConnectionTester::run(m_profile,
                              [this](const ConnectionTestStep &step) { Q_EMIT stepFinished(step); });
        Q_EMIT finished();
    }

Q_SIGNALS:
    void stepFinished(const Tidewatch::ConnectionTestStep &step);
    void finished();

private:
    ClusterProfile m_profile;
};

} // namespace

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ConnectionTestStep>();
}

void ConnectionTester::run(const ClusterProfile &profile, const Report &report)
{
    Steps steps(report);
    if (!profile.hasKafka() && !profile.hasFlink()) {
        steps.add(
            profile.name, ConnectionTester::tr("Profile"), Outcome::Failed,
            ConnectionTester::tr("The profile has neither Kafka bootstrap servers nor a Flink REST URL"));
        return;
    }
    if (profile.hasKafka())
        testKafka(profile, steps);
    if (profile.hasFlink())
        testFlink(profile, steps);
}

QString ConnectionTester::oidcUnsupportedReason()
{
    char errstr[512] = {};
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    const bool ok =
        rd_kafka_conf_set(conf, "sasl.oauthbearer.method", "oidc", errstr, sizeof errstr) == RD_KAFKA_CONF_OK;
    rd_kafka_conf_destroy(conf);
    return ok ? QString() : QString::fromUtf8(errstr);
}

void ConnectionTester::start(const ClusterProfile &profile)
{
    const int generation = ++m_generation;
    m_running = true;
    auto *thread = new QThread; // deletes itself (and the worker) when the test ends
    auto *worker = new ConnectionTestWorker(profile);
    worker->moveToThread(thread);
    connect(thread, &QThread::started, worker, &ConnectionTestWorker::run);
    connect(worker, &ConnectionTestWorker::finished, thread, &QThread::quit);
    connect(thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(worker, &ConnectionTestWorker::stepFinished, this,
            [this, generation](const ConnectionTestStep &step) {
                if (generation == m_generation)
                    Q_EMIT stepFinished(step);
            });
    connect(worker, &ConnectionTestWorker::finished, this, [this, generation] {
        if (generation != m_generation)
            return;
        m_running = false;
        Q_EMIT finished();
    });
    thread->start();
}

} // namespace Tidewatch

#include "ConnectionTester.moc"
