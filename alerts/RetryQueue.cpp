#include "RetryQueue.h"

#include <algorithm>

namespace Tidewatch {

RetryQueue::RetryQueue(const RetryPolicy &policy)
    : m_policy(policy)
{
    m_policy.capacity = std::max(m_policy.capacity, 2);
    m_policy.initialBackoffMs = std::max<qint64>(m_policy.initialBackoffMs, 1);
    m_policy.maxBackoffMs = std::max(m_policy.maxBackoffMs, m_policy.initialBackoffMs);
}

void RetryQueue::enqueue(const QByteArray &body, int alertCount, qint64 nowMs)
{
    m_batches.append(QueuedBatch{m_nextId++, body, alertCount, nowMs, 0});
    while (m_batches.size() > m_policy.capacity) {
        const qsizetype oldestWaiting = m_inFlight ? 1 : 0;
        m_droppedAlerts += m_batches.at(oldestWaiting).alertCount;
        ++m_droppedBatches;
        m_batches.removeAt(oldestWaiting);
    }
}

std::optional<QueuedBatch> RetryQueue::next(qint64 nowMs)
{
    if (m_batches.isEmpty() || m_inFlight || nowMs < m_retryAtMs)
        return std::nullopt;
    m_inFlight = true;
    QueuedBatch &head = m_batches.first();
    if (head.attempts > 0)
        ++m_retries;
    ++head.attempts;
    return head;
}

void RetryQueue::succeeded()
{
    if (!m_inFlight)
        return;
    m_inFlight = false;
    m_batches.removeFirst();
    ++m_delivered;
    m_failures = 0;
    m_retryAtMs = 0;
}

void RetryQueue::failedTransient(qint64 nowMs)
{
    if (!m_inFlight)
        return;
    m_inFlight = false;
    ++m_failures;
    m_retryAtMs = nowMs + backoffMs(m_failures);
}

void RetryQueue::failedPermanent()
{
    if (!m_inFlight)
        return;
    m_inFlight = false;
    m_batches.removeFirst();
    ++m_permanentFailures;
    // The target answered: it is up, so the next batch need not wait.
    m_failures = 0;
    m_retryAtMs = 0;
}

qint64 RetryQueue::nextAttemptMs() const
{
    if (m_batches.isEmpty() || m_inFlight)
        return -1;
    return m_retryAtMs;
}

qint64 RetryQueue::backoffMs(int failures) const
{
    if (failures <= 0)
        return 0;
    qint64 wait = m_policy.initialBackoffMs;
    for (int i = 1; i < failures && wait < m_policy.maxBackoffMs; ++i)
        wait *= 2;
    return std::min(wait, m_policy.maxBackoffMs);
}

QList<quint64> RetryQueue::ids() const
{
    QList<quint64> out;
    for (const QueuedBatch &b : m_batches)
        out.append(b.id);
    return out;
}

} // namespace Tidewatch
