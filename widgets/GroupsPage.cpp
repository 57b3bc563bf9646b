#include "GroupsPage.h"

#include "ColumnFitter.h"
#include "Format.h"
#include "GroupTableModel.h"
#include "GroupTopicTableModel.h"
#include "KafkaCells.h"
#include "MetricStore.h"
#include "RawValueSortProxy.h"
#include "Roles.h"
#include "SnapshotHistory.h"
#include "SparklineDelegate.h"
#include "StatusLine.h"
#include "TableViews.h"
#include "TimeSeriesChart.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Tidewatch {

GroupsPage::GroupsPage(QWidget *parent)
    : DashboardPage(parent)
    , m_status(new StatusLine(tr("Kafka"), this))
    , m_headline(TableViews::makeHeadline(this))
    , m_filter(new QLineEdit(this))
    , m_groups(new GroupTableModel(this))
    , m_proxy(new RawValueSortProxy(this))
    , m_groupView(TableViews::makeFiltered(m_groups, m_proxy, m_filter, this))
    , m_detailTitle(TableViews::makeHeadline(this))
    , m_members(new QLabel(this))
    , m_partitions(new GroupPartitionTableModel(this))
    , m_topics(new GroupTopicTableModel(this))
    , m_lagChart(new TimeSeriesChart(this))
    , m_timeLagChart(new TimeSeriesChart(this))
{
    m_filter->setPlaceholderText(
        tr("Filter groups by id, status, state or client (e.g. stopped, no members)"));
    m_groupView->setProperty(
        "tidewatchWallHiddenColumns",
        QVariant::fromValue(QList<int>{
            GroupTableModel::StateColumn, GroupTableModel::MembersColumn, GroupTableModel::MaxLagColumn,
            GroupTableModel::TrendColumn, GroupTableModel::RateColumn, GroupTableModel::CatchUpColumn,
            GroupTableModel::TransactionsColumn, GroupTableModel::ClientsColumn})); // on the wall
    m_proxy->setFilterKeyColumn(-1); // any column: "stopped", "rebalancing", a client id narrow too
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_members->setWordWrap(true);
    m_members->setTextFormat(Qt::PlainText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_status);
    layout->addWidget(m_filter);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_groupView);
    auto *lower = new QWidget(splitter);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_detailTitle);
    lowerLayout->addWidget(m_members);
    auto *detail = new QSplitter(Qt::Horizontal, lower);
    // Per topic first (a group reading several topics), its partitions below.
    auto *tables = new QSplitter(Qt::Vertical, detail);
    QTableView *topicView = TableViews::make(m_topics, tables, true);
    TableViews::fitColumns(topicView, {GroupTopicTableModel::TopicColumn},
                           {GroupTopicTableModel::PartitionsColumn, GroupTopicTableModel::LagColumn});
    tables->addWidget(topicView);
    QTableView *partitionView = TableViews::make(m_partitions, tables, true);
    TableViews::fitColumns(partitionView,
                           {GroupPartitionTableModel::TopicColumn, GroupPartitionTableModel::MemberColumn},
                           {GroupPartitionTableModel::StatusColumn, GroupPartitionTableModel::CommittedColumn,
                            GroupPartitionTableModel::EndOffsetColumn, GroupPartitionTableModel::LagColumn})
        // At 1280 px the detail half has about 650 px: the member, the log start, the LSO and the
        // retention ETA (the topic table above has it per topic) give way, in that order.
        ->setDroppable({GroupPartitionTableModel::MemberColumn, GroupPartitionTableModel::LogStartColumn,
                        GroupPartitionTableModel::StableOffsetColumn,
                        GroupPartitionTableModel::RetentionColumn});
    tables->addWidget(partitionView);
    tables->setStretchFactor(0, 1);
    tables->setStretchFactor(1, 3);
    detail->addWidget(tables);
    auto *charts = new QWidget(detail);
    auto *chartLayout = new QVBoxLayout(charts);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_lagChart);
    chartLayout->addWidget(m_timeLagChart);
    detail->addWidget(charts);
    // The partitions with their exact offsets need more room than the two charts.
    detail->setStretchFactor(0, 3);
    detail->setStretchFactor(1, 2);
    m_lagChart->setValueUnit(ChartUnit::Count, tr("Lag (messages)"));
    m_timeLagChart->setValueUnit(ChartUnit::Seconds, tr("Time lag"));
    // Lag follows the day's traffic: the same time yesterday says whether today's is unusual.
    m_lagChart->setYesterdayAvailable(true);
    m_timeLagChart->setYesterdayAvailable(true);
    lowerLayout->addWidget(detail, 1);
    splitter->addWidget(lower);
    layout->addWidget(splitter, 1);
    // The lag's recent shape next to the trend arrow that summarises it: is that lag a spike, a
    // climb or a plateau? The column is the model's last; the header shows it after Trend.
    m_groups->setSparklineProvider([this](const QString &groupId) { return lagSparkline(groupId); });
    m_groupView->setItemDelegateForColumn(GroupTableModel::SparklineColumn,
                                          new SparklineDelegate(SparklineRole, m_groupView));
    // Names stretch; status and the lag figures stay even while unknown (a dash says so).
    TableViews::fitColumns(m_groupView, {GroupTableModel::GroupColumn, GroupTableModel::ClientsColumn},
                           {GroupTableModel::StatusColumn, GroupTableModel::StateColumn,
                            GroupTableModel::MembersColumn, GroupTableModel::LagColumn,
                            GroupTableModel::MaxLagColumn, GroupTableModel::TimeLagColumn,
                            GroupTableModel::SparklineColumn})
        // Too narrow for every column (1280 px): the clients go first (the detail below lists the
        // members with client id and host), then the figures the summary line and detail repeat.
        ->setDroppable(
            {GroupTableModel::ClientsColumn, GroupTableModel::CatchUpColumn, GroupTableModel::MaxLagColumn});
    QHeaderView *header = m_groupView->horizontalHeader();
    header->moveSection(header->visualIndex(GroupTableModel::SparklineColumn),
                        header->visualIndex(GroupTableModel::TrendColumn) + 1);
    // The worst lag first: what an operator opens this page for.
    m_groupView->sortByColumn(GroupTableModel::LagColumn, Qt::DescendingOrder);
    connect(m_groupView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &GroupsPage::showDetail);
    showDetail();
}

