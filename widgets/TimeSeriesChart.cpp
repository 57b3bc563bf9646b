#include "TimeSeriesChart.h"

#include "MetricStore.h"
#include "TimeSeriesChartLayout.h"
#include "TimeSeriesChartQtCharts.h"

#include <QComboBox>
#include <QDateTime>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QPixmap>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Tidewatch {

using namespace TimeSeriesChartLayout;

namespace {

constexpr TimeSeriesChart::RangePreset AllPresets[] = {
    TimeSeriesChart::RangePreset::FiveMinutes, TimeSeriesChart::RangePreset::FifteenMinutes,
    TimeSeriesChart::RangePreset::OneHour,     TimeSeriesChart::RangePreset::SixHours,
    TimeSeriesChart::RangePreset::OneDay,      TimeSeriesChart::RangePreset::SevenDays};

QString timeAxisFormat(qint64 spanMs)
{
    if (spanMs <= 3600LL * 1000)
        return QStringLiteral("HH:mm:ss");
    if (spanMs <= 24LL * 3600 * 1000)
        return QStringLiteral("HH:mm");
    return QStringLiteral("MMM d HH:mm");
}

TimeSeriesChart::Engine g_defaultEngine = TimeSeriesChart::Engine::Painter;

// Layout constants of the axes, in pixels (the plot's are in TimeSeriesChartLayout.h).
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
    // Never shorter than the axis labels, one legend row and three lines of plot: below that the
    // value labels are drawn on top of each other. A page short of room scrolls its charts instead
    // (the Flink page) rather than crushing them.
    m_plot->setMinimumSize(160,
                           chartChromeHeight(m_plot->fontMetrics()) + 4 * m_plot->fontMetrics().height());
    m_plot->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_plot->installEventFilter(this);

    m_presetBox = new QComboBox(this);
    for (RangePreset preset : AllPresets)
        m_presetBox->addItem(presetName(preset), QVariant::fromValue(preset));
    m_presetBox->setCurrentIndex(int(m_preset));
    m_presetBox->setToolTip(tr("Time range"));
    connect(m_presetBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        setRangePreset(AllPresets[std::clamp(index, 0, 5)]);
        backToLive(); // the new range at once, not at the next frame
    });

    m_liveButton = new QToolButton(this);
    m_liveButton->setText(tr("Live"));
    m_liveButton->setToolTip(tr("Back to the latest data, following the clock (or double-click the chart)"));
    m_liveButton->setEnabled(false);
    connect(m_liveButton, &QToolButton::clicked, this, &TimeSeriesChart::backToLive);

    m_yesterdayButton = new QToolButton(this);
    m_yesterdayButton->setCheckable(true);
    m_yesterdayButton->setText(tr("Yesterday"));
    m_yesterdayButton->setToolTip(tr("Overlay the same time yesterday (dashed)"));
    m_yesterdayButton->setVisible(false);
    connect(m_yesterdayButton, &QToolButton::toggled, this, &TimeSeriesChart::setYesterdayShown);

    m_resolutionLabel = new QLabel(this);
    // Not part of the bar's minimum width (an explicit 1 px instead of its text's): on a narrow chart
    // it goes (fitHeader()), the buttons stay. Its preferred width is still its text's, so it gets
    // that before the stretch behind it gets anything.
    m_resolutionLabel->setMinimumWidth(1);
    m_resolutionLabel->setToolTip(tr("Resolution of the history shown: the finest that covers the range"));

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
    m_header = header;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_presetBox);
    header->addWidget(m_liveButton);
    header->addWidget(m_resolutionLabel);
    header->addStretch(1);
    header->addWidget(m_yesterdayButton);
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
    if (g_defaultEngine != Engine::Painter)
        setEngine(g_defaultEngine);
}

void TimeSeriesChart::setDefaultEngine(Engine engine)
{
    g_defaultEngine = engine;
}

TimeSeriesChart::Engine TimeSeriesChart::defaultEngine()
{
    return g_defaultEngine;
}

