#include "HttpFetcher.h"

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

QHash<int, HttpFetcher::Reply> HttpFetcher::fetch(const QHash<int, QString> &urls, int timeoutMs)
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
    QList<QNetworkReply *> started;
    for (auto it = urls.cbegin(); it != urls.cend(); ++it) {
        QNetworkRequest request{QUrl(it.value())};
        request.setTransferTimeout(timeoutMs);
        m_auth.apply(request);
        QNetworkReply *reply = m_network->get(request);
        started.append(reply);
        ++pending;
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, key = it.key()] {
            Reply out;
            const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (reply->error() != QNetworkReply::NoError && http == 0)
                out.error = reply->errorString();
            else if (http < 200 || http >= 300)
                out.error = QCoreApplication::translate("HttpFetcher", "HTTP %1").arg(http);
            else
                out.body = reply->readAll();
            replies.insert(key, out);
            if (--pending == 0)
                loop.quit();
        });
    }
    // Transfer timeouts end every request; this guard only protects against a reply that never ends.
    QTimer::singleShot(timeoutMs + 1000, &loop, &QEventLoop::quit);
    if (pending > 0)
        loop.exec();
    for (QNetworkReply *reply : started) {
        reply->disconnect(&loop);
        if (reply->isRunning())
            reply->abort();
        reply->deleteLater();
    }
    for (auto it = urls.cbegin(); it != urls.cend(); ++it) {
        if (!replies.contains(it.key()))
            replies.insert(it.key(), {{}, QCoreApplication::translate("HttpFetcher", "no answer in time")});
    }
    return replies;
}

} // namespace Tidewatch
