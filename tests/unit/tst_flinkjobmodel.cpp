#include "FlinkJobTableModel.h"
#include "RawValueSortProxy.h"
#include "Roles.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace Tidewatch;

namespace {

using M = FlinkJobTableModel;

const qint64 Now = 1'700'000'000'000; // the snapshot's attempt time

/// A job of a hand-built snapshot: its overview line and, once the collector fetched them, its details.
struct Job
{
    FlinkJobInfo info;
    std::optional<FlinkJobDetails> details;
};

FlinkVertexInfo vertex(const QString &name, FlinkBackpressureLevel level, double ratio,
                       FlinkWatermarkState watermark, std::optional<qint64> lagMs = std::nullopt)
{
    FlinkVertexInfo v;
    v.id = name;
    v.name = name;
    v.backpressureLevel = level;
    v.backpressureRatio = ratio;
    v.watermarkState = watermark;
    v.watermarkLagMs = lagMs;
    return v;
}

FlinkCheckpointInfo checkpoint(qint64 id, const QString &status, qint64 endedMsAgo)
{
    FlinkCheckpointInfo c;
    c.id = id;
    c.status = status;
    c.triggerTimestampMs = Now - endedMsAgo - 1500;
    if (status == QLatin1String("COMPLETED")) {
        c.latestAckTimestampMs = Now - endedMsAgo;
        c.durationMs = 1500;
    } else {
        c.failureTimestampMs = Now - endedMsAgo;
        c.failureMessage = QStringLiteral("Checkpoint expired before completing.\nat ...");
    }
    return c;
}

/// Running for an hour, no back pressure, 4 s watermark lag, a checkpoint completed 12 s ago.
Job healthy(const QString &id, const QString &name)
{
    Job j;
    j.info.id = id;
    j.info.name = name;
    j.info.state = QStringLiteral("RUNNING");
    j.info.startTimeMs = Now - 3'600'000;
    j.info.durationMs = 3'600'000;
    j.info.tasksTotal = 4;
    j.info.tasksRunning = 4;
    FlinkJobDetails d;
    d.jobId = id;
    d.restarts = 0;
    d.uptimeMs = 3'600'000; // no restart: up as long as submitted
    d.vertices = {
        vertex(QStringLiteral("Source: orders"), FlinkBackpressureLevel::Ok, 0.02, FlinkWatermarkState::Ok,
               4000),
        vertex(QStringLiteral("Sink: db"), FlinkBackpressureLevel::Ok, 0.0, FlinkWatermarkState::Ok, 2500)};
    d.checkpoints.checkpointing = FlinkCheckpointing::Enabled;
    d.checkpoints.completed = 10;
    d.checkpoints.failed = 0;
    d.checkpoints.latestCompleted = checkpoint(10, QStringLiteral("COMPLETED"), 12'000);
    j.details = d;
    return j;
}

Job highBackpressure(const QString &id, const QString &name)
{
    Job j = healthy(id, name);
    j.details->vertices = {
        vertex(QStringLiteral("Source: orders"), FlinkBackpressureLevel::High, 0.87, FlinkWatermarkState::Ok,
               4000),
        vertex(QStringLiteral("Enrich"), FlinkBackpressureLevel::Low, 0.3, FlinkWatermarkState::Ok, 9000),
        vertex(QStringLiteral("Sink: db"), FlinkBackpressureLevel::Unknown, -1,
               FlinkWatermarkState::Unknown)};
    return j;
}

Job checkpointingDisabled(const QString &id, const QString &name)
{
    Job j = healthy(id, name);
    FlinkCheckpointStats &c = j.details->checkpoints;
    c.checkpointing = FlinkCheckpointing::Disabled;
    c.completed = 0;
    c.latestCompleted.reset();
    return j;
}

/// Checkpoint 10 completed a minute ago, 11 failed after it; three failures in all; two restarts.
Job checkpointFailing(const QString &id, const QString &name)
{
    Job j = healthy(id, name);
    FlinkCheckpointStats &c = j.details->checkpoints;
    c.failed = 3;
    c.latestCompleted = checkpoint(10, QStringLiteral("COMPLETED"), 60'000);
    c.latestFailed = checkpoint(11, QStringLiteral("FAILED"), 5'000);
    j.details->restarts = 2;
    return j;
}

Job idleWatermarks(const QString &id, const QString &name)
{
    Job j = healthy(id, name);
    for (FlinkVertexInfo &v : j.details->vertices) {
        v.watermarkState = FlinkWatermarkState::Idle;
        v.watermarkLagMs.reset();
    }
    return j;
}

/// The collector saw the job but none of its metrics yet.
Job notMeasured(const QString &id, const QString &name)
{
    Job j = healthy(id, name);
    j.info.state = QStringLiteral("RESTARTING");
    j.info.durationMs = -1;
    FlinkJobDetails d;
    d.jobId = id;
    d.vertices = {vertex(QStringLiteral("Source: orders"), FlinkBackpressureLevel::Unknown, -1,
                         FlinkWatermarkState::Unknown)};
    j.details = d;
    return j;
}

Job withoutDetails(const QString &id, const QString &name)
{
    Job j = healthy(id, name);
    j.details.reset();
    return j;
}

FlinkSnapshot snapshot(const QList<Job> &jobs, qint64 atMs = Now)
{
    FlinkSnapshot s;
    s.clusterName = QStringLiteral("flinkdemo");
    s.status.reachable = true;
    s.status.attemptedAt = QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC);
    s.status.lastSuccessAt = s.status.attemptedAt;
    for (const Job &j : jobs) {
        s.jobs << j.info;
        if (j.details)
            s.jobDetails << *j.details;
    }
    return s;
}

QStringList printed(const QAbstractItemModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model.columnCount(); ++column)
            cells << model.index(row, column).data().toString();
        out << cells.join(QLatin1Char('|'));
    }
    return out;
}

QStringList columnTexts(const QAbstractItemModel &model, int column)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, column).data().toString();
    return out;
}

