#include "GroupsPage.h"

#include "Format.h"
#include "GroupTableModel.h"
#include "RawValueSortProxy.h"
#include "Roles.h"
#include "StatusLine.h"
#include "TableViews.h"

#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
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
{
    m_filter->setPlaceholderText(tr("Filter groups by id"));
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
    lowerLayout->addWidget(TableViews::make(m_partitions, lower, true), 1);
    splitter->addWidget(lower);
    layout->addWidget(splitter, 1);
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
    int bad = 0;
    for (const ConsumerGroupInfo &g : snapshot.groups)
        bad += GroupTableModel::statusColour(g.status) == StatusColour::bad() ? 1 : 0;
    m_headline->setText(
        tr("%n consumer group(s) · %1 stopped, stalled or rewound", nullptr, int(snapshot.groups.size()))
            .arg(bad));
    showDetail();
}

void GroupsPage::showDetail()
{
    const QModelIndex current = m_groupView->selectionModel()->currentIndex();
    const ConsumerGroupInfo *group =
        current.isValid() ? m_snapshot.group(current.data(KeyRole).toString()) : nullptr;
    if (!group) {
        m_detailTitle->setText(tr("Select a group to see its partitions and members"));
        m_members->clear();
        m_partitions->setRows({});
        return;
    }
    m_detailTitle->setText(
        tr("%1 — %2, lag %3, time lag %4")
            .arg(group->groupId, group->state,
                 group->totalLag >= 0 ? Format::count(double(group->totalLag)) : tr("unknown"),
                 GroupTableModel::timeLagText(group->maxTimeLagSeconds, group->maxTimeLagIsLowerBound)));
    QStringList members;
    for (const GroupMember &m : group->members)
        members
            << tr("%1 on %2 (%n partition(s))", nullptr, int(m.assignment.size())).arg(m.clientId, m.host);
    m_members->setText(members.isEmpty() ? tr("No active members.")
                                         : tr("Members: %1").arg(members.join(QStringLiteral("; "))));
    m_partitions->setRows(group->partitions);
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
}

} // namespace Tidewatch
