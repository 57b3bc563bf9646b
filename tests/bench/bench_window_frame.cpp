// Window frame benchmark (issue #5, the whole GUI thread): a MainWindow monitoring one or two
// clusters of 5,000 partitions (500 topics x 10) and 500 consumer groups, plus a Flink cluster of 3
// jobs, after an hour of 1 s history. Measures, per visible page, the GUI-thread time of one frame:
//   alerts  what app/Monitor.cpp does on the GUI thread for every delivered snapshot: store its
//           metric samples (built on the collector's thread: timed apart, not in the frame), the
//           evaluation of the default rules over every cluster's samples, setAlerts()
//   apply   MainWindow::applyPending(): history recording, the visible page's keyed model merges
//           and charts, the overview's health strips
//   paint   QCoreApplication::processEvents(): layout and paint of whatever changed, as the event
//           loop does after a frame (the paint events are counted to show the page really painted)
// and, not part of the frame, a forced repaint of the whole window (its pure paint cost). Also the
// resident memory after the hour. Not a test: run it by hand (see docs/BENCHMARKS.md).
//
// --engines painter,qtcharts measures every page once per chart engine of TimeSeriesChart, in the
// same run over the same history (docs/BENCHMARKS.md, "Chart engines"). The page "wall6" is a wall
// of six charts (3 x 2 at 1920 x 1080, fed from the window's history like the pages' charts) shown
// beside the window while its settings page is current.

#include "AlertEvaluator.h"
#include "AlertRules.h"
#include "BenchTools.h"
#include "FlinkSnapshot.h"
#include "GroupsPage.h"
#include "KafkaSnapshot.h"
#include "MainWindow.h"
#include "SnapshotMetrics.h"
#include "TimeSeriesChart.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QGridLayout>
#include <QMap>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <vector>

using namespace Tidewatch;
using BenchTools::percentile;
using BenchTools::rssMiB;

namespace {

/// The first field of /proc/loadavg (1-minute load average); empty where there is none.
QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(file.readLine()).section(QLatin1Char(' '), 0, 0);
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

QString numbered(const char *prefix, int n, int count)
{
    const int width = std::max(3, int(QString::number(std::max(count - 1, 0)).size()));
    return QLatin1String(prefix) + QString::number(n).rightJustified(width, QLatin1Char('0'));
}

/// How a consumer group behaves over the simulated time.
enum class GroupKind
{
    Healthy,     ///< keeps up: a lag of up to two seconds of production
    Rebalancing, ///< healthy, but in PreparingRebalance
    Lagging,     ///< consumes 90 % of what is produced: lag and time lag grow (Burrow WARN)
    Stopped,     ///< no members, offsets do not move (Burrow ERR, partitions STOP)
    NoCommits,   ///< assigned, never committed: lag unknown (NOTFOUND)
};

GroupKind kindOf(int group)
{
    if (group % 100 == 99)
        return GroupKind::NoCommits;
    if (group % 50 == 7)
        return GroupKind::Stopped;
    if (group % 10 == 3)
        return GroupKind::Lagging;
    if (group % 25 == 11)
        return GroupKind::Rebalancing;
    return GroupKind::Healthy;
}

/// One synthetic cluster: 3 brokers, topics x partitions with end offsets that advance every second,
/// groups reading one topic each, and a Flink cluster of 3 jobs with 5 vertices each. Every call
/// builds a whole new snapshot, as a collector cycle does (not part of the GUI thread's frame).
class ClusterSimulation
{
public:
    ClusterSimulation(const QString &name, int topics, int partitionsPerTopic, int groups, quint32 seed)
        : m_name(name)
        , m_perTopic(partitionsPerTopic)
        , m_random(seed)
    {
        for (int t = 0; t < topics; ++t)
            m_topicNames << numbered("topic-", t, topics);
        m_partitions.resize(qsizetype(topics) * partitionsPerTopic);
        for (qsizetype i = 0; i < m_partitions.size(); ++i) {
            Partition &p = m_partitions[i];
            p.rate = 5 + double((i * 37) % 400); // messages per second, 5..404
            p.high = 1'000'000 + qint64(p.rate) * 86400;
        }
        for (int g = 0; g < groups; ++g) {
            Group group{numbered("group-", g, groups), kindOf(g), g % topics, {}};
            for (int p = 0; p < partitionsPerTopic; ++p) {
                const Partition &part = partition(group.topic, p);
                group.committed << part.high - (group.kind == GroupKind::Healthy ? 0 : 5000);
            }
            m_groups.append(group);
        }
        for (int j = 0; j < 3; ++j) {
            m_jobIds << QStringLiteral("%1").arg(seed * 1000u + quint32(j), 32, 16, QLatin1Char('0'));
            QStringList vertices;
            for (int v = 0; v < 5; ++v)
                vertices << QStringLiteral("%1").arg(seed * 1000u + quint32(j * 10 + v + 100), 32, 16,
                                                     QLatin1Char('0'));
            m_vertexIds << vertices;
        }
    }

