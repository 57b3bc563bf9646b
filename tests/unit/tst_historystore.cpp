#include "HistoryRecorder.h"
#include "HistoryStore.h"
#include "MetricStore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Tidewatch;

namespace {

// Small tiers, so a test fills them in a moment: 1 s for 1 min, 10 s for 10 min, 1 min for 1 h.
QList<MetricTier> smallTiers()
{
    return {{1000, 60}, {10000, 60}, {60000, 60}};
}

MetricStoreConfig storeConfig()
{
    MetricStoreConfig config;
    config.history.rawCapacity = 4;
    config.history.tiers = smallTiers();
    return config;
}

HistoryRecorderConfig recorderConfig(const QString &directory)
{
    HistoryRecorderConfig config;
    config.directory = directory;
    config.store.tiers = smallTiers();
    config.flushIntervalMs = 50;
    config.maintenanceIntervalMs = 50;
    return config;
}

// Points as "seconds:min/mean/max" and "gap", relative to @p originMs.
QString describe(const QList<MetricPoint> &points, qint64 originMs)
{
    QStringList parts;
    for (const MetricPoint &p : points) {
        const QString t = QString::number((p.timeMs - originMs) / 1000);
        parts << (p.isGap() ? QStringLiteral("gap")
                            : t + QLatin1Char(':') + QString::number(p.min) + QLatin1Char('/') +
                                  QString::number(p.mean) + QLatin1Char('/') + QString::number(p.max));
    }
    return parts.join(QLatin1Char(' '));
}

// Restores everything @p recorder reads back for @p cluster into @p store; waits for the end.
void load(HistoryRecorder &recorder, MetricStore &store, const QString &cluster)
{
    QObject context;
    QObject::connect(&recorder, &HistoryRecorder::seriesLoaded, &context,
                     [&store](const QList<StoredSeries> &chunk) {
                         for (const StoredSeries &s : chunk)
                             store.restore(s.key, s.tiers);
                     });
    // Queued to this thread like seriesLoaded(), so it arrives after the last chunk.
    QStringList loaded;
    QObject::connect(&recorder, &HistoryRecorder::clusterLoaded, &context,
                     [&loaded](const QString &name) { loaded << name; });
    recorder.openCluster(cluster);
    QTRY_COMPARE_WITH_TIMEOUT(loaded, QStringList{cluster}, 10000);
}

QStringList storedKeys(const QString &path)
{
    HistoryStore store({smallTiers()});
    if (!store.openReadOnly(path))
        return {};
    return store.keys();
}

QStringList asideFiles(const QString &directory)
{
    return QDir(directory).entryList({QStringLiteral("*.corrupt-*")}, QDir::Files);
}

} // namespace

class TestHistoryStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripPerTier_data();
    void roundTripPerTier();
    void restartWithHistory();
    void gapWhileClosedStaysAGap();
    void liveSamplesWinOverStored();
    void retentionPerTier_data();
    void retentionPerTier();
    void budgetDeletesOldestFirst();
    void budgetMessageOnce();
    void fullDiskReportedOnceChartsGoOn();
    void corruptFileSetAside_data();
    void corruptFileSetAside();
    void clustersKeptApart();
    void removeForDeletesOnlyThatCluster();
    void readOnlyWritesNothing();
};

void TestHistoryStore::roundTripPerTier_data()
{
    QTest::addColumn<int>("tier");
    QTest::newRow("1 s buckets") << 0;
    QTest::newRow("10 s buckets") << 1;
    QTest::newRow("1 min buckets") << 2;
}

void TestHistoryStore::roundTripPerTier()
{
    QFETCH(int, tier);
    QTemporaryDir dir;
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch() / 1000 * 1000;
    // Half an hour of 1 s samples with a spike, a fraction and an unknown stretch.
    MetricHistory history({4, smallTiers(), 30000});
    for (qint64 s = 1800; s > 0; --s) {
        const double value = s == 700 ? 1e6 : s > 900 && s < 905 ? std::nan("") : double(s % 97) + 0.25;
        history.append(nowMs - s * 1000, value);
    }
    const QList<NumberedBucket> buckets = history.tierBuckets(tier);
    QVERIFY(buckets.size() > 10);
    QList<HistoryRow> rows;
    for (const NumberedBucket &b : buckets)
        rows.append(HistoryRow{QStringLiteral("kafka/c/group/g/lag"), tier, b});
    const QString path = dir.filePath(QStringLiteral("h.sqlite"));
    {
        HistoryStore store({smallTiers()});
        QVERIFY2(store.open(path), qPrintable(store.lastError()));
        QCOMPARE(store.write(rows), HistoryStore::WriteResult::Ok);
    }
    HistoryStore reopened({smallTiers()});
    QVERIFY(reopened.open(path));
    QCOMPARE(reopened.keys(), QStringList{QStringLiteral("kafka/c/group/g/lag")});
    // Read back as of the latest sample: the buckets the in-memory tier holds.
    const StoredSeries loaded = reopened.load(QStringLiteral("kafka/c/group/g/lag"), nowMs - 1000);
    QCOMPARE(loaded.tiers.size(), 3);
    const QList<NumberedBucket> &back = loaded.tiers[tier];
    QCOMPARE(back.size(), buckets.size());
    for (int i = 0; i < back.size(); ++i) {
        QCOMPARE(back[i].number, buckets[i].number);
        QVERIFY2(back[i].bucket == buckets[i].bucket, qPrintable(QString::number(i)));
    }
}