void TimeSeriesChart::setEngine(Engine engine)
{
    if (engine == m_engine)
        return;
    m_engine = engine;
    if (engine == Engine::QtCharts && !m_qtCharts) {
        m_qtCharts = new TimeSeriesChartQtCharts(this);
        m_qtCharts->setUseOpenGL(m_openGL);
        m_qtCharts->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        static_cast<QVBoxLayout *>(layout())->addWidget(m_qtCharts, 1);
    }
    m_plot->setVisible(engine == Engine::Painter);
    if (m_qtCharts)
        m_qtCharts->setVisible(engine == Engine::QtCharts);
    m_layoutSize = QSize();
    if (engine == Engine::QtCharts)
        pushToQtCharts();
}

void TimeSeriesChart::setUseOpenGL(bool on)
{
    m_openGL = on;
    if (m_qtCharts)
        m_qtCharts->setUseOpenGL(on);
}

void TimeSeriesChart::pushToQtCharts()
{
    m_qtCharts->setLineCount(int(m_order.size()));
    for (int i = 0; i < m_order.size(); ++i) {
        const Line &line = *m_lines.constFind(m_order[i]);
        m_qtCharts->setLine(i, line.title, line.colour, line.drawn);
    }
    m_qtCharts->setThresholds(m_thresholds, m_fromMs, m_toMs);
    m_qtCharts->setRanges(m_fromMs, m_toMs, m_valueLo, m_valueHi, int(m_valueTicks.size()), axisTitle(),
                          timeAxisFormat(m_toMs - m_fromMs));
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
    setFollowing(false);
    m_fromMs = std::min(fromMs, toMs);
    m_toMs = std::max(fromMs, toMs);
    m_layoutSize = QSize(); // new time ticks
    m_plot->update();
}

void TimeSeriesChart::setRangePreset(RangePreset preset)
{
    const bool changed = preset != m_preset || !m_following;
    m_preset = preset;
    setFollowing(true);
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
    if (m_engine == Engine::QtCharts)
        return m_qtCharts->plotWidth();
    if (m_plotRect.width() > 0)
        return m_plotRect.width();
    // Not laid out yet: the widget's width minus a typical axis label column.
    return std::max(m_plot->width() - 80, 100);
}

void TimeSeriesChart::updateFromStore(const MetricStore &store, qint64 nowMs)
{
    if (m_paused || !isVisible())
        return;
    m_store = &store;
    if (m_following) {
        m_toMs = nowMs > 0 ? nowMs : store.latestTimeMs();
        m_fromMs = m_toMs - presetDurationMs(m_preset);
    }
    query();
}

void TimeSeriesChart::thin(int pixels)
{
    auto thinned = [&](const QList<MetricPoint> &data) {
        return m_thinning == Thinning::MinMax ? Downsample::minMaxPerBucket(data, m_fromMs, m_toMs, pixels)
                                              : Downsample::lttb(data, 2 * pixels);
    };
    for (const QString &key : std::as_const(m_order)) {
        Line &line = m_lines[key];
        line.drawn = thinned(line.data);
        line.yesterdayDrawn = m_yesterdayShown ? thinned(line.yesterdayData) : QList<QPointF>{};
    }
}

