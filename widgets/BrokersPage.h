#pragma once

#include "DashboardPage.h"

class QLabel;

namespace Tidewatch {

class BrokerTableModel;
class StatusLine;
class TimeSeriesChart;

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
    const TimeSeriesChart *latencyChart() const { return m_latency; }
    /// The cause above the table while replicas are missing; empty when every replica is in sync.
    QString causeText() const;
    /// The line on leader and replica balance over the brokers.
    QString balanceText() const;

private:
    void showBalance(const KafkaSnapshot &snapshot);
    /// A leader skew from which the balance line turns amber: one broker leads half again its share.
    static constexpr double kLeaderSkewWarn = 1.5;

    StatusLine *m_status;
    QLabel *m_headline;
    QLabel *m_cause;
    QLabel *m_balance; ///< leader and replica skew, partitions off their preferred leader
    BrokerTableModel *m_model;
    TimeSeriesChart *m_bytesIn;
    TimeSeriesChart *m_bytesOut;
    TimeSeriesChart *m_latency; ///< request round trip per broker
    QString m_chartedBrokers;   ///< cluster and broker ids the charts show, to re-key them only on change
};

} // namespace Tidewatch
