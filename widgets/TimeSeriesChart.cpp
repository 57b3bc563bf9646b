#include "TimeSeriesChart.h"

#include "MetricStore.h"
#include "RuleFiles.h"

#include <QBuffer>
#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPainter>
#include <QPixmap>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Tidewatch {

namespace {

constexpr TimeSeriesChart::RangePreset AllPresets[] = {
    TimeSeriesChart::RangePreset::FiveMinutes, TimeSeriesChart::RangePreset::FifteenMinutes,
    TimeSeriesChart::RangePreset::OneHour,     TimeSeriesChart::RangePreset::SixHours,
    TimeSeriesChart::RangePreset::OneDay,      TimeSeriesChart::RangePreset::SevenDays};

QByteArray csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')))
        return text.toUtf8();
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return '"' + quoted.toUtf8() + '"';
}

QByteArray csvNumber(double value)
{
    return std::isnan(value) ? QByteArray() : QByteArray::number(value, 'g', 12);
}

QString timeAxisFormat(qint64 spanMs)
{
    if (spanMs <= 3600LL * 1000)
        return QStringLiteral("HH:mm:ss");
    if (spanMs <= 24LL * 3600 * 1000)
        return QStringLiteral("HH:mm");
    return QStringLiteral("MMM d HH:mm");
}

// Layout constants of the plot, in pixels.
constexpr int Margin = 4;
constexpr int TickLength = 4;
constexpr int LabelGap = 3;
constexpr int SwatchWidth = 14;
constexpr int LegendSpacing = 10;
constexpr int MinTickSpacingY = 32;
constexpr int MinTickSpacingX = 80;

// 1, 2 or 5 times a power of ten, at least @p raw.
double niceStep(double raw)
{
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 5.0}) {
        if (m * magnitude >= raw * (1 - 1e-9))
            return m * magnitude;
    }
    return 10 * magnitude;
}

// Time-axis steps that read well, 1 s to 7 days.
qint64 niceTimeStep(qint64 rawMs)
{
    constexpr qint64 s = 1000;
    constexpr qint64 m = 60 * s;
    constexpr qint64 h = 60 * m;
    constexpr qint64 steps[] = {s,     2 * s, 5 * s,  10 * s, 15 * s, 30 * s,    m,
                                2 * m, 5 * m, 10 * m, 15 * m, 30 * m, h,         2 * h,
                                3 * h, 6 * h, 12 * h, 24 * h, 48 * h, 7 * 24 * h};
    for (const qint64 step : steps) {
        if (step >= rawMs)
            return step;
    }
    return steps[std::size(steps) - 1];
}

} // namespace

