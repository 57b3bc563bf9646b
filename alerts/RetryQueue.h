#pragma once

#include <QByteArray>
#include <QList>

#include <optional>

namespace Tidewatch {

/// How a RetryQueue bounds itself and backs off.
struct RetryPolicy
{
    int capacity = 256;            ///< batches kept (at least 2); when full the oldest waiting one is dropped
    qint64 initialBackoffMs = 500; ///< wait after the first failure
    qint64 maxBackoffMs = 30000;   ///< the wait doubles per failure up to this
    friend bool operator==(const RetryPolicy &, const RetryPolicy &) = default;
};

/// One request body waiting to be delivered.
struct QueuedBatch
{
    quint64 id = 0;
    QByteArray body;
    int alertCount = 0;
    qint64 enqueuedMs = 0;
    int attempts = 0; ///< attempts made so far
};

/// The delivery queue of one notification target: FIFO (a resolution never overtakes the firing it
/// resolves), one request at a time, exponential backoff after transient failures, bounded with
/// drop-oldest. Pure: the caller passes the time and reports each attempt's outcome.
class RetryQueue
{
public:
    explicit RetryQueue(const RetryPolicy &policy = {});

    /// Appends a batch; when the queue is full the oldest batch not being sent is dropped (counted).
    void enqueue(const QByteArray &body, int alertCount, qint64 nowMs);
    /// The batch to send now, or nullopt (empty, one in flight, or backing off). Marks it in flight.
    std::optional<QueuedBatch> next(qint64 nowMs);
    /// The batch in flight was delivered: remove it, reset the backoff.
    void succeeded();
    /// The batch in flight failed and will be retried after the backoff.
    void failedTransient(qint64 nowMs);
    /// The batch in flight was refused for good (e.g. 400, 422): remove it without retrying.
    void failedPermanent();

    /// When next() will return a batch: nowMs or later; -1 when empty or one is in flight.
    qint64 nextAttemptMs() const;
    /// The wait after @p failures consecutive transient failures (0 for none).
    qint64 backoffMs(int failures) const;

    int size() const { return int(m_batches.size()); }
    bool inFlight() const { return m_inFlight; }
    int consecutiveFailures() const { return m_failures; }
    qint64 droppedBatches() const { return m_droppedBatches; }
    qint64 droppedAlerts() const { return m_droppedAlerts; }
    qint64 retries() const { return m_retries; }
    qint64 permanentFailures() const { return m_permanentFailures; }
    qint64 delivered() const { return m_delivered; } ///< batches delivered
    QList<quint64> ids() const;                      ///< the queued batches' ids, oldest first (for tests)

private:
    RetryPolicy m_policy;
    QList<QueuedBatch> m_batches;
    bool m_inFlight = false; ///< the first batch is being sent
    quint64 m_nextId = 1;
    int m_failures = 0;
    qint64 m_retryAtMs = 0;
    qint64 m_droppedBatches = 0;
    qint64 m_droppedAlerts = 0;
    qint64 m_retries = 0;
    qint64 m_permanentFailures = 0;
    qint64 m_delivered = 0;
};

} // namespace Tidewatch
