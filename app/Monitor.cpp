#include "Monitor.h"

#include "ConnectCollector.h"
#include "ConnectParsers.h"
#include "EventTopicCollector.h"
#include "FlinkCollector.h"
#include "KafkaCollector.h"
#include "NotificationHub.h"
#include "PipelineBuilder.h"
#include "PostgresCollector.h"

#include <QDateTime>
#include <QMap>
#include <QMetaObject>
#include <QThread>

#include <optional>

namespace Tidewatch {

/// One monitored cluster: its collectors and their threads.
struct Monitor::Session
{
    ClusterProfile profile;
    quint64 generation = 0; ///< tells this session's snapshots from those of a replaced one
    QThread kafkaThread;
    QThread flinkThread;
    QThread businessThread;
    QThread postgresThread;
    QThread connectThread;
    KafkaCollector *kafka = nullptr;
    FlinkCollector *flink = nullptr;
    EventTopicCollector *business = nullptr;
    PostgresCollector *postgres = nullptr;
    // The latest snapshots the pipelines are built from.
    std::optional<KafkaSnapshot> lastKafka;
    std::optional<FlinkSnapshot> lastFlink;
    std::optional<PostgresSnapshot> lastPostgres;
    QMap<QString, ConnectSnapshot> lastConnect; ///< by Connect REST URL

    /// Asks the threads to finish without waiting: a collector in the middle of a cycle against
    /// an unreachable cluster may take a request timeout to get there. Whatever it still delivers
    /// is dropped by its generation. The collectors are deleted with their threads' finish.
    void requestStop()
    {
        kafkaThread.quit();
        flinkThread.quit();
        businessThread.quit();
        postgresThread.quit();
        connectThread.quit();
    }
    bool finished() const
    {
        return !kafkaThread.isRunning() && !flinkThread.isRunning() && !businessThread.isRunning() &&
               !postgresThread.isRunning() && !connectThread.isRunning();
    }

    ~Session()
    {
        requestStop();
        kafkaThread.wait();
        flinkThread.wait();
        businessThread.wait();
        postgresThread.wait();
        connectThread.wait();
    }
};

qint64 Monitor::staleAfterMs(const ClusterProfile &profile)
{
    int poll = std::max(profile.kafkaPollIntervalMs, profile.flinkPollIntervalMs);
    if (profile.hasConnect())
        poll = std::max(poll, profile.connectPollIntervalMs);
    return 2 * qint64(poll) + profile.requestTimeoutMs;
}

Monitor::Monitor(const QList<AlertRule> &rules, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<KafkaSnapshot>();
    qRegisterMetaType<FlinkSnapshot>();
    qRegisterMetaType<BusinessSnapshot>();
    qRegisterMetaType<PostgresSnapshot>();
    qRegisterMetaType<ConnectSnapshot>();
    qRegisterMetaType<PipelineSnapshot>();
    m_alerts.setRules(rules);
    connect(&m_alerts, &AlertService::evaluated, this,
            [this](const QList<AlertView> &, const QList<AlertTransition> &transitions, qint64 nowMs) {
                Q_EMIT alertsEvaluated(transitions, nowMs);
            });
    m_evaluation.setSingleShot(true);
    m_evaluation.setInterval(200);
    connect(&m_evaluation, &QTimer::timeout, this, &Monitor::evaluateAlerts);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &Monitor::scheduleAlertEvaluation);
    m_tick.start();
    m_notifications = std::make_unique<NotificationHub>();
    m_notifications->setRules(rules);
    // The views carry the silences and the frozen (no-data) alerts the hub must respect.
    connect(&m_alerts, &AlertService::evaluated, m_notifications.get(), &NotificationHub::onAlertViews);
}

void Monitor::setNotifications(const NotificationConfig &config)
{
    NotificationConfig withInterval = config;
    withInterval.evaluationIntervalMs = m_tick.interval();
    m_notifications->setConfig(withInterval);
}

Monitor::~Monitor()
{
    // Every thread is asked first, then waited for: the clusters stop in parallel, not in turn.
    for (const auto &s : m_sessions)
        s->requestStop();
    m_sessions.clear();
    m_retiring.clear();
}