    /// The cluster one second later, at @p timeMs; @p deliveredAt is when the data counts as fresh.
    KafkaSnapshot nextKafka(qint64 timeMs, const QDateTime &deliveredAt)
    {
        ++m_second;
        KafkaSnapshot s;
        s.clusterName = m_name;
        s.clusterId = QStringLiteral("id-") + m_name;
        s.controllerId = 1;
        s.status = status(timeMs, deliveredAt, 40);
        QList<double> brokerRate(3, 0.0);
        QList<int> led(3, 0);
        s.topics.reserve(m_topicNames.size());
        for (int t = 0; t < m_topicNames.size(); ++t) {
            TopicInfo topic;
            topic.name = m_topicNames[t];
            topic.minInsyncReplicas = 2;
            topic.messagesPerSecond = 0;
            topic.partitions.reserve(m_perTopic);
            for (int p = 0; p < m_perTopic; ++p) {
                Partition &state = partition(t, p);
                const double rate = state.rate * (0.8 + 0.4 * m_random.generateDouble());
                state.high += qint64(rate);
                PartitionInfo info;
                info.partition = p;
                const int first = (t + p) % 3;
                info.replicas = {first + 1, (first + 1) % 3 + 1, (first + 2) % 3 + 1};
                info.isr = info.replicas;
                info.leader = info.replicas.first();
                if (t % 97 == 5 && p == 0)
                    info.isr.removeLast(); // under-replicated
                if (t % 250 == 123 && p == 4)
                    info.isr = {info.leader}; // under min.insync.replicas
                if (t % 500 == 321 && p == 7 && (m_second / 600) % 2 == 1)
                    info.leader = -1; // offline for ten minutes out of twenty
                info.lowWatermark = std::max<qint64>(0, state.high - qint64(state.rate) * 7 * 86400);
                info.highWatermark = state.high;
                info.messagesPerSecond = rate;
                topic.messagesPerSecond += rate;
                if (info.leader > 0) {
                    brokerRate[info.leader - 1] += rate;
                    ++led[info.leader - 1];
                }
                topic.partitions.append(info);
            }
            topic.bytesInPerSecond = topic.messagesPerSecond * 350;
            topic.bytesOutPerSecond = topic.bytesInPerSecond * 1.5;
            topic.logSizeBytes = double(topic.partitions.first().highWatermark) * 350 * 3;
            s.topics.append(topic);
        }
        for (int b = 0; b < 3; ++b) {
            BrokerInfo broker;
            broker.id = b + 1;
            broker.host = QStringLiteral("kafka-%1.%2.internal").arg(b + 1).arg(m_name);
            broker.port = 9092;
            broker.rack = QStringLiteral("rack-%1").arg(b + 1);
            broker.isController = b == 0;
            broker.rttMs = 0.4 + 0.2 * b + 0.1 * m_random.generateDouble();
            broker.partitionsLed = led[b];
            broker.messagesInPerSecond = brokerRate[b];
            broker.bytesInPerSecond = brokerRate[b] * 350;
            broker.bytesOutPerSecond = brokerRate[b] * 700;
            broker.logSizeBytes = 4.0e11 + 1.0e6 * double(m_second);
            broker.produceLatencyP99Ms = 3 + m_random.generateDouble();
            broker.fetchLatencyP99Ms = 500 + m_random.generateDouble();
            s.brokers.append(broker);
        }
        s.groups.reserve(m_groups.size());
        for (Group &g : m_groups)
            s.groups.append(groupInfo(g));
        return s;
    }

