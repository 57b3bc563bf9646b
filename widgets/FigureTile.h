#pragma once

#include "MinuteChart.h"

#include <QColor>
#include <QWidget>

namespace Tidewatch {

/// One large figure with its title, a caption and an optional small trend chart, painted to fill
/// its size so it reads across a room: the value's type grows with the tile, not with the font.
/// Coloured by the caller's thresholds; stale figures are greyed and say so.
class FigureTile : public QWidget
{
    Q_OBJECT
public:
    explicit FigureTile(const QString &title, QWidget *parent = nullptr);

    /// @p colour: invalid for the normal text colour.
    void setValue(const QString &text, const QColor &colour);
    void setCaption(const QString &caption);
    void setTrend(MinuteChartData trend);
    void clearTrend();
    void setStale(bool stale);

    QString title() const { return m_title; }
    QString valueText() const { return m_value; }
    /// The colour the value is drawn in now (grey while stale); invalid: the normal text colour.
    QColor valueColour() const;
    /// The threshold colour, whatever the freshness.
    QColor thresholdColour() const { return m_colour; }
    QString caption() const { return m_caption; }
    bool isStale() const { return m_stale; }
    bool hasTrend() const { return m_hasTrend; }
    const MinuteChartData &trend() const { return m_trend; }

    QSize sizeHint() const override { return {320, 220}; }
    QSize minimumSizeHint() const override { return {160, 100}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_title;
    QString m_value;
    QColor m_colour;
    QString m_caption;
    MinuteChartData m_trend;
    bool m_hasTrend = false;
    bool m_stale = false;
};

} // namespace Tidewatch