QStringList Monitor::monitoredClusters() const
{
    QStringList names;
    for (const auto &s : m_sessions)
        names << s->profile.name;
    return names;
}

QList<ClusterProfile> Monitor::profiles() const
{
    QList<ClusterProfile> out;
    for (const auto &s : m_sessions)
        out << s->profile;
    return out;
}

QList<MetricSample> Monitor::samples() const
{
    QList<MetricSample> all;
    for (const QList<MetricSample> &samples : std::as_const(m_samples))
        all += samples;
    return all;
}

Monitor::Session *Monitor::session(const QString &name) const
{
    for (const auto &s : m_sessions) {
        if (s->profile.name == name)
            return s.get();
    }
    return nullptr;
}

bool Monitor::isCurrent(const QString &name, quint64 generation) const
{
    const Session *s = session(name);
    return s && s->generation == generation;
}

void Monitor::retire(std::unique_ptr<Session> session)
{
    // What the old collectors knew is gone with them: their samples, alerts and snapshots.
    const QString name = session->profile.name;
    m_samples.remove(QStringLiteral("kafka/") + name);
    m_samples.remove(QStringLiteral("flink/") + name);
    m_samples.remove(QStringLiteral("business/") + name);
    m_samples.remove(QStringLiteral("postgres/") + name);
    m_samples.remove(QStringLiteral("pipeline/") + name);
    m_health.remove(QStringLiteral("postgres/") + name);
    m_health.remove(QStringLiteral("pipeline/") + name);
    m_health.remove(QStringLiteral("kafka/") + name);
    m_health.remove(QStringLiteral("flink/") + name);
    m_health.remove(QStringLiteral("business/") + name);
    const QString connectPrefix = QStringLiteral("connect/") + name + QLatin1Char('/');
    for (const QString &key : m_samples.keys()) {
        if (key.startsWith(connectPrefix))
            m_samples.remove(key);
    }
    for (const QString &key : m_health.keys()) {
        if (key.startsWith(connectPrefix))
            m_health.remove(key);
    }
    session->requestStop();
    m_retiring.push_back(std::move(session));
    purgeRetired();
}

void Monitor::purgeRetired()
{
    std::erase_if(m_retiring, [](const auto &s) { return s->finished(); });
}

void Monitor::monitor(const ClusterProfile &profile)
{
    auto it = std::find_if(m_sessions.begin(), m_sessions.end(),
                           [&](const auto &s) { return s->profile.name == profile.name; });
    if (it != m_sessions.end()) {
        retire(std::move(*it)); // its threads finish in the background; the caller does not wait
        *it = std::make_unique<Session>();
    } else {
        it = m_sessions.insert(m_sessions.end(), std::make_unique<Session>());
    }
    Session &session = **it;
    session.profile = profile;
    session.generation = ++m_generation;
    Q_EMIT clusterAdded(profile);
    // Until a source's first cycle ends its rules have no data: alerts restored from the history (or
    // of a restarted cluster) wait for it instead of resolving for want of samples.
    const auto starting = [&](const char *key, const char *source) {
        m_health.insert(
            QLatin1String(key) + profile.name,
            SourceHealth{profile.name, QLatin1String(source), false, -1, staleAfterMs(profile), false});
    };
    if (profile.hasKafka())
        starting("kafka/", "kafka");
    if (profile.hasFlink())
        starting("flink/", "flink");
    if (profile.hasBusiness())
        starting("business/", "events");
    if (profile.hasPostgres())
        starting("postgres/", "postgres");
    for (const QString &url : profile.connectUrls)
        m_health.insert(connectKey(profile.name, url), SourceHealth{profile.name, QStringLiteral("connect"),
                                                                    false, -1, staleAfterMs(profile), false});
    starting("pipeline/", "pipeline");
    for (QThread *thread : {&session.kafkaThread, &session.flinkThread, &session.businessThread,
                            &session.postgresThread, &session.connectThread})
        connect(thread, &QThread::finished, this,
                [this] { QTimer::singleShot(0, this, &Monitor::purgeRetired); });
    if (profile.hasKafka())
        startKafka(session);
    if (profile.hasFlink())
        startFlink(session);
    if (profile.hasBusiness())
        startBusiness(session);
    if (profile.hasPostgres())
        startPostgres(session);
    if (profile.hasConnect())
        startConnect(session);
    evaluateAlerts(); // a restarted cluster's old alerts go with its old samples
}

