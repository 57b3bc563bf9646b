#include "MainWindow.h"

#include "AlertTableModel.h"
#include "AlertsPage.h"
#include "BrokersPage.h"
#include "BusinessHistory.h"
#include "BusinessPages.h"
#include "BusinessStatusLine.h"
#include "ClusterHealth.h"
#include "FlinkPage.h"
#include "GroupsPage.h"
#include "HelpMenu.h"
#include "OverviewPage.h"
#include "PipelinesPage.h"
#include "ProfileStore.h"
#include "RulesPage.h"
#include "SettingsPage.h"
#include "SnapshotHistory.h"
#include "TopicsPage.h"
#include "WallBar.h"
#include "WallLook.h"

#include "Format.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QThreadPool>
#include <QTimer>
#include <QVBoxLayout>

namespace Tidewatch {

namespace {
constexpr int kFrameIntervalMs = 500;
constexpr int kPageNameRole = Qt::UserRole + 1;
constexpr qreal kWallFontScale = 1.8;
constexpr int kWallTableTextPx = 28; ///< readable from across a room on a 1080p screen

} // namespace

/// What the window holds of one monitored cluster.
struct MainWindow::Cluster
{
    QString name;
    qint64 staleAfterMs = 0;
    bool kafkaConfigured = false;
    bool flinkConfigured = false;
    bool businessConfigured = false;
    std::optional<KafkaSnapshot> pendingKafka;
    std::optional<FlinkSnapshot> pendingFlink;
    std::optional<KafkaSnapshot> latestKafka;
    std::optional<FlinkSnapshot> latestFlink;
    std::optional<BusinessSnapshot> pendingBusiness;
    std::optional<BusinessSnapshot> latestBusiness;
    std::optional<PipelineSnapshot> pendingPipelines;
    std::optional<PipelineSnapshot> latestPipelines;
};

MainWindow::MainWindow(qint64 staleAfterMs, const QString &profilesPath, QWidget *parent)
    : QMainWindow(parent)
    , m_staleAfterMs(staleAfterMs)
    , m_pageList(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_clusterBar(new QWidget(this))
    , m_clusterBox(new QComboBox(this))
    , m_overview(new OverviewPage(this))
    , m_frameTimer(new QTimer(this))
{
    setWindowTitle(tr("Tidewatch"));
    auto *central = new QWidget(this);
    // A column: the wall bar goes on top in wall mode; below, the page list and the pages.
    auto *column = new QVBoxLayout(central);
    auto *row = new QHBoxLayout;
    m_pageList->setFixedWidth(170);
    row->addWidget(m_pageList);
    auto *right = new QVBoxLayout;
    // With several clusters, the detail pages show the one chosen here (Ctrl+PgDown / Ctrl+PgUp).
    auto *clusterRow = new QHBoxLayout(m_clusterBar);
    clusterRow->setContentsMargins(0, 0, 0, 0);
    auto *clusterLabel = new QLabel(tr("&Cluster:"), m_clusterBar);
    clusterLabel->setBuddy(m_clusterBox);
    m_clusterBox->setParent(m_clusterBar);
    m_clusterBox->setToolTip(tr("The cluster the pages show (Ctrl+PgDown / Ctrl+PgUp: next / previous); "
                                "the overview shows every cluster's health"));
    m_clusterBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    clusterRow->addWidget(clusterLabel);
    clusterRow->addWidget(m_clusterBox);
    clusterRow->addStretch(1);
    m_clusterBar->hide();
    right->addWidget(m_clusterBar);
    right->addWidget(m_pages, 1);
    row->addLayout(right, 1);
    column->addLayout(row, 1);
    connect(m_clusterBox, &QComboBox::currentTextChanged, this, [this](const QString &name) {
        if (!name.isEmpty() && name != m_currentCluster)
            setCurrentCluster(name);
    });
    setCentralWidget(central);

    addPage(QStringLiteral("overview"), tr("Overview"), m_overview);
    addPage(QStringLiteral("alerts"), tr("Alerts"), new AlertsPage(this));
    addPage(QStringLiteral("brokers"), tr("Brokers"), new BrokersPage(this));
    addPage(QStringLiteral("topics"), tr("Topics"), new TopicsPage(this));
    addPage(QStringLiteral("groups"), tr("Consumer groups"), new GroupsPage(this));
    addPage(QStringLiteral("flink"), tr("Flink jobs"), new FlinkPage(this));
    addPage(QStringLiteral("pipelines"), tr("Pipelines"), new PipelinesPage(this));
    for (const BusinessPages::Entry &entry : BusinessPages::create(this))
        addPage(entry.name, entry.title, entry.page);
    addPage(QStringLiteral("rules"), tr("Alert rules"), new RulesPage(this));
    auto *settings = new SettingsPage(
        profilesPath.isEmpty() ? ProfileStore::defaultProfilesPath() : profilesPath, nullptr, this);
    addPage(QStringLiteral("settings"), tr("Settings"), settings);
    connect(settings, &SettingsPage::themeChanged, this, &MainWindow::applyTheme);
    connect(settings, &SettingsPage::profileActivated, this, &MainWindow::profileActivated);
    connect(settings, &SettingsPage::profileDeactivated, this, &MainWindow::profileDeactivated);
    connect(m_overview, &OverviewPage::clusterActivated, this,
            [this](const QString &cluster, const QString &target) {
                setCurrentCluster(cluster);
                if (pageNames().contains(target))
                    showPage(target);
            });

    connect(m_overview, &OverviewPage::groupActivated, this, [this](const QString &groupId) {
        showPage(QStringLiteral("groups"));
        static_cast<GroupsPage *>(page(QStringLiteral("groups")))->selectGroup(groupId);
    });
    connect(m_overview, &OverviewPage::brokerActivated, this,
            [this] { showPage(QStringLiteral("brokers")); });
    connect(m_overview, &OverviewPage::jobActivated, this, [this](const QString &jobId) {
        showPage(QStringLiteral("flink"));
        static_cast<FlinkPage *>(page(QStringLiteral("flink")))->selectJob(jobId);
    });

    connect(m_pageList, &QListWidget::currentRowChanged, this, [this](int row) {
        m_pages->setCurrentIndex(row);
        bringCurrentPageUpToDate();
    });
    m_pageList->setCurrentRow(0);

    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    auto *quit = fileMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    auto *viewMenu = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_pageList->count(); ++i) {
        QAction *go = viewMenu->addAction(m_pageList->item(i)->text());
        if (i < 9) // Ctrl+1 … Ctrl+9
            go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(go, &QAction::triggered, this, [this, i] { m_pageList->setCurrentRow(i); });
    }
    viewMenu->addSeparator();
    auto stepCluster = [this](int step) {
        const int n = m_clusterBox->count();
        if (n > 1)
            m_clusterBox->setCurrentIndex((m_clusterBox->currentIndex() + step + n) % n);
    };
    QAction *nextCluster = viewMenu->addAction(tr("&Next cluster"));
    nextCluster->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    connect(nextCluster, &QAction::triggered, this, [stepCluster] { stepCluster(1); });
    QAction *previousCluster = viewMenu->addAction(tr("&Previous cluster"));
    previousCluster->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    connect(previousCluster, &QAction::triggered, this, [stepCluster] { stepCluster(-1); });
    new HelpMenu(this); // Keyboard shortcuts, User guide, About (widgets/HelpMenu)

    statusBar()->showMessage(tr("Connecting…"));
    m_frameTimer->setInterval(kFrameIntervalMs);
    connect(m_frameTimer, &QTimer::timeout, this, &MainWindow::applyPending);
    m_frameTimer->start();
    resize(1280, 820);
}

MainWindow::~MainWindow() = default;

QStringList MainWindow::pageNames()
{
    return QStringList{QStringLiteral("overview"), QStringLiteral("alerts"), QStringLiteral("brokers"),
                       QStringLiteral("topics"),   QStringLiteral("groups"), QStringLiteral("flink"),
                       QStringLiteral("pipelines")} +
           BusinessPages::names() + QStringList{QStringLiteral("rules"), QStringLiteral("settings")};
}

void MainWindow::addPage(const QString &name, const QString &title, DashboardPage *page)
{
    auto *item = new QListWidgetItem(title, m_pageList);
    item->setData(kPageNameRole, name);
    m_pages->addWidget(page);
    page->setHistory(&m_history);
    m_dashboardPages.append(page);
    m_kafkaDirty.append(false);
    m_flinkDirty.append(false);
    m_businessDirty.append(false);
    m_pipelinesDirty.append(false);
}

bool MainWindow::showPage(const QString &name)
{
    for (int row = 0; row < m_pageList->count(); ++row) {
        if (m_pageList->item(row)->data(kPageNameRole).toString() == name) {
            m_pageList->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

QString MainWindow::currentPageName() const
{
    const QListWidgetItem *item = m_pageList->currentItem();
    return item ? item->data(kPageNameRole).toString() : QString();
}

DashboardPage *MainWindow::page(const QString &name) const
{
    const qsizetype index = pageNames().indexOf(name);
    return index >= 0 && index < m_dashboardPages.size() ? m_dashboardPages.at(index) : nullptr;
}

void MainWindow::addCluster(const QString &name, qint64 staleAfterMs, bool kafka, bool flink, bool business)
{
    m_announced = true;
    Cluster &cluster = clusterFor(name);
    cluster.staleAfterMs = staleAfterMs;
    cluster.kafkaConfigured = kafka;
    cluster.flinkConfigured = flink;
    cluster.businessConfigured = business;
    // Announced again: new settings, so what the old collectors delivered is not this cluster's now.
    cluster.pendingKafka.reset();
    cluster.pendingFlink.reset();
    cluster.latestKafka.reset();
    cluster.latestFlink.reset();
    cluster.pendingBusiness.reset();
    cluster.latestBusiness.reset();
    cluster.pendingPipelines.reset();
    cluster.latestPipelines.reset();
    if (name == m_currentCluster)
        markAllDirty();
    m_overviewDirty = true;
}

void MainWindow::removeCluster(const QString &name)
{
    const auto it =
        std::find_if(m_clusters.begin(), m_clusters.end(), [&](const auto &c) { return c->name == name; });
    if (it == m_clusters.end())
        return;
    m_clusters.erase(it);
    m_clusterBox->removeItem(m_clusterBox->findText(name));
    m_clusterBar->setVisible(m_clusters.size() > 1 && !m_wallBar);
    if (m_currentCluster == name) {
        m_currentCluster = m_clusters.empty() ? QString() : m_clusters.front()->name;
        m_clusterBox->setCurrentText(m_currentCluster);
        markAllDirty();
    }
    m_overviewDirty = true;
}

MainWindow::Cluster &MainWindow::clusterFor(const QString &name)
{
    for (const auto &c : m_clusters) {
        if (c->name == name)
            return *c;
    }
    auto cluster = std::make_unique<Cluster>();
    cluster->name = name;
    cluster->staleAfterMs = m_staleAfterMs;
    m_clusters.push_back(std::move(cluster));
    m_clusterBox->addItem(name);
    m_clusterBar->setVisible(m_clusters.size() > 1 && !m_wallBar);
    if (m_clusters.size() == 1) {
        m_currentCluster = name;
        m_clusterBox->setCurrentText(name);
    }
    return *m_clusters.back();
}

MainWindow::Cluster *MainWindow::current() const
{
    for (const auto &c : m_clusters) {
        if (c->name == m_currentCluster)
            return c.get();
    }
    return nullptr;
}

QStringList MainWindow::clusterNames() const
{
    QStringList names;
    for (const auto &c : m_clusters)
        names << c->name;
    return names;
}

QString MainWindow::currentCluster() const
{
    return m_currentCluster;
}

bool MainWindow::setCurrentCluster(const QString &name)
{
    if (!clusterNames().contains(name))
        return false;
    if (name == m_currentCluster)
        return true;
    m_currentCluster = name;
    m_clusterBox->setCurrentText(name);
    markAllDirty();
    m_overviewDirty = true;
    bringCurrentPageUpToDate();
    if (m_wallBar)
        m_wallBar->setPageTitle(tr("%1 — %2").arg(m_pageList->currentItem()->text(), m_currentCluster));
    return true;
}

void MainWindow::markAllDirty()
{
    m_kafkaDirty.fill(true);
    m_flinkDirty.fill(true);
    m_businessDirty.fill(true);
    m_pipelinesDirty.fill(true);
}

bool MainWindow::hasData() const
{
    return std::any_of(m_clusters.cbegin(), m_clusters.cend(), [](const auto &c) {
        return c->latestKafka.has_value() || c->latestFlink.has_value();
    });
}

bool MainWindow::accepts(const QString &cluster) const
{
    // Once clusters are announced, a snapshot of another one is late news of a disconnected cluster.
    return !m_announced || clusterNames().contains(cluster);
}

void MainWindow::setKafkaSnapshot(const KafkaSnapshot &snapshot)
{
    if (accepts(snapshot.clusterName))
        clusterFor(snapshot.clusterName).pendingKafka = snapshot;
}

void MainWindow::setFlinkSnapshot(const FlinkSnapshot &snapshot)
{
    if (accepts(snapshot.clusterName))
        clusterFor(snapshot.clusterName).pendingFlink = snapshot;
}

void MainWindow::setBusinessSnapshot(const BusinessSnapshot &snapshot)
{
    if (accepts(snapshot.clusterName))
        clusterFor(snapshot.clusterName).pendingBusiness = snapshot;
}

void MainWindow::setPipelineSnapshot(const PipelineSnapshot &snapshot)
{
    if (accepts(snapshot.clusterName))
        clusterFor(snapshot.clusterName).pendingPipelines = snapshot;
}

void MainWindow::setAlerts(const QList<ActiveAlert> &alerts)
{
    if (alerts == m_alerts)
        return; // evaluated on every snapshot, changed far less often
    m_alerts = alerts;
    m_overviewDirty = true;
}

void MainWindow::applyPending()
{
    bool fresh = false;
    // The snapshots this frame replaces. Freeing one is thousands of small deallocations (a few ms
    // at 20,000 partitions); once the pages and models have let go of them below, the last
    // reference is dropped on a pool thread instead of here (implicit sharing counts atomically).
    QList<KafkaSnapshot> replacedKafka;
    QList<FlinkSnapshot> replacedFlink;
    for (const auto &cluster : m_clusters) {
        Cluster &c = *cluster;
        const bool isCurrent = c.name == m_currentCluster;
        if (c.pendingKafka) {
            if (isCurrent)
                statusBar()->showMessage(tr("%1: last Kafka cycle %2 ms, %3 requests")
                                             .arg(c.name)
                                             .arg(c.pendingKafka->status.durationMs)
                                             .arg(c.pendingKafka->status.requestCount));
            if (c.latestKafka)
                replacedKafka.append(std::move(*c.latestKafka));
            c.latestKafka = std::move(c.pendingKafka);
            c.pendingKafka.reset();
            SnapshotHistory::recordKafka(m_history, *c.latestKafka);
            if (isCurrent)
                m_kafkaDirty.fill(true);
            fresh = true;
        }
        if (c.pendingFlink) {
            if (c.latestFlink)
                replacedFlink.append(std::move(*c.latestFlink));
            c.latestFlink = std::move(c.pendingFlink);
            c.pendingFlink.reset();
            SnapshotHistory::recordFlink(m_history, *c.latestFlink);
            if (isCurrent)
                m_flinkDirty.fill(true);
            fresh = true;
        }
        if (c.pendingBusiness) {
            c.latestBusiness = std::move(c.pendingBusiness);
            c.pendingBusiness.reset();
            BusinessHistory::record(m_history, *c.latestBusiness);
            if (isCurrent)
                m_businessDirty.fill(true);
            fresh = true;
        }
        if (c.pendingPipelines) {
            c.latestPipelines = std::move(c.pendingPipelines);
            c.pendingPipelines.reset();
            if (isCurrent)
                m_pipelinesDirty.fill(true);
        }
    }
    // Groups, topics and Flink jobs come and go: series not updated for a day are dropped, so a wall
    // display running for weeks keeps a bounded history, whatever its sources are.
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    if (nowMs - m_lastPurgeMs > 10 * 60 * 1000) {
        m_history.removeStale(nowMs);
        m_lastPurgeMs = nowMs;
    }
    m_overviewDirty |= fresh;
    bringCurrentPageUpToDate();
    if (DashboardPage *currentPage = m_dashboardPages.value(m_pages->currentIndex()))
        currentPage->refreshAges();
    if (m_pages->currentWidget() == m_overview)
        updateOverview(); // the strips' ages move with the clock
    if (m_wallBar) {
        m_wallBar->tick();
        m_wallBar->setCondition(wallCondition());
        if (fresh) // new rows or controls a page showed for its data
            m_wallLook->apply(m_pages->currentWidget(), kWallTableTextPx);
    }
    if (!replacedKafka.isEmpty() || !replacedFlink.isEmpty()) {
        QThreadPool::globalInstance()->start(
            [kafka = std::move(replacedKafka), flink = std::move(replacedFlink)]() mutable {
                kafka.clear();
                flink.clear();
            });
    }
    if (fresh)
        Q_EMIT dataApplied();
}

QList<ClusterHealth> MainWindow::clusterHealth() const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<ClusterHealth> health;
    for (const auto &c : m_clusters) {
        ClusterHealth h = summarizeCluster(c->name, c->kafkaConfigured || c->latestKafka,
                                           c->latestKafka ? &*c->latestKafka : nullptr,
                                           c->flinkConfigured || c->latestFlink,
                                           c->latestFlink ? &*c->latestFlink : nullptr, c->staleAfterMs, now);
        for (const ActiveAlert &a : std::as_const(m_alerts)) {
            if (a.label(QStringLiteral("cluster")) != c->name)
                continue;
            h.alertsFiring += a.state == AlertState::Firing ? 1 : 0;
            h.alertsPending += a.state == AlertState::Pending ? 1 : 0;
        }
        health.append(h);
    }
    return health;
}

void MainWindow::updateOverview()
{
    m_overview->setClusters(clusterHealth(), m_currentCluster);
    if (m_overviewDirty)
        m_overview->setAlerts(m_alerts);
    m_overviewDirty = false;
}

void MainWindow::bringCurrentPageUpToDate()
{
    const int index = m_pages->currentIndex();
    DashboardPage *currentPage = m_dashboardPages.value(index);
    Cluster *cluster = current();
    if (!currentPage)
        return;
    if (currentPage == m_overview && m_overviewDirty)
        updateOverview();
    if (!cluster) {
        if (m_kafkaDirty[index] || m_flinkDirty[index] || m_businessDirty[index]) { // the last cluster went
            Cluster none;
            currentPage->applyKafka(noKafkaData(none), m_staleAfterMs);
            currentPage->applyFlink(noFlinkData(none), m_staleAfterMs);
            currentPage->applyBusiness(noBusinessData(none), m_staleAfterMs);
            m_kafkaDirty[index] = m_flinkDirty[index] = m_businessDirty[index] = false;
        }
        return;
    }
    // A cluster without data of a source (not configured, or nothing arrived yet) empties the page's
    // part for it: another cluster's rows must never stand under this cluster's name.
    if (m_kafkaDirty[index]) {
        currentPage->applyKafka(cluster->latestKafka ? *cluster->latestKafka : noKafkaData(*cluster),
                                cluster->staleAfterMs);
        m_kafkaDirty[index] = false;
    }
    if (m_flinkDirty[index]) {
        currentPage->applyFlink(cluster->latestFlink ? *cluster->latestFlink : noFlinkData(*cluster),
                                cluster->staleAfterMs);
        m_flinkDirty[index] = false;
    }
    if (m_businessDirty[index]) {
        currentPage->applyBusiness(cluster->latestBusiness ? *cluster->latestBusiness
                                                           : noBusinessData(*cluster),
                                   cluster->staleAfterMs);
        m_businessDirty[index] = false;
    }
    if (m_pipelinesDirty[index]) {
        PipelineSnapshot none;
        none.clusterName = cluster->name;
        currentPage->applyPipelines(cluster->latestPipelines ? *cluster->latestPipelines : none,
                                    cluster->staleAfterMs);
        m_pipelinesDirty[index] = false;
    }
}

namespace {

/// An empty snapshot of @p cluster whose status says why there is no data (and was never attempted).
template<typename Snapshot>
Snapshot noData(const QString &cluster, bool configured, const QString &notConfigured)
{
    Snapshot empty;
    empty.clusterName = cluster;
    empty.status.error = cluster.isEmpty() ? MainWindow::tr("no cluster is monitored")
                         : configured      ? MainWindow::tr("waiting for the first data of %1").arg(cluster)
                                           : notConfigured;
    return empty;
}

} // namespace

KafkaSnapshot MainWindow::noKafkaData(const Cluster &cluster)
{
    return noData<KafkaSnapshot>(cluster.name, cluster.kafkaConfigured,
                                 tr("%1 has no Kafka cluster configured").arg(cluster.name));
}

FlinkSnapshot MainWindow::noFlinkData(const Cluster &cluster)
{
    return noData<FlinkSnapshot>(cluster.name, cluster.flinkConfigured,
                                 tr("%1 has no Flink cluster configured").arg(cluster.name));
}

BusinessSnapshot MainWindow::noBusinessData(const Cluster &cluster)
{
    return noData<BusinessSnapshot>(cluster.name, cluster.businessConfigured,
                                    tr("%1 has no event topics configured").arg(cluster.name));
}

QString MainWindow::alertLine(const ActiveAlert &a) const
{
    const AlertHandling handling = m_overview->alertModel()->handlingOf(a);
    const QString line =
        tr("ALERT %1 [%2] %3").arg(a.ruleName, AlertTableModel::severityText(a.severity), a.summary);
    return handling.text().isEmpty() ? line : tr("%1 — %2").arg(line, handling.text());
}

QStringList MainWindow::quietAlerts() const
{
    QStringList out;
    for (const ActiveAlert &a : m_alerts) {
        if (a.state == AlertState::Firing && m_overview->alertModel()->handlingOf(a).isSilenced())
            out << alertLine(a);
    }
    return out;
}

WorstCondition MainWindow::wallCondition() const
{
    QList<ConditionAlert> alerts;
    for (const ActiveAlert &a : m_alerts) {
        if (a.state == AlertState::Firing) // pending ones are not news yet
            alerts.append(ConditionAlert{a.label(QStringLiteral("cluster")), a.severity, alertLine(a),
                                         m_overview->alertModel()->handlingOf(a).isSilenced()});
    }
    QList<ConditionSource> others;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const auto &c : m_clusters) {
        if (!c->latestBusiness || !c->latestBusiness->status.attemptedAt.isValid())
            continue;
        const BusinessFreshness f = BusinessFreshness::of(*c->latestBusiness, c->staleAfterMs, now);
        using State = BusinessFreshness::State;
        const Freshness freshness = f.state == State::Unreachable ? Freshness::Unreachable
                                    : f.state == State::Stale     ? Freshness::Stale
                                                                  : Freshness::Live;
        others.append(ConditionSource{c->name, tr("event topics"), freshness, f.eventAgeMs});
    }
    return worstCondition(clusterHealth(), alerts, others);
}

void MainWindow::setAlertHandling(const QHash<QString, AlertHandling> &handling)
{
    m_overview->setAlertHandling(handling);
}

QStringList MainWindow::problems() const
{
    QStringList out;
    // Firing alerts first, the most severe first (activeAlerts() order); pending ones are not news yet.
    int firing = 0;
    for (const ActiveAlert &a : m_alerts) {
        if (a.state != AlertState::Firing)
            continue;
        if (++firing > 5)
            continue;
        if (m_overview->alertModel()->handlingOf(a).isSilenced()) {
            --firing; // silenced: on the banner, but not as a problem (quietAlerts())
            continue;
        }
        out << alertLine(a);
    }
    if (firing > 5)
        out << tr("… and %n more firing alert(s)", nullptr, firing - 5);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool several = m_clusters.size() > 1;
    for (const auto &c : m_clusters) {
        auto check = [&](const QString &what, const SourceStatus &status) {
            const qint64 age = status.dataAgeMs(now);
            if (!status.reachable)
                out << tr("%1 UNREACHABLE: %2 — last data %3").arg(what, status.error, Format::age(age));
            else if (age < 0 || age > c->staleAfterMs)
                out << tr("%1 STALE — last data %2").arg(what, Format::age(age));
        };
        const QString prefix = several ? c->name + QStringLiteral(": ") : QString();
        if (c->latestKafka) {
            const KafkaSnapshot &k = *c->latestKafka;
            check(tr("Kafka %1").arg(k.clusterName), k.status);
            for (const BrokerInfo &b : k.brokers) {
                if (!b.reachable && k.status.reachable)
                    out << prefix + tr("Broker %1 DOWN: %2").arg(b.id).arg(b.error);
            }
            if (const int offline = k.offlineCount())
                out << prefix + tr("%n partition(s) OFFLINE", nullptr, offline);
        }
        if (c->latestFlink)
            check(several ? tr("Flink %1 (%2)").arg(c->latestFlink->restUrl, c->name)
                          : tr("Flink %1").arg(c->latestFlink->restUrl),
                  c->latestFlink->status);
        if (c->latestBusiness && c->latestBusiness->status.attemptedAt.isValid()) {
            const BusinessFreshness f = BusinessFreshness::of(*c->latestBusiness, c->staleAfterMs, now);
            if (f.alarming())
                out << prefix + f.text;
        }
    }
    return out;
}

void MainWindow::enterWallMode(const QStringList &pages, int rotateSeconds, const QKeySequence &exitKey)
{
    if (m_wallBar)
        return;
    m_wallPages = pages.isEmpty() ? QStringList{QStringLiteral("overview")} : pages;
    m_wallExitKey = exitKey.isEmpty() ? QKeySequence(Qt::Key_Escape) : exitKey;
    m_normalPalette = palette();
    m_normalFont = font();

    // Dark, high contrast, large: read from across a control room.
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x10, 0x12, 0x16));
    dark.setColor(QPalette::WindowText, Qt::white);
    dark.setColor(QPalette::Base, QColor(0x18, 0x1b, 0x21));
    dark.setColor(QPalette::AlternateBase, QColor(0x22, 0x26, 0x2e));
    dark.setColor(QPalette::Text, Qt::white);
    dark.setColor(QPalette::Button, QColor(0x22, 0x26, 0x2e));
    dark.setColor(QPalette::ButtonText, Qt::white);
    dark.setColor(QPalette::Highlight, QColor(0x1e, 0x88, 0xe5));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Link, QColor(0x90, 0xca, 0xf9));
    dark.setColor(QPalette::LinkVisited, QColor(0x90, 0xca, 0xf9));
    setPalette(dark);
    QFont large = font();
    large.setPointSizeF(large.pointSizeF() * kWallFontScale);
    setFont(large);
    scaleExplicitFonts(kWallFontScale);
    fitTablesToFont();
    m_clusterBar->hide(); // the wall bar names the cluster a page shows
    setProperty(WallLook::kWallModeProperty, true);

    menuBar()->hide();
    statusBar()->hide();
    m_pageList->hide();
    m_wallBar = new WallBar(this);
    static_cast<QVBoxLayout *>(centralWidget()->layout())->insertWidget(0, m_wallBar);
    m_wallLook = std::make_unique<WallLook>();
    m_wallLook->apply(centralWidget(), kWallTableTextPx);
    updateOverview(); // the strips drop their links

    showWallStep(0);
    if (rotateSeconds > 0 && wallSequence().size() > 1) {
        m_wallRotation = new QTimer(this);
        m_wallRotation->setInterval(rotateSeconds * 1000);
        connect(m_wallRotation, &QTimer::timeout, this, &MainWindow::rotateWall);
        m_wallRotation->start();
    }
    // Against burn-in: every five minutes the picture moves by a few pixels, in a small square.
    m_wallShift = new QTimer(this);
    m_wallShift->setInterval(5 * 60 * 1000);
    connect(m_wallShift, &QTimer::timeout, this, [this] {
        static constexpr int offsets[4][2] = {{0, 0}, {3, 0}, {3, 3}, {0, 3}};
        m_wallShiftStep = (m_wallShiftStep + 1) % 4;
        centralWidget()->setContentsMargins(offsets[m_wallShiftStep][0], offsets[m_wallShiftStep][1],
                                            3 - offsets[m_wallShiftStep][0], 3 - offsets[m_wallShiftStep][1]);
    });
    m_wallShift->start();
    m_wallBar->setCondition(wallCondition());
    showFullScreen();
}

