#include "TimeSeriesChart.h"

#include "MetricStore.h"
#include "TimeSeriesChartQtCharts.h"

#include <QComboBox>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QToolButton>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

// Time navigation (zoom, pan, back to live), the history level shown and the "yesterday" overlay.
namespace Tidewatch {

namespace {

/// A drag shorter than this is a click, not a zoom.
constexpr double MinDragPixels = 5;
/// One wheel notch zooms by this factor (in: its inverse) or pans by this share of the window.
constexpr double WheelZoomFactor = 1.25;
constexpr double WheelPanShare = 0.1;

QString bucketText(qint64 bucketMs)
{
    if (bucketMs < 60'000)
        return TimeSeriesChart::tr("%1 s buckets").arg(bucketMs / 1000);
    if (bucketMs < 3'600'000)
        return TimeSeriesChart::tr("%1 min buckets").arg(bucketMs / 60'000);
    return TimeSeriesChart::tr("%1 h buckets").arg(bucketMs / 3'600'000);
}

} // namespace

void TimeSeriesChart::query()
{
    if (!m_store)
        return;
    const MetricStore &store = *m_store;
    m_level = -2;
    for (const QString &key : std::as_const(m_order)) {
        Line &line = m_lines[key];
        line.data = store.samples(key, m_fromMs, m_toMs);
        if (m_yesterdayShown) {
            line.yesterdayData = store.samples(key, m_fromMs - YesterdayOffsetMs, m_toMs - YesterdayOffsetMs);
            for (MetricPoint &p : line.yesterdayData)
                p.timeMs += YesterdayOffsetMs;
        } else {
            line.yesterdayData.clear();
        }
        if (m_level == -2) {
            if (const MetricHistory *history = store.history(key))
                m_level = history->levelFor(m_fromMs);
        }
    }
    const QString resolution = resolutionText();
    if (m_resolutionLabel->text() != resolution) {
        m_resolutionLabel->setText(resolution);
        m_presetBox->setToolTip(resolution.isEmpty()
                                    ? tr("Time range")
                                    : tr("Time range · %1", "the resolution shown").arg(resolution));
        fitHeader(); // a new width of the note; resizes and shows refit it too
    }
    // The value range comes from the unthinned window (thinning keeps each pixel's min and max), so
    // the layout is known before thinning and the lines are thinned once, for the width drawn.
    updateValueScale();
    if (m_engine == Engine::QtCharts) {
        thin(plotWidth());
        pushToQtCharts();
        return;
    }
    layoutPlot();
    thin(plotWidth());
    m_plot->update();
}

QString TimeSeriesChart::resolutionText() const
{
    if (m_level == -2 || !m_store)
        return QString();
    if (m_level == -1)
        return tr("raw samples");
    const QList<MetricTier> &tiers = m_store->config().history.tiers;
    return m_level < tiers.size() ? bucketText(tiers[m_level].bucketMs) : QString();
}

void TimeSeriesChart::setFollowing(bool following)
{
    if (following == m_following)
        return;
    m_following = following;
    m_liveButton->setEnabled(!following);
    Q_EMIT followingChanged(following);
}

void TimeSeriesChart::backToLive()
{
    setFollowing(true);
    if (m_store) {
        m_toMs = m_store->latestTimeMs();
        m_fromMs = m_toMs - presetDurationMs(m_preset);
        m_layoutSize = QSize(); // new time ticks
        query();
    }
}

qint64 TimeSeriesChart::timeAt(double x) const
{
    const double span = double(std::max<qint64>(m_toMs - m_fromMs, 1));
    return m_fromMs + qint64(std::llround((x - m_plotRect.left()) * span / std::max(m_plotRect.width(), 1)));
}

void TimeSeriesChart::zoomAround(double x, double factor)
{
    const qint64 span = m_toMs - m_fromMs;
    const auto newSpan = std::clamp(qint64(std::llround(double(span) * factor)), MinSpanMs, MaxSpanMs);
    const qint64 anchor = timeAt(std::clamp(x, double(m_plotRect.left()), double(m_plotRect.right() + 1)));
    // The time under the cursor stays under the cursor.
    const qint64 from =
        anchor -
        qint64(std::llround(double(anchor - m_fromMs) * double(newSpan) / double(std::max<qint64>(span, 1))));
    setVisibleRange(from, from + newSpan);
    query();
}

void TimeSeriesChart::panBy(double pixels)
{
    const double span = double(m_toMs - m_fromMs);
    const auto shift = qint64(std::llround(pixels * span / std::max(m_plotRect.width(), 1)));
    setVisibleRange(m_fromMs - shift, m_toMs - shift);
    query();
}

bool TimeSeriesChart::plotEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        const bool pan = mouse->button() == Qt::MiddleButton ||
                         (mouse->button() == Qt::LeftButton && (mouse->modifiers() & Qt::ShiftModifier));
        if (!pan && mouse->button() != Qt::LeftButton)
            return false;
        m_drag = pan ? Drag::Pan : Drag::Select;
        m_dragStartX = m_dragX = mouse->position().x();
        m_dragFromMs = m_fromMs;
        m_dragToMs = m_toMs;
        return true;
    }
    case QEvent::MouseMove: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        m_crossX = mouse->position().x();
        if (m_drag == Drag::Pan) {
            const double span = double(m_dragToMs - m_dragFromMs);
            const auto shift =
                qint64(std::llround((m_crossX - m_dragStartX) * span / std::max(m_plotRect.width(), 1)));
            setVisibleRange(m_dragFromMs - shift, m_dragToMs - shift);
            query();
        } else if (m_drag == Drag::Select) {
            m_dragX = m_crossX;
        }
        m_plot->update();
        return false;
    }
    case QEvent::MouseButtonRelease: {
        if (m_drag == Drag::None)
            return false;
        const Drag drag = m_drag;
        m_drag = Drag::None;
        const double x = static_cast<QMouseEvent *>(event)->position().x();
        if (drag == Drag::Select && std::abs(x - m_dragStartX) >= MinDragPixels) {
            const qint64 a = timeAt(std::min(x, m_dragStartX));
            const qint64 b = timeAt(std::max(x, m_dragStartX));
            const qint64 middle = a + (b - a) / 2;
            const qint64 span = std::max(b - a, MinSpanMs);
            setVisibleRange(middle - span / 2, middle - span / 2 + span);
            query();
        }
        m_plot->update();
        return true;
    }
    case QEvent::MouseButtonDblClick:
        m_drag = Drag::None;
        backToLive();
        return true;
    case QEvent::Wheel: {
        auto *wheel = static_cast<QWheelEvent *>(event);
        const QPoint delta = wheel->angleDelta();
        const bool pan = delta.x() != 0 || (wheel->modifiers() & Qt::ShiftModifier);
        const double notches = double(delta.x() != 0 ? delta.x() : delta.y()) / 120.0;
        if (notches == 0)
            return true;
        if (pan)
            panBy(notches * WheelPanShare * m_plotRect.width());
        else
            zoomAround(wheel->position().x(), std::pow(WheelZoomFactor, -notches)); // up: in
        return true;
    }
    default:
        return false;
    }
}

