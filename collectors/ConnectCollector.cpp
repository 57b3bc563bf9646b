#include "ConnectCollector.h"

#include "BoundedReply.h"
#include "ConnectParsers.h"
#include "Redact.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrl>

namespace Tidewatch {

namespace {

QString encodedName(const QString &name)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(name));
}

} // namespace

namespace {

HttpAuth authFor(const ClusterProfile &profile, const QUrl &url)
{
    HttpAuth auth = profile.connectAuth;
    if (!url.userName().isEmpty()) {
        auth.user = url.userName();
        auth.password = url.password();
    }
    return auth;
}

} // namespace

ConnectCollector::ConnectCollector(ClusterProfile profile, QString url, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_url(ConnectParsers::redactedUrl(url))
    , m_auth(authFor(m_profile, QUrl(url)))
{
    m_last.clusterName = m_profile.name;
    m_last.restUrl = m_url;
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
    if (!m_auth.error().isEmpty()) {
        m_errors.append(m_auth.error());
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
    // Connector names are percent-encoded already (encodedName()): kept encoded, not decoded.
    QString base = url.path(QUrl::FullyEncoded);
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + (question < 0 ? path : path.left(question)), QUrl::TolerantMode);
    if (question >= 0)
        url.setQuery(path.mid(question + 1), QUrl::StrictMode);
    QNetworkRequest req(url);
    BoundedReply::prepare(req); // redirects stay on this origin, so the credentials do too
    req.setRawHeader("Accept", "application/json");
    m_auth.apply(req);
    auto *bounded = new BoundedReply(
        m_network->get(req), HttpLimits{m_profile.requestTimeoutMs, m_profile.connectMaxResponseBytes}, this);
    ++m_next.status.requestCount;
    ++m_pending;
    connect(bounded, &BoundedReply::finished, this, [this, bounded, handler = std::move(handler)] {
        bounded->deleteLater();
        Reply r;
        r.body = bounded->body();
        r.http = bounded->reply()->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.error = Format::redactCredentials(bounded->transportError());
        if (!r.error.isEmpty()) {
            r.body.clear(); // cut off: not an answer to parse
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
        const QString path = QStringLiteral("/connectors/") + encodedName(name);
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
