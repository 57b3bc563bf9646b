#pragma once

#include "BusinessPage.h"

class QLabel;

namespace Tidewatch {

class CountTableModel;
class MinuteChart;
class OverdueOrderTableModel;

/// Orders from the event topics: counts by status, the order flow and revenue per event-time
/// minute (the open minute marked partial), order-to-ship quantiles per SLA window, and the
/// overdue orders with their exact count.
class OrdersPage : public BusinessPage
{
    Q_OBJECT
public:
    explicit OrdersPage(QWidget *parent = nullptr);

    const CountTableModel *statusModel() const { return m_statuses; }
    const OverdueOrderTableModel *overdueModel() const { return m_overdue; }
    const MinuteChart *flowChart() const { return m_flow; }
    const MinuteChart *revenueChart() const { return m_revenue; }
    const QLabel *overdueLabel() const { return m_overdueLabel; }
    const QLabel *shipTimeLabel() const { return m_shipTime; }

protected:
    void showSnapshot(const BusinessSnapshot &snapshot) override;
    void showStale(bool stale) override;

private:
    CountTableModel *m_statuses;
    MinuteChart *m_flow;
    MinuteChart *m_revenue;
    QLabel *m_shipTime;
    QLabel *m_overdueLabel;
    OverdueOrderTableModel *m_overdue;
};

} // namespace Tidewatch
