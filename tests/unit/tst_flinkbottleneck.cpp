// Naming the culprit: which vertex is the bottleneck of a back-pressured job, and how watermark lag
// and checkpoint durations are judged (FlinkBottlenecks, FlinkThresholds, the vertex and checkpoint
// table models). Recorded answers of the stack's tidewatch-backpressured-source job check the rule
// against what Flink 2.2 really reports.

#include "FlinkBottleneck.h"
#include "FlinkJobDetailModels.h"
#include "FlinkParsers.h"
#include "FlinkThresholds.h"
#include "Roles.h"

#include <QFile>
#include <QTest>

using namespace Tidewatch;

namespace {

using Level = FlinkBackpressureLevel;

QByteArray fixture(const QString &name)
{
    QFile file(qEnvironmentVariable("TIDEWATCH_FIXTURES") + QStringLiteral("/flink-2.2.0/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

/// "name:level:busy<-input,input" — a vertex in a compact, readable form; busy in ms per second
/// (-1 unknown), level ok/low/high/unknown, inputs by name (ids are the names here).
FlinkVertexInfo v(const QString &spec)
{
    const QString head = spec.section(QLatin1String("<-"), 0, 0);
    const QStringList parts = head.split(QLatin1Char(':'));
    FlinkVertexInfo vertex;
    vertex.id = vertex.name = parts.at(0);
    const QString level = parts.at(1);
    vertex.backpressureLevel = level == QLatin1String("ok")     ? Level::Ok
                               : level == QLatin1String("low")  ? Level::Low
                               : level == QLatin1String("high") ? Level::High
                                                                : Level::Unknown;
    vertex.busyMsPerSecondMax = parts.at(2).toDouble();
    const QString inputs = spec.section(QLatin1String("<-"), 1);
    if (!inputs.isEmpty())
        vertex.inputs = inputs.split(QLatin1Char(','));
    vertex.source = vertex.inputs.isEmpty();
    return vertex;
}

QStringList L(std::initializer_list<const char *> texts)
{
    QStringList out;
    for (const char *t : texts)
        out << QString::fromLatin1(t);
    return out;
}

QStringList names(const QList<FlinkBottleneck> &bottlenecks)
{
    QStringList out;
    for (const FlinkBottleneck &b : bottlenecks)
        out << b.name;
    return out;
}

} // namespace

class TestFlinkBottleneck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bottlenecks_data()
    {
        QTest::addColumn<QStringList>("vertices");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("slow sink: source and map back-pressured, the sink busy")
            << L({"src:high:20", "map:high:300<-src", "sink:ok:990<-map"}) << L({"sink"});
        QTest::newRow("slow middle vertex: the sink after it idles")
            << L({"src:high:10", "enrich:ok:1000<-src", "sink:ok:40<-enrich"}) << L({"enrich"});
        QTest::newRow("nothing back-pressured: no bottleneck, however busy")
            << L({"src:ok:1000", "map:ok:950<-src", "sink:ok:990<-map"}) << QStringList{};
        QTest::newRow("two branches, two candidates, in plan order")
            << L({"src:high:5", "a:ok:980<-src", "b:low:100<-src", "c:ok:700<-b"}) << L({"a", "c"});
        QTest::newRow("busy but back-pressured itself: a victim, not the culprit")
            << L({"src:high:5", "map:high:900<-src", "sink:ok:100<-map"}) << QStringList{};
        QTest::newRow("busy below 50 %: not judged a bottleneck")
            << L({"src:high:5", "sink:ok:499<-src"}) << QStringList{};
        QTest::newRow("busy time unknown: never a bottleneck")
            << L({"src:high:5", "sink:ok:-1<-src"}) << QStringList{};
        QTest::newRow("back pressure not measured yet: never a bottleneck")
            << L({"src:high:5", "sink:unknown:1000<-src"}) << QStringList{};
        QTest::newRow("fed by a vertex that is not back-pressured")
            << L({"src:high:5", "map:ok:10<-src", "sink:ok:1000<-map"}) << QStringList{};
    }
    void bottlenecks()
    {
        QFETCH(QStringList, vertices);
        QFETCH(QStringList, expected);
        QList<FlinkVertexInfo> list;
        for (const QString &spec : std::as_const(vertices))
            list << v(spec);
        QCOMPARE(names(FlinkBottlenecks::find(list)), expected);
    }

    /// Snapshots from before the plan's edges were kept: the vertex before counts as the input.
    void withoutEdgesThePreviousVertexFeeds()
    {
        QList<FlinkVertexInfo> list{v(QStringLiteral("src:high:5")), v(QStringLiteral("sink:ok:1000"))};
        list[1].source = false;
        QCOMPARE(names(FlinkBottlenecks::find(list)), QStringList{QStringLiteral("sink")});
    }

    /// The stack's tidewatch-backpressured-source job as Flink 2.2 answered: the source 99.8 %
    /// back-pressured, "bp-slow-map -> bp-sink: Writer" busy 100 % — the latter is the bottleneck.
    void recordedBackpressuredJob()
    {
        FlinkParsers::JobPlan plan;
        QString error;
        QVERIFY2(FlinkParsers::parseJobDetails(fixture(QStringLiteral("shapes/backpressured-job.json")), plan,
                                               error),
                 qPrintable(error));
        QCOMPARE(plan.vertices.size(), 2);
        FlinkVertexInfo &source = plan.vertices[0];
        FlinkVertexInfo &sink = plan.vertices[1];
        QVERIFY(source.source);
        QVERIFY(source.inputs.isEmpty());
        QCOMPARE(sink.inputs, QStringList{source.id});
        for (const auto &[vertex, name] :
             {std::pair{&source, QStringLiteral("source")}, {&sink, QStringLiteral("sink")}}) {
            QVERIFY(FlinkParsers::parseBackpressure(
                fixture(QStringLiteral("shapes/backpressured-%1-backpressure.json").arg(name)), *vertex,
                error));
            QVERIFY(FlinkParsers::parseVertexAggregates(
                fixture(QStringLiteral("shapes/backpressured-%1-busy.json").arg(name)), *vertex, error));
        }
        const QList<FlinkBottleneck> found = FlinkBottlenecks::find(plan.vertices);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().name, QStringLiteral("bp-slow-map -> bp-sink: Writer"));
        QCOMPARE(found.first().backPressuredInputs, QStringList{QStringLiteral("Source: bp-source")});
        QCOMPARE(FlinkVertexTableModel::bottleneckText(found),
                 QStringLiteral("Bottleneck: bp-slow-map -> bp-sink: Writer (busy 100 %)"));

        FlinkVertexTableModel model;
        model.setVertices(plan.vertices);
        using M = FlinkVertexTableModel;
        QCOMPARE(model.index(1, M::BottleneckColumn).data().toString(), QStringLiteral("bottleneck"));
        QCOMPARE(model.index(1, M::BottleneckColumn).data(SeverityRole).toInt(),
                 int(StatusSeverity::Critical));
        QCOMPARE(model.index(1, M::BusyColumn).data(SeverityRole).toInt(), int(StatusSeverity::Critical));
        QCOMPARE(model.index(0, M::BottleneckColumn).data().toString(), QString());
        QVERIFY(!model.index(0, M::BottleneckColumn).data(SeverityRole).isValid());
        QCOMPARE(model.index(0, M::BackpressureColumn).data(SeverityRole).toInt(),
                 int(StatusSeverity::Critical));
        QCOMPARE(model.index(1, M::BackpressureColumn).data(SeverityRole).toInt(), int(StatusSeverity::Ok));
    }

    void watermarkLagColours_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<qint64>("lagMs");
        QTest::addColumn<int>("severity"); // -1: no colour
        const int ok = int(FlinkWatermarkState::Ok);
        QTest::newRow("4 s: ok") << ok << qint64(4000) << -1;
        QTest::newRow("exactly 1 min: still ok") << ok << qint64(60'000) << -1;
        QTest::newRow("61 s: amber") << ok << qint64(61'000) << int(StatusSeverity::Warning);
        QTest::newRow("5 min: amber") << ok << qint64(300'000) << int(StatusSeverity::Warning);
        QTest::newRow("5 min 1 s: red") << ok << qint64(301'000) << int(StatusSeverity::Critical);
        QTest::newRow("event time ahead: ok") << ok << qint64(-5000) << -1;
        QTest::newRow("no watermark: no colour") << int(FlinkWatermarkState::None) << qint64(0) << -1;
        QTest::newRow("idle: no colour") << int(FlinkWatermarkState::Idle) << qint64(0) << -1;
        QTest::newRow("not measured: no colour") << int(FlinkWatermarkState::Unknown) << qint64(0) << -1;
    }
    void watermarkLagColours()
    {
        QFETCH(int, state);
        QFETCH(qint64, lagMs);
        QFETCH(int, severity);
        FlinkVertexInfo vertex = v(QStringLiteral("window:ok:100"));
        vertex.watermarkState = FlinkWatermarkState(state);
        if (vertex.watermarkState == FlinkWatermarkState::Ok)
            vertex.watermarkLagMs = lagMs;
        FlinkVertexTableModel model;
        model.setVertices({vertex});
        const QVariant cell = model.index(0, FlinkVertexTableModel::WatermarkLagColumn).data(SeverityRole);
        QCOMPARE(cell.isValid() ? cell.toInt() : -1, severity);
    }

    void checkpointDurationColours_data()
    {
        QTest::addColumn<qint64>("durationMs");
        QTest::addColumn<qint64>("intervalMs");
        QTest::addColumn<int>("severity");
        const qint64 unknown = -1;
        QTest::newRow("10 s of a 60 s interval: ok") << qint64(10'000) << qint64(60'000) << -1;
        QTest::newRow("31 s of 60 s: above half, amber")
            << qint64(31'000) << qint64(60'000) << int(StatusSeverity::Warning);
        QTest::newRow("61 s of 60 s: longer than the interval, red")
            << qint64(61'000) << qint64(60'000) << int(StatusSeverity::Critical);
        QTest::newRow("3 s of a 5 s interval: amber")
            << qint64(3000) << qint64(5000) << int(StatusSeverity::Warning);
        QTest::newRow("interval unknown, 20 s: ok") << qint64(20'000) << unknown << -1;
        QTest::newRow("interval unknown, 31 s: amber")
            << qint64(31'000) << unknown << int(StatusSeverity::Warning);
        QTest::newRow("interval unknown, 121 s: red")
            << qint64(121'000) << unknown << int(StatusSeverity::Critical);
        QTest::newRow("duration unknown (failed): no colour") << qint64(-1) << qint64(60'000) << -1;
    }
    void checkpointDurationColours()
    {
        QFETCH(qint64, durationMs);
        QFETCH(qint64, intervalMs);
        QFETCH(int, severity);
        FlinkCheckpointInfo c;
        c.id = 3;
        c.status = QStringLiteral("COMPLETED");
        c.durationMs = durationMs;
        FlinkCheckpointTableModel model;
        model.setRows({c});
        model.setIntervalMs(intervalMs); // after the rows: the colours follow a later interval too
        const QVariant cell = model.index(0, FlinkCheckpointTableModel::DurationColumn).data(SeverityRole);
        QCOMPARE(cell.isValid() ? cell.toInt() : -1, severity);
    }
};

QTEST_GUILESS_MAIN(TestFlinkBottleneck)
#include "tst_flinkbottleneck.moc"
