#include "TimeSeriesChartQtCharts.h"

#include "ChartThresholds.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

#include <cmath>

namespace Tidewatch {

TimeSeriesChartQtCharts::TimeSeriesChartQtCharts(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("qtChartsView"));
    // The benchmarks count paint events on widgets named "plot": here Qt paints the viewport.
    viewport()->setObjectName(QStringLiteral("plot"));
    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_timeAxis = new QDateTimeAxis;
    m_valueAxis = new QValueAxis;
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);
    setChart(m_chart); // takes ownership
    setRenderHint(QPainter::Antialiasing, true);
    setMinimumSize(160, 100);
}

QLineSeries *TimeSeriesChartQtCharts::addSeries(const QString &name, const QPen &pen, bool inLegend)
{
    auto *series = new QLineSeries;
    series->setName(name);
    series->setUseOpenGL(m_openGL);
    m_chart->addSeries(series);
    series->setPen(pen); // after addSeries: the chart's theme would colour it otherwise
    series->attachAxis(m_timeAxis);
    series->attachAxis(m_valueAxis);
    if (!inLegend) {
        for (QLegendMarker *marker : m_chart->legend()->markers(series))
            marker->setVisible(false);
    }
    return series;
}

void TimeSeriesChartQtCharts::setLineCount(int count)
{
    while (m_entries.size() > count) {
        for (QLineSeries *series : std::as_const(m_entries.last().pieces)) {
            m_chart->removeSeries(series);
            delete series;
        }
        m_entries.removeLast();
    }
    m_entries.resize(count);
}

void TimeSeriesChartQtCharts::setLine(int index, const QString &title, const QColor &colour,
                                      const QList<QPointF> &points)
{
    if (index >= m_entries.size())
        setLineCount(index + 1);
    Entry &entry = m_entries[index];
    const bool restyle = entry.title != title || entry.colour != colour;
    entry.title = title;
    entry.colour = colour;
    QPen pen(colour, 1);
    pen.setCosmetic(true);
    if (restyle) {
        for (QLineSeries *series : std::as_const(entry.pieces)) {
            series->setName(title);
            series->setPen(pen);
        }
    }
    int used = 0;
    auto flush = [&] {
        if (m_run.isEmpty())
            return;
        if (used == entry.pieces.size())
            entry.pieces.append(addSeries(title, pen, used == 0));
        entry.pieces[used++]->replace(m_run);
        m_run.resize(0);
    };
    for (const QPointF &p : points) {
        if (!std::isnan(p.y()))
            m_run.append(p);
        else if (used < MaxPieces - 1)
            flush();
    }
    flush();
    if (used == 0 && entry.pieces.isEmpty())
        entry.pieces.append(addSeries(title, pen, true)); // in the legend even without data
    for (qsizetype i = used; i < entry.pieces.size(); ++i) {
        if (entry.pieces[i]->count() > 0)
            entry.pieces[i]->clear();
    }
}

void TimeSeriesChartQtCharts::setThresholds(const QList<ChartThreshold> &thresholds, qint64 fromMs,
                                            qint64 toMs)
{
    while (m_thresholdSeries.size() > thresholds.size()) {
        QLineSeries *series = m_thresholdSeries.takeLast();
        m_chart->removeSeries(series);
        delete series;
    }
    for (qsizetype i = 0; i < thresholds.size(); ++i) {
        const ChartThreshold &threshold = thresholds[i];
        const QColor colour = threshold.severity == QLatin1String("critical") ? QColor(0xe5, 0x39, 0x35)
                                                                              : QColor(0xfb, 0x8c, 0x00);
        if (i == m_thresholdSeries.size())
            m_thresholdSeries.append(addSeries(QString(), QPen(colour, 1, Qt::DashLine), false));
        m_thresholdSeries[i]->setPen(QPen(colour, 1, Qt::DashLine));
        m_thresholdSeries[i]->replace(
            QList<QPointF>{QPointF(double(fromMs), threshold.value), QPointF(double(toMs), threshold.value)});
    }
}

void TimeSeriesChartQtCharts::setRanges(qint64 fromMs, qint64 toMs, double valueLo, double valueHi,
                                        int valueTicks, const QString &valueTitle, const QString &timeFormat)
{
    if (fromMs != m_fromMs || toMs != m_toMs) {
        m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(fromMs), QDateTime::fromMSecsSinceEpoch(toMs));
        m_fromMs = fromMs;
        m_toMs = toMs;
    }
    if (m_timeAxis->format() != timeFormat)
        m_timeAxis->setFormat(timeFormat);
    if (valueLo != m_valueLo || valueHi != m_valueHi) {
        m_valueAxis->setRange(valueLo, valueHi);
        m_valueLo = valueLo;
        m_valueHi = valueHi;
    }
    if (valueTicks != m_valueTicks) {
        m_valueAxis->setTickCount(std::max(2, valueTicks));
        m_valueTicks = valueTicks;
    }
    if (m_valueAxis->titleText() != valueTitle)
        m_valueAxis->setTitleText(valueTitle);
}

void TimeSeriesChartQtCharts::setUseOpenGL(bool on)
{
    m_openGL = on;
    for (const Entry &entry : std::as_const(m_entries)) {
        for (QLineSeries *series : entry.pieces)
            series->setUseOpenGL(on);
    }
    for (QLineSeries *series : std::as_const(m_thresholdSeries))
        series->setUseOpenGL(on);
}

int TimeSeriesChartQtCharts::plotWidth() const
{
    return std::max(1, int(m_chart->plotArea().width()));
}

} // namespace Tidewatch
