#pragma once

#include "AlertHistoryStore.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <functional>

namespace Tidewatch {

/// Writes history batches on a thread of its own, with its own connection, so that a slow disk never
/// stalls the thread that evaluates (the GUI thread). Prunes the history every pruneEveryMs.
class AlertHistoryWriter : public QObject
{
    Q_OBJECT
public:
    AlertHistoryWriter(const QString &path, qint64 maxAgeMs, int maxRows, qint64 pruneEveryMs,
                       QObject *parent = nullptr);
    ~AlertHistoryWriter() override; ///< writes what is queued (waiting for it), then stops the thread

    /// Queues @p batch; it is written in one transaction.
    void write(const AlertHistoryBatch &batch);
    /// Blocks until everything queued so far is written.
    void flush();

Q_SIGNALS:
    /// Opening or writing the history failed; @p message names the file and the error.
    void failed(const QString &message);

private:
    QString m_path;
    QThread m_thread;
    std::function<void(qint64)> m_prune; ///< runs in the writer thread after each batch
    QObject *m_worker = nullptr;         ///< lives in m_thread, owns the connection
};

} // namespace Tidewatch
