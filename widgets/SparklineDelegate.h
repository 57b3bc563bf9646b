#pragma once

#include "MetricPoint.h"

#include <QColor>
#include <QList>
#include <QStyledItemDelegate>

namespace Tidewatch {

/// Draws a small line of recent values in a table cell, with QPainter only (no Qt Charts: a table
/// may show thousands of these). The values come from @c role as QList<double> (or a QVariantList
/// of numbers), evenly spaced, oldest first; NaN breaks the line. The line takes the cell's
/// Qt::ForegroundRole colour when it has one, else colour().
class SparklineDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit SparklineDelegate(int role, QObject *parent = nullptr);

    /// The colour of cells without a foreground colour; the palette's highlight by default.
    void setColour(const QColor &colour) { m_colour = colour; }
    QColor colour() const { return m_colour; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// Paints @p values scaled to fill @p rect (min at the bottom, max at the top), marking the
    /// latest value with a dot. Usable outside item views too.
    static void paintSparkline(QPainter *painter, const QRectF &rect, const QList<double> &values,
                               const QColor &colour);
    /// The values of @p data as this delegate reads them.
    static QList<double> valuesOf(const QVariant &data);
    /// Thins @p points (a MetricHistory query: time order, gaps as MetricPoint::gap()) to
    /// @p slotCount evenly spaced values over [@p fromMs, @p toMs], each slot keeping its highest
    /// value so that a one-sample spike survives. NaN where the series is unknown: before its first
    /// point in the range, and from a gap to the next value. Slots without points between two values
    /// (a poll interval longer than a slot) are interpolated rather than broken.
    static QList<double> maxPerSlot(const QList<MetricPoint> &points, qint64 fromMs, qint64 toMs,
                                    int slotCount);

private:
    int m_role;
    QColor m_colour;
};

} // namespace Tidewatch
