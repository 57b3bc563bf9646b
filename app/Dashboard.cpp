#include "Dashboard.h"

#include "MainWindow.h"
#include "Monitor.h"
#include "SettingsPage.h"

#include <QSettings>

namespace Tidewatch {

Dashboard::Dashboard(const AppOptions &options, QObject *parent)
    : QObject(parent)
{
    m_window = std::make_unique<MainWindow>(Monitor::staleAfterMs(options.profile), options.profilesFile);
    m_window->showPage(options.startPage);
    // Scripted renders and wall displays get exactly what they ask for, not the last session's layout.
    m_rememberLayout = options.mode == AppOptions::Mode::Gui && !options.wall;
    if (m_rememberLayout) {
        QSettings settings;
        m_window->restoreLayout(settings);
        m_window->applyTheme(SettingsPage::storedTheme());
    }
    m_monitor = std::make_unique<Monitor>(options.rules);
    if (!options.alertHistoryFile.isEmpty()) {
        QString error;
        if (!m_monitor->openAlertHistory(options.alertHistoryFile, &error))
            qWarning("alert history %s: %s", qPrintable(options.alertHistoryFile), qPrintable(error));
    }
    m_monitor->setNotifications(options.notifications);
    MainWindow *window = m_window.get();
    connect(m_monitor.get(), &Monitor::clusterAdded, window, [window](const ClusterProfile &profile) {
        window->addCluster(profile.name, Monitor::staleAfterMs(profile), profile.hasKafka(),
                           profile.hasFlink(), profile.hasBusiness());
    });
    connect(m_monitor.get(), &Monitor::clusterRemoved, window, &MainWindow::removeCluster);
    connect(m_monitor.get(), &Monitor::kafkaSnapshotReady, this, [this](const KafkaSnapshot &s) {
        m_window->setKafkaSnapshot(s);
        Q_EMIT kafkaSnapshotDelivered(s.clusterName, s.status.reachable);
    });
    connect(m_monitor.get(), &Monitor::flinkSnapshotReady, this, [this](const FlinkSnapshot &s) {
        m_window->setFlinkSnapshot(s);
        Q_EMIT flinkSnapshotDelivered(s.clusterName, s.status.reachable);
    });
    connect(m_monitor.get(), &Monitor::businessSnapshotReady, this, [this](const BusinessSnapshot &s) {
        m_window->setBusinessSnapshot(s);
        Q_EMIT businessSnapshotDelivered(s.clusterName, s.status.reachable);
    });
    connect(m_monitor.get(), &Monitor::businessCaughtUp, this, &Dashboard::businessCaughtUp);
    connect(m_monitor.get(), &Monitor::alertsEvaluated, this,
            [this] { m_window->setAlerts(m_monitor->alerts().activeAlerts()); });

    connect(window, &MainWindow::profileActivated, this,
            qOverload<const ClusterProfile &>(&Dashboard::monitor));
    connect(window, &MainWindow::profileDeactivated, this, &Dashboard::stopMonitoring);
    for (const ClusterProfile &profile : options.allProfiles())
        m_monitor->monitor(profile);
}

Dashboard::~Dashboard()
{
    if (m_rememberLayout) {
        QSettings settings;
        m_window->saveLayout(settings);
    }
    m_monitor.reset(); // threads quit and joined while the window still exists
}

void Dashboard::monitor(const ClusterProfile &profile)
{
    m_monitor->monitor(profile);
}

void Dashboard::stopMonitoring(const QString &name)
{
    m_monitor->stopMonitoring(name);
}

QStringList Dashboard::monitoredClusters() const
{
    return m_monitor->monitoredClusters();
}

const AlertEvaluator &Dashboard::alerts() const
{
    return m_monitor->alerts();
}

} // namespace Tidewatch
