#include "DeliveryChannel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

namespace Tidewatch {

Q_LOGGING_CATEGORY(lcNotify, "tidewatch.notify")

namespace {

struct DeliveryChannelText
{
    Q_DECLARE_TR_FUNCTIONS(DeliveryChannel)
};

bool isPermanent(int httpStatus)
{
    return httpStatus >= 400 && httpStatus < 500 && httpStatus != 408 && httpStatus != 429;
}

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

/// Reads a PEM private key of any algorithm Qt knows.
QSslKey readKey(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray pem = file.readAll();
    for (const auto algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    return {};
}

} // namespace

DeliveryChannel::DeliveryChannel(DeliveryStatus::Kind kind, const NotificationTarget &target,
                                 const RetryPolicy &policy, QObject *parent, Clock clock)
    : QObject(parent)
    , m_target(target)
    , m_queue(policy)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); }))
    , m_network(new QNetworkAccessManager(this))
{
    QString base = target.url;
    if (kind == DeliveryStatus::Kind::Alertmanager) {
        while (base.endsWith(QLatin1Char('/')))
            base.chop(1);
        base += QStringLiteral("/api/v2/alerts");
    }
    m_url = QUrl(base);
    m_status.kind = kind;
    m_status.target = m_url.toString(QUrl::RemoveUserInfo);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &DeliveryChannel::pump);

    if (m_url.scheme() == QLatin1String("https")) {
        if (!QSslSocket::supportsSsl())
            m_configError = DeliveryChannelText::tr("TLS is not available (no TLS backend)");
        m_ssl = QSslConfiguration::defaultConfiguration();
        if (!target.caFile.isEmpty()) {
            const auto cas = QSslCertificate::fromPath(target.caFile, QSsl::Pem);
            if (cas.isEmpty())
                m_configError =
                    DeliveryChannelText::tr("cannot read CA certificates from %1").arg(target.caFile);
            m_ssl.setCaCertificates(cas);
        }
        if (!target.certFile.isEmpty()) {
            const auto certs = QSslCertificate::fromPath(target.certFile, QSsl::Pem);
            const QSslKey key = readKey(target.keyFile);
            if (certs.isEmpty() || key.isNull())
                m_configError = DeliveryChannelText::tr("cannot read the client certificate %1 or its key %2")
                                    .arg(target.certFile, target.keyFile);
            else {
                m_ssl.setLocalCertificate(certs.first());
                m_ssl.setPrivateKey(key);
            }
        }
        if (target.insecureSkipVerify)
            m_ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    }
}

DeliveryChannel::~DeliveryChannel() = default;

QNetworkRequest DeliveryChannel::request() const
{
    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(
        QNetworkRequest::UserAgentHeader,
        QByteArray(QByteArrayLiteral("Tidewatch/") + QCoreApplication::applicationVersion().toUtf8()));
    request.setTransferTimeout(m_timeoutMs);
    if (!m_target.bearerToken.isEmpty()) {
        request.setRawHeader(QByteArrayLiteral("Authorization"),
                             QByteArrayLiteral("Bearer ") + m_target.bearerToken.toUtf8());
    } else if (!m_target.user.isEmpty()) {
        const QByteArray credentials = (m_target.user + QLatin1Char(':') + m_target.password).toUtf8();
        request.setRawHeader(QByteArrayLiteral("Authorization"),
                             QByteArrayLiteral("Basic ") + credentials.toBase64());
    }
    if (m_url.scheme() == QLatin1String("https"))
        request.setSslConfiguration(m_ssl);
    return request;
}

void DeliveryChannel::enqueue(const QByteArray &body, int alertCount)
{
    const qint64 droppedBefore = m_queue.droppedAlerts();
    m_queue.enqueue(body, alertCount, m_clock());
    if (m_queue.droppedAlerts() > droppedBefore)
        qCWarning(lcNotify, "%s: queue full, dropped the oldest %lld alert(s) (%lld in all)",
                  qPrintable(m_status.target), m_queue.droppedAlerts() - droppedBefore,
                  m_queue.droppedAlerts());
    pump();
    updateStatus();
}

void DeliveryChannel::pump()
{
    const qint64 now = m_clock();
    const auto batch = m_queue.next(now);
    if (!batch) {
        const qint64 at = m_queue.nextAttemptMs();
        if (at >= 0)
            m_retryTimer.start(int(std::max<qint64>(at - now, 0)));
        return;
    }
    m_retryTimer.stop();
    m_status.attemptedAt = utc(now);
    m_inFlightAlerts = batch->alertCount;
    if (!m_configError.isEmpty()) {
        // A configuration mistake does not heal by retrying: refuse at once, visibly.
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_queue.failedPermanent();
                m_status.refusedAlerts += m_inFlightAlerts;
                m_status.reachable = false;
                m_status.error = m_configError;
                qCWarning(lcNotify, "%s: %s", qPrintable(m_status.target), qPrintable(m_configError));
                Q_EMIT requestFinished(false, 0, m_configError);
                updateStatus();
                pump();
            },
            Qt::QueuedConnection);
        return;
    }
    QNetworkReply *reply = m_network->post(request(), batch->body);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
}

void DeliveryChannel::onFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    const qint64 now = m_clock();
    const QVariant code = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int httpStatus = code.isValid() ? code.toInt() : 0;
    bool ok = false;
    QString error;
    if (httpStatus >= 200 && httpStatus < 300) {
        ok = true;
        m_queue.succeeded();
        m_status.reachable = true;
        m_status.lastSuccessAt = utc(now);
        m_status.deliveredAlerts += m_inFlightAlerts;
    } else if (httpStatus > 0) {
        const QString body = QString::fromUtf8(reply->readAll().left(300)).trimmed();
        error = DeliveryChannelText::tr("HTTP %1: %2")
                    .arg(httpStatus)
                    .arg(body.isEmpty() ? reply->errorString() : body);
        if (isPermanent(httpStatus)) {
            m_queue.failedPermanent();
            m_status.reachable = true;
            m_status.refusedAlerts += m_inFlightAlerts;
            qCWarning(lcNotify, "%s refused %d alert(s), not retried: %s", qPrintable(m_status.target),
                      m_inFlightAlerts, qPrintable(error));
        } else {
            m_queue.failedTransient(now);
            m_status.reachable = false;
        }
    } else {
        error = reply->error() == QNetworkReply::OperationCanceledError
                    ? DeliveryChannelText::tr("no answer within %1 ms").arg(m_timeoutMs)
                    : reply->errorString();
        m_queue.failedTransient(now);
        m_status.reachable = false;
    }
    m_status.error = error;
    Q_EMIT requestFinished(ok, httpStatus, error);
    pump();
    updateStatus();
}

void DeliveryChannel::updateStatus()
{
    m_status.queueLength = m_queue.size();
    m_status.consecutiveFailures = m_queue.consecutiveFailures();
    m_status.retries = m_queue.retries();
    m_status.droppedAlerts = m_queue.droppedAlerts();
    const qint64 at = m_queue.nextAttemptMs();
    m_status.nextRetryAt = at > 0 && m_queue.consecutiveFailures() > 0 ? utc(at) : QDateTime();
    Q_EMIT statusChanged(m_status);
}

} // namespace Tidewatch
