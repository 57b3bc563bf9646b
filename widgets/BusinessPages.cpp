#include "BusinessPages.h"

#include "BusinessWallPage.h"
#include "HubMapPage.h"
#include "OrdersPage.h"
#include "RejectedPage.h"
#include "ShipmentsPage.h"
#include "SlaPage.h"

#include <QCoreApplication>

namespace Tidewatch::BusinessPages {

namespace {
struct BusinessPagesText
{
    Q_DECLARE_TR_FUNCTIONS(BusinessPages)
};
} // namespace

QStringList names()
{
    return {QStringLiteral("orders"),   QStringLiteral("shipments"),     QStringLiteral("sla"),
            QStringLiteral("rejected"), QStringLiteral("business-wall"), QStringLiteral("hub-map")};
}

bool isBusinessPage(const QString &name)
{
    return names().contains(name);
}

QList<Entry> create(QWidget *parent)
{
    const QStringList n = names();
    return {
        {n.at(0), BusinessPagesText::tr("Orders"), new OrdersPage(parent)},
        {n.at(1), BusinessPagesText::tr("Shipments"), new ShipmentsPage(parent)},
        {n.at(2), BusinessPagesText::tr("SLA"), new SlaPage(parent)},
        {n.at(3), BusinessPagesText::tr("Rejected events"), new RejectedPage(parent)},
        {n.at(4), BusinessPagesText::tr("Business wall"), new BusinessWallPage(parent)},
        {n.at(5), BusinessPagesText::tr("Hub map"), new HubMapPage(parent)},
    };
}

} // namespace Tidewatch::BusinessPages
