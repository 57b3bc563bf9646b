#pragma once

#include "DeliveryStatus.h"
#include "NotificationConfig.h"
#include "RetryQueue.h"

#include <QNetworkRequest>
#include <QObject>
#include <QSslConfiguration>
#include <QTimer>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace Tidewatch {

/// Delivers JSON bodies to one target (an Alertmanager or a webhook) over HTTP: one request at a
/// time through a RetryQueue. 2xx is success; 400–499 except 408 and 429 are refused for good
/// (logged, counted, not retried); 5xx, 408, 429, network errors and timeouts are retried with
/// exponential backoff. Asynchronous (QNetworkAccessManager), so enqueue() returns at once.
class DeliveryChannel : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<qint64()>;

    /// @p target's URL is used as is for a webhook; for an Alertmanager `/api/v2/alerts` is appended.
    DeliveryChannel(DeliveryStatus::Kind kind, const NotificationTarget &target,
                    const RetryPolicy &policy = {}, QObject *parent = nullptr, Clock clock = {});
    ~DeliveryChannel() override;

    /// Queues @p body (holding @p alertCount alerts) and sends it as soon as the queue allows.
    void enqueue(const QByteArray &body, int alertCount);
    DeliveryStatus status() const { return m_status; }
    const NotificationTarget &target() const { return m_target; }
    /// The per-request timeout (default 10 s, as Prometheus' notifier).
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

Q_SIGNALS:
    void statusChanged(const Tidewatch::DeliveryStatus &status);
    /// A request ended: @p ok delivered, otherwise @p error (for logs and tests).
    void requestFinished(bool ok, int httpStatus, const QString &error);

private:
    void pump();
    void onFinished(QNetworkReply *reply);
    void updateStatus();
    QNetworkRequest request() const;

    DeliveryStatus m_status;
    NotificationTarget m_target;
    QUrl m_url;
    RetryQueue m_queue;
    Clock m_clock;
    QNetworkAccessManager *m_network = nullptr;
    QTimer m_retryTimer;
    int m_timeoutMs = 10000;
    int m_inFlightAlerts = 0;
    QString m_configError; ///< TLS files that cannot be read: every request fails with this
    QSslConfiguration m_ssl;
};

} // namespace Tidewatch
