#include "FlinkParsers.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <limits>

using namespace Tidewatch;

namespace {

/// A body recorded from the stack's real Flink 2.2.0 MiniCluster (tests/fixtures/flink-2.2.0).
QByteArray fixture(const QString &name)
{
    QFile file(qEnvironmentVariable("TIDEWATCH_FIXTURES") + QStringLiteral("/flink-2.2.0/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

constexpr qint64 kJobManagerNow = 1795619658837; // "now" in job.json
constexpr qint64 kNoWatermark = std::numeric_limits<qint64>::min();

} // namespace

class TestFlinkParsers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jobsOverview()
    {
        const QByteArray body = R"({"jobs":[
            {"jid":"bbb","name":"orders","state":"RUNNING","start-time":1000,"end-time":-1,"duration":5000,
             "tasks":{"running":4,"total":4},"pending-operators":0,"unknown-field":{"x":1}},
            {"jid":"aaa","name":"audit","state":"FAILED","start-time":10,"duration":20,"tasks":{}},
            {"name":"no id, ignored"}, 42]})";
        FlinkSnapshot snapshot;
        QString error;
        QVERIFY(FlinkParsers::parseJobsOverview(body, snapshot, error));
        QVERIFY(error.isEmpty());
        QCOMPARE(snapshot.jobs.size(), 2);
        QCOMPARE(snapshot.jobs[0].name, QStringLiteral("audit")); // sorted by name
        QCOMPARE(snapshot.jobs[0].state, QStringLiteral("FAILED"));
        QCOMPARE(snapshot.jobs[0].tasksTotal, 0);
        QCOMPARE(snapshot.jobs[1].id, QStringLiteral("bbb"));
        QCOMPARE(snapshot.jobs[1].durationMs, qint64(5000));
        QCOMPARE(snapshot.jobs[1].tasksRunning, 4);
        QCOMPARE(snapshot.runningJobs(), 1);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        QTest::newRow("garbage") << QByteArray("<html>502 Bad Gateway</html>")
                                 << QStringLiteral("The response is not valid JSON");
        QTest::newRow("truncated") << QByteArray(R"({"jobs":[{"jid":)")
                                   << QStringLiteral("The response is not valid JSON");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("The response is not a JSON object");
        QTest::newRow("no jobs") << QByteArray(R"({"errors":[]})")
                                 << QStringLiteral("The job overview has no \"jobs\" list");
    }
    void malformed()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        FlinkSnapshot snapshot;
        FlinkJobInfo kept;
        kept.id = QStringLiteral("keep");
        snapshot.jobs.append(kept);
        QString actual;
        QVERIFY(!FlinkParsers::parseJobsOverview(body, snapshot, actual));
        QCOMPARE(actual, error);
        QCOMPARE(snapshot.jobs.size(), 1); // a failed parse leaves the previous data alone
    }

    void overviewAndConfig()
    {
        FlinkSnapshot snapshot;
        QString error;
        QVERIFY(FlinkParsers::parseOverview(R"({"taskmanagers":1,"slots-total":4,"slots-available":2,
            "jobs-running":1,"flink-version":"2.2.0","flink-commit":"abc"})",
                                            snapshot, error));
        QCOMPARE(snapshot.taskManagers, 1);
        QCOMPARE(snapshot.slotsTotal, 4);
        QCOMPARE(snapshot.slotsAvailable, 2);
        QCOMPARE(snapshot.flinkVersion, QStringLiteral("2.2.0"));
        QVERIFY(FlinkParsers::parseConfig(R"({"flink-version":"2.2.1","refresh-interval":3000})", snapshot,
                                          error));
        QCOMPARE(snapshot.flinkVersion, QStringLiteral("2.2.1"));
        QCOMPARE(snapshot.refreshIntervalMs, qint64(3000));

        // Counts Flink leaves out are unknown, not zero.
        FlinkSnapshot partial;
        QVERIFY(FlinkParsers::parseOverview(R"({"jobs-running":1})", partial, error));
        QCOMPARE(partial.taskManagers, -1);
        QCOMPARE(partial.slotsTotal, -1);
        QCOMPARE(partial.slotsAvailable, -1);
        QCOMPARE(FlinkSnapshot{}.taskManagers, -1);
    }

    /// Terminal jobs keep their end time and type (recorded from the stack's job shapes).
    void terminalJobs()
    {
        FlinkSnapshot snapshot;
        QString error;
        QVERIFY(FlinkParsers::parseJobsOverview(fixture(QStringLiteral("shapes/jobs-overview.json")),
                                                snapshot, error));
        QHash<QString, FlinkJobInfo> byName;
        for (const FlinkJobInfo &j : std::as_const(snapshot.jobs))
            byName.insert(j.name, j);
        const FlinkJobInfo bounded = byName.value(QStringLiteral("tidewatch-bounded"));
        QCOMPARE(bounded.state, QStringLiteral("FINISHED"));
        QVERIFY(bounded.endTimeMs > bounded.startTimeMs);
        QCOMPARE(bounded.durationMs, bounded.endTimeMs - bounded.startTimeMs);
        QCOMPARE(byName.value(QStringLiteral("tidewatch-fails-for-good")).state, QStringLiteral("FAILED"));
        QCOMPARE(byName.value(QStringLiteral("tidewatch-orders")).endTimeMs, qint64(-1)); // -1 while running
        QVERIFY(FlinkSnapshot::isTerminalState(QStringLiteral("FAILED")));
        QVERIFY(!FlinkSnapshot::isTerminalState(QStringLiteral("RESTARTING")));

        FlinkParsers::JobPlan plan;
        QVERIFY(
            FlinkParsers::parseJobDetails(fixture(QStringLiteral("shapes/bounded-job.json")), plan, error));
        QCOMPARE(plan.jobType, QStringLiteral("BATCH"));
        QCOMPARE(plan.endTimeMs, bounded.endTimeMs);
        QVERIFY(plan.runningSinceMs >= bounded.startTimeMs);

        QVERIFY(FlinkParsers::parseJobDetails(fixture(QStringLiteral("job.json")), plan, error));
        QCOMPARE(plan.endTimeMs, qint64(-1));
        QVERIFY(plan.runningSinceMs > 0 && plan.runningSinceMs <= kJobManagerNow);
    }

    void errorMessage()
    {
        QCOMPARE(FlinkParsers::errorMessage(R"({"errors":["Checkpointing has not been enabled."]})"),
                 QStringLiteral("Checkpointing has not been enabled."));
        QCOMPARE(FlinkParsers::errorMessage("not json"), QString());
        QCOMPARE(FlinkParsers::errorMessage(R"({"errors":[]})"), QString());
    }

    void taskManagersAndFetcherInterval()
    {
        FlinkSnapshot snapshot;
        QString error;
        QVERIFY(
            FlinkParsers::parseTaskManagers(fixture(QStringLiteral("taskmanagers.json")), snapshot, error));
        QCOMPARE(snapshot.taskManagerList.size(), 1);
        QCOMPARE(snapshot.taskManagerList[0].slotsTotal, 2);
        QCOMPARE(snapshot.taskManagerList[0].freeSlots, 0);
        qint64 interval = -1;
        QVERIFY(FlinkParsers::parseFetcherIntervalMs(fixture(QStringLiteral("jobmanager-config.json")),
                                                     interval, error));
        QCOMPARE(interval, qint64(1000));
        QVERIFY(FlinkParsers::parseFetcherIntervalMs("[]", interval, error));
        QCOMPARE(interval, qint64(10000)); // Flink's default
        QVERIFY(FlinkParsers::parseFetcherIntervalMs(
            R"([{"key":"metrics.fetcher.update-interval","value":"5 s"}])", interval, error));
        QCOMPARE(interval, qint64(5000));
    }

    void jobDetails_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("state");
        QTest::newRow("steady") << QStringLiteral("job.json") << QStringLiteral("RUNNING");
        QTest::newRow("slow sink") << QStringLiteral("job-slow-sink.json") << QStringLiteral("RUNNING");
        QTest::newRow("after restart")
            << QStringLiteral("job-after-restart.json") << QStringLiteral("RUNNING");
    }
    void jobDetails()
    {
        QFETCH(QString, file);
        FlinkParsers::JobPlan plan;
        QString error;
        QVERIFY2(FlinkParsers::parseJobDetails(fixture(file), plan, error), qPrintable(error));
        QCOMPARE(plan.jobType, QStringLiteral("STREAMING"));
        QVERIFY(plan.nowMs > 0);
        QCOMPARE(plan.vertices.size(), 4);
        QStringList sources;
        for (const FlinkVertexInfo &v : plan.vertices) {
            QCOMPARE(v.parallelism, 2);
            QCOMPARE(v.maxParallelism, 128);
            QCOMPARE(v.status, QStringLiteral("RUNNING"));
            if (v.source)
                sources << v.name;
        }
        QCOMPARE(sources, QStringList{QStringLiteral("Source: orders-source")}); // from the plan's inputs
    }

    void jobDetailsTolerant()
    {
        // 1.17-style: no job-type, no plan, unknown fields; sources recognised by name then.
        FlinkParsers::JobPlan plan;
        QString error;
        QVERIFY(FlinkParsers::parseJobDetails(R"({"jid":"x","now":5,"future":[1],
            "vertices":[{"id":"a","name":"Source: in","parallelism":3,"extra":{}},{"id":"b","name":"map"}]})",
                                              plan, error));
        QCOMPARE(plan.vertices.size(), 2);
        QVERIFY(plan.vertices[0].source);
        QVERIFY(!plan.vertices[1].source);
        QCOMPARE(plan.vertices[1].parallelism, -1);
        QVERIFY(!FlinkParsers::parseJobDetails(R"({"jid":"x"})", plan, error));
        QCOMPARE(plan.vertices.size(), 2); // untouched
    }

    void jobMetrics_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<qint64>("restarts");
        QTest::addColumn<qint64>("uptime");
        QTest::newRow("warm-up: not measured, not zero")
            << fixture(QStringLiteral("warmup-job-metrics-numrestarts.json")) << qint64(-1) << qint64(-1);
        QTest::newRow("steady") << fixture(QStringLiteral("job-metrics-numrestarts-0.json")) << qint64(0)
                                << qint64(-1);
        QTest::newRow("after fail-once")
            << fixture(QStringLiteral("job-metrics-numrestarts.json")) << qint64(1) << qint64(-1);
        QTest::newRow("gauges") << fixture(QStringLiteral("job-metrics-checkpoint-gauges.json")) << qint64(0)
                                << qint64(66733);
    }
    void jobMetrics()
    {
        QFETCH(QByteArray, body);
        QFETCH(qint64, restarts);
        QFETCH(qint64, uptime);
        FlinkJobDetails job;
        QString error;
        QVERIFY(FlinkParsers::parseJobMetrics(body, job, error));
        QCOMPARE(job.restarts, restarts);
        QCOMPARE(job.uptimeMs, uptime);
    }

    void exceptions_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::addColumn<qint64>("timestamp");
        QTest::newRow("none") << fixture(QStringLiteral("job-exceptions-none.json")) << QString()
                              << qint64(-1);
        QTest::newRow("fail-once")
            << fixture(QStringLiteral("job-exceptions.json"))
            << QStringLiteral("java.lang.RuntimeException: tidewatch fail-once requested (control file "
                              "/work/main/stack/run/flink/control/fail-once)")
            << qint64(1795619757791);
        QTest::newRow("1.x root exception")
            << QByteArray(
                   R"({"root-exception":"java.io.IOException: disk\n\tat x","timestamp":7,"truncated":false})")
            << QStringLiteral("java.io.IOException: disk") << qint64(7);
        QTest::newRow("failed for good: the policy on top")
            << fixture(QStringLiteral("shapes/fails-exceptions.json"))
            << QStringLiteral("org.apache.flink.runtime.JobException: Recovery is suppressed by "
                              "NoRestartBackoffTimeStrategy")
            << qint64(-2);
        QTest::newRow("newest of several") << QByteArray(R"({"exceptionHistory":{"entries":[
            {"exceptionName":"A","stacktrace":"A: old","timestamp":1},
            {"exceptionName":"B","stacktrace":"B: new","timestamp":2}]}})")
                                           << QStringLiteral("B: new") << qint64(2);
    }
    void exceptions()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        QFETCH(qint64, timestamp);
        std::optional<FlinkFailureInfo> failure;
        QString error;
        QVERIFY(FlinkParsers::parseExceptions(body, failure, error));
        QCOMPARE(failure.has_value(), !message.isEmpty());
        if (failure) {
            QCOMPARE(failure->message, message);
            if (timestamp != -2) // -2: recorded live, any time
                QCOMPARE(failure->timestampMs, timestamp);
        }
    }

    /// The reason a job failed for good is the innermost cause, and the task is that of the
    /// concurrent exception when the entry itself names none (recorded from tidewatch-fails-for-good).
    void rootCause()
    {
        std::optional<FlinkFailureInfo> failure;
        QString error;
        QVERIFY(FlinkParsers::parseExceptions(fixture(QStringLiteral("shapes/fails-exceptions.json")),
                                              failure, error));
        QVERIFY(failure);
        QCOMPARE(failure->rootCause,
                 QStringLiteral("java.io.IOException: tidewatch simulated root cause: quota exceeded"));
        QVERIFY2(failure->taskName.startsWith(QStringLiteral("Source: doomed-source -> fail-after-40")),
                 qPrintable(failure->taskName));
        QCOMPARE(failure->concurrentTasks.size(), 1);
        QVERIFY(
            failure->concurrentTasks.first().startsWith(QStringLiteral("java.lang.IllegalStateException: ")));

        QCOMPARE(FlinkParsers::rootCauseOf(QStringLiteral("A: top\n\tat x\nCaused by: B: middle\n\tat y\n"
                                                          "Caused by: C: bottom\n\tat z")),
                 QStringLiteral("C: bottom"));
        QCOMPARE(FlinkParsers::rootCauseOf(QStringLiteral("A: no cause\n\tat x")), QString());
        // The restart (fail-once) fixture has no cause: nothing is made up.
        QVERIFY(
            FlinkParsers::parseExceptions(fixture(QStringLiteral("job-exceptions.json")), failure, error));
        QVERIFY(failure && failure->rootCause.isEmpty());
    }

    /// Flink 2.x: a streaming job without periodic checkpoints answers /checkpoints with 200 and zero
    /// counts; only the configured interval (Long.MAX_VALUE) says checkpointing is off.
    void checkpointingDisabledByInterval_data()
    {
        QTest::addColumn<QString>("checkpoints");
        QTest::addColumn<QString>("config");
        QTest::addColumn<FlinkCheckpointing>("state");
        QTest::addColumn<qint64>("interval");
        QTest::addColumn<qint64>("failedSinceCompleted");
        QTest::newRow("no periodic checkpoints")
            << QStringLiteral("shapes/no-checkpoints-checkpoints.json")
            << QStringLiteral("shapes/no-checkpoints-checkpoints-config.json") << FlinkCheckpointing::Disabled
            << std::numeric_limits<qint64>::max() << qint64(0);
        QTest::newRow("every checkpoint expires")
            << QStringLiteral("shapes/expire-checkpoints.json")
            << QStringLiteral("shapes/expire-checkpoints-config.json") << FlinkCheckpointing::Enabled
            << qint64(2000) << qint64(-3);
        QTest::newRow("orders: completing")
            << QStringLiteral("checkpoints.json") << QStringLiteral("checkpoints-config.json")
            << FlinkCheckpointing::Enabled << qint64(3000) << qint64(0);
    }
    void checkpointingDisabledByInterval()
    {
        QFETCH(QString, checkpoints);
        QFETCH(QString, config);
        QFETCH(FlinkCheckpointing, state);
        QFETCH(qint64, interval);
        QFETCH(qint64, failedSinceCompleted);
        FlinkCheckpointStats stats;
        QString error;
        QVERIFY2(FlinkParsers::parseCheckpoints(fixture(checkpoints), stats, error), qPrintable(error));
        QCOMPARE(stats.checkpointing, FlinkCheckpointing::Enabled); // all /checkpoints alone can say
        qint64 parsed = -1;
        QVERIFY2(FlinkParsers::parseCheckpointInterval(fixture(config), parsed, error), qPrintable(error));
        QCOMPARE(parsed, interval);
        FlinkParsers::applyCheckpointInterval(parsed, stats);
        QCOMPARE(stats.checkpointing, state);
        QCOMPARE(stats.intervalMs, interval);
        if (failedSinceCompleted == -3) { // recorded live: nothing completed, so every failure counts
            QCOMPARE(stats.completed, qint64(0));
            QVERIFY(stats.failed >= 3);
            QCOMPARE(stats.failedSinceLastCompleted, stats.failed);
        } else {
            QCOMPARE(stats.failedSinceLastCompleted, failedSinceCompleted);
        }
        // A later /checkpoints answer keeps the interval.
        QVERIFY(FlinkParsers::parseCheckpoints(fixture(checkpoints), stats, error));
        QCOMPARE(stats.intervalMs, interval);
    }

    void failedSinceLastCompleted()
    {
        FlinkCheckpointStats stats;
        QString error;
        QVERIFY(
            FlinkParsers::parseCheckpoints(R"({"counts":{"completed":5,"failed":9,"in_progress":0,"total":14},
            "latest":{"completed":{"className":"completed","id":10,"status":"COMPLETED"}},
            "history":[{"className":"failed","id":13,"status":"FAILED"},{"className":"failed","id":12,"status":"FAILED"},
                       {"className":"in_progress","id":14,"status":"IN_PROGRESS"},
                       {"className":"failed","id":11,"status":"FAILED"},{"className":"completed","id":10,"status":"COMPLETED"},
                       {"className":"failed","id":9,"status":"FAILED"}]})",
                                           stats, error));
        QCOMPARE(stats.failedSinceLastCompleted, qint64(3));
    }

    void checkpoints_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<qint64>("completed");
        QTest::addColumn<qint64>("inProgress");
        QTest::addColumn<qint64>("latestId");
        QTest::addColumn<qint64>("latestDuration");
        QTest::addColumn<qint64>("stateSize");
        QTest::addColumn<qint64>("restored");
        QTest::newRow("warm-up: none yet, NaN strings")
            << QStringLiteral("warmup-checkpoints.json") << qint64(0) << qint64(0) << qint64(-1) << qint64(-1)
            << qint64(-1) << qint64(0);
        QTest::newRow("steady") << QStringLiteral("checkpoints.json") << qint64(22) << qint64(0) << qint64(22)
                                << qint64(10) << qint64(27103) << qint64(0);
        QTest::newRow("slow sink: one in progress, the last took 15 s")
            << QStringLiteral("checkpoints-slow-sink.json") << qint64(24) << qint64(1) << qint64(24)
            << qint64(15217) << qint64(28183) << qint64(0);
        QTest::newRow("after restart: restored")
            << QStringLiteral("checkpoints-after-restart.json") << qint64(56) << qint64(0) << qint64(56)
            << qint64(9) << qint64(36707) << qint64(1);
    }
    void checkpoints()
    {
        QFETCH(QString, file);
        QFETCH(qint64, completed);
        QFETCH(qint64, inProgress);
        QFETCH(qint64, latestId);
        QFETCH(qint64, latestDuration);
        QFETCH(qint64, stateSize);
        QFETCH(qint64, restored);
        FlinkCheckpointStats stats;
        QString error;
        QVERIFY2(FlinkParsers::parseCheckpoints(fixture(file), stats, error), qPrintable(error));
        QCOMPARE(stats.checkpointing, FlinkCheckpointing::Enabled);
        QCOMPARE(stats.completed, completed);
        QCOMPARE(stats.inProgress, inProgress);
        QCOMPARE(stats.failed, qint64(0));
        QCOMPARE(stats.restored, restored);
        QCOMPARE(stats.latestCompleted.has_value(), latestId >= 0);
        QVERIFY(!stats.latestFailed);
        QVERIFY(stats.history.size() <= FlinkCheckpointStats::kMaxHistory);
        if (latestId < 0) {
            QVERIFY(stats.history.isEmpty());
            QVERIFY(!stats.stateGrowthBytesPerSecond);
            return;
        }
        QCOMPARE(stats.latestCompleted->id, latestId);
        QCOMPARE(stats.latestCompleted->endToEndDurationMs, latestDuration);
        QCOMPARE(stats.latestCompleted->durationMs, latestDuration);
        QCOMPARE(stats.latestCompleted->stateSizeBytes, stateSize);
        QVERIFY(stats.latestCompleted->checkpointedSizeBytes > 0);
        QCOMPARE(stats.history.size(), FlinkCheckpointStats::kMaxHistory);
        QVERIFY(stats.history.first().id > stats.history.last().id); // newest first
        QVERIFY(stats.stateGrowthBytesPerSecond.has_value());
        QVERIFY(*stats.stateGrowthBytesPerSecond > 0); // the job adds customers all the time
    }

    void stateGrowth()
    {
        // checkpoints.json: oldest completed in history #3 (17356 B at ...599652), newest #22 (27103 B at
        // ...656651)
        FlinkCheckpointStats stats;
        QString error;
        QVERIFY(FlinkParsers::parseCheckpoints(fixture(QStringLiteral("checkpoints.json")), stats, error));
        QCOMPARE(qRound(*stats.stateGrowthBytesPerSecond * 10),
                 qRound((27103.0 - 17356.0) * 10000.0 / 56999.0));
    }

    void checkpointFailure()
    {
        FlinkCheckpointStats stats;
        QString error;
        QVERIFY(FlinkParsers::parseCheckpoints(R"({"counts":{"completed":1,"failed":2,"in_progress":0},
            "latest":{"completed":null,"failed":{"className":"failed","id":9,"status":"FAILED",
            "trigger_timestamp":100,"failure_timestamp":200,"failure_message":"Checkpoint expired before completing."}},
            "history":[]})",
                                               stats, error));
        QVERIFY(stats.latestFailed);
        QCOMPARE(stats.latestFailed->id, qint64(9));
        QCOMPARE(stats.latestFailed->failureMessage, QStringLiteral("Checkpoint expired before completing."));
        QCOMPARE(stats.latestFailed->failureTimestampMs, qint64(200));
        QCOMPARE(stats.latestFailed->durationMs, qint64(-1));
    }

    void checkpointingDisabled_data()
    {
        QTest::addColumn<int>("http");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("disabled");
        QTest::newRow("404 not enabled")
            << 404 << QByteArray(R"({"errors":["Checkpointing has not been enabled."]})") << true;
        QTest::newRow("404 other") << 404 << fixture(QStringLiteral("error-job-not-found.json")) << false;
        QTest::newRow("500") << 500 << QByteArray(R"({"errors":["Checkpointing has not been enabled."]})")
                             << false;
    }
    void checkpointingDisabled()
    {
        QFETCH(int, http);
        QFETCH(QByteArray, body);
        QFETCH(bool, disabled);
        QCOMPARE(FlinkParsers::isCheckpointingDisabled(http, body), disabled);
    }

    void backpressure_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<FlinkBackpressureLevel>("level");
        QTest::addColumn<double>("ratio");
        QTest::addColumn<QList<double>>("busy");
        QTest::newRow("warm-up: deprecated is not measured, not ok")
            << fixture(QStringLiteral("warmup-backpressure.json")) << FlinkBackpressureLevel::Unknown << -1.0
            << QList<double>{};
        QTest::newRow("steady") << fixture(QStringLiteral("job-backpressure-ok.json"))
                                << FlinkBackpressureLevel::Ok << 0.0 << QList<double>{0.0, 0.0};
        QTest::newRow("slow sink: in front of it high")
            << fixture(QStringLiteral("job-backpressure-high.json")) << FlinkBackpressureLevel::High << 0.507
            << QList<double>{0.002, 0.002};
        QTest::newRow("slow sink: source low")
            << fixture(QStringLiteral("job-backpressure-source-slow-sink.json"))
            << FlinkBackpressureLevel::Low << 0.416 << QList<double>{0.003, 0.003};
        QTest::newRow("slow sink: the sink is busy, not back-pressured")
            << fixture(QStringLiteral("job-backpressure-sink-slow-sink.json")) << FlinkBackpressureLevel::Ok
            << 0.0 << QList<double>{0.616, 0.615};
        QTest::newRow("after slow sink: ok again")
            << fixture(QStringLiteral("job-backpressure-ok-after-slow-sink.json"))
            << FlinkBackpressureLevel::Ok << 0.086 << QList<double>{0.003, 0.003};
        QTest::newRow("1.16 spelling only") << QByteArray(R"({"status":"ok","backpressure-level":"high",
            "subtasks":[{"subtask":0,"backpressure-level":"high","ratio":0.9,"busyRatio":0.1}]})")
                                            << FlinkBackpressureLevel::High << 0.9 << QList<double>{0.1};
    }
    void backpressure()
    {
        QFETCH(QByteArray, body);
        QFETCH(FlinkBackpressureLevel, level);
        QFETCH(double, ratio);
        QFETCH(QList<double>, busy);
        FlinkVertexInfo vertex;
        vertex.backpressureLevel = FlinkBackpressureLevel::High; // from an earlier cycle: must be replaced
        QString error;
        QVERIFY(FlinkParsers::parseBackpressure(body, vertex, error));
        QCOMPARE(vertex.backpressureLevel, level);
        QCOMPARE(vertex.backpressureRatio, ratio);
        QList<double> actualBusy;
        for (const FlinkSubtaskBackpressure &s : vertex.subtasks)
            actualBusy << s.busyRatio;
        QCOMPARE(actualBusy, busy);
        if (level == FlinkBackpressureLevel::Unknown)
            QCOMPARE(vertex.backpressureMeasuredAtMs, qint64(-1));
    }

    void backpressureSubtaskLevels()
    {
        FlinkVertexInfo vertex;
        QString error;
        QVERIFY(FlinkParsers::parseBackpressure(fixture(QStringLiteral("job-backpressure-high.json")), vertex,
                                                error));
        QCOMPARE(vertex.subtasks.size(), 2);
        QCOMPARE(vertex.subtasks[0].level, FlinkBackpressureLevel::High);
        QCOMPARE(vertex.subtasks[1].level, FlinkBackpressureLevel::Low);
        QCOMPARE(vertex.subtasks[1].idleRatio, 0.511);
        QCOMPARE(vertex.backpressureMeasuredAtMs, qint64(1795619701111));
    }

    void vertexAggregates_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<double>("busyMax");
        QTest::addColumn<double>("backPressuredMax");
        QTest::addColumn<double>("idleAvg");
        QTest::addColumn<double>("recordsIn");
        QTest::newRow("not measured yet") << QByteArray("[]") << -1.0 << -1.0 << -1.0 << -1.0;
        QTest::newRow("steady") << fixture(QStringLiteral("vertex-subtasks-metrics-busy-ok.json")) << 0.0
                                << 0.0 << 1000.0 << -1.0;
        QTest::newRow("agg max,avg") << fixture(QStringLiteral("vertex-subtasks-metrics-busy-agg-ok.json"))
                                     << 0.0 << 0.0 << 1000.0 << -1.0;
        QTest::newRow("slow sink") << fixture(QStringLiteral("vertex-subtasks-metrics-busy-high.json")) << 2.0
                                   << 507.0 << 501.0 << -1.0;
        QTest::newRow("rates and NaN") << QByteArray(R"([{"id":"busyTimeMsPerSecond","max":"NaN","avg":1.0},
            {"id":"numRecordsInPerSecond","min":1.0,"max":3.0,"avg":2.0,"sum":4.5},{"id":"unknown","sum":1}])")
                                       << -1.0 << -1.0 << -1.0 << 4.5;
    }
    void vertexAggregates()
    {
        QFETCH(QByteArray, body);
        QFETCH(double, busyMax);
        QFETCH(double, backPressuredMax);
        QFETCH(double, idleAvg);
        QFETCH(double, recordsIn);
        FlinkVertexInfo vertex;
        vertex.recordsInPerSecond = 99; // from an earlier cycle: must not survive
        QString error;
        QVERIFY(FlinkParsers::parseVertexAggregates(body, vertex, error));
        QCOMPARE(vertex.busyMsPerSecondMax, busyMax);
        QCOMPARE(vertex.backPressuredMsPerSecondMax, backPressuredMax);
        QCOMPARE(vertex.idleMsPerSecondAvg, idleAvg);
        QCOMPARE(vertex.recordsInPerSecond, recordsIn);
    }

    void inputWatermarks_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<FlinkWatermarkState>("state");
        QTest::addColumn<qint64>("lag");
        QTest::newRow("warm-up: [] is not measured") << fixture(QStringLiteral("warmup-watermarks.json"))
                                                     << FlinkWatermarkState::Unknown << qint64(-1);
        QTest::newRow("recorded") << fixture(QStringLiteral("vertex-watermarks.json"))
                                  << FlinkWatermarkState::Ok << kJobManagerNow - 1795619654754;
        QTest::newRow("Long.MIN_VALUE everywhere: no watermark yet")
            << QByteArray(R"([{"id":"0.currentInputWatermark","value":"-9223372036854775808"},
                              {"id":"1.currentInputWatermark","value":"-9223372036854775808"}])")
            << FlinkWatermarkState::None << qint64(-1);
        QTest::newRow("placeholder ignored, lowest real one wins")
            << QByteArray(R"([{"id":"0.currentInputWatermark","value":"-9223372036854775808"},
                              {"id":"1.currentInputWatermark","value":"1795619650000"},
                              {"id":"2.currentInputWatermark","value":"1795619655000"}])")
            << FlinkWatermarkState::Ok << kJobManagerNow - 1795619650000;
        QTest::newRow("end of input")
            << QByteArray(R"([{"id":"0.currentInputWatermark","value":"9223372036854775807"}])")
            << FlinkWatermarkState::Idle << qint64(-1);
    }
    void inputWatermarks()
    {
        QFETCH(QByteArray, body);
        QFETCH(FlinkWatermarkState, state);
        QFETCH(qint64, lag);
        QList<qint64> watermarks;
        QString error;
        QVERIFY(FlinkParsers::parseWatermarks(body, watermarks, error));
        FlinkVertexInfo vertex;
        FlinkParsers::applyInputWatermarks(watermarks, kJobManagerNow, vertex);
        QCOMPARE(vertex.watermarkState, state);
        QCOMPARE(vertex.watermarkLagMs.value_or(-1), lag);
        QCOMPARE(vertex.lowWatermarkMs.has_value(), lag >= 0);
    }

    void sourceMetricIds()
    {
        QStringList ids;
        QString error;
        QVERIFY(FlinkParsers::parseMetricIds(fixture(QStringLiteral("vertex-metrics-list-source.json")), ids,
                                             error));
        QCOMPARE(ids.size(), 400);
        const FlinkParsers::SourceMetricIds picked = FlinkParsers::sourceMetricIds(ids);
        QCOMPARE(picked.topics, QStringList{QStringLiteral("orders")});
        QStringList request = picked.request;
        request.sort();
        QCOMPARE(request, (QStringList{QStringLiteral("0.Source__orders-source.currentOutputWatermark"),
                                       QStringLiteral("0.Source__orders-source.sourceIdleTime"),
                                       QStringLiteral("0.Source__orders-source.watermarkLag"),
                                       QStringLiteral("1.Source__orders-source.currentOutputWatermark"),
                                       QStringLiteral("1.Source__orders-source.sourceIdleTime"),
                                       QStringLiteral("1.Source__orders-source.watermarkLag")}));
        QCOMPARE(picked.subtasksWithWatermark, 2);

        // A non-source vertex offers no source operator and no topics.
        QVERIFY(FlinkParsers::parseMetricIds(fixture(QStringLiteral("vertex-metrics-list-window.json")), ids,
                                             error));
        QVERIFY(FlinkParsers::sourceMetricIds(ids).request.isEmpty());
        QVERIFY(FlinkParsers::sourceMetricIds(ids).topics.isEmpty());

        // Topic names may contain dots; the partition suffix ends them.
        const QStringList dotted{
            QStringLiteral("0.Source__in.KafkaSourceReader.topic.eu.orders.v2.partition.0.currentOffset"),
            QStringLiteral("0.Source__in.KafkaSourceReader.topic.b.partition.11.committedOffset")};
        QCOMPARE(FlinkParsers::sourceMetricIds(dotted).topics,
                 (QStringList{QStringLiteral("b"), QStringLiteral("eu.orders.v2")}));
    }

    /// A source waiting for input: Flink's watermarkLag stops at the moment it started waiting
    /// (InternalSourceReaderMetricGroup's last emit time), sourceIdleTime counts from there. The lag
    /// and the sample time both include the wait, below the idle threshold as well.
    void waitingSourceAddsItsIdleTime()
    {
        const QHash<QString, QString> values{
            {QStringLiteral("0.Source__s.currentOutputWatermark"), QStringLiteral("1795619650000")},
            {QStringLiteral("0.Source__s.watermarkLag"), QStringLiteral("1000")},
            {QStringLiteral("0.Source__s.sourceIdleTime"), QStringLiteral("5000")},
            {QStringLiteral("1.Source__s.currentOutputWatermark"), QStringLiteral("1795619655500")},
            {QStringLiteral("1.Source__s.watermarkLag"), QStringLiteral("500")},
            {QStringLiteral("1.Source__s.sourceIdleTime"), QStringLiteral("0")},
        };
        FlinkVertexInfo source;
        source.source = true;
        FlinkParsers::applySourceValues(values, source);
        QCOMPARE(source.sourceSubtasks.size(), 2);
        // Both subtasks were read at the same moment: 1795619656000.
        QCOMPARE(source.sourceSubtasks.at(0).sampledAtMs.value_or(-1), qint64(1795619656000));
        QCOMPARE(source.sourceSubtasks.at(1).sampledAtMs.value_or(-1), qint64(1795619656000));
        FlinkJobDetails job;
        job.vertices = {source};
        FlinkParsers::resolveWatermarks(job, 30000, kJobManagerNow);
        QCOMPARE(job.metricsSampledAtMs, qint64(1795619656000));
        QCOMPARE(job.vertices.at(0).watermarkLagMs.value_or(-1), qint64(6000)); // not the gauge's 1000
    }

    /// Watermark lag is taken at the time Flink sampled the metrics, not at the time of our request.
    void sampleTime()
    {
        QHash<QString, QString> values;
        QString error;
        QVERIFY(FlinkParsers::parseMetricValues(
            fixture(QStringLiteral("vertex-metrics-source-watermarks.json")), values, error));
        FlinkJobDetails job;
        FlinkVertexInfo source;
        source.source = true;
        FlinkParsers::applySourceValues(values, source);
        QCOMPARE(source.sourceSubtasks.size(), 2);
        QCOMPARE(source.sourceSubtasks.at(0).sampledAtMs.value_or(-1), qint64(1795619654854 + 3824));
        FlinkVertexInfo window;
        window.inputWatermarksMs = {1795619651000, 1795619652000};
        job.vertices = {source, window};
        // Our request 60 s after Flink's sample: the lag must not grow by those 60 s.
        FlinkParsers::resolveWatermarks(job, 30000, kJobManagerNow + 60000);
        QCOMPARE(job.metricsSampledAtMs, qint64(1795619654854 + 3824));
        QCOMPARE(job.vertices.at(0).watermarkState, FlinkWatermarkState::Ok);
        QCOMPARE(job.vertices.at(0).watermarkLagMs.value_or(-1), qint64(3824)); // Flink's own gauge
        QCOMPARE(job.vertices.at(1).watermarkLagMs.value_or(-1), job.metricsSampledAtMs - 1795619651000);

        // Without source gauges: the uptime gauge dates the sample; without that, our request time.
        FlinkJobDetails plain;
        plain.vertices = {window};
        plain.runningSinceMs = 1795619600000;
        plain.metricsUptimeGaugeMs = 50000;
        FlinkParsers::resolveWatermarks(plain, 30000, kJobManagerNow + 60000);
        QCOMPARE(plain.metricsSampledAtMs, qint64(1795619650000));
        QCOMPARE(plain.vertices.at(0).watermarkLagMs.value_or(-1), qint64(1795619650000 - 1795619651000));
        plain.metricsUptimeGaugeMs = -1;
        FlinkParsers::resolveWatermarks(plain, 30000, kJobManagerNow);
        QCOMPARE(plain.metricsSampledAtMs, qint64(-1));
        QCOMPARE(plain.vertices.at(0).watermarkLagMs.value_or(-1), kJobManagerNow - 1795619651000);
        // Nothing measured (a job that ended): no sample time, whatever the gauges say.
        FlinkJobDetails ended;
        ended.runningSinceMs = 1795619600000;
        ended.metricsUptimeGaugeMs = 50000;
        FlinkParsers::resolveWatermarks(ended, 30000, kJobManagerNow);
        QCOMPARE(ended.metricsSampledAtMs, qint64(-1));
    }

    /// Lags below are Flink's watermarkLag gauge plus sourceIdleTime (the gauge stops where the
    /// source started waiting).
    void sourceWatermarks_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("backpressure");
        QTest::addColumn<FlinkWatermarkState>("state");
        QTest::addColumn<qint64>("lag");
        QTest::addColumn<int>("idle");
        QTest::addColumn<FlinkWatermarkState>("downstream");
        QTest::newRow("recorded") << fixture(QStringLiteral("vertex-metrics-source-watermarks.json"))
                                  << QByteArray() << FlinkWatermarkState::Ok << qint64(3824) << 0
                                  << FlinkWatermarkState::Ok;
        QTest::newRow("not measured yet") << QByteArray("[]") << QByteArray() << FlinkWatermarkState::Unknown
                                          << qint64(-1) << 0 << FlinkWatermarkState::Ok;
        QTest::newRow("recorded: one subtask idle for good, the other's lag counts")
            << fixture(QStringLiteral("shapes/idle-subtask-source-values.json")) << QByteArray()
            << FlinkWatermarkState::Ok << qint64(3101 + 18) << 1
            << FlinkWatermarkState::Ok; // + its idle 18 ms
        QTest::newRow("recorded: back-pressured source without watermarks")
            << fixture(QStringLiteral("shapes/backpressured-source-values.json"))
            << fixture(QStringLiteral("shapes/backpressured-backpressure.json")) << FlinkWatermarkState::None
            << qint64(-1) << 0 << FlinkWatermarkState::Ok;
        QTest::newRow("no watermarks and idle: still none, steadily")
            << QByteArray(R"([{"id":"0.Source__in.currentOutputWatermark","value":"-9223372036854775808"},
                              {"id":"0.Source__in.sourceIdleTime","value":"600000"}])")
            << QByteArray() << FlinkWatermarkState::None << qint64(-1) << 1 << FlinkWatermarkState::Ok;
        QTest::newRow("back-pressured, bursty source is not idle")
            << QByteArray(R"([{"id":"0.Source__in.currentOutputWatermark","value":"1795619650000"},
                              {"id":"0.Source__in.watermarkLag","value":"45000"},
                              {"id":"0.Source__in.sourceIdleTime","value":"45000"},
                              {"id":"1.Source__in.currentOutputWatermark","value":"1795619690000"},
                              {"id":"1.Source__in.watermarkLag","value":"5000"},
                              {"id":"1.Source__in.sourceIdleTime","value":"10"}])")
            << QByteArray(R"({"status":"ok","backpressureLevel":"high","end-timestamp":1,"subtasks":[
                  {"subtask":0,"backpressureLevel":"high","ratio":0.99,"idleRatio":0.0,"busyRatio":0.01},
                  {"subtask":1,"backpressureLevel":"ok","ratio":0.0,"idleRatio":0.5,"busyRatio":0.5}]})")
            << FlinkWatermarkState::Ok << qint64(45000 + 45000) << 0 << FlinkWatermarkState::Ok;
        QTest::newRow("the same without back pressure: idle, left out")
            << QByteArray(R"([{"id":"0.Source__in.currentOutputWatermark","value":"1795619650000"},
                              {"id":"0.Source__in.watermarkLag","value":"45000"},
                              {"id":"0.Source__in.sourceIdleTime","value":"45000"},
                              {"id":"1.Source__in.currentOutputWatermark","value":"1795619690000"},
                              {"id":"1.Source__in.watermarkLag","value":"5000"},
                              {"id":"1.Source__in.sourceIdleTime","value":"10"}])")
            << QByteArray() << FlinkWatermarkState::Ok << qint64(5000 + 10) << 1 << FlinkWatermarkState::Ok;
        QTest::newRow("busy, e.g. stuck in a slow chained operator: not idle either")
            << QByteArray(R"([{"id":"0.Source__in.currentOutputWatermark","value":"1795619000000"},
                              {"id":"0.Source__in.watermarkLag","value":"650000"},
                              {"id":"0.Source__in.sourceIdleTime","value":"637007"}])")
            << QByteArray(R"({"status":"ok","backpressureLevel":"ok","end-timestamp":1,"subtasks":[
                  {"subtask":0,"backpressureLevel":"ok","ratio":0.0,"idleRatio":0.0,"busyRatio":1.0}]})")
            << FlinkWatermarkState::Ok << qint64(650000 + 637007) << 0 << FlinkWatermarkState::Ok;
        QTest::newRow("all idle: no lag, downstream idle too")
            << QByteArray(R"([{"id":"0.Source__in.currentOutputWatermark","value":"1795619000000"},
                              {"id":"0.Source__in.watermarkLag","value":"650000"},
                              {"id":"0.Source__in.sourceIdleTime","value":"600000"}])")
            << QByteArray() << FlinkWatermarkState::Idle << qint64(-1) << 1 << FlinkWatermarkState::Idle;
        QTest::newRow("no watermark yet")
            << QByteArray(R"([{"id":"0.Source__in.currentOutputWatermark","value":"-9223372036854775808"},
                              {"id":"0.Source__in.sourceIdleTime","value":"0"}])")
            << QByteArray() << FlinkWatermarkState::None << qint64(-1) << 0 << FlinkWatermarkState::Ok;
    }
    void sourceWatermarks()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, backpressure);
        QFETCH(FlinkWatermarkState, state);
        QFETCH(qint64, lag);
        QFETCH(int, idle);
        QFETCH(FlinkWatermarkState, downstream);
        QHash<QString, QString> values;
        QString error;
        QVERIFY(FlinkParsers::parseMetricValues(body, values, error));
        FlinkVertexInfo source;
        source.source = true;
        if (!backpressure.isEmpty())
            QVERIFY(FlinkParsers::parseBackpressure(backpressure, source, error));
        FlinkParsers::applySourceValues(values, source);
        FlinkVertexInfo next;
        next.inputWatermarksMs = {1795619650000};
        FlinkJobDetails job;
        job.vertices = {source, next};
        FlinkParsers::resolveWatermarks(job, 30000, kJobManagerNow);
        QCOMPARE(job.vertices.at(0).watermarkState, state);
        QCOMPARE(job.vertices.at(0).watermarkLagMs.value_or(-1), lag);
        QCOMPARE(job.vertices.at(0).idleSubtasks, idle);
        QCOMPARE(job.vertices.at(1).watermarkState, downstream);
        int flagged = 0;
        for (const FlinkSourceSubtask &s : job.vertices.at(0).sourceSubtasks)
            flagged += s.idle ? 1 : 0;
        QCOMPARE(flagged, idle);
    }

    void watermarkPrecision()
    {
        // Watermarks are int64 strings: a double would round 1795619654754123 to a different value.
        QList<qint64> watermarks;
        QString error;
        QVERIFY(FlinkParsers::parseWatermarks(
            R"([{"id":"0.currentInputWatermark","value":"9007199254740993"}])", watermarks, error));
        QCOMPARE(watermarks, QList<qint64>{9007199254740993LL});
    }

    void wrongShapes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("garbage") << QByteArray("<html>502</html>");
        QTest::newRow("truncated") << QByteArray(R"([{"id":)");
        QTest::newRow("object where an array belongs") << QByteArray(R"({"metrics":[]})");
    }
    void wrongShapes()
    {
        QFETCH(QByteArray, body);
        QString error;
        QList<qint64> watermarks{1};
        QVERIFY(!FlinkParsers::parseWatermarks(body, watermarks, error));
        QCOMPARE(watermarks, QList<qint64>{1});
        QVERIFY(!error.isEmpty());
        FlinkVertexInfo vertex;
        vertex.busyMsPerSecondMax = 5;
        QVERIFY(!FlinkParsers::parseVertexAggregates(body, vertex, error));
        QCOMPARE(vertex.busyMsPerSecondMax, 5.0);
        QStringList ids{QStringLiteral("keep")};
        QVERIFY(!FlinkParsers::parseMetricIds(body, ids, error));
        QCOMPARE(ids, QStringList{QStringLiteral("keep")});
    }

    /// Responses recorded from the stack's real Flink MiniCluster.
    void recordedFixtures()
    {
        const QDir dir(qEnvironmentVariable("TIDEWATCH_FIXTURES") + QStringLiteral("/flink-2.2.0"));
        QFile overview(dir.filePath(QStringLiteral("jobs-overview.json")));
        QVERIFY2(overview.open(QIODevice::ReadOnly), qPrintable(overview.fileName()));
        FlinkSnapshot snapshot;
        QString error;
        QVERIFY2(FlinkParsers::parseJobsOverview(overview.readAll(), snapshot, error), qPrintable(error));
        QVERIFY(!snapshot.jobs.isEmpty());
        QCOMPARE(snapshot.jobs.first().id.size(), 32);
        QCOMPARE(snapshot.jobs.first().state, QStringLiteral("RUNNING"));
        QVERIFY(snapshot.jobs.first().tasksTotal > 0);

        QFile config(dir.filePath(QStringLiteral("config.json")));
        QVERIFY2(config.open(QIODevice::ReadOnly), qPrintable(config.fileName()));
        QVERIFY(FlinkParsers::parseConfig(config.readAll(), snapshot, error));
        QCOMPARE(snapshot.flinkVersion, QStringLiteral("2.2.0"));
    }
};

QTEST_GUILESS_MAIN(TestFlinkParsers)
#include "tst_flinkparsers.moc"
