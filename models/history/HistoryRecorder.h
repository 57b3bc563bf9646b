#pragma once

#include "HistoryStore.h"
#include "MetricSink.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QThread>

namespace Tidewatch {

/// How the metric history is kept on disk. Passed in, never read from settings.
struct HistoryRecorderConfig
{
    /// The folder of the history files (HistoryStore::defaultDirectory() in the app).
    QString directory;
    HistoryStoreConfig store;
    /// How often the worker writes what was recorded (completed buckets and the open ones).
    int flushIntervalMs = 5000;
    /// How often retention per tier and the disk budget are applied.
    int maintenanceIntervalMs = 60000;
    /// Read the history, write nothing (render: pictures never change the record).
    bool readOnly = false;
    /// Rows kept in memory while the disk is full; beyond that the oldest are dropped.
    int maxPendingRows = 500000;
};

/// Keeps the metric history of every cluster on disk, one HistoryStore per cluster, and reads it
/// back on start. The GUI thread only appends samples to a batch (recorded(), a mutex held for one
/// list append); a worker thread with its own connections wakes every flushIntervalMs, aggregates
/// the batch into the tiers' buckets (MetricBucket, as in memory) and writes the changed buckets in
/// one transaction per cluster. Problems (a damaged file set aside, the budget reached, a full disk)
/// are reported once each through problem(); the dashboard goes on in memory.
class HistoryRecorder : public QObject, public MetricSink
{
    Q_OBJECT
public:
    explicit HistoryRecorder(const HistoryRecorderConfig &config, QObject *parent = nullptr);
    /// Writes what is recorded, waiting up to 10 s for the disk (then as long as the write takes).
    ~HistoryRecorder() override;

    void recorded(const QString &key, qint64 timeMs, double value) override;

    /// Opens (or creates) the history of @p cluster and reads it back: seriesLoaded() in chunks,
    /// then clusterLoaded(). Samples of clusters not opened are not kept.
    void openCluster(const QString &cluster);
    /// Writes what is recorded of @p cluster and closes its file.
    void closeCluster(const QString &cluster);
    /// Closes the history of @p cluster and deletes its file.
    void removeCluster(const QString &cluster);
    /// Writes everything recorded so far, including the buckets still filling; blocks until done.
    void flush();
    const HistoryRecorderConfig &config() const { return m_config; }

Q_SIGNALS:
    /// Stored series of an opened cluster, read back on the worker thread.
    void seriesLoaded(const QList<Tidewatch::StoredSeries> &series);
    /// Everything stored of @p cluster was passed on through seriesLoaded().
    void clusterLoaded(const QString &cluster);
    /// A message for the user: a file set aside, the budget reached, the disk full, an error.
    void problem(const QString &message);

private:
    struct Sample
    {
        QString key;
        qint64 timeMs = 0;
        double value = 0;
    };
    friend class HistoryWorker;

    HistoryRecorderConfig m_config;
    QMutex m_mutex;
    QList<Sample> m_batch; ///< guarded by m_mutex
    QThread m_thread;
    class HistoryWorker *m_worker = nullptr; ///< lives in m_thread
};

} // namespace Tidewatch

Q_DECLARE_METATYPE(Tidewatch::StoredSeries)
