#pragma once

#include <QColor>
#include <QList>
#include <QPointF>
#include <QString>
#include <QWidget>

class QPainter;

namespace Tidewatch {

/// What a MinuteChart draws: lines over event time, y from 0.
struct MinuteChartData
{
    struct Series
    {
        QString name;
        QColor colour;
        QList<QPointF> points; ///< x: ms since the epoch, y: value; NaN y: unknown (the line breaks)
    };
    QList<Series> series;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    /// Points at or after this time are still filling (open event-time minutes): drawn dashed, over
    /// a shaded band labelled "partial". -1: none.
    qint64 partialFromMs = -1;
    QString emptyText; ///< shown when no series has a known point
};

/// A small QPainter line chart of per-minute figures (the business snapshot's last 60 event-time
/// minutes, or a trend). Cheap: at most a few hundred points, no history of its own, no Qt Charts.
class MinuteChart : public QWidget
{
    Q_OBJECT
public:
    explicit MinuteChart(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    QString title() const { return m_title; }
    void setData(MinuteChartData data);
    const MinuteChartData &data() const { return m_data; }
    /// Compact: no axes or legend, thicker lines (the wall's trend charts).
    void setCompact(bool compact);
    /// Stale: drawn faded with "stale" over it, the last known figures rather than current ones.
    void setStale(bool stale);
    bool isStale() const { return m_stale; }

    /// Draws @p data into @p rect with @p palette's colours.
    static void paint(QPainter &painter, const QRectF &rect, const MinuteChartData &data,
                      const QPalette &palette, bool compact);
    /// The largest known y over every series; 0 when none.
    static double maxValue(const MinuteChartData &data);

    QSize sizeHint() const override { return {360, 180}; }
    QSize minimumSizeHint() const override { return {120, 60}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_title;
    MinuteChartData m_data;
    bool m_compact = false;
    bool m_stale = false;
};

} // namespace Tidewatch
