#include "FigureTile.h"

#include <QPainter>

namespace Tidewatch {

namespace {

/// A font whose pixel size makes @p text fit @p box (at most @p maxPixels high).
QFont fitted(QFont font, const QString &text, const QSizeF &box, qreal maxPixels, bool bold = false)
{
    font.setBold(bold);
    int pixels = std::max(8, int(std::min(maxPixels, box.height())));
    font.setPixelSize(pixels);
    while (pixels > 8 && QFontMetricsF(font).horizontalAdvance(text) > box.width()) {
        pixels = std::max(8, int(pixels * 0.9));
        font.setPixelSize(pixels);
    }
    return font;
}

} // namespace

FigureTile::FigureTile(const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_title(title)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void FigureTile::setValue(const QString &text, const QColor &colour)
{
    if (text == m_value && colour == m_colour)
        return;
    m_value = text;
    m_colour = colour;
    update();
}

void FigureTile::setCaption(const QString &caption)
{
    if (caption == m_caption)
        return;
    m_caption = caption;
    update();
}

void FigureTile::setTrend(MinuteChartData trend)
{
    m_trend = std::move(trend);
    m_hasTrend = true;
    update();
}

void FigureTile::clearTrend()
{
    m_hasTrend = false;
    m_trend = {};
    update();
}

void FigureTile::setStale(bool stale)
{
    if (stale == m_stale)
        return;
    m_stale = stale;
    update();
}

QColor FigureTile::valueColour() const
{
    return m_stale ? QColor(0x9e, 0x9e, 0x9e) : m_colour;
}

void FigureTile::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(rect()).adjusted(4, 4, -4, -4);
    QColor panel = palette().color(QPalette::AlternateBase);
    painter.setPen(Qt::NoPen);
    painter.setBrush(panel);
    painter.drawRoundedRect(r, 8, 8);
    // A coloured edge on the left: the threshold state visible even from the side of the room.
    const QColor state = valueColour();
    if (state.isValid()) {
        painter.setBrush(state);
        painter.drawRoundedRect(QRectF(r.left(), r.top(), 10, r.height()), 4, 4);
    }

    const QRectF inner = r.adjusted(22, 8, -14, -8);
    const QColor text = palette().color(QPalette::WindowText);
    const qreal trendHeight = m_hasTrend ? inner.height() * 0.32 : 0;
    const qreal titleHeight = inner.height() * 0.13;
    const qreal captionHeight = inner.height() * 0.11;
    const qreal valueHeight = inner.height() - trendHeight - titleHeight - captionHeight;

    painter.setPen(text);
    const QFont titleFont =
        fitted(font(), m_title, QSizeF(inner.width(), titleHeight), titleHeight * 0.85, true);
    painter.setFont(titleFont);
    painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), titleHeight),
                     Qt::AlignLeft | Qt::AlignVCenter, m_title);

    const QRectF valueBox(inner.left(), inner.top() + titleHeight, inner.width(), valueHeight);
    // A lone dash (unknown) at full height would read as a bar: it gets half the size.
    const bool unknown = m_value.size() == 1 && !m_value.at(0).isLetterOrNumber();
    const QFont valueFont =
        fitted(font(), m_value, valueBox.size(), valueHeight * (unknown ? 0.45 : 0.9), true);
    painter.setFont(valueFont);
    painter.setPen(state.isValid() ? state : text);
    painter.drawText(valueBox, Qt::AlignLeft | Qt::AlignVCenter, m_value);

    const QString caption = m_stale ? tr("STALE — %1").arg(m_caption) : m_caption;
    const QRectF captionBox(inner.left(), valueBox.bottom(), inner.width(), captionHeight);
    painter.setFont(fitted(font(), caption, captionBox.size(), captionHeight * 0.8));
    painter.setPen(m_stale ? QColor(0xd3, 0x2f, 0x2f) : text);
    painter.drawText(captionBox, Qt::AlignLeft | Qt::AlignVCenter, caption);

    if (m_hasTrend) {
        const QRectF trendBox(inner.left(), captionBox.bottom() + 4, inner.width(), trendHeight - 4);
        painter.setFont(font());
        if (m_stale)
            painter.setOpacity(0.4);
        MinuteChart::paint(painter, trendBox, m_trend, palette(), true);
    }
}

} // namespace Tidewatch