void TestHistoryStore::restartWithHistory()
{
    QTemporaryDir dir;
    const QString key = QStringLiteral("kafka/prod/group/orders/lag");
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch() / 1000 * 1000;
    MetricStore before(storeConfig());
    {
        HistoryRecorder recorder(recorderConfig(dir.path()));
        load(recorder, before, QStringLiteral("prod"));
        before.setSink(&recorder);
        // 50 minutes at 1 s: every tier holds something, the 1 s tier only the last minute.
        for (qint64 s = 3000; s > 0; --s)
            before.append(key, nowMs - s * 1000, double((s * 7) % 1000));
        before.setSink(nullptr);
    } // the recorder writes everything as it goes
    MetricStore after(storeConfig());
    HistoryRecorder recorder(recorderConfig(dir.path()));
    load(recorder, after, QStringLiteral("prod"));
    QVERIFY(after.contains(key));
    // Windows read from each tier: the last 50 s (1 s), 9 minutes (10 s), 50 minutes (1 min).
    for (const qint64 windowS : {50, 540, 2990}) {
        const QList<MetricPoint> expected = before.samples(key, nowMs - windowS * 1000, nowMs);
        QVERIFY(expected.size() > 20);
        QCOMPARE(describe(after.samples(key, nowMs - windowS * 1000, nowMs), nowMs),
                 describe(expected, nowMs));
    }
    QCOMPARE(after.history(key)->latestTimeMs(), nowMs - 1000);
    QVERIFY(std::isnan(after.history(key)->latestValue())); // restored is not live
}

void TestHistoryStore::gapWhileClosedStaysAGap()
{
    QTemporaryDir dir;
    const QString key = QStringLiteral("kafka/prod/group/orders/lag");
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch() / 60000 * 60000; // whole 10 s buckets
    {
        MetricStore first(storeConfig());
        HistoryRecorder recorder(recorderConfig(dir.path()));
        load(recorder, first, QStringLiteral("prod"));
        first.setSink(&recorder);
        for (qint64 s = 500; s > 440; --s) // ran for a minute, then closed for six
            first.append(key, nowMs - s * 1000, 10);
        first.setSink(nullptr);
    }
    MetricStore second(storeConfig());
    HistoryRecorder recorder(recorderConfig(dir.path()));
    load(recorder, second, QStringLiteral("prod"));
    for (qint64 s = 60; s > 0; --s)
        second.append(key, nowMs - s * 1000, 20);
    const QString points = describe(second.samples(key, nowMs - 500 * 1000, nowMs), nowMs);
    // 10 s buckets: the first run's, one gap, the second run's; no line across the six minutes.
    QVERIFY2(points.startsWith(QStringLiteral("-500:10/10/10")), qPrintable(points));
    QVERIFY2(points.contains(QStringLiteral("-450:10/10/10 gap -60:20/20/20")), qPrintable(points));
    QCOMPARE(points.count(QStringLiteral("gap")), 1);
}

void TestHistoryStore::liveSamplesWinOverStored()
{
    MetricHistory history({4, smallTiers(), 30000});
    const qint64 t0 = 1'000'000'000'000;
    history.append(t0, 5);
    MetricBucket stale;
    stale.add(99);
    // A stored bucket at the live sample's own second is older news than the live sample.
    QVERIFY(
        history.restore({{NumberedBucket{t0 / 1000 - 3, stale}, NumberedBucket{t0 / 1000, stale}}, {}, {}}));
    QCOMPARE(describe(history.samples(t0 - 3000, t0), t0), QStringLiteral("-3:99/99/99 0:5/5/5"));
    // Once the raw ring dropped samples, the tiers cannot be rebuilt: restore refuses.
    for (int i = 1; i <= 4; ++i)
        history.append(t0 + i * 1000, 6);
    QVERIFY(!history.restore({{NumberedBucket{t0 / 1000 - 5, stale}}, {}, {}}));
}

