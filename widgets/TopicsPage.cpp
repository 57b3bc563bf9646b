#include "TopicsPage.h"

#include "ColumnFitter.h"
#include "RawValueSortProxy.h"
#include "ReplicaDiagnosis.h"
#include "Roles.h"
#include "SnapshotHistory.h"
#include "StatusLine.h"
#include "TableViews.h"
#include "TimeSeriesChart.h"
#include "TopicTableModel.h"

#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

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
    , m_balance(new QLabel(this))
    , m_partitionsTitle(new QLabel(this))
    , m_partitions(new PartitionTableModel(this))
    , m_partitionProxy(new RawValueSortProxy(this))
    , m_messagesChart(new TimeSeriesChart(this))
{
    m_filter->setPlaceholderText(tr("Filter topics by name"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_status);
    layout->addWidget(m_cause);
    layout->addWidget(m_balance);
    layout->addWidget(m_filter);
    m_balance->setTextFormat(Qt::PlainText);
    m_balance->setWordWrap(true);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_topicView);
    auto *lower = new QWidget(splitter);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_partitionsTitle);
    m_partitionProxy->setSourceModel(m_partitions);
    m_partitionView = TableViews::make(m_partitionProxy, lower, true);
    // The chart under the partitions, not beside them: their exact offsets need the whole width.
    auto *partitionsAndChart = new QSplitter(Qt::Vertical, lower);
    partitionsAndChart->addWidget(m_partitionView);
    partitionsAndChart->addWidget(m_messagesChart);
    partitionsAndChart->setStretchFactor(0, 3);
    partitionsAndChart->setStretchFactor(1, 2);
    lowerLayout->addWidget(partitionsAndChart, 1);
    m_messagesChart->setValueUnit(ChartUnit::Count, tr("Messages/s"));
    m_messagesChart->setToolTip(tr("Messages produced per second: the selected topic, or the %n busiest "
                                   "topics when none is selected",
                                   nullptr, BusiestTopicsCharted));
    m_messagesChart->setYesterdayAvailable(true);
    TableViews::fitColumns(m_topicView, {TopicTableModel::TopicColumn},
                           {TopicTableModel::PartitionsColumn, TopicTableModel::ReplicationColumn,
                            TopicTableModel::UnderReplicatedColumn, TopicTableModel::OfflineColumn,
                            TopicTableModel::UnderMinIsrColumn})
        // Narrow: the size goes first (the Brokers page has the log size per broker), then the balance
        // figures (the line above the table names the hottest partition), then Min ISR.
        ->setDroppable({TopicTableModel::SizeColumn, TopicTableModel::BytesSkewColumn,
                        TopicTableModel::NotPreferredColumn, TopicTableModel::MessagesSkewColumn,
                        TopicTableModel::MinIsrColumn});
    // The missing-replica column appears only while some replica is out of sync.
    TableViews::fitColumns(m_partitionView, {PartitionTableModel::TopicColumn},
                           {PartitionTableModel::LeaderColumn, PartitionTableModel::ReplicasColumn,
                            PartitionTableModel::InSyncColumn, PartitionTableModel::StartOffsetColumn,
                            PartitionTableModel::EndOffsetColumn})
        ->setDroppable({PartitionTableModel::BytesInColumn, PartitionTableModel::ShareOfMeanColumn,
                        PartitionTableModel::PreferredLeaderColumn, PartitionTableModel::MessagesInColumn});
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
    showBalance();
    showPartitions();
}

void TopicsPage::showBalance()
{
    // Internal topics are skewed by design (a group's commits all go to one __consumer_offsets
    // partition): the line is about the topics users produce to.
    const TopicInfo *hottest = nullptr;
    int skewed = 0;
    int known = 0;
    for (const TopicInfo &t : std::as_const(m_snapshot.topics)) {
        if (t.internal || t.messagesSkew < 0)
            continue;
        ++known;
        if (t.messagesSkew >= kHotSkew)
            ++skewed;
        if (!hottest || t.messagesSkew > hottest->messagesSkew)
            hottest = &t;
    }
    QString text;
    if (!hottest) {
        text = tr("Partition balance: unknown until a topic has traffic on two partitions and every rate "
                  "is known");
    } else {
        text = tr("Hottest partition: %1 p%2 takes %3× its topic's mean messages/s")
                   .arg(hottest->name)
                   .arg(hottest->hottestPartitionByMessages)
                   .arg(hottest->messagesSkew, 0, 'f', 1);
        text += QStringLiteral(" · ") +
                (skewed > 0 ? tr("%n of %1 topic(s) with traffic have a partition at 2× the mean or more",
                                 nullptr, skewed)
                                  .arg(known)
                            : tr("no partition at 2× its topic's mean"));
    }
    m_balance->setText(text);
    // Amber while a hot partition is worth a look; the table's skew columns say which topics.
    QPalette palette = m_balance->palette();
    palette.setColor(QPalette::WindowText,
                     skewed > 0 ? TableViews::readableStatusColour(StatusColour::warn(), palette)
                                : QWidget::palette().color(QPalette::WindowText));
    m_balance->setPalette(palette);
}

QString TopicsPage::balanceText() const
{
    return m_balance->text();
}

void TopicsPage::updateMessagesSeries()
{
    QStringList topics;
    if (const QString selected = selectedTopic(); !selected.isEmpty()) {
        topics << selected;
    } else {
        QList<const TopicInfo *> busiest;
        for (const TopicInfo &t : m_snapshot.topics) {
            if (!t.internal && t.messagesPerSecond >= 0)
                busiest << &t;
        }
        std::sort(busiest.begin(), busiest.end(), [](const TopicInfo *a, const TopicInfo *b) {
            return a->messagesPerSecond != b->messagesPerSecond ? a->messagesPerSecond > b->messagesPerSecond
                                                                : a->name < b->name;
        });
        for (qsizetype i = 0; i < std::min<qsizetype>(busiest.size(), BusiestTopicsCharted); ++i)
            topics << busiest[i]->name;
        // The busiest set is re-ranked only when it changes, in name order, so colours stay put
        // while two topics trade places.
        std::sort(topics.begin(), topics.end());
    }
    const QString charted = m_snapshot.clusterName + QLatin1Char('/') + topics.join(QLatin1Char(','));
    if (charted == m_chartedTopics)
        return;
    for (const QString &key : m_messagesChart->seriesKeys())
        m_messagesChart->removeSeries(key);
    static const QList<QColor> palette{QColor(0x1e, 0x88, 0xe5), QColor(0x43, 0xa0, 0x47),
                                       QColor(0xfb, 0x8c, 0x00), QColor(0x8e, 0x24, 0xaa),
                                       QColor(0x00, 0x89, 0x7b)};
    for (qsizetype i = 0; i < topics.size(); ++i)
        m_messagesChart->setSeries(SnapshotHistory::topicMessagesKey(m_snapshot.clusterName, topics[i]),
                                   topics[i], palette[i % palette.size()]);
    m_chartedTopics = charted;
    if (m_history && isVisible())
        m_messagesChart->updateFromStore(*m_history);
}

void TopicsPage::showPartitions()
{
    updateMessagesSeries();
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
    if (m_history && !m_chartedTopics.isEmpty())
        m_messagesChart->updateFromStore(*m_history);
}

} // namespace Tidewatch
