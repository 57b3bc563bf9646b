#include "MainWindow.h"

#include "BrokersPage.h"
#include "GroupsPage.h"
#include "OverviewPage.h"
#include "PlaceholderPage.h"
#include "TopicsPage.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

namespace Tidewatch {

namespace {
constexpr int kFrameIntervalMs = 500;
constexpr int kPageNameRole = Qt::UserRole + 1;

/// A page whose view comes in a later version: says so plainly instead of showing an empty frame.
class ComingPage : public DashboardPage
{
public:
    ComingPage(const QString &title, const QString &text, QWidget *parent)
        : DashboardPage(parent)
    {
        auto *layout = new QHBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(new PlaceholderPage(title, text, this));
    }
};
} // namespace

MainWindow::MainWindow(qint64 staleAfterMs, QWidget *parent)
    : QMainWindow(parent)
    , m_staleAfterMs(staleAfterMs)
    , m_pageList(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_overview(new OverviewPage(this))
    , m_frameTimer(new QTimer(this))
{
    setWindowTitle(tr("Tidewatch"));
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    m_pageList->setFixedWidth(170);
    layout->addWidget(m_pageList);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    addPage(QStringLiteral("overview"), tr("Overview"), m_overview);
    addPage(QStringLiteral("brokers"), tr("Brokers"), new BrokersPage(this));
    addPage(QStringLiteral("topics"), tr("Topics"), new TopicsPage(this));
    addPage(QStringLiteral("groups"), tr("Consumer groups"), new GroupsPage(this));
    addPage(QStringLiteral("flink"), tr("Flink jobs"),
            new ComingPage(tr("Flink jobs"),
                           tr("Backpressure, checkpoints and watermark lag per job will appear here."),
                           this));
    addPage(
        QStringLiteral("settings"), tr("Settings"),
        new ComingPage(tr("Settings"), tr("Connection profiles and preferences will appear here."), this));

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
        m_kafkaDirty.fill(true);
    }
    if (m_pendingFlink) {
        m_latestFlink = std::move(m_pendingFlink);
        m_pendingFlink.reset();
        m_flinkDirty.fill(true);
    }
    bringCurrentPageUpToDate();
    if (DashboardPage *current = m_dashboardPages.value(m_pages->currentIndex()))
        current->refreshAges();
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

} // namespace Tidewatch
