#include "ConnectCollector.h"

#include "ConnectParsers.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QTimer>
#include <QUrl>

namespace Tidewatch {

namespace {

QString percentEncoded(const QString &name)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(name));
}

} // namespace

ConnectCollector::ConnectCollector(ClusterProfile profile, QString url, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_url(ConnectParsers::redactedUrl(url))
{
    const QUrl parsed(url);
    QString user = m_profile.connectUser;
    QString password = m_profile.connectPassword;
    if (!parsed.userName().isEmpty()) {
        user = parsed.userName();
        password = parsed.password();
    }
    if (!user.isEmpty() || !password.isEmpty())
        m_authorization = "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64();
    m_last.clusterName = m_profile.name;
    m_last.restUrl = m_url;
    m_ssl = QSslConfiguration::defaultConfiguration();
    if (!m_profile.connectCaFile.isEmpty()) {
        const QList<QSslCertificate> cas = QSslCertificate::fromPath(m_profile.connectCaFile);
        if (cas.isEmpty())
            m_caError = tr("no CA certificate could be read from %1").arg(m_profile.connectCaFile);
        else
            m_ssl.addCaCertificates(cas);
    }
}

void ConnectCollector::start()
{
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setInterval(m_profile.connectPollIntervalMs);
        connect(m_timer, &QTimer::timeout, this, &ConnectCollector::collect);
    }
    m_timer->start();
    collect();
}

void ConnectCollector::stop()
{
    if (m_timer)
        m_timer->stop();
}

void ConnectCollector::collect()
{
    if (m_pending > 0)
        return; // the previous cycle is still waiting for its (bounded) replies
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    m_next = m_last;
    m_next.partErrors.clear();
    m_next.status.attemptedAt = QDateTime::currentDateTimeUtc();
    m_next.status.requestCount = 0;
    m_errors.clear();
    m_listAnswered = false;
    m_cycleStartMs = QDateTime::currentMSecsSinceEpoch();
    if (!m_caError.isEmpty()) {
        m_errors.append(m_caError);
        finishCycle();
        return;
    }
    ++m_pending; // held until every request of this function is sent
    get(QStringLiteral("/"), [this](const Reply &r) {
        QString error = r.error;
        if (error.isEmpty())
            ConnectParsers::parseRoot(r.body, m_next, error);
        if (!error.isEmpty())
            m_errors.append(QStringLiteral("/: ") + error);
    });
    get(QStringLiteral("/connectors?expand=status&expand=info"), [this](const Reply &r) {
        QString error = r.error;
        QList<ConnectConnectorInfo> connectors;
        if (error.isEmpty() && ConnectParsers::parseConnectors(r.body, connectors, error)) {
            m_next.connectors = connectors;
            m_next.sampledAtMs = QDateTime::currentMSecsSinceEpoch();
            m_listAnswered = true;
            requestDetails();
        }
        if (!error.isEmpty())
            m_errors.append(QStringLiteral("/connectors: ") + error);
    });
    if (--m_pending == 0)
        finishCycle();
}

void ConnectCollector::get(const QString &path, Handler handler)
{
    QUrl url(m_url);
    const qsizetype question = path.indexOf(QLatin1Char('?'));
    QString base = url.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + (question < 0 ? path : path.left(question)), QUrl::StrictMode);
    if (question >= 0)
        url.setQuery(path.mid(question + 1), QUrl::StrictMode);
    QNetworkRequest req(url);
    req.setTransferTimeout(m_profile.requestTimeoutMs);
    req.setRawHeader("Accept", "application/json");
    if (!m_authorization.isEmpty())
        req.setRawHeader("Authorization", m_authorization);
    if (url.scheme() == QLatin1String("https"))
        req.setSslConfiguration(m_ssl);
    QNetworkReply *reply = m_network->get(req);
    ++m_next.status.requestCount;
    ++m_pending;
    connect(reply, &QNetworkReply::finished, this, [this, reply, handler = std::move(handler)] {
        reply->deleteLater();
        Reply r;
        r.body = reply->readAll();
        r.http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() == QNetworkReply::OperationCanceledError && r.http == 0) {
            r.error = tr("no answer within %1 ms").arg(m_profile.requestTimeoutMs);
        } else if (reply->error() != QNetworkReply::NoError && r.http == 0) {
            r.error = reply->errorString();
        } else if (r.http >= 400 || r.http < 200) {
            const QString detail = ConnectParsers::errorMessage(r.body).section(QLatin1Char('\n'), 0, 0);
            r.error =
                tr("HTTP %1%2").arg(r.http).arg(detail.isEmpty() ? QString() : QStringLiteral(": ") + detail);
        }
        handler(r);
        if (--m_pending == 0)
            finishCycle();
    });
}

