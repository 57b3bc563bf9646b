#pragma once

#include "BusinessSnapshot.h"
#include "ColumnTableModel.h"

namespace Tidewatch {

/// Open shipments past their promised delivery, one row per shipment id.
class LateShipmentTableModel : public ColumnTableModel<ShipmentState, QString>
{
    Q_OBJECT
public:
    enum ColumnId
    {
        ShipmentColumn,
        OrderColumn,
        CarrierColumn,
        StatusColumn,
        HubColumn,
        PromisedColumn,
        LateByColumn
    };
    explicit LateShipmentTableModel(QObject *parent = nullptr);

protected:
    QString keyOf(const ShipmentState &row) const override { return row.shipmentId; }
};

/// The last known position of open shipments, one row per shipment id.
class PositionTableModel : public ColumnTableModel<ShipmentState, QString>
{
    Q_OBJECT
public:
    enum ColumnId
    {
        ShipmentColumn,
        OrderColumn,
        CarrierColumn,
        StatusColumn,
        HubColumn,
        UpdatedColumn
    };
    explicit PositionTableModel(QObject *parent = nullptr);

protected:
    QString keyOf(const ShipmentState &row) const override { return row.shipmentId; }
};

/// ETAs that moved later, one row per (shipment, time of the move).
class EtaSlipTableModel : public ColumnTableModel<EtaSlip, QPair<QString, qint64>>
{
    Q_OBJECT
public:
    enum ColumnId
    {
        ShipmentColumn,
        OrderColumn,
        CarrierColumn,
        HubColumn,
        PreviousEtaColumn,
        NewEtaColumn,
        SlipColumn,
        AtColumn
    };
    explicit EtaSlipTableModel(QObject *parent = nullptr);

protected:
    QPair<QString, qint64> keyOf(const EtaSlip &row) const override { return {row.shipmentId, row.atMs}; }
};

} // namespace Tidewatch
