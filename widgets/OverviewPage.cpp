#include "OverviewPage.h"

#include "AlertListView.h"
#include "AlertTableModel.h"
#include "BrokerTableModel.h"
#include "ClusterStrip.h"
#include "ColumnFitter.h"
#include "FlinkJobTableModel.h"
#include "GroupTableModel.h"
#include "RawValueSortProxy.h"
#include "ReplicaDiagnosis.h"
#include "Roles.h"
#include "StatusLine.h"
#include "TableViews.h"
#include "WallLook.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <limits>

namespace Tidewatch {

OverviewPage::OverviewPage(QWidget *parent)
    : DashboardPage(parent)
    , m_stripLayout(new QVBoxLayout)
    , m_alerts(new AlertTableModel(this))
    , m_alertView(nullptr)
    , m_alertTitle(TableViews::makeHeadline(this))
    , m_kafkaBox(new QGroupBox(tr("Kafka cluster"), this))
    , m_flinkBox(new QGroupBox(tr("Flink"), this))
    , m_kafkaStatus(new StatusLine(tr("Kafka"), this))
    , m_flinkStatus(new StatusLine(tr("Flink"), this))
    , m_kafkaHealth(TableViews::makeHeadline(this))
    , m_kafkaCause(TableViews::makeCauseLabel(this))
    , m_leaderBalance(new QLabel(this))
    , m_flinkHealth(TableViews::makeHeadline(this))
    , m_brokers(new BrokerTableModel(this))
    , m_groups(new GroupTableModel(this))
    , m_groupsByLag(new RawValueSortProxy(this))
    , m_jobs(new FlinkJobTableModel(this))
    , m_brokerView(TableViews::make(m_brokers, this))
    , m_groupView(nullptr)
    , m_jobView(TableViews::make(m_jobs, this))
{
    m_groupsByLag->setSourceModel(m_groups);
    m_groupView = TableViews::make(m_groupsByLag, this, true);
    m_groupView->sortByColumn(GroupTableModel::LagColumn, Qt::DescendingOrder);
    // A summary beside the brokers: the columns that say who is in trouble; the groups page has the rest.
    TableViews::fitColumns(
        m_groupView, {GroupTableModel::GroupColumn},
        {GroupTableModel::StatusColumn, GroupTableModel::LagColumn, GroupTableModel::TimeLagColumn},
        {GroupTableModel::StateColumn, GroupTableModel::MembersColumn, GroupTableModel::MaxLagColumn,
         GroupTableModel::RateColumn, GroupTableModel::CatchUpColumn, GroupTableModel::ClientsColumn});
    TableViews::fitColumns(
        m_brokerView, {BrokerTableModel::HostColumn},
        {BrokerTableModel::IdColumn, BrokerTableModel::StateColumn, BrokerTableModel::LeadsColumn},
        {BrokerTableModel::RttColumn, BrokerTableModel::RackColumn, BrokerTableModel::LogSizeColumn,
         BrokerTableModel::ProduceLatencyColumn, BrokerTableModel::FetchLatencyColumn,
         BrokerTableModel::PreferredLeaderOfColumn, BrokerTableModel::ReplicasColumn})
        // With a broker down the missing replicas need the room; the Brokers page has the rates.
        ->setDroppable({BrokerTableModel::BytesOutColumn, BrokerTableModel::BytesInColumn});
    m_leaderBalance->setTextFormat(Qt::PlainText);
    m_leaderBalance->setWordWrap(true);
    m_groupView->setToolTip(tr("Double-click a group to open it"));
    m_brokerView->setToolTip(tr("Double-click a broker to open the brokers page"));
    // Secondary columns hidden on the wall display (WallLook; listed in docs/GUIDE.md).
    m_brokerView->setProperty(
        "tidewatchWallHiddenColumns",
        QVariant::fromValue(
            QList<int>{BrokerTableModel::HostColumn, BrokerTableModel::RttColumn,
                       BrokerTableModel::RackColumn, BrokerTableModel::LogSizeColumn,
                       BrokerTableModel::ProduceLatencyColumn, BrokerTableModel::FetchLatencyColumn,
                       BrokerTableModel::PreferredLeaderOfColumn, BrokerTableModel::ReplicasColumn}));
    m_groupView->setProperty(
        "tidewatchWallHiddenColumns",
        QVariant::fromValue(QList<int>{GroupTableModel::StateColumn, GroupTableModel::MembersColumn,
                                       GroupTableModel::MaxLagColumn, GroupTableModel::TrendColumn,
                                       GroupTableModel::RateColumn, GroupTableModel::CatchUpColumn}));
    m_jobView->setProperty(
        "tidewatchWallHiddenColumns",
        QVariant::fromValue(QList<int>{FlinkJobTableModel::UptimeColumn, FlinkJobTableModel::TasksColumn,
                                       FlinkJobTableModel::FailedCheckpointsColumn,
                                       FlinkJobTableModel::RestartsColumn}));

    auto *alertsByState = new RawValueSortProxy(this);
    alertsByState->setSourceModel(m_alerts);
    auto *alertList = new AlertListView(this); // grows with the alerts, severity colours, wrapped summaries
    alertList->setAlertModel(alertsByState, AlertTableModel::SummaryColumn);
    m_alertView = alertList;
    m_alertView->sortByColumn(AlertTableModel::StateColumn, Qt::DescendingOrder);
    m_alertView->setToolTip(tr("Double-click an alert to open what it is about"));
    m_alertView->setProperty(
        "tidewatchWallHiddenColumns",
        QVariant::fromValue(QList<int>{AlertTableModel::SubjectColumn, AlertTableModel::ValueColumn,
                                       AlertTableModel::HandlingColumn}));
    m_alertView->hide();
    m_alertTitle->setText(tr("No active alerts"));
    // On the wall the banner above lists the firing alerts and the strip says what these lines say
    // (health figures, data age): fewer, larger elements, and the room goes to the tables' rows.
    for (QWidget *repeated : {static_cast<QWidget *>(m_kafkaHealth), static_cast<QWidget *>(m_kafkaStatus),
                              static_cast<QWidget *>(m_leaderBalance), static_cast<QWidget *>(m_flinkHealth),
                              static_cast<QWidget *>(m_flinkStatus)})
        repeated->setProperty(WallLook::kHiddenProperty, true);

    auto *layout = new QVBoxLayout(this);
    m_stripLayout->setSpacing(4);
    layout->addLayout(m_stripLayout);
    auto *alertBox = new QWidget(this);
    m_alertBox = alertBox;
    alertBox->setProperty(WallLook::kHiddenProperty, true); // the wall banner lists the firing alerts
    auto *alertLayout = new QVBoxLayout(alertBox);
    alertLayout->setContentsMargins(0, 0, 0, 0);
    alertLayout->addWidget(m_alertTitle);
    alertLayout->addWidget(m_alertView);
    auto *vertical = new QSplitter(Qt::Vertical, this);
    m_sections = vertical;
    vertical->addWidget(alertBox);
    auto *kafkaBox = m_kafkaBox;
    auto *kafkaLayout = new QVBoxLayout(kafkaBox);
    kafkaLayout->addWidget(m_kafkaHealth);
    kafkaLayout->addWidget(m_kafkaStatus);
    kafkaLayout->addWidget(m_kafkaCause);
    kafkaLayout->addWidget(m_leaderBalance);
    auto *split = new QSplitter(Qt::Horizontal, kafkaBox);
    m_kafkaSplit = split;
    split->addWidget(m_brokerView);
    auto *groupsBox = new QWidget(split);
    m_groupsBox = groupsBox;
    auto *groupsLayout = new QVBoxLayout(groupsBox);
    groupsLayout->setContentsMargins(0, 0, 0, 0);
    groupsLayout->addWidget(new QLabel(tr("Consumer groups, most lag first"), groupsBox));
    groupsLayout->addWidget(m_groupView);
    split->addWidget(groupsBox);
    kafkaLayout->addWidget(split, 1);
    vertical->addWidget(kafkaBox);

    auto *flinkLayout = new QVBoxLayout(m_flinkBox);
    flinkLayout->addWidget(m_flinkHealth);
    flinkLayout->addWidget(m_flinkStatus);
    flinkLayout->addWidget(m_jobView);
    vertical->addWidget(m_flinkBox);
    vertical->setStretchFactor(0, 1);
    vertical->setStretchFactor(1, 3);
    vertical->setStretchFactor(2, 2);
    layout->addWidget(vertical, 1);
    connect(vertical, &QSplitter::splitterMoved, this, [this] {
        if (!(window() && window()->property(WallLook::kWallModeProperty).toBool()))
            m_userSized = true;
    });

    m_kafkaHealth->setText(tr("No Kafka cluster configured"));
    m_flinkHealth->setText(tr("No Flink cluster configured"));

    connect(m_brokerView, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { Q_EMIT brokerActivated(index.data(KeyRole).toInt()); });
    connect(m_groupView, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { Q_EMIT groupActivated(index.data(KeyRole).toString()); });
    connect(m_jobView, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { Q_EMIT jobActivated(index.data(KeyRole).toString()); });
    connect(m_alertView, &QTableView::doubleClicked, this, [this, alertsByState](const QModelIndex &index) {
        const ActiveAlert *alert = m_alerts->alertAt(alertsByState->mapToSource(index).row());
        if (!alert)
            return;
        const QString cluster = alert->label(QStringLiteral("cluster"));
        if (!alert->label(QStringLiteral("consumergroup")).isEmpty()) {
            Q_EMIT clusterActivated(cluster, QStringLiteral("groups"));
            Q_EMIT groupActivated(alert->label(QStringLiteral("consumergroup")));
        } else if (!alert->label(QStringLiteral("job_id")).isEmpty()) {
            Q_EMIT clusterActivated(cluster, QStringLiteral("flink"));
            Q_EMIT jobActivated(alert->label(QStringLiteral("job_id")));
        } else {
            Q_EMIT clusterActivated(cluster, AlertTableModel::pageOf(*alert));
        }
    });
}

void OverviewPage::setClusters(const QList<ClusterHealth> &clusters, const QString &current)
{
    while (m_strips.size() > clusters.size())
        delete m_strips.takeLast();
    while (m_strips.size() < clusters.size()) {
        auto *strip = new ClusterStrip(this);
        m_stripLayout->addWidget(strip);
        connect(strip, &ClusterStrip::activated, this, &OverviewPage::clusterActivated);
        m_strips.append(strip);
    }
    for (qsizetype i = 0; i < clusters.size(); ++i) {
        m_strips[i]->setHealth(clusters.at(i));
        m_strips[i]->setCurrent(clusters.size() > 1 && clusters.at(i).name == current);
    }
    m_kafkaBox->setTitle(clusters.size() > 1 ? tr("Kafka cluster %1").arg(current) : tr("Kafka cluster"));
    m_flinkBox->setTitle(clusters.size() > 1 ? tr("Flink of %1").arg(current) : tr("Flink"));
}

void OverviewPage::setAlerts(const QList<ActiveAlert> &alerts)
{
    m_alerts->setRows(alerts);
    m_alertView->setVisible(!alerts.isEmpty());
    updateAlertTitle();
}

void OverviewPage::setAlertHandling(const QHash<QString, AlertHandling> &handling)
{
    m_alerts->setHandling(handling);
    updateAlertTitle();
}

QString OverviewPage::alertTitle() const
{
    return m_alertTitle->text();
}

void OverviewPage::updateAlertTitle()
{
    const QList<ActiveAlert> &alerts = m_alerts->rows();
    int firing = 0;
    int silenced = 0;
    for (const ActiveAlert &a : alerts) {
        if (a.state != AlertState::Firing)
            continue;
        ++firing;
        silenced += m_alerts->handlingOf(a).isSilenced() ? 1 : 0;
    }
    const int pending = int(alerts.size()) - firing;
    m_alertTitle->setText(
        alerts.isEmpty() ? tr("No active alerts")
        : silenced > 0
            ? tr("Alerts: %1 firing (%2 silenced), %3 pending").arg(firing).arg(silenced).arg(pending)
            : tr("Alerts: %1 firing, %2 pending").arg(firing).arg(pending));
    const QString style =
        firing > silenced ? QStringLiteral("color: %1; font-weight: bold;").arg(StatusColour::bad().name())
                          : QString();
    if (m_alertTitle->styleSheet() != style) // a new style sheet re-polishes the widget: only on change
        m_alertTitle->setStyleSheet(style);
}

void OverviewPage::updateLeaderBalance(const KafkaSnapshot &snapshot)
{
    if (!snapshot.status.attemptedAt.isValid() || snapshot.topics.isEmpty()) {
        m_leaderBalance->clear();
        m_leaderBalance->hide();
        return;
    }
    const int off = ReplicaDiagnosis::notOnPreferredLeaderCount(snapshot);
    const QMap<int, int> leaders = ReplicaDiagnosis::leadersByBroker(snapshot);
    QStringList perBroker;
    for (auto it = leaders.cbegin(); it != leaders.cend(); ++it)
        perBroker << tr("%1: %2").arg(it.key()).arg(it.value());
    const QString balance = tr("leaders per broker: %1").arg(perBroker.join(QStringLiteral(" · ")));
    m_leaderBalance->setText(
        off > 0 ? tr("Not on the preferred leader: %n partition(s) · %1", nullptr, off).arg(balance)
                : tr("Every partition on its preferred leader · %1").arg(balance));
    m_leaderBalance->setToolTip(tr("A partition led by another replica than its first (preferred) one "
                                   "puts more load on that broker; kafka-leader-election --election-type "
                                   "preferred moves leadership back"));
    QPalette palette = m_leaderBalance->palette();
    palette.setColor(QPalette::WindowText,
                     off > 0 ? TableViews::readableStatusColour(StatusColour::warn(), palette)
                             : QWidget::palette().color(QPalette::WindowText));
    m_leaderBalance->setPalette(palette);
    m_leaderBalance->show();
}

QString OverviewPage::leaderBalanceText() const
{
    return m_leaderBalance->text();
}

QString OverviewPage::causeText() const
{
    return m_kafkaCause->isVisibleTo(this) ? m_kafkaCause->text() : QString();
}

QString OverviewPage::kafkaHealthText() const
{
    return m_kafkaHealth->text();
}

void OverviewPage::applyKafka(const KafkaSnapshot &snapshot, qint64 staleAfterMs)
{
    m_kafkaStatus->setStatus(snapshot.status, staleAfterMs);
    m_brokers->setSnapshot(snapshot);
    m_groups->setRows(snapshot.groups);
    const int up = snapshot.reachableBrokerCount();
    if (!snapshot.status.attemptedAt.isValid()) // nothing collected: no figures rather than zeros
        m_kafkaHealth->setText(tr("%1 — no Kafka data").arg(snapshot.clusterName));
    else
        m_kafkaHealth->setText(
            tr("%1 — brokers up: %2/%3 · controller: %4 · %5 · "
               "under-replicated: %6 · offline: %7 · under min ISR: %8")
                .arg(snapshot.clusterName)
                .arg(up)
                .arg(snapshot.brokers.size())
                .arg(snapshot.controllerId >= 0 ? QString::number(snapshot.controllerId) : tr("unknown"))
                .arg(snapshot.countsText())
                .arg(snapshot.underReplicatedCount())
                .arg(snapshot.offlineCount())
                .arg(snapshot.underMinIsrCount()));
    TableViews::setCause(m_kafkaCause, ReplicaDiagnosis::causeStatement(snapshot),
                         snapshot.reachableBrokerCount() < snapshot.brokers.size());
    updateLeaderBalance(snapshot);
    const bool stale = m_kafkaStatus->isStale();
    m_brokerView->setEnabled(!stale);
    m_groupView->setEnabled(!stale);
    scheduleFit();
}

void OverviewPage::applyFlink(const FlinkSnapshot &snapshot, qint64 staleAfterMs)
{
    // -1: Flink did not say (unreachable, or not answered yet); never shown as a count of 0.
    const auto knownCount = [](int n) {
        return n >= 0 ? QString::number(n) : tr("unknown");
    };
    m_flinkStatus->setStatus(snapshot.status, staleAfterMs);
    m_jobs->setSnapshot(snapshot);
    if (!snapshot.status.attemptedAt.isValid()) // nothing collected: no figures rather than zeros
        m_flinkHealth->setText(tr("%1 — no Flink data").arg(snapshot.clusterName));
    else
        m_flinkHealth->setText(
            tr("%1 — Flink %2 · task managers: %3 · slots: %4 free of %5 · jobs running: %6 of %7")
                .arg(snapshot.restUrl,
                     snapshot.flinkVersion.isEmpty() ? tr("(version unknown)") : snapshot.flinkVersion)
                .arg(knownCount(snapshot.taskManagers), knownCount(snapshot.slotsAvailable),
                     knownCount(snapshot.slotsTotal))
                .arg(snapshot.runningJobs())
                .arg(snapshot.jobs.size()));
    m_jobView->setEnabled(!m_flinkStatus->isStale());
    scheduleFit();
}

void OverviewPage::refreshAges()
{
    m_alerts->refreshAges();
    m_kafkaStatus->refresh();
    m_flinkStatus->refresh();
    m_brokerView->setEnabled(!m_kafkaStatus->isStale());
    m_groupView->setEnabled(!m_kafkaStatus->isStale());
    m_jobView->setEnabled(!m_flinkStatus->isStale());
}

void OverviewPage::resizeEvent(QResizeEvent *event)
{
    DashboardPage::resizeEvent(event);
    scheduleFit();
}

void OverviewPage::showEvent(QShowEvent *event)
{
    DashboardPage::showEvent(event);
    scheduleFit();
}

void OverviewPage::scheduleFit()
{
    if (m_fitPending)
        return;
    m_fitPending = true;
    QTimer::singleShot(0, this, [this] {
        m_fitPending = false;
        fitSections();
    });
}

namespace {

/// The height @p view needs to show its rows, at most @p maxRows of them: header, rows and frame.
int heightForRows(const QTableView *view, int maxRows = std::numeric_limits<int>::max())
{
    const QHeaderView *header = view->horizontalHeader();
    return (header->isVisible() ? header->height() : 0) +
           std::min(view->model()->rowCount(), maxRows) * view->verticalHeader()->defaultSectionSize() +
           2 * view->frameWidth();
}

} // namespace

void OverviewPage::fitSections()
{
    const bool onWall = window() && window()->property(WallLook::kWallModeProperty).toBool();
    if (!isVisible())
        return;
    if (!onWall && m_fittedOnWall)
        m_userSized = false; // the wall gave the alert list no room: the desktop fit comes back
    m_fittedOnWall = onWall;
    if (!onWall && m_userSized)
        return;
    const QList<int> sizes = m_sections->sizes(); // alerts (hidden on the wall), Kafka, Flink
    if (sizes.size() != 3)
        return;
    const int room = sizes.at(0) + sizes.at(1) + sizes.at(2);
    if (room <= 0)
        return;
    int alerts = 0;
    if (!onWall && m_alertBox->isVisibleTo(this)) {
        // The title and every alert row, up to a quarter of the room (the list scrolls beyond it).
        const QLayout *boxLayout = m_alertBox->layout();
        const int besides = m_alertTitle->sizeHint().height() + boxLayout->spacing() +
                            boxLayout->contentsMargins().top() + boxLayout->contentsMargins().bottom();
        auto *list = qobject_cast<AlertListView *>(m_alertView);
        if (list) {
            const int header = list->horizontalHeader()->isVisible() ? list->horizontalHeader()->height() : 0;
            // As many whole rows as the share holds, at least two.
            int fit = 0;
            int used = besides + header + 2 * list->frameWidth();
            for (int row = 0; row < list->model()->rowCount(); ++row) {
                used += list->rowHeight(row);
                if (used > room / 4)
                    break;
                ++fit;
            }
            list->setMaxVisibleRows(std::max(2, fit));
            alerts = besides + list->fittedHeight(); // exactly what it shows: no gap around the title
        } else {
            alerts = std::min(m_alertBox->sizeHint().height(), room / 4);
        }
    }
    // What each section needs besides its tables (titles, the cause line) as laid out now, for all
    // its rows and for its first three (the worst: the tables sort them first).
    constexpr int kFirstRows = 3;
    const auto kafkaNeeds = [this](int rows) {
        return m_kafkaBox->height() - m_kafkaSplit->height() +
               std::max(heightForRows(m_brokerView, rows),
                        m_groupsBox->height() - m_groupView->height() + heightForRows(m_groupView, rows));
    };
    const auto flinkNeeds = [this](int rows) {
        return m_flinkBox->height() - m_jobView->height() + heightForRows(m_jobView, rows);
    };
    const int kafkaWanted = kafkaNeeds(std::numeric_limits<int>::max());
    const int flinkWanted = flinkNeeds(std::numeric_limits<int>::max());
    const int left = room - alerts;
    if (left <= 0 || kafkaWanted <= 0 || flinkWanted <= 0)
        return;
    int flink = flinkWanted;
    if (!m_kafkaBox->isVisible()) {
        flink = left;
    } else if (kafkaWanted + flinkWanted > left) {
        // Not all fits: first three rows each, then the rest of the room by what is still wanted.
        const int kafkaFirst = kafkaNeeds(kFirstRows);
        const int flinkFirst = flinkNeeds(kFirstRows);
        const int spare = left - kafkaFirst - flinkFirst;
        const qint64 moreWanted = qint64(kafkaWanted - kafkaFirst) + (flinkWanted - flinkFirst);
        flink = spare >= 0 && moreWanted > 0
                    ? flinkFirst + int(qint64(spare) * (flinkWanted - flinkFirst) / moreWanted)
                    : int(qint64(left) * flinkWanted / (kafkaWanted + flinkWanted));
    }
    const QList<int> fitted{alerts, left - flink, flink};
    if (fitted != sizes)
        m_sections->setSizes(fitted);
}

} // namespace Tidewatch