TimeSeriesChart::TimeSeriesChart(QWidget *parent)
    : QWidget(parent)
{
    m_plot = new QWidget(this);
    m_plot->setObjectName(QStringLiteral("plot"));
    // We paint every pixel: no background fill by Qt, no repaint of what is behind.
    m_plot->setAttribute(Qt::WA_OpaquePaintEvent);
    m_plot->setMouseTracking(true);
    m_plot->setMinimumSize(160, 100);
    m_plot->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_plot->installEventFilter(this);

    m_presetBox = new QComboBox(this);
    for (RangePreset preset : AllPresets)
        m_presetBox->addItem(presetName(preset), QVariant::fromValue(preset));
    m_presetBox->setCurrentIndex(int(m_preset));
    m_presetBox->setToolTip(tr("Time range"));
    connect(m_presetBox, &QComboBox::currentIndexChanged, this,
            [this](int index) { setRangePreset(AllPresets[std::clamp(index, 0, 5)]); });

    m_pauseButton = new QToolButton(this);
    m_pauseButton->setCheckable(true);
    m_pauseButton->setText(tr("Pause"));
    m_pauseButton->setToolTip(tr("Freeze the view; data keeps being recorded"));
    connect(m_pauseButton, &QToolButton::toggled, this, &TimeSeriesChart::setPaused);

    auto *exportButton = new QToolButton(this);
    exportButton->setText(tr("Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(exportButton);
    exportMenu->addAction(tr("Visible data as CSV…"), this, &TimeSeriesChart::chooseCsvFile);
    exportMenu->addAction(tr("Chart as PNG…"), this, &TimeSeriesChart::choosePngFile);
    exportButton->setMenu(exportMenu);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_presetBox);
    header->addStretch(1);
    header->addWidget(m_pauseButton);
    header->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(m_plot, 1);

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_toMs = now;
    m_fromMs = now - presetDurationMs(m_preset);
    updateValueScale();
}

TimeSeriesChart::~TimeSeriesChart() = default;

qint64 TimeSeriesChart::presetDurationMs(RangePreset preset)
{
    constexpr qint64 minute = 60 * 1000;
    switch (preset) {
    case RangePreset::FiveMinutes:
        return 5 * minute;
    case RangePreset::FifteenMinutes:
        return 15 * minute;
    case RangePreset::OneHour:
        return 60 * minute;
    case RangePreset::SixHours:
        return 6 * 60 * minute;
    case RangePreset::OneDay:
        return 24 * 60 * minute;
    case RangePreset::SevenDays:
        return 7 * 24 * 60 * minute;
    }
    return 15 * minute;
}

QString TimeSeriesChart::presetName(RangePreset preset)
{
    switch (preset) {
    case RangePreset::FiveMinutes:
        return tr("5 min");
    case RangePreset::FifteenMinutes:
        return tr("15 min");
    case RangePreset::OneHour:
        return tr("1 h");
    case RangePreset::SixHours:
        return tr("6 h");
    case RangePreset::OneDay:
        return tr("24 h");
    case RangePreset::SevenDays:
        return tr("7 d");
    }
    return QString();
}

void TimeSeriesChart::setSeries(const QString &key, const QString &title, const QColor &colour)
{
    auto it = m_lines.find(key);
    if (it == m_lines.end()) {
        it = m_lines.insert(key, Line{});
        m_order.append(key);
    }
    it->title = title;
    it->colour = colour;
    m_layoutSize = QSize(); // the legend may need another row
    m_plot->update();
}

void TimeSeriesChart::removeSeries(const QString &key)
{
    if (!m_lines.remove(key))
        return;
    m_order.removeAll(key);
    m_layoutSize = QSize();
    m_plot->update();
}

void TimeSeriesChart::setVisibleRange(qint64 fromMs, qint64 toMs)
{
    m_following = false;
    m_fromMs = std::min(fromMs, toMs);
    m_toMs = std::max(fromMs, toMs);
    m_layoutSize = QSize(); // new time ticks
    m_plot->update();
}

void TimeSeriesChart::setRangePreset(RangePreset preset)
{
    const bool changed = preset != m_preset || !m_following;
    m_preset = preset;
    m_following = true;
    m_toMs = std::max(m_toMs, m_fromMs);
    m_fromMs = m_toMs - presetDurationMs(preset);
    if (m_presetBox->currentIndex() != int(preset)) {
        const QSignalBlocker blocker(m_presetBox);
        m_presetBox->setCurrentIndex(int(preset));
    }
    if (changed)
        Q_EMIT rangePresetChanged(preset);
}

void TimeSeriesChart::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    {
        const QSignalBlocker blocker(m_pauseButton);
        m_pauseButton->setChecked(paused);
    }
    m_pauseButton->setText(paused ? tr("Resume") : tr("Pause"));
    Q_EMIT pausedChanged(paused);
}

int TimeSeriesChart::plotWidth() const
{
    if (m_plotRect.width() > 0)
        return m_plotRect.width();
    // Not laid out yet: the widget's width minus a typical axis label column.
    return std::max(m_plot->width() - 80, 100);
}

void TimeSeriesChart::updateFromStore(const MetricStore &store, qint64 nowMs)
{
    if (m_paused || !isVisible())
        return;
    if (m_following) {
        m_toMs = nowMs > 0 ? nowMs : store.latestTimeMs();
        m_fromMs = m_toMs - presetDurationMs(m_preset);
    }
    for (const QString &key : std::as_const(m_order))
        m_lines[key].data = store.samples(key, m_fromMs, m_toMs);
    // The value range comes from the unthinned window (thinning keeps each pixel's min and max), so
    // the layout is known before thinning and the lines are thinned once, for the width drawn.
    updateValueScale();
    layoutPlot();
    thin(plotWidth());
    m_plot->update();
}