void MainWindow::fitTablesToFont()
{
    // Row heights and header fonts do not follow the window's font by themselves.
    const int rowHeight = QFontMetrics(font()).height() + 6;
    for (QTableView *table : findChildren<QTableView *>()) {
        table->verticalHeader()->setDefaultSectionSize(rowHeight);
        table->horizontalHeader()->setFont(font());
    }
}

void MainWindow::scaleExplicitFonts(qreal factor)
{
    // Headlines and titles set their own size, which the window's font does not reach: scale them too.
    for (QWidget *widget : findChildren<QWidget *>()) {
        if (!widget->testAttribute(Qt::WA_SetFont) || !(widget->font().resolveMask() & QFont::SizeResolved))
            continue;
        QFont f = widget->font();
        f.setPointSizeF(f.pointSizeF() * factor);
        widget->setFont(f);
    }
}

void MainWindow::keyPressEvent(QKeyEvent *event)
{
    // Esc leaves the wall display. A key event climbs from the focused child up to the window, so
    // this works whatever has the focus, unlike a shortcut on a window that was never activated.
    if (m_wallBar && QKeySequence(event->keyCombination()) == QKeySequence(m_wallExitKey[0])) {
        leaveWallMode();
        event->accept();
        return;
    }
    QMainWindow::keyPressEvent(event);
}

