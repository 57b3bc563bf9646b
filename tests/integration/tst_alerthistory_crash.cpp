#include "AlertHistoryStore.h"
#include "AlertView.h"
#include "StackTools.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>

#include <QTest>

using namespace Tidewatch;

namespace {

/// Lag rules on the stack's groups that always lag: one fires at once, one stays pending for 10 min.
/// The second run adds a rule, so that a new transition after the restart is certain.
QByteArray rulesJson(bool withExtraRule)
{
    QByteArray rules = R"({"rules": [
  {"alert": "CrashTestLagFiring", "metric": "tidewatch_kafka_consumergroup_lag",
   "matchers": ["consumergroup=~tw-falls-behind|tw-no-members"], "op": ">", "threshold": 0,
   "for": "0s", "severity": "warning"},
  {"alert": "CrashTestLagPending", "metric": "tidewatch_kafka_consumergroup_lag",
   "matchers": ["consumergroup=tw-no-members"], "op": ">", "threshold": 0,
   "for": "10m", "severity": "info"})";
    if (withExtraRule)
        rules += R"(,
  {"alert": "CrashTestAfterRestart", "metric": "tidewatch_kafka_consumergroup_lag",
   "matchers": ["consumergroup=tw-falls-behind"], "op": ">", "threshold": 0, "for": "0s", "severity": "info"})";
    return rules + "\n]}\n";
}

struct Row
{
    qint64 id;
    qint64 atMs;
    QString fingerprint;
    QString event;
    QString labels;
    friend bool operator==(const Row &, const Row &) = default;
};

QList<Row> allRows(const QString &path)
{
    AlertHistoryStore store;
    if (!store.open(path))
        return {};
    HistoryQuery everything;
    everything.limit = 0;
    QList<Row> rows;
    for (const AlertHistoryEntry &e : store.query(everything)) {
        QStringList labels;
        for (const auto &[name, value] : e.labels)
            labels << name + QLatin1Char('=') + value;
        rows.prepend(
            Row{e.id, e.atMs, e.fingerprint, historyEventName(e.event), labels.join(QLatin1Char(','))});
    }
    return rows; // oldest first
}

int count(const QList<Row> &rows, const QString &event, const QString &alertname = {})
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [&](const Row &r) {
        return r.event == event &&
               (alertname.isEmpty() || r.labels.contains(QStringLiteral("alertname=") + alertname));
    }));
}

/// Every alert's rows form episodes: opened by pending/firing, closed by resolved/dropped/closed;
/// never opened twice, never firing twice in one episode. Returns the problems found.
QStringList episodeProblems(const QList<Row> &rows)
{
    QHash<QString, QString> open; // fingerprint -> "pending" / "firing"
    QStringList problems;
    for (const Row &r : rows) {
        const QString state = open.value(r.fingerprint);
        if (r.event == QLatin1String("pending")) {
            if (!state.isEmpty())
                problems << QStringLiteral("%1 pending while %2 (row %3)").arg(r.labels, state).arg(r.id);
            open.insert(r.fingerprint, r.event);
        } else if (r.event == QLatin1String("firing")) {
            if (state == QLatin1String("firing"))
                problems << QStringLiteral("%1 firing twice (row %2)").arg(r.labels).arg(r.id);
            open.insert(r.fingerprint, r.event);
        } else if (r.event == QLatin1String("resolved") || r.event == QLatin1String("dropped") ||
                   r.event == QLatin1String("closed")) {
            if (state.isEmpty())
                problems
                    << QStringLiteral("%1 %2 without an episode (row %3)").arg(r.labels, r.event).arg(r.id);
            open.remove(r.fingerprint);
        } else if (r.event == QLatin1String("restored") && state.isEmpty()) {
            problems << QStringLiteral("%1 restored without an episode (row %2)").arg(r.labels).arg(r.id);
        }
    }
    return problems;
}

} // namespace

class TestAlertHistoryCrash : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void survivesKill9();

private:
    bool startDashboard(QProcess &process, const QString &rulesFile);
    /// Waits up to @p timeoutMs for @p done to hold on the history's rows.
    bool waitForRows(const std::function<bool(const QList<Row> &)> &done, int timeoutMs);

    QTemporaryDir m_dir;
    QString m_history;
};

void TestAlertHistoryCrash::initTestCase()
{
    QVERIFY2(QFileInfo::exists(qEnvironmentVariable("TIDEWATCH_BINARY")),
             "TIDEWATCH_BINARY must name the built tidewatch");
    QVERIFY(m_dir.isValid());
    m_history = m_dir.filePath(QStringLiteral("data/alert-history.sqlite"));
    for (const bool extra : {false, true}) {
        QFile rules(m_dir.filePath(extra ? QStringLiteral("rules2.json") : QStringLiteral("rules1.json")));
        QVERIFY(rules.open(QIODevice::WriteOnly));
        rules.write(rulesJson(extra));
    }
}