void TimeSeriesChart::paintSelection(QPainter &painter)
{
    if (m_drag != Drag::Select || std::abs(m_dragX - m_dragStartX) < 1)
        return;
    QColor fill = m_plot->palette().color(QPalette::Highlight);
    fill.setAlpha(60);
    const double left =
        std::clamp(std::min(m_dragX, m_dragStartX), double(m_plotRect.left()), double(m_plotRect.right()));
    const double right =
        std::clamp(std::max(m_dragX, m_dragStartX), double(m_plotRect.left()), double(m_plotRect.right()));
    painter.fillRect(QRectF(left, m_plotRect.top(), right - left, m_plotRect.height()), fill);
}

void TimeSeriesChart::setYesterdayAvailable(bool available)
{
    m_yesterdayAvailable = available;
    m_yesterdayButton->setVisible(available);
    fitHeader();
    if (!available)
        setYesterdayShown(false);
}

void TimeSeriesChart::setYesterdayShown(bool shown)
{
    if (shown == m_yesterdayShown)
        return;
    m_yesterdayShown = shown;
    {
        const QSignalBlocker blocker(m_yesterdayButton);
        m_yesterdayButton->setChecked(shown);
    }
    m_layoutSize = QSize(); // legend entries
    if (m_store)
        query();
    else
        m_plot->update();
}

QList<QPointF> TimeSeriesChart::yesterdayPoints(const QString &key) const
{
    const auto it = m_lines.constFind(key);
    return it == m_lines.cend() ? QList<QPointF>{} : it->yesterdayDrawn;
}

} // namespace Tidewatch
