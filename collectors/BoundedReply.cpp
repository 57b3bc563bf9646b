#include "BoundedReply.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

namespace Tidewatch {

namespace {

/// What QNetworkReply keeps unread at most: the body is moved out as it arrives, so the reply's own
/// buffer never holds more than this.
constexpr qint64 kReadBufferBytes = 256 * 1024;

} // namespace

void BoundedReply::prepare(QNetworkRequest &request)
{
    // Same origin only: Qt would otherwise follow a redirect to any host with the request's headers,
    // the Authorization header among them.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setMaximumRedirectsAllowed(HttpLimits::kMaxRedirects);
}

BoundedReply::BoundedReply(QNetworkReply *reply, const HttpLimits &limits, QObject *parent)
    : QObject(parent)
    , m_reply(reply)
    , m_limits(limits)
    , m_deadline(new QTimer(this))
{
    m_reply->setParent(this);
    m_reply->setReadBufferSize(kReadBufferBytes);
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        // The whole answer, not just its start: a server trickling a byte a second ends here too.
        abortWith(tr("no answer within %1 ms from %2").arg(m_limits.timeoutMs).arg(urlText()));
    });
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &BoundedReply::checkLength);
    connect(m_reply, &QNetworkReply::readyRead, this, &BoundedReply::readBody);
    connect(m_reply, &QNetworkReply::finished, this, &BoundedReply::done);
    m_deadline->start(m_limits.timeoutMs);
    if (m_reply->isFinished()) // e.g. refused at once: finished() was emitted before we listened
        QTimer::singleShot(0, this, &BoundedReply::done);
}

QString BoundedReply::transportError() const
{
    if (!m_error.isEmpty())
        return m_error;
    switch (m_reply->error()) {
    case QNetworkReply::NoError:
        return {};
    case QNetworkReply::InsecureRedirectError: {
        const QUrl target = m_reply->url().resolved(m_reply->header(QNetworkRequest::LocationHeader).toUrl());
        return tr("%1 redirects to another origin (%2): refused, so no credentials are sent there")
            .arg(urlText(), target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
    }
    case QNetworkReply::TooManyRedirectsError:
        return tr("%1 redirects more than %2 times").arg(urlText()).arg(HttpLimits::kMaxRedirects);
    default:
        // An HTTP error status is an answer, for the caller to read; anything else never got one.
        return m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 0
                   ? m_reply->errorString()
                   : QString();
    }
}

void BoundedReply::abortWith(const QString &reason)
{
    if (m_done)
        return;
    if (m_error.isEmpty())
        m_error = reason;
    m_body.clear();
    m_body.squeeze();
    m_reply->abort(); // emits finished()
}

void BoundedReply::readBody()
{
    if (m_done || !m_error.isEmpty() || !m_reply->isOpen())
        return; // a refused or failed request is closed: nothing to read (and Qt warns on reading)
    m_body += m_reply->readAll();
    if (m_body.size() > m_limits.maxBodyBytes)
        abortWith(
            tr("the answer from %1 exceeds the limit of %2 bytes").arg(urlText()).arg(m_limits.maxBodyBytes));
}

void BoundedReply::checkLength()
{
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_limits.maxBodyBytes) {
        abortWith(tr("the answer from %1 announces %2 bytes, over the limit of %3 bytes")
                      .arg(urlText())
                      .arg(length.toLongLong())
                      .arg(m_limits.maxBodyBytes));
    }
}

void BoundedReply::done()
{
    if (m_done)
        return;
    readBody(); // what arrived with the end
    m_done = true;
    m_deadline->stop();
    Q_EMIT finished();
}

QString BoundedReply::urlText() const
{
    return m_reply->request().url().toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
}

} // namespace Tidewatch
