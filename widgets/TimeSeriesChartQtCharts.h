#pragma once

#include <QChartView>
#include <QColor>
#include <QList>
#include <QPointF>
#include <QString>

QT_BEGIN_NAMESPACE
class QChart;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace Tidewatch {

struct ChartThreshold;

/// Private to TimeSeriesChart: its lines drawn by Qt Charts instead of its own QPainter plot (the
/// "QtCharts" engine, kept so docs/BENCHMARKS.md can measure both engines in one run). Follows the
/// fast path Qt Charts offers: one replace() per series per update, no animations, axis ranges set
/// by the caller, optional OpenGL series. A line is cut into at most MaxPieces series at its gaps
/// (a QLineSeries cannot break); later gaps are bridged.
class TimeSeriesChartQtCharts : public QChartView
{
public:
    static constexpr int MaxPieces = 16;

    explicit TimeSeriesChartQtCharts(QWidget *parent = nullptr);

    /// Lines beyond @p count are removed.
    void setLineCount(int count);
    /// Line @p index: its legend title, colour and thinned points (x in ms since the epoch, y NaN for
    /// a gap).
    void setLine(int index, const QString &title, const QColor &colour, const QList<QPointF> &points);
    void setThresholds(const QList<ChartThreshold> &thresholds, qint64 fromMs, qint64 toMs);
    void setRanges(qint64 fromMs, qint64 toMs, double valueLo, double valueHi, int valueTicks,
                   const QString &valueTitle, const QString &timeFormat);
    /// QXYSeries::setUseOpenGL on every series (needs a GL context; ignored by Qt Charts without one).
    void setUseOpenGL(bool on);
    bool useOpenGL() const { return m_openGL; }
    /// Width of the plot area in pixels.
    int plotWidth() const;

private:
    struct Entry
    {
        QString title;
        QColor colour;
        QList<QLineSeries *> pieces;
    };

    QLineSeries *addSeries(const QString &name, const QPen &pen, bool inLegend);

    QChart *m_chart = nullptr;
    QDateTimeAxis *m_timeAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    QList<Entry> m_entries;
    QList<QLineSeries *> m_thresholdSeries;
    QList<QPointF> m_run; // reused by setLine()
    bool m_openGL = false;
    qint64 m_fromMs = -1;
    qint64 m_toMs = -1;
    double m_valueLo = 0;
    double m_valueHi = 0;
    int m_valueTicks = 0;
};

} // namespace Tidewatch
