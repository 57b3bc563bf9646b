#pragma once

#include "ClusterProfile.h"

#include <QByteArray>
#include <QObject>
#include <QString>

class QNetworkReply;
class QNetworkRequest;
class QTimer;

namespace Tidewatch {

/// What one HTTP request to an outside endpoint may take (see docs/RELIABILITY.md).
struct HttpLimits
{
    static constexpr int kMaxRedirects = 5;

    int timeoutMs = 5000; ///< the whole request, from sending it to its last byte
    qint64 maxBodyBytes = ClusterProfile::kDefaultFlinkMaxResponseBytes;
};

/// Watches one QNetworkReply and holds it to HttpLimits: the body is read as it arrives and the
/// transfer is cut off past maxBodyBytes (a larger Content-Length is refused before the body), and at
/// the total deadline, so an endless or trickling answer ends with an error in bounded memory and
/// time. Redirects stay on the same origin (scheme, host and port), at most kMaxRedirects: a redirect
/// elsewhere is refused, so credentials set on the request never reach another host.
class BoundedReply : public QObject
{
    Q_OBJECT
public:
    /// Sets the redirect policy on @p request.
    static void prepare(QNetworkRequest &request);

    /// Takes @p reply (made from a prepared request) as its child; finished() follows exactly once.
    BoundedReply(QNetworkReply *reply, const HttpLimits &limits, QObject *parent = nullptr);

    QNetworkReply *reply() const { return m_reply; }
    /// The body read so far (all of it after finished(), unless the transfer was cut off).
    const QByteArray &body() const { return m_body; }
    /// Why the transfer failed before an HTTP answer was complete: a limit, a refused redirect, a
    /// network error. Empty when the whole answer arrived (whatever its HTTP status).
    QString transportError() const;

    /// Ends the transfer now with @p reason as its transport error (e.g. a cycle's deadline).
    void abortWith(const QString &reason);

Q_SIGNALS:
    void finished();

private:
    void readBody();
    void checkLength();
    void done();
    QString urlText() const;

    QNetworkReply *m_reply;
    HttpLimits m_limits;
    QTimer *m_deadline;
    QByteArray m_body;
    QString m_error; ///< set when this object ended the transfer
    bool m_done = false;
};

} // namespace Tidewatch
