#pragma once

#include "BusinessSnapshot.h"

#include <QHash>
#include <QPointF>
#include <QRectF>
#include <QWidget>

namespace Tidewatch {

/// Hubs on a plain map, drawn with QPainter (no tiles, no internet): each hub at its latitude and
/// longitude (equirectangular, longitudes scaled by the cosine of the mean latitude, fitted to the
/// widget with margins), a circle sized by the shipments at or heading to it, in the warning colour
/// when late shipments are there, lines for shipments in transit between hubs (width by count), hub
/// codes, a faint latitude/longitude grid and a legend. Hubs without coordinates are listed aside,
/// never drawn at 0,0.
class HubMapWidget : public QWidget
{
    Q_OBJECT
public:
    explicit HubMapWidget(QWidget *parent = nullptr);

    void setHubs(const QList<HubState> &hubs, const QList<HubLink> &links);
    /// Greys the map out (the data is stale or unknown).
    void setStale(bool stale);

    /// Where each placed hub is drawn (widget coordinates), by code.
    const QHash<QString, QPointF> &hubPositions() const;
    /// A hub's circle as last drawn.
    struct Circle
    {
        QPointF centre;
        qreal radius = 0;
    };
    /// The circles, the hub labels (by code) and the link counts as last painted: none overlaps
    /// another or a circle.
    const QList<Circle> &circles() const { return m_circles; }
    const QHash<QString, QRectF> &labelBoxes() const { return m_labelBoxes; }
    const QList<QRectF> &countBoxes() const { return m_countBoxes; }
    /// Whether @p box covers part of @p circle.
    static bool touches(const QRectF &box, const Circle &circle);
    /// Codes of the hubs without usable coordinates, as listed beside the map.
    const QStringList &unplacedHubs() const { return m_unplaced; }

    /// The projection: positions of the hubs with coordinates, fitted into @p area (aspect kept).
    static QHash<QString, QPointF> project(const QList<HubState> &hubs, const QRectF &area);
    static bool hasCoordinates(const HubState &hub);

    QSize sizeHint() const override { return {520, 360}; }
    QSize minimumSizeHint() const override { return {200, 140}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void relayout() const;
    QRectF mapArea() const;
    void paintGrid(QPainter &painter) const;
    void paintLegend(QPainter &painter) const;
    int legendLines() const;
    static QStringList legendTexts();

    QList<HubState> m_hubs;
    QList<HubLink> m_links;
    // Layout, recomputed for new hubs or a new size (a hidden widget gets no resize event).
    mutable QHash<QString, QPointF> m_positions;
    mutable QStringList m_unplaced;
    mutable qreal m_asideWidth = 0;
    mutable QSize m_layoutSize;
    bool m_stale = false;
    QList<Circle> m_circles;
    QHash<QString, QRectF> m_labelBoxes;
    QList<QRectF> m_countBoxes;
};

} // namespace Tidewatch
