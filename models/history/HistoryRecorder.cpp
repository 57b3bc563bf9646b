#include "HistoryRecorder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QHash>
#include <QTimer>

#include <cmath>
#include <memory>

namespace Tidewatch {

namespace {

constexpr int kLoadChunk = 64; // series per seriesLoaded(): the GUI thread restores them in a few ms

struct HistoryRecorderText
{
    Q_DECLARE_TR_FUNCTIONS(HistoryRecorder)
};

} // namespace

/// The recorder's worker: owns the stores and the buckets still filling; used on its thread only.
class HistoryWorker : public QObject
{
public:
    explicit HistoryWorker(HistoryRecorder *recorder)
        : m_recorder(recorder)
        , m_config(recorder->m_config)
    {}

    void start()
    {
        auto *timer = new QTimer(this);
        connect(timer, &QTimer::timeout, this, &HistoryWorker::flush);
        timer->start(m_config.flushIntervalMs);
        auto *maintenance = new QTimer(this);
        connect(maintenance, &QTimer::timeout, this, &HistoryWorker::maintain);
        maintenance->start(m_config.maintenanceIntervalMs);
    }

    void open(const QString &cluster);
    void close(const QString &cluster, bool remove);
    void flush();
    void maintain();

private:
    struct OpenBucket
    {
        NumberedBucket bucket;
        bool used = false;
        bool dirty = false;
    };
    struct Cluster
    {
        std::shared_ptr<HistoryStore> store;    // shared: QHash values must be copyable
        QHash<QString, QList<OpenBucket>> open; ///< per series, per tier: the bucket filling
        QList<HistoryRow> pending;              ///< completed buckets not written yet
        bool fullReported = false;
        bool errorReported = false;
        bool budgetReported = false;
    };

    Cluster *clusterOf(const QString &key);
    void add(Cluster &c, const QString &key, qint64 timeMs, double value);
    void write(const QString &name, Cluster &c);

