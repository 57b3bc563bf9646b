#include "AlertHistoryWriter.h"

#include <QDateTime>
#include <QMetaObject>

#include <memory>

namespace Tidewatch {

namespace {

/// Lives in the writer thread; its store (connection) is created and used only there.
class Worker : public QObject
{
public:
    std::unique_ptr<AlertHistoryStore> store;
    qint64 lastPruneMs = -1;
};

/// The store's error with the file it is about: the user must know which file to look at.
QString message(const QString &path, const QString &error)
{
    return AlertHistoryWriter::tr("Alert history %1: %2 (the alerts work on without it)").arg(path, error);
}

} // namespace

AlertHistoryWriter::AlertHistoryWriter(const QString &path, qint64 maxAgeMs, int maxRows, qint64 pruneEveryMs,
                                       QObject *parent)
    : QObject(parent)
    , m_path(path)
{
    auto *worker = new Worker;
    m_worker = worker;
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("alert-history"));
    m_thread.start();
    // The writer outlives every task of the thread (its destructor waits for the thread), and a
    // report queued back to it is dropped if it is gone by then.
    QMetaObject::invokeMethod(worker, [this, worker, path] {
        worker->store = std::make_unique<AlertHistoryStore>();
        if (!worker->store->open(path))
            QMetaObject::invokeMethod(
                this, [this, error = message(path, worker->store->lastError())] { Q_EMIT failed(error); });
    });
    m_prune = [worker, maxAgeMs, maxRows, pruneEveryMs](qint64 nowMs) {
        if (worker->lastPruneMs >= 0 && nowMs - worker->lastPruneMs < pruneEveryMs)
            return;
        worker->lastPruneMs = nowMs;
        worker->store->prune(nowMs, maxAgeMs, maxRows);
    };
}

AlertHistoryWriter::~AlertHistoryWriter()
{
    // quit() does not run what is still queued: write it and close the connection first, waiting.
    QMetaObject::invokeMethod(
        m_worker, [worker = static_cast<Worker *>(m_worker)] { worker->store.reset(); },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void AlertHistoryWriter::write(const AlertHistoryBatch &batch)
{
    auto *worker = static_cast<Worker *>(m_worker);
    QMetaObject::invokeMethod(worker, [this, worker, batch, prune = m_prune, path = m_path] {
        if (!worker->store || !worker->store->isOpen())
            return;
        if (!worker->store->write(batch))
            QMetaObject::invokeMethod(
                this, [this, error = message(path, worker->store->lastError())] { Q_EMIT failed(error); });
        prune(batch.evaluatedAtMs >= 0 ? batch.evaluatedAtMs : QDateTime::currentMSecsSinceEpoch());
    });
}

void AlertHistoryWriter::flush()
{
    QMetaObject::invokeMethod(
        m_worker, [] {}, Qt::BlockingQueuedConnection);
}

} // namespace Tidewatch