void TestHistoryStore::retentionPerTier_data()
{
    QTest::addColumn<int>("tier");
    QTest::addColumn<int>("kept");
    // Buckets 0..199 minutes ago were written to each tier; each keeps its own span only.
    QTest::newRow("1 s for 1 minute") << 0 << 60;
    QTest::newRow("10 s for 10 minutes") << 1 << 60;
    QTest::newRow("1 min for 1 hour") << 2 << 60;
}

void TestHistoryStore::retentionPerTier()
{
    QFETCH(int, tier);
    QFETCH(int, kept);
    QTemporaryDir dir;
    const qint64 bucketMs = smallTiers()[tier].bucketMs;
    const qint64 nowMs = 2'000'000'000'000;
    const qint64 newest = nowMs / bucketMs;
    QList<HistoryRow> rows;
    MetricBucket b;
    b.add(1);
    for (qint64 n = newest - 199; n <= newest; ++n)
        rows.append(HistoryRow{QStringLiteral("k"), tier, NumberedBucket{n, b}});
    HistoryStore store({smallTiers()});
    QVERIFY(store.open(dir.filePath(QStringLiteral("h.sqlite"))));
    QCOMPARE(store.write(rows), HistoryStore::WriteResult::Ok);
    QCOMPARE(store.applyRetention(nowMs), 200 - kept);
    const QList<NumberedBucket> left = store.load(QStringLiteral("k"), nowMs).tiers[tier];
    QCOMPARE(left.size(), kept);
    QCOMPARE(left.constFirst().number, newest - kept + 1);
    QCOMPARE(left.constLast().number, newest);
}

void TestHistoryStore::budgetDeletesOldestFirst()
{
    QTemporaryDir dir;
    // Tiers long enough that load() returns every bucket left.
    HistoryStoreConfig config{
        {{1000, 100000}, {10000, 100000}, {60000, 100000}}, 256 * 1024, 8 * 1024 * 1024};
    HistoryStore store(config);
    QVERIFY(store.open(dir.filePath(QStringLiteral("h.sqlite"))));
    MetricBucket b;
    b.add(123456.5);
    QList<HistoryRow> rows;
    for (int series = 0; series < 40; ++series) {
        for (qint64 n = 1000; n < 1300; ++n)
            rows.append(HistoryRow{QStringLiteral("kafka/c/topic/t%1/messages").arg(series), 2,
                                   NumberedBucket{n, b}});
        for (qint64 n = 90000; n < 90060; ++n)
            rows.append(HistoryRow{QStringLiteral("kafka/c/topic/t%1/messages").arg(series), 0,
                                   NumberedBucket{n, b}});
    }
    QCOMPARE(store.write(rows), HistoryStore::WriteResult::Ok);
    QVERIFY(store.usedBytes() > config.budgetBytes);
    QVERIFY(store.enforceBudget() > 0);
    QVERIFY(store.usedBytes() <= config.budgetBytes);
    const StoredSeries s = store.load(QStringLiteral("kafka/c/topic/t0/messages"), 1300 * 60000);
    // The coarsest tier lost its oldest buckets, kept its newest; the finest tier is untouched.
    QVERIFY(!s.tiers[2].isEmpty());
    QVERIFY(s.tiers[2].constFirst().number > 1000);
    QVERIFY(s.tiers[2].size() < 300);
    QCOMPARE(s.tiers[2].constLast().number, 1299);
    QCOMPARE(store.load(QStringLiteral("kafka/c/topic/t0/messages"), 90060 * 1000).tiers[0].size(), 60);
}

void TestHistoryStore::budgetMessageOnce()
{
    QTemporaryDir dir;
    HistoryRecorderConfig config = recorderConfig(dir.path());
    config.store.budgetBytes = 64 * 1024;
    config.store.hardLimitBytes = 16 * 1024 * 1024;
    HistoryRecorder recorder(config);
    QSignalSpy problems(&recorder, &HistoryRecorder::problem);
    MetricStore store(storeConfig());
    load(recorder, store, QStringLiteral("c"));
    store.setSink(&recorder);
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch() / 1000 * 1000;
    for (int round = 0; round < 2; ++round) {
        for (int series = 0; series < 50; ++series) {
            for (qint64 s = 120 - round * 60; s > 60 - round * 60; --s)
                store.append(QStringLiteral("kafka/c/group/g%1/lag").arg(series), nowMs - s * 1000,
                             double(s));
        }
        recorder.flush();
        QTest::qWait(200); // several maintenance passes
    }
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.constFirst().constFirst().toString().contains(QStringLiteral("disk budget")),
             qPrintable(problems.constFirst().constFirst().toString()));
}

