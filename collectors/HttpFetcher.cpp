#include "HttpFetcher.h"

#include "BoundedReply.h"
#include "Redact.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrl>

namespace Tidewatch {

HttpFetcher::HttpFetcher() = default;

HttpFetcher::~HttpFetcher()
{
    delete m_network;
}

QHash<int, HttpFetcher::Reply> HttpFetcher::fetch(const QHash<int, QString> &urls, int timeoutMs,
                                                  qint64 maxBodyBytes)
{
    QHash<int, Reply> replies;
    if (urls.isEmpty())
        return replies;
    if (!m_auth.error().isEmpty()) {
        for (auto it = urls.cbegin(); it != urls.cend(); ++it)
            replies.insert(it.key(), {{}, m_auth.error()});
        return replies;
    }
    if (!m_network)
        m_network = new QNetworkAccessManager;
    QEventLoop loop;
    int pending = 0;
    QList<BoundedReply *> started;
    for (auto it = urls.cbegin(); it != urls.cend(); ++it) {
        QUrl url(it.value());
        const QString user = url.userName();
        const QString password = url.password();
        url.setUserInfo(QString()); // sent in the Authorization header, kept out of Qt's error texts
        QNetworkRequest request{url};
        BoundedReply::prepare(request);
        m_auth.apply(request);
        if (!user.isEmpty()) // the URL's own credentials win, as for Flink and Connect URLs
            request.setRawHeader("Authorization",
                                 "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64());
        auto *reply = new BoundedReply(m_network->get(request), HttpLimits{timeoutMs, maxBodyBytes});
        started.append(reply);
        ++pending;
        QObject::connect(reply, &BoundedReply::finished, &loop, [&, reply, key = it.key()] {
            Reply out;
            const int http = reply->reply()->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            out.error = Format::redactCredentials(reply->transportError());
            if (out.error.isEmpty() && (http < 200 || http >= 300))
                out.error = QCoreApplication::translate("HttpFetcher", "HTTP %1").arg(http);
            else if (out.error.isEmpty())
                out.body = reply->body();
            replies.insert(key, out);
            if (--pending == 0)
                loop.quit();
        });
    }
    // Each reply ends at its own deadline; this guard only protects against one that never ends.
    QTimer::singleShot(timeoutMs + 1000, &loop, &QEventLoop::quit);
    if (pending > 0)
        loop.exec();
    for (BoundedReply *reply : started) {
        reply->disconnect(&loop);
        reply->abortWith(QString());
        reply->deleteLater();
    }
    for (auto it = urls.cbegin(); it != urls.cend(); ++it) {
        if (!replies.contains(it.key()))
            replies.insert(it.key(), {{}, QCoreApplication::translate("HttpFetcher", "no answer in time")});
    }
    return replies;
}

} // namespace Tidewatch
