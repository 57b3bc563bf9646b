#include "Dashboard.h"

#include "FlinkCollector.h"
#include "KafkaCollector.h"
#include "MainWindow.h"
#include "SettingsPage.h"

#include <QMetaObject>
#include <QSettings>

namespace Tidewatch {

namespace {

// Two poll intervals plus one request timeout: later than that, the data is no longer live.
qint64 staleAfterMs(const ClusterProfile &profile)
{
    return 2 * qint64(std::max(profile.kafkaPollIntervalMs, profile.flinkPollIntervalMs)) +
           profile.requestTimeoutMs;
}

} // namespace

Dashboard::Dashboard(const AppOptions &options, QObject *parent)
    : QObject(parent)
{
    const ClusterProfile &profile = options.profile;
    m_window = std::make_unique<MainWindow>(staleAfterMs(profile), options.profilesFile);
    m_window->showPage(options.startPage);
    // Scripted renders and wall displays get exactly what they ask for, not the last session's layout.
    m_rememberLayout = options.mode == AppOptions::Mode::Gui && !options.wall;
    if (m_rememberLayout) {
        QSettings settings;
        m_window->restoreLayout(settings);
        m_window->applyTheme(SettingsPage::storedTheme());
    }

    qRegisterMetaType<KafkaSnapshot>();
    qRegisterMetaType<FlinkSnapshot>();
    connect(m_window.get(), &MainWindow::profileActivated, this, &Dashboard::connectTo);
    connectTo(profile);
}

void Dashboard::connectTo(const ClusterProfile &profile)
{
    stopCollectors();
    m_window->setStaleAfterMs(staleAfterMs(profile));
    if (profile.hasKafka()) {
        m_kafka = new KafkaCollector(profile);
        m_kafka->moveToThread(&m_kafkaThread);
        connect(&m_kafkaThread, &QThread::finished, m_kafka, &QObject::deleteLater);
        connect(m_kafka, &KafkaCollector::snapshotReady, m_window.get(), &MainWindow::setKafkaSnapshot);
        connect(m_kafka, &KafkaCollector::snapshotReady, this,
                [this](const KafkaSnapshot &s) { Q_EMIT kafkaSnapshotDelivered(s.status.reachable); });
        m_kafkaThread.setObjectName(QStringLiteral("kafka-collector"));
        m_kafkaThread.start();
        QMetaObject::invokeMethod(m_kafka, &KafkaCollector::start, Qt::QueuedConnection);
    }
    if (profile.hasFlink()) {
        m_flink = new FlinkCollector(profile);
        m_flink->moveToThread(&m_flinkThread);
        connect(&m_flinkThread, &QThread::finished, m_flink, &QObject::deleteLater);
        connect(m_flink, &FlinkCollector::snapshotReady, m_window.get(), &MainWindow::setFlinkSnapshot);
        connect(m_flink, &FlinkCollector::snapshotReady, this,
                [this](const FlinkSnapshot &s) { Q_EMIT flinkSnapshotDelivered(s.status.reachable); });
        m_flinkThread.setObjectName(QStringLiteral("flink-collector"));
        m_flinkThread.start();
        QMetaObject::invokeMethod(m_flink, &FlinkCollector::start, Qt::QueuedConnection);
    }
}

void Dashboard::stopCollectors()
{
    if (m_kafka)
        QMetaObject::invokeMethod(m_kafka, &KafkaCollector::stop, Qt::BlockingQueuedConnection);
    if (m_flink)
        QMetaObject::invokeMethod(m_flink, &FlinkCollector::stop, Qt::BlockingQueuedConnection);
    m_kafkaThread.quit();
    m_flinkThread.quit();
    m_kafkaThread.wait(); // the collectors are deleted with their threads' finish (deleteLater)
    m_flinkThread.wait();
    m_kafka = nullptr;
    m_flink = nullptr;
}

Dashboard::~Dashboard()
{
    if (m_rememberLayout) {
        QSettings settings;
        m_window->saveLayout(settings);
    }
    stopCollectors();
}

} // namespace Tidewatch
