#include "MainWindow.h"

#include "BrokersPage.h"
#include "FlinkPage.h"
#include "GroupsPage.h"
#include "OverviewPage.h"
#include "ProfileStore.h"
#include "SettingsPage.h"
#include "SnapshotHistory.h"
#include "TopicsPage.h"
#include "WallBar.h"

#include "Format.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QKeySequence>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Tidewatch {

namespace {
constexpr int kFrameIntervalMs = 500;
constexpr int kPageNameRole = Qt::UserRole + 1;

} // namespace

MainWindow::MainWindow(qint64 staleAfterMs, const QString &profilesPath, QWidget *parent)
    : QMainWindow(parent)
    , m_staleAfterMs(staleAfterMs)
    , m_pageList(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
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
    row->addWidget(m_pages, 1);
    column->addLayout(row, 1);
    setCentralWidget(central);

    addPage(QStringLiteral("overview"), tr("Overview"), m_overview);
    addPage(QStringLiteral("brokers"), tr("Brokers"), new BrokersPage(this));
    addPage(QStringLiteral("topics"), tr("Topics"), new TopicsPage(this));
    addPage(QStringLiteral("groups"), tr("Consumer groups"), new GroupsPage(this));
    addPage(QStringLiteral("flink"), tr("Flink jobs"), new FlinkPage(this));
    auto *settings = new SettingsPage(
        profilesPath.isEmpty() ? ProfileStore::defaultProfilesPath() : profilesPath, nullptr, this);
    addPage(QStringLiteral("settings"), tr("Settings"), settings);
    connect(settings, &SettingsPage::themeChanged, this, &MainWindow::applyTheme);
    connect(settings, &SettingsPage::profileActivated, this, &MainWindow::profileActivated);

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
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(go, &QAction::triggered, this, [this, i] { m_pageList->setCurrentRow(i); });
    }

    statusBar()->showMessage(tr("Connecting…"));
    m_frameTimer->setInterval(kFrameIntervalMs);
    connect(m_frameTimer, &QTimer::timeout, this, &MainWindow::applyPending);
    m_frameTimer->start();
    resize(1280, 820);
}