/// "good", "warn", "bad" or "" for a cell's foreground.
QString colourName(const QModelIndex &index)
{
    const QVariant v = index.data(Qt::ForegroundRole);
    if (!v.isValid())
        return {};
    const QColor c = v.value<QColor>();
    if (c == StatusColour::good())
        return QStringLiteral("good");
    if (c == StatusColour::warn())
        return QStringLiteral("warn");
    if (c == StatusColour::bad())
        return QStringLiteral("bad");
    return c.name();
}

const QList<int> HealthColumns{M::BackpressureColumn, M::LastCheckpointColumn, M::FailedCheckpointsColumn,
                               M::WatermarkLagColumn, M::RestartsColumn};

} // namespace

class TestFlinkJobModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    /// The health cells of one job: text, raw value for sorting and colour, column by column
    /// (back pressure, last checkpoint, failed checkpoints, watermark lag, restarts).
    void healthCells_data()
    {
        QTest::addColumn<FlinkSnapshot>("snapshot");
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<QList<double>>("raw");
        QTest::addColumn<QStringList>("colours");
        const QString a = QStringLiteral("a");
        const QString name = QStringLiteral("orders");
        const QString dash = QStringLiteral("–");

        QTest::newRow("healthy") << snapshot({healthy(a, name)})
                                 << QStringList{QStringLiteral("ok (2 %)"), QStringLiteral("12 s ago"),
                                                QStringLiteral("0"), QStringLiteral("4.0 s"),
                                                QStringLiteral("0")}
                                 << QList<double>{0.02, 12'000, 0, 4000, 0}
                                 << QStringList{QStringLiteral("good"), {}, {}, {}, {}};
        QTest::newRow("high back pressure: the worst vertex, the largest watermark lag")
            << snapshot({highBackpressure(a, name)})
            << QStringList{QStringLiteral("high (87 %)"), QStringLiteral("12 s ago"), QStringLiteral("0"),
                           QStringLiteral("9.0 s"), QStringLiteral("0")}
            << QList<double>{0.87, 12'000, 0, 9000, 0} << QStringList{QStringLiteral("bad"), {}, {}, {}, {}};
        QTest::newRow("checkpointing disabled")
            << snapshot({checkpointingDisabled(a, name)})
            << QStringList{QStringLiteral("ok (2 %)"), QStringLiteral("disabled"), QStringLiteral("0"),
                           QStringLiteral("4.0 s"), QStringLiteral("0")}
            << QList<double>{0.02, -1, 0, 4000, 0} << QStringList{QStringLiteral("good"), {}, {}, {}, {}};
        QTest::newRow("latest checkpoint failed")
            << snapshot({checkpointFailing(a, name)})
            << QStringList{QStringLiteral("ok (2 %)"), QStringLiteral("1 m 0 s ago"), QStringLiteral("3"),
                           QStringLiteral("4.0 s"), QStringLiteral("2")}
            << QList<double>{0.02, 60'000, 3, 4000, 2}
            << QStringList{QStringLiteral("good"), QStringLiteral("bad"), {}, {}, {}};
        Job recovered = checkpointFailing(a, name);
        recovered.details->checkpoints.latestFailed = checkpoint(9, QStringLiteral("FAILED"), 120'000);
        QTest::newRow("a checkpoint completed after the failure")
            << snapshot({recovered})
            << QStringList{QStringLiteral("ok (2 %)"), QStringLiteral("1 m 0 s ago"), QStringLiteral("3"),
                           QStringLiteral("4.0 s"), QStringLiteral("2")}
            << QList<double>{0.02, 60'000, 3, 4000, 2} << QStringList{QStringLiteral("good"), {}, {}, {}, {}};
        Job firstFailed = healthy(a, name);
        firstFailed.details->checkpoints.completed = 0;
        firstFailed.details->checkpoints.failed = 1;
        firstFailed.details->checkpoints.latestCompleted.reset();
        firstFailed.details->checkpoints.latestFailed = checkpoint(1, QStringLiteral("FAILED"), 5'000);
        QTest::newRow("no checkpoint completed yet, one failed")
            << snapshot({firstFailed})
            << QStringList{QStringLiteral("ok (2 %)"), QStringLiteral("none yet"), QStringLiteral("1"),
                           QStringLiteral("4.0 s"), QStringLiteral("0")}
            << QList<double>{0.02, -1, 1, 4000, 0}
            << QStringList{QStringLiteral("good"), QStringLiteral("bad"), {}, {}, {}};
        QTest::newRow("idle watermarks")
            << snapshot({idleWatermarks(a, name)})
            << QStringList{QStringLiteral("ok (2 %)"), QStringLiteral("12 s ago"), QStringLiteral("0"),
                           QStringLiteral("idle"), QStringLiteral("0")}
            << QList<double>{0.02, 12'000, 0, -1, 0} << QStringList{QStringLiteral("good"), {}, {}, {}, {}};
        Job noWatermark = idleWatermarks(a, name);
        noWatermark.details->vertices.last().watermarkState = FlinkWatermarkState::None;
        QTest::newRow("no watermark yet, some idle")
            << snapshot({noWatermark})
            << QStringList{QStringLiteral("ok (2 %)"), QStringLiteral("12 s ago"), QStringLiteral("0"),
                           QStringLiteral("no watermark"), QStringLiteral("0")}
            << QList<double>{0.02, 12'000, 0, -1, 0} << QStringList{QStringLiteral("good"), {}, {}, {}, {}};
        Job future = healthy(a, name);
        for (FlinkVertexInfo &v : future.details->vertices)
            v.watermarkLagMs = -2000;
        QTest::newRow("event time ahead of the clock: shown, sorted as no lag")
            << snapshot({future})
            << QStringList{QStringLiteral("ok (2 %)"), QStringLiteral("12 s ago"), QStringLiteral("0"),
                           QStringLiteral("-2.0 s"), QStringLiteral("0")}
            << QList<double>{0.02, 12'000, 0, 0, 0} << QStringList{QStringLiteral("good"), {}, {}, {}, {}};
        Job skewed = healthy(a, name);
        skewed.details->checkpoints.latestCompleted = checkpoint(10, QStringLiteral("COMPLETED"), -3'000);
        QTest::newRow("JobManager clock ahead of ours")
            << snapshot({skewed})
            << QStringList{QStringLiteral("ok (2 %)"), QStringLiteral("just now"), QStringLiteral("0"),
                           QStringLiteral("4.0 s"), QStringLiteral("0")}
            << QList<double>{0.02, 0, 0, 4000, 0} << QStringList{QStringLiteral("good"), {}, {}, {}, {}};
        FlinkSnapshot unknownTime = snapshot({healthy(a, name)});
        unknownTime.status.attemptedAt = {};
        QTest::newRow("snapshot time unknown")
            << unknownTime
            << QStringList{QStringLiteral("ok (2 %)"), dash, QStringLiteral("0"), QStringLiteral("4.0 s"),
                           QStringLiteral("0")}
            << QList<double>{0.02, -1, 0, 4000, 0} << QStringList{QStringLiteral("good"), {}, {}, {}, {}};
        QTest::newRow("not measured yet")
            << snapshot({notMeasured(a, name)}) << QStringList{dash, dash, dash, dash, dash}
            << QList<double>{-1, -1, -1, -1, -1} << QStringList{{}, {}, {}, {}, {}};
        QTest::newRow("no details") << snapshot({withoutDetails(a, name)})
                                    << QStringList{dash, dash, dash, dash, dash}
                                    << QList<double>{-1, -1, -1, -1, -1} << QStringList{{}, {}, {}, {}, {}};
    }
    void healthCells()
    {
        QFETCH(FlinkSnapshot, snapshot);
        QFETCH(QStringList, texts);
        QFETCH(QList<double>, raw);
        QFETCH(QStringList, colours);
        M model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(snapshot);
        QCOMPARE(model.rowCount(), 1);
        QStringList shownTexts;
        QList<double> shownRaw;
        QStringList shownColours;
        for (int column : HealthColumns) {
            const QModelIndex index = model.index(0, column);
            shownTexts << index.data().toString();
            shownRaw << index.data(RawValueRole).toDouble();
            shownColours << colourName(index);
        }
        QCOMPARE(shownTexts, texts);
        QCOMPARE(shownRaw, raw);
        QCOMPARE(shownColours, colours);
    }

    /// Snapshots arrive as a sequence; the tester, attached before the first one, checks every
    /// signal the merge emits. Rows are in job id order whatever the snapshot's order.
    void sequences_data()
    {
        QTest::addColumn<QList<FlinkSnapshot>>("steps");
        QTest::addColumn<QStringList>("expected");
        const QString a = QStringLiteral("a");
        const QString b = QStringLiteral("b");
        const QString c = QStringLiteral("c");
        const QString alpha = QStringLiteral("alpha");
        const QString beta = QStringLiteral("beta");
        const QString gamma = QStringLiteral("gamma");
        const QString alphaRow =
            QStringLiteral("alpha|RUNNING|1 h 0 m|4 / 4 running|ok (2 %)|12 s ago|0|4.0 s|0");
        const QString betaRow =
            QStringLiteral("beta|RUNNING|1 h 0 m|4 / 4 running|ok (2 %)|1 m 0 s ago|3|4.0 s|2");
        // Without details the time since the last restart is unknown (since submission: the tooltip).
        const QString gammaRow = QStringLiteral("gamma|RUNNING|–|4 / 4 running|–|–|–|–|–");

        QTest::newRow("grow from empty")
            << QList<FlinkSnapshot>{snapshot({}), snapshot({healthy(a, alpha)}),
                                    snapshot({healthy(a, alpha), checkpointFailing(b, beta),
                                              withoutDetails(c, gamma)})}
            << QStringList{alphaRow, betaRow, gammaRow};
        Job restarting = highBackpressure(a, alpha);
        restarting.info.state = QStringLiteral("RESTARTING");
        restarting.info.tasksRunning = 1;
        QTest::newRow("change health and state")
            << QList<FlinkSnapshot>{snapshot({healthy(a, alpha), checkpointFailing(b, beta)}),
                                    snapshot({restarting, checkpointingDisabled(b, beta)})}
            << QStringList{
                   QStringLiteral("alpha|RESTARTING|1 h 0 m|1 / 4 running|high (87 %)|12 s ago|0|9.0 s|0"),
                   QStringLiteral("beta|RUNNING|1 h 0 m|4 / 4 running|ok (2 %)|disabled|0|4.0 s|0")};
        QTest::newRow("time passes: checkpoints age")
            << QList<FlinkSnapshot>{snapshot({healthy(a, alpha)}), snapshot({healthy(a, alpha)}, Now + 5000)}
            << QStringList{QStringLiteral("alpha|RUNNING|1 h 0 m|4 / 4 running|ok (2 %)|17 s ago|0|4.0 s|0")};
        QTest::newRow("details arrive")
            << QList<FlinkSnapshot>{snapshot({withoutDetails(c, gamma)}),
                                    snapshot({idleWatermarks(c, gamma)})}
            << QStringList{QStringLiteral("gamma|RUNNING|1 h 0 m|4 / 4 running|ok (2 %)|12 s ago|0|idle|0")};
        QTest::newRow("reordered input")
            << QList<FlinkSnapshot>{snapshot({withoutDetails(c, gamma), healthy(a, alpha),
                                              checkpointFailing(b, beta)}),
                                    snapshot({checkpointFailing(b, beta), withoutDetails(c, gamma),
                                              healthy(a, alpha)})}
            << QStringList{alphaRow, betaRow, gammaRow};
        QTest::newRow("shrink") << QList<FlinkSnapshot>{snapshot({healthy(a, alpha),
                                                                  checkpointFailing(b, beta),
                                                                  withoutDetails(c, gamma)}),
                                                        snapshot({checkpointFailing(b, beta)})}
                                << QStringList{betaRow};
        QTest::newRow("to empty")
            << QList<FlinkSnapshot>{snapshot({healthy(a, alpha), checkpointFailing(b, beta)}), snapshot({})}
            << QStringList{};
        QTest::newRow("unknown values")
            << QList<FlinkSnapshot>{snapshot({notMeasured(a, alpha)})}
            << QStringList{QStringLiteral("alpha|RESTARTING|–|4 / 4 running|–|–|–|–|–")};
    }
    void sequences()
    {
        QFETCH(QList<FlinkSnapshot>, steps);
        QFETCH(QStringList, expected);
        M model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (const FlinkSnapshot &step : steps)
            model.setSnapshot(step);
        QCOMPARE(printed(model), expected);
    }

    void unchangedJobsEmitNothing()
    {
        const QString a = QStringLiteral("a");
        const QString b = QStringLiteral("b");
        M model;
        model.setSnapshot(
            snapshot({healthy(a, QStringLiteral("alpha")), checkpointFailing(b, QStringLiteral("beta"))}));
        const QPersistentModelIndex beta = model.index(1, M::NameColumn);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setSnapshot(
            snapshot({checkpointFailing(b, QStringLiteral("beta")), healthy(a, QStringLiteral("alpha"))}));
        QCOMPARE(changed.count() + inserted.count() + removed.count() + reset.count(), 0);

        // One job's back pressure rises: one dataChanged for its row, and its index survives.
        model.setSnapshot(snapshot(
            {highBackpressure(a, QStringLiteral("alpha")), checkpointFailing(b, QStringLiteral("beta"))}));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(inserted.count() + removed.count() + reset.count(), 0);
        QVERIFY(beta.isValid());
        QCOMPARE(beta.row(), 1);
        QCOMPARE(model.index(1, M::NameColumn).data(KeyRole).toString(), b);
    }

    /// Sorting uses the raw value, unknown last in both directions, and stays sorted across updates.
    void sortsByRawValueUnknownLast_data()
    {
        QTest::addColumn<int>("order");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("descending") << int(Qt::DescendingOrder)
                                    << QStringList{QStringLiteral("high"), QStringLiteral("calm"),
                                                   QStringLiteral("unmeasured")};
        QTest::newRow("ascending") << int(Qt::AscendingOrder)
                                   << QStringList{QStringLiteral("calm"), QStringLiteral("high"),
                                                  QStringLiteral("unmeasured")};
    }
    void sortsByRawValueUnknownLast()
    {
        QFETCH(int, order);
        QFETCH(QStringList, expected);
        M model;
        RawValueSortProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.sort(M::BackpressureColumn, Qt::SortOrder(order));
        const QList<Job> jobs{healthy(QStringLiteral("1"), QStringLiteral("calm")),
                              highBackpressure(QStringLiteral("2"), QStringLiteral("high")),
                              notMeasured(QStringLiteral("3"), QStringLiteral("unmeasured"))};
        model.setSnapshot(snapshot(jobs));
        QCOMPARE(columnTexts(proxy, M::NameColumn), expected);

        // The calm job gets the worst back pressure: the view re-sorts.
        QList<Job> next = jobs;
        next[0] = highBackpressure(QStringLiteral("1"), QStringLiteral("calm"));
        next[0].details->vertices.first().backpressureRatio = 0.95;
        model.setSnapshot(snapshot(next));
        QCOMPARE(columnTexts(proxy, M::NameColumn).constLast(), QStringLiteral("unmeasured"));
        QCOMPARE(columnTexts(proxy, M::NameColumn).constFirst(),
                 order == Qt::DescendingOrder ? QStringLiteral("calm") : QStringLiteral("high"));
    }

    /// A job that keeps restarting: up for seconds since its last restart, submitted an hour ago.
    void runningForIsSinceTheLastRestart()
    {
        Job j = healthy(QStringLiteral("a"), QStringLiteral("flappy"));
        j.details->uptimeMs = 20'000;
        j.details->restarts = 170;
        M model;
        model.setSnapshot(snapshot({j}));
        QCOMPARE(model.index(0, M::UptimeColumn).data().toString(), QStringLiteral("20 s"));
        QCOMPARE(model.index(0, M::UptimeColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Submitted 1 h 0 m ago"));
        // Unknown stays unknown rather than falling back to the time since submission.
        j.details->uptimeMs = -1;
        model.setSnapshot(snapshot({j}));
        QCOMPARE(model.index(0, M::UptimeColumn).data().toString(), QStringLiteral("–"));
    }

    /// A lag Flink sampled long ago is not shown as if it were current.
    void oldSampleSaysSo()
    {
        Job j = healthy(QStringLiteral("a"), QStringLiteral("stuck"));
        j.details->metricsAgeMs = 71'000;
        M model;
        model.setSnapshot(snapshot({j}));
        QCOMPARE(model.index(0, M::WatermarkLagColumn).data().toString(),
                 QStringLiteral("4.0 s (sampled 1 m 11 s ago)"));
        j.details->metricsAgeMs = 800;
        model.setSnapshot(snapshot({j}));
        QCOMPARE(model.index(0, M::WatermarkLagColumn).data().toString(), QStringLiteral("4.0 s"));
    }

    void headersExplainEveryColumn()
    {
        M model;
        const QStringList headers{QStringLiteral("Job"),
                                  QStringLiteral("State"),
                                  QStringLiteral("Running for"),
                                  QStringLiteral("Tasks"),
                                  QStringLiteral("Back pressure"),
                                  QStringLiteral("Last checkpoint"),
                                  QStringLiteral("Failed checkpoints"),
                                  QStringLiteral("Watermark lag"),
                                  QStringLiteral("Restarts")};
        QCOMPARE(model.columnCount(), headers.size());
        for (int column = 0; column < model.columnCount(); ++column) {
            QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), headers.at(column));
            QVERIFY2(!model.headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty(),
                     qPrintable(headers.at(column)));
        }
    }

    void stateAndCellToolTips()
    {
        Job restarting = checkpointFailing(QStringLiteral("b"), QStringLiteral("beta"));
        restarting.info.state = QStringLiteral("RESTARTING");
        M model;
        model.setSnapshot(
            snapshot({highBackpressure(QStringLiteral("a"), QStringLiteral("alpha")), restarting}));
        QVERIFY(!model.index(0, M::StateColumn).data(Qt::ForegroundRole).isValid());
        QCOMPARE(colourName(model.index(1, M::StateColumn)), QStringLiteral("bad"));
        QCOMPARE(model.index(0, M::NameColumn).data(Qt::ToolTipRole).toString(), QStringLiteral("Job id a"));
        QCOMPARE(model.index(0, M::BackpressureColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Worst vertex: Source: orders"));
        QCOMPARE(model.index(0, M::WatermarkLagColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Largest at Enrich"));
        QCOMPARE(model.index(0, M::LastCheckpointColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Checkpoint 10 took 1.5 s"));
        QCOMPARE(model.index(1, M::LastCheckpointColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Checkpoint 11 failed: Checkpoint expired before completing."));
    }
};

QTEST_GUILESS_MAIN(TestFlinkJobModel)
#include "tst_flinkjobmodel.moc"