QList<QPair<QString, QString>> MainWindow::wallSequence() const
{
    // The overview covers every cluster; a detail page is shown once per cluster.
    QList<QPair<QString, QString>> steps;
    for (const QString &pageName : m_wallPages) {
        if (pageName == QLatin1String("overview") || pageName == QLatin1String("settings") ||
            pageName == QLatin1String("rules") || m_clusters.size() < 2) {
            steps.append({pageName, QString()});
            continue;
        }
        // A cluster without the page's source has nothing to show there.
        const bool flinkPage = pageName == QLatin1String("flink");
        const bool businessPage = BusinessPages::isBusinessPage(pageName);
        for (const auto &c : m_clusters) {
            const bool hasSource = flinkPage      ? c->flinkConfigured || c->latestFlink
                                   : businessPage ? c->businessConfigured || c->latestBusiness
                                                  : c->kafkaConfigured || c->latestKafka;
            if (hasSource)
                steps.append({pageName, c->name});
        }
    }
    if (steps.isEmpty())
        steps.append({QStringLiteral("overview"), QString()});
    return steps;
}

void MainWindow::showWallStep(int step)
{
    const auto steps = wallSequence();
    if (steps.isEmpty())
        return;
    m_wallStep = step % int(steps.size());
    const auto &[pageName, cluster] = steps.at(m_wallStep);
    if (!cluster.isEmpty())
        setCurrentCluster(cluster);
    showPage(pageName);
    m_wallLook->apply(m_pages->currentWidget(), kWallTableTextPx);
    const QString title = m_pageList->currentItem()->text();
    m_wallBar->setPageTitle(cluster.isEmpty() ? title : tr("%1 — %2").arg(title, cluster));
}

