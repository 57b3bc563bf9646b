#pragma once

#include "ChartThresholds.h"
#include "ChartUnits.h"
#include "Downsample.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QPolygonF>
#include <QRect>
#include <QString>
#include <QStringList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QHBoxLayout;
class QHBoxLayout;
class QIODevice;
class QLabel;
class QPainter;
class QToolButton;
QT_END_NAMESPACE

namespace Tidewatch {

class MetricStore;
class TimeSeriesChartQtCharts;

/// A live line chart of MetricStore series, drawn with QPainter: axes, grid, legend, one polyline
/// per run of a line between gaps, and a crosshair. It used to wrap Qt Charts (deprecated from
/// Qt 6.10), whose per-point geometry work after each replace() cost about 1 us per point and kept
/// 50 live charts at 45-155 ms per frame (docs/BENCHMARKS.md, "GUI frame"); everything else sees
/// only this widget, so the engine stays replaceable.
///
/// Each update asks the store for the visible window and thins it to at most two points per pixel
/// of plot width (min/max per pixel column keeps spikes). Every gap breaks the line.
class TimeSeriesChart : public QWidget
{
    Q_OBJECT
public:
    enum class RangePreset
    {
        FiveMinutes,
        FifteenMinutes,
        OneHour,
        SixHours,
        OneDay,
        SevenDays
    };
    Q_ENUM(RangePreset)

    enum class Thinning
    {
        MinMax, ///< lowest and highest value per pixel: spikes survive (default)
        Lttb    ///< Largest-Triangle-Three-Buckets on the means: smooth shapes
    };

    /// What draws the plot. Painter: our own QPainter plot (axes, legend, crosshair, thresholds);
    /// the default. QtCharts: the same thinned lines, axis ranges and legend in a Qt Charts
    /// QChartView (no crosshair, value labels as Qt Charts formats them), kept so the benchmarks can
    /// measure both engines in the same run (docs/BENCHMARKS.md, "Chart engines").
    enum class Engine
    {
        Painter,
        QtCharts
    };
    Q_ENUM(Engine)

    /// Kept for source compatibility: the Qt Charts engine drew at most this many pieces per line.
    /// The QPainter plot breaks a line at every gap.
    static constexpr int MaxSegments = 16;
    /// The range every page's charts open with, so the same data looks the same on every page.
    static constexpr RangePreset DefaultRange = RangePreset::FifteenMinutes;

    explicit TimeSeriesChart(QWidget *parent = nullptr);
    ~TimeSeriesChart() override;

    /// The engine of charts created from now on (the benchmarks switch it; the app keeps Painter).
    static void setDefaultEngine(Engine engine);
    static Engine defaultEngine();
    void setEngine(Engine engine);
    Engine engine() const { return m_engine; }
    /// QtCharts engine: OpenGL series (QXYSeries::setUseOpenGL), which need a GL context.
    void setUseOpenGL(bool on);

    static qint64 presetDurationMs(RangePreset preset);
    static QString presetName(RangePreset preset);

    /// Adds or updates the line for store series @p key.
    void setSeries(const QString &key, const QString &title, const QColor &colour);
    void removeSeries(const QString &key);
    QStringList seriesKeys() const { return m_order; }

    /// A fixed window (stops following the clock).
    void setVisibleRange(qint64 fromMs, qint64 toMs);
    /// Follows the clock again with the current preset (the "Live" button, a double click on the
    /// plot) and redraws from the last store at once.
    void backToLive();

    // Time navigation with the mouse on the plot (all of them stop following the clock):
    //   drag with the left button      zoom to the time range dragged over
    //   Shift + drag, middle drag      pan
    //   wheel                          zoom in or out around the time under the cursor
    //   Shift + wheel                  pan
    //   double click, "Live" button    backToLive()
    // The window is queried again from the store last passed to updateFromStore() at once, so that
    // store must outlive the chart (the pages' history does).
    /// The shortest window zooming goes down to, and the longest it goes up to.
    static constexpr qint64 MinSpanMs = 10'000;
    static constexpr qint64 MaxSpanMs = 7LL * 24 * 3600 * 1000;
    /// Time under plot widget x position @p x.
    qint64 timeAt(double x) const;
    /// The plot widget x position of @p timeMs.
    double xAt(qint64 timeMs) const { return xFor(double(timeMs)); }

    /// The history level the visible lines come from, as MetricStore picked it for the window's
    /// start: -1 raw samples, else the tier index (MetricHistoryConfig::tiers); -2 without a line.
    int historyLevel() const { return m_level; }
    /// The level as shown in the header: "1 s samples", "10 s buckets", "1 min buckets".
    QString resolutionText() const;

