#pragma once

#include "DashboardPage.h"

class QLabel;
class QLineEdit;
class QTableView;

namespace Tidewatch {

class PartitionTableModel;
class RawValueSortProxy;
class StatusLine;
class TimeSeriesChart;
class TopicTableModel;

/// Topics with their health and throughput; the selected topic's partitions below (all unhealthy
/// partitions of the cluster when none is selected).
class TopicsPage : public DashboardPage
{
    Q_OBJECT
public:
    explicit TopicsPage(QWidget *parent = nullptr);

    void applyKafka(const KafkaSnapshot &snapshot, qint64 staleAfterMs) override;
    void refreshAges() override;
    /// Selects @p topic in the table (for click-through from other pages).
    bool selectTopic(const QString &topic);

    const TopicTableModel *topicModel() const { return m_topics; }
    const PartitionTableModel *partitionModel() const { return m_partitions; }
    QLineEdit *filter() const { return m_filter; }
    /// The cause above the table while replicas are missing; empty when every replica is in sync.
    QString causeText() const;
    /// The line on how evenly traffic spreads over partitions (the hottest partition of the cluster).
    QString balanceText() const;
    /// Messages per second over time: the selected topic, or the busiest ones when none is selected.
    const TimeSeriesChart *messagesChart() const { return m_messagesChart; }
    /// Lines on the messages chart when no topic is selected.
    static constexpr int BusiestTopicsCharted = 5;

private:
    void showPartitions();
    void showBalance();
    void updateMessagesSeries();
    /// A topic whose busiest partition takes this many times the mean is counted as skewed.
    static constexpr double kHotSkew = 2.0;
    QString selectedTopic() const;

    StatusLine *m_status;
    QLabel *m_headline;
    QLineEdit *m_filter;
    TopicTableModel *m_topics;
    RawValueSortProxy *m_proxy;
    QTableView *m_topicView;
    QLabel *m_cause;   ///< "Broker 2 is down: 21 partitions are missing its replica"; hidden when none
    QLabel *m_balance; ///< the hottest partition, over the topics that are not internal
    QLabel *m_partitionsTitle;
    PartitionTableModel *m_partitions;
    RawValueSortProxy *m_partitionProxy;
    QTableView *m_partitionView = nullptr;
    TimeSeriesChart *m_messagesChart;
    QString m_chartedTopics; ///< cluster and topics the messages chart shows
    KafkaSnapshot m_snapshot;
};

} // namespace Tidewatch