    FlinkSnapshot nextFlink(qint64 timeMs, const QDateTime &deliveredAt)
    {
        static const char *const jobNames[] = {"enrich-orders", "fraud-scores", "sessionize-clicks"};
        static const char *const vertexNames[] = {"Source: orders", "Filter -> Map",
                                                  "Window(TumblingEventTimeWindows)", "Aggregate",
                                                  "Sink: results"};
        FlinkSnapshot s;
        s.clusterName = m_name;
        s.restUrl = QStringLiteral("http://flink.%1.internal:8081").arg(m_name);
        s.flinkVersion = QStringLiteral("2.2.0");
        s.taskManagers = 2;
        s.slotsTotal = 8;
        s.slotsAvailable = 2;
        s.taskManagerList = {{QStringLiteral("tm-1"), 4, 1}, {QStringLiteral("tm-2"), 4, 1}};
        s.status = status(timeMs, deliveredAt, 22);
        const qint64 startMs = timeMs - m_second * 1000 - 3'600'000;
        for (int j = 0; j < 3; ++j) {
            const bool restarting = j == 2 && (m_second / 900) % 4 == 3;
            FlinkJobInfo job{m_jobIds[j],
                             QLatin1String(jobNames[j]),
                             restarting ? QStringLiteral("RESTARTING") : QStringLiteral("RUNNING"),
                             startMs,
                             timeMs - startMs,
                             20,
                             restarting ? 0 : 20};
            s.jobs.append(job);
            FlinkJobDetails d;
            d.jobId = job.id;
            d.lastModificationMs = startMs;
            d.jobType = QStringLiteral("STREAMING");
            d.uptimeMs = restarting ? 0 : timeMs - startMs;
            d.restarts = j == 2 ? m_second / 3600 + 1 : 0;
            if (j == 2)
                d.lastFailure =
                    FlinkFailureInfo{QStringLiteral("java.io.IOException"),
                                     QStringLiteral("java.io.IOException: Connection reset by peer"),
                                     QString(),
                                     startMs,
                                     QLatin1String(vertexNames[3]),
                                     QStringLiteral("10.0.0.12:6121"),
                                     QStringList()};
            for (int v = 0; v < 5; ++v) {
                FlinkVertexInfo vertex;
                vertex.id = m_vertexIds[j][v];
                vertex.name = QLatin1String(vertexNames[v]);
                vertex.status = job.state == QLatin1String("RUNNING") ? QStringLiteral("RUNNING")
                                                                      : QStringLiteral("DEPLOYING");
                vertex.parallelism = 4;
                vertex.maxParallelism = 128;
                vertex.source = v == 0;
                const bool high = j == 1 && v == 2;
                vertex.backpressureLevel = high ? FlinkBackpressureLevel::High : FlinkBackpressureLevel::Ok;
                vertex.backpressureRatio = high ? 0.7 + 0.2 * m_random.generateDouble() : 0.02;
                vertex.backpressureMeasuredAtMs = timeMs - 500;
                for (int st = 0; st < 4; ++st)
                    vertex.subtasks.append(
                        {st, vertex.backpressureLevel, vertex.backpressureRatio, 0.2, 0.5});
                vertex.busyMsPerSecondMax = high ? 950 : 300;
                vertex.busyMsPerSecondAvg = high ? 900 : 250;
                vertex.backPressuredMsPerSecondMax = high ? 700 : 10;
                vertex.backPressuredMsPerSecondAvg = high ? 600 : 5;
                vertex.idleMsPerSecondMax = high ? 50 : 700;
                vertex.idleMsPerSecondAvg = high ? 30 : 650;
                vertex.recordsInPerSecond = v == 0 ? -1 : 12000 + 100 * m_random.generateDouble();
                vertex.recordsOutPerSecond = v == 4 ? -1 : 12000 + 100 * m_random.generateDouble();
                vertex.bytesInPerSecond = vertex.recordsInPerSecond * 200;
                vertex.bytesOutPerSecond = vertex.recordsOutPerSecond * 200;
                vertex.watermarkState = FlinkWatermarkState::Ok;
                const qint64 lagMs = 1500 + 1000 * j + m_random.bounded(500) + (high ? m_second * 100 : 0);
                vertex.watermarkLagMs = lagMs;
                vertex.lowWatermarkMs = timeMs - lagMs;
                d.vertices.append(vertex);
            }
            FlinkCheckpointStats &c = d.checkpoints;
            c.checkpointing = FlinkCheckpointing::Enabled;
            c.completed = m_second / 10 + 1;
            c.failed = j == 1 ? m_second / 120 : 0;
            c.inProgress = m_second % 10 == 9 ? 1 : 0;
            c.total = c.completed + c.failed + c.inProgress;
            c.restored = j == 2 ? 1 : 0;
            for (qint64 k = 0; k < FlinkCheckpointStats::kMaxHistory; ++k) {
                FlinkCheckpointInfo cp;
                cp.id = c.completed - k;
                cp.status = QStringLiteral("COMPLETED");
                cp.triggerTimestampMs = timeMs - (m_second % 10 + 10 * k) * 1000 - 900;
                cp.durationMs = 600 + 50 * j;
                cp.latestAckTimestampMs = cp.triggerTimestampMs + cp.durationMs;
                cp.endToEndDurationMs = cp.durationMs + 20;
                cp.stateSizeBytes = 100'000'000 + (m_second - 10 * k) * 10'000 * (j + 1);
                cp.checkpointedSizeBytes = 2'000'000;
                cp.numSubtasks = 20;
                cp.numAcknowledgedSubtasks = 20;
                c.history.append(cp);
            }
            c.latestCompleted = c.history.first();
            if (j == 1 && (m_second / 60) % 2 == 1) {
                FlinkCheckpointInfo failed = c.history.first();
                failed.id += 1;
                failed.status = QStringLiteral("FAILED");
                failed.failureTimestampMs = timeMs - 200;
                failed.failureMessage = QStringLiteral("Checkpoint expired before completing.");
                c.latestFailed = failed;
            }
            c.stateGrowthBytesPerSecond = 1000.0 * (j + 1);
            d.kafkaSources = {{m_vertexIds[j][0], {m_topicNames.value(j)}, m_groups.value(j).id, false}};
            d.metricsFetchedAtMs = timeMs;
            s.jobDetails.append(d);
        }
        return s;
    }

private:
    struct Partition
    {
        qint64 high = 0;
        double rate = 0;
    };
    struct Group
    {
        QString id;
        GroupKind kind;
        int topic;
        QList<qint64> committed;
    };

