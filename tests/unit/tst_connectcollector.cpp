// ConnectCollector against scripted HTTP servers (fault injection; the real worker is tst_connect):
// credentials go where they belong and nowhere else, answers are held to the same limits as Flink's
// (size, deadline, same-origin redirects), and a failed cycle keeps the last list, marked unreachable.
#include "ConnectCollector.h"
#include "ScriptedHttpServer.h"

#include <QSignalSpy>
#include <QTest>

using namespace Tidewatch;

namespace {

const QByteArray kRoot = R"({"version":"4.1.1","commit":"be816b82d25370ce","kafka_cluster_id":"abc"})";
const QByteArray kConnectors =
    R"({"cdc":{"status":{"name":"cdc","connector":{"state":"RUNNING","worker_id":"w:8083"},)"
    R"("tasks":[{"id":0,"state":"FAILED","worker_id":"w:8083","trace":"org.apache.kafka.connect.errors.)"
    R"(ConnectException: boom\n\tat X\nCaused by: java.io.IOException: disk full\n\tat Y"}],)"
    R"("type":"source"},"info":{"name":"cdc","config":{"connector.class":)"
    R"("io.debezium.connector.postgresql.PostgresConnector","slot.name":"s1","topic.prefix":"shop",)"
    R"("tasks.max":"1"},"tasks":[{"connector":"cdc","task":0}],"type":"source"}}})";

void serveWorker(ScriptedHttpServer &server)
{
    server.json("/", kRoot);
    server.json("/connectors", kConnectors);
    server.json("/connectors/cdc/topics", R"({"cdc":{"topics":["shop.public.orders"]}})");
    server.json("/connectors/cdc/offsets", R"({"offsets":[]})");
}

ClusterProfile profile()
{
    ClusterProfile p;
    p.name = QStringLiteral("prod");
    p.requestTimeoutMs = 1500;
    return p;
}

ConnectSnapshot cycle(ConnectCollector &collector)
{
    QSignalSpy spy(&collector, &ConnectCollector::snapshotReady);
    collector.collect();
    if (spy.isEmpty() && !spy.wait(10000))
        qFatal("no snapshot within 10 s");
    return spy.takeFirst().at(0).value<ConnectSnapshot>();
}

} // namespace