void Monitor::startKafka(Session &session)
{
    const quint64 generation = session.generation;
    session.kafka = new KafkaCollector(session.profile);
    session.kafka->moveToThread(&session.kafkaThread);
    connect(&session.kafkaThread, &QThread::finished, session.kafka, &QObject::deleteLater);
    // The alerts' samples are a pure function of the snapshot: they are built on the collector's
    // thread (a DirectConnection from its own signal), so the GUI thread only stores them. At 20,000
    // partitions / 2,000 groups building them took 12 ms of a GUI frame (docs/BENCHMARKS.md).
    connect(
        session.kafka, &KafkaCollector::snapshotReady, session.kafka,
        [this, generation](const KafkaSnapshot &s) {
            QList<MetricSample> samples = kafkaMetricSamples(s, QDateTime::currentDateTimeUtc());
            QMetaObject::invokeMethod(
                this,
                [this, generation, s, samples = std::move(samples)]() mutable {
                    kafkaDelivered(generation, s, std::move(samples));
                },
                Qt::QueuedConnection);
        },
        Qt::DirectConnection);
    session.kafkaThread.setObjectName(QStringLiteral("kafka-collector"));
    session.kafkaThread.start();
    QMetaObject::invokeMethod(session.kafka, &KafkaCollector::start, Qt::QueuedConnection);
}

void Monitor::kafkaDelivered(quint64 generation, const KafkaSnapshot &s, QList<MetricSample> samples)
{
    if (!isCurrent(s.clusterName, generation))
        return; // queued before its session was replaced or disconnected
    updateHealth(QStringLiteral("kafka/") + s.clusterName, s.status);
    m_samples.insert(QStringLiteral("kafka/") + s.clusterName, std::move(samples));
    scheduleAlertEvaluation();
    Q_EMIT kafkaSnapshotReady(s);
    if (Session *owner = this->session(s.clusterName)) {
        owner->lastKafka = s;
        updatePipelines(*owner);
    }
}

void Monitor::startFlink(Session &session)
{
    const quint64 generation = session.generation;
    session.flink = new FlinkCollector(session.profile);
    session.flink->moveToThread(&session.flinkThread);
    connect(&session.flinkThread, &QThread::finished, session.flink, &QObject::deleteLater);
    // As for Kafka: the samples are built on the collector's thread.
    connect(
        session.flink, &FlinkCollector::snapshotReady, session.flink,
        [this, generation](const FlinkSnapshot &s) {
            QList<MetricSample> samples = flinkMetricSamples(s, QDateTime::currentDateTimeUtc());
            QMetaObject::invokeMethod(
                this,
                [this, generation, s, samples = std::move(samples)]() mutable {
                    flinkDelivered(generation, s, std::move(samples));
                },
                Qt::QueuedConnection);
        },
        Qt::DirectConnection);
    session.flinkThread.setObjectName(QStringLiteral("flink-collector"));
    session.flinkThread.start();
    QMetaObject::invokeMethod(session.flink, &FlinkCollector::start, Qt::QueuedConnection);
}

void Monitor::flinkDelivered(quint64 generation, const FlinkSnapshot &s, QList<MetricSample> samples)
{
    if (!isCurrent(s.clusterName, generation))
        return; // queued before its session was replaced or disconnected
    updateHealth(QStringLiteral("flink/") + s.clusterName, s.status);
    m_samples.insert(QStringLiteral("flink/") + s.clusterName, std::move(samples));
    scheduleAlertEvaluation();
    Q_EMIT flinkSnapshotReady(s);
    if (Session *owner = this->session(s.clusterName)) {
        owner->lastFlink = s;
        updatePipelines(*owner);
    }
}

QString Monitor::connectKey(const QString &cluster, const QString &url)
{
    return QStringLiteral("connect/") + cluster + QLatin1Char('/') + ConnectParsers::redactedUrl(url);
}

