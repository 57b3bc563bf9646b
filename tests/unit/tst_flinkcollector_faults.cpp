// FlinkCollector against a fake Flink REST server (QTcpServer) that answers with the recorded
// Flink 2.2.0 responses and injects faults: down, slow, HTTP 500, garbage JSON, warm-up answers.
#include "FlinkCollector.h"
#include "SnapshotJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <optional>

using namespace Tidewatch;

namespace {

const QString kJob = QStringLiteral("ef6c7699669aeeee4125753e5bbe26f9");
const QString kSource = QStringLiteral("45b0254a46cabbc3efeea5d2e170ea5b");
const QString kWindow = QStringLiteral("9aa95e4dcb23b7f3c2e85419993958f6");
const QString kTotals = QStringLiteral("7e6d568196a387cc0b6361d410756da6");
const QString kSink = QStringLiteral("996b62f0ff6bfc3bea119677451f320d");

QByteArray fixture(const QString &name)
{
    QFile file(qEnvironmentVariable("TIDEWATCH_FIXTURES") + QStringLiteral("/flink-2.2.0/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

/// A minimal HTTP/1.1 server: one answer per connection, routes by path ("path?" for requests that
/// have a query string, which wins over the bare path).
class FakeFlink : public QObject
{
public:
    struct Route
    {
        int status = 200;
        QByteArray body;
        int delayMs = 0;
    };

    FakeFlink()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { serve(socket); });
            }
        });
        if (!m_server.listen(QHostAddress::LocalHost))
            qFatal("cannot listen");
        const QString jobs = QStringLiteral("/jobs/") + kJob;
        const QString vertices = jobs + QStringLiteral("/vertices/");
        set(QStringLiteral("/config"), fixture(QStringLiteral("config.json")));
        set(QStringLiteral("/jobmanager/config"), fixture(QStringLiteral("jobmanager-config.json")));
        set(QStringLiteral("/overview"), fixture(QStringLiteral("overview.json")));
        set(QStringLiteral("/taskmanagers"), fixture(QStringLiteral("taskmanagers.json")));
        // The TaskManager of taskmanagers.json; its figures recorded from the stack's later Flink.
        set(QStringLiteral("/taskmanagers/6a050312-64d1-4317-8b2c-4306784dd3c6/metrics?"),
            fixture(QStringLiteral("shapes/taskmanager-metrics-heap-cpu.json")));
        set(QStringLiteral("/jobs/overview"), fixture(QStringLiteral("jobs-overview.json")));
        set(jobs, fixture(QStringLiteral("job.json")));
        set(jobs + QStringLiteral("/metrics?"), fixture(QStringLiteral("job-metrics-numrestarts.json")));
        set(jobs + QStringLiteral("/exceptions?"), fixture(QStringLiteral("job-exceptions.json")));
        set(jobs + QStringLiteral("/checkpoints"), fixture(QStringLiteral("checkpoints.json")));
        set(jobs + QStringLiteral("/checkpoints/config"), fixture(QStringLiteral("checkpoints-config.json")));
        for (const QString &v : {kSource, kWindow, kTotals, kSink}) {
            set(vertices + v + QStringLiteral("/backpressure"),
                fixture(QStringLiteral("job-backpressure-ok.json")));
            set(vertices + v + QStringLiteral("/subtasks/metrics?"),
                fixture(QStringLiteral("vertex-subtasks-metrics-busy-ok.json")));
            set(vertices + v + QStringLiteral("/watermarks"),
                fixture(QStringLiteral("vertex-watermarks.json")));
        }
        set(vertices + kTotals + QStringLiteral("/backpressure"),
            fixture(QStringLiteral("job-backpressure-high.json")));
        set(vertices + kSource + QStringLiteral("/metrics"),
            fixture(QStringLiteral("vertex-metrics-list-source.json")));
        set(vertices + kSource + QStringLiteral("/metrics?"),
            fixture(QStringLiteral("vertex-metrics-source-watermarks.json")));
    }

    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }
    void set(const QString &key, const QByteArray &body, int status = 200, int delayMs = 0)
    {
        m_routes.insert(key, Route{status, body, delayMs});
    }
    Route &route(const QString &key) { return m_routes[key]; }
    void setDelayAll(int delayMs)
    {
        for (Route &r : m_routes)
            r.delayMs = delayMs;
    }
    void close() { m_server.close(); }
    QStringList requests; ///< request targets in arrival order
    QList<QByteArray> authorizations;

