#pragma once

#include "DashboardPage.h"

class QLabel;
class QTableView;

namespace Tidewatch {

class BrokerTableModel;
class FlinkJobTableModel;
class StatusLine;

/// The first page: per cluster a health strip, its brokers, and the Flink jobs beside it.
class OverviewPage : public DashboardPage
{
    Q_OBJECT
public:
    explicit OverviewPage(QWidget *parent = nullptr);

    void applyKafka(const KafkaSnapshot &snapshot, qint64 staleAfterMs) override;
    void applyFlink(const FlinkSnapshot &snapshot, qint64 staleAfterMs) override;
    void refreshAges() override;

    const BrokerTableModel *brokerModel() const { return m_brokers; }
    const FlinkJobTableModel *jobModel() const { return m_jobs; }

private:
    StatusLine *m_kafkaStatus;
    StatusLine *m_flinkStatus;
    QLabel *m_kafkaHealth;
    QLabel *m_flinkHealth;
    BrokerTableModel *m_brokers;
    FlinkJobTableModel *m_jobs;
    QTableView *m_brokerView;
    QTableView *m_jobView;
};

} // namespace Tidewatch
