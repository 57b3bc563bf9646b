#include "RejectedPage.h"

#include "BusinessCells.h"
#include "ColumnFitter.h"
#include "EventQualityTableModels.h"
#include "OrderTableModels.h"
#include "RawValueSortProxy.h"
#include "TableViews.h"

#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Tidewatch {

namespace {

/// A bold title above a sorted table whose columns fit its width (TableViews::fitColumns): the
/// @p stretch columns share what the figures leave, the @p droppable ones give way in order.
QWidget *boldTitledTable(QLabel *label, QAbstractItemModel *model, int sortColumn, Qt::SortOrder order,
                         QWidget *parent, const QList<int> &stretch, const QList<int> &droppable = {})
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *proxy = new RawValueSortProxy(box);
    proxy->setSourceModel(model);
    QTableView *view = TableViews::make(proxy, box, true);
    view->sortByColumn(sortColumn, order);
    TableViews::fitColumns(view, stretch)->setDroppable(droppable);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    layout->addWidget(label);
    layout->addWidget(view, 1);
    return box;
}

} // namespace

RejectedPage::RejectedPage(QWidget *parent)
    : BusinessPage(parent)
    , m_kinds(new CountTableModel(tr("Reason"), tr("Why the decoder rejected messages"), this))
    , m_rejectedLabel(new QLabel(this))
    , m_rejected(new RejectedEventTableModel(this))
    , m_lateLabel(new QLabel(this))
    , m_late(new LateEventTableModel(this))
    , m_topics(new EventTopicTableModel(this))
{
    m_kinds->setNameWords(
        &BusinessCells::rejectionWords); // "required field missing", the code in the tooltip
    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(boldTitledTable(new QLabel(tr("Rejected by reason"), this), m_kinds,
                                   CountTableModel::CountColumn, Qt::DescendingOrder, top,
                                   {CountTableModel::NameColumn}));
    using Rejected = RejectedEventTableModel;
    top->addWidget(
        boldTitledTable(m_rejectedLabel, m_rejected, Rejected::SeenAtColumn, Qt::DescendingOrder, top,
                        {Rejected::TopicColumn, Rejected::ReasonColumn, Rejected::ExcerptColumn},
                        {Rejected::ExcerptColumn, Rejected::OffsetColumn, Rejected::PartitionColumn}));
    top->setStretchFactor(0, 1);
    top->setStretchFactor(1, 4);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    using Late = LateEventTableModel;
    splitter->addWidget(boldTitledTable(m_lateLabel, m_late, Late::EventTimeColumn, Qt::DescendingOrder,
                                        splitter, {Late::TopicColumn, Late::EntityColumn},
                                        {Late::OffsetColumn, Late::PartitionColumn}));
    using Topics = EventTopicTableModel;
    splitter->addWidget(boldTitledTable(new QLabel(tr("Event topics"), this), m_topics, Topics::TopicColumn,
                                        Qt::AscendingOrder, splitter,
                                        {Topics::TopicColumn, Topics::ErrorColumn},
                                        {Topics::TombstonesColumn, Topics::DuplicatesColumn,
                                         Topics::PartitionsColumn, Topics::MessagesColumn}));
    pageLayout()->addWidget(splitter, 1);
}

void RejectedPage::showSnapshot(const BusinessSnapshot &s)
{
    const QString noData = s.status.attemptedAt.isValid() ? QString() : noDataText(tr("Event quality"));
    headlineLabel()->setText(
        !noData.isEmpty()
            ? noData
            : tr("Event quality: %1 rejected · %2 late · %3 duplicates · %4 "
                 "entities evicted by the caps · state %5")
                  .arg(BusinessCells::exact(s.rejectedCount), BusinessCells::exact(s.lateCount),
                       BusinessCells::exact(s.duplicateCount), BusinessCells::exact(s.evictedCount),
                       Format::bytes(double(s.memoryBytes))));
    m_kinds->setCounts(s.rejectedByKind);
    m_rejectedLabel->setText(
        tr("Rejected messages: %1").arg(BusinessCells::shownOf(s.rejected.size(), s.rejectedCount)));
    m_rejected->setRows(s.rejected);
    m_lateLabel->setText(tr("Late events (behind the watermark by more than the allowed lateness, %1): %2")
                             .arg(Format::duration(s.allowedLatenessMs),
                                  BusinessCells::shownOf(s.lateEvents.size(), s.lateCount)));
    m_late->setRows(s.lateEvents);
    m_topics->setRows(s.topics);
}

} // namespace Tidewatch