void TimeSeriesChart::thin(int pixels)
{
    for (const QString &key : std::as_const(m_order)) {
        Line &line = m_lines[key];
        line.drawn = m_thinning == Thinning::MinMax
                         ? Downsample::minMaxPerBucket(line.data, m_fromMs, m_toMs, pixels)
                         : Downsample::lttb(line.data, 2 * pixels);
    }
}

void TimeSeriesChart::updateValueScale()
{
    double lo = std::numeric_limits<double>::infinity();
    double hi = -std::numeric_limits<double>::infinity();
    for (const Line &line : std::as_const(m_lines)) {
        for (const MetricPoint &p : line.data) {
            if (p.isGap())
                continue;
            lo = std::min(lo, double(m_thinning == Thinning::MinMax ? p.min : p.mean));
            hi = std::max(hi, double(m_thinning == Thinning::MinMax ? p.max : p.mean));
        }
    }
    if (!std::isfinite(lo) || !std::isfinite(hi)) {
        lo = 0;
        hi = 1;
    } else if (hi - lo < 1e-12) {
        const double pad = std::max(std::abs(hi) * 0.1, 1.0);
        lo -= pad;
        hi += pad;
    } else {
        const double pad = (hi - lo) * 0.05;
        // Lag, rates and sizes are never negative: no axis below zero just for the padding.
        lo = lo >= 0 ? std::max(0.0, lo - pad) : lo - pad;
        hi += pad;
    }
    // Rounded out to whole ticks: the axis (and its labels) stays put while the data moves inside it.
    const int height = m_layoutSize == m_plot->size() ? m_plotRect.height() : m_plot->height() - 60;
    const int maxTicks = std::clamp(height / MinTickSpacingY, 2, 8);
    const double step = niceStep((hi - lo) / maxTicks);
    lo = std::floor(lo / step) * step;
    hi = std::ceil(hi / step) * step;
    if (lo == m_valueLo && hi == m_valueHi && !m_valueTicks.isEmpty())
        return;
    m_valueLo = lo;
    m_valueHi = hi;
    m_valueTicks.clear();
    const auto count = qsizetype(std::llround((hi - lo) / step));
    for (qsizetype i = 0; i <= count; ++i) {
        double v = lo + double(i) * step;
        if (std::abs(v) < step * 1e-9)
            v = 0; // no "-0" or "1e-17"
        m_valueTicks.append(Tick{v, QLocale().toString(v, 'g', 6)});
    }
    m_layoutSize = QSize(); // labels may be wider or narrower
}

void TimeSeriesChart::layoutPlot()
{
    const QSize size = m_plot->size();
    if (size == m_layoutSize && m_plotRect.isValid()) {
        updateTimeTicks();
        return;
    }
    m_layoutSize = size;
    const QFontMetrics fm = m_plot->fontMetrics();

    // Legend: entries flow left to right, wrapping into as many rows as needed.
    int rows = m_order.isEmpty() ? 0 : 1;
    int x = 0;
    for (const QString &key : std::as_const(m_order)) {
        const int entry = SwatchWidth + LabelGap + fm.horizontalAdvance(m_lines[key].title) + LegendSpacing;
        if (x > 0 && x + entry > size.width() - 2 * Margin) {
            ++rows;
            x = 0;
        }
        x += entry;
    }
    m_legendHeight = rows * fm.height();

    int labelWidth = 0;
    for (const Tick &tick : std::as_const(m_valueTicks))
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(tick.label));
    const int left = Margin + labelWidth + LabelGap + TickLength;
    const int top = Margin + fm.height() / 2; // room for the top value label
    const int bottom = size.height() - Margin - m_legendHeight - LabelGap - fm.height() - TickLength;
    // Room for half of the last time label to the right of the plot.
    const int right = size.width() - Margin - fm.horizontalAdvance(QStringLiteral("00:00:00")) / 2;
    m_plotRect = QRect(QPoint(left, top), QPoint(std::max(left + 1, right), std::max(top + 1, bottom)));
    m_timeTicks.clear();
    updateTimeTicks();
}

