#include "RejectedPage.h"

#include "BusinessCells.h"
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

QWidget *labelled(QLabel *label, QAbstractItemModel *model, int sortColumn, Qt::SortOrder order,
                  QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *proxy = new RawValueSortProxy(box);
    proxy->setSourceModel(model);
    QTableView *view = TableViews::make(proxy, box, true);
    view->sortByColumn(sortColumn, order);
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
    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(labelled(new QLabel(tr("Rejected by reason"), this), m_kinds, CountTableModel::CountColumn,
                            Qt::DescendingOrder, top));
    top->addWidget(labelled(m_rejectedLabel, m_rejected, RejectedEventTableModel::SeenAtColumn,
                            Qt::DescendingOrder, top));
    top->setStretchFactor(0, 1);
    top->setStretchFactor(1, 4);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(
        labelled(m_lateLabel, m_late, LateEventTableModel::EventTimeColumn, Qt::DescendingOrder, splitter));
    splitter->addWidget(labelled(new QLabel(tr("Event topics"), this), m_topics,
                                 EventTopicTableModel::TopicColumn, Qt::AscendingOrder, splitter));
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
