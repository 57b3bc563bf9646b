#include "TopicsPage.h"

#include "ColumnFitter.h"
#include "RawValueSortProxy.h"
#include "ReplicaDiagnosis.h"
#include "Roles.h"
#include "StatusLine.h"
#include "TableViews.h"
#include "TopicTableModel.h"

#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Tidewatch {

TopicsPage::TopicsPage(QWidget *parent)
    : DashboardPage(parent)
    , m_status(new StatusLine(tr("Kafka"), this))
    , m_headline(TableViews::makeHeadline(this))
    , m_filter(new QLineEdit(this))
    , m_topics(new TopicTableModel(this))
    , m_proxy(new RawValueSortProxy(this))
    , m_topicView(TableViews::makeFiltered(m_topics, m_proxy, m_filter, this))
    , m_cause(TableViews::makeCauseLabel(this))
    , m_partitionsTitle(new QLabel(this))
    , m_partitions(new PartitionTableModel(this))
    , m_partitionProxy(new RawValueSortProxy(this))
{
    m_filter->setPlaceholderText(tr("Filter topics by name"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_status);
    layout->addWidget(m_cause);
    layout->addWidget(m_filter);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_topicView);
    auto *lower = new QWidget(splitter);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_partitionsTitle);
    m_partitionProxy->setSourceModel(m_partitions);
    m_partitionView = TableViews::make(m_partitionProxy, lower, true);
    lowerLayout->addWidget(m_partitionView);
    TableViews::fitColumns(m_topicView, {TopicTableModel::TopicColumn},
                           {TopicTableModel::PartitionsColumn, TopicTableModel::ReplicationColumn,
                            TopicTableModel::UnderReplicatedColumn, TopicTableModel::OfflineColumn,
                            TopicTableModel::UnderMinIsrColumn})
        // Narrow: the size goes first (the Brokers page has the log size per broker).
        ->setDroppable({TopicTableModel::SizeColumn});
    // The missing-replica column appears only while some replica is out of sync.
    TableViews::fitColumns(m_partitionView, {PartitionTableModel::TopicColumn},
                           {PartitionTableModel::LeaderColumn, PartitionTableModel::ReplicasColumn,
                            PartitionTableModel::InSyncColumn, PartitionTableModel::StartOffsetColumn,
                            PartitionTableModel::EndOffsetColumn});
    splitter->addWidget(lower);
    layout->addWidget(splitter, 1);
    connect(m_topicView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TopicsPage::showPartitions);
}

QString TopicsPage::selectedTopic() const
{
    const QModelIndex current = m_topicView->selectionModel()->currentIndex();
    return current.isValid() ? current.data(KeyRole).toString() : QString();
}

void TopicsPage::applyKafka(const KafkaSnapshot &snapshot, qint64 staleAfterMs)
{
    m_snapshot = snapshot;
    m_status->setStatus(snapshot.status, staleAfterMs);
    m_topics->setSnapshot(snapshot);
    m_headline->setText(tr("%1 · under-replicated partitions: %2 · offline: %3 · under min ISR: %4")
                            .arg(snapshot.countsText())
                            .arg(snapshot.underReplicatedCount())
                            .arg(snapshot.offlineCount())
                            .arg(snapshot.underMinIsrCount()));
    bool brokerDown = false;
    for (const BrokerInfo &b : snapshot.brokers)
        brokerDown = brokerDown || !b.reachable;
    TableViews::setCause(m_cause, ReplicaDiagnosis::causeStatement(snapshot),
                         brokerDown || snapshot.offlineCount() > 0);
    showPartitions();
}

void TopicsPage::showPartitions()
{
    const QString topic = selectedTopic();
    if (!topic.isEmpty()) {
        m_partitionsTitle->setText(tr("Partitions of %1").arg(topic));
        m_partitions->setSnapshot(m_snapshot, topic);
        m_partitionView->sortByColumn(PartitionTableModel::PartitionColumn, Qt::AscendingOrder);
        return;
    }
    // Nothing selected: the partitions that need attention, across the cluster.
    KafkaSnapshot unhealthy;
    for (const TopicInfo &t : m_snapshot.topics) {
        QList<PartitionInfo> partitions;
        for (const PartitionInfo &p : t.partitions) {
            if (p.isOffline() || p.isUnderReplicated() || p.isUnderMinIsr(t.minInsyncReplicas))
                partitions.append(p);
        }
        // Only the few topics in trouble are copied: 2,000 healthy ones cost nothing per frame.
        if (!partitions.isEmpty()) {
            TopicInfo only = t;
            only.partitions = std::move(partitions);
            unhealthy.topics.append(only);
        }
    }
    // Grouped by the broker they miss: sorted by the first missing replica, counted per broker above.
    const QString byBroker = ReplicaDiagnosis::missingSummary(ReplicaDiagnosis::missingByBroker(m_snapshot));
    m_partitionsTitle->setText(
        unhealthy.topics.isEmpty() ? tr("Every partition is fully replicated")
        : byBroker.isEmpty()       ? tr("Partitions that need attention")
                             : tr("Partitions that need attention — missing replicas: %1").arg(byBroker));
    m_partitions->setSnapshot(unhealthy, {});
    m_partitionView->sortByColumn(PartitionTableModel::MissingReplicasColumn, Qt::AscendingOrder);
}

bool TopicsPage::selectTopic(const QString &topic)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        if (m_proxy->index(row, 0).data(KeyRole).toString() == topic) {
            m_topicView->selectRow(row);
            return true;
        }
    }
    return false;
}

QString TopicsPage::causeText() const
{
    return m_cause->isVisibleTo(this) ? m_cause->text() : QString();
}

void TopicsPage::refreshAges()
{
    m_status->refresh();
}

} // namespace Tidewatch
