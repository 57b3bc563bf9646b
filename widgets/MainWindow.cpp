#include "MainWindow.h"

#include "OverviewPage.h"
#include "PlaceholderPage.h"

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
    addPage(QStringLiteral("brokers"), tr("Brokers"),
            new PlaceholderPage(tr("Brokers"), tr("Per-broker health, latency and charts will appear here."),
                                this));
    addPage(QStringLiteral("topics"), tr("Topics"),
            new PlaceholderPage(
                tr("Topics and partitions"),
                tr("Partitions with their leaders, replicas and in-sync replicas will appear here."), this));
    addPage(QStringLiteral("groups"), tr("Consumer groups"),
            new PlaceholderPage(
                tr("Consumer groups"),
                tr("Consumer lag in offsets and seconds, per group and partition, will appear here."), this));
    addPage(QStringLiteral("flink"), tr("Flink jobs"),
            new PlaceholderPage(tr("Flink jobs"),
                                tr("Backpressure, checkpoints and watermark lag per job will appear here."),
                                this));
    addPage(QStringLiteral("settings"), tr("Settings"),
            new PlaceholderPage(tr("Settings"), tr("Connection profiles and preferences will appear here."),
                                this));

    connect(m_pageList, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_pageList->setCurrentRow(0);

    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    auto *quit = fileMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    statusBar()->showMessage(tr("Connecting…"));
    m_frameTimer->setInterval(kFrameIntervalMs);
    connect(m_frameTimer, &QTimer::timeout, this, &MainWindow::applyPending);
    m_frameTimer->start();
    resize(1200, 800);
}

QStringList MainWindow::pageNames()
{
    return {QStringLiteral("overview"), QStringLiteral("brokers"), QStringLiteral("topics"),
            QStringLiteral("groups"),   QStringLiteral("flink"),   QStringLiteral("settings")};
}

void MainWindow::addPage(const QString &name, const QString &title, QWidget *page)
{
    auto *item = new QListWidgetItem(title, m_pageList);
    item->setData(kPageNameRole, name);
    m_pages->addWidget(page);
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
    if (m_pendingKafka) {
        m_overview->applyKafka(*m_pendingKafka, m_staleAfterMs);
        statusBar()->showMessage(tr("Last Kafka cycle: %1 ms, %2 requests")
                                     .arg(m_pendingKafka->status.durationMs)
                                     .arg(m_pendingKafka->status.requestCount));
        m_pendingKafka.reset();
    }
    if (m_pendingFlink) {
        m_overview->applyFlink(*m_pendingFlink, m_staleAfterMs);
        m_pendingFlink.reset();
    }
    m_overview->refreshAges();
}

} // namespace Tidewatch
