#include "ClusterStrip.h"
#include "CommandLine.h"
#include "Dashboard.h"
#include "FaultProxy.h"
#include "GuiStallWatchdog.h"
#include "MainWindow.h"
#include "Monitor.h"
#include "OverviewPage.h"
#include "StackTools.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTest>

using namespace Tidewatch;

namespace {

constexpr qint64 kMaxStallMs = 100; ///< issue #15: the GUI thread is never blocked for longer
constexpr int kTimeoutMs = 2000;    ///< the profile's request timeout
const QString kOrdersJob = QStringLiteral("tidewatch-orders");

QString ordersJobId(const FlinkSnapshot &s)
{
    for (const FlinkJobInfo &job : s.jobs) {
        if (job.name == kOrdersJob && job.state == QLatin1String("RUNNING"))
            return job.id;
    }
    return {};
}

} // namespace

/// Faults of Flink's REST API with the dashboard window open. The real Flink of the stack answers;
/// a proxy in the test (tests/support/FaultProxy) refuses, delays, fails or truncates its answers.
/// Each fault must show on the overview's strip as what it is — not live, no job figures, the age
/// of the last data — and go away when the fault does; the GUI thread is never held > 100 ms.
class TestFaultsFlink : public QObject
{
    Q_OBJECT
private:
    FaultProxy m_proxy{18081};
    std::unique_ptr<Dashboard> m_dashboard;
    GuiStallWatchdog m_watchdog;
    QList<FlinkSnapshot> m_snapshots; ///< every snapshot the monitor delivered, in order

    QString flinkLine() const
    {
        const QList<ClusterStrip *> all = m_dashboard->window()->overviewPage()->strips();
        return all.isEmpty() ? QString() : all.constFirst()->plainText().section(QLatin1Char('\n'), 2, 2);
    }
    bool live() const
    {
        return flinkLine().contains(QStringLiteral("Flink: live")) &&
               flinkLine().contains(QStringLiteral("jobs running"));
    }

    /// Switches the proxy to @p mode and checks what the strip says until it is back to Pass.
    void expectFault(FaultProxy::Mode mode, int delayMs, const QString &errorPart, const char *name)
    {
        QElapsedTimer clock;
        clock.start();
        m_proxy.setMode(mode, delayMs);
        auto restore = qScopeGuard([this] { m_proxy.setMode(FaultProxy::Mode::Pass); });
        QTRY_VERIFY_WITH_TIMEOUT(flinkLine().contains(QStringLiteral("UNREACHABLE")), 30000);
        const qint64 toError = clock.elapsed();
        QTest::qWait(2500); // the age grows; no figure comes back while the fault lasts
        const QString line = flinkLine();
        qInfo("%s: UNREACHABLE after %lld ms: %s", name, toError, qPrintable(line));
        QVERIFY2(line.contains(errorPart), qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral("last data")) && !line.contains(QStringLiteral("never")),
                 qPrintable(line));
        for (const char *figure : {"jobs running", "back-pressured", "checkpoints failing", "live"})
            QVERIFY2(!line.contains(QLatin1String(figure)), qPrintable(line));
        const FlinkSnapshot &last = m_snapshots.constLast();
        QVERIFY(!last.status.reachable);
        QVERIFY(last.taskManagers == -1 || last.jobs.isEmpty()); // unknown, not 0 of 0

        restore.dismiss();
        m_proxy.setMode(FaultProxy::Mode::Pass);
        clock.restart();
        QTRY_VERIFY_WITH_TIMEOUT(live(), 30000);
        qInfo("%s: live again %lld ms after the fault ended", name, clock.elapsed());
        qInfo("%s: GUI thread %s", name, qPrintable(m_watchdog.summary()));
        QVERIFY2(m_watchdog.maxStallMs() < kMaxStallMs, qPrintable(m_watchdog.summary()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_proxy.start());
        AppOptions options;
        options.wall = true;
        options.profile.name = QStringLiteral("flink");
        options.profile.flinkRestUrl = m_proxy.url();
        options.profile.flinkPollIntervalMs = 1000;
        options.profile.kafkaPollIntervalMs = 1000;
        options.profile.requestTimeoutMs = kTimeoutMs;
        m_dashboard = std::make_unique<Dashboard>(options);
        connect(m_dashboard->monitor(), &Monitor::flinkSnapshotReady, this,
                [this](const FlinkSnapshot &s) { m_snapshots.append(s); });
        MainWindow *window = m_dashboard->window();
        window->resize(1400, 900);
        window->show();
        window->enterWallMode({QStringLiteral("overview")}, 0);
        QTRY_VERIFY_WITH_TIMEOUT(live(), 60000);
        QVERIFY(m_proxy.requests() > 0); // the data came through the proxy
    }

