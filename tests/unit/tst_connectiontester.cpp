#include "ConnectionTester.h"
#include "FakeHttpServer.h"

#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace Tidewatch;
using namespace Tidewatch::TestSupport;
using Outcome = ConnectionTestStep::Outcome;

namespace {

/// librdkafka's built-in mock cluster (plaintext only, no ListGroups/DescribeGroups).
class MockCluster
{
public:
    explicit MockCluster(int brokers)
    {
        char errstr[256];
        m_rk = rd_kafka_new(RD_KAFKA_PRODUCER, rd_kafka_conf_new(), errstr, sizeof errstr);
        m_cluster = rd_kafka_mock_cluster_new(m_rk, brokers);
        rd_kafka_mock_topic_create(m_cluster, "orders", 3, 1);
    }
    ~MockCluster()
    {
        rd_kafka_mock_cluster_destroy(m_cluster);
        rd_kafka_destroy(m_rk);
    }
    QString bootstraps() const { return QString::fromUtf8(rd_kafka_mock_cluster_bootstraps(m_cluster)); }

private:
    rd_kafka_t *m_rk = nullptr;
    rd_kafka_mock_cluster_t *m_cluster = nullptr;
};

ClusterProfile profileFor(const QString &bootstrap)
{
    ClusterProfile profile;
    profile.name = QStringLiteral("test");
    profile.bootstrapServers = bootstrap;
    profile.requestTimeoutMs = 2000;
    return profile;
}

QList<ConnectionTestStep> runSteps(const ClusterProfile &profile)
{
    QList<ConnectionTestStep> steps;
    ConnectionTester::run(profile, [&steps](const ConnectionTestStep &step) { steps.append(step); });
    return steps;
}

/// The step of @p target named @p step, or a skipped one with detail "missing" when there is none.
ConnectionTestStep find(const QList<ConnectionTestStep> &steps, const QString &target, const QString &step)
{
    for (const ConnectionTestStep &s : steps) {
        if (s.target == target && s.step == step)
            return s;
    }
    return {target, step, Outcome::Skipped, QStringLiteral("missing")};
}

QByteArray dump(const QList<ConnectionTestStep> &steps)
{
    QByteArray out;
    for (const ConnectionTestStep &s : steps)
        out += (s.target + QStringLiteral(" | ") + s.step + QStringLiteral(" | ") +
                QString::number(int(s.outcome)) + QStringLiteral(" | ") + s.detail + QLatin1Char('\n'))
                   .toUtf8();
    return out;
}

const QByteArray FlinkConfig = R"({"refresh-interval":3000,"flink-version":"1.18.1","flink-revision":"x"})";

} // namespace