void Monitor::startConnect(Session &session)
{
    const quint64 generation = session.generation;
    for (const QString &url : std::as_const(session.profile.connectUrls)) {
        auto *collector = new ConnectCollector(session.profile, url);
        collector->moveToThread(&session.connectThread);
        connect(&session.connectThread, &QThread::finished, collector, &QObject::deleteLater);
        connect(collector, &ConnectCollector::snapshotReady, this,
                [this, generation](const ConnectSnapshot &s) {
                    if (!isCurrent(s.clusterName, generation))
                        return; // queued before its session was replaced or disconnected
                    const QString key = connectKey(s.clusterName, s.restUrl);
                    updateHealth(key, s.status);
                    m_samples.insert(key, connectMetricSamples(s, QDateTime::currentDateTimeUtc()));
                    scheduleAlertEvaluation();
                    Q_EMIT connectSnapshotReady(s);
                    if (Session *owner = this->session(s.clusterName)) {
                        owner->lastConnect.insert(s.restUrl, s);
                        updatePipelines(*owner);
                    }
                });
        QMetaObject::invokeMethod(collector, &ConnectCollector::start, Qt::QueuedConnection);
    }
    session.connectThread.setObjectName(QStringLiteral("connect-collector"));
    session.connectThread.start();
}

void Monitor::startBusiness(Session &session)
{
    // The event topics are read on a thread of their own: a backlog being read never delays the
    // cluster's monitoring, and the reading never touches the GUI thread.
    const quint64 generation = session.generation;
    session.business = new EventTopicCollector(session.profile);
    session.business->moveToThread(&session.businessThread);
    connect(&session.businessThread, &QThread::finished, session.business, &QObject::deleteLater);
    connect(session.business, &EventTopicCollector::snapshotReady, this,
            [this, generation](const BusinessSnapshot &s) {
                if (!isCurrent(s.clusterName, generation))
                    return; // queued before its session was replaced or disconnected
                updateHealth(QStringLiteral("business/") + s.clusterName, s.status);
                m_samples.insert(QStringLiteral("business/") + s.clusterName,
                                 businessMetricSamples(s, QDateTime::currentDateTimeUtc()));
                scheduleAlertEvaluation();
                Q_EMIT businessSnapshotReady(s);
            });
    const QString name = session.profile.name;
    connect(session.business, &EventTopicCollector::caughtUpWithStart, this, [this, generation, name] {
        if (isCurrent(name, generation))
            Q_EMIT businessCaughtUp(name);
    });
    session.businessThread.setObjectName(QStringLiteral("event-collector"));
    session.businessThread.start();
    QMetaObject::invokeMethod(session.business, &EventTopicCollector::start, Qt::QueuedConnection);
}

void Monitor::startPostgres(Session &session)
{
    const quint64 generation = session.generation;
    session.postgres = new PostgresCollector(session.profile);
    session.postgres->moveToThread(&session.postgresThread);
    connect(&session.postgresThread, &QThread::finished, session.postgres, &QObject::deleteLater);
    connect(session.postgres, &PostgresCollector::snapshotReady, this,
            [this, generation](const PostgresSnapshot &s) {
                if (!isCurrent(s.clusterName, generation))
                    return; // queued before its session was replaced or disconnected
                updateHealth(QStringLiteral("postgres/") + s.clusterName, s.status);
                m_samples.insert(QStringLiteral("postgres/") + s.clusterName,
                                 postgresMetricSamples(s, QDateTime::currentDateTimeUtc()));
                scheduleAlertEvaluation();
                Q_EMIT postgresSnapshotReady(s);
                if (Session *owner = this->session(s.clusterName)) {
                    owner->lastPostgres = s;
                    updatePipelines(*owner);
                }
            });
    session.postgresThread.setObjectName(QStringLiteral("postgres-collector"));
    session.postgresThread.start();
    QMetaObject::invokeMethod(session.postgres, &PostgresCollector::start, Qt::QueuedConnection);
}

