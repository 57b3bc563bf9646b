#pragma once

#include "AlertEvaluator.h"
#include "AlertHandling.h"
#include "ClusterHealth.h"
#include "DashboardPage.h"

class QGroupBox;
class QLabel;
class QSplitter;
class QTableView;
class QVBoxLayout;

namespace Tidewatch {

class AlertTableModel;
class BrokerTableModel;
class ClusterStrip;
class FlinkJobTableModel;
class GroupTableModel;
class RawValueSortProxy;
class StatusLine;

/// The first page: a health strip per monitored cluster, the active alerts of all of them, and for
/// the cluster chosen in the window its brokers, worst-lagging consumer groups and Flink jobs.
/// Every figure of a strip and every row links to its detail.
class OverviewPage : public DashboardPage
{
    Q_OBJECT
public:
    explicit OverviewPage(QWidget *parent = nullptr);

    void applyKafka(const KafkaSnapshot &snapshot, qint64 staleAfterMs) override;
    void applyFlink(const FlinkSnapshot &snapshot, qint64 staleAfterMs) override;
    void refreshAges() override;
    /// One strip per cluster, in this order; @p current: the cluster the tables below show.
    void setClusters(const QList<ClusterHealth> &clusters, const QString &current);
    void setAlerts(const QList<ActiveAlert> &alerts);
    /// Acknowledged and silenced alerts, by fingerprint: marked in the alert table; silenced ones do
    /// not turn the title red.
    void setAlertHandling(const QHash<QString, AlertHandling> &handling);
    QString alertTitle() const;

    QList<ClusterStrip *> strips() const { return m_strips; }
    const AlertTableModel *alertModel() const { return m_alerts; }

    const BrokerTableModel *brokerModel() const { return m_brokers; }
    const FlinkJobTableModel *jobModel() const { return m_jobs; }
    const GroupTableModel *groupModel() const { return m_groups; }
    QString kafkaHealthText() const;
    /// "Not on the preferred leader: 5 partitions · leaders per broker: 1: 20 · 2: 0 · 3: 25".
    QString leaderBalanceText() const;
    /// The cause of missing replicas ("Broker 2 is down: ..."); empty when every replica is in sync.
    QString causeText() const;

Q_SIGNALS:
    void brokerActivated(int brokerId);
    void groupActivated(const QString &groupId);
    void jobActivated(const QString &jobId);
    /// A strip's figure was clicked: show @p cluster on page @p target ("alerts": this page).
    void clusterActivated(const QString &cluster, const QString &target);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void updateAlertTitle();
    void scheduleFit();
    /// The sections get the heights their rows need, so that no table hides rows behind a scroll bar
    /// while another has room to spare. On the wall (no alert list) the Kafka and Flink sections
    /// share the room by what they need. On the desktop the alert list takes at most a quarter of
    /// it (its own scroll bar beyond) and the rest is shared the same way; once the user drags the
    /// splitter, the desktop sizes are theirs.
    void fitSections();
    void updateLeaderBalance(const KafkaSnapshot &snapshot);

    QVBoxLayout *m_stripLayout;
    QList<ClusterStrip *> m_strips;
    AlertTableModel *m_alerts;
    QTableView *m_alertView;
    QLabel *m_alertTitle;
    QGroupBox *m_kafkaBox;
    QGroupBox *m_flinkBox;
    StatusLine *m_kafkaStatus;
    StatusLine *m_flinkStatus;
    QLabel *m_kafkaHealth;
    QLabel *m_kafkaCause;
    QLabel *m_leaderBalance;
    QLabel *m_flinkHealth;
    BrokerTableModel *m_brokers;
    GroupTableModel *m_groups;
    RawValueSortProxy *m_groupsByLag;
    FlinkJobTableModel *m_jobs;
    QTableView *m_brokerView;
    QTableView *m_groupView;
    QTableView *m_jobView;
    QSplitter *m_sections = nullptr;   ///< alerts, Kafka, Flink
    QSplitter *m_kafkaSplit = nullptr; ///< brokers | groups
    QWidget *m_groupsBox = nullptr;
    QWidget *m_alertBox = nullptr;
    bool m_userSized = false;    ///< the user dragged the sections' splitter on the desktop
    bool m_fittedOnWall = false; ///< the last fit was the wall's (no alert share): refit when it ends
    bool m_fitPending = false;
};

} // namespace Tidewatch