    /// The "same time yesterday" overlay: each series' values 24 h earlier, shifted onto the visible
    /// window and drawn dashed in a lighter colour, with their own legend entry and crosshair row.
    /// Offered (a "Yesterday" toggle in the header) on charts where a daily rhythm is the norm: lag
    /// and throughput.
    static constexpr qint64 YesterdayOffsetMs = 24LL * 3600 * 1000;
    void setYesterdayAvailable(bool available);
    bool isYesterdayAvailable() const { return m_yesterdayAvailable; }
    void setYesterdayShown(bool shown);
    bool isYesterdayShown() const { return m_yesterdayShown; }
    /// The overlay's points for @p key as drawn (x already shifted by +24 h, gaps as NaN).
    QList<QPointF> yesterdayPoints(const QString &key) const;
    /// Follows the clock: each update shows the last duration of @p preset up to its "now".
    void setRangePreset(RangePreset preset);
    RangePreset rangePreset() const { return m_preset; }
    bool isFollowing() const { return m_following; }
    qint64 visibleFromMs() const { return m_fromMs; }
    qint64 visibleToMs() const { return m_toMs; }

    /// The unit of the values: the Y axis is labelled in it as the tables show it (KiB/s, ms, s, k),
    /// and @p title (e.g. "Lag") heads the axis, followed by the unit in use: "Bytes in (KiB/s)".
    void setValueUnit(ChartUnit unit, const QString &title = {});
    ChartUnit valueUnit() const { return m_unit; }
    /// The axis title as drawn: the title and, where the unit scales, the unit in use.
    QString axisTitle() const;
    /// The Y axis' tick labels as drawn, lowest first.
    QStringList valueTickLabels() const;
    /// Alert thresholds drawn as dashed horizontal lines with their labels (ChartThresholds); the
    /// value axis always reaches them, so the distance to an alert is visible.
    void setThresholds(const QList<ChartThreshold> &thresholds);
    QList<ChartThreshold> thresholds() const { return m_thresholds; }
    /// The thresholds of @p rules on the series @p metric{cluster=@p cluster, @p labels} (see
    /// ChartThresholds::forSeries), in this chart's unit; an empty @p metric clears them.
    void setRuleThresholds(const QList<AlertRule> &rules, const QString &metric, const QString &cluster,
                           const QList<QPair<QString, QString>> &labels);
    /// The legend's entries as drawn: the series' titles, then their "yesterday" overlays.
    QStringList legendTitles() const;
    /// The zone the time axis is in, as drawn next to it: "UTC", "CET", ... (the local zone).
    QString timeZoneText() const;

    void setThinning(Thinning thinning) { m_thinning = thinning; }
    Thinning thinning() const { return m_thinning; }

    /// Queries, thins and redraws every line. When following, "now" is @p nowMs, or the store's
    /// latest sample time when @p nowMs is 0. Does nothing while paused or hidden (the frame timer
    /// can call it for every chart; hidden pages cost nothing).
    void updateFromStore(const MetricStore &store, qint64 nowMs = 0);

    /// Paused: the view stays as it is while the store keeps recording; resume redraws on the next update.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }

    /// The points drawn for @p key (all pieces, gaps as NaN), oldest first.
    QList<QPointF> visiblePoints(const QString &key) const;
    /// Width of the plot area in pixels (what thinning aims at).
    int plotWidth() const;
    /// Height of the plot area in pixels (Painter engine), after the legend and the axis labels.
    int plotHeight() const { return m_plotRect.height(); }
    /// What an empty window says in the plot ("No data in this range"; "Nothing selected" without a
    /// line); drawn when no line has a point in the visible range.
    QString noDataText() const;
    /// Whether any line has a point in the visible window (Painter engine).
    bool hasVisibleData() const;
    /// Time and the value of each line at @p timeMs, as the crosshair shows them.
    QString crosshairText(qint64 timeMs) const;