    Partition &partition(int topic, int p) { return m_partitions[qsizetype(topic) * m_perTopic + p]; }

    SourceStatus status(qint64 timeMs, const QDateTime &deliveredAt, int requests) const
    {
        SourceStatus status;
        status.reachable = true;
        status.attemptedAt = QDateTime::fromMSecsSinceEpoch(timeMs, Qt::UTC);
        status.lastSuccessAt = deliveredAt;
        status.durationMs = 300;
        status.requestCount = requests;
        return status;
    }

    ConsumerGroupInfo groupInfo(Group &g)
    {
        ConsumerGroupInfo info;
        info.groupId = g.id;
        info.protocolType = QStringLiteral("consumer");
        info.protocol = QStringLiteral("cooperative-sticky");
        info.coordinatorId = g.topic % 3 + 1;
        switch (g.kind) {
        case GroupKind::Stopped:
            info.state = QStringLiteral("Empty");
            break;
        case GroupKind::Rebalancing:
            info.state = QStringLiteral("PreparingRebalance");
            break;
        default:
            info.state = QStringLiteral("Stable");
            break;
        }
        if (g.kind != GroupKind::Stopped) {
            for (int m = 0; m < 2; ++m) {
                GroupMember member;
                member.clientId = QStringLiteral("consumer-%1").arg(m + 1);
                member.memberId = member.clientId + QLatin1Char('-') + g.id;
                member.host = QStringLiteral("/10.0.%1.%2").arg(g.topic % 200).arg(m + 10);
                for (int p = m; p < m_perTopic; p += 2)
                    member.assignment.append({m_topicNames[g.topic], p});
                info.members.append(member);
            }
        }
        double consumed = 0;
        double produced = 0;
        for (int p = 0; p < m_perTopic; ++p) {
            const Partition &part = partition(g.topic, p);
            qint64 &committed = g.committed[p];
            const qint64 before = committed;
            if (g.kind == GroupKind::Healthy || g.kind == GroupKind::Rebalancing)
                committed = part.high - m_random.bounded(qint64(2 * part.rate) + 1);
            else if (g.kind == GroupKind::Lagging)
                committed += qint64(part.rate * 0.9);
            committed = std::min(committed, part.high);
            consumed += double(committed - before);
            produced += part.rate;
            GroupPartitionLag lag;
            lag.topic = m_topicNames[g.topic];
            lag.partition = p;
            lag.highWatermark = part.high;
            lag.memberClientId = info.members.isEmpty() ? QString() : info.members[p % 2].clientId;
            if (g.kind == GroupKind::NoCommits) {
                lag.status = LagStatus::NotFound;
            } else {
                lag.hasCommit = true;
                lag.committedOffset = committed;
                lag.lag = part.high - committed;
                lag.timeLagSeconds = double(lag.lag) / part.rate;
                lag.status = g.kind == GroupKind::Stopped   ? LagStatus::Stop
                             : g.kind == GroupKind::Lagging ? LagStatus::Warn
                                                            : LagStatus::Ok;
                info.totalLag = std::max<qint64>(info.totalLag, 0) + lag.lag;
                info.maxLag = std::max(info.maxLag, lag.lag);
                info.maxTimeLagSeconds = std::max(info.maxTimeLagSeconds, lag.timeLagSeconds);
            }
            info.partitions.append(lag);
        }
        switch (g.kind) {
        case GroupKind::Healthy:
        case GroupKind::Rebalancing:
            info.status = LagStatus::Ok;
            info.trend = LagTrend::Steady;
            info.consumeRatePerSecond = consumed;
            info.catchUpSeconds = 1;
            break;
        case GroupKind::Lagging:
            info.status = LagStatus::Warn;
            info.trend = LagTrend::Growing;
            info.consumeRatePerSecond = consumed;
            info.notCatchingUp = consumed < produced;
            break;
        case GroupKind::Stopped:
            info.status = LagStatus::Err;
            info.trend = LagTrend::Growing;
            info.consumeRatePerSecond = 0;
            info.notCatchingUp = true;
            break;
        case GroupKind::NoCommits:
            info.status = LagStatus::NotFound;
            break;
        }
        return info;
    }

