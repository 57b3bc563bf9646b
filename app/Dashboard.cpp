#include "Dashboard.h"

#include "FlinkCollector.h"
#include "KafkaCollector.h"
#include "MainWindow.h"
#include "SettingsPage.h"

#include <QDateTime>
#include <QMetaObject>
#include <QSettings>
#include <QThread>

namespace Tidewatch {

namespace {

// Two poll intervals plus one request timeout: later than that, the data is no longer live.
qint64 staleAfterMs(const ClusterProfile &profile)
{
    return 2 * qint64(std::max(profile.kafkaPollIntervalMs, profile.flinkPollIntervalMs)) +
           profile.requestTimeoutMs;
}

} // namespace

/// One monitored cluster: its collectors and their threads.
struct Dashboard::Session
{
    ClusterProfile profile;
    QThread kafkaThread;
    QThread flinkThread;
    KafkaCollector *kafka = nullptr;
    FlinkCollector *flink = nullptr;

    ~Session()
    {
        if (kafka)
            QMetaObject::invokeMethod(kafka, &KafkaCollector::stop, Qt::BlockingQueuedConnection);
        if (flink)
            QMetaObject::invokeMethod(flink, &FlinkCollector::stop, Qt::BlockingQueuedConnection);
        kafkaThread.quit();
        flinkThread.quit();
        kafkaThread.wait(); // the collectors are deleted with their threads' finish (deleteLater)
        flinkThread.wait();
    }
};

Dashboard::Dashboard(const AppOptions &options, QObject *parent)
    : QObject(parent)
{
    m_window = std::make_unique<MainWindow>(staleAfterMs(options.profile), options.profilesFile);
    m_window->showPage(options.startPage);
    // Scripted renders and wall displays get exactly what they ask for, not the last session's layout.
    m_rememberLayout = options.mode == AppOptions::Mode::Gui && !options.wall;
    if (m_rememberLayout) {
        QSettings settings;
        m_window->restoreLayout(settings);
        m_window->applyTheme(SettingsPage::storedTheme());
    }
    m_alerts.setRules(options.rules);

    qRegisterMetaType<KafkaSnapshot>();
    qRegisterMetaType<FlinkSnapshot>();
    connect(m_window.get(), &MainWindow::profileActivated, this, &Dashboard::monitor);
    connect(m_window.get(), &MainWindow::profileDeactivated, this, &Dashboard::stopMonitoring);
    for (const ClusterProfile &profile : options.allProfiles())
        monitor(profile);
}

QStringList Dashboard::monitoredClusters() const
{
    QStringList names;
    for (const auto &s : m_sessions)
        names << s->profile.name;
    return names;
}

void Dashboard::monitor(const ClusterProfile &profile)
{
    auto it = std::find_if(m_sessions.begin(), m_sessions.end(),
                           [&](const auto &s) { return s->profile.name == profile.name; });
    if (it != m_sessions.end())
        it->reset(); // stops the old collectors before the new ones start
    else
        it = m_sessions.insert(m_sessions.end(), nullptr);
    *it = std::make_unique<Session>();
    Session &session = **it;
    session.profile = profile;
    m_window->addCluster(profile.name, staleAfterMs(profile), profile.hasKafka(), profile.hasFlink());

    if (profile.hasKafka()) {
        session.kafka = new KafkaCollector(profile);
        session.kafka->moveToThread(&session.kafkaThread);
        connect(&session.kafkaThread, &QThread::finished, session.kafka, &QObject::deleteLater);
        connect(session.kafka, &KafkaCollector::snapshotReady, m_window.get(), &MainWindow::setKafkaSnapshot);
        connect(session.kafka, &KafkaCollector::snapshotReady, this, [this](const KafkaSnapshot &s) {
            if (!monitoredClusters().contains(s.clusterName))
                return; // queued before its cluster was disconnected
            m_samples.insert(QStringLiteral("kafka/") + s.clusterName,
                             kafkaMetricSamples(s, QDateTime::currentDateTimeUtc()));
            evaluateAlerts();
            Q_EMIT kafkaSnapshotDelivered(s.clusterName, s.status.reachable);
        });
        session.kafkaThread.setObjectName(QStringLiteral("kafka-collector"));
        session.kafkaThread.start();
        QMetaObject::invokeMethod(session.kafka, &KafkaCollector::start, Qt::QueuedConnection);
    }
    if (profile.hasFlink()) {
        session.flink = new FlinkCollector(profile);
        session.flink->moveToThread(&session.flinkThread);
        connect(&session.flinkThread, &QThread::finished, session.flink, &QObject::deleteLater);
        connect(session.flink, &FlinkCollector::snapshotReady, m_window.get(), &MainWindow::setFlinkSnapshot);
        connect(session.flink, &FlinkCollector::snapshotReady, this, [this](const FlinkSnapshot &s) {
            if (!monitoredClusters().contains(s.clusterName))
                return; // queued before its cluster was disconnected
            m_samples.insert(QStringLiteral("flink/") + s.clusterName,
                             flinkMetricSamples(s, QDateTime::currentDateTimeUtc()));
            evaluateAlerts();
            Q_EMIT flinkSnapshotDelivered(s.clusterName, s.status.reachable);
        });
        session.flinkThread.setObjectName(QStringLiteral("flink-collector"));
        session.flinkThread.start();
        QMetaObject::invokeMethod(session.flink, &FlinkCollector::start, Qt::QueuedConnection);
    }
}

void Dashboard::stopMonitoring(const QString &name)
{
    const auto it = std::find_if(m_sessions.begin(), m_sessions.end(),
                                 [&](const auto &s) { return s->profile.name == name; });
    if (it == m_sessions.end())
        return;
    m_sessions.erase(it);
    m_samples.remove(QStringLiteral("kafka/") + name);
    m_samples.remove(QStringLiteral("flink/") + name);
    m_window->removeCluster(name);
    evaluateAlerts();
}

void Dashboard::evaluateAlerts()
{
    QList<MetricSample> all;
    for (const QList<MetricSample> &samples : std::as_const(m_samples))
        all += samples;
    m_alerts.evaluate(all, QDateTime::currentMSecsSinceEpoch());
    m_window->setAlerts(m_alerts.activeAlerts());
}

Dashboard::~Dashboard()
{
    if (m_rememberLayout) {
        QSettings settings;
        m_window->saveLayout(settings);
    }
    m_sessions.clear();
}

} // namespace Tidewatch
