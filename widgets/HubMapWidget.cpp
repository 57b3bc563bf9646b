#include "HubMapWidget.h"

#include "ColumnTableModel.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <optional>

namespace Tidewatch {

namespace {

constexpr qreal kMargin = 36; ///< room for labels and circles around the outermost hubs
constexpr qreal kMinRadius = 4;
constexpr qreal kMaxRadiusShare = 0.035; ///< of the map's smaller side
constexpr qreal kMaxRadius = 36;         ///< hubs close together must stay apart

QColor hubColour()
{
    return QColor(0x1e, 0x88, 0xe5);
}

QColor linkColour()
{
    return QColor(0x26, 0xa6, 0x9a);
}

int load(const HubState &h)
{
    return h.atHub + h.inTransitTo;
}

/// Places for a label of @p size around a hub at @p at of radius @p r, nearest first: the four
/// sides and the four corners, then the same further out (a leader line joins them).
QList<QRectF> labelCandidates(const QPointF &at, qreal r, const QSizeF &size)
{
    QList<QRectF> out;
    const qreal w = size.width();
    const qreal h = size.height();
    for (const qreal gap : {3.0, h * 1.2, h * 2.4, h * 3.6, h * 5.0}) {
        const qreal d = r + gap;
        const qreal diagonal = d * 0.72;
        out << QRectF(at.x() + d, at.y() - h / 2, w, h)                   // right
            << QRectF(at.x() - d - w, at.y() - h / 2, w, h)               // left
            << QRectF(at.x() - w / 2, at.y() - d - h, w, h)               // above
            << QRectF(at.x() - w / 2, at.y() + d, w, h)                   // below
            << QRectF(at.x() + diagonal, at.y() - diagonal - h, w, h)     // above right
            << QRectF(at.x() - diagonal - w, at.y() - diagonal - h, w, h) // above left
            << QRectF(at.x() + diagonal, at.y() + diagonal, w, h)         // below right
            << QRectF(at.x() - diagonal - w, at.y() + diagonal, w, h);    // below left
    }
    return out;
}

} // namespace

HubMapWidget::HubMapWidget(QWidget *parent)
    : QWidget(parent)
{
    setAutoFillBackground(false);
}

bool HubMapWidget::hasCoordinates(const HubState &hub)
{
    return std::isfinite(hub.lat) && std::isfinite(hub.lon) && std::abs(hub.lat) <= 90 &&
           std::abs(hub.lon) <= 180;
}

QHash<QString, QPointF> HubMapWidget::project(const QList<HubState> &hubs, const QRectF &area)
{
    QHash<QString, QPointF> out;
    double latSum = 0;
    int placed = 0;
    for (const HubState &h : hubs) {
        if (hasCoordinates(h)) {
            latSum += h.lat;
            ++placed;
        }
    }
    if (placed == 0 || area.width() <= 0 || area.height() <= 0)
        return out;
    const double k = std::cos(latSum / placed * std::numbers::pi / 180.0);
    double x0 = 1e9, x1 = -1e9, y0 = 1e9, y1 = -1e9;
    for (const HubState &h : hubs) {
        if (!hasCoordinates(h))
            continue;
        x0 = std::min(x0, h.lon * k);
        x1 = std::max(x1, h.lon * k);
        y0 = std::min(y0, h.lat);
        y1 = std::max(y1, h.lat);
    }
    // One hub, or hubs on a line: at least a degree of span, so the scale stays finite.
    const double minSpan = 1.0;
    if (x1 - x0 < minSpan) {
        const double c = (x0 + x1) / 2;
        x0 = c - minSpan / 2;
        x1 = c + minSpan / 2;
    }
    if (y1 - y0 < minSpan) {
        const double c = (y0 + y1) / 2;
        y0 = c - minSpan / 2;
        y1 = c + minSpan / 2;
    }
    const double scale = std::min(area.width() / (x1 - x0), area.height() / (y1 - y0));
    const double offX = area.left() + (area.width() - (x1 - x0) * scale) / 2;
    const double offY = area.top() + (area.height() - (y1 - y0) * scale) / 2;
    for (const HubState &h : hubs) {
        if (hasCoordinates(h))
            out.insert(h.code, QPointF(offX + (h.lon * k - x0) * scale, offY + (y1 - h.lat) * scale));
    }
    return out;
}

void HubMapWidget::setHubs(const QList<HubState> &hubs, const QList<HubLink> &links)
{
    if (hubs == m_hubs && links == m_links)
        return;
    m_hubs = hubs;
    m_links = links;
    relayout();
    update();
}

void HubMapWidget::setStale(bool stale)
{
    if (stale == m_stale)
        return;
    m_stale = stale;
    update();
}

void HubMapWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

QRectF HubMapWidget::mapArea() const
{
    // Room around the outermost hubs for their circles and labels, growing with the type (the wall's
    // is large) and the widget.
    const qreal margin =
        std::max({kMargin, qreal(fontMetrics().height() * 2.0), qreal(std::min(width(), height()) * 0.08)});
    return QRectF(rect()).adjusted(margin, margin, -margin - m_asideWidth,
                                   -margin - fontMetrics().height() * (legendLines() + 0.5));
}

QStringList HubMapWidget::legendTexts()
{
    return {tr("hub: size by shipments at or heading to it"), tr("late shipments there (core area by share)"),
            tr("in transit (width by shipments)")};
}

int HubMapWidget::legendLines() const
{
    // The legend flows onto more lines when the widget is narrow.
    int lines = 1;
    qreal x = 8;
    for (const QString &text : legendTexts()) {
        const qreal w = 24 + fontMetrics().horizontalAdvance(text) + 18;
        if (x > 8 && x + w > width()) {
            ++lines;
            x = 8;
        }
        x += w;
    }
    return lines;
}

bool HubMapWidget::touches(const QRectF &box, const Circle &circle)
{
    // The point of the box nearest the centre lies inside the circle.
    const qreal x = std::clamp(circle.centre.x(), box.left(), box.right());
    const qreal y = std::clamp(circle.centre.y(), box.top(), box.bottom());
    return std::hypot(circle.centre.x() - x, circle.centre.y() - y) < circle.radius;
}

const QHash<QString, QPointF> &HubMapWidget::hubPositions() const
{
    if (m_layoutSize != size())
        relayout();
    return m_positions;
}

void HubMapWidget::relayout() const
{
    m_layoutSize = size();
    m_unplaced.clear();
    qreal widest = 0;
    for (const HubState &h : m_hubs) {
        if (!hasCoordinates(h)) {
            m_unplaced << h.code;
            widest = std::max<qreal>(widest,
                                     fontMetrics().horizontalAdvance(tr("%1 (%2)").arg(h.code).arg(load(h))));
        }
    }
    if (!m_unplaced.isEmpty()) {
        QFont bold = font();
        bold.setBold(true);
        widest = std::max<qreal>(widest, QFontMetricsF(bold).horizontalAdvance(tr("No coordinates:")));
    }
    m_asideWidth = m_unplaced.isEmpty() ? 0 : widest + 16;
    m_positions = project(m_hubs, mapArea());
}

void HubMapWidget::paintGrid(QPainter &painter) const
{
    // A faint graticule over the hubs' extent: where north and east are, without a coastline.
    double lat0 = 90, lat1 = -90, lon0 = 180, lon1 = -180;
    for (const HubState &h : m_hubs) {
        if (!hasCoordinates(h))
            continue;
        lat0 = std::min(lat0, h.lat);
        lat1 = std::max(lat1, h.lat);
        lon0 = std::min(lon0, h.lon);
        lon1 = std::max(lon1, h.lon);
    }
    if (lat0 > lat1)
        return;
    const double span = std::max({lat1 - lat0, lon1 - lon0, 1.0});
    double step = 1;
    for (double s : {1.0, 2.0, 5.0, 10.0, 15.0, 30.0}) {
        step = s;
        if (span / s <= 6)
            break;
    }
    QColor grid = palette().color(QPalette::WindowText);
    grid.setAlphaF(0.12f);
    QColor label = palette().color(QPalette::WindowText);
    label.setAlphaF(0.45f);
    // Map degrees to pixels through two reference hubs' projection: linear in lat and in lon.
    const QHash<QString, QPointF> &pos = m_positions;
    const HubState *a = nullptr;
    const HubState *b = nullptr;
    for (const HubState &h : m_hubs) {
        if (!hasCoordinates(h))
            continue;
        if (!a)
            a = &h;
        else if (std::abs(h.lon - a->lon) > 1e-6 && std::abs(h.lat - a->lat) > 1e-6) {
            b = &h;
            break;
        }
    }
    if (!a || !b)
        return;
    const QPointF pa = pos.value(a->code);
    const QPointF pb = pos.value(b->code);
    const double pxPerLon = (pb.x() - pa.x()) / (b->lon - a->lon);
    const double pxPerLat = (pb.y() - pa.y()) / (b->lat - a->lat);
    auto xOf = [&](double lon) {
        return pa.x() + (lon - a->lon) * pxPerLon;
    };
    auto yOf = [&](double lat) {
        return pa.y() + (lat - a->lat) * pxPerLat;
    };
    const QRectF bounds = QRectF(rect()).adjusted(4, 4, -4 - m_asideWidth, -4);
    painter.setFont(font());
    for (double lon = -180; lon <= 180; lon += step) {
        const qreal x = xOf(lon);
        if (x < bounds.left() || x > bounds.right())
            continue;
        painter.setPen(QPen(grid, 1));
        painter.drawLine(QPointF(x, bounds.top()), QPointF(x, bounds.bottom()));
        painter.setPen(label);
        painter.drawText(QPointF(x + 3, bounds.top() + fontMetrics().ascent()),
                         lon < 0 ? tr("%1°W").arg(-lon) : tr("%1°E").arg(lon));
    }
    for (double lat = -90; lat <= 90; lat += step) {
        const qreal y = yOf(lat);
        if (y < bounds.top() || y > bounds.bottom())
            continue;
        painter.setPen(QPen(grid, 1));
        painter.drawLine(QPointF(bounds.left(), y), QPointF(bounds.right(), y));
        painter.setPen(label);
        painter.drawText(QPointF(bounds.left() + 2, y - 3),
                         lat < 0 ? tr("%1°S").arg(-lat) : tr("%1°N").arg(lat));
    }
}

void HubMapWidget::paintLegend(QPainter &painter) const
{
    const QFontMetricsF fm(font());
    const qreal h = fm.height();
    qreal x = 8;
    qreal y = height() - h * legendLines() - 6;
    const QColor text = palette().color(QPalette::WindowText);
    const QStringList texts = legendTexts();
    const QColor colours[] = {hubColour(), StatusColour::warn(), linkColour()};
    for (int i = 0; i < texts.size(); ++i) {
        const qreal w = 24 + fm.horizontalAdvance(texts.at(i)) + 18;
        if (x > 8 && x + w > width()) {
            x = 8;
            y += h;
        }
        painter.setPen(Qt::NoPen);
        painter.setBrush(colours[i]);
        if (i == 2) {
            painter.setPen(QPen(colours[i], 3));
            painter.drawLine(QPointF(x, y + h / 2), QPointF(x + 18, y + h / 2));
        } else {
            painter.drawEllipse(QPointF(x + 9, y + h / 2), h / 3, h / 3);
        }
        painter.setPen(text);
        painter.drawText(QPointF(x + 24, y + fm.ascent()), texts.at(i));
        x += w;
    }
}

void HubMapWidget::paintEvent(QPaintEvent *)
{
    if (m_layoutSize != size())
        relayout();
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    if (m_stale)
        painter.setOpacity(0.45);
    const QColor text = palette().color(QPalette::WindowText);
    const QFontMetricsF fm(font());

    if (m_hubs.isEmpty()) {
        painter.setPen(text);
        painter.drawText(rect(), Qt::AlignCenter, tr("No hub seen in shipment events yet"));
        return;
    }
    paintGrid(painter);

    int maxLink = 1;
    for (const HubLink &l : m_links)
        maxLink = std::max(maxLink, l.shipments);
    int maxLoad = 1;
    for (const HubState &h : m_hubs)
        maxLoad = std::max(maxLoad, load(h));
    const QRectF area = mapArea();
    const qreal maxRadius =
        std::clamp(std::min(area.width(), area.height()) * kMaxRadiusShare, kMinRadius + 3, kMaxRadius);

    // Link counts are placed after the labels, where they hide nothing.
    struct LinkCount
    {
        QPointF at;
        QString text;
    };
    QList<LinkCount> linkCounts;
    for (const HubLink &l : m_links) {
        const auto from = m_positions.constFind(l.from);
        const auto to = m_positions.constFind(l.to);
        if (from == m_positions.cend() || to == m_positions.cend() || l.from == l.to)
            continue;
        const qreal width = 1.5 + 6.0 * l.shipments / maxLink;
        QColor c = linkColour();
        c.setAlphaF(0.7f);
        painter.setPen(QPen(c, width, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(*from, *to);
        // An arrowhead at two thirds of the way: the direction of travel.
        const QPointF d = *to - *from;
        const qreal len = std::hypot(d.x(), d.y());
        if (len > 1) {
            const QPointF u = d / len;
            const QPointF n(-u.y(), u.x());
            const QPointF tip = *from + d * 0.66;
            const qreal s = 6 + width;
            QPainterPath head;
            head.moveTo(tip + u * s);
            head.lineTo(tip - u * s * 0.6 + n * s * 0.7);
            head.lineTo(tip - u * s * 0.6 - n * s * 0.7);
            head.closeSubpath();
            painter.setPen(Qt::NoPen);
            painter.setBrush(c);
            painter.drawPath(head);
            if (l.shipments > 1) // a "1" on every line is noise
                linkCounts.append({tip + n * (s + 4), QString::number(l.shipments)});
        }
    }

    // Big hubs first: they get the circles underneath and the first pick of label places.
    QList<const HubState *> placed;
    for (const HubState &h : m_hubs) {
        if (m_positions.contains(h.code))
            placed << &h;
    }
    std::stable_sort(placed.begin(), placed.end(),
                     [](const HubState *a, const HubState *b) { return load(*a) > load(*b); });
    auto radius = [&](const HubState &h) {
        return kMinRadius + (maxRadius - kMinRadius) * std::sqrt(double(load(h)) / maxLoad);
    };
    m_circles.clear();
    const QColor outline = palette().color(QPalette::Base).lightness() > 128 ? Qt::white : Qt::black;
    for (const HubState *h : std::as_const(placed)) {
        const QPointF at = m_positions.value(h->code);
        const qreal r = radius(*h);
        painter.setPen(QPen(outline, 1.5));
        painter.setBrush(hubColour());
        painter.drawEllipse(at, r, r);
        if (h->late > 0) {
            // The late share as an inner disc of the warning colour (area by count): a hub whose
            // shipments are mostly late is mostly amber.
            const qreal lateR = r * std::sqrt(std::min(1.0, double(h->late) / std::max(1, load(*h))));
            painter.setPen(Qt::NoPen);
            painter.setBrush(StatusColour::warn());
            painter.drawEllipse(at, std::max<qreal>(lateR, 3), std::max<qreal>(lateR, 3));
        }
        m_circles.append({at, r});
    }

    // Labels where they touch no circle and no other label: beside the hub first, then further
    // out along a leader line (hubs a few kilometres apart, as around the Rhine, need it); the
    // code alone if the full text finds no place; none if neither does (the tables list every hub).
    QFont bold = font();
    bold.setBold(true);
    const QFontMetricsF bm(bold);
    const QRectF bounds = QRectF(rect()).adjusted(2, 2, -2 - m_asideWidth, -2);
    m_labelBoxes.clear();
    m_countBoxes.clear();
    const auto free = [&](const QRectF &box) {
        if (!bounds.contains(box))
            return false;
        for (const Circle &c : std::as_const(m_circles)) {
            if (touches(box, c))
                return false;
        }
        const auto overlaps = [&](const QRectF &other) {
            return other.intersects(box);
        };
        return std::none_of(m_labelBoxes.cbegin(), m_labelBoxes.cend(), overlaps) &&
               std::none_of(m_countBoxes.cbegin(), m_countBoxes.cend(), overlaps);
    };
    QColor leader = text;
    leader.setAlphaF(0.6f);
    for (const HubState *h : std::as_const(placed)) {
        const QPointF at = m_positions.value(h->code);
        const qreal r = radius(*h);
        const QString main = tr("%1 %2").arg(h->code).arg(load(*h));
        //: Drawn in amber right after the hub's label ("FRA 12"), e.g. "FRA 12 (3 late)"
        const QString late = h->late > 0 ? tr(" (%1 late)").arg(h->late) : QString();
        std::optional<QRectF> found;
        QString shown;
        for (const QString &candidate : {QString(main + late), h->code}) {
            const QSizeF size(bm.horizontalAdvance(candidate), bm.height());
            for (const QRectF &box : labelCandidates(at, r, size)) {
                if (free(box)) {
                    found = box;
                    shown = candidate;
                    break;
                }
            }
            if (found)
                break;
        }
        if (!found)
            continue;
        const QRectF box = *found;
        const QPointF centre = box.center();
        const QPointF d = centre - at;
        const qreal dist = std::hypot(d.x(), d.y());
        if (dist > r + bm.height() * 1.5) { // away from its hub: a line says whose label it is
            painter.setPen(QPen(leader, 1));
            const QPointF edge = at + d / dist * (r + 1);
            const QPointF end(std::clamp(at.x(), box.left(), box.right()),
                              std::clamp(at.y(), box.top(), box.bottom()));
            painter.drawLine(edge, end);
        }
        painter.setFont(bold);
        painter.setPen(text);
        const bool full = shown.size() > h->code.size();
        const QString first = full ? main : h->code;
        painter.drawText(QPointF(box.left(), box.top() + bm.ascent()), first);
        if (full && !late.isEmpty()) {
            painter.setPen(StatusColour::warn());
            painter.drawText(QPointF(box.left() + bm.horizontalAdvance(first), box.top() + bm.ascent()),
                             late);
        }
        m_labelBoxes.insert(h->code, box);
    }
    painter.setFont(font());
    painter.setPen(text);
    const QFontMetricsF fm2(font());
    for (const LinkCount &c : std::as_const(linkCounts)) {
        const QRectF box(c.at.x(), c.at.y() - fm2.ascent(), fm2.horizontalAdvance(c.text), fm2.height());
        if (!free(box))
            continue; // a count that would hide a label or a hub is left out (the tables have it)
        painter.drawText(c.at, c.text);
        m_countBoxes.append(box);
    }
    painter.setFont(font());

    if (!m_unplaced.isEmpty()) {
        qreal x = width() - m_asideWidth + 8;
        qreal y = mapArea().top();
        painter.setPen(text);
        painter.setFont(bold);
        painter.drawText(QPointF(x, y), tr("No coordinates:"));
        painter.setFont(font());
        for (const HubState &h : m_hubs) {
            if (hasCoordinates(h))
                continue;
            y += fm.height();
            painter.setPen(h.late > 0 ? StatusColour::warn() : text);
            painter.drawText(QPointF(x, y), tr("%1 (%2)").arg(h.code).arg(load(h)));
        }
    }
    paintLegend(painter);
}

} // namespace Tidewatch
