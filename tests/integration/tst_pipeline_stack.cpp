// The pipeline on the real stack: PostgreSQL (127.0.0.1:15432, database shop) > Debezium
// (shop-orders-cdc, slot tidewatch_orders) > orders-cdc > FileStream sink (orders-cdc-archive).
// While the source connector is paused the slot's lag grows and the pipeline names the paused
// connector as its worst hop; after resume the lag drains. The connector is always resumed.
#include "ConnectCollector.h"
#include "KafkaCollector.h"
#include "PipelineBuilder.h"
#include "PostgresCollector.h"
#include "PostgresConnection.h"
#include "StackTools.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Tidewatch;

namespace {

const QString kSource = QStringLiteral("shop-orders-cdc");
const QString kSink = QStringLiteral("orders-cdc-archive");
const QString kSlot = QStringLiteral("tidewatch_orders");

ClusterProfile stackProfile()
{
    ClusterProfile p;
    p.name = QStringLiteral("stack");
    p.bootstrapServers = QLatin1String(StackTools::kBootstrap);
    p.connectUrls = {QStringLiteral("http://127.0.0.1:18083")};
    p.pipeline.postgres = QStringLiteral("host=127.0.0.1 port=15432 dbname=shop user=tidewatch");
    p.pipeline.debeziumMetrics = QStringLiteral("http://127.0.0.1:18404/metrics");
    p.kafkaPollIntervalMs = 60000; // the test drives the cycles
    p.connectPollIntervalMs = 60000;
    return p;
}

} // namespace

class TestPipelineStack : public QObject
{
    Q_OBJECT

private:
    ClusterProfile m_profile = stackProfile();
    std::unique_ptr<PostgresCollector> m_postgres;
    std::unique_ptr<ConnectCollector> m_connect;
    std::unique_ptr<KafkaCollector> m_kafka;
    std::unique_ptr<PostgresConnection> m_sql;
    bool m_paused = false;

    PostgresSnapshot postgres()
    {
        QSignalSpy spy(m_postgres.get(), &PostgresCollector::snapshotReady);
        m_postgres->collect();
        return spy.isEmpty() ? PostgresSnapshot{} : spy.first().first().value<PostgresSnapshot>();
    }
    ConnectSnapshot connect()
    {
        QSignalSpy spy(m_connect.get(), &ConnectCollector::snapshotReady);
        m_connect->collect();
        if (spy.isEmpty() && !spy.wait(15000))
            return {};
        return spy.first().first().value<ConnectSnapshot>();
    }
    ConnectState sourceState()
    {
        const ConnectSnapshot s = connect();
        const ConnectConnectorInfo *c = s.connector(kSource);
        return c ? c->state : ConnectState::Unknown;
    }
    bool waitForState(ConnectState state, int seconds)
    {
        for (int i = 0; i < seconds; ++i) {
            if (sourceState() == state)
                return true;
            QTest::qWait(1000);
        }
        return false;
    }
    /// Until Connect lists a topic for the source connector (it does once Debezium wrote a change):
    /// a fresh collector each try, because a collector asks a connector's topics again only every 30 s.
    bool waitForSourceTopic(int seconds)
    {
        for (int i = 0; i < seconds; i += 2) {
            m_connect = std::make_unique<ConnectCollector>(m_profile, m_profile.connectUrls.first());
            const ConnectSnapshot s = connect();
            const ConnectConnectorInfo *c = s.connector(kSource);
            if (c && !c->topics().isEmpty())
                return true;
            QTest::qWait(2000);
        }
        return false;
    }
    /// No-op updates of the shop's orders: real WAL and real change events for Debezium.
    void touchOrders()
    {
        QList<PostgresConnection::Row> rows;
        QVERIFY2(m_sql->query("UPDATE public.orders SET updated_at = updated_at", 10000, rows),
                 qPrintable(m_sql->error()));
    }
    PipelineSnapshot pipelines(const KafkaSnapshot &k, const ConnectSnapshot &c, const PostgresSnapshot &pg)
    {
        PipelineInputs in;
        in.clusterName = m_profile.name;
        in.kafka = &k;
        in.connects = {&c};
        in.postgres = &pg;
        in.nowMs = QDateTime::currentMSecsSinceEpoch();
        in.staleAfterMs = 120000;
        return buildPipelines(in, m_profile.pipeline);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_postgres = std::make_unique<PostgresCollector>(m_profile);
        m_connect = std::make_unique<ConnectCollector>(m_profile, m_profile.connectUrls.first());
        m_kafka = std::make_unique<KafkaCollector>(m_profile);
        m_sql = std::make_unique<PostgresConnection>(m_profile.pipeline.postgres, QString());
        QVERIFY2(m_sql->ensureConnected(10000), qPrintable(m_sql->error()));
        // An order of the test's own, so there is a row to touch on a fresh stack (the workload does
        // not write the shop's table); Debezium captures it like any other.
        QList<PostgresConnection::Row> rows;
        QVERIFY2(m_sql->query("INSERT INTO public.orders VALUES ('tw-pipeline-stack-1', 'c-test', 'CREATED', "
                              "1.00, 'EUR', 1, now() + interval '1 day', now() + interval '2 days', now(), "
                              "now()) ON CONFLICT (order_id) DO UPDATE SET updated_at = now()",
                              10000, rows),
                 qPrintable(m_sql->error()));
        QVERIFY(m_sql->query("SELECT count(*) FROM public.orders", 10000, rows));
        QVERIFY2(rows.value(0).value(0).toInt() > 0, "the shop has no orders to touch");
        QVERIFY2(waitForState(ConnectState::Running, 60), "shop-orders-cdc is not RUNNING");
        // On a fresh stack the order above is the source's first change: wait until it reached a topic.
        QVERIFY2(waitForSourceTopic(90), "Connect lists no topic for shop-orders-cdc");
    }

