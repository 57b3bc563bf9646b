#include "FlinkParsers.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Tidewatch;

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
        snapshot.jobs.append(FlinkJobInfo{QStringLiteral("keep"), {}, {}, -1, -1, 0, 0});
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
    }

    void errorMessage()
    {
        QCOMPARE(FlinkParsers::errorMessage(R"({"errors":["Checkpointing has not been enabled."]})"),
                 QStringLiteral("Checkpointing has not been enabled."));
        QCOMPARE(FlinkParsers::errorMessage("not json"), QString());
        QCOMPARE(FlinkParsers::errorMessage(R"({"errors":[]})"), QString());
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
