#pragma once

#include "BusinessPage.h"

class QHBoxLayout;
class QLabel;
class QTableView;

namespace Tidewatch {

class FigureTile;
class SlaBreachTableModel;
class SlaShareTableModel;

/// Delivery promises: the on-time share per SLA window as large figures, per carrier and per hub
/// (worst first), and the breaches with their exact count.
class SlaPage : public BusinessPage
{
    Q_OBJECT
public:
    explicit SlaPage(QWidget *parent = nullptr);

    QList<const FigureTile *> windowFigures() const;
    const SlaShareTableModel *carrierModel() const { return m_carriers; }
    const SlaShareTableModel *hubModel() const { return m_hubs; }
    const SlaBreachTableModel *breachModel() const { return m_breaches; }
    const QLabel *breachLabel() const { return m_breachLabel; }
    const QTableView *carrierView() const { return m_carrierView; }

protected:
    void showSnapshot(const BusinessSnapshot &snapshot) override;
    void showStale(bool stale) override;

private:
    QHBoxLayout *m_figureRow;
    QList<FigureTile *> m_figures;
    SlaShareTableModel *m_carriers;
    SlaShareTableModel *m_hubs;
    QTableView *m_carrierView;
    QTableView *m_hubView;
    QLabel *m_breachLabel;
    SlaBreachTableModel *m_breaches;
};

} // namespace Tidewatch
