#include "SparklineDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QPolygonF>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Tidewatch {

SparklineDelegate::SparklineDelegate(int role, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_role(role)
    , m_colour(QApplication::palette().color(QPalette::Highlight))
{}

QList<double> SparklineDelegate::valuesOf(const QVariant &data)
{
    if (data.metaType() == QMetaType::fromType<QList<double>>())
        return data.value<QList<double>>();
    QList<double> values;
    if (data.canConvert<QVariantList>()) {
        const QVariantList list = data.toList();
        values.reserve(list.size());
        for (const QVariant &v : list) {
            bool ok = false;
            const double d = v.toDouble(&ok);
            values.append(ok ? d : std::nan(""));
        }
    }
    return values;
}

void SparklineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear(); // the line is the content
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    const QColor colour =
        (opt.state & QStyle::State_Selected) ? opt.palette.color(QPalette::HighlightedText) : m_colour;
    paintSparkline(painter, QRectF(opt.rect).adjusted(3, 3, -3, -3), valuesOf(index.data(m_role)), colour);
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return QStyledItemDelegate::sizeHint(option, index).expandedTo(QSize(80, 20));
}

void SparklineDelegate::paintSparkline(QPainter *painter, const QRectF &rect, const QList<double> &values,
                                       const QColor &colour)
{
    if (values.isEmpty() || rect.width() < 2 || rect.height() < 2)
        return;
    double lo = std::numeric_limits<double>::infinity();
    double hi = -std::numeric_limits<double>::infinity();
    for (double v : values) {
        if (std::isfinite(v)) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    }
    if (!std::isfinite(lo))
        return;
    const double span = hi - lo;
    const double step = values.size() > 1 ? rect.width() / double(values.size() - 1) : 0;
    auto at = [&](int i) {
        // A flat series sits in the middle rather than glued to an edge.
        const double y =
            span > 0 ? rect.bottom() - (values[i] - lo) / span * rect.height() : rect.center().y();
        return QPointF(values.size() > 1 ? rect.left() + i * step : rect.center().x(), y);
    };

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(QPen(colour, 1.2));
    QPolygonF run;
    auto flush = [&] {
        if (run.size() == 1)
            painter->drawPoint(run.first());
        else if (run.size() > 1)
            painter->drawPolyline(run);
        run.clear();
    };
    for (int i = 0; i < values.size(); ++i) {
        if (std::isfinite(values[i]))
            run.append(at(i));
        else
            flush();
    }
    flush();
    if (std::isfinite(values.constLast())) {
        painter->setBrush(colour);
        painter->drawEllipse(at(int(values.size()) - 1), 1.8, 1.8);
    }
    painter->restore();
}

} // namespace Tidewatch
