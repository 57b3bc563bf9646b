#pragma once

#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QTimer>

namespace Tidewatch {

/// For soak runs: measures how long the GUI thread goes without serving its event loop (a 10 ms
/// timer; the gap between two ticks) and appends one line per period to a file:
///   2026-12-06T15:40:00Z ticks=5960 max_gap_ms=41 gaps_over_50ms=0 gaps_over_100ms=0
/// main() creates it when TIDEWATCH_STALL_LOG names a file (tests/bench/soak.sh sets it).
class StallLog : public QObject
{
    Q_OBJECT
public:
    StallLog(const QString &path, int periodMs = 60000, QObject *parent = nullptr);
    bool isOpen() const { return m_file.isOpen(); }

private:
    void tick();
    void writeLine();

    QFile m_file;
    QTimer m_tick;
    QTimer m_period;
    QElapsedTimer m_clock;
    qint64 m_maxGapMs = 0;
    int m_ticks = 0;
    int m_over50 = 0;
    int m_over100 = 0;
};

} // namespace Tidewatch
