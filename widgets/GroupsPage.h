#pragma once

#include "DashboardPage.h"

class QLabel;
class QLineEdit;
class QTableView;

namespace Tidewatch {

class GroupPartitionTableModel;
class GroupTableModel;
class GroupTopicTableModel;
class RawValueSortProxy;
class StatusLine;
class TimeSeriesChart;

/// Consumer groups sorted and filtered by lag, time lag, state and status; the selected group's
/// topics, partitions and members below.
class GroupsPage : public DashboardPage
{
    Q_OBJECT
public:
    explicit GroupsPage(QWidget *parent = nullptr);

    void applyKafka(const KafkaSnapshot &snapshot, qint64 staleAfterMs) override;
    void refreshAges() override;
    bool selectGroup(const QString &groupId);
    /// The group whose detail is shown; empty when none is selected.
    QString selectedGroup() const { return m_selectedGroup; }

    const GroupTableModel *groupModel() const { return m_groups; }
    const GroupPartitionTableModel *partitionModel() const { return m_partitions; }
    const GroupTopicTableModel *topicModel() const { return m_topics; }
    QLineEdit *filter() const { return m_filter; }

private:
    void showDetail();
    /// The group's lag over the last GroupTableModel::SparklineWindowMs up to the applied snapshot,
    /// thinned for its sparkline; empty without history.
    QList<double> lagSparkline(const QString &groupId) const;

    StatusLine *m_status;
    QLabel *m_headline;
    QLineEdit *m_filter;
    GroupTableModel *m_groups;
    RawValueSortProxy *m_proxy;
    QTableView *m_groupView;
    QLabel *m_detailTitle;
    QLabel *m_members;
    GroupPartitionTableModel *m_partitions;
    GroupTopicTableModel *m_topics;
    KafkaSnapshot m_snapshot;
    TimeSeriesChart *m_lagChart;
    TimeSeriesChart *m_timeLagChart;
    QString m_chartedGroup; ///< the lag series key the charts show (cluster and group)
    QString m_selectedGroup;
};

} // namespace Tidewatch
