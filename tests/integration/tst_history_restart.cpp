// The charts' history survives a restart (issue #16), on the real stack: the dashboard runs for a
// minute, is stopped (SIGTERM), and a new one started with the same data folder shows the lag of the
// lagging group from before the restart on the Consumer groups page, with a gap for the time between.

#include "CommandLine.h"
#include "Dashboard.h"
#include "GroupsPage.h"
#include "HistoryStore.h"
#include "MainWindow.h"
#include "SnapshotHistory.h"
#include "StackTools.h"
#include "TimeSeriesChart.h"

#include <QDateTime>
#include <QDirIterator>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Tidewatch;

namespace {

const QString kCluster = QStringLiteral("tw-history");
const QString kGroup = QStringLiteral("tw-falls-behind");

QString historyFile(const QString &root)
{
    QDirIterator it(root, {QStringLiteral("*.sqlite")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(QStringLiteral("/history/")))
            return path;
    }
    return {};
}

} // namespace

class TestHistoryRestart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lagChartShowsHistoryFromBeforeTheRestart();
};

void TestHistoryRestart::lagChartShowsHistoryFromBeforeTheRestart()
{
    QTemporaryDir data;
    const QString bootstrap = StackTools::plaintextBootstrap();
    // 1. The dashboard, as a user starts it, for a minute.
    QProcess dashboard;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), data.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), data.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    dashboard.setProcessEnvironment(env);
    dashboard.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const qint64 startedMs = QDateTime::currentMSecsSinceEpoch();
    dashboard.start(qEnvironmentVariable("TIDEWATCH_BINARY"),
                    {QStringLiteral("--bootstrap"), bootstrap, QStringLiteral("--cluster-name"), kCluster,
                     QStringLiteral("--page"), QStringLiteral("groups")});
    QVERIFY(dashboard.waitForStarted(30000));
    QTest::qWait(60000);
    dashboard.terminate(); // SIGTERM: quits, writing the history on the way out
    QVERIFY(dashboard.waitForFinished(60000));
    QCOMPARE(dashboard.exitStatus(), QProcess::NormalExit);
    const qint64 stoppedMs = QDateTime::currentMSecsSinceEpoch();
    const QString file = historyFile(data.path());
    QVERIFY2(!file.isEmpty(), "no history file was written");
    QCOMPARE(file, HistoryStore::fileFor(QFileInfo(file).absolutePath(), kCluster));

    // The window stays closed for longer than a gap (30 s), so the restart must show as one.
    QTest::qWait(35000);

    // 2. A new dashboard (render's: reads the history, never writes it) with the same data folder.
    ParseResult parsed = parseCommandLine(
        {QStringLiteral("tidewatch"), QStringLiteral("render"), QStringLiteral("--bootstrap"), bootstrap,
         QStringLiteral("--cluster-name"), kCluster, QStringLiteral("--page"), QStringLiteral("groups"),
         QStringLiteral("--out"), data.filePath(QStringLiteral("groups.png"))});
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    AppOptions options = parsed.options;
    options.metricHistoryDirectory = QFileInfo(file).absolutePath(); // this process's data folder differs
    Dashboard restarted(options);
    QSignalSpy loaded(&restarted, &Dashboard::historyLoaded);
    QSignalSpy delivered(&restarted, &Dashboard::kafkaSnapshotDelivered);
    QVERIFY(loaded.wait(30000) || loaded.size() > 0);
    QTRY_VERIFY_WITH_TIMEOUT(delivered.size() >= 3, 60000);
    MainWindow *window = restarted.window();
    window->resize(1200, 800);
    window->show();
    QVERIFY(window->showPage(QStringLiteral("groups")));
    auto *page = static_cast<GroupsPage *>(window->page(QStringLiteral("groups")));
    QTRY_VERIFY_WITH_TIMEOUT(page->selectGroup(kGroup), 30000);
    const QString key = SnapshotHistory::groupLagKey(kCluster, kGroup);
    TimeSeriesChart *chart = nullptr;
    for (TimeSeriesChart *c : page->findChildren<TimeSeriesChart *>()) {
        if (c->seriesKeys().contains(key))
            chart = c;
    }
    QVERIFY2(chart, "no chart shows the group's lag");
    QTest::qWait(2000);
    window->applyPending();
    const QList<QPointF> points = chart->visiblePoints(key);
    int before = 0;
    int after = 0;
    bool gapBetween = false;
    for (const QPointF &p : points) {
        if (std::isnan(p.y())) {
            gapBetween = gapBetween || (before > 0 && after == 0);
            continue;
        }
        if (p.x() >= double(startedMs) && p.x() <= double(stoppedMs))
            ++before;
        else if (p.x() > double(stoppedMs))
            ++after;
    }
    QVERIFY2(before >= 10, qPrintable(QStringLiteral("%1 points from before the restart").arg(before)));
    QVERIFY2(after >= 1, qPrintable(QStringLiteral("%1 points after the restart").arg(after)));
    QVERIFY2(gapBetween, "no gap drawn for the time the dashboard was closed");
    // Render never writes: the file is as the first dashboard left it.
    QCOMPARE(QFileInfo(file).lastModified().toMSecsSinceEpoch() <= stoppedMs, true);
}

QTEST_MAIN(TestHistoryRestart)
#include "tst_history_restart.moc"