    void init()
    {
        m_proxy.setMode(FaultProxy::Mode::Pass);
        QTRY_VERIFY_WITH_TIMEOUT(live(), 60000);
        m_watchdog.start();
    }

    void restDown() { expectFault(FaultProxy::Mode::Refuse, 0, QStringLiteral("refused"), "REST down"); }

    void restSlowerThanTimeout()
    {
        expectFault(FaultProxy::Mode::Delay, kTimeoutMs + 3000,
                    QStringLiteral("no answer within %1 ms").arg(kTimeoutMs), "REST slower than the timeout");
    }

    void restAnswers500() { expectFault(FaultProxy::Mode::Error500, 0, QStringLiteral("500"), "REST 500"); }

    void restTruncatedJson()
    {
        expectFault(FaultProxy::Mode::Truncate, 0, QStringLiteral("/"), "REST truncated JSON");
    }

    /// The orders job cancelled and submitted again (a new JVM, so REST is down meanwhile): the
    /// dashboard follows the new job id, and once it has, no snapshot mixes in the old job.
    void jobCancelledAndResubmitted()
    {
        const QString oldId = ordersJobId(m_snapshots.constLast());
        QVERIFY(!oldId.isEmpty());
        QElapsedTimer clock;
        clock.start();
        const StackTools::ToolResult tool =
            StackTools::stackServingEvents({QStringLiteral("resubmit")}, 240000);
        QVERIFY2(tool.exitCode == 0, qPrintable(tool.err));
        const qint64 resubmitMs = clock.elapsed();
        QTRY_VERIFY_WITH_TIMEOUT(!ordersJobId(m_snapshots.constLast()).isEmpty() &&
                                     ordersJobId(m_snapshots.constLast()) != oldId,
                                 60000);
        const QString newId = ordersJobId(m_snapshots.constLast());
        qInfo("job %s resubmitted as %s: flink-ctl took %lld ms, dashboard followed after %lld ms",
              qPrintable(oldId), qPrintable(newId), resubmitMs, clock.elapsed());
        const qsizetype first = m_snapshots.size() - 1;
        QTRY_VERIFY_WITH_TIMEOUT(live(), 30000);
        QTest::qWait(3000);
        for (qsizetype i = first; i < m_snapshots.size(); ++i) {
            const FlinkSnapshot &s = m_snapshots.at(i);
            for (const FlinkJobInfo &job : s.jobs)
                QVERIFY2(job.id != oldId, "a snapshot after the resubmission lists the cancelled job");
            QVERIFY(s.details(oldId) == nullptr);
            QVERIFY(s.details(newId) != nullptr);
        }
        qInfo("job resubmitted: GUI thread %s", qPrintable(m_watchdog.summary()));
        QVERIFY2(m_watchdog.maxStallMs() < kMaxStallMs, qPrintable(m_watchdog.summary()));
    }

    void cleanupTestCase()
    {
        m_watchdog.stop();
        m_dashboard.reset();
        // Flink must run again for the other tests, whatever happened above.
        if (StackTools::stack({QStringLiteral("status")})
                .out.contains(QStringLiteral("flink      stopped"))) {
            QProcess start;
            start.start(QStringLiteral("bash"),
                        {QFileInfo(qEnvironmentVariable("TIDEWATCH_STACK")).absolutePath() +
                             QStringLiteral("/flink/flink-ctl.sh"),
                         QStringLiteral("start")});
            start.waitForFinished(240000);
        }
    }
};

QTEST_MAIN(TestFaultsFlink)
#include "tst_faults_flink.moc"
