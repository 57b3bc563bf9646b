#include "TimeSeriesChart.h"

#include "TimeSeriesChartLayout.h"

#include <QFontMetrics>
#include <QPainter>

#include <algorithm>
#include <cmath>

// Painting of the plot: grid, axes, lines, thresholds, legend and crosshair. Layout and scales are
// computed beforehand (TimeSeriesChart.cpp); painting only reads them.
namespace Tidewatch {

using namespace TimeSeriesChartLayout;

void TimeSeriesChart::paintPlot(QPainter &painter)
{
    if (m_layoutSize != m_plot->size())
        layoutPlot();
    const QPalette pal = m_plot->palette();
    painter.fillRect(m_plot->rect(), pal.color(QPalette::Base));
    const QFontMetrics fm = m_plot->fontMetrics();

    // Grid, ticks and frame as opaque one-pixel rectangles: the raster engine fills those directly.
    // Lines (and translucent colours) go through its span blending, which on Qt 6 hands every batch
    // of more than ~100 spans to a thread pool; for many short paints that wake-up costs more than
    // the drawing (measured: ~0.25 ms per chart, most of the paint).
    const QColor mid = pal.color(QPalette::Mid);
    const QColor base = pal.color(QPalette::Base);
    const QColor gridColour = QColor::fromRgbF(0.25f * mid.redF() + 0.75f * base.redF(),
                                               0.25f * mid.greenF() + 0.75f * base.greenF(),
                                               0.25f * mid.blueF() + 0.75f * base.blueF());
    const int left = m_plotRect.left();
    const int right = m_plotRect.right() + 1;
    const int top = m_plotRect.top();
    const int bottom = m_plotRect.bottom() + 1;
    for (const Tick &tick : std::as_const(m_valueTicks)) {
        const int y = int(std::lround(yFor(tick.value)));
        painter.fillRect(QRect(left, y, right - left, 1), gridColour);
        painter.fillRect(QRect(left - TickLength, y, TickLength, 1), mid);
    }
    for (const Tick &tick : std::as_const(m_timeTicks)) {
        const int x = int(std::lround(xFor(tick.value)));
        painter.fillRect(QRect(x, top, 1, bottom - top), gridColour);
        painter.fillRect(QRect(x, bottom, 1, TickLength), mid);
    }
    painter.fillRect(QRect(left, top, right - left + 1, 1), mid);
    painter.fillRect(QRect(left, bottom, right - left + 1, 1), mid);
    painter.fillRect(QRect(left, top, 1, bottom - top), mid);
    painter.fillRect(QRect(right, top, 1, bottom - top), mid);

    // Axis labels.
    painter.setPen(pal.color(QPalette::Text));
    const int ascent = fm.ascent();
    const int textHeight = fm.height();
    for (const Tick &tick : std::as_const(m_valueTicks)) {
        const double y = yFor(tick.value);
        const int width = fm.horizontalAdvance(tick.label);
        painter.drawText(QPointF(left - TickLength - LabelGap - width, y - textHeight / 2.0 + ascent),
                         tick.label);
    }
    for (const Tick &tick : std::as_const(m_timeTicks)) {
        const int width = fm.horizontalAdvance(tick.label);
        painter.drawText(QPointF(xFor(tick.value) - width / 2.0, bottom + TickLength + LabelGap + ascent),
                         tick.label);
    }

    // The axis title over the value labels, the time zone over the right end of the time axis.
    painter.drawText(QPointF(Margin, Margin + ascent), axisTitle());
    const QString zone = timeZoneText();
    painter.drawText(QPointF(m_plot->width() - Margin - fm.horizontalAdvance(zone), Margin + ascent), zone);

    paintLines(painter);
    paintNoData(painter);
    paintThresholds(painter);
    paintLegend(painter);
    paintSelection(painter);
    paintCrosshair(painter);
}

void TimeSeriesChart::paintRun(QPainter &painter, const QList<QPointF> &points)
{
    auto flush = [&] {
        if (m_run.size() == 1)
            painter.drawPoint(m_run.constFirst());
        else if (m_run.size() > 1)
            painter.drawPolyline(m_run);
        m_run.resize(0); // keeps the capacity for the next run
    };
    for (const QPointF &p : points) {
        if (std::isnan(p.y()))
            flush();
        else
            m_run.append(QPointF(xFor(p.x()), yFor(p.y())));
    }
    flush();
}

void TimeSeriesChart::paintLines(QPainter &painter)
{
    painter.save();
    painter.setClipRect(m_plotRect.adjusted(0, 0, 1, 1));
    // Cosmetic 1 px pens take the raster engine's fast line path; wider ones are stroked as
    // polygons and cost several times as much per segment. Antialiasing costs ~20 % of the line
    // drawing here (measured), which the frame budget affords.
    painter.setRenderHint(QPainter::Antialiasing, true);
    if (m_yesterdayShown) {
        // Yesterday first, dashed and paler: today's line stays on top.
        for (const QString &key : std::as_const(m_order)) {
            const Line &line = *m_lines.constFind(key);
            QPen pen(yesterdayColour(line.colour), 1, Qt::DashLine);
            pen.setCosmetic(true);
            painter.setPen(pen);
            paintRun(painter, line.yesterdayDrawn);
        }
    }
    for (const QString &key : std::as_const(m_order)) {
        const Line &line = *m_lines.constFind(key);
        QPen pen(line.colour, 1);
        pen.setCosmetic(true);
        painter.setPen(pen);
        paintRun(painter, line.drawn);
    }
    painter.restore();
}

void TimeSeriesChart::paintNoData(QPainter &painter)
{
    // An empty window says so, rather than showing an axis of 0 to 1 that looks like a measurement.
    if (hasVisibleData())
        return;
    painter.save();
    painter.setPen(m_plot->palette().color(QPalette::PlaceholderText));
    painter.drawText(m_plotRect, Qt::AlignCenter | Qt::TextWordWrap, noDataText());
    painter.restore();
}

bool TimeSeriesChart::hasVisibleData() const
{
    for (const Line &line : std::as_const(m_lines)) {
        for (const QPointF &p : line.drawn) {
            if (!std::isnan(p.y()))
                return true;
        }
    }
    return false;
}

QString TimeSeriesChart::noDataText() const
{
    return m_order.isEmpty() ? tr("Nothing selected") : tr("No data in this range");
}

void TimeSeriesChart::paintLegend(QPainter &painter)
{
    const QFontMetrics fm = m_plot->fontMetrics();
    const int top = m_plot->height() - Margin - m_legendHeight;
    const QStringList titles = legendTitles();
    const LegendLayout layout = legendLayout(titles, m_plot->width() - 2 * Margin, m_legendMaxRows);
    painter.setPen(m_plot->palette().color(QPalette::Text));
    for (const LegendPlace &place : layout.places) {
        const qsizetype i = place.index;
        const int x = Margin + place.x;
        const int y = top + place.row * fm.height();
        const bool yesterday = i >= m_order.size();
        const Line &line = *m_lines.constFind(m_order[i % m_order.size()]);
        if (yesterday) {
            // A dashed swatch, as the overlay is drawn.
            const QColor colour = yesterdayColour(line.colour);
            for (int dx = 0; dx < SwatchWidth; dx += 5)
                painter.fillRect(QRect(x + dx, y + fm.height() / 2 - 1, std::min(3, SwatchWidth - dx), 3),
                                 colour);
        } else {
            painter.fillRect(QRect(x, y + fm.height() / 2 - 1, SwatchWidth, 3), line.colour);
        }
        painter.drawText(QPointF(x + SwatchWidth + LabelGap, y + fm.ascent()), titles[i]);
    }
    if (layout.hidden > 0) {
        painter.setPen(m_plot->palette().color(QPalette::PlaceholderText));
        painter.drawText(QPointF(Margin + layout.moreX, top + (layout.rows - 1) * fm.height() + fm.ascent()),
                         moreText(layout.hidden));
    }
}

QColor TimeSeriesChart::yesterdayColour(const QColor &colour)
{
    QColor pale = colour;
    pale.setAlpha(150);
    return pale;
}

void TimeSeriesChart::paintCrosshair(QPainter &painter)
{
    if (m_crossX < m_plotRect.left() || m_crossX > m_plotRect.right())
        return;
    const QPalette pal = m_plot->palette();
    painter.setPen(QPen(pal.color(QPalette::Mid), 0, Qt::DashLine));
    painter.drawLine(QPointF(m_crossX, m_plotRect.top()), QPointF(m_crossX, m_plotRect.bottom()));
    const double span = double(std::max<qint64>(m_toMs - m_fromMs, 1));
    const auto timeMs =
        m_fromMs + qint64((m_crossX - m_plotRect.left()) * span / std::max(m_plotRect.width(), 1));
    const QString text = crosshairText(timeMs);
    QRectF box = painter.boundingRect(QRectF(0, 0, 1000, 1000), Qt::AlignLeft | Qt::AlignTop, text);
    box.adjust(-3, -2, 3, 2);
    // Keep the label inside the plot: right of the line, or left of it near the right edge.
    const double x =
        m_crossX + 6 + box.width() > m_plotRect.right() ? m_crossX - 6 - box.width() : m_crossX + 6;
    box.moveTopLeft(QPointF(x, m_plotRect.top() + 4));
    QColor fill = pal.color(QPalette::ToolTipBase);
    fill.setAlpha(220);
    painter.fillRect(box, fill);
    painter.setPen(pal.color(QPalette::ToolTipText));
    painter.drawText(box.adjusted(3, 2, -3, -2), Qt::AlignLeft | Qt::AlignTop, text);
}

void TimeSeriesChart::paintThresholds(QPainter &painter)
{
    if (m_thresholds.isEmpty())
        return;
    const QFontMetrics fm = m_plot->fontMetrics();
    painter.save();
    for (const ChartThreshold &threshold : std::as_const(m_thresholds)) {
        // Critical red, else amber: the colours of the alerts they stand for.
        const QColor colour = threshold.severity == QLatin1String("critical") ? QColor(0xe5, 0x39, 0x35)
                                                                              : QColor(0xfb, 0x8c, 0x00);
        const double y = std::round(yFor(threshold.value)) + 0.5;
        painter.setPen(QPen(colour, 1, Qt::DashLine));
        painter.drawLine(QPointF(m_plotRect.left(), y), QPointF(m_plotRect.right(), y));
        // The label right-aligned above the line, inside the plot (elided on a narrow chart).
        const QString label =
            fm.elidedText(threshold.label, Qt::ElideRight, std::max(0, m_plotRect.width() - 8));
        const int width = fm.horizontalAdvance(label);
        const double top = std::max(double(m_plotRect.top()), y - fm.height() - 1);
        const QRectF box(m_plotRect.right() - width - 6, top, width + 4, fm.height());
        QColor fill = m_plot->palette().color(QPalette::Base);
        fill.setAlpha(200);
        painter.fillRect(box, fill);
        painter.setPen(colour);
        painter.drawText(box, Qt::AlignCenter, label);
    }
    painter.restore();
}

} // namespace Tidewatch