void TimeSeriesChart::updateTimeTicks()
{
    const qint64 span = std::max<qint64>(m_toMs - m_fromMs, 1);
    const QString format = timeAxisFormat(span);
    if (format != m_timeFormat) {
        m_timeFormat = format;
        m_timeTicks.clear();
    }
    const int maxTicks = std::max(2, m_plotRect.width() / MinTickSpacingX);
    const qint64 step = niceTimeStep(span / maxTicks);
    // Ticks on round local times (a whole minute, hour, day).
    const qint64 offset = QDateTime::fromMSecsSinceEpoch(m_fromMs).offsetFromUtc() * 1000LL;
    const qint64 local = m_fromMs + offset;
    qint64 t = (local / step + (local % step > 0 ? 1 : 0)) * step - offset;
    QList<Tick> ticks;
    for (; t <= m_toMs; t += step) {
        // A sliding window keeps most ticks from one update to the next: format only the new ones.
        QString label;
        for (const Tick &old : std::as_const(m_timeTicks)) {
            if (qint64(old.value) == t) {
                label = old.label;
                break;
            }
        }
        if (label.isNull())
            label = QLocale().toString(QDateTime::fromMSecsSinceEpoch(t), m_timeFormat); // month names
        ticks.append(Tick{double(t), label});
    }
    m_timeTicks = std::move(ticks);
}

double TimeSeriesChart::xFor(double timeMs) const
{
    const double span = double(std::max<qint64>(m_toMs - m_fromMs, 1));
    return m_plotRect.left() + (timeMs - double(m_fromMs)) * double(m_plotRect.width()) / span;
}

double TimeSeriesChart::yFor(double value) const
{
    const double span = m_valueHi - m_valueLo;
    return m_plotRect.bottom() + 1 - (value - m_valueLo) * double(m_plotRect.height()) / span;
}

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

    paintLines(painter);
    paintLegend(painter);
    paintCrosshair(painter);
}

void TimeSeriesChart::paintLines(QPainter &painter)
{
    painter.save();
    painter.setClipRect(m_plotRect.adjusted(0, 0, 1, 1));
    // Cosmetic 1 px pens take the raster engine's fast line path; wider ones are stroked as
    // polygons and cost several times as much per segment. Antialiasing costs ~20 % of the line
    // drawing here (measured), which the frame budget affords.
    painter.setRenderHint(QPainter::Antialiasing, true);
    for (const QString &key : std::as_const(m_order)) {
        const Line &line = *m_lines.constFind(key);
        QPen pen(line.colour, 1);
        pen.setCosmetic(true);
        painter.setPen(pen);
        auto flush = [&] {
            if (m_run.size() == 1)
                painter.drawPoint(m_run.constFirst());
            else if (m_run.size() > 1)
                painter.drawPolyline(m_run);
            m_run.resize(0); // keeps the capacity for the next run
        };
        for (const QPointF &p : line.drawn) {
            if (std::isnan(p.y()))
                flush();
            else
                m_run.append(QPointF(xFor(p.x()), yFor(p.y())));
        }
        flush();
    }
    painter.restore();
}