void MainWindow::rotateWall()
{
    if (m_wallBar)
        showWallStep(m_wallStep + 1);
}

void MainWindow::leaveWallMode()
{
    if (!m_wallBar)
        return;
    delete m_wallRotation;
    m_wallRotation = nullptr;
    delete m_wallShift;
    m_wallShift = nullptr;
    centralWidget()->setContentsMargins(0, 0, 0, 0);
    delete m_wallBar;
    m_wallBar = nullptr;
    m_wallLook.reset(); // puts back controls, focus, selection, scroll bars, columns
    setProperty(WallLook::kWallModeProperty, false);
    setPalette(m_normalPalette);
    setFont(m_normalFont);
    scaleExplicitFonts(1 / kWallFontScale);
    fitTablesToFont();
    m_clusterBar->setVisible(m_clusters.size() > 1);
    updateOverview(); // the strips' links come back
    menuBar()->show();
    statusBar()->show();
    m_pageList->show();
    showNormal();
}

void MainWindow::saveLayout(QSettings &settings) const
{
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());

    const QStringList names = pageNames();
    for (int p = 0; p < m_dashboardPages.size(); ++p) {
        const QList<QTableView *> tables = m_dashboardPages[p]->findChildren<QTableView *>();
        for (int t = 0; t < tables.size(); ++t)
            settings.setValue(QStringLiteral("tables/%1/%2").arg(names.value(p)).arg(t),
                              tables[t]->horizontalHeader()->saveState());
    }
}