void TestHistoryStore::fullDiskReportedOnceChartsGoOn()
{
    QTemporaryDir dir;
    // The hard limit makes SQLite answer "database or disk is full", as a full disk does.
    HistoryStore store({smallTiers(), 1024 * 1024, 64 * 1024});
    QVERIFY(store.open(dir.filePath(QStringLiteral("h.sqlite"))));
    MetricBucket b;
    b.add(1.5);
    QList<HistoryRow> rows;
    for (qint64 n = 0; n < 20000; ++n)
        rows.append(HistoryRow{QStringLiteral("k%1").arg(n % 100), 0, NumberedBucket{n, b}});
    QCOMPARE(store.write(rows), HistoryStore::WriteResult::Full);
    QVERIFY(store.keys().isEmpty()); // nothing of the failed transaction stays
    QCOMPARE(store.write(rows.mid(0, 10)), HistoryStore::WriteResult::Ok);

    HistoryRecorderConfig config = recorderConfig(dir.path());
    config.store.budgetBytes = 1024 * 1024;
    config.store.hardLimitBytes = 64 * 1024;
    HistoryRecorder recorder(config);
    QSignalSpy problems(&recorder, &HistoryRecorder::problem);
    MetricStore live(storeConfig());
    load(recorder, live, QStringLiteral("c"));
    live.setSink(&recorder);
    for (int series = 0; series < 400; ++series)
        for (int s = 0; s < 30; ++s)
            live.append(QStringLiteral("kafka/c/group/g%1/lag").arg(series), 1'000'000'000'000 + s * 1000, s);
    recorder.flush();
    recorder.flush();
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.constFirst().constFirst().toString().contains(QStringLiteral("disk is full")),
             qPrintable(problems.constFirst().constFirst().toString()));
    QCOMPARE(
        live.samples(QStringLiteral("kafka/c/group/g7/lag"), 1'000'000'000'000, 1'000'000'030'000).size(),
        30);
}

void TestHistoryStore::corruptFileSetAside_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    QByteArray foreign;
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.db"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            db.setDatabaseName(path);
            db.open();
            QSqlQuery(db).exec(QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)"));
            QSqlQuery(db).exec(QStringLiteral("INSERT INTO photos (name) VALUES ('holiday')"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        foreign = f.readAll();
    }
    QTest::newRow("not SQLite") << QByteArray("this is a text file, not a database\n").repeated(200)
                                << QStringLiteral("not an SQLite database");
    QTest::newRow("another program's SQLite") << foreign << QStringLiteral("another program");
    QByteArray damaged;
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        {
            HistoryStore store({smallTiers()});
            store.open(path);
            MetricBucket b;
            b.add(7);
            QList<HistoryRow> rows;
            for (qint64 n = 0; n < 2000; ++n)
                rows.append(HistoryRow{QStringLiteral("k%1").arg(n % 20), int(n % 3), NumberedBucket{n, b}});
            store.write(rows);
        }
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        damaged = f.readAll();
        damaged.replace(3 * 4096, 4096, QByteArray(4096, '\xa5')); // a page of the tables overwritten
    }
    QTest::newRow("damaged history") << damaged << QStringLiteral("damaged");
}

void TestHistoryStore::corruptFileSetAside()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const QString path = HistoryStore::fileFor(dir.path(), QStringLiteral("prod"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    HistoryRecorder recorder(recorderConfig(dir.path()));
    QSignalSpy problems(&recorder, &HistoryRecorder::problem);
    MetricStore store(storeConfig());
    load(recorder, store, QStringLiteral("prod"));
    QCOMPARE(problems.size(), 1);
    const QString message = problems.constFirst().constFirst().toString();
    QVERIFY2(message.contains(QStringLiteral("kept as")) && message.contains(reason), qPrintable(message));
    const QStringList aside = asideFiles(dir.path());
    QCOMPARE(aside.size(), 1);
    QFile kept(dir.filePath(aside.constFirst()));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), bytes); // the original bytes, untouched
    // A fresh history is written in its place.
    store.setSink(&recorder);
    store.append(QStringLiteral("kafka/prod/group/g/lag"), QDateTime::currentMSecsSinceEpoch(), 1);
    recorder.flush();
    QCOMPARE(storedKeys(path), QStringList{QStringLiteral("kafka/prod/group/g/lag")});
}

