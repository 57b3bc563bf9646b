#include "GuiStallWatchdog.h"

#include <algorithm>
#include <fcntl.h>
#include <unistd.h>

namespace Tidewatch {

GuiStallWatchdog::GuiStallWatchdog(int intervalMs, QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(intervalMs);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &GuiStallWatchdog::tick);
}

GuiStallWatchdog::~GuiStallWatchdog()
{
    if (m_schedstat >= 0)
        ::close(m_schedstat);
}

qint64 GuiStallWatchdog::runQueueWaitNs() const
{
    if (m_schedstat < 0)
        return -1;
    char buffer[128] = {};
    const ssize_t n = ::pread(m_schedstat, buffer, sizeof buffer - 1, 0);
    if (n <= 0)
        return -1;
    // "<ns on cpu> <ns waiting on a run queue> <timeslices>"
    const QList<QByteArray> fields = QByteArray(buffer, n).simplified().split(' ');
    bool ok = false;
    const qint64 wait = fields.value(1).toLongLong(&ok);
    return ok ? wait : -1;
}

void GuiStallWatchdog::start()
{
    if (m_schedstat < 0)
        m_schedstat = ::open("/proc/thread-self/schedstat", O_RDONLY | O_CLOEXEC); // this thread's
    m_lastWaitNs = runQueueWaitNs();
    m_maxStallMs = 0;
    m_maxStallAtMs = -1;
    m_maxGapMs = 0;
    m_ticks = 0;
    m_bigGaps.clear();
    m_clock.start();
    m_since.start();
    m_timer.start();
}

void GuiStallWatchdog::stop()
{
    m_timer.stop();
}

int GuiStallWatchdog::gapsOver(qint64 thresholdMs) const
{
    return int(std::count_if(m_bigGaps.cbegin(), m_bigGaps.cend(),
                             [thresholdMs](qint64 gap) { return gap > thresholdMs; }));
}

QString GuiStallWatchdog::summary() const
{
    return QStringLiteral("max stall %1 ms without run-queue wait (ended %6 s after start; max gap %2 ms) "
                          "over %3 ticks (%4 s), %5 gaps > 50 ms")
        .arg(m_maxStallMs)
        .arg(m_maxGapMs)
        .arg(m_ticks)
        .arg(double(m_since.elapsed()) / 1000.0, 0, 'f', 1)
        .arg(m_bigGaps.size())
        .arg(double(m_maxStallAtMs) / 1000.0, 0, 'f', 1);
}

void GuiStallWatchdog::tick()
{
    const qint64 gap = m_clock.restart();
    const qint64 waitNs = runQueueWaitNs();
    const qint64 waitedMs = waitNs >= 0 && m_lastWaitNs >= 0 ? (waitNs - m_lastWaitNs) / 1000000 : 0;
    m_lastWaitNs = waitNs;
    ++m_ticks;
    m_maxGapMs = std::max(m_maxGapMs, gap);
    const qint64 stall = gap - waitedMs;
    if (stall > m_maxStallMs) {
        m_maxStallMs = stall;
        m_maxStallAtMs = m_since.elapsed();
    }
    if (stall > kReportStallMs) {
        // When, on CLOCK_MONOTONIC (QElapsedTimer's clock here, and perf's with `-k mono`), so that a
        // profile of the run can be cut to the stall.
        qInfo("GuiStallWatchdog: stall of %lld ms (gap %lld ms) ended %.3f s after start, monotonic %.3f s",
              stall, gap, double(m_since.elapsed()) / 1000.0, double(m_clock.msecsSinceReference()) / 1000.0);
    }
    if (gap > 50)
        m_bigGaps.append(gap);
}

} // namespace Tidewatch
