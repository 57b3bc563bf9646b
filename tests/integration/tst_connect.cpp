#include "ConnectCollector.h"
#include "ConnectParsers.h"
#include "EventTopicCollector.h"
#include "StackTools.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QTimer>

#include <optional>

using namespace Tidewatch;

namespace {

/// The stack's Connect worker and CDC topic (stack/INTERFACE.md); the environment may point the test
/// at another worker of the same shape (TIDEWATCH_CONNECT_URL, TIDEWATCH_CDC_TOPIC).
QString connectUrl()
{
    return qEnvironmentVariable("TIDEWATCH_CONNECT_URL", QStringLiteral("http://127.0.0.1:18083"));
}

QString cdcTopic()
{
    return qEnvironmentVariable("TIDEWATCH_CDC_TOPIC", QStringLiteral("orders-cdc"));
}

const QString kSource = QStringLiteral("shop-orders-cdc");
const QString kSink = QStringLiteral("orders-cdc-archive");

/// Connect's own answer, read directly (the peer the collector is compared with).
QJsonObject restStatuses()
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(connectUrl() + QStringLiteral("/connectors?expand=status")));
    request.setTransferTimeout(5000);
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

/// "STATE task0=STATE ..." of @p name in Connect's answer.
QString restStates(const QJsonObject &all, const QString &name)
{
    const QJsonObject status = all.value(name).toObject().value(QStringLiteral("status")).toObject();
    if (status.isEmpty())
        return QStringLiteral("absent");
    QString s =
        status.value(QStringLiteral("connector")).toObject().value(QStringLiteral("state")).toString();
    for (const QJsonValue &t : status.value(QStringLiteral("tasks")).toArray())
        s += QStringLiteral(" task%1=%2")
                 .arg(t.toObject().value(QStringLiteral("id")).toInt())
                 .arg(t.toObject().value(QStringLiteral("state")).toString());
    return s;
}

QString snapshotStates(const ConnectSnapshot &s, const QString &name)
{
    const ConnectConnectorInfo *c = s.connector(name);
    if (!c)
        return QStringLiteral("absent");
    QString out = connectStateName(c->state);
    for (const ConnectTaskInfo &t : c->tasks)
        out += QStringLiteral(" task%1=%2").arg(t.id).arg(connectStateName(t.state));
    return out;
}

ConnectSnapshot collectOnce(ConnectCollector &collector)
{
    std::optional<ConnectSnapshot> result;
    QEventLoop loop;
    QObject::connect(&collector, &ConnectCollector::snapshotReady, &loop, [&](const ConnectSnapshot &s) {
        result = s;
        loop.quit();
    });
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    collector.collect();
    if (!result)
        loop.exec();
    return result.value_or(ConnectSnapshot{});
}

ClusterProfile profile()
{
    ClusterProfile p;
    p.name = QStringLiteral("stack");
    p.bootstrapServers = QLatin1String(StackTools::kBootstrap);
    p.connectUrls = {connectUrl()};
    return p;
}

} // namespace

