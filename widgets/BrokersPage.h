#pragma once

#include "DashboardPage.h"

class QLabel;

namespace Tidewatch {

class BrokerTableModel;
class StatusLine;

/// Every broker: reachability with the reason, leadership, round trip, and its metrics where the
/// brokers expose them.
class BrokersPage : public DashboardPage
{
    Q_OBJECT
public:
    explicit BrokersPage(QWidget *parent = nullptr);

    void applyKafka(const KafkaSnapshot &snapshot, qint64 staleAfterMs) override;
    void refreshAges() override;
    const BrokerTableModel *model() const { return m_model; }

private:
    StatusLine *m_status;
    QLabel *m_headline;
    BrokerTableModel *m_model;
};

} // namespace Tidewatch
