#include "Dashboard.h"

#include "AlertHandling.h"
#include "AlertRules.h"
#include "AlertsPage.h"
#include "ConnectionTester.h"
#include "DashboardPage.h"
#include "DesktopExporter.h"
#include "ExporterSettingsBox.h"
#include "HelpMenu.h"
#include "HistoryRecorder.h"
#include "KafkaConnectionForm.h"
#include "MainWindow.h"
#include "Monitor.h"
#include "NotificationHub.h"
#include "NotificationSettings.h"
#include "RulesFile.h"
#include "RulesPage.h"
#include "SettingsPage.h"
#include "SettingsRecovery.h"
#include "TrayNotifier.h"

#include <librdkafka/rdkafka.h>

#include <QApplication>
#include <QFile>
#include <QMessageBox>

#include <QSettings>
#include <QStatusBar>

namespace Tidewatch {

Dashboard::Dashboard(const AppOptions &options, QObject *parent)
    : QObject(parent)
{
    m_window = std::make_unique<MainWindow>(Monitor::staleAfterMs(options.profile), options.profilesFile);
    m_window->showPage(options.startPage);
    // A damaged settings or profiles file is said, never silently rewritten.
    QStringList fileProblems;
    {
        const QSettings settings;
        fileProblems << SettingsRecovery::keepCorruptFile(settings)
                     << SettingsRecovery::profilesFileProblem(options.profilesFile);
    }
    fileProblems.removeAll(QString());
    showProblem(fileProblems.join(QLatin1Char(' ')));
    // Scripted renders and wall displays get exactly what they ask for, not the last session's layout.
    m_rememberLayout = options.mode == AppOptions::Mode::Gui && !options.wall;
    if (m_rememberLayout) {
        QSettings settings;
        m_window->restoreLayout(settings);
        m_window->applyTheme(SettingsPage::storedTheme());
    }
    m_monitor = std::make_unique<Monitor>(options.rules);
    m_monitor->setNotifications(options.notifications);
    if (!options.alertHistoryFile.isEmpty()) {
        QString error;
        if (!m_monitor->openAlertHistory(options.alertHistoryFile, &error))
            showProblem(tr("Alert history %1: %2 (the alerts work on without it)")
                            .arg(options.alertHistoryFile, error));
    }
    MainWindow *window = m_window.get();
    wireMetricHistory(options);
    // The history is a record: when it cannot be written the alerts work on, and the user is told.
    connect(&m_monitor->alertService(), &AlertService::historyError, this, &Dashboard::showProblem);
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
    connect(m_monitor.get(), &Monitor::pipelineSnapshotReady, window, &MainWindow::setPipelineSnapshot);
    connect(m_monitor.get(), &Monitor::postgresSnapshotReady, this, [this](const PostgresSnapshot &s) {
        Q_EMIT postgresSnapshotDelivered(s.clusterName, s.status.reachable);
    });
    connect(m_monitor.get(), &Monitor::connectSnapshotReady, this, [this](const ConnectSnapshot &s) {
        Q_EMIT connectSnapshotDelivered(s.clusterName, s.restUrl, s.status.reachable);
    });
    connect(m_monitor.get(), &Monitor::alertsEvaluated, this,
            [this](const QList<AlertTransition> &, qint64 nowMs) {
                const QList<ActiveAlert> active = m_monitor->alerts().activeAlerts();
                m_window->setAlerts(active);
                rulesPage()->setLiveData(m_monitor->samples(), active, nowMs);
            });
    // The rules in force come from a rules file (the --rules one, or the user's own one); the Rules
    // page edits it, and what it saves takes effect at once. Without a --rules file, the built-ins
    // are in force while the user's file does not exist.
    const QString user = RuleFiles::defaultUserRulesPath();
    const bool ownFile = !options.rulesPath.isEmpty() && options.rulesPath != user;
    // While the file does not exist, the rules given are in force: the built-ins from the command line,
    // or those of options built by hand (tests, render).
    const QList<AlertRule> fallback = options.rules;
    useRulesFile(ownFile ? options.rulesPath : user, fallback);
    connect(rulesPage(), &RulesPage::rulesFileSavedAs, this,
            [this, fallback](const QString &path) { useRulesFile(path, fallback); });

    wireAlertHandling(options);

    connect(window, &MainWindow::profileActivated, this,
            qOverload<const ClusterProfile &>(&Dashboard::monitor));
    connect(window, &MainWindow::profileDeactivated, this, &Dashboard::stopMonitoring);
    if (options.profileFromCommandLine)
        static_cast<SettingsPage *>(window->page(QStringLiteral("settings")))
            ->setCommandLineProfile(options.profile);
    if (auto *help = window->findChild<HelpMenu *>()) // the widgets never link librdkafka themselves
        help->setComponentVersions(
            {{QStringLiteral("librdkafka"), QString::fromLatin1(rd_kafka_version_str())}});
    m_exporter = std::make_unique<DesktopExporter>(
        m_monitor.get(), window->findChild<ExporterSettingsBox *>(), options.exporter, options.profilesFile);
    for (const ClusterProfile &profile : options.allProfiles())
        m_monitor->monitor(profile);
}

void Dashboard::wireMetricHistory(const AppOptions &options)
{
    if (options.metricHistoryDirectory.isEmpty())
        return;
    HistoryRecorderConfig config;
    config.directory = options.metricHistoryDirectory;
    config.store.tiers = m_window->history().config().history.tiers;
    config.readOnly = options.mode != AppOptions::Mode::Gui; // render reads, never writes
    m_historyRecorder = std::make_unique<HistoryRecorder>(config);
    HistoryRecorder *recorder = m_historyRecorder.get();
    MainWindow *window = m_window.get();
    connect(recorder, &HistoryRecorder::problem, this, &Dashboard::showProblem);
    connect(recorder, &HistoryRecorder::seriesLoaded, window, [window](const QList<StoredSeries> &chunk) {
        for (const StoredSeries &s : chunk)
            window->restoreHistory(s.key, s.tiers);
    });
    connect(recorder, &HistoryRecorder::clusterLoaded, this, &Dashboard::historyLoaded);
    connect(m_monitor.get(), &Monitor::clusterAdded, recorder,
            [recorder](const ClusterProfile &profile) { recorder->openCluster(profile.name); });
    connect(m_monitor.get(), &Monitor::clusterRemoved, recorder, &HistoryRecorder::closeCluster);
    window->setHistorySink(recorder);
    if (config.readOnly)
        return;
    // Settings → Delete: the profile's history goes too if the user says so.
    auto *settingsPage = static_cast<SettingsPage *>(window->page(QStringLiteral("settings")));
    connect(settingsPage, &SettingsPage::profileDeleted, recorder, [recorder, window](const QString &name) {
        if (!QFile::exists(HistoryStore::fileFor(recorder->config().directory, name)))
            return;
        if (QMessageBox::question(window, tr("Delete history"),
                                  tr("Also delete the stored chart history of \"%1\"?").arg(name)) ==
            QMessageBox::Yes)
            recorder->removeCluster(name);
    });
}

void Dashboard::wireAlertHandling(const AppOptions &options)
{
    AlertService &service = m_monitor->alertService();
    MainWindow *window = m_window.get();
    static_cast<AlertsPage *>(window->page(QStringLiteral("alerts")))->setService(&service);
    // Acknowledged and silenced alerts are marked on the overview and the wall banner.
    const auto handling = [this, &service] {
        m_window->setAlertHandling(AlertHandling::fromViews(service.alerts(), service.silences()));
    };
    connect(&service, &AlertService::alertsChanged, this, handling);
    connect(&service, &AlertService::silencesChanged, this, handling);
    handling();

    // The tray icon and desktop notifications: only for the interactive dashboard (not render).
    if (options.mode == AppOptions::Mode::Gui) {
        m_tray = new TrayNotifier(this);
        m_tray->setConfig(options.notifications.desktop);
        connect(&service, &AlertService::evaluated, m_tray,
                [this](const QList<AlertView> &views, const QList<AlertTransition> &, qint64 nowMs) {
                    m_tray->setAlerts(views, nowMs);
                });
        connect(m_tray, &TrayNotifier::showWindowRequested, window, [window] {
            window->showNormal();
            window->raise();
            window->activateWindow();
        });
        connect(m_tray, &TrayNotifier::alertsPageRequested, window, [window](const QString &fingerprint) {
            window->showNormal();
            window->raise();
            window->activateWindow();
            window->showPage(QStringLiteral("alerts"));
            if (!fingerprint.isEmpty())
                static_cast<AlertsPage *>(window->page(QStringLiteral("alerts")))->selectAlert(fingerprint);
        });
        connect(m_tray, &TrayNotifier::quitRequested, qApp, &QCoreApplication::quit);
    }

    // Settings → Test connection: a ConnectionTester runs the steps off the GUI thread.
    auto *settingsPage = static_cast<SettingsPage *>(window->page(QStringLiteral("settings")));
    settingsPage->kafkaConnectionForm()->setOidcUnsupported(ConnectionTester::oidcUnsupportedReason());
    auto *tester = new ConnectionTester(this);
    connect(settingsPage, &SettingsPage::connectionTestRequested, tester, &ConnectionTester::start);
    connect(tester, &ConnectionTester::stepFinished, settingsPage, &SettingsPage::addTestStep);
    connect(tester, &ConnectionTester::finished, settingsPage, &SettingsPage::connectionTestFinished);

    // Settings → Notifications: applied when saved; the targets' delivery status shown live.
    auto *settings =
        static_cast<SettingsPage *>(window->page(QStringLiteral("settings")))->notificationSettings();
    NotificationHub *hub = m_monitor->notifications();
    settings->setDeliveryStatuses(hub->statuses());
    connect(hub, &NotificationHub::deliveryStatusChanged, settings, &NotificationSettings::setDeliveryStatus);
    connect(settings, &NotificationSettings::configChanged, this,
            [this, settings](const NotificationConfig &c) {
                m_monitor->setNotifications(c);
                settings->setDeliveryStatuses(m_monitor->notifications()->statuses());
                if (m_tray)
                    m_tray->setConfig(c.desktop);
            });
}

Dashboard::~Dashboard()
{
    if (m_rememberLayout) {
        QSettings settings;
        m_window->saveLayout(settings);
    }
    m_exporter.reset(); // no scrape of a half-stopped monitor
    m_monitor.reset();  // threads quit and joined while the window still exists
    m_window->setHistorySink(nullptr);
    m_historyRecorder.reset(); // writes what is recorded, then stops its thread
}

void Dashboard::showProblem(const QString &message)
{
    if (message.isEmpty())
        return;
    qWarning("%s", qPrintable(message));
    // The latest few, so that a second problem does not hide the first.
    m_problems.removeAll(message);
    m_problems.append(message);
    while (m_problems.size() > 3)
        m_problems.removeFirst();
    m_window->statusBar()->showMessage(m_problems.join(QLatin1Char(' ')));
}

RulesPage *Dashboard::rulesPage() const
{
    return static_cast<RulesPage *>(m_window->page(QStringLiteral("rules")));
}

void Dashboard::useRulesFile(const QString &path, const QList<AlertRule> &fallback)
{
    auto file = std::make_unique<RulesFile>(path, fallback);
    connect(file.get(), &RulesFile::rulesChanged, this, [this] { applyRules(m_rulesFile->rules()); });
    file->watch(m_rememberLayout); // the interactive app follows edits made outside it
    rulesPage()->setRulesFile(file.get());
    m_rulesFile = std::move(file);
    applyRules(m_rulesFile->rules());
}

void Dashboard::applyRules(const QList<AlertRule> &rules)
{
    m_monitor->setRules(rules);
    // The charts draw the thresholds of the rules on their series.
    for (const QString &name : MainWindow::pageNames()) {
        if (DashboardPage *page = m_window->page(name))
            page->setAlertRules(rules);
    }
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
