#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace Tidewatch {

/// How deliveries to one notification target go, in the style of SourceStatus: what the GUI's
/// status line and the exporter show, so that a silent failure to notify is visible.
struct DeliveryStatus
{
    enum class Kind
    {
        Alertmanager,
        Webhook
    };
    Kind kind = Kind::Alertmanager;
    QString target;          ///< the URL requests go to, without credentials
    bool reachable = false;  ///< the last request got an answer that is not a server error
    QString error;           ///< empty when the last request succeeded; otherwise what failed
    QDateTime attemptedAt;   ///< when the last request was sent (UTC; invalid: none yet)
    QDateTime lastSuccessAt; ///< when a request last succeeded (invalid: never)
    QDateTime nextRetryAt;   ///< when the next retry goes out (invalid: none waiting)
    int queueLength = 0;     ///< batches waiting, including the one in flight
    int consecutiveFailures = 0;
    qint64 deliveredAlerts = 0; ///< alerts accepted by the target
    qint64 retries = 0;         ///< requests that repeated a failed one
    qint64 droppedAlerts = 0;   ///< alerts dropped because the queue was full
    qint64 refusedAlerts = 0;   ///< alerts refused for good (400, 422, …): not retried

    /// Milliseconds since the last success at @p now, or -1 if nothing was ever delivered.
    qint64 successAgeMs(const QDateTime &now) const
    {
        return lastSuccessAt.isValid() ? lastSuccessAt.msecsTo(now) : -1;
    }
};

} // namespace Tidewatch

Q_DECLARE_METATYPE(Tidewatch::DeliveryStatus)
