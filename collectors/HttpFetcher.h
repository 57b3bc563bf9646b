#pragma once

#include "ClusterProfile.h"
#include "HttpClientAuth.h"

#include <QByteArray>
#include <QHash>
#include <QString>

class QNetworkAccessManager;

namespace Tidewatch {

/// Fetches several URLs in parallel and waits for all of them, each bounded by a timeout. For the
/// collectors' worker threads, which work in cycles: it runs a local event loop, so the caller must
/// not be re-entered by its own timers meanwhile (KafkaCollector guards its cycle).
class HttpFetcher
{
public:
    HttpFetcher();
    ~HttpFetcher();
    HttpFetcher(const HttpFetcher &) = delete;
    HttpFetcher &operator=(const HttpFetcher &) = delete;

    struct Reply
    {
        QByteArray body;
        QString error; ///< empty on HTTP 2xx
    };

    /// TLS (CA, client certificate) and basic authentication of every later request. When its files
    /// cannot be used, fetch() sends nothing and every reply carries that error.
    void setAuth(const HttpAuth &auth) { m_auth = HttpClientAuth(auth); }

    /// @p urls by key; returns a reply for every key. Each request is held to HttpLimits: its whole
    /// answer within @p timeoutMs, at most @p maxBodyBytes, redirects only to the same origin.
    QHash<int, Reply> fetch(const QHash<int, QString> &urls, int timeoutMs,
                            qint64 maxBodyBytes = ClusterProfile::kDefaultBrokerMetricsMaxResponseBytes);

private:
    QNetworkAccessManager *m_network = nullptr; // created in the thread that first fetches
    HttpClientAuth m_auth;
};

} // namespace Tidewatch