void GroupsPage::applyKafka(const KafkaSnapshot &snapshot, qint64 staleAfterMs)
{
    m_snapshot = snapshot;
    m_status->setStatus(snapshot.status, staleAfterMs);
    m_groups->setRows(snapshot.groups);
    m_groups->refreshSparklines();
    int bad = 0;
    for (const ConsumerGroupInfo &g : snapshot.groups)
        bad += GroupTableModel::statusColour(g.status) == StatusColour::bad() ? 1 : 0;
    m_headline->setText(
        tr("%n consumer group(s) · %1 stopped, stalled or rewound", nullptr, int(snapshot.groups.size()))
            .arg(bad));
    // Open on the group with the most lag rather than an empty pane: what a wall display needs.
    if (!m_groupView->selectionModel()->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_groupView->selectRow(0);
    showDetail();
}

void GroupsPage::showDetail()
{
    const QModelIndex current = m_groupView->selectionModel()->currentIndex();
    const ConsumerGroupInfo *group =
        current.isValid() ? m_snapshot.group(current.data(KeyRole).toString()) : nullptr;
    // The same group id may exist in another cluster: the charts follow the series key.
    const QString charted =
        group ? SnapshotHistory::groupLagKey(m_snapshot.clusterName, group->groupId) : QString();
    if (charted != m_chartedGroup) {
        for (TimeSeriesChart *chart : {m_lagChart, m_timeLagChart}) {
            for (const QString &key : chart->seriesKeys())
                chart->removeSeries(key);
        }
        if (group) {
            const QString &id = group->groupId;
            m_lagChart->setSeries(charted, tr("Lag of %1 (messages)").arg(id), QColor(0x1e, 0x88, 0xe5));
            m_timeLagChart->setSeries(SnapshotHistory::groupTimeLagKey(m_snapshot.clusterName, id),
                                      tr("Time lag of %1").arg(id), QColor(0x8e, 0x24, 0xaa));
        }
        m_chartedGroup = charted;
    }
    // The rules' thresholds as lines (the rules may change between snapshots); none without a group.
    const QList<QPair<QString, QString>> groupLabels{
        {QStringLiteral("consumergroup"), group ? group->groupId : QString()}};
    m_lagChart->setRuleThresholds(m_alertRules,
                                  group ? QStringLiteral("tidewatch_kafka_consumergroup_lag") : QString(),
                                  m_snapshot.clusterName, groupLabels);
    m_timeLagChart->setRuleThresholds(
        m_alertRules,
        group ? QStringLiteral("tidewatch_kafka_consumergroup_max_time_lag_seconds") : QString(),
        m_snapshot.clusterName, groupLabels);
    m_selectedGroup = group ? group->groupId : QString();
    if (!group) {
        m_detailTitle->setText(tr("Select a group to see its partitions, members and lag history"));
        m_members->clear();
        m_partitions->setRows({});
        m_topics->setRows({});
        return;
    }
    QString title =
        tr("%1 — %2, %3, lag %4, time lag %5")
            .arg(group->groupId, lagStatusText(group->status), GroupTableModel::stateText(group->state),
                 group->totalLag >= 0 ? KafkaCells::exact(group->totalLag).toString() : tr("unknown"),
                 GroupTableModel::timeLagText(group->maxTimeLagSeconds, group->maxTimeLagIsLowerBound));
    if (group->readCommitted)
        title += tr(" · read_committed: lag to the last stable offset");
    if (group->dataLostPartitions > 0)
        title += tr(" · data lost on %n partition(s)", nullptr, group->dataLostPartitions);
    if (group->hangingTransactions > 0)
        title += tr(" · %n hanging transaction(s)", nullptr, group->hangingTransactions);
    m_detailTitle->setText(title);
    QStringList members;
    for (const GroupMember &m : group->members)
        members
            << tr("%1 on %2 (%n partition(s))", nullptr, int(m.assignment.size())).arg(m.clientId, m.host);
    m_members->setText(members.isEmpty() ? tr("No active members.")
                                         : tr("Members: %1").arg(members.join(QStringLiteral("; "))));
    m_partitions->setRows(group->partitions);
    m_topics->setRows(group->topics);
}

QList<double> GroupsPage::lagSparkline(const QString &groupId) const
{
    const MetricHistory *lag =
        m_history ? m_history->history(SnapshotHistory::groupLagKey(m_snapshot.clusterName, groupId))
                  : nullptr;
    if (!lag)
        return {};
    // The snapshot's own time, not the clock: the line ends at the sample just recorded, and a
    // group that stopped being reported shows its line ending early.
    const qint64 toMs = m_snapshot.status.attemptedAt.isValid()
                            ? m_snapshot.status.attemptedAt.toMSecsSinceEpoch()
                            : lag->latestTimeMs();
    const qint64 fromMs = toMs - GroupTableModel::SparklineWindowMs;
    return SparklineDelegate::maxPerSlot(lag->samples(fromMs, toMs), fromMs, toMs,
                                         GroupTableModel::SparklinePoints);
}

bool GroupsPage::selectGroup(const QString &groupId)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        if (m_proxy->index(row, 0).data(KeyRole).toString() == groupId) {
            m_groupView->selectRow(row);
            return true;
        }
    }
    return false;
}

void GroupsPage::refreshAges()
{
    m_status->refresh();
    if (m_history && !m_chartedGroup.isEmpty()) {
        m_lagChart->updateFromStore(*m_history);
        m_timeLagChart->updateFromStore(*m_history);
    }
}

} // namespace Tidewatch
