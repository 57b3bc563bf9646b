#include "FlinkJobDetailModels.h"
#include "FlinkJobTableModel.h"
#include "FlinkPage.h"
#include "FlinkSubtaskTableModel.h"
#include "MetricStore.h"
#include "PageInFrame.h"
#include "Roles.h"
#include "SnapshotHistory.h"
#include "StatusColors.h"
#include "StatusItemDelegate.h"
#include "TimeSeriesChart.h"

#include <QAbstractItemModelTester>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

#include <cmath>

using namespace Tidewatch;

namespace {

const qint64 Start = 1'700'000'000'000; // 2023-11-14T22:13:20Z
const QString Cluster = QStringLiteral("flinkdemo");
const QString JobId = QStringLiteral("a1b2c3");
const QString Group = QStringLiteral("flink-enricher");

FlinkVertexInfo vertex(const QString &id, const QString &name, FlinkBackpressureLevel level, double ratio)
{
    FlinkVertexInfo v;
    v.id = id;
    v.name = name;
    v.status = QStringLiteral("RUNNING");
    v.parallelism = 2;
    v.maxParallelism = 128;
    v.backpressureLevel = level;
    v.backpressureRatio = ratio;
    v.busyMsPerSecondMax = 250;
    v.recordsInPerSecond = 1200;
    v.recordsOutPerSecond = 1100;
    return v;
}

FlinkCheckpointInfo checkpoint(qint64 id, const QString &status, qint64 durationMs, qint64 stateBytes)
{
    FlinkCheckpointInfo c;
    c.id = id;
    c.status = status;
    c.triggerTimestampMs = Start - (10 - id) * 10'000;
    c.durationMs = durationMs;
    c.endToEndDurationMs = durationMs;
    c.stateSizeBytes = stateBytes;
    c.checkpointedSizeBytes = stateBytes / 4;
    return c;
}

/// A running job: source (ok, 4 s watermark lag), enricher (high back pressure, 9 s lag), sink
/// (not measured yet, no watermark); checkpoints 7 (completed), 8 (failed), 9 (completed).
FlinkSnapshot flinkSnapshot(qint64 timeMs, bool reachable)
{
    FlinkSnapshot s;
    s.clusterName = Cluster;
    s.restUrl = QStringLiteral("http://localhost:8081");
    s.flinkVersion = QStringLiteral("1.18.1");
    s.taskManagers = 2;
    s.slotsTotal = 8;
    s.slotsAvailable = 3;
    s.status.reachable = reachable;
    s.status.attemptedAt = QDateTime::fromMSecsSinceEpoch(timeMs, Qt::UTC);
    s.status.lastSuccessAt = s.status.attemptedAt;

    FlinkJobInfo job;
    job.id = JobId;
    job.name = QStringLiteral("orders-enricher");
    job.state = QStringLiteral("RUNNING");
    job.startTimeMs = Start - 3'600'000;
    job.durationMs = 3'600'000;
    job.tasksTotal = 6;
    job.tasksRunning = 6;
    s.jobs = {job};

    FlinkJobDetails d;
    d.jobId = JobId;
    d.uptimeMs = 600'000;
    d.restarts = 2;
    FlinkFailureInfo failure;
    failure.exceptionName = QStringLiteral("java.io.IOException");
    failure.message = QStringLiteral("java.io.IOException: Connection reset by peer");
    failure.timestampMs = Start - 700'000;
    failure.taskName = QStringLiteral("Enrich (1/2)");
    d.lastFailure = failure;

    FlinkVertexInfo source =
        vertex(QStringLiteral("v1"), QStringLiteral("Source: orders"), FlinkBackpressureLevel::Ok, 0.02);
    source.source = true;
    source.watermarkState = FlinkWatermarkState::Ok;
    source.watermarkLagMs = 4000;
    FlinkVertexInfo enrich =
        vertex(QStringLiteral("v2"), QStringLiteral("Enrich"), FlinkBackpressureLevel::High, 0.87);
    enrich.watermarkState = FlinkWatermarkState::Ok;
    enrich.watermarkLagMs = 9000;
    FlinkVertexInfo sink =
        vertex(QStringLiteral("v3"), QStringLiteral("Sink: db"), FlinkBackpressureLevel::Unknown, -1);
    sink.watermarkState = FlinkWatermarkState::None;
    d.vertices = {source, enrich, sink};

    d.checkpoints.checkpointing = FlinkCheckpointing::Enabled;
    d.checkpoints.completed = 8;
    d.checkpoints.failed = 1;
    FlinkCheckpointInfo failed = checkpoint(8, QStringLiteral("FAILED"), -1, -1);
    failed.failureMessage = QStringLiteral("Checkpoint expired before completing.");
    failed.failureTimestampMs = Start - 15'000;
    const FlinkCheckpointInfo latest = checkpoint(9, QStringLiteral("COMPLETED"), 1500, 5'000'000);
    d.checkpoints.history = {latest, failed, checkpoint(7, QStringLiteral("COMPLETED"), 1200, 4'000'000)};
    d.checkpoints.latestCompleted = latest;
    d.checkpoints.latestFailed = failed;

    FlinkKafkaSource kafka;
    kafka.vertexId = QStringLiteral("v1");
    kafka.topics = {QStringLiteral("orders")};
    kafka.groupId = Group;
    kafka.fromProfile = true;
    d.kafkaSources = {kafka};
    s.jobDetails = {d};
    return s;
}

KafkaSnapshot kafkaSnapshot()
{
    KafkaSnapshot s;
    s.clusterName = QStringLiteral("demo");
    s.status.reachable = true;
    s.status.attemptedAt = QDateTime::fromMSecsSinceEpoch(Start, Qt::UTC);
    ConsumerGroupInfo g;
    g.groupId = Group;
    g.state = QStringLiteral("Stable");
    g.totalLag = 1500;
    g.maxLag = 900;
    g.maxTimeLagSeconds = 42;
    g.status = LagStatus::Warn;
    s.groups = {g};
    return s;
}

QVariant cell(const QAbstractItemModel *model, int row, int column, int role = Qt::DisplayRole)
{
    return model->index(row, column).data(role);
}

} // namespace

class TestFlinkPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void vertexModelShowsPlanOrderAndBackpressure()
    {
        FlinkVertexTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const FlinkSnapshot s = flinkSnapshot(Start, true);
        model.setVertices(s.jobDetails.first().vertices);
        QCOMPARE(model.rowCount(), 3);
        using M = FlinkVertexTableModel;
        QCOMPARE(cell(&model, 0, M::NameColumn).toString(), QStringLiteral("Source: orders"));
        QCOMPARE(cell(&model, 1, M::NameColumn).toString(), QStringLiteral("Enrich"));
        QCOMPARE(cell(&model, 1, M::BackpressureColumn).toString(), QStringLiteral("high (87 %)"));
        QCOMPARE(cell(&model, 1, M::BackpressureColumn, Qt::ForegroundRole).value<QColor>(),
                 StatusColour::bad());
        QCOMPARE(cell(&model, 0, M::BackpressureColumn, Qt::ForegroundRole).value<QColor>(),
                 StatusColour::good());
        QVERIFY(!cell(&model, 2, M::BackpressureColumn, Qt::ForegroundRole).isValid());
        QCOMPARE(cell(&model, 2, M::BackpressureColumn).toString(), QStringLiteral("not measured yet"));
        QCOMPARE(cell(&model, 1, M::BusyColumn).toString(), QStringLiteral("25 %"));
        QCOMPARE(cell(&model, 1, M::WatermarkLagColumn).toString(), QStringLiteral("9.0 s"));
        QCOMPARE(cell(&model, 1, M::WatermarkLagColumn, RawValueRole).toLongLong(), 9000);
        QCOMPARE(cell(&model, 2, M::WatermarkLagColumn).toString(), QStringLiteral("no watermark"));
        QCOMPARE(cell(&model, 2, M::WatermarkLagColumn, RawValueRole).toLongLong(), -1);
        QVERIFY(
            !model.headerData(M::BackpressureColumn, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());

        // A merge keeps rows whose vertex stayed and updates the changed one in place.
        QList<FlinkVertexInfo> next = s.jobDetails.first().vertices;
        next[1].backpressureLevel = FlinkBackpressureLevel::Low;
        next[1].backpressureRatio = 0.3;
        next[2].watermarkState = FlinkWatermarkState::Idle;
        const QPersistentModelIndex source = model.index(0, 0);
        model.setVertices(next);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(source.isValid());
        QCOMPARE(source.row(), 0);
        QCOMPARE(cell(&model, 1, M::BackpressureColumn, Qt::ForegroundRole).value<QColor>(),
                 StatusColour::warn());
        QCOMPARE(cell(&model, 2, M::WatermarkLagColumn).toString(), QStringLiteral("idle"));
        next.removeLast();
        model.setVertices(next);
        QCOMPARE(model.rowCount(), 2);
    }

    void checkpointModelColoursStatus()
    {
        FlinkCheckpointTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const FlinkSnapshot s = flinkSnapshot(Start, true);
        model.setRows(s.jobDetails.first().checkpoints.history);
        QCOMPARE(model.rowCount(), 3);
        using M = FlinkCheckpointTableModel;
        // Keyed by id: 7, 8, 9.
        QCOMPARE(cell(&model, 1, M::IdColumn, RawValueRole).toLongLong(), 8);
        QCOMPARE(cell(&model, 1, M::StatusColumn).toString(), QStringLiteral("FAILED"));
        QCOMPARE(cell(&model, 1, M::StatusColumn, Qt::ForegroundRole).value<QColor>(), StatusColour::bad());
        QCOMPARE(cell(&model, 2, M::StatusColumn, Qt::ForegroundRole).value<QColor>(), StatusColour::good());
        QCOMPARE(cell(&model, 1, M::FailureColumn).toString(),
                 QStringLiteral("Checkpoint expired before completing."));
        QCOMPARE(cell(&model, 1, M::DurationColumn).toString(), QStringLiteral("–"));
        QCOMPARE(cell(&model, 2, M::DurationColumn, RawValueRole).toLongLong(), 1500);
        QVERIFY(!cell(&model, 2, M::StateSizeColumn).toString().isEmpty());
        QCOMPARE(cell(&model, 2, M::StateSizeColumn, RawValueRole).toLongLong(), 5'000'000);

        // The next snapshot: 7 dropped out of Flink's history, 10 is in progress.
        QList<FlinkCheckpointInfo> next = s.jobDetails.first().checkpoints.history;
        next.removeLast();
        next.prepend(checkpoint(10, QStringLiteral("IN_PROGRESS"), -1, -1));
        model.setRows(next);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(cell(&model, 0, M::IdColumn, RawValueRole).toLongLong(), 8);
        QCOMPARE(cell(&model, 2, M::StatusColumn, Qt::ForegroundRole).value<QColor>(), StatusColour::warn());
    }

    void recordFlinkStoresSeriesAndGaps()
    {
        MetricStore store;
        SnapshotHistory::recordFlink(store, flinkSnapshot(Start, true));
        SnapshotHistory::recordFlink(store, flinkSnapshot(Start + 5000, false));
        const auto points = [&](const QString &key) {
            return store.samples(key, Start, Start + 10'000);
        };

        const QString lagKey = SnapshotHistory::flinkWatermarkLagKey(Cluster, JobId);
        const QString stateKey = SnapshotHistory::flinkStateSizeKey(Cluster, JobId);
        const QString durationKey = SnapshotHistory::flinkCheckpointDurationKey(Cluster, JobId);
        const QString enrichKey = SnapshotHistory::flinkBackpressureKey(Cluster, JobId, QStringLiteral("v2"));
        const QString sinkKey = SnapshotHistory::flinkBackpressureKey(Cluster, JobId, QStringLiteral("v3"));
        for (const QString &key : {lagKey, stateKey, durationKey, enrichKey, sinkKey}) {
            QVERIFY2(store.contains(key), qPrintable(key));
            // Unreachable: the latest sample is a gap.
            QCOMPARE(store.history(key)->latestTimeMs(), Start + 5000);
            QVERIFY2(std::isnan(store.history(key)->latestValue()), qPrintable(key));
        }
        QCOMPARE(points(lagKey).at(0).mean, 9.0); // max over vertices, in seconds
        QCOMPARE(points(stateKey).at(0).mean, 5'000'000.0);
        QCOMPARE(points(durationKey).at(0).mean, 1500.0);
        QCOMPARE(points(enrichKey).at(0).mean, 0.87);
        QCOMPARE(points(lagKey).size(), 2);
        QCOMPARE(points(sinkKey).size(), 1); // not measured yet, then unreachable: one gap
        QVERIFY(std::isnan(points(sinkKey).at(0).mean));
        QCOMPARE(points(lagKey).at(0).timeMs, Start);
    }

    void recordFlinkGapsWithoutWatermarkOrCheckpoint()
    {
        FlinkSnapshot s = flinkSnapshot(Start, true);
        FlinkJobDetails &d = s.jobDetails.first();
        for (FlinkVertexInfo &v : d.vertices)
            v.watermarkState = FlinkWatermarkState::Idle;
        d.checkpoints.latestCompleted.reset();
        MetricStore store;
        SnapshotHistory::recordFlink(store, s);
        const auto first = [&](const QString &key) {
            return store.samples(key, Start, Start + 1).at(0);
        };
        QVERIFY(std::isnan(first(SnapshotHistory::flinkWatermarkLagKey(Cluster, JobId)).mean));
        QVERIFY(std::isnan(first(SnapshotHistory::flinkStateSizeKey(Cluster, JobId)).mean));
        QVERIFY(std::isnan(first(SnapshotHistory::flinkCheckpointDurationKey(Cluster, JobId)).mean));
    }

    void pageShowsSelectedJob()
    {
        MetricStore store;
        FlinkPage page;
        page.setHistory(&store);
        page.applyKafka(kafkaSnapshot(), 10'000);
        const FlinkSnapshot s = flinkSnapshot(Start, true);
        SnapshotHistory::recordFlink(store, s);
        page.applyFlink(s, 10'000);

        QVERIFY(page.headline()->text().contains(QStringLiteral("1.18.1")));
        QVERIFY(page.headline()->text().contains(QStringLiteral("2 task manager(s)")));
        QVERIFY(page.headline()->text().contains(QStringLiteral("1 of 1 job(s) running")));
        QCOMPARE(page.jobModel()->rowCount(), 1);
        // The job's row carries its health: the worst vertex, checkpoint 9 done 8.5 s before the
        // snapshot (8 failed before it), the largest watermark lag.
        using J = FlinkJobTableModel;
        QCOMPARE(cell(page.jobModel(), 0, J::BackpressureColumn).toString(), QStringLiteral("high (87 %)"));
        QCOMPARE(cell(page.jobModel(), 0, J::LastCheckpointColumn).toString(), QStringLiteral("8.5 s ago"));
        QVERIFY(!cell(page.jobModel(), 0, J::LastCheckpointColumn, Qt::ForegroundRole).isValid());
        QCOMPARE(cell(page.jobModel(), 0, J::FailedCheckpointsColumn).toString(), QStringLiteral("1"));
        QCOMPARE(cell(page.jobModel(), 0, J::WatermarkLagColumn).toString(), QStringLiteral("9.0 s"));
        QCOMPARE(cell(page.jobModel(), 0, J::RestartsColumn).toString(), QStringLiteral("2"));
        // The only job is selected on the first snapshot.
        QCOMPARE(page.selectedJobId(), JobId);
        QVERIFY(page.selectJob(JobId));
        QVERIFY(!page.selectJob(QStringLiteral("nope")));

        QCOMPARE(page.vertexModel()->rowCount(), 3);
        QCOMPARE(page.checkpointModel()->rowCount(), 3);
        QVERIFY(page.jobSummary()->text().contains(QStringLiteral("2 restart(s)")));
        QVERIFY(page.jobSummary()->text().contains(QStringLiteral("up 10 m")));
        const QString exception = page.exceptionLabel()->text();
        QVERIFY2(exception.contains(QStringLiteral("java.io.IOException: Connection reset by peer")),
                 qPrintable(exception));
        QVERIFY2(exception.contains(QStringLiteral("Enrich (1/2)")), qPrintable(exception));
        const QString kafka = page.kafkaInputsLabel()->text();
        QVERIFY2(kafka.contains(QStringLiteral(
                     "orders → group flink-enricher: lag 1.5 k, time lag 42 s, falling behind")),
                 qPrintable(kafka));

        QCOMPARE(page.watermarkChart()->seriesKeys(),
                 QStringList{SnapshotHistory::flinkWatermarkLagKey(Cluster, JobId)});
        QCOMPARE(page.stateSizeChart()->seriesKeys(),
                 QStringList{SnapshotHistory::flinkStateSizeKey(Cluster, JobId)});
        QCOMPARE(page.checkpointDurationChart()->seriesKeys(),
                 QStringList{SnapshotHistory::flinkCheckpointDurationKey(Cluster, JobId)});
        page.resize(1200, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.refreshAges();
        const QList<QPointF> drawn =
            page.watermarkChart()->visiblePoints(SnapshotHistory::flinkWatermarkLagKey(Cluster, JobId));
        QVERIFY(!drawn.isEmpty());
        QCOMPARE(drawn.constLast().y(), 9.0);

        // Back pressure over time: one line per vertex, named after it, from the recorded ratios.
        const FlinkJobDetails &details = s.jobDetails.first();
        QStringList vertexKeys;
        for (const FlinkVertexInfo &v : details.vertices)
            vertexKeys << SnapshotHistory::flinkBackpressureKey(Cluster, JobId, v.id);
        QCOMPARE(page.backpressureChart()->seriesKeys(), vertexKeys);
        QCOMPARE(page.backpressureChart()->legendTitles().size(), details.vertices.size());
        QCOMPARE(page.backpressureChart()->legendTitles().first(), details.vertices.first().name);
        for (qsizetype i = 0; i < details.vertices.size(); ++i) {
            const QList<QPointF> ratio = page.backpressureChart()->visiblePoints(vertexKeys[i]);
            QVERIFY(!ratio.isEmpty());
            // An unknown ratio (negative in the snapshot) is a gap in the line, never a value.
            if (details.vertices[i].backpressureRatio < 0)
                QVERIFY(std::isnan(ratio.constLast().y()));
            else
                QCOMPARE(ratio.constLast().y(), details.vertices[i].backpressureRatio);
        }
    }

    /// What the issue asked the job view to show: why a job failed, both uptimes, each subtask's back
    /// pressure and busy time, idle source subtasks; and unknown counts said, not shown as 0.
    void pageShowsRootCauseSubtasksAndUnknowns()
    {
        FlinkSnapshot s = flinkSnapshot(Start, true);
        FlinkJobDetails &d = s.jobDetails[0];
        d.lastFailure->rootCause = QStringLiteral("java.io.IOException: quota exceeded");
        FlinkVertexInfo &source = d.vertices[0];
        source.subtasks = {FlinkSubtaskBackpressure{0, FlinkBackpressureLevel::Ok, 0.0, 0.9, 0.1},
                           FlinkSubtaskBackpressure{1, FlinkBackpressureLevel::High, 0.95, 0.0, 0.05}};
        FlinkSourceSubtask active;
        active.subtask = 0;
        active.watermarkLagMs = 4000;
        FlinkSourceSubtask idle;
        idle.subtask = 2;
        idle.idleTimeMs = 45'000;
        idle.idle = true;
        source.sourceSubtasks = {active, idle};
        s.taskManagers = -1;
        s.slotsTotal = -1;
        s.slotsAvailable = -1;
        FlinkPage page;
        page.applyFlink(s, 10'000);

        QVERIFY2(page.headline()->text().contains(QStringLiteral("task managers unknown")),
                 qPrintable(page.headline()->text()));
        QVERIFY(page.headline()->text().contains(QStringLiteral("slots unknown")));
        QVERIFY(!page.headline()->text().contains(QStringLiteral(" 0 ")));
        const QString summary = page.jobSummary()->text();
        QVERIFY2(summary.contains(QStringLiteral("up 10 m 0 s since the last restart")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("submitted 1 h 0 m ago")), qPrintable(summary));
        QVERIFY2(page.exceptionLabel()->text().contains(
                     QStringLiteral("Root cause: java.io.IOException: quota exceeded")),
                 qPrintable(page.exceptionLabel()->text()));

        // Source: subtasks 0, 1 (back pressure) and 2 (source gauges only); Enrich and Sink have none.
        const FlinkSubtaskTableModel *subtasks = page.subtaskModel();
        QCOMPARE(subtasks->rowCount(), 3);
        using S = FlinkSubtaskTableModel;
        QCOMPARE(cell(subtasks, 1, S::BackpressureColumn).toString(), QStringLiteral("95 %"));
        QCOMPARE(cell(subtasks, 0, S::BusyColumn).toString(), QStringLiteral("10 %"));
        QCOMPARE(cell(subtasks, 0, S::SourceColumn).toString(), QStringLiteral("watermark 4.0 s behind"));
        QCOMPARE(cell(subtasks, 2, S::SourceColumn).toString(),
                 QStringLiteral("idle 45 s (left out of the lag)"));
        QCOMPARE(cell(subtasks, 2, S::BackpressureColumn).toString(), QStringLiteral("–"));
    }

    /// The culprit named above the vertex table, the TaskManagers' heap and CPU (unknown said as
    /// such), the failures before the last one, and colours that survive the selection.
    void pageNamesBottleneckPeersFiguresAndHistory()
    {
        FlinkSnapshot s = flinkSnapshot(Start, true);
        FlinkJobDetails &d = s.jobDetails[0];
        d.vertices[2].backpressureLevel = FlinkBackpressureLevel::Ok; // the sink after Enrich (high)
        d.vertices[2].busyMsPerSecondMax = 970;
        FlinkTaskManagerInfo measured{QStringLiteral("763134ba-8649-433a-846b-69bb17b7fe08"), 10, 3};
        measured.heapUsedBytes = 100 * 1024 * 1024;
        measured.heapMaxBytes = 400 * 1024 * 1024;
        measured.cpuLoad = 0.5;
        measured.metricsAgeMs = 4000;
        FlinkTaskManagerInfo warmingUp{QStringLiteral("99999999-0000"), 4, 4};
        s.taskManagerList = {measured, warmingUp};
        FlinkFailureInfo earlier;
        earlier.exceptionName = QStringLiteral("org.apache.flink.runtime.JobException");
        earlier.rootCause = QStringLiteral("java.io.IOException: quota exceeded");
        earlier.timestampMs = Start - 900'000;
        earlier.taskName = QStringLiteral("Sink: db (2/2)");
        d.exceptionHistory = {*d.lastFailure, earlier};
        FlinkPage page;
        page.applyFlink(s, 10'000);

        QVERIFY(page.bottleneckLabel()->isVisibleTo(&page));
        QCOMPARE(page.bottleneckLabel()->text(), QStringLiteral("Bottleneck: Sink: db (busy 97 %)"));
        // #18: the culprit is said under the headline too, for every job, selected or not.
        QVERIFY(page.heldUpLabel()->isVisibleTo(&page));
        QCOMPARE(page.heldUpLabel()->text(),
                 QStringLiteral("orders-enricher is held up by Sink: db (busy 97 %; Enrich back-pressured)"));
        QCOMPARE(page.heldUpLabel()->palette().color(QPalette::WindowText),
                 statusColor(StatusSeverity::Critical, page.palette()));
        QCOMPARE(cell(page.vertexModel(), 2, FlinkVertexTableModel::BottleneckColumn).toString(),
                 QStringLiteral("bottleneck"));
        const QString tms = page.taskManagersLabel()->text();
        QVERIFY2(
            tms.contains(QStringLiteral("TaskManager 763134ba: heap 100 MiB of 400 MiB (25 %) · CPU 50 % · "
                                        "3 of 10 slot(s) free (asked 4.0 s ago)")),
            qPrintable(tms));
        QVERIFY2(tms.contains(QStringLiteral("TaskManager 99999999: heap unknown · CPU unknown")),
                 qPrintable(tms));
        const QString exceptions = page.exceptionLabel()->text();
        QVERIFY2(exceptions.contains(QStringLiteral("Earlier failures (1):")), qPrintable(exceptions));
        QVERIFY2(
            exceptions.contains(QStringLiteral("Sink: db (2/2) · org.apache.flink.runtime.JobException (root "
                                               "cause: java.io.IOException: quota exceeded)")),
            qPrintable(exceptions));
        // Every live table draws status colours with the delegate that keeps them on a selected row.
        for (const QTableView *view :
             {page.vertexView(), page.checkpointView(), static_cast<const QTableView *>(page.jobView())})
            QVERIFY(qobject_cast<StatusItemDelegate *>(view->itemDelegate()));

        // Nothing back-pressured any more: no bottleneck, the statement goes.
        for (FlinkVertexInfo &v : d.vertices)
            v.backpressureLevel = FlinkBackpressureLevel::Ok;
        page.applyFlink(s, 10'000);
        QVERIFY(!page.bottleneckLabel()->isVisibleTo(&page));
        QVERIFY(!page.heldUpLabel()->isVisibleTo(&page));
    }

    /// The held-up line ranks jobs by their culprit's busy time, leaves out jobs that do not run, and
    /// names at most three.
    void heldUpLineRanksJobs()
    {
        FlinkSnapshot s = flinkSnapshot(Start, true);
        s.jobDetails[0].vertices[2].backpressureLevel = FlinkBackpressureLevel::Ok;
        s.jobDetails[0].vertices[2].busyMsPerSecondMax = 700;
        const FlinkJobInfo base = s.jobs[0];
        const FlinkJobDetails details = s.jobDetails[0];
        const auto addJob = [&](const QString &name, const QString &state, double busy) {
            FlinkJobInfo job = base;
            job.id = name + QStringLiteral("-id");
            job.name = name;
            job.state = state;
            FlinkJobDetails d = details;
            d.jobId = job.id;
            d.vertices[2].busyMsPerSecondMax = busy;
            s.jobs.append(job);
            s.jobDetails.append(d);
        };
        addJob(QStringLiteral("busiest"), QStringLiteral("RUNNING"), 990);
        addJob(QStringLiteral("cancelled"), QStringLiteral("CANCELED"), 1000);
        addJob(QStringLiteral("third"), QStringLiteral("RUNNING"), 600);
        addJob(QStringLiteral("fourth"), QStringLiteral("RUNNING"), 550);
        const QStringList lines = FlinkPage::heldUpText(s).split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 4);
        QVERIFY2(lines[0].startsWith(QStringLiteral("busiest is held up by Sink: db (busy 99 %")),
                 qPrintable(lines[0]));
        QVERIFY2(lines[1].startsWith(QStringLiteral("orders-enricher ")), qPrintable(lines[1]));
        QVERIFY2(lines[2].startsWith(QStringLiteral("third ")), qPrintable(lines[2]));
        QCOMPARE(lines[3], QStringLiteral("+1 more job(s) held up"));
    }

    /// #18: at 1280x720 the Flink page showed one and a half jobs and its vertex and checkpoint tables
    /// scrolled sideways. Every table fits its width (secondary columns give way, names are cut in
    /// the middle), at 1280x720 and 1600x900, with the page list beside it as MainWindow lays it out,
    /// and the job table shows every job of a small cluster.
    void noTableScrollsSideways_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1280x720") << QSize(1280, 720);
        QTest::newRow("1600x900") << QSize(1600, 900);
    }

    void noTableScrollsSideways()
    {
        QFETCH(QSize, size);
        FlinkSnapshot s = flinkSnapshot(Start, true);
        for (int j = 2; j <= 5; ++j) {
            FlinkJobInfo job = s.jobs.first();
            job.id = QStringLiteral("job%1").arg(j);
            job.name = QStringLiteral("tidewatch-checkpoints-expire-%1").arg(j);
            s.jobs << job;
        }
        FlinkJobDetails &d = s.jobDetails[0];
        // The stack's slow sink: long chained names, subtasks, a long failure message.
        d.vertices[1].name = QStringLiteral("bp-slow-map -> Filter -> Map -> Timestamps/Watermarks");
        d.vertices[2].name = QStringLiteral("bp-slow-map -> bp-sink: Writer -> bp-sink: Committer");
        d.vertices[2].backpressureLevel = FlinkBackpressureLevel::Ok;
        d.vertices[2].busyMsPerSecondMax = 1000;
        for (FlinkVertexInfo &v : d.vertices) {
            v.recordsInPerSecond = 123'456.7;
            v.recordsOutPerSecond = 123'456.7;
            for (int i = 0; i < 2; ++i) {
                FlinkSubtaskBackpressure sub;
                sub.subtask = i;
                sub.level = v.backpressureLevel;
                sub.ratio = 0.5;
                sub.idleRatio = 0.1;
                sub.busyRatio = 0.4;
                v.subtasks << sub;
            }
        }
        d.checkpoints.history[1].failureMessage =
            QStringLiteral("Checkpoint expired before completing: the barrier of subtask 1 of "
                           "bp-slow-map -> bp-sink: Writer did not arrive within 10 s");
        QWidget frame;
        auto *page = new FlinkPage;
        PageInFrame::show(frame, page, size);
        page->applyFlink(s, 10'000);
        PageInFrame::settle();
        PageInFrame::saveShot(frame, QStringLiteral("flink"));
        const PageInFrame::Tables tables = PageInFrame::sidewaysScrolling(page);
        QVERIFY2(tables.scrolling.isEmpty(),
                 qPrintable(QStringLiteral("scrolls: ") + tables.scrolling.join(u", ")));
        QCOMPARE(tables.visible, 4); // jobs, vertices, subtasks, checkpoints
        const QTableView *jobs = page->jobView();
        const int last = jobs->model()->rowCount() - 1;
        QCOMPARE(last, 4);
        QVERIFY2(jobs->rowViewportPosition(last) + jobs->rowHeight(last) <= jobs->viewport()->height(),
                 qPrintable(QStringLiteral("5 jobs in %1 px").arg(jobs->viewport()->height())));
    }

    void pageExplainsMissingKafkaGroup()
    {
        FlinkPage page;
        FlinkSnapshot s = flinkSnapshot(Start, true);
        page.applyFlink(s, 10'000);
        QVERIFY2(page.kafkaInputsLabel()->text().contains(QStringLiteral("no Kafka data yet")),
                 qPrintable(page.kafkaInputsLabel()->text()));
        KafkaSnapshot k = kafkaSnapshot();
        k.groups.clear();
        page.applyKafka(k, 10'000);
        QVERIFY(page.kafkaInputsLabel()->text().contains(QStringLiteral("not found in Kafka cluster demo")));

        s.jobDetails.first().kafkaSources.first().groupId.clear();
        s.jobDetails.first().lastFailure.reset();
        page.applyFlink(s, 10'000);
        QVERIFY(page.kafkaInputsLabel()->text().contains(QStringLiteral("consumer group unknown")));
        QVERIFY(page.exceptionLabel()->text().startsWith(QStringLiteral("No exception")));

        // The job went away: the pane and the charts empty.
        s.jobs.clear();
        s.jobDetails.clear();
        page.applyFlink(s, 10'000);
        QVERIFY(page.selectedJobId().isEmpty());
        QCOMPARE(page.vertexModel()->rowCount(), 0);
        QVERIFY(page.watermarkChart()->seriesKeys().isEmpty());
    }
};

QTEST_MAIN(TestFlinkPage)
#include "tst_flinkpage.moc"