    void cleanupTestCase()
    {
        if (m_paused)
            StackTools::stack({QStringLiteral("connect"), QStringLiteral("resume"), kSource});
    }

    void slotLagGrowsWhilePausedAndDrainsAfterResume()
    {
        const PostgresSnapshot before = postgres();
        QVERIFY2(before.status.reachable, qPrintable(before.status.error));
        QVERIFY(before.slot(kSlot));

        const auto paused = StackTools::stack({QStringLiteral("connect"), QStringLiteral("pause"), kSource});
        QVERIFY2(paused.exitCode == 0, qPrintable(paused.err));
        m_paused = true;
        QVERIFY(waitForState(ConnectState::Paused, 30));
        const qint64 start = postgres().slot(kSlot)->lagBytes;
        // Writes nobody consumes: the slot's lag grows with every one of them.
        qint64 last = start;
        PostgresSnapshot pg;
        for (int i = 0; i < 4; ++i) {
            touchOrders();
            QTest::qWait(2000);
            pg = postgres();
            QVERIFY(pg.slot(kSlot)->lagBytes > last);
            last = pg.slot(kSlot)->lagBytes;
        }
        const ReplicationSlotInfo *slot = pg.slot(kSlot);
        QVERIFY(slot->hasLagGrowth);
        QVERIFY(slot->lagGrowthBytesPerSecond > 0);
        QVERIFY(slot->lagSeconds > 0);

        // The pipeline names the paused connector as its worst hop, behind by the slot's lag.
        const KafkaSnapshot k = m_kafka->collectOnce();
        const ConnectSnapshot c = connect();
        const PipelineSnapshot s = pipelines(k, c, pg);
        const Pipeline *p = s.pipeline(kSource + QStringLiteral(" → ") + kSink);
        QVERIFY2(p, qPrintable(QStringLiteral("pipelines: %1").arg(s.pipelines.size())));
        QCOMPARE(p->hops.first().id, kSlot);
        QCOMPARE(p->hops.at(p->worstHop).id, kSource);
        QCOMPARE(p->state, PipelineHopState::Paused);
        QCOMPARE(p->hops.at(1).lagBytes, slot->lagBytes);
        QCOMPARE(p->hops.at(1).lagSource, QStringLiteral("slot"));

        const auto resumed =
            StackTools::stack({QStringLiteral("connect"), QStringLiteral("resume"), kSource});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
        m_paused = false;
        QVERIFY(waitForState(ConnectState::Running, 60));
        // Debezium reads the backlog and confirms it with Connect's offset flush (5 s on the stack).
        qint64 lag = last;
        for (int i = 0; i < 90 && lag >= last; ++i) {
            QTest::qWait(1000);
            lag = postgres().slot(kSlot)->lagBytes;
        }
        QVERIFY2(lag < last, qPrintable(QStringLiteral("%1 -> %2").arg(last).arg(lag)));
        const PipelineSnapshot after = pipelines(m_kafka->collectOnce(), connect(), postgres());
        const Pipeline *q = after.pipeline(kSource + QStringLiteral(" → ") + kSink);
        QVERIFY(q);
        QCOMPARE(q->hops.at(1).state, PipelineHopState::Ok);
    }

    /// `tidewatch snapshot` reads Connect too: its pipelines have the CDC pipeline with its
    /// connector hops, as the dashboard shows it.
    void snapshotCommandHasTheCdcPipeline()
    {
        QProcess p;
        p.start(qEnvironmentVariable("TIDEWATCH_BINARY"),
                {QStringLiteral("snapshot"), QStringLiteral("--format"), QStringLiteral("json"),
                 QStringLiteral("--bootstrap"), QString::fromLatin1(StackTools::kBootstrap),
                 QStringLiteral("--connect"), m_profile.connectUrls.first(), QStringLiteral("--postgres"),
                 m_profile.pipeline.postgres});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QJsonObject document = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QJsonObject cdc;
        for (const QJsonValue &v : document.value(QStringLiteral("pipelines")).toArray()) {
            if (v.toObject().value(QStringLiteral("name")).toString() ==
                kSource + QStringLiteral(" → ") + kSink)
                cdc = v.toObject();
        }
        QVERIFY2(!cdc.isEmpty(), QJsonDocument(document.value(QStringLiteral("pipelines")).toArray())
                                     .toJson(QJsonDocument::Compact)
                                     .constData());
        QStringList hops;
        for (const QJsonValue &h : cdc.value(QStringLiteral("hops")).toArray()) {
            const QJsonObject hop = h.toObject();
            QVERIFY(hop.value(QStringLiteral("found")).toBool());
            hops << hop.value(QStringLiteral("kind")).toString() + u':' +
                        hop.value(QStringLiteral("id")).toString();
        }
        QCOMPARE(hops,
                 QStringList({QStringLiteral("database:") + kSlot, QStringLiteral("connector:") + kSource,
                              QStringLiteral("topic:orders-cdc"), QStringLiteral("connector:") + kSink}));
    }
};

QTEST_GUILESS_MAIN(TestPipelineStack)
#include "tst_pipeline_stack.moc"
