#pragma once

#include "FlinkSnapshot.h"
#include "KafkaSnapshot.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace Tidewatch {

class BrokerTableModel;
class FlinkJobTableModel;
class StatusLine;

/// The first page: per cluster a health strip, its brokers, and the Flink jobs beside it.
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPage(QWidget *parent = nullptr);

    void applyKafka(const KafkaSnapshot &snapshot, qint64 staleAfterMs);
    void applyFlink(const FlinkSnapshot &snapshot, qint64 staleAfterMs);
    /// Re-renders data ages; called on every frame.
    void refreshAges();

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
