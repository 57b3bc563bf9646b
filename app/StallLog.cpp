#include "StallLog.h"

#include <QDateTime>

#include <algorithm>

namespace Tidewatch {

StallLog::StallLog(const QString &path, int periodMs, QObject *parent)
    : QObject(parent)
    , m_file(path)
{
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
        qWarning("stall log %s: %s", qPrintable(path), qPrintable(m_file.errorString()));
        return;
    }
    m_tick.setInterval(10);
    m_tick.setTimerType(Qt::PreciseTimer);
    connect(&m_tick, &QTimer::timeout, this, &StallLog::tick);
    m_period.setInterval(periodMs);
    connect(&m_period, &QTimer::timeout, this, &StallLog::writeLine);
    m_clock.start();
    m_tick.start();
    m_period.start();
}

void StallLog::tick()
{
    const qint64 gap = m_clock.restart();
    ++m_ticks;
    m_maxGapMs = std::max(m_maxGapMs, gap);
    m_over50 += gap > 50 ? 1 : 0;
    m_over100 += gap > 100 ? 1 : 0;
}

void StallLog::writeLine()
{
    const QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8() +
                            " ticks=" + QByteArray::number(m_ticks) +
                            " max_gap_ms=" + QByteArray::number(m_maxGapMs) +
                            " gaps_over_50ms=" + QByteArray::number(m_over50) +
                            " gaps_over_100ms=" + QByteArray::number(m_over100) + '\n';
    m_file.write(line);
    m_file.flush();
    m_maxGapMs = 0;
    m_ticks = 0;
    m_over50 = 0;
    m_over100 = 0;
}

} // namespace Tidewatch
