#pragma once

#include "BusinessPage.h"
#include "MinuteChart.h"

namespace Tidewatch {

class FigureTile;

/// The control room's business page: four large figures, each with a small trend of the last hour
/// and coloured by the thresholds in BusinessCells::Threshold — orders per minute (the last closed
/// event-time minute), late shipments now, on time in the first SLA window, breaches in it.
class BusinessWallPage : public BusinessPage
{
    Q_OBJECT
public:
    explicit BusinessWallPage(QWidget *parent = nullptr);

    const FigureTile *ordersFigure() const { return m_orders; }
    const FigureTile *lateFigure() const { return m_late; }
    const FigureTile *slaFigure() const { return m_sla; }
    const FigureTile *breachFigure() const { return m_breaches; }

protected:
    void showSnapshot(const BusinessSnapshot &snapshot) override;
    void showStale(bool stale) override;

private:
    /// The last hour of @p key from the window's history (scaled by @p factor); empty when none.
    MinuteChartData storedTrend(const QString &key, const QColor &colour, double factor = 1) const;

    FigureTile *m_orders;
    FigureTile *m_late;
    FigureTile *m_sla;
    FigureTile *m_breaches;
};

} // namespace Tidewatch
