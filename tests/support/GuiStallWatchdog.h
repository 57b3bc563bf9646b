#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace Tidewatch {

/// Measures how long the thread it lives on (the GUI thread, in a test) goes without serving its
/// event loop: a 10 ms timer records the largest gap between two of its ticks. A gap of 10 ms is an
/// idle loop; a gap of 300 ms means something held the thread for about 290 ms.
///
/// On a loaded machine a thread also waits for a CPU, which is no fault of the program. The kernel
/// counts that wait per thread (/proc/thread-self/schedstat, "time spent waiting on a runqueue"), so
/// each gap is also recorded without it: maxStallMs() is the largest gap minus the run-queue wait
/// within it, the time the thread was busy or blocked itself. Where schedstat is missing both are
/// the same.
///
/// The test must itself keep the event loop running (QTRY_*, QTest::qWait, QSignalSpy::wait), and
/// must not block it either (QProcess::waitForFinished would count as a stall of the app).
class GuiStallWatchdog : public QObject
{
    Q_OBJECT
public:
    explicit GuiStallWatchdog(int intervalMs = 10, QObject *parent = nullptr);
    ~GuiStallWatchdog() override;

    /// Starts (or restarts) measuring from now; the figures so far are dropped.
    void start();
    void stop();
    /// The largest gap between two ticks since start(), in ms (the interval itself included).
    qint64 maxGapMs() const { return m_maxGapMs; }
    /// The largest gap less the time the thread waited for a CPU within it, in ms.
    qint64 maxStallMs() const { return m_maxStallMs; }
    /// Gaps (run-queue wait included) of more than @p thresholdMs since start().
    int gapsOver(qint64 thresholdMs) const;
    int ticks() const { return m_ticks; }
    /// "max stall 31 ms ... (ended 4.2 s after start; max gap 34 ms) over 1200 ticks (12.1 s), ..." for
    /// the test's log. Every stall over kReportStallMs is also logged (qInfo) when it ends, with its
    /// time after start() and on CLOCK_MONOTONIC (to cut a `perf record -k mono` profile to it).
    QString summary() const;

    static constexpr qint64 kReportStallMs = 50;

private:
    void tick();
    /// Nanoseconds this thread has waited on a run queue so far; -1 when unknown.
    qint64 runQueueWaitNs() const;

    QTimer m_timer;
    QElapsedTimer m_clock;
    QElapsedTimer m_since;
    QList<qint64> m_bigGaps; ///< gaps above 50 ms, to count those above a threshold later
    qint64 m_maxGapMs = 0;
    qint64 m_maxStallMs = 0;
    qint64 m_maxStallAtMs = -1; ///< when the largest stall ended, ms after start()
    qint64 m_lastWaitNs = -1;
    int m_schedstat = -1; ///< fd of /proc/thread-self/schedstat, opened on the measured thread
    int m_ticks = 0;
};

} // namespace Tidewatch
