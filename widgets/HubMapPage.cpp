#include "HubMapPage.h"

#include "BusinessCells.h"
#include "HubMapWidget.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Tidewatch {

HubMapPage::HubMapPage(QWidget *parent)
    : BusinessPage(parent)
    , m_map(new HubMapWidget(this))
{
    pageLayout()->addWidget(m_map, 1);
}

void HubMapPage::showSnapshot(const BusinessSnapshot &s)
{
    const QString noData = noDataText(tr("Hubs"));
    qint64 inTransit = 0;
    for (const HubLink &l : s.links)
        inTransit += l.shipments;
    headlineLabel()->setText(
        !noData.isEmpty()
            ? noData
            : tr("%n hub(s) · %1 shipments in transit between hubs · %2 late", nullptr, int(s.hubs.size()))
                  .arg(BusinessCells::exact(inTransit), BusinessCells::exact(s.lateShipmentCount)));
    m_map->setHubs(s.hubs, s.links);
}

void HubMapPage::showStale(bool stale)
{
    m_map->setStale(stale);
}

} // namespace Tidewatch