void ConnectCollector::requestDetails()
{
    // Forget connectors that are gone, so a connector created again under the same name starts afresh.
    QHash<QString, Details> kept;
    for (const ConnectConnectorInfo &c : std::as_const(m_next.connectors)) {
        if (m_details.contains(c.name))
            kept.insert(c.name, m_details.value(c.name));
    }
    m_details = kept;
    for (const ConnectConnectorInfo &c : std::as_const(m_next.connectors)) {
        const Details d = m_details.value(c.name);
        if (d.sampledAtMs >= 0 && m_cycleStartMs - d.sampledAtMs < kDetailsRefreshMs)
            continue;
        const QString name = c.name;
        const QString path = QStringLiteral("/connectors/") + percentEncoded(name);
        get(path + QStringLiteral("/topics"), [this, name, path](const Reply &r) {
            QString error = r.error;
            QStringList topics;
            if (error.isEmpty() && ConnectParsers::parseTopics(r.body, name, topics, error)) {
                m_details[name].topics = topics;
                m_details[name].sampledAtMs = QDateTime::currentMSecsSinceEpoch();
            }
            if (!error.isEmpty())
                m_next.partErrors.append(path + QStringLiteral("/topics: ") + error);
        });
        if (m_offsetsUnsupported)
            continue;
        get(path + QStringLiteral("/offsets"), [this, name, path](const Reply &r) {
            QString error = r.error;
            QList<ConnectOffset> offsets;
            // Connect answers a missing connector with "Connector <name> not found", an unknown path
            // with a generic 404: only the latter means the endpoint does not exist.
            if (r.http == 405 || (r.http == 404 && !ConnectParsers::errorMessage(r.body).contains(name))) {
                m_offsetsUnsupported = true; // a worker before Kafka 3.5 has no such endpoint
                return;
            }
            if (error.isEmpty() && ConnectParsers::parseOffsets(r.body, offsets, error))
                m_details[name].offsets = offsets;
            if (!error.isEmpty())
                m_next.partErrors.append(path + QStringLiteral("/offsets: ") + error);
        });
    }
}

void ConnectCollector::finishCycle()
{
    if (m_listAnswered) {
        for (ConnectConnectorInfo &c : m_next.connectors) {
            const Details d = m_details.value(c.name);
            c.activeTopics = d.topics;
            c.offsets = d.offsets;
            c.detailsSampledAtMs = d.sampledAtMs;
        }
    }
    m_next.partErrors.sort();
    m_next.status.durationMs = QDateTime::currentMSecsSinceEpoch() - m_cycleStartMs;
    m_next.status.reachable = m_errors.isEmpty();
    m_next.status.error = m_errors.join(QStringLiteral("; "));
    if (m_next.status.reachable) {
        m_next.status.lastSuccessAt = m_next.status.attemptedAt;
        m_last = m_next;
    } else {
        // Keep the last good list, marked unreachable; its sampledAtMs says how old it is.
        ConnectSnapshot kept = m_last;
        kept.status = m_next.status;
        kept.partErrors = m_next.partErrors;
        if (kept.version.isEmpty())
            kept.version = m_next.version;
        m_last = kept;
    }
    Q_EMIT snapshotReady(m_last);
}

} // namespace Tidewatch
