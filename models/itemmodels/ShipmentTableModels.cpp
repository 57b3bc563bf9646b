#include "ShipmentTableModels.h"

#include "BusinessCells.h"

#include <QCoreApplication>

namespace Tidewatch {

namespace {

struct ShipmentTableModelsText
{
    Q_DECLARE_TR_FUNCTIONS(ShipmentTableModels)
};

using S = ShipmentState;
using SC = Column<ShipmentState>;

/// The columns the late and the position tables share.
QList<SC> identityColumns()
{
    return {
        SC{ShipmentTableModelsText::tr("Shipment"),
           {},
           [](const S &s) { return s.shipmentId; },
           {},
           {},
           {},
           Cell::kLeft},
        SC{ShipmentTableModelsText::tr("Order"),
           {},
           [](const S &s) { return s.orderId; },
           {},
           {},
           {},
           Cell::kLeft},
        SC{ShipmentTableModelsText::tr("Carrier"),
           {},
           [](const S &s) { return s.carrier; },
           {},
           {},
           {},
           Cell::kLeft},
        SC{ShipmentTableModelsText::tr("Status"),
           ShipmentTableModelsText::tr("The status of the shipment's latest event"),
           [](const S &s) { return BusinessCells::statusWords(s.status); },
           [](const S &s) { return s.status; },
           {},
           [](const S &s) { return BusinessCells::codeToolTip(s.status); },
           Cell::kLeft},
        SC{ShipmentTableModelsText::tr("Hub"),
           ShipmentTableModelsText::tr("The hub of the latest event; \"from → to\" while in transit"),
           [](const S &s) {
               if (!s.previousHubCode.isEmpty() && s.previousHubCode != s.hubCode &&
                   s.stage == ShipmentStage::InTransit)
                   return ShipmentTableModelsText::tr("%1 → %2").arg(s.previousHubCode, s.hubCode);
               return s.hubCode.isEmpty() ? Cell::dash() : s.hubCode;
           },
           [](const S &s) { return s.hubCode; },
           {},
           {},
           Cell::kLeft},
    };
}

} // namespace

LateShipmentTableModel::LateShipmentTableModel(QObject *parent)
    : ColumnTableModel(parent)
{
    QList<SC> columns = identityColumns();
    columns << SC{tr("Promised"),
                  tr("Promised delivery (event time, local)"),
                  [](const S &s) { return BusinessCells::time(s.promisedDeliveryMs); },
                  [](const S &s) { return s.promisedDeliveryMs; },
                  {},
                  {},
                  Cell::kLeft}
            << SC{tr("Late by"),
                  tr("The newest event time seen (the watermark) minus the promised delivery"),
                  [](const S &s) { return Format::duration(s.lateByMs); },
                  [](const S &s) { return s.lateByMs; },
                  [](const S &) { return StatusColour::bad(); },
                  {},
                  Cell::kRight};
    setColumns(columns);
}

PositionTableModel::PositionTableModel(QObject *parent)
    : ColumnTableModel(parent)
{
    QList<SC> columns = identityColumns();
    columns << SC{tr("Updated"),
                  tr("Event time of the shipment's latest event (local)"),
                  [](const S &s) { return BusinessCells::time(s.lastEventMs); },
                  [](const S &s) { return s.lastEventMs; },
                  {},
                  {},
                  Cell::kLeft};
    setColumns(columns);
}

EtaSlipTableModel::EtaSlipTableModel(QObject *parent)
    : ColumnTableModel(parent)
{
    using C = Column<EtaSlip>;
    using E = EtaSlip;
    setColumns({
        C{tr("Shipment"), {}, [](const E &e) { return e.shipmentId; }, {}, {}, {}, Cell::kLeft},
        C{tr("Order"), {}, [](const E &e) { return e.orderId; }, {}, {}, {}, Cell::kLeft},
        C{tr("Carrier"), {}, [](const E &e) { return e.carrier; }, {}, {}, {}, Cell::kLeft},
        C{tr("Hub"), {}, [](const E &e) { return e.hubCode; }, {}, {}, {}, Cell::kLeft},
        C{tr("Previous ETA"),
          {},
          [](const E &e) { return BusinessCells::time(e.previousEtaMs); },
          [](const E &e) { return e.previousEtaMs; },
          {},
          {},
          Cell::kLeft},
        C{tr("New ETA"),
          {},
          [](const E &e) { return BusinessCells::time(e.newEtaMs); },
          [](const E &e) { return e.newEtaMs; },
          {},
          {},
          Cell::kLeft},
        C{tr("Slipped by"),
          tr("New ETA minus previous ETA"),
          [](const E &e) { return Format::duration(e.newEtaMs - e.previousEtaMs); },
          [](const E &e) { return e.newEtaMs - e.previousEtaMs; },
          [](const E &) { return StatusColour::warn(); },
          {},
          Cell::kRight},
        C{tr("At"),
          tr("Event time of the event that moved the ETA (local)"),
          [](const E &e) { return BusinessCells::time(e.atMs); },
          [](const E &e) { return e.atMs; },
          {},
          {},
          Cell::kLeft},
    });
}

} // namespace Tidewatch