void TimeSeriesChart::paintLegend(QPainter &painter)
{
    const QFontMetrics fm = m_plot->fontMetrics();
    const int width = m_plot->width() - 2 * Margin;
    int x = 0;
    int y = m_plot->height() - Margin - m_legendHeight;
    for (const QString &key : std::as_const(m_order)) {
        const Line &line = *m_lines.constFind(key);
        const int entry = SwatchWidth + LabelGap + fm.horizontalAdvance(line.title) + LegendSpacing;
        if (x > 0 && x + entry > width) {
            x = 0;
            y += fm.height();
        }
        painter.fillRect(QRect(Margin + x, y + fm.height() / 2 - 1, SwatchWidth, 3), line.colour);
        painter.setPen(m_plot->palette().color(QPalette::Text));
        painter.drawText(QPointF(Margin + x + SwatchWidth + LabelGap, y + fm.ascent()), line.title);
        x += entry;
    }
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

QList<QPointF> TimeSeriesChart::visiblePoints(const QString &key) const
{
    const auto it = m_lines.constFind(key);
    return it == m_lines.cend() ? QList<QPointF>{} : it->drawn;
}

QString TimeSeriesChart::crosshairText(qint64 timeMs) const
{
    const QLocale locale;
    QStringList rows;
    rows << QDateTime::fromMSecsSinceEpoch(timeMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    for (const QString &key : m_order) {
        const Line &line = *m_lines.constFind(key);
        // The latest point at or before the cursor, from the unthinned window.
        const auto after = std::upper_bound(line.data.cbegin(), line.data.cend(), timeMs,
                                            [](qint64 t, const MetricPoint &p) { return t < p.timeMs; });
        QString value = tr("no data");
        if (after != line.data.cbegin() && !std::prev(after)->isGap()) {
            const MetricPoint &p = *std::prev(after);
            value = p.min == p.max ? locale.toString(p.mean, 'g', 6)
                                   : tr("%1 (min %2, max %3)")
                                         .arg(locale.toString(p.mean, 'g', 6), locale.toString(p.min, 'g', 6),
                                              locale.toString(p.max, 'g', 6));
        }
        rows << tr("%1: %2").arg(line.title, value);
    }
    return rows.join(QLatin1Char('\n'));
}

bool TimeSeriesChart::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_plot) {
        switch (event->type()) {
        case QEvent::Paint: {
            QPainter painter(m_plot);
            paintPlot(painter);
            return true;
        }
        case QEvent::MouseMove:
            m_crossX = static_cast<QMouseEvent *>(event)->position().x();
            m_plot->update();
            break;
        case QEvent::Leave:
            m_crossX = -1;
            m_plot->update();
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool TimeSeriesChart::exportCsv(QIODevice *device) const
{
    if (!device || !device->isWritable())
        return false;
    QByteArray out = "key,title,time_utc,time_ms,min,max,mean\n";
    for (const QString &key : m_order) {
        const Line &line = *m_lines.constFind(key);
        const QByteArray prefix = csvField(key) + ',' + csvField(line.title) + ',';
        for (const MetricPoint &p : line.data) {
            out += prefix +
                   QDateTime::fromMSecsSinceEpoch(p.timeMs, Qt::UTC).toString(Qt::ISODateWithMs).toUtf8() +
                   ',' + QByteArray::number(p.timeMs) + ',' + csvNumber(p.min) + ',' + csvNumber(p.max) +
                   ',' + csvNumber(p.mean) + '\n';
        }
    }
    return device->write(out) == out.size();
}

bool TimeSeriesChart::exportPng(QIODevice *device)
{
    if (!device || !device->isWritable())
        return false;
    return m_plot->grab().save(device, "PNG");
}

namespace {

/// Written whole to memory, then through RuleFiles::writeAtomically (a temporary file renamed over
/// @p path). Not QSaveFile: in Qt 6.4 its commit() succeeds after a failed or short write (a full
/// disk) and replaces an earlier export with a truncated file.
template<typename Write>
bool saveAtomically(const QString &path, QString *error, Write write)
{
    QByteArray data;
    QBuffer buffer(&data);
    if (!buffer.open(QIODevice::WriteOnly) || !write(&buffer)) {
        if (error)
            *error = TimeSeriesChart::tr("Could not write %1: the export failed").arg(path);
        return false;
    }
    return RuleFiles::writeAtomically(path, data, error);
}

} // namespace

bool TimeSeriesChart::saveCsv(const QString &path, QString *error)
{
    return saveAtomically(path, error, [this](QIODevice *device) { return exportCsv(device); });
}

bool TimeSeriesChart::savePng(const QString &path, QString *error)
{
    return saveAtomically(path, error, [this](QIODevice *device) { return exportPng(device); });
}

void TimeSeriesChart::chooseCsvFile()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export visible data"), QString(), tr("CSV files (*.csv)"));
    QString error;
    if (!path.isEmpty() && !saveCsv(path, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
}

void TimeSeriesChart::choosePngFile()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export chart"), QString(), tr("PNG images (*.png)"));
    QString error;
    if (!path.isEmpty() && !savePng(path, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
}

} // namespace Tidewatch