    HistoryRecorder *m_recorder;
    HistoryRecorderConfig m_config;
    QHash<QString, Cluster> m_clusters;
    qint64 m_latestSampleMs = 0; ///< the newest sample seen: "now" for the buckets still filling
};

void HistoryWorker::open(const QString &cluster)
{
    if (m_clusters.contains(cluster))
        return;
    const QString path = HistoryStore::fileFor(m_config.directory, cluster);
    auto store = std::make_shared<HistoryStore>(m_config.store);
    const bool opened = m_config.readOnly ? store->openReadOnly(path) : store->open(path);
    if (!store->setAsideMessage().isEmpty())
        Q_EMIT m_recorder->problem(store->setAsideMessage());
    if (!opened) {
        if (!store->lastError().isEmpty())
            Q_EMIT m_recorder->problem(HistoryRecorderText::tr("The history of %1 is not kept on disk: %2")
                                           .arg(cluster, store->lastError()));
        Q_EMIT m_recorder->clusterLoaded(cluster);
        return;
    }
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    QList<StoredSeries> chunk;
    for (const QString &key : store->keys()) {
        StoredSeries series = store->load(key, nowMs);
        bool any = false;
        for (const QList<NumberedBucket> &tier : std::as_const(series.tiers))
            any = any || !tier.isEmpty();
        if (any)
            chunk.append(std::move(series));
        if (chunk.size() >= kLoadChunk) {
            Q_EMIT m_recorder->seriesLoaded(chunk);
            chunk.clear();
        }
    }
    if (!chunk.isEmpty())
        Q_EMIT m_recorder->seriesLoaded(chunk);
    Q_EMIT m_recorder->clusterLoaded(cluster);
    if (m_config.readOnly)
        return;
    Cluster &c = m_clusters[cluster];
    c.store = std::move(store);
}

void HistoryWorker::close(const QString &cluster, bool remove)
{
    flush();
    m_clusters.remove(cluster); // the store closes its connection
    QString error;
    if (remove && !HistoryStore::removeFor(m_config.directory, cluster, &error))
        Q_EMIT m_recorder->problem(error);
}

HistoryWorker::Cluster *HistoryWorker::clusterOf(const QString &key)
{
    // "<source>/<cluster>/...": the usual cluster name has no slash; else the longest name that fits.
    const qsizetype first = key.indexOf(QLatin1Char('/'));
    const qsizetype second = key.indexOf(QLatin1Char('/'), first + 1);
    if (first < 0 || second < 0)
        return nullptr;
    const auto it = m_clusters.find(key.mid(first + 1, second - first - 1));
    if (it != m_clusters.end())
        return &*it;
    Cluster *best = nullptr;
    qsizetype bestLength = -1;
    for (auto c = m_clusters.begin(); c != m_clusters.end(); ++c) {
        const QString &name = c.key();
        if (name.size() > bestLength && key.mid(first + 1).startsWith(name + QLatin1Char('/'))) {
            best = &*c;
            bestLength = name.size();
        }
    }
    return best;
}

void HistoryWorker::add(Cluster &c, const QString &key, qint64 timeMs, double value)
{
    QList<OpenBucket> &open = c.open[key];
    const QList<MetricTier> &tiers = m_config.store.tiers;
    if (open.size() != tiers.size())
        open.resize(tiers.size());
    for (int t = 0; t < tiers.size(); ++t) {
        OpenBucket &o = open[t];
        const qint64 number = bucketNumber(timeMs, tiers[t].bucketMs);
        if (o.used && number < o.bucket.number)
            continue; // out of order: MetricStore refuses these too
        if (o.used && number != o.bucket.number) {
            if (o.dirty)
                c.pending.append(HistoryRow{key, t, o.bucket});
            o = OpenBucket{};
        }
        o.used = true;
        o.dirty = true;
        o.bucket.number = number;
        o.bucket.bucket.add(std::isfinite(value) ? value : std::nan(""));
    }
}

void HistoryWorker::flush()
{
    QList<HistoryRecorder::Sample> batch;
    {
        QMutexLocker lock(&m_recorder->m_mutex);
        batch.swap(m_recorder->m_batch);
    }
    for (const HistoryRecorder::Sample &s : std::as_const(batch)) {
        m_latestSampleMs = std::max(m_latestSampleMs, s.timeMs);
        if (Cluster *c = clusterOf(s.key))
            add(*c, s.key, s.timeMs, s.value);
    }
    for (auto it = m_clusters.begin(); it != m_clusters.end(); ++it)
        write(it.key(), *it);
}

void HistoryWorker::write(const QString &name, Cluster &c)
{
    // The buckets still filling are written each time too: a crash loses one interval at most.
    QList<HistoryRow> rows = c.pending;
    QList<OpenBucket *> written;
    for (auto it = c.open.begin(); it != c.open.end(); ++it) {
        for (int t = 0; t < it->size(); ++t) {
            OpenBucket &o = (*it)[t];
            if (o.used && o.dirty) {
                rows.append(HistoryRow{it.key(), t, o.bucket});
                written.append(&o);
            }
        }
    }
    if (rows.isEmpty())
        return;
    const HistoryStore::WriteResult result = c.store->write(rows);
    if (result == HistoryStore::WriteResult::Ok) {
        c.pending.clear();
        for (OpenBucket *o : std::as_const(written))
            o->dirty = false;
        if (c.fullReported || c.errorReported)
            Q_EMIT m_recorder->problem(
                HistoryRecorderText::tr("The history of %1 is written again").arg(name));
        c.fullReported = false;
        c.errorReported = false;
        return;
    }
    // Kept in memory (bounded) and tried again on the next flush; the dashboard goes on meanwhile.
    c.pending = c.pending.mid(std::max<qsizetype>(0, c.pending.size() - m_config.maxPendingRows));
    if (result == HistoryStore::WriteResult::Full) {
        c.store->enforceBudget();
        if (!c.fullReported)
            Q_EMIT m_recorder->problem(
                HistoryRecorderText::tr("The disk is full: the history of %1 is not written (%2); "
                                        "the charts go on in memory, writing is retried")
                    .arg(name, c.store->lastError()));
        c.fullReported = true;
    } else {
        if (!c.errorReported)
            Q_EMIT m_recorder->problem(
                HistoryRecorderText::tr("The history of %1 cannot be written: %2; writing is retried")
                    .arg(name, c.store->lastError()));
        c.errorReported = true;
    }
}

void HistoryWorker::maintain()
{
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    for (auto it = m_clusters.begin(); it != m_clusters.end(); ++it) {
        Cluster &c = *it;
        c.store->applyRetention(nowMs);
        if (c.store->usedBytes() <= m_config.store.budgetBytes)
            continue;
        const int deleted = c.store->enforceBudget();
        if (!c.budgetReported)
            Q_EMIT m_recorder->problem(
                HistoryRecorderText::tr("The history of %1 reached its disk budget of %2 MB: the oldest "
                                        "buckets are deleted first (%3 deleted now)")
                    .arg(it.key())
                    .arg(m_config.store.budgetBytes / (1024 * 1024))
                    .arg(deleted));
        c.budgetReported = true;
    }
    // Forget the buckets of series that went quiet (deleted groups, topics) once they are written;
    // quiet as measured by the samples' own clock, so a replay of older samples keeps its buckets.
    const qint64 latestMs = m_latestSampleMs;
    const qint64 coarsestMs = m_config.store.tiers.isEmpty() ? 0 : m_config.store.tiers.constLast().bucketMs;
    for (Cluster &c : m_clusters) {
        c.open.removeIf([latestMs, coarsestMs](QHash<QString, QList<OpenBucket>>::iterator s) {
            for (const OpenBucket &o : s.value()) {
                if (o.dirty)
                    return false;
            }
            return s.value().isEmpty() || (s.value().constLast().bucket.number + 2) * coarsestMs < latestMs;
        });
    }
}

HistoryRecorder::HistoryRecorder(const HistoryRecorderConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
{
    qRegisterMetaType<QList<Tidewatch::StoredSeries>>();
    m_config.flushIntervalMs = std::max(m_config.flushIntervalMs, 10);
    m_config.maintenanceIntervalMs = std::max(m_config.maintenanceIntervalMs, 10);
    m_thread.setObjectName(QStringLiteral("tidewatch-history"));
    m_worker = new HistoryWorker(this);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->start(); });
}

HistoryRecorder::~HistoryRecorder()
{
    // Queued behind everything asked of the worker so far: the last write, then the end of its loop
    // (QThread::quit() from here could end the loop before queued calls ran).
    QMetaObject::invokeMethod(m_worker, [w = m_worker] {
        w->flush();
        QThread::currentThread()->quit();
    });
    if (!m_thread.wait(QDeadlineTimer(10000))) {
        qWarning("tidewatch: the history is still being written; waiting for the disk");
        m_thread.wait();
    }
}

void HistoryRecorder::recorded(const QString &key, qint64 timeMs, double value)
{
    if (m_config.readOnly)
        return;
    QMutexLocker lock(&m_mutex);
    m_batch.append(Sample{key, timeMs, value});
}

void HistoryRecorder::openCluster(const QString &cluster)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, cluster] { w->open(cluster); });
}

void HistoryRecorder::closeCluster(const QString &cluster)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, cluster] { w->close(cluster, false); });
}

void HistoryRecorder::removeCluster(const QString &cluster)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, cluster] { w->close(cluster, true); });
}

void HistoryRecorder::flush()
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->flush(); }, Qt::BlockingQueuedConnection);
}

} // namespace Tidewatch
