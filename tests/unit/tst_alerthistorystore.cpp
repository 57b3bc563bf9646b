#include "AlertHistoryStore.h"
#include "AlertView.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <QTest>

using namespace Tidewatch;

namespace {

using Labels = QList<QPair<QString, QString>>;

AlertHistoryEntry entry(qint64 at, const char *cluster, const char *severity, AlertHistoryEvent event,
                        double value = qQNaN())
{
    const Labels labels{{QStringLiteral("alertname"), QStringLiteral("Lag")},
                        {QStringLiteral("cluster"), QLatin1String(cluster)},
                        {QStringLiteral("consumergroup"), QStringLiteral("orders-svc")},
                        {QStringLiteral("severity"), QLatin1String(severity)}};
    return AlertHistoryEntry{-1, at, QStringLiteral("Lag"), alertFingerprint(labels), labels, event, value,
                             {}, {}};
}

QString events(const QList<AlertHistoryEntry> &entries)
{
    QStringList names;
    for (const AlertHistoryEntry &e : entries)
        names << QString::number(e.atMs) + QLatin1Char(':') + historyEventName(e.event);
    return names.join(QLatin1Char(' '));
}

} // namespace

class TestAlertHistoryStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void createsSchemaInWalMode();
    void roundTrip();
    void queries_data();
    void queries();
    void stateTables();
    void pruneByAgeAndRows();
    void refusesNewerSchema();
    void cannotOpenIsAnError();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestAlertHistoryStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("sub/alert-history.sqlite"));
}

void TestAlertHistoryStore::createsSchemaInWalMode()
{
    AlertHistoryStore store;
    QVERIFY2(store.open(m_path), qPrintable(store.lastError()));
    QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
    QCOMPARE(store.rowCount(), 0);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), AlertHistoryStore::SchemaVersion);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    // Opening again keeps what is there.
    AlertHistoryBatch batch;
    batch.entries << entry(1, "prod", "warning", AlertHistoryEvent::Firing, 1500);
    QVERIFY2(store.write(batch), qPrintable(store.lastError()));
    AlertHistoryStore again;
    QVERIFY(again.open(m_path));
    QCOMPARE(again.rowCount(), 1);
}

void TestAlertHistoryStore::roundTrip()
{
    AlertHistoryStore store;
    QVERIFY(store.open(m_path));
    AlertHistoryEntry firing = entry(1000, "prod", "warning", AlertHistoryEvent::Firing, 1500.5);
    AlertHistoryEntry ack = entry(2000, "prod", "warning", AlertHistoryEvent::Acknowledged);
    ack.by = QStringLiteral("ann");
    ack.comment = QStringLiteral("looking \"into\" it");
    AlertHistoryBatch batch;
    batch.entries << firing << ack;
    QVERIFY2(store.write(batch), qPrintable(store.lastError()));
    const QList<AlertHistoryEntry> rows = store.query({});
    QCOMPARE(rows.size(), 2);
    QCOMPARE(events(rows), QStringLiteral("2000:acknowledged 1000:firing")); // newest first
    QCOMPARE(rows.at(1).value, 1500.5);
    QVERIFY(qIsNaN(rows.at(0).value)); // unknown stays unknown, not 0
    QCOMPARE(rows.at(0).by, QStringLiteral("ann"));
    QCOMPARE(rows.at(0).comment, ack.comment);
    QCOMPARE(rows.at(1).labels, firing.labels);
    QCOMPARE(rows.at(1).fingerprint, firing.fingerprint);
    QVERIFY(rows.at(0).id > rows.at(1).id);
}

void TestAlertHistoryStore::queries_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<QString>("cluster");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QString>("matcher"); // name=~regex, or empty
    QTest::addColumn<QString>("event");   // or empty
    QTest::addColumn<int>("limit");
    QTest::addColumn<QString>("expected");
    // Rows: 10 prod/warning pending, 20 prod/warning firing, 30 staging/critical firing,
    //       40 prod/warning resolved, 50 staging/critical resolved
    QTest::newRow("everything") << qint64(-1) << qint64(-1) << ""
                                << ""
                                << ""
                                << "" << 0 << "50:resolved 40:resolved 30:firing 20:firing 10:pending";
    QTest::newRow("time range inclusive") << qint64(20) << qint64(40) << ""
                                          << ""
                                          << ""
                                          << "" << 0 << "40:resolved 30:firing 20:firing";
    QTest::newRow("cluster") << qint64(-1) << qint64(-1) << "staging"
                             << ""
                             << ""
                             << "" << 0 << "50:resolved 30:firing";
    QTest::newRow("severity") << qint64(-1) << qint64(-1) << ""
                              << "warning"
                              << ""
                              << "" << 0 << "40:resolved 20:firing 10:pending";
    QTest::newRow("event") << qint64(-1) << qint64(-1) << ""
                           << ""
                           << ""
                           << "firing" << 0 << "30:firing 20:firing";
    QTest::newRow("limit keeps the newest") << qint64(-1) << qint64(-1) << ""
                                            << ""
                                            << ""
                                            << "" << 2 << "50:resolved 40:resolved";
    QTest::newRow("label matcher") << qint64(-1) << qint64(-1) << ""
                                   << ""
                                   << "cluster=~stag.*"
                                   << "" << 0 << "50:resolved 30:firing";
    QTest::newRow("label matcher with limit counts matches") << qint64(-1) << qint64(-1) << ""
                                                             << ""
                                                             << "cluster=~prod"
                                                             << "" << 2 << "40:resolved 20:firing";
}

