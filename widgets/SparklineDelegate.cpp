#include "SparklineDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QPolygonF>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

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

QList<double> SparklineDelegate::maxPerSlot(const QList<MetricPoint> &points, qint64 fromMs, qint64 toMs,
                                            int slotCount)
{
    if (slotCount <= 0 || toMs <= fromMs)
        return {};
    struct Slot
    {
        double max = -std::numeric_limits<double>::infinity();
        bool hasPoints = false;
        bool hasValue = false;
        bool startsWithGap = false;
        bool endsWithGap = false;
    };
    std::vector<Slot> bins(static_cast<std::size_t>(slotCount));
    const double width = double(toMs - fromMs) / slotCount;
    for (const MetricPoint &p : points) {
        if (p.timeMs < fromMs || p.timeMs > toMs)
            continue;
        // The last slot is closed at both ends, so a sample taken exactly at toMs counts.
        Slot &s = bins[std::size_t(std::min(int(double(p.timeMs - fromMs) / width), slotCount - 1))];
        if (!s.hasPoints)
            s.startsWithGap = p.isGap();
        s.hasPoints = true;
        s.endsWithGap = p.isGap();
        if (!p.isGap()) {
            s.hasValue = true;
            s.max = std::max(s.max, p.max);
        }
    }
    QList<double> out(slotCount, std::numeric_limits<double>::quiet_NaN());
    int previous = -1; // the latest slot with points
    for (int i = 0; i < slotCount; ++i) {
        const Slot &s = bins[std::size_t(i)];
        if (!s.hasPoints)
            continue;
        if (s.hasValue)
            out[i] = s.max;
        // MetricHistory reports a silence longer than its gap threshold as a gap, so empty slots
        // between two values are a slow poll, not missing data: draw through them.
        const Slot *before = previous >= 0 ? &bins[std::size_t(previous)] : nullptr;
        if (before && i - previous > 1 && before->hasValue && !before->endsWithGap && s.hasValue &&
            !s.startsWithGap) {
            for (int k = previous + 1; k < i; ++k)
                out[k] = out[previous] + (out[i] - out[previous]) * (k - previous) / (i - previous);
        }
        previous = i;
    }
    return out;
}

void SparklineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear(); // the line is the content
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    // initStyleOption() put the cell's foreground (a status colour) into the palette's text colour.
    const bool selected = opt.state & QStyle::State_Selected;
    const QColor colour = selected ? opt.palette.color(QPalette::HighlightedText)
                          : index.data(Qt::ForegroundRole).isValid() ? opt.palette.color(QPalette::Text)
                                                                     : m_colour;
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