void TestHistoryStore::clustersKeptApart()
{
    QTemporaryDir dir;
    HistoryRecorder recorder(recorderConfig(dir.path()));
    MetricStore store(storeConfig());
    load(recorder, store, QStringLiteral("prod"));
    load(recorder, store, QStringLiteral("eu/staging"));
    store.setSink(&recorder);
    const qint64 t = QDateTime::currentMSecsSinceEpoch();
    store.append(QStringLiteral("kafka/prod/group/g/lag"), t, 1);
    store.append(QStringLiteral("flink/prod/job/j/watermarklag"), t, 2);
    store.append(QStringLiteral("kafka/eu/staging/group/g/lag"), t, 3);
    store.append(QStringLiteral("kafka/test/group/g/lag"), t, 4); // not opened: not kept
    recorder.flush();
    QStringList prod = storedKeys(HistoryStore::fileFor(dir.path(), QStringLiteral("prod")));
    prod.sort();
    QCOMPARE(prod, (QStringList{QStringLiteral("flink/prod/job/j/watermarklag"),
                                QStringLiteral("kafka/prod/group/g/lag")}));
    QCOMPARE(storedKeys(HistoryStore::fileFor(dir.path(), QStringLiteral("eu/staging"))),
             QStringList{QStringLiteral("kafka/eu/staging/group/g/lag")});
    QVERIFY(!QFile::exists(HistoryStore::fileFor(dir.path(), QStringLiteral("test"))));
    QVERIFY(HistoryStore::fileFor(dir.path(), QStringLiteral("a/b")) !=
            HistoryStore::fileFor(dir.path(), QStringLiteral("a_b")));
}

void TestHistoryStore::removeForDeletesOnlyThatCluster()
{
    QTemporaryDir dir;
    {
        HistoryRecorder recorder(recorderConfig(dir.path()));
        MetricStore store(storeConfig());
        load(recorder, store, QStringLiteral("prod"));
        load(recorder, store, QStringLiteral("test"));
        store.setSink(&recorder);
        store.append(QStringLiteral("kafka/prod/group/g/lag"), QDateTime::currentMSecsSinceEpoch(), 1);
        store.append(QStringLiteral("kafka/test/group/g/lag"), QDateTime::currentMSecsSinceEpoch(), 1);
        recorder.flush();
        // Deleting a profile's history while it is being recorded: closed first, then deleted.
        recorder.removeCluster(QStringLiteral("prod"));
        recorder.flush();
    }
    const QString prod = HistoryStore::fileFor(dir.path(), QStringLiteral("prod"));
    QVERIFY(!QFile::exists(prod));
    QVERIFY(!QFile::exists(prod + QStringLiteral("-wal")));
    QCOMPARE(storedKeys(HistoryStore::fileFor(dir.path(), QStringLiteral("test"))),
             QStringList{QStringLiteral("kafka/test/group/g/lag")});
    QVERIFY(HistoryStore::removeFor(dir.path(), QStringLiteral("never-there")));
}

void TestHistoryStore::readOnlyWritesNothing()
{
    QTemporaryDir dir;
    HistoryRecorderConfig config = recorderConfig(dir.path());
    config.readOnly = true;
    const QString key = QStringLiteral("kafka/prod/group/g/lag");
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch() / 1000 * 1000;
    {
        HistoryRecorder recorder(config);
        MetricStore store(storeConfig());
        load(recorder, store, QStringLiteral("prod"));
        store.setSink(&recorder);
        store.append(key, nowMs - 2000, 1);
        recorder.flush();
        QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot).isEmpty()); // nothing created
    }
    {
        HistoryRecorder writer(recorderConfig(dir.path()));
        MetricStore store(storeConfig());
        load(writer, store, QStringLiteral("prod"));
        store.setSink(&writer);
        for (qint64 s = 30; s > 0; --s)
            store.append(key, nowMs - s * 1000, double(s));
    }
    const QString path = HistoryStore::fileFor(dir.path(), QStringLiteral("prod"));
    QFile before(path);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray bytes = before.readAll();
    // Read only: the history comes back, and the file stays as it was.
    HistoryRecorder reader(config);
    MetricStore store(storeConfig());
    load(reader, store, QStringLiteral("prod"));
    QCOMPARE(store.samples(key, nowMs - 30000, nowMs).size(), 30);
    store.setSink(&reader);
    store.append(key, nowMs + 1000, 99);
    reader.flush();
    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), bytes);
}

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