class TestConnectCollector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<ConnectSnapshot>(); }

    void readsTheWorkerAndItsFailedTask()
    {
        ScriptedHttpServer worker;
        serveWorker(worker);
        ConnectCollector collector(profile(), worker.url());
        const ConnectSnapshot s = cycle(collector);
        QVERIFY2(s.status.reachable, qPrintable(s.status.error));
        QCOMPARE(s.version, QStringLiteral("4.1.1"));
        QCOMPARE(s.connectors.size(), 1);
        const ConnectConnectorInfo &c = s.connectors.first();
        QCOMPARE(c.tasks.first().state, ConnectState::Failed);
        QCOMPARE(c.tasks.first().traceRootCause, QStringLiteral("java.io.IOException: disk full"));
        QCOMPARE(c.slotName, QStringLiteral("s1"));
        QCOMPARE(c.activeTopics,
                 std::optional<QStringList>(QStringList{QStringLiteral("shop.public.orders")}));
    }

    /// The URL's user:password win over the profile's; the snapshot and errors never show them.
    void credentialsOfTheUrlAreSentAndNeverShown()
    {
        ScriptedHttpServer worker;
        serveWorker(worker);
        ClusterProfile p = profile();
        p.connectAuth.user = QStringLiteral("profile-user");
        p.connectAuth.password = QStringLiteral("profile-secret");
        QString url = worker.url();
        url.replace(QLatin1String("http://"), QLatin1String("http://alice:s3cret@"));
        ConnectCollector collector(p, url);
        const ConnectSnapshot s = cycle(collector);
        QVERIFY2(s.status.reachable, qPrintable(s.status.error));
        QVERIFY(!s.restUrl.contains(QLatin1String("s3cret")));
        QVERIFY(!worker.requests.isEmpty());
        for (const ScriptedHttpServer::Request &r : std::as_const(worker.requests))
            QCOMPARE(r.authorization, "Basic " + QByteArray("alice:s3cret").toBase64());
    }

    /// A redirect to another origin is refused: the other server never sees the credentials.
    void redirectToAnotherOriginIsRefused()
    {
        ScriptedHttpServer worker;
        ScriptedHttpServer elsewhere;
        serveWorker(worker);
        serveWorker(elsewhere);
        worker.on("/connectors", [&elsewhere](QTcpSocket *socket, const ScriptedHttpServer::Request &) {
            ScriptedHttpServer::answer(socket, 302, {},
                                       "Location: " + elsewhere.origin() + "/connectors?expand=status\r\n");
        });
        ClusterProfile p = profile();
        p.connectAuth.user = QStringLiteral("bob");
        p.connectAuth.password = QStringLiteral("pw");
        ConnectCollector collector(p, worker.url());
        const ConnectSnapshot s = cycle(collector);
        QVERIFY(!s.status.reachable);
        QVERIFY2(s.status.error.contains(QLatin1String("redirects to another origin")),
                 qPrintable(s.status.error));
        QVERIFY(elsewhere.requests.isEmpty());
    }

    /// An endless body is cut off at the limit; the next cycle runs, and the last good list stays,
    /// marked unreachable, with its age.
    void endlessBodyIsCutOffAndTheLastListKept()
    {
        qint64 written = 0;
        ScriptedHttpServer worker;
        serveWorker(worker);
        ClusterProfile p = profile();
        p.connectMaxResponseBytes = 64 * 1024;
        ConnectCollector collector(p, worker.url());
        const ConnectSnapshot good = cycle(collector);
        QVERIFY2(good.status.reachable, qPrintable(good.status.error));
        worker.on("/connectors", [&written](QTcpSocket *socket, const ScriptedHttpServer::Request &) {
            ScriptedHttpServer::endless(socket, 64 * 1024 * 1024, &written);
        });
        const ConnectSnapshot cut = cycle(collector);
        QVERIFY(!cut.status.reachable);
        QVERIFY2(cut.status.error.contains(QLatin1String("/connectors")), qPrintable(cut.status.error));
        QVERIFY(written < 32 * 1024 * 1024); // stopped reading long before the server's cap
        QCOMPARE(cut.connectors, good.connectors);
        QCOMPARE(cut.sampledAtMs, good.sampledAtMs);
        QVERIFY(cut.status.lastSuccessAt == good.status.lastSuccessAt);
    }

    /// A worker that trickles its answer times out within the request timeout, not never.
    void tricklingWorkerTimesOut()
    {
        ScriptedHttpServer worker;
        serveWorker(worker);
        worker.on("/", [](QTcpSocket *socket, const ScriptedHttpServer::Request &) {
            ScriptedHttpServer::trickle(socket, 200);
        });
        ConnectCollector collector(profile(), worker.url());
        const ConnectSnapshot s = cycle(collector);
        QVERIFY(!s.status.reachable);
        QVERIFY2(s.status.error.contains(QLatin1String("no answer within 1500 ms")),
                 qPrintable(s.status.error));
        QVERIFY(s.connectors.isEmpty()); // never answered: nothing, not an empty cluster
    }

    /// A CA file that holds no certificate is reported and nothing is sent.
    void unusableCaFileSendsNothing()
    {
        ScriptedHttpServer worker;
        serveWorker(worker);
        ClusterProfile p = profile();
        p.connectAuth.caFile = QStringLiteral("/nonexistent/ca.pem");
        ConnectCollector collector(p, worker.url());
        const ConnectSnapshot s = cycle(collector);
        QVERIFY(!s.status.reachable);
        QVERIFY2(s.status.error.contains(QLatin1String("/nonexistent/ca.pem")), qPrintable(s.status.error));
        QVERIFY(worker.requests.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConnectCollector)
#include "tst_connectcollector.moc"
