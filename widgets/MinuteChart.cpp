#include "MinuteChart.h"

#include "Format.h"

#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace Tidewatch {

namespace {

/// 1, 2, 5 × 10^n at or above @p value, so the axis ends on a round number.
double niceCeiling(double value)
{
    if (value <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 2.0, 5.0, 10.0}) {
        if (step * magnitude >= value)
            return step * magnitude;
    }
    return 10 * magnitude;
}

QString tickText(double value)
{
    return value >= 1000 ? Format::count(value) : QLocale().toString(value, 'g', 4);
}

} // namespace

MinuteChart::MinuteChart(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent, false);
}

void MinuteChart::setTitle(const QString &title)
{
    m_title = title;
    update();
}

void MinuteChart::setData(MinuteChartData data)
{
    m_data = std::move(data);
    update();
}

void MinuteChart::setStale(bool stale)
{
    if (stale == m_stale)
        return;
    m_stale = stale;
    update();
}

void MinuteChart::setCompact(bool compact)
{
    m_compact = compact;
    update();
}

double MinuteChart::maxValue(const MinuteChartData &data)
{
    double hi = 0;
    for (const auto &s : data.series) {
        for (const QPointF &p : s.points) {
            if (std::isfinite(p.y()))
                hi = std::max(hi, p.y());
        }
    }
    return hi;
}

