// The charts' history on disk at 5,000 partitions / 500 groups (issue #16): what recording costs the
// GUI thread and the writer thread per cycle, the file after 7 days, reading it back on start, and
// resident memory. Synthetic keys exactly as SnapshotHistory records them (500 topics x 10
// partitions, 500 groups, 3 brokers, 3 Flink jobs of 5 vertices); no stack needed.
//
//   bench_history_store [--dir DIR] [--cycles N] [--days D]
//
// Peers measured in the same run: the in-memory MetricStore's own append (the GUI thread's cost
// without the disk), and the sqlite3 command-line tool running the same INSERTs of one flush and
// reading the same tables back.

#include "BenchTools.h"
#include "HistoryRecorder.h"
#include "HistoryStore.h"
#include "MetricStore.h"
#include "SnapshotHistory.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace Tidewatch;

namespace {

QStringList syntheticKeys(const QString &cluster)
{
    QStringList keys;
    for (int g = 0; g < 500; ++g) {
        keys << SnapshotHistory::groupLagKey(cluster,
                                             QStringLiteral("group-%1").arg(g, 3, 10, QLatin1Char('0')));
        keys << SnapshotHistory::groupTimeLagKey(cluster,
                                                 QStringLiteral("group-%1").arg(g, 3, 10, QLatin1Char('0')));
    }
    for (int t = 0; t < 500; ++t)
        keys << SnapshotHistory::topicMessagesKey(cluster,
                                                  QStringLiteral("topic-%1").arg(t, 3, 10, QLatin1Char('0')));
    for (int b = 1; b <= 3; ++b)
        keys << SnapshotHistory::brokerBytesInKey(cluster, b)
             << SnapshotHistory::brokerBytesOutKey(cluster, b);
    for (int j = 0; j < 3; ++j) {
        const QString job = QStringLiteral("%1").arg(j, 32, 16, QLatin1Char('0'));
        keys << SnapshotHistory::flinkWatermarkLagKey(cluster, job)
             << SnapshotHistory::flinkStateSizeKey(cluster, job)
             << SnapshotHistory::flinkCheckpointDurationKey(cluster, job);
        for (int v = 0; v < 5; ++v)
            keys << SnapshotHistory::flinkBackpressureKey(cluster, job, QStringLiteral("vertex-%1").arg(v));
    }
    return keys;
}

// A value as the series would carry it: lags are whole numbers, rates and time lags are not.
double valueFor(int series, qint64 step, QRandomGenerator &rng)
{
    if (series < 1000 && series % 2 == 0)
        return double((step * 37 + series * 11) % 5000) + double(rng.bounded(50));
    return 1000.0 * rng.generateDouble() + series * 0.5;
}

void print(const char *what, double value, const char *unit)
{
    std::printf("%-62s %12.2f %s\n", what, value, unit);
}

double runSqlite(const QString &db, const QString &sqlFile)
{
    QProcess p;
    p.setStandardInputFile(sqlFile);
    p.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer t;
    t.start();
    p.start(QStringLiteral("sqlite3"), {db});
    if (!p.waitForFinished(600000) || p.exitCode() != 0)
        return -1;
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto arg = [&args](const QString &name, const QString &fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args[i + 1] : fallback;
    };
    QTemporaryDir tmp;
    const QString dir = arg(QStringLiteral("--dir"), tmp.path());
    const int cycles = arg(QStringLiteral("--cycles"), QStringLiteral("300")).toInt();
    const int days = arg(QStringLiteral("--days"), QStringLiteral("7")).toInt();
    const QString cluster = QStringLiteral("bench");
    const QStringList keys = syntheticKeys(cluster);
    QRandomGenerator rng(16);
    std::printf("series: %lld (5,000 partitions in 500 topics, 500 groups, 3 brokers, 3 Flink jobs)\n",
                qint64(keys.size()));

    // 1. Per 1 s cycle on the GUI thread: the in-memory store alone (the peer), then with the sink.
    const qint64 startMs = QDateTime::currentMSecsSinceEpoch() / 1000 * 1000 - qint64(cycles) * 1000;
    QList<double> plain;
    QList<double> withSink;
    QList<double> flushes;
    {
        MetricStore store;
        for (int c = 0; c < cycles; ++c) {
            QElapsedTimer t;
            t.start();
            for (int i = 0; i < keys.size(); ++i)
                store.append(keys[i], startMs + c * 1000, valueFor(i, c, rng));
            plain << double(t.nsecsElapsed()) / 1e6;
        }
    }
    HistoryRecorderConfig config;
    config.directory = dir;
    config.flushIntervalMs = 3600 * 1000; // flushed by hand below, every 5 cycles as the timer would
    config.maintenanceIntervalMs = 3600 * 1000;
    {
        HistoryRecorder recorder(config);
        QSignalSpy loaded(&recorder, &HistoryRecorder::clusterLoaded);
        recorder.openCluster(cluster);
        loaded.wait(60000);
        MetricStore store;
        store.setSink(&recorder);
        for (int c = 0; c < cycles; ++c) {
            QElapsedTimer t;
            t.start();
            for (int i = 0; i < keys.size(); ++i)
                store.append(keys[i], startMs + c * 1000, valueFor(i, c, rng));
            withSink << double(t.nsecsElapsed()) / 1e6;
            if (c % 5 == 4) {
                QElapsedTimer f;
                f.start();
                recorder.flush(); // blocks until the worker took the batch, aggregated and committed
                flushes << double(f.nsecsElapsed()) / 1e6;
            }
        }
        store.setSink(nullptr);
    }
    print("GUI thread per cycle, MetricStore::append only (median)", BenchTools::percentile(plain, 0.5),
          "ms");
    print("GUI thread per cycle, MetricStore::append only (p99)", BenchTools::percentile(plain, 0.99), "ms");
    print("GUI thread per cycle, append + history sink (median)", BenchTools::percentile(withSink, 0.5),
          "ms");
    print("GUI thread per cycle, append + history sink (p99)", BenchTools::percentile(withSink, 0.99), "ms");
    print("writer thread per flush of 5 cycles (median)", BenchTools::percentile(flushes, 0.5), "ms");
    print("writer thread per flush of 5 cycles (p99)", BenchTools::percentile(flushes, 0.99), "ms");
    print("writer thread per 1 s cycle (median flush / 5)", BenchTools::percentile(flushes, 0.5) / 5, "ms");

    // Peer: sqlite3 running the INSERTs of one flush (5 cycles: 5 + 1 + 1 buckets a series) in one
    // transaction against the same file.
    {
        const QString sql = dir + QStringLiteral("/flush.sql");
        QFile f(sql);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        QTextStream out(&f);
        out << "PRAGMA journal_mode=WAL;\nPRAGMA synchronous=NORMAL;\nBEGIN;\n";
        const qint64 t0 = startMs / 1000 + cycles;
        for (int i = 0; i < keys.size(); ++i) {
            for (int b = 0; b < 5; ++b)
                out << "INSERT OR REPLACE INTO b1000 VALUES(" << i + 1 << ',' << t0 + b
                    << ",1.5,2.5,9.5,5,0,2.5);\n";
            out << "INSERT OR REPLACE INTO b10000 VALUES(" << i + 1 << ',' << (t0 / 10) + 1
                << ",1.5,2.5,9.5,5,0,2.5);\n";
            out << "INSERT OR REPLACE INTO b60000 VALUES(" << i + 1 << ',' << (t0 / 60) + 1
                << ",1.5,2.5,9.5,5,0,2.5);\n";
        }
        out << "COMMIT;\n";
        f.close();
        print("peer: sqlite3 CLI, the same 7 rows a series in one transaction",
              runSqlite(HistoryStore::fileFor(dir, cluster), sql), "ms");
    }

    // 2. Seven days: every tier full, written as the recorder writes (transactions of 5 s worth).
    const QString path = HistoryStore::fileFor(dir, cluster);
    QFile::remove(path);
    HistoryStoreConfig storeConfig;
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    qint64 rowsWritten = 0;
    QElapsedTimer fill;
    fill.start();
    {
        HistoryStore store(storeConfig);
        store.open(path);
        for (int tier = 0; tier < storeConfig.tiers.size(); ++tier) {
            const MetricTier &mt = storeConfig.tiers[tier];
            const qint64 count = std::min<qint64>(mt.bucketCount, qint64(days) * 86400 * 1000 / mt.bucketMs);
            const qint64 last = nowMs / mt.bucketMs;
            for (qint64 from = last - count + 1; from <= last; from += 20) {
                QList<HistoryRow> rows;
                for (int i = 0; i < keys.size(); ++i) {
                    for (qint64 n = from; n < std::min(from + 20, last + 1); ++n) {
                        MetricBucket b;
                        for (int k = 0; k < 3; ++k)
                            b.add(valueFor(i, n * 3 + k, rng));
                        rows.append(HistoryRow{keys[i], tier, NumberedBucket{n, b}});
                    }
                }
                store.write(rows);
                rowsWritten += rows.size();
            }
        }
        print("simulated 7 days: rows written", double(rowsWritten), "rows");
        print("simulated 7 days: pages in use", double(store.usedBytes()) / (1024 * 1024), "MiB");
    }
    print("simulated 7 days: time to write them (transactions of 20 buckets)", double(fill.elapsed()) / 1000,
          "s");
    qint64 bytes = 0;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        bytes += QFileInfo(path + suffix).size();
    print("simulated 7 days: file size on disk (with -wal, -shm)", double(bytes) / (1024 * 1024), "MiB");

    // 3. Start-up: read it all back on the worker, restore on the GUI thread in chunks.
    const double rssBefore = BenchTools::rssMiB();
    MetricStore store;
    QList<double> chunkMs;
    QElapsedTimer load;
    load.start();
    {
        HistoryRecorder recorder(config);
        QObject context;
        QObject::connect(&recorder, &HistoryRecorder::seriesLoaded, &context,
                         [&](const QList<StoredSeries> &chunk) {
                             QElapsedTimer t;
                             t.start();
                             for (const StoredSeries &s : chunk)
                                 store.restore(s.key, s.tiers);
                             chunkMs << double(t.nsecsElapsed()) / 1e6;
                         });
        // Queued to this thread like seriesLoaded(), so it arrives after the last chunk.
        bool loaded = false;
        QObject::connect(&recorder, &HistoryRecorder::clusterLoaded, &context, [&loaded] { loaded = true; });
        recorder.openCluster(cluster);
        while (!loaded)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        print("start-up: open, check and read back 7 days, restore (wall)", double(load.elapsed()) / 1000,
              "s");
    }
    double sum = 0;
    for (double c : std::as_const(chunkMs))
        sum += c;
    print("start-up: GUI thread restoring, total", sum, "ms");
    print("start-up: GUI thread restoring, longest chunk of 64 series", BenchTools::percentile(chunkMs, 1.0),
          "ms");
    print("start-up: series restored", double(store.seriesCount()), "series");
    print("after start-up: MetricStore::memoryBytes", double(store.memoryBytes()) / (1024 * 1024), "MiB");
    print("after start-up: resident memory (VmRSS), before loading", rssBefore, "MiB");
    print("after start-up: resident memory (VmRSS)", BenchTools::rssMiB(), "MiB");
    {
        const QString sql = dir + QStringLiteral("/read.sql");
        QFile f(sql);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(
            "SELECT * FROM series;\nSELECT * FROM b1000 ORDER BY series, bucket;\n"
            "SELECT * FROM b10000 ORDER BY series, bucket;\nSELECT * FROM b60000 ORDER BY series, bucket;\n");
        f.close();
        print("peer: sqlite3 CLI reading every row back (to /dev/null)", runSqlite(path, sql), "ms");
    }
    return 0;
}