bool TestAlertHistoryCrash::startDashboard(QProcess &process, const QString &rulesFile)
{
    // A home of its own: the dashboard's remembered layout and settings stay out of the user's.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("share")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(qEnvironmentVariable("TIDEWATCH_BINARY"),
                  {QStringLiteral("--bootstrap"), QString::fromLatin1(StackTools::kBootstrap),
                   QStringLiteral("--interval"), QStringLiteral("1000"), QStringLiteral("--rules"),
                   m_dir.filePath(rulesFile), QStringLiteral("--alert-history"), m_history});
    return process.waitForStarted(10000);
}

bool TestAlertHistoryCrash::waitForRows(const std::function<bool(const QList<Row> &)> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (QFileInfo::exists(m_history) && done(allRows(m_history)))
            return true;
        QTest::qWait(500);
    }
    return false;
}

/// The real binary, killed with SIGKILL while alerts fire: the file is intact, every row written
/// before the kill is still there, the open episodes are restored (no second pending/firing), the
/// pending alert keeps its start, and the restarted run appends new transitions.
void TestAlertHistoryCrash::survivesKill9()
{
    QProcess first;
    QVERIFY(startDashboard(first, QStringLiteral("rules1.json")));
    const bool fired = waitForRows(
        [](const QList<Row> &rows) {
            return count(rows, QStringLiteral("firing"), QStringLiteral("CrashTestLagFiring")) >= 2 &&
                   count(rows, QStringLiteral("pending"), QStringLiteral("CrashTestLagPending")) >= 1;
        },
        120000);
    QVERIFY2(fired, "the first run recorded no firing and pending alerts in 2 minutes");
    QTest::qWait(3000); // a few more evaluations, so the kill lands among ordinary writes
    const QList<Row> seenBeforeKill = allRows(m_history);
    first.kill(); // SIGKILL: no destructor, no flush
    QVERIFY(first.waitForFinished(10000));
    QCOMPARE(first.exitStatus(), QProcess::CrashExit);

    AlertHistoryState openBefore;
    QList<Row> beforeRestart;
    {
        AlertHistoryStore store;
        QVERIFY2(store.open(m_history), qPrintable(store.lastError()));
        QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
        openBefore = store.loadState();
        beforeRestart = allRows(m_history);
    }
    // Every row seen before the kill is still there, unchanged; rows only ever append.
    QVERIFY(beforeRestart.size() >= seenBeforeKill.size());
    QCOMPARE(beforeRestart.mid(0, seenBeforeKill.size()), seenBeforeKill);
    QVERIFY(episodeProblems(beforeRestart).isEmpty());
    QVERIFY(openBefore.alerts.size() >= 3); // two firing groups and the pending one
    const qint64 lastIdBefore = beforeRestart.constLast().id;
    qInfo("killed with %lld rows, %lld alerts open", qlonglong(beforeRestart.size()),
          qlonglong(openBefore.alerts.size()));

    QProcess second;
    QVERIFY(startDashboard(second, QStringLiteral("rules2.json")));
    const bool resumed = waitForRows(
        [&](const QList<Row> &rows) {
            return count(rows, QStringLiteral("firing"), QStringLiteral("CrashTestAfterRestart")) >= 1;
        },
        120000);
    QTest::qWait(3000);
    second.kill();
    QVERIFY(second.waitForFinished(10000));
    QVERIFY2(resumed, "the restarted run recorded no new transition");

    AlertHistoryStore store;
    QVERIFY(store.open(m_history));
    QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
    const QList<Row> after = allRows(m_history);
    QCOMPARE(after.mid(0, beforeRestart.size()), beforeRestart);
    const QStringList problems = episodeProblems(after);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    // Each alert open at the kill was restored once, and none of them started a new episode.
    const QList<Row> added = after.mid(beforeRestart.size());
    QStringList addedText;
    for (const Row &r : added)
        addedText << r.event + QLatin1Char(' ') + r.labels;
    qInfo("after the restart:\n  %s", qPrintable(addedText.join(QStringLiteral("\n  "))));
    for (const ActiveAlert &a : std::as_const(openBefore.alerts)) {
        const QString fp = alertFingerprint(a.labels);
        const auto of = [&](const QString &event) {
            return std::count_if(added.cbegin(), added.cend(),
                                 [&](const Row &r) { return r.fingerprint == fp && r.event == event; });
        };
        QVERIFY2(of(QStringLiteral("restored")) == 1, qPrintable(a.ruleName));
        QVERIFY2(of(QStringLiteral("pending")) == 0 && of(QStringLiteral("closed")) == 0,
                 qPrintable(a.ruleName));
    }
    // The pending alert (for: 10m) kept its start across the restart.
    const AlertHistoryState now = store.loadState();
    for (const ActiveAlert &a : std::as_const(openBefore.alerts)) {
        if (a.ruleName != QLatin1String("CrashTestLagPending"))
            continue;
        const auto still = std::find_if(now.alerts.cbegin(), now.alerts.cend(),
                                        [&](const ActiveAlert &b) { return b.labels == a.labels; });
        QVERIFY(still != now.alerts.cend());
        QCOMPARE(still->activeSinceMs, a.activeSinceMs);
        QCOMPARE(still->state, AlertState::Pending);
    }
    QVERIFY(after.constLast().id > lastIdBefore);
}

QTEST_GUILESS_MAIN(TestAlertHistoryCrash)
#include "tst_alerthistory_crash.moc"