private:
    void serve(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QString target = QString::fromLatin1(lines.first().split(' ').value(1));
        QByteArray authorization;
        for (const QByteArray &line : lines) {
            if (line.toLower().startsWith("authorization:"))
                authorization = line.mid(14).trimmed();
        }
        requests << target;
        authorizations << authorization;
        m_buffers.remove(socket);
        const QString path = target.section(QLatin1Char('?'), 0, 0);
        const bool hasQuery = target.contains(QLatin1Char('?'));
        Route r{404, R"({"errors":["Not found: )" + path.toUtf8() + R"("]})", 0};
        if (hasQuery && m_routes.contains(path + QLatin1Char('?')))
            r = m_routes.value(path + QLatin1Char('?'));
        else if (m_routes.contains(path))
            r = m_routes.value(path);
        QTimer::singleShot(r.delayMs, socket, [socket, r] {
            QByteArray out = "HTTP/1.1 " + QByteArray::number(r.status) +
                             " X\r\nContent-Type: application/json\r\n" +
                             "Content-Length: " + QByteArray::number(r.body.size()) +
                             "\r\nConnection: close\r\n\r\n" + r.body;
            socket->write(out);
            socket->disconnectFromHost();
        });
    }

    QTcpServer m_server;
    QHash<QString, Route> m_routes;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

ClusterProfile profileFor(const QString &url)
{
    ClusterProfile p;
    p.name = QStringLiteral("test");
    p.flinkRestUrl = url;
    p.requestTimeoutMs = 400;
    p.flinkPollIntervalMs = 2000;
    return p;
}

FlinkSnapshot cycle(FlinkCollector &collector)
{
    QSignalSpy spy(&collector, &FlinkCollector::snapshotReady);
    collector.collect();
    if (spy.isEmpty() && !spy.wait(5000))
        qFatal("no snapshot within 5 s");
    return spy.takeFirst().at(0).value<FlinkSnapshot>();
}

const FlinkVertexInfo *vertexOf(const FlinkSnapshot &s, const QString &id)
{
    const FlinkJobDetails *d = s.details(kJob);
    if (!d)
        return nullptr;
    for (const FlinkVertexInfo &v : d->vertices) {
        if (v.id == id)
            return &v;
    }
    return nullptr;
}

} // namespace

class TestFlinkCollectorFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<FlinkSnapshot>(); }

    void happyPath()
    {
        FakeFlink flink;
        FlinkCollector collector(profileFor(flink.url()));
        const FlinkSnapshot s = cycle(collector);
        QVERIFY2(s.status.reachable, qPrintable(s.status.error));
        QVERIFY2(s.partErrors.isEmpty(), qPrintable(s.partErrors.join(QLatin1Char('\n'))));
        QCOMPARE(s.flinkVersion, QStringLiteral("2.2.0"));
        QCOMPARE(s.taskManagerList.size(), 1);
        QCOMPARE(s.jobs.size(), 1);
        const FlinkJobDetails *d = s.details(kJob);
        QVERIFY(d);
        QCOMPARE(d->restarts, qint64(1));
        QVERIFY(d->lastFailure);
        QVERIFY(d->lastFailure->message.contains(QLatin1String("fail-once")));
        QCOMPARE(d->checkpoints.completed, qint64(22));
        QCOMPARE(d->vertices.size(), 4);
        QCOMPARE(vertexOf(s, kTotals)->backpressureLevel, FlinkBackpressureLevel::High);
        QCOMPARE(vertexOf(s, kSink)->backpressureLevel, FlinkBackpressureLevel::Ok);
        QCOMPARE(vertexOf(s, kWindow)->watermarkState, FlinkWatermarkState::Ok);
        QVERIFY(vertexOf(s, kWindow)->watermarkLagMs.has_value());
        QCOMPARE(vertexOf(s, kSource)->watermarkState, FlinkWatermarkState::Ok);
        QCOMPARE(vertexOf(s, kSource)->lowWatermarkMs.value_or(-1), qint64(1795619654754));
        // Measured when Flink sampled it (the recording is a year old): Flink's own gauge, not our clock.
        QCOMPARE(vertexOf(s, kSource)->watermarkLagMs.value_or(-1), qint64(3824));
        QCOMPARE(d->metricsSampledAtMs, qint64(1795619654854 + 3824));
        QVERIFY(d->metricsAgeMs > 0);
        QCOMPARE(d->checkpoints.intervalMs, qint64(3000));
        QCOMPARE(d->checkpoints.checkpointing, FlinkCheckpointing::Enabled);
        QCOMPARE(d->kafkaSources.size(), 1);
        QCOMPARE(d->kafkaSources[0].topics, QStringList{QStringLiteral("orders")});
        QCOMPARE(d->kafkaSources[0].vertexId, kSource);
        QVERIFY(d->kafkaSources[0].groupId.isEmpty()); // Flink's metrics do not name the group
        // 5 cluster (config, jobmanager/config, overview, taskmanagers, jobs/overview) + 1 TaskManager's
        // heap and CPU + 5 job (job, metrics, exceptions, checkpoints, checkpoints/config) + 1 uptime
        // with the vertex metrics + 4 vertices x 3 + 1 listing of the source's metrics
        QCOMPARE(s.status.requestCount, 25);
        QCOMPARE(s.taskManagerList.size(), 1);
        QCOMPARE(s.taskManagerList[0].heapUsedBytes, qint64(116270416));
        QCOMPARE(s.taskManagerList[0].cpuLoad, 0.5);
        QVERIFY(s.taskManagerList[0].metricsAgeMs >= 0);
        QCOMPARE(d->exceptionHistory.size(), 1);
        QCOMPARE(*d->lastFailure, d->exceptionHistory.first());
        QVERIFY(flink.requests.contains(QStringLiteral("/jobs/") + kJob +
                                        QStringLiteral("/exceptions?maxExceptions=10")));
        QVERIFY(
            !flink.requests.filter(QStringLiteral("/vertices/") + kSource + QStringLiteral("/metrics?get="))
                 .isEmpty());

        // Steady state: version, fetcher interval, plan and metric ids are cached.
        const FlinkSnapshot second = cycle(collector);
        QVERIFY(second.status.reachable);
        QCOMPARE(second.status.requestCount, 3 + 1 + 3 + 1 + 4 * 3);
        QCOMPARE(second.taskManagerList[0].heapMaxBytes, qint64(1037959168));
        QCOMPARE(flink.requests.count(QStringLiteral("/jobs/") + kJob), 1);
        QCOMPARE(vertexOf(second, kTotals)->backpressureLevel, FlinkBackpressureLevel::High);
    }

    void metricRoundsFollowTheFetcherInterval()
    {
        FakeFlink flink;
        flink.set(QStringLiteral("/jobmanager/config"),
                  R"([{"key":"metrics.fetcher.update-interval","value":"10000"}])");
        FlinkCollector collector(profileFor(flink.url()));
        QVERIFY(cycle(collector).status.reachable);
        const FlinkSnapshot second = cycle(collector); // within the 10 s: no vertex requests
        QCOMPARE(second.status.requestCount, 3 + 3);
        // ... but the last measured values are carried over, not dropped.
        QVERIFY(vertexOf(second, kTotals));
        QCOMPARE(vertexOf(second, kTotals)->backpressureLevel, FlinkBackpressureLevel::High);
        QCOMPARE(vertexOf(second, kSource)->watermarkState, FlinkWatermarkState::Ok);
    }

    void faults_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("error");
        QTest::newRow("Flink down") << QStringLiteral("down") << QStringLiteral("Connection refused");
        QTest::newRow("slow: timeouts")
            << QStringLiteral("slow") << QStringLiteral("no answer within 400 ms");
        QTest::newRow("HTTP 500") << QStringLiteral("500")
                                  << QStringLiteral(
                                         "/jobs/overview: HTTP 500: java.lang.IllegalStateException: boom");
        QTest::newRow("garbage JSON")
            << QStringLiteral("garbage") << QStringLiteral("/overview: The response is not valid JSON");
        QTest::newRow("HTML instead of JSON")
            << QStringLiteral("html") << QStringLiteral("/taskmanagers: The response is not valid JSON");
    }
    void faults()
    {
        QFETCH(QString, fault);
        QFETCH(QString, error);
        FakeFlink flink;
        FlinkCollector collector(profileFor(flink.url()));
        const FlinkSnapshot good = cycle(collector);
        QVERIFY(good.status.reachable);
        if (fault == QLatin1String("down"))
            flink.close();
        else if (fault == QLatin1String("slow"))
            flink.setDelayAll(1500);
        else if (fault == QLatin1String("500"))
            flink.set(QStringLiteral("/jobs/overview"),
                      R"x({"errors":["java.lang.IllegalStateException: boom\n\tat x.y(Z.java:1)"]})x", 500);
        else if (fault == QLatin1String("garbage"))
            flink.set(QStringLiteral("/overview"), "{\"taskmanagers\":1,");
        else if (fault == QLatin1String("html"))
            flink.set(QStringLiteral("/taskmanagers"), "<html><body>502 Bad Gateway</body></html>");
        QTest::qWait(20); // so the data's age is measurably positive
        const FlinkSnapshot bad = cycle(collector);
        QVERIFY(!bad.status.reachable);
        QVERIFY2(bad.status.error.contains(error), qPrintable(bad.status.error));
        // The last good data stays, with its age.
        QCOMPARE(bad.status.lastSuccessAt, good.status.lastSuccessAt);
        QVERIFY(bad.status.dataAgeMs(bad.status.attemptedAt) > 0);
        QCOMPARE(bad.jobs, good.jobs);
        QCOMPARE(bad.jobDetails.size(), 1);
        // Not "0 task managers": what the cluster has now is unknown.
        QCOMPARE(good.taskManagers, 1);
        QCOMPARE(bad.taskManagers, -1);
        QCOMPARE(bad.slotsTotal, -1);
        QCOMPARE(bad.slotsAvailable, -1);
        QCOMPARE(vertexOf(bad, kTotals)->backpressureLevel, FlinkBackpressureLevel::High);
        QVERIFY(bad.status.durationMs < 3000); // bounded by the request timeout
        const QJsonObject json = SnapshotJson::document(std::nullopt, bad, QDateTime::currentDateTimeUtc());
        const QJsonObject status = json[QStringLiteral("flink")][QStringLiteral("status")].toObject();
        QCOMPARE(status[QStringLiteral("reachable")].toBool(), false);
        QVERIFY(status[QStringLiteral("dataAgeMs")].toInteger() > 0);
        for (const char *key : {"taskManagers", "slotsTotal", "slotsAvailable"})
            QVERIFY2(json[QStringLiteral("flink")][QLatin1String(key)].isNull(), key);

        if (fault == QLatin1String("down"))
            return;
        flink.setDelayAll(0);
        flink.set(QStringLiteral("/jobs/overview"), fixture(QStringLiteral("jobs-overview.json")));
        flink.set(QStringLiteral("/overview"), fixture(QStringLiteral("overview.json")));
        flink.set(QStringLiteral("/taskmanagers"), fixture(QStringLiteral("taskmanagers.json")));
        QTest::qWait(1600); // let the slow answers of the faulty cycle drain
        const FlinkSnapshot recovered = cycle(collector);
        QVERIFY2(recovered.status.reachable, qPrintable(recovered.status.error));
        QVERIFY(recovered.status.lastSuccessAt > good.status.lastSuccessAt);
    }

    void partFaults_data()
    {
        QTest::addColumn<QString>("route");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("delayMs");
        QTest::addColumn<QString>("partError");
        const QString vertices = QStringLiteral("/jobs/") + kJob + QStringLiteral("/vertices/");
        QTest::newRow("backpressure 500")
            << vertices + kTotals + QStringLiteral("/backpressure") << 500
            << QByteArray(R"({"errors":["Internal server error."]})") << 0
            << QStringLiteral("/backpressure: HTTP 500: Internal server error.");
        QTest::newRow("watermarks garbage")
            << vertices + kWindow + QStringLiteral("/watermarks") << 200 << QByteArray("[{") << 0
            << QStringLiteral("/watermarks: The response is not valid JSON");
        QTest::newRow("checkpoints slow") << QStringLiteral("/jobs/") + kJob + QStringLiteral("/checkpoints")
                                          << 200 << fixture(QStringLiteral("checkpoints.json")) << 1500
                                          << QStringLiteral("/checkpoints: no answer within 400 ms");
    }
    void partFaults()
    {
        QFETCH(QString, route);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, delayMs);
        QFETCH(QString, partError);
        FakeFlink flink;
        flink.set(route, body, status, delayMs);
        FlinkCollector collector(profileFor(flink.url()));
        const FlinkSnapshot s = cycle(collector);
        QVERIFY2(s.status.reachable, qPrintable(s.status.error)); // the cluster answered
        QVERIFY2(s.partErrors.size() == 1, qPrintable(s.partErrors.join(QLatin1Char('\n'))));
        QVERIFY2(s.partErrors.first().contains(partError), qPrintable(s.partErrors.first()));
        QCOMPARE(vertexOf(s, kSink)->backpressureLevel, FlinkBackpressureLevel::Ok); // the rest is current
    }

    void warmUpIsNotZero()
    {
        FakeFlink flink;
        const QString vertices = QStringLiteral("/jobs/") + kJob + QStringLiteral("/vertices/");
        for (const QString &v : {kSource, kWindow, kTotals, kSink}) {
            flink.set(vertices + v + QStringLiteral("/backpressure"),
                      fixture(QStringLiteral("warmup-backpressure.json")));
            flink.set(vertices + v + QStringLiteral("/subtasks/metrics?"), "[]");
            flink.set(vertices + v + QStringLiteral("/watermarks"),
                      fixture(QStringLiteral("warmup-watermarks.json")));
        }
        flink.set(vertices + kSource + QStringLiteral("/metrics"), "[]");
        flink.set(QStringLiteral("/jobs/") + kJob + QStringLiteral("/metrics?"),
                  fixture(QStringLiteral("warmup-job-metrics-numrestarts.json")));
        flink.set(QStringLiteral("/jobs/") + kJob + QStringLiteral("/checkpoints"),
                  fixture(QStringLiteral("warmup-checkpoints.json")));
        FlinkCollector collector(profileFor(flink.url()));
        const FlinkSnapshot s = cycle(collector);
        QVERIFY(s.status.reachable);
        QVERIFY(s.partErrors.isEmpty());
        const FlinkJobDetails *d = s.details(kJob);
        QCOMPARE(d->restarts, qint64(-1));
        QCOMPARE(d->checkpoints.completed, qint64(0));
        QVERIFY(!d->checkpoints.latestCompleted);
        for (const FlinkVertexInfo &v : d->vertices) {
            QCOMPARE(v.backpressureLevel, FlinkBackpressureLevel::Unknown);
            QCOMPARE(v.busyMsPerSecondMax, -1.0);
            QCOMPARE(v.watermarkState, FlinkWatermarkState::Unknown);
        }
        const QJsonObject json = SnapshotJson::document(std::nullopt, s, QDateTime::currentDateTimeUtc());
        const QJsonObject job = json[QStringLiteral("flink")][QStringLiteral("jobs")][0].toObject();
        const QJsonObject vertex = job[QStringLiteral("vertices")][0].toObject();
        QVERIFY(vertex[QStringLiteral("backpressure")][QStringLiteral("level")].isNull());
        QVERIFY(vertex[QStringLiteral("busyMsPerSecond")][QStringLiteral("max")].isNull());
        QVERIFY(vertex[QStringLiteral("watermark")][QStringLiteral("lagMs")].isNull());
        QVERIFY(job[QStringLiteral("restarts")].isNull());
    }

    void checkpointingDisabledIsAState()
    {
        FakeFlink flink;
        flink.set(QStringLiteral("/jobs/") + kJob + QStringLiteral("/checkpoints"),
                  R"({"errors":["Checkpointing has not been enabled."]})", 404);
        FlinkCollector collector(profileFor(flink.url()));
        const FlinkSnapshot s = cycle(collector);
        QVERIFY(s.status.reachable);
        QVERIFY2(s.partErrors.isEmpty(), qPrintable(s.partErrors.join(QLatin1Char(';'))));
        QCOMPARE(s.details(kJob)->checkpoints.checkpointing, FlinkCheckpointing::Disabled);
        const QJsonObject json = SnapshotJson::document(std::nullopt, s, QDateTime::currentDateTimeUtc());
        QCOMPARE(json[QStringLiteral("flink")][QStringLiteral("jobs")][0][QStringLiteral("checkpoints")]
                     [QStringLiteral("checkpointing")]
                         .toString(),
                 QStringLiteral("disabled"));
    }

    /// Flink 2.x: 200 with zero counts on /checkpoints, Long.MAX_VALUE interval in the config.
    void noPeriodicCheckpointsIsDisabled()
    {
        FakeFlink flink;
        const QString jobs = QStringLiteral("/jobs/") + kJob;
        flink.set(jobs + QStringLiteral("/checkpoints"),
                  fixture(QStringLiteral("shapes/no-checkpoints-checkpoints.json")));
        flink.set(jobs + QStringLiteral("/checkpoints/config"),
                  fixture(QStringLiteral("shapes/no-checkpoints-checkpoints-config.json")));
        FlinkCollector collector(profileFor(flink.url()));
        for (int i = 0; i < 2; ++i) { // the configuration is asked for once, and stays applied
            const FlinkSnapshot s = cycle(collector);
            QVERIFY2(s.partErrors.isEmpty(), qPrintable(s.partErrors.join(QLatin1Char(';'))));
            QCOMPARE(s.details(kJob)->checkpoints.checkpointing, FlinkCheckpointing::Disabled);
            const QJsonObject json = SnapshotJson::document(std::nullopt, s, QDateTime::currentDateTimeUtc());
            const QJsonObject cp =
                json[QStringLiteral("flink")][QStringLiteral("jobs")][0][QStringLiteral("checkpoints")]
                    .toObject();
            QCOMPARE(cp[QStringLiteral("checkpointing")].toString(), QStringLiteral("disabled"));
            QVERIFY(cp[QStringLiteral("intervalMs")].isNull());
        }
        QCOMPARE(flink.requests.count(jobs + QStringLiteral("/checkpoints/config")), 1);
    }

    /// Terminal jobs: type and end time kept (asked for once, no metrics), left out after the
    /// retention time.
    void terminalJobsAgeOut()
    {
        FakeFlink flink;
        const QString failed = QStringLiteral("fa14d7d8c2331ce78d7582232671d2af");
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        auto overview = [&](qint64 endMs) {
            return QStringLiteral(R"({"jobs":[{"jid":"%1","name":"doomed","state":"FAILED","start-time":%2,
                "end-time":%3,"duration":%4,"last-modification":%3,"tasks":{"total":1,"failed":1}}]})")
                .arg(failed)
                .arg(endMs - 2000)
                .arg(endMs)
                .arg(2000)
                .toUtf8();
        };
        flink.set(QStringLiteral("/jobs/overview"), overview(now - 60000));
        // The recorded answer with the JobManager's clock ("now") set to ours, so ages are ours too.
        QByteArray job = fixture(QStringLiteral("shapes/fails-job.json"));
        const qsizetype at = job.indexOf("\"now\":") + 6;
        QVERIFY(at > 6);
        job.replace(at, job.indexOf(',', at) - at, QByteArray::number(now));
        flink.set(QStringLiteral("/jobs/") + failed, job);
        flink.set(QStringLiteral("/jobs/") + failed + QStringLiteral("/exceptions?"),
                  fixture(QStringLiteral("shapes/fails-exceptions.json")));
        ClusterProfile profile = profileFor(flink.url());
        profile.flinkTerminalJobRetentionMs = 10 * 60 * 1000;
        FlinkCollector collector(profile);
        FlinkSnapshot s = cycle(collector);
        QCOMPARE(s.jobs.size(), 1);
        QCOMPARE(s.jobs[0].endTimeMs, now - 60000);
        const FlinkJobDetails *d = s.details(failed);
        QVERIFY(d);
        QCOMPARE(d->jobType, QStringLiteral("STREAMING"));
        QVERIFY(d->lastFailure);
        QCOMPARE(d->lastFailure->rootCause,
                 QStringLiteral("java.io.IOException: tidewatch simulated root cause: quota exceeded"));
        QVERIFY(d->vertices.isEmpty()); // nothing measured for a job that has ended
        QVERIFY(flink.requests.filter(QStringLiteral("/checkpoints")).isEmpty());
        QVERIFY(flink.requests.filter(QStringLiteral("/vertices/")).isEmpty());
        const qsizetype before = flink.requests.size();
        s = cycle(collector); // known and ended: nothing asked about it again
        // /overview, /taskmanagers, /jobs/overview (and on a metric round the TaskManager's heap and CPU)
        const QStringList asked = flink.requests.mid(before);
        QCOMPARE(asked.size() - asked.filter(QStringLiteral("/taskmanagers/")).size(), qsizetype(3));
        QVERIFY(s.details(failed)->lastFailure);
        QCOMPARE(s.details(failed)->jobType, QStringLiteral("STREAMING"));

        flink.set(QStringLiteral("/jobs/overview"), overview(now - 11 * 60 * 1000));
        s = cycle(collector);
        QVERIFY2(s.jobs.isEmpty(), "a job that ended longer ago than the retention is left out");
        QVERIFY(s.jobDetails.isEmpty());
    }

    void basicAuth()
    {
        FakeFlink flink;
        ClusterProfile profile = profileFor(flink.url());
        profile.flinkUser = QStringLiteral("user");
        profile.flinkPassword = QStringLiteral("secret");
        FlinkCollector collector(profile);
        QVERIFY(cycle(collector).status.reachable);
        QVERIFY(!flink.authorizations.isEmpty());
        for (const QByteArray &a : std::as_const(flink.authorizations))
            QCOMPARE(a, QByteArray("Basic dXNlcjpzZWNyZXQ="));
    }

    void unreadableCaFile()
    {
        FakeFlink flink;
        ClusterProfile profile = profileFor(flink.url());
        profile.flinkCaFile = QStringLiteral("/nonexistent/ca.pem");
        FlinkCollector collector(profile);
        const FlinkSnapshot s = cycle(collector);
        QVERIFY(!s.status.reachable);
        QVERIFY2(s.status.error.contains(QLatin1String("/nonexistent/ca.pem")), qPrintable(s.status.error));
        QVERIFY(flink.requests.isEmpty());
    }

    void kafkaLinkFromProfile_data()
    {
        QTest::addColumn<QString>("jobName");
        QTest::addColumn<QStringList>("topics");
        QTest::addColumn<QStringList>("expectedTopics");
        QTest::addColumn<QString>("expectedGroup");
        QTest::newRow("group for the discovered topics")
            << QStringLiteral("tidewatch-orders") << QStringList{} << QStringList{QStringLiteral("orders")}
            << QStringLiteral("tw-flink-orders");
        QTest::newRow("wildcard") << QStringLiteral("*") << QStringList{}
                                  << QStringList{QStringLiteral("orders")}
                                  << QStringLiteral("tw-flink-orders");
        QTest::newRow("topics overridden")
            << QStringLiteral("tidewatch-orders") << QStringList{QStringLiteral("b"), QStringLiteral("a")}
            << QStringList{QStringLiteral("a"), QStringLiteral("b")} << QStringLiteral("tw-flink-orders");
        QTest::newRow("other job: no group")
            << QStringLiteral("other") << QStringList{} << QStringList{QStringLiteral("orders")} << QString();
    }
    void kafkaLinkFromProfile()
    {
        QFETCH(QString, jobName);
        QFETCH(QStringList, topics);
        QFETCH(QStringList, expectedTopics);
        QFETCH(QString, expectedGroup);
        FakeFlink flink;
        ClusterProfile profile = profileFor(flink.url());
        profile.flinkKafkaLinks = {FlinkKafkaLink{jobName, QStringLiteral("tw-flink-orders"), topics}};
        FlinkCollector collector(profile);
        const FlinkSnapshot s = cycle(collector);
        const FlinkJobDetails *d = s.details(kJob);
        QCOMPARE(d->kafkaSources.size(), 1);
        QCOMPARE(d->kafkaSources[0].topics, expectedTopics);
        QCOMPARE(d->kafkaSources[0].groupId, expectedGroup);
        QCOMPARE(d->kafkaSources[0].fromProfile, !expectedGroup.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFlinkCollectorFaults)
#include "tst_flinkcollector_faults.moc"
