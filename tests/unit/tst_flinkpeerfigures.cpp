// What Flink's own web UI shows and Tidewatch now reads too: each TaskManager's heap and CPU load
// (`/taskmanagers/:id/metrics`) and a job's recent exceptions (`/jobs/:jid/exceptions`), parsed from
// answers recorded from the stack's Flink 2.2 MiniCluster, and written to the snapshot JSON.

#include "FlinkParsers.h"
#include "FlinkSnapshotJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Tidewatch;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(qEnvironmentVariable("TIDEWATCH_FIXTURES") + QStringLiteral("/flink-2.2.0/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

/// The entries of a recorded exceptions answer.
QJsonArray entriesOf(const QString &name)
{
    return QJsonDocument::fromJson(fixture(name))
        .object()
        .value(QStringLiteral("exceptionHistory"))
        .toObject()
        .value(QStringLiteral("entries"))
        .toArray();
}

} // namespace

class TestFlinkPeerFigures : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void taskManagerMetrics_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<qint64>("heapUsed");
        QTest::addColumn<qint64>("heapMax");
        QTest::addColumn<double>("cpuLoad");
        QTest::newRow("recorded: heap and CPU")
            << fixture(QStringLiteral("shapes/taskmanager-metrics-heap-cpu.json")) << qint64(116270416)
            << qint64(1037959168) << 0.5;
        QTest::newRow("recorded: [] before Flink's first metric fetch, unknown not 0")
            << fixture(QStringLiteral("shapes/taskmanager-metrics-unknown-id.json")) << qint64(-1)
            << qint64(-1) << -1.0;
        QTest::newRow("NaN load is unknown")
            << QByteArray(R"([{"id":"Status.JVM.CPU.Load","value":"NaN"},)"
                          R"({"id":"Status.JVM.Memory.Heap.Used","value":"10"}])")
            << qint64(10) << qint64(-1) << -1.0;
        QTest::newRow("a load above 1 is not a load")
            << QByteArray(R"([{"id":"Status.JVM.CPU.Load","value":"1.5"}])") << qint64(-1) << qint64(-1)
            << -1.0;
    }
    void taskManagerMetrics()
    {
        QFETCH(QByteArray, body);
        QFETCH(qint64, heapUsed);
        QFETCH(qint64, heapMax);
        QFETCH(double, cpuLoad);
        FlinkTaskManagerInfo tm;
        tm.heapUsedBytes = 1; // a previous value is replaced, never kept
        tm.cpuLoad = 0.9;
        QString error;
        QVERIFY2(FlinkParsers::parseTaskManagerMetrics(body, tm, error), qPrintable(error));
        QCOMPARE(tm.heapUsedBytes, heapUsed);
        QCOMPARE(tm.heapMaxBytes, heapMax);
        QCOMPARE(tm.cpuLoad, cpuLoad);
    }

    void taskManagerMetricsRejectsWrongShapes()
    {
        FlinkTaskManagerInfo tm;
        QString error;
        QVERIFY(!FlinkParsers::parseTaskManagerMetrics("{\"metrics\":[]}", tm, error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(FlinkParsers::taskManagerMetricIds(),
                 (QStringList{QStringLiteral("Status.JVM.Memory.Heap.Used"),
                              QStringLiteral("Status.JVM.Memory.Heap.Max"),
                              QStringLiteral("Status.JVM.CPU.Load")}));
    }

    /// The recorded list of TaskManagers names the one whose metrics were recorded.
    void recordedTaskManagerList()
    {
        FlinkSnapshot s;
        QString error;
        QVERIFY(
            FlinkParsers::parseTaskManagers(fixture(QStringLiteral("shapes/taskmanagers.json")), s, error));
        QCOMPARE(s.taskManagerList.size(), 1);
        QCOMPARE(s.taskManagerList.first().id, QStringLiteral("763134ba-8649-433a-846b-69bb17b7fe08"));
        QCOMPARE(s.taskManagerList.first().heapUsedBytes, qint64(-1)); // not in /taskmanagers: unknown
    }

    /// Several failures, newest first: built from the two recorded entries (the stack's jobs fail at
    /// most once), in the wrong order, plus copies past the limit of ten.
    void exceptionHistory()
    {
        const QJsonObject restart = entriesOf(QStringLiteral("job-exceptions.json")).first().toObject();
        const QJsonObject forGood =
            entriesOf(QStringLiteral("shapes/fails-exceptions.json")).first().toObject();
        QJsonArray entries{restart, forGood};
        for (int i = 0; i < 11; ++i) {
            QJsonObject old = restart;
            old.insert(QStringLiteral("timestamp"),
                       restart.value(QStringLiteral("timestamp")).toDouble() - 1000 * (i + 1));
            entries.append(old);
        }
        const QByteArray body =
            QJsonDocument(QJsonObject{{QStringLiteral("exceptionHistory"),
                                       QJsonObject{{QStringLiteral("entries"), entries},
                                                   {QStringLiteral("truncated"), false}}}})
                .toJson(QJsonDocument::Compact);
        QList<FlinkFailureInfo> history;
        QString error;
        QVERIFY2(FlinkParsers::parseExceptionHistory(body, history, error), qPrintable(error));
        QCOMPARE(history.size(), FlinkJobDetails::kMaxExceptions);
        // fails-for-good was recorded later than the restart: it comes first, with its root cause.
        QCOMPARE(history.at(0).exceptionName, QStringLiteral("org.apache.flink.runtime.JobException"));
        QCOMPARE(history.at(0).rootCause,
                 QStringLiteral("java.io.IOException: tidewatch simulated root cause: quota exceeded"));
        QCOMPARE(history.at(1).exceptionName, QStringLiteral("java.lang.RuntimeException"));
        QVERIFY(history.at(1).taskName.startsWith(QStringLiteral("customer-running-totals")));
        for (int i = 1; i < history.size(); ++i)
            QVERIFY(history.at(i - 1).timestampMs >= history.at(i).timestampMs);

        // The newest is the last failure, as before.
        std::optional<FlinkFailureInfo> last;
        QVERIFY(FlinkParsers::parseExceptions(body, last, error));
        QCOMPARE(*last, history.first());

        QVERIFY(FlinkParsers::parseExceptionHistory(fixture(QStringLiteral("job-exceptions-none.json")),
                                                    history, error));
        QVERIFY(history.isEmpty());
    }

    /// The new figures are new keys of the snapshot JSON; unknown is null, never 0.
    void snapshotJson()
    {
        FlinkTaskManagerInfo known;
        known.id = QStringLiteral("tm-1");
        known.heapUsedBytes = 100;
        known.heapMaxBytes = 1000;
        known.cpuLoad = 0.25;
        known.metricsFetchedAtMs = 1'700'000'000'000;
        known.metricsAgeMs = 3000;
        FlinkTaskManagerInfo unknown;
        unknown.id = QStringLiteral("tm-2");
        const QJsonArray tms = FlinkSnapshotJson::taskManagersToJson({known, unknown});
        const QJsonObject k = tms.at(0).toObject();
        QCOMPARE(k.value(QStringLiteral("heapUsedBytes")).toInteger(), 100);
        QCOMPARE(k.value(QStringLiteral("heapMaxBytes")).toInteger(), 1000);
        QCOMPARE(k.value(QStringLiteral("cpuLoad")).toDouble(), 0.25);
        QCOMPARE(k.value(QStringLiteral("metricsAgeMs")).toInteger(), 3000);
        QCOMPARE(k.value(QStringLiteral("metricsFetchedAt")).toString(),
                 QStringLiteral("2023-11-14T22:13:20.000Z"));
        const QJsonObject u = tms.at(1).toObject();
        for (const char *key :
             {"heapUsedBytes", "heapMaxBytes", "cpuLoad", "metricsFetchedAt", "metricsAgeMs"})
            QVERIFY2(u.value(QLatin1String(key)).isNull(), key);

        FlinkJobInfo job;
        job.id = QStringLiteral("j");
        FlinkJobDetails details;
        FlinkFailureInfo a;
        a.exceptionName = QStringLiteral("A");
        a.timestampMs = 2000;
        FlinkFailureInfo b = a;
        b.exceptionName = QStringLiteral("B");
        details.exceptionHistory = {a, b};
        details.lastFailure = a;
        FlinkVertexInfo vertex;
        vertex.id = QStringLiteral("v2");
        vertex.inputs = {QStringLiteral("v1")};
        details.vertices = {vertex};
        const QJsonObject o = FlinkSnapshotJson::jobToJson(job, &details);
        const QJsonArray history = o.value(QStringLiteral("exceptionHistory")).toArray();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(1).toObject().value(QStringLiteral("exception")).toString(), QStringLiteral("B"));
        QCOMPARE(
            o.value(QStringLiteral("lastFailure")).toObject().value(QStringLiteral("exception")).toString(),
            QStringLiteral("A"));
        QCOMPARE(
            o.value(QStringLiteral("vertices")).toArray().at(0).toObject().value(QStringLiteral("inputs")),
            QJsonValue(QJsonArray{QStringLiteral("v1")}));
    }
};

QTEST_GUILESS_MAIN(TestFlinkPeerFigures)
#include "tst_flinkpeerfigures.moc"