    QString m_name;
    int m_perTopic;
    QRandomGenerator m_random;
    qint64 m_second = 0;
    QStringList m_topicNames;
    QList<Partition> m_partitions;
    QList<Group> m_groups;
    QStringList m_jobIds;
    QList<QStringList> m_vertexIds;
};

/// What app/Dashboard.cpp does: keep each delivered snapshot's samples, and once per burst of
/// deliveries (its 200 ms coalescing timer) evaluate the rules over the samples of every cluster and
/// hand the active alerts to the window.
class AlertPipeline
{
public:
    struct Split
    {
        double samplesMs = 0;
        double evaluateMs = 0;
        double setAlertsMs = 0;
    };

    explicit AlertPipeline(MainWindow &window)
        : m_window(window)
    {
        m_evaluator.setRules(AlertRules::defaults());
    }

    /// Stores one snapshot's samples, built beforehand as app/Monitor.cpp does on the collector's
    /// thread (kafkaMetricSamples/flinkMetricSamples are not part of the GUI thread's frame).
    void deliver(const QString &source, QList<MetricSample> samples)
    {
        m_samples.insert(source, std::move(samples));
    }

    qsizetype sampleCount() const
    {
        qsizetype n = 0;
        for (const QList<MetricSample> &samples : m_samples)
            n += samples.size();
        return n;
    }
    const AlertEvaluator &evaluator() const { return m_evaluator; }

    void evaluate(qint64 nowMs, Split &split)
    {
        QElapsedTimer t;
        t.start();
        QList<MetricSample> all;
        for (const QList<MetricSample> &samples : std::as_const(m_samples))
            all += samples;
        m_evaluator.evaluate(all, nowMs);
        split.evaluateMs += msSince(t);
        t.restart();
        m_window.setAlerts(m_evaluator.activeAlerts());
        split.setAlertsMs += msSince(t);
    }

private:
    MainWindow &m_window;
    AlertEvaluator m_evaluator;
    QMap<QString, QList<MetricSample>> m_samples;
};

/// Counts paint events reaching any widget, so the figures show the frame really painted.
class PaintCounter : public QObject
{
public:
    int count = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType())
            ++count;
        return false;
    }
};