void MainWindow::restoreLayout(const QSettings &settings)
{
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());

    const QStringList names = pageNames();
    for (int p = 0; p < m_dashboardPages.size(); ++p) {
        const QList<QTableView *> tables = m_dashboardPages[p]->findChildren<QTableView *>();
        for (int t = 0; t < tables.size(); ++t) {
            const QByteArray state =
                settings.value(QStringLiteral("tables/%1/%2").arg(names.value(p)).arg(t)).toByteArray();
            // A restored table keeps the user's widths instead of fitting them to the first data.
            if (!state.isEmpty() && tables[t]->horizontalHeader()->restoreState(state))
                tables[t]->setProperty("tidewatchLayoutRestored", true);
        }
    }
}

void MainWindow::applyTheme(const QString &theme)
{
    if (theme == QLatin1String("dark")) {
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x23, 0x29));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xea, 0xed));
        dark.setColor(QPalette::Base, QColor(0x17, 0x19, 0x1d));
        dark.setColor(QPalette::AlternateBase, QColor(0x25, 0x28, 0x2f));
        dark.setColor(QPalette::Text, QColor(0xe8, 0xea, 0xed));
        dark.setColor(QPalette::Button, QColor(0x2b, 0x2f, 0x36));
        dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xea, 0xed));
        dark.setColor(QPalette::ToolTipBase, QColor(0x2b, 0x2f, 0x36));
        dark.setColor(QPalette::ToolTipText, QColor(0xe8, 0xea, 0xed));
        dark.setColor(QPalette::Highlight, QColor(0x1e, 0x88, 0xe5));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::Link, QColor(0x90, 0xca, 0xf9));
        dark.setColor(QPalette::LinkVisited, QColor(0x90, 0xca, 0xf9));
        // Placeholders grey (an empty field must not look filled in) and disabled controls greyed,
        // as in the light theme: setColor() above set every colour group alike.
        dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
        for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
            dark.setColor(QPalette::Disabled, role, QColor(0x7a, 0x80, 0x87));
        QApplication::setPalette(dark);
    } else if (theme == QLatin1String("light")) {
        QApplication::setPalette(QApplication::style()->standardPalette());
    } else {
        QApplication::setPalette(QPalette()); // the platform's (system) palette
    }
}

} // namespace Tidewatch