void TimeSeriesChart::updateValueScale()
{
    double lo = std::numeric_limits<double>::infinity();
    double hi = -std::numeric_limits<double>::infinity();
    auto extend = [&](const QList<MetricPoint> &points) {
        for (const MetricPoint &p : points) {
            if (p.isGap())
                continue;
            lo = std::min(lo, double(m_thinning == Thinning::MinMax ? p.min : p.mean));
            hi = std::max(hi, double(m_thinning == Thinning::MinMax ? p.max : p.mean));
        }
    };
    for (const Line &line : std::as_const(m_lines)) {
        extend(line.data);
        if (m_yesterdayShown)
            extend(line.yesterdayData); // the overlay is never cut off
    }
    // A threshold line is always in view: how far the data is from an alert is the point of it.
    const bool hasData = std::isfinite(lo) && std::isfinite(hi);
    for (const ChartThreshold &threshold : std::as_const(m_thresholds)) {
        lo = std::min(lo, hasData ? threshold.value : std::min(threshold.value, 0.0));
        hi = std::max(hi, threshold.value);
    }
    if (!std::isfinite(lo) || !std::isfinite(hi)) {
        lo = 0;
        hi = 1;
    } else {
        // A flat line gets room around it; otherwise 5 % of the span.
        const double pad = hi - lo < 1e-12 ? std::max(std::abs(hi) * 0.1, 1.0) : (hi - lo) * 0.05;
        // Lag, rates, sizes and latencies are never negative: no axis below zero just for the padding
        // (a flat 0.4 ms round trip once drew an axis from -1 ms).
        lo = lo >= 0 ? std::max(0.0, lo - pad) : lo - pad;
        hi += pad;
    }
    // Rounded out to whole ticks: the axis (and its labels) stays put while the data moves inside it.
    const int height = m_layoutSize == m_plot->size() ? m_plotRect.height() : m_plot->height() - 60;
    const int maxTicks = std::clamp(height / MinTickSpacingY, 2, 8);
    // Steps are round in the unit shown: 100 KiB/s, 2 s, 5 k.
    const ChartScale scale = ChartUnits::scaleFor(m_unit, std::max(std::abs(lo), std::abs(hi)));
    // No step below the smallest whole unit: "0.5 B" or "0.5 ms" of an empty chart mean nothing.
    const double step = std::max(niceStep((hi - lo) / scale.divisor / maxTicks) * scale.divisor,
                                 ChartUnits::smallestStep(m_unit));
    lo = std::floor(lo / step) * step;
    hi = std::ceil(hi / step) * step;
    if (lo == m_valueLo && hi == m_valueHi && scale.suffix == m_scale.suffix && !m_valueTicks.isEmpty())
        return;
    m_valueLo = lo;
    m_valueHi = hi;
    m_scale = scale;
    m_valueTicks.clear();
    const auto count = qsizetype(std::llround((hi - lo) / step));
    for (qsizetype i = 0; i <= count; ++i) {
        double v = lo + double(i) * step;
        if (std::abs(v) < step * 1e-9)
            v = 0; // no "-0" or "1e-17"
        m_valueTicks.append(Tick{v, ChartUnits::tickLabel(v, scale)});
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

    // Legend: entries flow left to right, wrapping into rows; on a short chart only as many rows as
    // leave the plot three lines of text (the rest are counted, and named by the crosshair).
    const int chrome = chartChromeHeight(fm);
    m_legendMaxRows = std::max(1, (size.height() - chrome - 3 * fm.height()) / std::max(fm.height(), 1));
    m_legendHeight =
        legendLayout(legendTitles(), size.width() - 2 * Margin, m_legendMaxRows).rows * fm.height();

    int labelWidth = 0;
    for (const Tick &tick : std::as_const(m_valueTicks))
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(tick.label));
    const int left = Margin + labelWidth + LabelGap + TickLength;
    // A line above the plot for the axis title and the time zone, then room for the top value label.
    const int top = Margin + fm.height() + fm.height() / 2;
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

void TimeSeriesChart::setValueUnit(ChartUnit unit, const QString &title)
{
    m_unit = unit;
    m_axisTitle = title;
    m_valueTicks.clear(); // relabelled in the new unit
    updateValueScale();
    m_plot->update();
}

QString TimeSeriesChart::axisTitle() const
{
    const QString title = m_axisTitle.isEmpty() ? ChartUnits::unitName(m_unit) : m_axisTitle;
    // Counts carry their "k" / "M" on the ticks; a unit in parentheses after "Lag" would read oddly.
    if (m_scale.suffix.isEmpty() || m_unit == ChartUnit::Count)
        return title;
    return tr("%1 (%2)").arg(title, m_scale.suffix);
}

QStringList TimeSeriesChart::valueTickLabels() const
{
    QStringList labels;
    for (const Tick &tick : m_valueTicks)
        labels << tick.label;
    return labels;
}

void TimeSeriesChart::setThresholds(const QList<ChartThreshold> &thresholds)
{
    if (thresholds == m_thresholds)
        return;
    m_thresholds = thresholds;
    updateValueScale();
    m_plot->update();
}

void TimeSeriesChart::setRuleThresholds(const QList<AlertRule> &rules, const QString &metric,
                                        const QString &cluster, const QList<QPair<QString, QString>> &labels)
{
    setThresholds(metric.isEmpty() ? QList<ChartThreshold>{}
                                   : ChartThresholds::forSeries(rules, metric, cluster, labels, m_unit));
}

QString TimeSeriesChart::moreText(qsizetype hidden) const
{
    return tr("+%n more", "legend entries left out of a short chart", int(hidden));
}

TimeSeriesChart::LegendLayout TimeSeriesChart::legendLayout(const QStringList &titles, int width,
                                                            int maxRows) const
{
    const QFontMetrics fm = m_plot->fontMetrics();
    LegendLayout out;
    out.rows = titles.isEmpty() ? 0 : 1;
    int x = 0;
    for (qsizetype i = 0; i < titles.size(); ++i) {
        const int entry = SwatchWidth + LabelGap + fm.horizontalAdvance(titles[i]) + LegendSpacing;
        // On the last row allowed, an entry that is not the last keeps room for the note after it.
        const bool lastRow = out.rows >= maxRows;
        const int reserve = lastRow && i + 1 < titles.size()
                                ? fm.horizontalAdvance(moreText(titles.size() - i - 1)) + LegendSpacing
                                : 0;
        if (x > 0 && x + entry + reserve > width) {
            if (lastRow) {
                out.hidden = titles.size() - i;
                break;
            }
            ++out.rows;
            x = 0;
        }
        out.places.append({i, x, out.rows - 1});
        x += entry;
    }
    out.moreX = x;
    return out;
}

QStringList TimeSeriesChart::legendTitles() const
{
    QStringList titles;
    for (const QString &key : m_order)
        titles << m_lines.constFind(key)->title;
    if (m_yesterdayShown) {
        for (const QString &key : m_order)
            titles << tr("%1, yesterday").arg(m_lines.constFind(key)->title);
    }
    return titles;
}

QString TimeSeriesChart::timeZoneText() const
{
    return QDateTime::fromMSecsSinceEpoch(m_toMs).timeZoneAbbreviation();
}

QList<QPointF> TimeSeriesChart::visiblePoints(const QString &key) const
{
    const auto it = m_lines.constFind(key);
    return it == m_lines.cend() ? QList<QPointF>{} : it->drawn;
}

QString TimeSeriesChart::crosshairText(qint64 timeMs) const
{
    QStringList rows;
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(timeMs);
    rows << time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss ")) + time.timeZoneAbbreviation();
    // The latest point at or before the cursor, from the unthinned window.
    auto valueAt = [this, timeMs](const QList<MetricPoint> &data) {
        const auto after = std::upper_bound(data.cbegin(), data.cend(), timeMs,
                                            [](qint64 t, const MetricPoint &p) { return t < p.timeMs; });
        QString value = tr("no data");
        if (after != data.cbegin() && !std::prev(after)->isGap()) {
            const MetricPoint &p = *std::prev(after);
            value = p.min == p.max ? ChartUnits::valueText(m_unit, p.mean)
                                   : tr("%1 (min %2, max %3)")
                                         .arg(ChartUnits::valueText(m_unit, p.mean),
                                              ChartUnits::valueText(m_unit, p.min),
                                              ChartUnits::valueText(m_unit, p.max));
        }
        return value;
    };
    for (const QString &key : m_order) {
        const Line &line = *m_lines.constFind(key);
        rows << tr("%1: %2").arg(line.title, valueAt(line.data));
        if (m_yesterdayShown)
            rows << tr("%1, yesterday: %2").arg(line.title, valueAt(line.yesterdayData));
    }
    return rows.join(QLatin1Char('\n'));
}

void TimeSeriesChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitHeader();
}

void TimeSeriesChart::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    fitHeader();
}

void TimeSeriesChart::fitHeader()
{
    int needed = 0;
    int shown = 0;
    for (int i = 0; i < m_header->count(); ++i) {
        QWidget *widget = m_header->itemAt(i)->widget();
        if (!widget || widget == m_resolutionLabel || widget->isHidden())
            continue;
        needed += widget->sizeHint().width();
        ++shown;
    }
    needed += m_resolutionLabel->sizeHint().width() + shown * std::max(m_header->spacing(), 0);
    const bool fits = needed <= width();
    if (m_resolutionLabel->isHidden() == fits)
        m_resolutionLabel->setVisible(fits);
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
        case QEvent::Leave:
            m_crossX = -1;
            m_plot->update();
            break;
        default:
            if (plotEvent(event))
                return true;
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Tidewatch