struct FrameTimes
{
    AlertPipeline::Split alertSplit;
    double alertsMs = 0;
    double applyMs = 0;
    double paintMs = 0;
    double repaintMs = 0;
    int paints = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("GUI-thread time per frame of the main window applying snapshots of 5,000 "
                       "partitions and 500 groups, with alert evaluation, after an hour of history."));
    parser.addHelpOption();
    const QCommandLineOption topicsOption(QStringLiteral("topics"), QStringLiteral("Topics (default 500)."),
                                          QStringLiteral("n"), QStringLiteral("500"));
    const QCommandLineOption partitionsOption(QStringLiteral("partitions-per-topic"),
                                              QStringLiteral("Partitions per topic (default 10)."),
                                              QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption groupsOption(QStringLiteral("groups"),
                                          QStringLiteral("Consumer groups per cluster (default 500)."),
                                          QStringLiteral("n"), QStringLiteral("500"));
    const QCommandLineOption framesOption(QStringLiteral("frames"),
                                          QStringLiteral("Measured frames per page (default 100)."),
                                          QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
                                           QStringLiteral("Seconds of history before (default 3600)."),
                                           QStringLiteral("n"), QStringLiteral("3600"));
    const QCommandLineOption clustersOption(QStringLiteral("clusters"),
                                            QStringLiteral("Clusters monitored at once (default 1)."),
                                            QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption pagesOption(
        QStringLiteral("pages"), QStringLiteral("Pages to measure, comma-separated (default all five)."),
        QStringLiteral("list"), QStringLiteral("overview,brokers,topics,groups,flink"));
    const QCommandLineOption enginesOption(
        QStringLiteral("engines"),
        QStringLiteral("Chart engines to measure each page with, comma-separated (default painter)."),
        QStringLiteral("list"), QStringLiteral("painter"));
    const QCommandLineOption openGlOption(QStringLiteral("opengl"),
                                          QStringLiteral("Qt Charts engine: OpenGL series (needs GL)."));
    parser.addOptions({topicsOption, partitionsOption, groupsOption, framesOption, secondsOption,
                       clustersOption, pagesOption, enginesOption, openGlOption});
    parser.process(app);
    const int topics = std::max(1, parser.value(topicsOption).toInt());
    const int perTopic = std::max(1, parser.value(partitionsOption).toInt());
    const int groups = std::max(0, parser.value(groupsOption).toInt());
    const int frames = std::max(1, parser.value(framesOption).toInt());
    const int seconds = std::max(0, parser.value(secondsOption).toInt());
    const int clusters = std::max(1, parser.value(clustersOption).toInt());
    const QStringList pages = parser.value(pagesOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QStringList engines = parser.value(enginesOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const bool openGl = parser.isSet(openGlOption);
    constexpr int kWarmUpFrames = 5;
    constexpr qint64 kStaleAfterMs = 7000; // Dashboard's rule for a 1 s poll: 2 x 1 s + 5 s timeout

    QTextStream out(stdout);
    out << "bench_window_frame --topics " << topics << " --partitions-per-topic " << perTopic << " --groups "
        << groups << " --frames " << frames << " --seconds " << seconds << " --clusters " << clusters
        << " --engines " << engines.join(QLatin1Char(',')) << (openGl ? " --opengl" : "") << "\n"
        << "load average (1 min) at start: " << loadAverage() << "\n";
    const double rssStart = rssMiB();

    std::vector<std::unique_ptr<ClusterSimulation>> sims;
    for (int c = 0; c < clusters; ++c)
        sims.push_back(std::make_unique<ClusterSimulation>(QStringLiteral("cluster-%1").arg(c + 1), topics,
                                                           perTopic, groups, quint32(42 + c)));

    // The settings page must not read or write the user's profiles.
    QTemporaryDir profilesDir;
    MainWindow window(kStaleAfterMs, profilesDir.filePath(QStringLiteral("profiles.ini")));
    // The benchmark drives the frames itself: the window's own frame timer (its only direct QTimer
    // child) would otherwise run a second applyPending() inside the measured event processing.
    for (QTimer *timer : window.findChildren<QTimer *>(Qt::FindDirectChildrenOnly))
        timer->stop();
    for (int c = 0; c < clusters; ++c)
        window.addCluster(QStringLiteral("cluster-%1").arg(c + 1), kStaleAfterMs, true, true);
    AlertPipeline alerts(window);

    // An hour of history, one snapshot per second ending about now, recorded by the window itself
    // (applyPending) while the settings page is current: no page applies tables, nothing paints.
    window.showPage(QStringLiteral("settings"));
    const qint64 historyStart = QDateTime::currentMSecsSinceEpoch() - qint64(seconds) * 1000;
    qint64 nowMs = historyStart;
    QElapsedTimer timer;
    timer.start();
    double buildMs = 0;
    for (int s = 0; s < seconds; ++s, nowMs += 1000) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);
        AlertPipeline::Split ignored;
        for (const auto &sim : sims) {
            QElapsedTimer b;
            b.start();
            const KafkaSnapshot kafka = sim->nextKafka(nowMs, at);
            const FlinkSnapshot flink = sim->nextFlink(nowMs, at);
            buildMs += msSince(b);
            window.setKafkaSnapshot(kafka);
            alerts.deliver(QStringLiteral("kafka/") + kafka.clusterName, kafkaMetricSamples(kafka, at));
            window.setFlinkSnapshot(flink);
            alerts.deliver(QStringLiteral("flink/") + flink.clusterName, flinkMetricSamples(flink, at));
        }
        alerts.evaluate(nowMs, ignored);
        window.applyPending();
    }
    const double historyS = double(timer.elapsed()) / 1000.0;
    const double rssHistory = rssMiB();
    out << clusters << " cluster(s) of " << topics * perTopic << " partitions (" << topics << " topics x "
        << perTopic << "), " << groups << " groups, 3 brokers, 3 Flink jobs x 5 vertices\n"
        << seconds << " s of history recorded in " << historyS
        << " s (building the snapshots: " << buildMs / 1000.0 << " s); " << window.history().seriesCount()
        << " series, store reports " << double(window.history().memoryBytes()) / (1024.0 * 1024.0) << " MiB\n"
        << "VmRSS: " << rssStart << " MiB at start, " << rssHistory << " MiB after the history\n"
        << "alerts: " << alerts.sampleCount() << " samples per evaluation, "
        << alerts.evaluator().activeAlerts().size() << " active (" << alerts.evaluator().firingCount()
        << " firing)\n";
    out.flush();

    PaintCounter paints;
    app.installEventFilter(&paints);
    window.resize(1600, 1000);
    window.show();
    app.processEvents();

    // The wall of six charts: what an operator puts on a screen for a group, its brokers and a Flink job.
    QWidget wallWidget;
    auto *wallGrid = new QGridLayout(&wallWidget);
    QList<TimeSeriesChart *> wallCharts;
    {
        const QStringList keys = window.history().keys();
        auto firstKey = [&keys](const QString &pattern) {
            const QStringList matching = keys.filter(QRegularExpression(pattern));
            return matching.isEmpty() ? QString() : *std::min_element(matching.cbegin(), matching.cend());
        };
        const QString group = numbered("group-", 7, groups);
        const QStringList wallKeys{firstKey(QStringLiteral("/group/%1/lag$").arg(group)),
                                   firstKey(QStringLiteral("/group/%1/timelag$").arg(group)),
                                   firstKey(QStringLiteral("/broker/.*/bytesin$")),
                                   firstKey(QStringLiteral("/broker/.*/bytesout$")),
                                   firstKey(QStringLiteral("^flink/.*/watermarklag$")),
                                   firstKey(QStringLiteral("^flink/.*/statesize$"))};
        for (int i = 0; i < int(wallKeys.size()); ++i) {
            auto *chart = new TimeSeriesChart(&wallWidget);
            chart->setSeries(wallKeys[i], wallKeys[i].section(QLatin1Char('/'), -2),
                             QColor(0x1e, 0x88, 0xe5));
            wallGrid->addWidget(chart, i / 3, i % 3);
            wallCharts << chart;
        }
    }
    wallWidget.resize(1920, 1080);

    // One frame: every cluster delivers a snapshot one second later (built outside the measurement:
    // that is the collectors' work), Dashboard's alert evaluation runs once over them, then
    // the window applies the frame and the event loop lays out and paints.
    auto frame = [&](bool wallShown) {
        nowMs += 1000;
        const QDateTime wall = QDateTime::currentDateTimeUtc();
        QList<KafkaSnapshot> kafka;
        QList<FlinkSnapshot> flink;
        for (const auto &sim : sims) {
            // Fresh by the wall clock (the window judges staleness by it), stamped with the
            // simulated time the history is recorded at.
            kafka << sim->nextKafka(nowMs, wall);
            flink << sim->nextFlink(nowMs, wall);
        }
        FrameTimes f;
        // The alert samples, built on the collectors' threads by app/Monitor.cpp: timed, reported
        // in the split, not part of the GUI thread's frame.
        QList<QList<MetricSample>> kafkaSamples, flinkSamples;
        QElapsedTimer t;
        t.start();
        for (qsizetype c = 0; c < kafka.size(); ++c) {
            kafkaSamples << kafkaMetricSamples(kafka[c], wall);
            flinkSamples << flinkMetricSamples(flink[c], wall);
        }
        f.alertSplit.samplesMs = msSince(t);
        t.restart();
        for (qsizetype c = 0; c < kafka.size(); ++c) {
            window.setKafkaSnapshot(kafka[c]);
            alerts.deliver(QStringLiteral("kafka/") + kafka[c].clusterName, std::move(kafkaSamples[c]));
            window.setFlinkSnapshot(flink[c]);
            alerts.deliver(QStringLiteral("flink/") + flink[c].clusterName, std::move(flinkSamples[c]));
        }
        alerts.evaluate(nowMs, f.alertSplit);
        f.alertsMs = msSince(t);
        t.restart();
        window.applyPending();
        if (wallShown) {
            for (TimeSeriesChart *chart : std::as_const(wallCharts))
                chart->updateFromStore(window.history());
        }
        f.applyMs = msSince(t);
        paints.count = 0;
        t.restart();
        app.processEvents();
        f.paintMs = msSince(t);
        f.paints = paints.count;
        t.restart();
        if (wallShown)
            wallWidget.repaint();
        else
            window.repaint();
        f.repaintMs = msSince(t);
        return f;
    };

    out << "\nms per frame on the GUI thread (median / p99 over " << frames << " frames after "
        << kWarmUpFrames << " warm-up frames); total = alerts + apply + paint; the full repaint of "
        << "the " << window.width() << " x " << window.height() << " window is not part of the frame\n\n"
        << "| page | engine | alerts | apply | paint | **total** | total max | full repaint | widgets "
           "painted "
           "per frame (min) |\n"
        << "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n";
    out.flush();
    QStringList alertLines;
    for (const QString &page : pages) {
        for (const QString &engineName : engines) {
            const bool isWall = page == QLatin1String("wall6");
            if (!window.showPage(isWall ? QStringLiteral("settings") : page)) {
                out << "unknown page " << page << "\n";
                return 2;
            }
            const auto engine = engineName == QLatin1String("qtcharts") ? TimeSeriesChart::Engine::QtCharts
                                                                        : TimeSeriesChart::Engine::Painter;
            QList<TimeSeriesChart *> charts = window.findChildren<TimeSeriesChart *>();
            charts += wallCharts;
            for (TimeSeriesChart *chart : std::as_const(charts)) {
                chart->setUseOpenGL(openGl);
                chart->setEngine(engine);
            }
            wallWidget.setVisible(isWall);
            QList<double> alertMs, applyMs, paintMs, totalMs, repaintMs, samplesMs, evaluateMs, setAlertsMs;
            int minPaints = std::numeric_limits<int>::max();
            for (int f = -kWarmUpFrames; f < frames; ++f) {
                const FrameTimes times = frame(isWall);
                if (f == -kWarmUpFrames && page == QLatin1String("groups")) {
                    // An operator opens a group: its partitions and two lag charts are live too.
                    static_cast<GroupsPage *>(window.page(page))->selectGroup(numbered("group-", 7, groups));
                }
                if (f < 0)
                    continue;
                alertMs << times.alertsMs;
                applyMs << times.applyMs;
                paintMs << times.paintMs;
                totalMs << times.alertsMs + times.applyMs + times.paintMs;
                repaintMs << times.repaintMs;
                samplesMs << times.alertSplit.samplesMs;
                evaluateMs << times.alertSplit.evaluateMs;
                setAlertsMs << times.alertSplit.setAlertsMs;
                minPaints = std::min(minPaints, times.paints);
            }
            auto cell = [](const QList<double> &values) {
                return QStringLiteral("%1 / %2")
                    .arg(percentile(values, 0.5), 0, 'f', 1)
                    .arg(percentile(values, 0.99), 0, 'f', 1);
            };
            out << "| " << page << " | " << engineName << " | " << cell(alertMs) << " | " << cell(applyMs)
                << " | " << cell(paintMs) << " | **" << cell(totalMs) << "** | "
                << QString::number(*std::max_element(totalMs.cbegin(), totalMs.cend()), 'f', 1) << " | "
                << cell(repaintMs) << " | " << minPaints << " |\n";
            out.flush();
            alertLines << QStringLiteral("| %1 | %2 | %3 | %4 |")
                              .arg(page, cell(samplesMs), cell(evaluateMs), cell(setAlertsMs));
        }
    }
    out << "\nalerts split (ms per frame, median / p99; " << 2 * clusters
        << " snapshots delivered per frame, one evaluation over all of them as Monitor coalesces; the "
           "samples are built on the collectors' threads, not in the frame)\n\n"
        << "| page | samples (collector threads) | evaluate | activeAlerts + setAlerts |\n"
        << "| --- | ---: | ---: | ---: |\n"
        << alertLines.join(QLatin1Char('\n')) << "\n\n"
        << "alerts at the end: " << alerts.evaluator().activeAlerts().size() << " active ("
        << alerts.evaluator().firingCount() << " firing:";
    QMap<QString, int> byRule;
    for (const ActiveAlert &a : alerts.evaluator().activeAlerts())
        ++byRule[a.ruleName];
    for (auto it = byRule.cbegin(); it != byRule.cend(); ++it)
        out << " " << it.key() << " " << it.value();
    out << "); " << window.history().seriesCount() << " series in the history\n"
        << "load average (1 min) at the end: " << loadAverage() << "\n"
        << "VmRSS at the end: " << rssMiB() << " MiB\n";
    return 0;
}
