#pragma once

#include <QColor>
#include <QList>
#include <QStyledItemDelegate>

namespace Tidewatch {

/// Draws a small line of recent values in a table cell, with QPainter only (no Qt Charts: a table
/// may show thousands of these). The values come from @c role as QList<double> (or a QVariantList
/// of numbers), evenly spaced, oldest first; NaN breaks the line.
class SparklineDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit SparklineDelegate(int role, QObject *parent = nullptr);

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

private:
    int m_role;
    QColor m_colour;
};

} // namespace Tidewatch
