#include "Dashboard.h"

#include "EventTopicCollector.h"
#include "FlinkCollector.h"
#include "KafkaCollector.h"
#include "MainWindow.h"
#include "RulesFile.h"
#include "RulesPage.h"
#include "SettingsPage.h"

#include <QDateTime>
#include <QMetaObject>
#include <QSettings>
#include <QThread>
#include <QTimer>

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
    quint64 generation = 0; ///< tells this session's snapshots from those of a replaced one
    QThread kafkaThread;
    QThread flinkThread;
    QThread businessThread;
    KafkaCollector *kafka = nullptr;
    FlinkCollector *flink = nullptr;
    EventTopicCollector *business = nullptr;

    /// Asks both threads to finish without waiting: a collector in the middle of a cycle against
    /// an unreachable cluster may take a request timeout to get there. Whatever it still delivers
    /// is dropped by its generation. The collectors are deleted with their threads' finish.
    void requestStop()
    {
        kafkaThread.quit();
        flinkThread.quit();
        businessThread.quit();
    }
    bool finished() const
    {
        return !kafkaThread.isRunning() && !flinkThread.isRunning() && !businessThread.isRunning();
    }

    ~Session()
    {
        requestStop();
        kafkaThread.wait();
        flinkThread.wait();
        businessThread.wait();
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
    // The rules in force come from a rules file (the --rules one, or the user's own one when it
    // exists); the Rules page edits it, and what it saves takes effect at once.
    useRulesFile(options.rulesFile.isEmpty() ? RuleFiles::defaultUserRulesPath() : options.rulesFile,
                 options.rules);
    connect(rulesPage(), &RulesPage::rulesFileSavedAs, this,
            [this, fallback = options.rules](const QString &path) { useRulesFile(path, fallback); });
    m_evaluation.setSingleShot(true);
    m_evaluation.setInterval(200);
    connect(&m_evaluation, &QTimer::timeout, this, &Dashboard::evaluateAlerts);

    qRegisterMetaType<KafkaSnapshot>();
    qRegisterMetaType<FlinkSnapshot>();
    qRegisterMetaType<BusinessSnapshot>();
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

Dashboard::Session *Dashboard::session(const QString &name) const
{
    for (const auto &s : m_sessions) {
        if (s->profile.name == name)
            return s.get();
    }
    return nullptr;
}

bool Dashboard::isCurrent(const QString &name, quint64 generation) const
{
    const Session *s = session(name);
    return s && s->generation == generation;
}

void Dashboard::retire(std::unique_ptr<Session> session)
{
    // What the old collectors knew is gone with them: their samples, alerts and snapshots.
    const QString name = session->profile.name;
    m_samples.remove(QStringLiteral("kafka/") + name);
    m_samples.remove(QStringLiteral("flink/") + name);
    m_samples.remove(QStringLiteral("business/") + name);
    session->requestStop();
    m_retiring.push_back(std::move(session));
    purgeRetired();
}

void Dashboard::purgeRetired()
{
    std::erase_if(m_retiring, [](const auto &s) { return s->finished(); });
}

void Dashboard::monitor(const ClusterProfile &profile)
{
    auto it = std::find_if(m_sessions.begin(), m_sessions.end(),
                           [&](const auto &s) { return s->profile.name == profile.name; });
    if (it != m_sessions.end()) {
        retire(std::move(*it)); // its threads finish in the background; the GUI does not wait
        *it = std::make_unique<Session>();
    } else {
        it = m_sessions.insert(m_sessions.end(), std::make_unique<Session>());
    }
    Session &session = **it;
    session.profile = profile;
    session.generation = ++m_generation;
    const quint64 generation = session.generation;
    m_window->addCluster(profile.name, staleAfterMs(profile), profile.hasKafka(), profile.hasFlink(),
                         profile.hasBusiness());
    for (QThread *thread : {&session.kafkaThread, &session.flinkThread, &session.businessThread})
        connect(thread, &QThread::finished, this,
                [this] { QTimer::singleShot(0, this, &Dashboard::purgeRetired); });

    if (profile.hasKafka()) {
        session.kafka = new KafkaCollector(profile);
        session.kafka->moveToThread(&session.kafkaThread);
        connect(&session.kafkaThread, &QThread::finished, session.kafka, &QObject::deleteLater);
        connect(session.kafka, &KafkaCollector::snapshotReady, this,
                [this, generation](const KafkaSnapshot &s) {
                    if (!isCurrent(s.clusterName, generation))
                        return; // queued before its session was replaced or disconnected
                    m_window->setKafkaSnapshot(s);
                    m_samples.insert(QStringLiteral("kafka/") + s.clusterName,
                                     kafkaMetricSamples(s, QDateTime::currentDateTimeUtc()));
                    scheduleAlertEvaluation();
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
        connect(session.flink, &FlinkCollector::snapshotReady, this,
                [this, generation](const FlinkSnapshot &s) {
                    if (!isCurrent(s.clusterName, generation))
                        return; // queued before its session was replaced or disconnected
                    m_window->setFlinkSnapshot(s);
                    m_samples.insert(QStringLiteral("flink/") + s.clusterName,
                                     flinkMetricSamples(s, QDateTime::currentDateTimeUtc()));
                    scheduleAlertEvaluation();
                    Q_EMIT flinkSnapshotDelivered(s.clusterName, s.status.reachable);
                });
        session.flinkThread.setObjectName(QStringLiteral("flink-collector"));
        session.flinkThread.start();
        QMetaObject::invokeMethod(session.flink, &FlinkCollector::start, Qt::QueuedConnection);
    }
    if (profile.hasBusiness()) {
        // The event topics are read on a thread of their own: a backlog being read never delays the
        // cluster's monitoring, and the reading never touches the GUI thread.
        session.business = new EventTopicCollector(profile);
        session.business->moveToThread(&session.businessThread);
        connect(&session.businessThread, &QThread::finished, session.business, &QObject::deleteLater);
        connect(session.business, &EventTopicCollector::snapshotReady, this,
                [this, generation](const BusinessSnapshot &s) {
                    if (!isCurrent(s.clusterName, generation))
                        return; // queued before its session was replaced or disconnected
                    m_window->setBusinessSnapshot(s);
                    m_samples.insert(QStringLiteral("business/") + s.clusterName,
                                     businessMetricSamples(s, QDateTime::currentDateTimeUtc()));
                    scheduleAlertEvaluation();
                    Q_EMIT businessSnapshotDelivered(s.clusterName, s.status.reachable);
                });
        const QString name = profile.name;
        connect(session.business, &EventTopicCollector::caughtUpWithStart, this, [this, generation, name] {
            if (isCurrent(name, generation))
                Q_EMIT businessCaughtUp(name);
        });
        session.businessThread.setObjectName(QStringLiteral("event-collector"));
        session.businessThread.start();
        QMetaObject::invokeMethod(session.business, &EventTopicCollector::start, Qt::QueuedConnection);
    }
    evaluateAlerts(); // a restarted cluster's old alerts go with its old samples
}

void Dashboard::stopMonitoring(const QString &name)
{
    const auto it = std::find_if(m_sessions.begin(), m_sessions.end(),
                                 [&](const auto &s) { return s->profile.name == name; });
    if (it == m_sessions.end())
        return;
    std::unique_ptr<Session> stopped = std::move(*it);
    m_sessions.erase(it);
    retire(std::move(stopped));
    m_window->removeCluster(name);
    evaluateAlerts();
}

RulesPage *Dashboard::rulesPage() const
{
    return static_cast<RulesPage *>(m_window->page(QStringLiteral("rules")));
}

void Dashboard::useRulesFile(const QString &path, const QList<AlertRule> &fallback)
{
    auto file = std::make_unique<RulesFile>(path, fallback);
    connect(file.get(), &RulesFile::rulesChanged, this, [this] {
        m_alerts.setRules(m_rulesFile->rules());
        evaluateAlerts();
    });
    file->watch(m_rememberLayout); // the interactive app follows edits made outside it
    rulesPage()->setRulesFile(file.get());
    m_rulesFile = std::move(file);
    m_alerts.setRules(m_rulesFile->rules());
}

void Dashboard::scheduleAlertEvaluation()
{
    // Snapshots of several clusters arrive in bursts: one evaluation of everything per burst, not
    // one per snapshot (that would grow with the square of the clusters).
    if (!m_evaluation.isActive())
        m_evaluation.start();
}

void Dashboard::evaluateAlerts()
{
    m_evaluation.stop();
    QList<MetricSample> all;
    for (const QList<MetricSample> &samples : std::as_const(m_samples))
        all += samples;
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    m_alerts.evaluate(all, nowMs);
    const QList<ActiveAlert> active = m_alerts.activeAlerts();
    m_window->setAlerts(active);
    rulesPage()->setLiveData(all, active, nowMs);
}

Dashboard::~Dashboard()
{
    if (m_rememberLayout) {
        QSettings settings;
        m_window->saveLayout(settings);
    }
    // Every thread is asked first, then waited for: the clusters stop in parallel, not in turn.
    for (const auto &s : m_sessions)
        s->requestStop();
    m_sessions.clear();
    m_retiring.clear();
}

} // namespace Tidewatch