void TestAlertHistoryStore::queries()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(QString, cluster);
    QFETCH(QString, severity);
    QFETCH(QString, matcher);
    QFETCH(QString, event);
    QFETCH(int, limit);
    QFETCH(QString, expected);
    AlertHistoryStore store;
    QVERIFY(store.open(m_path));
    AlertHistoryBatch batch;
    batch.entries << entry(10, "prod", "warning", AlertHistoryEvent::Pending)
                  << entry(20, "prod", "warning", AlertHistoryEvent::Firing)
                  << entry(30, "staging", "critical", AlertHistoryEvent::Firing)
                  << entry(40, "prod", "warning", AlertHistoryEvent::Resolved)
                  << entry(50, "staging", "critical", AlertHistoryEvent::Resolved);
    QVERIFY2(store.write(batch), qPrintable(store.lastError()));
    HistoryQuery q;
    q.fromMs = from;
    q.toMs = to;
    q.cluster = cluster;
    q.severity = severity;
    if (!matcher.isEmpty())
        q.matchers << LabelMatcher{matcher.section(QStringLiteral("=~"), 0, 0),
                                   matcher.section(QStringLiteral("=~"), 1), true, false};
    if (!event.isEmpty())
        q.events << parseHistoryEvent(event).value();
    q.limit = limit;
    QCOMPARE(events(store.query(q)), expected);
}

void TestAlertHistoryStore::stateTables()
{
    AlertHistoryStore store;
    QVERIFY(store.open(m_path));
    QCOMPARE(store.loadState().lastEvaluationMs, -1);
    ActiveAlert alert;
    alert.ruleName = QStringLiteral("Lag");
    alert.metric = QStringLiteral("tidewatch_kafka_consumergroup_lag");
    alert.labels = {{QStringLiteral("alertname"), QStringLiteral("Lag")},
                    {QStringLiteral("cluster"), QStringLiteral("prod")}};
    alert.state = AlertState::Firing;
    alert.value = 1234;
    alert.activeSinceMs = 100;
    alert.firedAtMs = 200;
    alert.lastTrueMs = 300;
    alert.keepFiringSinceMs = 400;
    alert.summary = QStringLiteral("sum");
    alert.severity = QStringLiteral("warning");
    Silence silence;
    silence.id = QStringLiteral("s1");
    silence.matchers = {LabelMatcher{QStringLiteral("cluster"), QStringLiteral("pr.*"), true, false}};
    silence.startsAtMs = 10;
    silence.endsAtMs = 20;
    silence.createdBy = QStringLiteral("ann");
    const Acknowledgement ack{alertFingerprint(alert.labels), QStringLiteral("bob"), 250,
                              QStringLiteral("mine")};
    AlertHistoryBatch batch;
    batch.upsertAlerts << alert;
    batch.upsertSilences << silence;
    batch.upsertAcks << ack;
    batch.evaluatedAtMs = 500;
    QVERIFY2(store.write(batch), qPrintable(store.lastError()));
    AlertHistoryState state = store.loadState();
    QCOMPARE(state.alerts, QList<ActiveAlert>{alert});
    QCOMPARE(state.silences, QList<Silence>{silence});
    QCOMPARE(state.acks, QList<Acknowledgement>{ack});
    QCOMPARE(state.lastEvaluationMs, 500);

    AlertHistoryBatch removal;
    removal.deleteAlerts << alertFingerprint(alert.labels);
    removal.deleteAcks << ack.fingerprint;
    removal.deleteSilences << silence.id;
    QVERIFY(store.write(removal));
    state = store.loadState();
    QVERIFY(state.alerts.isEmpty());
    QVERIFY(state.acks.isEmpty());
    QVERIFY(state.silences.isEmpty());
    QCOMPARE(state.lastEvaluationMs, 500);
}

void TestAlertHistoryStore::pruneByAgeAndRows()
{
    AlertHistoryStore store;
    QVERIFY(store.open(m_path));
    AlertHistoryBatch batch;
    for (int i = 0; i < 10; ++i)
        batch.entries << entry(1000 + i * 100, "prod", "warning", AlertHistoryEvent::Firing);
    QVERIFY2(store.write(batch), qPrintable(store.lastError()));
    // Age: rows before 2000 - 500 = 1500 go (1000..1400).
    QCOMPARE(store.prune(2000, 500, 1000), 5);
    QCOMPARE(store.rowCount(), 5);
    // Rows: only the newest 2 stay.
    QCOMPARE(store.prune(2000, 500, 2), 3);
    QCOMPARE(events(store.query({})), QStringLiteral("1900:firing 1800:firing"));
    QCOMPARE(store.prune(2000, 500, 2), 0);
    QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
}

void TestAlertHistoryStore::refusesNewerSchema()
{
    {
        AlertHistoryStore store;
        QVERIFY(store.open(m_path));
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=%1").arg(AlertHistoryStore::SchemaVersion + 1)));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bump"));
    AlertHistoryStore store;
    QVERIFY(!store.open(m_path));
    QVERIFY2(store.lastError().contains(QStringLiteral("newer")), qPrintable(store.lastError()));
}

void TestAlertHistoryStore::cannotOpenIsAnError()
{
    QFile blocker(m_dir->filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    AlertHistoryStore store;
    QVERIFY(!store.open(m_dir->filePath(QStringLiteral("file/alert-history.sqlite")))); // a file as folder
    QVERIFY(!store.lastError().isEmpty());
}

QTEST_GUILESS_MAIN(TestAlertHistoryStore)
#include "tst_alerthistorystore.moc"