QStringList MainWindow::pageNames()
{
    return {QStringLiteral("overview"), QStringLiteral("brokers"), QStringLiteral("topics"),
            QStringLiteral("groups"),   QStringLiteral("flink"),   QStringLiteral("settings")};
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

void MainWindow::setKafkaSnapshot(const KafkaSnapshot &snapshot)
{
    m_pendingKafka = snapshot;
}

void MainWindow::setFlinkSnapshot(const FlinkSnapshot &snapshot)
{
    m_pendingFlink = snapshot;
}

void MainWindow::applyPending()
{
    const bool fresh = m_pendingKafka || m_pendingFlink;
    if (m_pendingKafka) {
        statusBar()->showMessage(tr("Last Kafka cycle: %1 ms, %2 requests")
                                     .arg(m_pendingKafka->status.durationMs)
                                     .arg(m_pendingKafka->status.requestCount));
        m_latestKafka = std::move(m_pendingKafka);
        m_pendingKafka.reset();
        SnapshotHistory::recordKafka(m_history, *m_latestKafka);
        // Groups and topics come and go: series not updated for a day are dropped, so a wall display
        // running for weeks keeps a bounded history.
        const qint64 nowMs = m_latestKafka->status.attemptedAt.toMSecsSinceEpoch();
        if (nowMs - m_lastPurgeMs > 10 * 60 * 1000) {
            m_history.removeStale(nowMs);
            m_lastPurgeMs = nowMs;
        }
        m_kafkaDirty.fill(true);
    }
    if (m_pendingFlink) {
        m_latestFlink = std::move(m_pendingFlink);
        m_pendingFlink.reset();
        SnapshotHistory::recordFlink(m_history, *m_latestFlink);
        m_flinkDirty.fill(true);
    }
    bringCurrentPageUpToDate();
    if (DashboardPage *current = m_dashboardPages.value(m_pages->currentIndex()))
        current->refreshAges();
    if (m_wallBar) {
        m_wallBar->tick();
        m_wallBar->setProblems(problems());
    }
    if (fresh)
        Q_EMIT dataApplied();
}

void MainWindow::bringCurrentPageUpToDate()
{
    const int index = m_pages->currentIndex();
    DashboardPage *current = m_dashboardPages.value(index);
    if (!current)
        return;
    if (m_kafkaDirty[index] && m_latestKafka) {
        current->applyKafka(*m_latestKafka, m_staleAfterMs);
        m_kafkaDirty[index] = false;
    }
    if (m_flinkDirty[index] && m_latestFlink) {
        current->applyFlink(*m_latestFlink, m_staleAfterMs);
        m_flinkDirty[index] = false;
    }
}

QStringList MainWindow::problems() const
{
    QStringList out;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto check = [&](const QString &what, const SourceStatus &status) {
        const qint64 age = status.dataAgeMs(now);
        if (!status.reachable)
            out << tr("%1 UNREACHABLE: %2 — last data %3").arg(what, status.error, Format::age(age));
        else if (age < 0 || age > m_staleAfterMs)
            out << tr("%1 STALE — last data %2").arg(what, Format::age(age));
    };
    if (m_latestKafka) {
        check(tr("Kafka %1").arg(m_latestKafka->clusterName), m_latestKafka->status);
        for (const BrokerInfo &b : m_latestKafka->brokers) {
            if (!b.reachable && m_latestKafka->status.reachable)
                out << tr("Broker %1 DOWN: %2").arg(b.id).arg(b.error);
        }
        if (const int offline = m_latestKafka->offlineCount())
            out << tr("%n partition(s) OFFLINE", nullptr, offline);
    }
    if (m_latestFlink)
        check(tr("Flink %1").arg(m_latestFlink->restUrl), m_latestFlink->status);
    return out;
}

void MainWindow::enterWallMode(const QStringList &pages, int rotateSeconds)
{
    if (m_wallBar)
        return;
    m_wallPages = pages.isEmpty() ? QStringList{QStringLiteral("overview")} : pages;
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
    setPalette(dark);
    QFont large = font();
    large.setPointSizeF(large.pointSizeF() * 1.8);
    setFont(large);

    menuBar()->hide();
    statusBar()->hide();
    m_pageList->hide();
    m_wallBar = new WallBar(this);
    static_cast<QVBoxLayout *>(centralWidget()->layout())->insertWidget(0, m_wallBar);

    showPage(m_wallPages.constFirst());
    m_wallBar->setPageTitle(m_pageList->currentItem()->text());
    if (rotateSeconds > 0 && m_wallPages.size() > 1) {
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
    m_wallBar->setProblems(problems());
    showFullScreen();
}

void MainWindow::keyPressEvent(QKeyEvent *event)
{
    // Esc leaves the wall display. A key event climbs from the focused child up to the window, so
    // this works whatever has the focus, unlike a shortcut on a window that was never activated.
    if (m_wallBar && event->key() == Qt::Key_Escape) {
        leaveWallMode();
        event->accept();
        return;
    }
    QMainWindow::keyPressEvent(event);
}

void MainWindow::rotateWall()
{
    if (!m_wallBar || m_wallPages.isEmpty())
        return;
    const qsizetype next = (m_wallPages.indexOf(currentPageName()) + 1) % m_wallPages.size();
    showPage(m_wallPages.at(next));
    m_wallBar->setPageTitle(m_pageList->currentItem()->text());
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
    setPalette(m_normalPalette);
    setFont(m_normalFont);
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
        QApplication::setPalette(dark);
    } else if (theme == QLatin1String("light")) {
        QApplication::setPalette(QApplication::style()->standardPalette());
    } else {
        QApplication::setPalette(QPalette()); // the platform's (system) palette
    }
}

} // namespace Tidewatch