class TestConnect : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (restStatuses().isEmpty())
            QFAIL(qPrintable(
                QStringLiteral("no Kafka Connect worker at %1 (tidewatch-stack up)").arg(connectUrl())));
    }

    /// Pause, fail and restart each connector through the stack; after each step, once Connect's
    /// REST settled on the expected state, the collector's snapshot says exactly what the REST says.
    void statesFollowConnect_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("connector");
        QTest::addColumn<QString>("expected"); // the states Connect must reach
        QTest::newRow("sink paused") << QStringList{QStringLiteral("connect"), QStringLiteral("pause"), kSink}
                                     << kSink << "PAUSED task0=PAUSED";
        QTest::newRow("sink resumed")
            << QStringList{QStringLiteral("connect"), QStringLiteral("resume"), kSink} << kSink
            << "RUNNING task0=RUNNING";
        QTest::newRow("sink's task fails")
            << QStringList{QStringLiteral("connect"), QStringLiteral("fail"), kSink} << kSink
            << "RUNNING task0=FAILED";
        QTest::newRow("sink restarted")
            << QStringList{QStringLiteral("connect"), QStringLiteral("restart"), kSink} << kSink
            << "RUNNING task0=RUNNING";
        QTest::newRow("source's task fails")
            << QStringList{QStringLiteral("connect"), QStringLiteral("fail"), kSource} << kSource
            << "RUNNING task0=FAILED";
        QTest::newRow("source restarted")
            << QStringList{QStringLiteral("connect"), QStringLiteral("restart"), kSource} << kSource
            << "RUNNING task0=RUNNING";
    }

    void statesFollowConnect()
    {
        QFETCH(QStringList, command);
        QFETCH(QString, connector);
        QFETCH(QString, expected);
        const StackTools::ToolResult r = StackTools::stack(command);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // Settled means the expected states in three reads in a row, a second apart: Connect applies a
        // restart asynchronously and may pass through RESTARTING after already showing RUNNING.
        QDeadlineTimer deadline(90000);
        QJsonObject rest = restStatuses();
        int sameReads = restStates(rest, connector) == expected ? 1 : 0;
        while (sameReads < 3 && !deadline.hasExpired()) {
            QTest::qWait(sameReads > 0 ? 1000 : 500);
            rest = restStatuses();
            sameReads = restStates(rest, connector) == expected ? sameReads + 1 : 0;
        }
        QCOMPARE(restStates(rest, connector), expected);

        ConnectCollector collector(profile(), connectUrl());
        ConnectSnapshot s = collectOnce(collector);
        QVERIFY2(s.status.reachable, qPrintable(s.status.error));
        // Connect may move on between the two answers; then both are asked again (a few times).
        for (int attempt = 0; attempt < 5; ++attempt) {
            const QJsonObject after = restStatuses();
            if (restStates(after, connector) == restStates(rest, connector))
                break;
            rest = after;
            s = collectOnce(collector);
            QVERIFY2(s.status.reachable, qPrintable(s.status.error));
        }
        QVERIFY2(restStates(restStatuses(), connector) == restStates(rest, connector),
                 "Connect kept changing state between the reads");
        for (const QString &name : rest.keys())
            QCOMPARE(snapshotStates(s, name), restStates(rest, name));

        const ConnectConnectorInfo *c = s.connector(connector);
        QVERIFY(c);
        if (expected.contains(QLatin1String("FAILED"))) {
            const QString trace = rest.value(connector)
                                      .toObject()
                                      .value(QStringLiteral("status"))
                                      .toObject()
                                      .value(QStringLiteral("tasks"))
                                      .toArray()
                                      .at(0)
                                      .toObject()
                                      .value(QStringLiteral("trace"))
                                      .toString();
            QCOMPARE(c->tasks[0].trace, trace);
            const QString lastCause = trace.mid(trace.lastIndexOf(QStringLiteral("\nCaused by: ")) + 12)
                                          .section(QLatin1Char('\n'), 0, 0);
            QCOMPARE(c->tasks[0].traceRootCause, lastCause.trimmed());
        } else {
            QVERIFY(c->tasks[0].traceRootCause.isEmpty());
        }
        QCOMPARE(c->type, connector == kSink ? ConnectorType::Sink : ConnectorType::Source);
        if (connector == kSink)
            QCOMPARE(c->consumerGroupId, QStringLiteral("connect-") + kSink);
        QVERIFY(c->activeTopics.has_value());
        QVERIFY2(c->activeTopics->contains(cdcTopic()), qPrintable(c->activeTopics->join(u',')));
    }

    /// A row written to PostgreSQL comes out of Debezium into the CDC topic and is counted by the
    /// business views: an order past its ship-by time shows up among their overdue orders by its id.
    void rowReachesTheBusinessViews()
    {
        ClusterProfile p = profile();
        p.business.topics = {
            EventTopicConfig::withDefaults(cdcTopic(), EventKind::Order, EventFormat::Debezium)};
        p.business.startMinutes = 0;
        EventTopicCollector reader(p);
        reader.setStartTimeMs(QDateTime::currentMSecsSinceEpoch() - 2000);
        reader.collectUntilCaughtUp(QDeadlineTimer(60000));

        const QString id = QStringLiteral("ord-tst-connect-%1").arg(QDateTime::currentMSecsSinceEpoch());
        const QString sql =
            QStringLiteral(
                "INSERT INTO orders VALUES ('%1', 'cus-tst', 'created', 42.5, 'EUR', 1, "
                "(now() at time zone 'utc') - interval '10 minutes', (now() at time zone 'utc') + interval "
                "'1 day', now() at time zone 'utc', now() at time zone 'utc'); "
                "UPDATE orders SET status = 'paid', updated_at = now() at time zone 'utc' WHERE order_id = "
                "'%1'")
                .arg(id);
        const StackTools::ToolResult r =
            StackTools::stack({QStringLiteral("pg"), QStringLiteral("psql"), QStringLiteral("-qc"), sql});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        QDeadlineTimer deadline(60000);
        const OverdueOrder *found = nullptr;
        BusinessSnapshot s;
        while (!found && !deadline.hasExpired()) {
            reader.collectOnce();
            s = reader.snapshot();
            for (const OverdueOrder &o : s.overdueOrders) {
                if (o.orderId == id)
                    found = &o;
            }
        }
        QVERIFY2(
            found,
            qPrintable(
                QStringLiteral("order %1 not among %2 overdue orders").arg(id).arg(s.overdueOrders.size())));
        QCOMPARE(found->status, QStringLiteral("paid"));
        QCOMPARE(found->amount, 42.5);
        QCOMPARE(found->currency, QStringLiteral("EUR"));
        QVERIFY(found->overdueMs >= 9 * 60 * 1000);
        QCOMPARE(s.topics.value(0).rejected, 0);
    }
};

QTEST_GUILESS_MAIN(TestConnect)
#include "tst_connect.moc"