void Monitor::updatePipelines(Session &session)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    PipelineInputs in;
    in.clusterName = session.profile.name;
    in.kafka = session.lastKafka ? &*session.lastKafka : nullptr;
    in.flink = session.lastFlink ? &*session.lastFlink : nullptr;
    in.postgres = session.lastPostgres ? &*session.lastPostgres : nullptr;
    for (const ConnectSnapshot &c : std::as_const(session.lastConnect))
        in.connects << &c;
    in.nowMs = now.toMSecsSinceEpoch();
    in.staleAfterMs = staleAfterMs(session.profile);
    const PipelineSnapshot pipelines = buildPipelines(in, session.profile.pipeline);
    // The pipelines' figures are whole only while every source of the cluster is live: otherwise
    // their rules have no data (a stale hop's lag is unknown, which must not resolve an alert).
    const QString key = QStringLiteral("pipeline/") + session.profile.name;
    const auto health = m_health.find(key);
    if (health != m_health.end()) {
        bool allLive = true;
        for (const char *source : {"kafka/", "flink/", "postgres/"}) {
            const auto it = m_health.constFind(QLatin1String(source) + session.profile.name);
            if (it != m_health.cend() && !it->isLive(in.nowMs))
                allLive = false;
        }
        for (const QString &url : std::as_const(session.profile.connectUrls)) {
            const auto it = m_health.constFind(connectKey(session.profile.name, url));
            if (it != m_health.cend() && !it->isLive(in.nowMs))
                allLive = false;
        }
        health->started = true;
        health->reachable = allLive;
        health->lastSuccessMs = allLive ? in.nowMs : health->lastSuccessMs;
    }
    m_samples.insert(key, pipelineMetricSamples(pipelines, now));
    scheduleAlertEvaluation();
    Q_EMIT pipelineSnapshotReady(pipelines);
}

void Monitor::stopMonitoring(const QString &name)
{
    const auto it = std::find_if(m_sessions.begin(), m_sessions.end(),
                                 [&](const auto &s) { return s->profile.name == name; });
    if (it == m_sessions.end())
        return;
    std::unique_ptr<Session> stopped = std::move(*it);
    m_sessions.erase(it);
    retire(std::move(stopped));
    Q_EMIT clusterRemoved(name);
    evaluateAlerts();
}

void Monitor::updateHealth(const QString &key, const SourceStatus &status)
{
    // The entry was made with cluster and source by monitor(); only the status changes.
    const auto it = m_health.find(key);
    if (it == m_health.end())
        return;
    it->reachable = status.reachable;
    it->lastSuccessMs = status.lastSuccessAt.isValid() ? status.lastSuccessAt.toMSecsSinceEpoch() : -1;
    it->started = true;
}

bool Monitor::openAlertHistory(const QString &path, QString *error)
{
    return m_alerts.openHistory(path, {}, -1, error);
}

void Monitor::setRules(const QList<AlertRule> &rules)
{
    m_alerts.setRules(rules);
    m_notifications->setRules(rules);
    // Not at once: at start-up the rules are set before the clusters are monitored, and an evaluation
    // without their sources would resolve the alerts restored from the history.
    scheduleAlertEvaluation();
}

void Monitor::scheduleAlertEvaluation()
{
    // Snapshots of several clusters arrive in bursts: one evaluation of everything per burst, not
    // one per snapshot (that would grow with the square of the clusters).
    if (!m_evaluation.isActive())
        m_evaluation.start();
}

QList<SourceHealth> Monitor::groupsWithoutOffsets(const KafkaSnapshot &s)
{
    // A group whose offsets failed this cycle has no current lag: the alerts on its series wait
    // rather than resolve (and fire again a cycle later).
    QList<SourceHealth> health;
    for (const ConsumerGroupInfo &g : s.groups) {
        if (!g.offsetsFailed)
            continue;
        SourceHealth group;
        group.cluster = s.clusterName;
        group.source = QStringLiteral("kafka");
        group.scope = {{QStringLiteral("consumergroup"), g.groupId}};
        health.append(group);
    }
    return health;
}

void Monitor::evaluateAlerts()
{
    m_evaluation.stop();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<SourceHealth> health = m_health.values();
    for (const auto &session : m_sessions) {
        if (session->lastKafka)
            health += groupsWithoutOffsets(*session->lastKafka);
    }
    m_alerts.evaluate(samples(), health, now); // emits alertsEvaluated()
}

} // namespace Tidewatch
