#pragma once

#include "BusinessPage.h"

class QLabel;

namespace Tidewatch {

class CountTableModel;
class EtaSlipTableModel;
class HubMapWidget;
class LateShipmentTableModel;
class PositionTableModel;

/// Shipments from the event topics: by status and by carrier, the hub map, late shipments, ETA
/// slips and last known positions, each list with its exact count.
class ShipmentsPage : public BusinessPage
{
    Q_OBJECT
public:
    explicit ShipmentsPage(QWidget *parent = nullptr);

    const CountTableModel *statusModel() const { return m_statuses; }
    const CountTableModel *carrierModel() const { return m_carriers; }
    const LateShipmentTableModel *lateModel() const { return m_late; }
    const EtaSlipTableModel *slipModel() const { return m_slips; }
    const PositionTableModel *positionModel() const { return m_positions; }
    const HubMapWidget *hubMap() const { return m_map; }
    const QLabel *lateLabel() const { return m_lateLabel; }
    const QLabel *slipLabel() const { return m_slipLabel; }
    const QLabel *positionLabel() const { return m_positionLabel; }

protected:
    void showSnapshot(const BusinessSnapshot &snapshot) override;
    void showStale(bool stale) override;

private:
    CountTableModel *m_statuses;
    CountTableModel *m_carriers;
    HubMapWidget *m_map;
    QLabel *m_lateLabel;
    QLabel *m_slipLabel;
    QLabel *m_positionLabel;
    LateShipmentTableModel *m_late;
    EtaSlipTableModel *m_slips;
    PositionTableModel *m_positions;
};

} // namespace Tidewatch