    /// The visible window's data before thinning, one row per point: key, title, ISO time (UTC),
    /// time in ms, min, max, mean; empty values for gaps. Returns false when writing fails.
    bool exportCsv(QIODevice *device) const;
    /// The chart as drawn, as PNG.
    bool exportPng(QIODevice *device);
    /// Writes exportCsv() / exportPng() to @p path atomically: on failure (@p error says why, naming
    /// the file) a file already at @p path is left as it was.
    bool saveCsv(const QString &path, QString *error);
    bool savePng(const QString &path, QString *error);

Q_SIGNALS:
    void pausedChanged(bool paused);
    /// Following the clock started (backToLive, a preset) or stopped (zoom, pan, setVisibleRange).
    void followingChanged(bool following);
    void rangePresetChanged(RangePreset preset);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    struct Line
    {
        QString title;
        QColor colour;
        QList<MetricPoint> data;          // the visible window before thinning (for CSV and the crosshair)
        QList<QPointF> drawn;             // after thinning, gaps as NaN
        QList<MetricPoint> yesterdayData; // 24 h earlier, times shifted by +24 h
        QList<QPointF> yesterdayDrawn;
    };
    enum class Drag
    {
        None,
        Select,
        Pan
    };
    struct Tick
    {
        double value = 0; // ms since the epoch on the time axis
        QString label;
    };

    void query();
    void setFollowing(bool following);
    void zoomAround(double x, double factor);
    void panBy(double pixels);
    void updateValueScale();
    void layoutPlot();
    /// The resolution note is the first thing to go when the bar is narrower than its controls (the
    /// range box's tooltip still says it): hidden rather than drawn under the buttons.
    void fitHeader();
    /// Where each legend entry goes: entries flow left to right in rows; past @p maxRows rows the rest
    /// are left out and counted (the last row keeps room for a "+N more" note).
    struct LegendPlace
    {
        qsizetype index;
        int x;
        int row;
    };
    struct LegendLayout
    {
        QList<LegendPlace> places;
        int rows = 0;
        qsizetype hidden = 0; ///< entries left out
        int moreX = 0;        ///< where the "+N more" note goes, on the last row
    };
    LegendLayout legendLayout(const QStringList &titles, int width, int maxRows) const;
    QString moreText(qsizetype hidden) const;
    void updateTimeTicks();
    void thin(int pixels);
    void paintPlot(QPainter &painter);
    void paintLines(QPainter &painter);
    void paintLegend(QPainter &painter);
    void paintNoData(QPainter &painter);
    void paintCrosshair(QPainter &painter);
    void paintSelection(QPainter &painter);
    void paintRun(QPainter &painter, const QList<QPointF> &points);
    bool plotEvent(QEvent *event);
    static QColor yesterdayColour(const QColor &colour);
    void paintThresholds(QPainter &painter);
    double xFor(double timeMs) const;
    double yFor(double value) const;
    void pushToQtCharts();
    void chooseCsvFile();
    void choosePngFile();

    QWidget *m_plot = nullptr;
    TimeSeriesChartQtCharts *m_qtCharts = nullptr; // created by setEngine(QtCharts)
    Engine m_engine = Engine::Painter;
    bool m_openGL = false;
    QComboBox *m_presetBox = nullptr;
    QToolButton *m_pauseButton = nullptr;
    QToolButton *m_liveButton = nullptr;
    QToolButton *m_yesterdayButton = nullptr;
    QLabel *m_resolutionLabel = nullptr;
    const MetricStore *m_store = nullptr; // the last one updateFromStore() was given
    int m_level = -2;
    bool m_yesterdayAvailable = false;
    bool m_yesterdayShown = false;
    Drag m_drag = Drag::None;
    double m_dragStartX = 0;
    double m_dragX = 0;
    qint64 m_dragFromMs = 0; // the window when a pan started
    qint64 m_dragToMs = 0;
    QHash<QString, Line> m_lines;
    QStringList m_order;
    RangePreset m_preset = DefaultRange;
    ChartUnit m_unit = ChartUnit::Plain;
    QString m_axisTitle;
    ChartScale m_scale;
    QList<ChartThreshold> m_thresholds;
    Thinning m_thinning = Thinning::MinMax;
    bool m_following = true;
    bool m_paused = false;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;

    // Scales and layout, recomputed by updateFromStore() and on resize; paint only reads them.
    double m_valueLo = 0;
    double m_valueHi = 1;
    QList<Tick> m_valueTicks;
    QList<Tick> m_timeTicks; // labels are reused while a tick stays on screen
    QString m_timeFormat;
    QRect m_plotRect;
    QSize m_layoutSize;
    int m_legendHeight = 0;
    QHBoxLayout *m_header = nullptr; ///< range, Live, resolution note | Yesterday, Pause, Export
    int m_legendMaxRows = 1; ///< rows the legend may take without squeezing the plot below its minimum
    double m_crossX = -1;    // crosshair position in plot widget pixels; < 0: hidden
    QPolygonF m_run;         // reused by paintLines()
};

} // namespace Tidewatch
