// The replication slot collector against a real PostgreSQL that the test starts itself (initdb,
// wal_level=logical, a free port): byte lags must be what PostgreSQL itself computes, grow while
// nothing consumes and drop when the slot advances; time lags are interpolated on the sampled WAL
// positions; a frozen server costs one timeout and leaves the data marked, never hangs.
#include "PostgresCollector.h"
#include "PostgresConnection.h"
#include "PostgresProcess.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace Tidewatch;

class TestPostgresCollector : public QObject
{
    Q_OBJECT

private:
    PostgresProcess m_server;
    std::unique_ptr<PostgresConnection> m_sql;

    QList<PostgresConnection::Row> sql(const QString &statement)
    {
        QList<PostgresConnection::Row> rows;
        if (!m_sql->query(statement.toUtf8(), 10000, rows))
            qWarning("SQL failed: %s: %s", qPrintable(statement), qPrintable(m_sql->error()));
        return rows;
    }
    qint64 postgresLag(const QString &slot)
    {
        const auto rows =
            sql(QStringLiteral("SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), confirmed_flush_lsn)"
                               "::bigint FROM pg_replication_slots WHERE slot_name = '%1'")
                    .arg(slot));
        return rows.size() == 1 ? rows[0][0].toLongLong() : -1;
    }
    ClusterProfile profile(int timeoutMs = 5000) const
    {
        ClusterProfile p;
        p.name = QStringLiteral("pg");
        p.pipeline.postgres = m_server.conninfo();
        p.pipeline.postgresPassword = QStringLiteral("not-needed-with-trust");
        p.requestTimeoutMs = timeoutMs;
        p.kafkaPollIntervalMs = 60000; // the test drives the cycles
        return p;
    }
    static PostgresSnapshot cycle(PostgresCollector &collector)
    {
        QSignalSpy spy(&collector, &PostgresCollector::snapshotReady);
        collector.collect();
        return spy.isEmpty() ? PostgresSnapshot{} : spy.first().first().value<PostgresSnapshot>();
    }
    /// The collector's lag and PostgreSQL's, read with nothing written in between (a background
    /// WAL record between the two reads makes the pair differ: then it is read again).
    QPair<qint64, qint64> lagsTogether(PostgresCollector &collector, const QString &slot)
    {
        for (int attempt = 0; attempt < 5; ++attempt) {
            const qint64 before = postgresLag(slot);
            const PostgresSnapshot s = cycle(collector);
            const qint64 after = postgresLag(slot);
            const ReplicationSlotInfo *info = s.slot(slot);
            if (before == after && info)
                return {info->lagBytes, after};
        }
        return {-2, -3};
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!PostgresProcess::available()) {
            // The set-up installs PostgreSQL: in CI a missing server is a broken set-up.
            if (qEnvironmentVariableIsSet("CI"))
                QFAIL("PostgreSQL 15 is not installed");
            QSKIP("PostgreSQL 15 is not installed");
        }
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
        m_sql = std::make_unique<PostgresConnection>(m_server.conninfo(), QString());
        QVERIFY2(m_sql->ensureConnected(10000), qPrintable(m_sql->error()));
        sql(QStringLiteral("CREATE TABLE orders (id serial PRIMARY KEY, note text)"));
        QCOMPARE(sql(QStringLiteral("SELECT slot_name FROM pg_create_logical_replication_slot('cdc', "
                                    "'pgoutput')"))
                     .size(),
                 1);
    }

    void describesTheSlot()
    {
        PostgresCollector collector(profile());
        const PostgresSnapshot s = cycle(collector);
        QVERIFY2(s.status.reachable, qPrintable(s.status.error));
        QCOMPARE(s.clusterName, QStringLiteral("pg"));
        QCOMPARE(s.server, QStringLiteral("127.0.0.1:%1/postgres").arg(m_server.port()));
        QVERIFY(!s.server.contains(QStringLiteral("not-needed")));
        QVERIFY(s.serverVersion.startsWith(QStringLiteral("15")));
        QVERIFY(!s.inRecovery);
        QVERIFY(!s.currentWalLsn.isEmpty());
        const ReplicationSlotInfo *slot = s.slot(QStringLiteral("cdc"));
        QVERIFY(slot);
        QCOMPARE(slot->plugin, QStringLiteral("pgoutput"));
        QCOMPARE(slot->slotType, QStringLiteral("logical"));
        QCOMPARE(slot->database, QStringLiteral("postgres"));
        QCOMPARE(slot->active, false);
        QCOMPARE(slot->activePid, -1);
        QCOMPARE(slot->walStatus, QStringLiteral("reserved"));
        QVERIFY(!slot->confirmedFlushLsn.isEmpty());
        QVERIFY(slot->retainedBytes >= slot->lagBytes);
        // One sample: a slot behind has no time lag yet (unknown, not 0).
        if (slot->lagBytes > 0)
            QCOMPARE(slot->lagSeconds, -1.0);
    }

    void byteLagIsPostgresOwnAndFollowsTheSlot()
    {
        PostgresCollector collector(profile());
        const auto [first, firstPg] = lagsTogether(collector, QStringLiteral("cdc"));
        QCOMPARE(first, firstPg);
        // Nothing consumes: every write makes it larger.
        sql(QStringLiteral("INSERT INTO orders (note) SELECT repeat('x', 200) FROM generate_series(1, 500)"));
        const auto [grown, grownPg] = lagsTogether(collector, QStringLiteral("cdc"));
        QCOMPARE(grown, grownPg);
        QVERIFY2(grown > first + 500 * 200, qPrintable(QStringLiteral("%1 -> %2").arg(first).arg(grown)));
        sql(QStringLiteral("INSERT INTO orders (note) SELECT 'y' FROM generate_series(1, 100)"));
        const auto [grownAgain, grownAgainPg] = lagsTogether(collector, QStringLiteral("cdc"));
        QCOMPARE(grownAgain, grownAgainPg);
        QVERIFY(grownAgain > grown);
        // The consumer confirms everything: the lag drops to what is left (nothing).
        sql(QStringLiteral("SELECT pg_replication_slot_advance('cdc', pg_current_wal_lsn())"));
        const auto [drained, drainedPg] = lagsTogether(collector, QStringLiteral("cdc"));
        QCOMPARE(drained, drainedPg);
        QVERIFY(drained < grownAgain);
        // Nothing but what the server itself logged since (a standby snapshot record, tens of bytes).
        QVERIFY2(drained < 1024, qPrintable(QString::number(drained)));
    }

    void timeLagIsWhenTheWalWasAtTheSlot()
    {
        PostgresCollector collector(profile());
        sql(QStringLiteral("SELECT pg_replication_slot_advance('cdc', pg_current_wal_lsn())"));
        const PostgresSnapshot caughtUp = cycle(collector);
        QCOMPARE(caughtUp.slot(QStringLiteral("cdc"))->lagSeconds, 0.0); // caught up: 0, even with one sample
        QCOMPARE(caughtUp.slot(QStringLiteral("cdc"))->lagSecondsIsLowerBound, false);

        sql(QStringLiteral("INSERT INTO orders (note) VALUES ('a')"));
        QThread::msleep(300); // polls are apart: the history ignores samples closer than 100 ms
        const qint64 bStart = QDateTime::currentMSecsSinceEpoch();
        const PostgresSnapshot b = cycle(collector);
        const qint64 bEnd = QDateTime::currentMSecsSinceEpoch();
        QThread::msleep(1200);
        sql(QStringLiteral("INSERT INTO orders (note) VALUES ('b')"));
        cycle(collector);
        QThread::msleep(800);
        sql(QStringLiteral("INSERT INTO orders (note) VALUES ('c')"));
        // The consumer confirms up to where the WAL was at cycle b.
        sql(QStringLiteral("SELECT pg_replication_slot_advance('cdc', '%1')").arg(b.currentWalLsn));
        const qint64 fStart = QDateTime::currentMSecsSinceEpoch();
        const PostgresSnapshot f = cycle(collector);
        const qint64 fEnd = QDateTime::currentMSecsSinceEpoch();
        const ReplicationSlotInfo *slot = f.slot(QStringLiteral("cdc"));
        QVERIFY(slot);
        QCOMPARE(slot->confirmedFlushLsn, b.currentWalLsn);
        QVERIFY(slot->lagBytes > 0);
        QVERIFY(!slot->lagSecondsIsLowerBound);
        // Exactly the time between the two samples, within the uncertainty of when each was taken.
        QVERIFY2(slot->lagSeconds >= (fStart - bEnd) / 1000.0 && slot->lagSeconds <= (fEnd - bStart) / 1000.0,
                 qPrintable(QString::number(slot->lagSeconds)));
        QVERIFY(f.walBytesPerSecond > 0);
        // The lag grew over the samples: a growth is known once they span five seconds.
        QCOMPARE(slot->hasLagGrowth, false);
    }

    void olderThanTheHistoryIsALowerBound()
    {
        sql(QStringLiteral("INSERT INTO orders (note) VALUES ('before the collector')"));
        PostgresCollector collector(profile());
        const qint64 firstStart = QDateTime::currentMSecsSinceEpoch();
        cycle(collector);
        const qint64 firstEnd = QDateTime::currentMSecsSinceEpoch();
        QThread::msleep(1100);
        sql(QStringLiteral("INSERT INTO orders (note) VALUES ('d')"));
        const qint64 start = QDateTime::currentMSecsSinceEpoch();
        const PostgresSnapshot s = cycle(collector);
        const qint64 end = QDateTime::currentMSecsSinceEpoch();
        const ReplicationSlotInfo *slot = s.slot(QStringLiteral("cdc"));
        // The slot is behind the first sample: "at least" the age of that sample, never extrapolated.
        QVERIFY(slot->lagSecondsIsLowerBound);
        QVERIFY2(slot->lagSeconds >= (start - firstEnd) / 1000.0 &&
                     slot->lagSeconds <= (end - firstStart) / 1000.0,
                 qPrintable(QString::number(slot->lagSeconds)));
    }

    void frozenServerTimesOutAndKeepsTheDataMarked()
    {
        PostgresCollector collector(profile(1000));
        const PostgresSnapshot good = cycle(collector);
        QVERIFY(good.status.reachable);
        QVERIFY(m_server.signal(true));
        const PostgresSnapshot frozen = cycle(collector);
        QVERIFY(m_server.signal(false));
        QVERIFY(!frozen.status.reachable);
        QVERIFY2(frozen.status.error.contains(QStringLiteral("1000 ms")), qPrintable(frozen.status.error));
        QVERIFY(frozen.status.durationMs < 5000); // bounded by the timeout, not hung
        QCOMPARE(frozen.status.lastSuccessAt, good.status.lastSuccessAt);
        QCOMPARE(frozen.replicationSlots, good.replicationSlots); // the last good data, said to be old
        const PostgresSnapshot back = cycle(collector);
        QVERIFY2(back.status.reachable, qPrintable(back.status.error));
    }

    void nothingListeningIsAnError()
    {
        ClusterProfile p = profile(2000);
        p.pipeline.postgres = QStringLiteral("host=127.0.0.1 port=1 dbname=postgres user=postgres");
        PostgresCollector collector(p);
        const PostgresSnapshot s = cycle(collector);
        QVERIFY(!s.status.reachable);
        QVERIFY(!s.status.error.isEmpty());
        QVERIFY(!s.status.lastSuccessAt.isValid());
        QVERIFY(s.replicationSlots.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPostgresCollector)
#include "tst_postgrescollector.moc"