class TestConnectionTester : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void goodAndUnreachableBootstrap()
    {
        MockCluster cluster(3);
        const QString good = cluster.bootstraps().split(QLatin1Char(',')).first();
        const QString bad = QStringLiteral("127.0.0.1:1");
        const auto steps = runSteps(profileFor(good + QLatin1Char(',') + bad));
        QVERIFY2(find(steps, good, QStringLiteral("Name resolution")).passed(), dump(steps));
        QVERIFY2(find(steps, good, QStringLiteral("TCP connect")).passed(), dump(steps));
        const ConnectionTestStep refused = find(steps, bad, QStringLiteral("TCP connect"));
        QVERIFY2(refused.failed(), dump(steps));
        QVERIFY2(refused.detail.contains(QLatin1String("refused"), Qt::CaseInsensitive),
                 qPrintable(refused.detail));
        // No TLS step for PLAINTEXT.
        QCOMPARE(find(steps, good, QStringLiteral("TLS handshake")).detail, QStringLiteral("missing"));
        const ConnectionTestStep metadata = find(steps, QStringLiteral("Kafka"), QStringLiteral("Metadata"));
        QVERIFY2(metadata.passed(), dump(steps));
        QVERIFY2(metadata.detail.startsWith(QLatin1String("3 broker(s)")), qPrintable(metadata.detail));
        QVERIFY2(metadata.detail.contains(QLatin1String("1 topic(s)")), qPrintable(metadata.detail));
        // The 2.0.2 mock has no ListGroups: the step says so in librdkafka's words.
        const ConnectionTestStep groups =
            find(steps, QStringLiteral("Kafka"), QStringLiteral("Describe consumer groups"));
        QVERIFY2(groups.failed(), dump(steps));
        QVERIFY2(groups.detail.contains(QLatin1String("not supported"), Qt::CaseInsensitive),
                 qPrintable(groups.detail));
    }

    void noBrokerAnswers()
    {
        ClusterProfile profile = profileFor(QStringLiteral("127.0.0.1:1"));
        profile.brokerMetrics = QStringLiteral("http://{host}:9404/metrics");
        const auto steps = runSteps(profile);
        QVERIFY2(find(steps, QStringLiteral("127.0.0.1:1"), QStringLiteral("TCP connect")).failed(),
                 dump(steps));
        const ConnectionTestStep metadata = find(steps, QStringLiteral("Kafka"), QStringLiteral("Metadata"));
        QVERIFY2(metadata.failed(), dump(steps));
        QVERIFY2(metadata.detail.startsWith(QLatin1String("No metadata")), qPrintable(metadata.detail));
        QCOMPARE(find(steps, QStringLiteral("Broker metrics"), QStringLiteral("Broker metrics")).outcome,
                 Outcome::Skipped);
        QCOMPARE(find(steps, QStringLiteral("Kafka"), QStringLiteral("Describe consumer groups")).detail,
                 QStringLiteral("missing"));
    }

    void badAddresses()
    {
        const auto steps = runSteps(profileFor(QStringLiteral("no-port-here")));
        QVERIFY2(find(steps, QStringLiteral("no-port-here"), QStringLiteral("Address")).failed(),
                 dump(steps));
    }

    void saslAgainstPlaintextBrokerFails()
    {
        MockCluster cluster(1);
        ClusterProfile profile = profileFor(cluster.bootstraps());
        profile.kafkaProperties = {{QStringLiteral("security.protocol"), QStringLiteral("SASL_PLAINTEXT")},
                                   {QStringLiteral("sasl.mechanism"), QStringLiteral("PLAIN")},
                                   {QStringLiteral("sasl.username"), QStringLiteral("alice")},
                                   {QStringLiteral("sasl.password"), QStringLiteral("secret")}};
        const auto steps = runSteps(profile);
        QVERIFY2(find(steps, cluster.bootstraps(), QStringLiteral("TCP connect")).passed(), dump(steps));
        const ConnectionTestStep sasl =
            find(steps, QStringLiteral("Kafka"), QStringLiteral("SASL authentication"));
        QVERIFY2(sasl.failed(), dump(steps));
        QVERIFY2(sasl.detail.contains(QLatin1String("SASL")), qPrintable(sasl.detail));
        QVERIFY2(find(steps, QStringLiteral("Kafka"), QStringLiteral("Metadata")).failed(), dump(steps));
    }

    void tlsAgainstPlaintextBrokerFails()
    {
        MockCluster cluster(1);
        ClusterProfile profile = profileFor(cluster.bootstraps());
        profile.kafkaProperties = {{QStringLiteral("security.protocol"), QStringLiteral("SSL")}};
        const auto steps = runSteps(profile);
        const ConnectionTestStep tls = find(steps, cluster.bootstraps(), QStringLiteral("TLS handshake"));
        QVERIFY2(tls.failed(), dump(steps));
        QVERIFY2(tls.detail.startsWith(QLatin1String("The TLS handshake failed")), qPrintable(tls.detail));
        QVERIFY2(find(steps, QStringLiteral("Kafka"), QStringLiteral("TLS (librdkafka)")).failed(),
                 dump(steps));
    }

    void unreadableCaFileIsNamed()
    {
        MockCluster cluster(1);
        ClusterProfile profile = profileFor(cluster.bootstraps());
        profile.kafkaProperties = {
            {QStringLiteral("security.protocol"), QStringLiteral("SSL")},
            {QStringLiteral("ssl.ca.location"), QStringLiteral("/nonexistent/ca.pem")}};
        const auto steps = runSteps(profile);
        const ConnectionTestStep tls = find(steps, cluster.bootstraps(), QStringLiteral("TLS handshake"));
        QVERIFY2(tls.failed() && tls.detail.contains(QLatin1String("/nonexistent/ca.pem")), dump(steps));
        // librdkafka refuses the configuration itself, in its own words.
        const ConnectionTestStep client =
            find(steps, QStringLiteral("Kafka"), QStringLiteral("Client configuration"));
        QVERIFY2(client.failed() && client.detail.contains(QLatin1String("ssl.ca.location")), dump(steps));
    }

    void brokerMetricsOfEveryBroker()
    {
        MockCluster cluster(2);
        FakeHttpServer metrics;
        metrics.setBody(QStringLiteral("/metrics"), QByteArrayLiteral("kafka_server_up 1\n"));
        ClusterProfile profile = profileFor(cluster.bootstraps());
        profile.brokerMetrics = QStringLiteral("http://{host}:%1/metrics").arg(metrics.port());
        const auto steps = runSteps(profile);
        for (const int id : {1, 2}) {
            const ConnectionTestStep step =
                find(steps, QStringLiteral("Broker %1 metrics").arg(id), QStringLiteral("Broker metrics"));
            QVERIFY2(step.passed(), dump(steps));
        }
        QCOMPARE(metrics.requestCount(), 2);
    }

    void flink_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<bool>("passes");
        QTest::addColumn<QString>("detailContains");
        QTest::newRow("reachable: its version") << "plain" << true << "Flink 1.18.1";
        QTest::newRow("nothing listens: refused") << "closed" << false << "refused";
        QTest::newRow("basic auth required, none given: 401")
            << "auth-missing" << false << "user and password";
        QTest::newRow("basic auth given") << "auth-given" << true << "Flink 1.18.1";
        QTest::newRow("https, self-signed certificate not trusted")
            << "https-untrusted" << false << "certificate";
        QTest::newRow("https, its certificate as the CA file") << "https-trusted" << true << "Flink 1.18.1";
    }

    void flink()
    {
        QFETCH(QString, setup);
        QFETCH(bool, passes);
        QFETCH(QString, detailContains);
        QTemporaryDir dir;
        std::unique_ptr<FakeHttpServer> server;
        ClusterProfile profile;
        profile.requestTimeoutMs = 2000;
        if (setup.startsWith(QLatin1String("https"))) {
            if (!makeCertificate(dir.path(), QStringLiteral("server"))) {
                if (qEnvironmentVariableIsSet("CI"))
                    QFAIL("openssl is not installed (scripts/setup-deps.sh installs it)");
                QSKIP("openssl is not installed");
            }
            server = std::make_unique<FakeHttpServer>(serverTls(dir.path(), QStringLiteral("server")));
            if (setup == QLatin1String("https-trusted"))
                profile.flinkCaFile = dir.filePath(QStringLiteral("server.crt"));
        } else {
            server = std::make_unique<FakeHttpServer>();
        }
        server->setBody(QStringLiteral("/config"), FlinkConfig);
        profile.flinkRestUrl = server->url();
        if (setup.startsWith(QLatin1String("auth")))
            server->requireAuthorization("Basic " + QByteArrayLiteral("ops:pw").toBase64());
        if (setup == QLatin1String("auth-given")) {
            profile.flinkUser = QStringLiteral("ops");
            profile.flinkPassword = QStringLiteral("pw");
        }
        if (setup == QLatin1String("closed")) {
            const quint16 port = server->port();
            server.reset();
            profile.flinkRestUrl = QStringLiteral("http://127.0.0.1:%1").arg(port);
        }
        const auto steps = runSteps(profile);
        QCOMPARE(steps.size(), 1);
        const ConnectionTestStep &step = steps.first();
        QCOMPARE(step.target, QStringLiteral("Flink REST"));
        QVERIFY2(step.passed() == passes, qPrintable(step.detail));
        QVERIFY2(step.detail.contains(detailContains, Qt::CaseInsensitive), qPrintable(step.detail));
    }

    void runsOffTheCallingThread()
    {
        // A broker that refuses: the metadata step waits its whole timeout, during which this
        // (the GUI) thread keeps running its event loop.
        ClusterProfile profile = profileFor(QStringLiteral("127.0.0.1:1"));
        ConnectionTester tester;
        QSignalSpy steps(&tester, &ConnectionTester::stepFinished);
        QSignalSpy finished(&tester, &ConnectionTester::finished);
        QThread *deliveredOn = nullptr;
        connect(&tester, &ConnectionTester::stepFinished, this,
                [&deliveredOn] { deliveredOn = QThread::currentThread(); });
        tester.start(profile);
        QVERIFY(tester.isRunning());
        bool eventLoopRan = false;
        QTimer::singleShot(0, this, [&eventLoopRan] { eventLoopRan = true; });
        QTRY_VERIFY(eventLoopRan);
        QVERIFY(finished.isEmpty()); // still testing while the event loop ran
        QVERIFY(finished.wait(20000));
        QVERIFY(!tester.isRunning());
        QVERIFY(steps.size() >= 2);
        QCOMPARE(deliveredOn, QThread::currentThread());
    }

    void aNewTestDropsTheOldOnesResults()
    {
        FakeHttpServer flink;
        flink.setBody(QStringLiteral("/config"), FlinkConfig);
        ClusterProfile slow = profileFor(QStringLiteral("127.0.0.1:1"));
        ClusterProfile fast;
        fast.flinkRestUrl = flink.url();
        ConnectionTester tester;
        QList<ConnectionTestStep> received;
        connect(&tester, &ConnectionTester::stepFinished, this,
                [&received](const ConnectionTestStep &step) { received.append(step); });
        QSignalSpy finished(&tester, &ConnectionTester::finished);
        tester.start(slow);
        tester.start(fast);
        QVERIFY(finished.wait(20000));
        QVERIFY2(received.size() == 1 && received.first().target == QStringLiteral("Flink REST"),
                 dump(received));
        QTest::qWait(2500); // the abandoned test ends meanwhile; nothing of it arrives
        QCOMPARE(finished.size(), 1);
        QCOMPARE(received.size(), 1);
    }
};

QTEST_MAIN(TestConnectionTester)
#include "tst_connectiontester.moc"