void MinuteChart::paint(QPainter &painter, const QRectF &rect, const MinuteChartData &data,
                        const QPalette &palette, bool compact)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetricsF fm(painter.font());
    const QColor text = palette.color(QPalette::WindowText);
    QColor grid = text;
    grid.setAlphaF(0.18f);

    bool anyPoint = false;
    for (const auto &s : data.series) {
        for (const QPointF &p : s.points)
            anyPoint |= std::isfinite(p.y());
    }

    // Legend on top (full mode), then the plot with the value axis on the left and time below.
    QRectF plot = rect;
    if (!compact) {
        qreal x = rect.left();
        for (const auto &s : data.series) {
            const qreal w = fm.horizontalAdvance(s.name) + 22;
            painter.fillRect(QRectF(x, rect.top() + fm.height() / 2 - 2, 12, 4), s.colour);
            painter.setPen(text);
            painter.drawText(QPointF(x + 16, rect.top() + fm.ascent()), s.name);
            x += w;
        }
        plot.adjust(fm.horizontalAdvance(QStringLiteral("0000.0")) + 6, fm.height() + 6, -4,
                    -(fm.height() + 4));
    } else {
        plot.adjust(2, 4, -2, -2);
    }
    if (plot.width() < 10 || plot.height() < 10) {
        painter.restore();
        return;
    }

    const double hi = niceCeiling(maxValue(data));
    const double span = double(std::max<qint64>(1, data.toMs - data.fromMs));
    auto xFor = [&](double t) {
        return plot.left() + (t - double(data.fromMs)) / span * plot.width();
    };
    auto yFor = [&](double v) {
        return plot.bottom() - v / hi * plot.height();
    };

    // The open minutes: shaded and labelled, so a half-filled minute never reads as a drop.
    if (data.partialFromMs >= 0 && data.partialFromMs < data.toMs) {
        const qreal x0 = std::max(plot.left(), xFor(double(data.partialFromMs)));
        QColor band = text;
        band.setAlphaF(0.08f);
        painter.fillRect(QRectF(QPointF(x0, plot.top()), plot.bottomRight()), band);
        if (!compact) {
            // Right-aligned at the band: the band of one open minute is narrower than the word.
            const QString label = MinuteChart::tr("partial →");
            const qreal w = fm.horizontalAdvance(label) + 4;
            painter.setPen(text);
            painter.drawText(QRectF(plot.right() - w, plot.top(), w, fm.height()),
                             Qt::AlignRight | Qt::AlignVCenter, label);
        }
    }

    if (!compact) {
        painter.setPen(QPen(grid, 1));
        // 5 × 10^n splits in fifths, 1 and 2 × 10^n in quarters: every tick a round number.
        const double lead = hi / std::pow(10.0, std::floor(std::log10(hi)));
        const int divisions = std::abs(lead - 5) < 1e-9 ? 5 : 4;
        for (int i = 0; i <= divisions; ++i) {
            const double v = hi * i / divisions;
            const qreal y = yFor(v);
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
            painter.setPen(text);
            painter.drawText(
                QRectF(rect.left(), y - fm.height() / 2, plot.left() - rect.left() - 4, fm.height()),
                Qt::AlignRight | Qt::AlignVCenter, tickText(v));
            painter.setPen(QPen(grid, 1));
        }
        // Time labels on whole ten minutes (or whole minutes for short ranges).
        const qint64 step = span > 30 * 60 * 1000  ? 10 * 60 * 1000
                            : span > 6 * 60 * 1000 ? 2 * 60 * 1000
                                                   : 60 * 1000;
        for (qint64 t = (data.fromMs / step + 1) * step; t < data.toMs; t += step) {
            const qreal x = xFor(double(t));
            painter.setPen(QPen(grid, 1));
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
            painter.setPen(text);
            const QString label = QDateTime::fromMSecsSinceEpoch(t).toString(QStringLiteral("HH:mm"));
            if (x + fm.horizontalAdvance(label) / 2 > rect.right())
                continue; // a cut label reads as another time
            painter.drawText(QRectF(x - 40, plot.bottom() + 2, 80, fm.height()),
                             Qt::AlignHCenter | Qt::AlignTop, label);
        }
    }

    if (!anyPoint) {
        painter.setPen(text);
        painter.drawText(plot, Qt::AlignCenter | Qt::TextWordWrap, data.emptyText);
        painter.restore();
        return;
    }

    const qreal width = compact ? std::max<qreal>(2.5, rect.height() / 40) : 2.0;
    for (const auto &s : data.series) {
        QPointF previous;
        bool hasPrevious = false;
        for (const QPointF &p : s.points) {
            if (!std::isfinite(p.y())) {
                hasPrevious = false;
                continue;
            }
            const QPointF here(xFor(p.x()), yFor(p.y()));
            if (hasPrevious) {
                const bool partial = data.partialFromMs >= 0 && p.x() >= double(data.partialFromMs);
                painter.setPen(QPen(s.colour, width, partial ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap));
                painter.drawLine(previous, here);
            }
            previous = here;
            hasPrevious = true;
        }
        // The newest known point as a dot: where the line is now.
        for (auto it = s.points.crbegin(); it != s.points.crend(); ++it) {
            if (std::isfinite(it->y())) {
                painter.setPen(Qt::NoPen);
                painter.setBrush(s.colour);
                painter.drawEllipse(QPointF(xFor(it->x()), yFor(it->y())), width * 1.5, width * 1.5);
                break;
            }
        }
    }
    painter.restore();
}

void MinuteChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    QRectF area = rect().adjusted(2, 2, -2, -2);
    if (!m_title.isEmpty() && !m_compact) {
        QFont bold = font();
        bold.setBold(true);
        painter.setFont(bold);
        painter.setPen(palette().color(QPalette::WindowText));
        const qreal h = QFontMetricsF(bold).height();
        painter.drawText(QRectF(area.left(), area.top(), area.width(), h), Qt::AlignLeft | Qt::AlignVCenter,
                         m_title);
        area.adjust(0, h + 4, 0, 0);
        painter.setFont(font());
    }
    if (m_stale)
        painter.setOpacity(0.4);
    paint(painter, area, m_data, palette(), m_compact);
    if (m_stale) {
        painter.setOpacity(1);
        QFont big = font();
        big.setBold(true);
        big.setPointSizeF(big.pointSizeF() * 1.6);
        painter.setFont(big);
        painter.setPen(QColor(0xd3, 0x2f, 0x2f));
        painter.drawText(area, Qt::AlignCenter, tr("stale: last known figures"));
    }
}

} // namespace Tidewatch
