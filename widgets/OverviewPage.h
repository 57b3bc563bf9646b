#pragma once

#include "DashboardPage.h"

class QLabel;
class QTableView;

namespace Tidewatch {

class BrokerTableModel;
class FlinkJobTableModel;
class GroupTableModel;
class RawValueSortProxy;
class StatusLine;

/// The first page: per cluster a health strip, its brokers, the worst-lagging consumer groups, and
/// the Flink jobs beside them. Double-clicking a row opens it on its own page.
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
    const GroupTableModel *groupModel() const { return m_groups; }
    QString kafkaHealthText() const;

Q_SIGNALS:
    void brokerActivated(int brokerId);
    void groupActivated(const QString &groupId);
    void jobActivated(const QString &jobId);

private:
    StatusLine *m_kafkaStatus;
    StatusLine *m_flinkStatus;
    QLabel *m_kafkaHealth;
    QLabel *m_flinkHealth;
    BrokerTableModel *m_brokers;
    GroupTableModel *m_groups;
    RawValueSortProxy *m_groupsByLag;
    FlinkJobTableModel *m_jobs;
    QTableView *m_brokerView;
    QTableView *m_groupView;
    QTableView *m_jobView;
};

} // namespace Tidewatch
