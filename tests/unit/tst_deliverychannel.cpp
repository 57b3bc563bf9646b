#include "DeliveryChannel.h"
#include "NotificationHub.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Tidewatch;

namespace {

/// A minimal HTTP/1.1 server for fault injection: answers each request with the next scripted
/// reply ("200", "500", "422", … ; "hang" never answers; "close" drops the connection); the last
/// entry repeats. Records every request.
class FakeHttpServer : public QObject
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; ///< lower-case names
        QByteArray body;
    };

    explicit FakeHttpServer(QStringList script)
        : m_script(std::move(script))
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            }
        });
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }
    QList<Request> requests;

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        Request request;
        const QList<QByteArray> headerLines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> first = headerLines.first().trimmed().split(' ');
        request.method = first.value(0);
        request.path = first.value(1);
        for (qsizetype i = 1; i < headerLines.size(); ++i) {
            const qsizetype colon = headerLines[i].indexOf(':');
            if (colon > 0)
                request.headers.insert(headerLines[i].left(colon).trimmed().toLower(),
                                       headerLines[i].mid(colon + 1).trimmed());
        }
        const int length = request.headers.value("content-length").toInt();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        requests.append(request);
        const QString step = m_script.at(std::min<qsizetype>(requests.size() - 1, m_script.size() - 1));
        if (step == QLatin1String("hang"))
            return;
        if (step == QLatin1String("close")) {
            socket->abort();
            return;
        }
        const QByteArray body =
            step == QLatin1String("422") ? QByteArray("bad alert: startsAt") : QByteArray();
        socket->write("HTTP/1.1 " + step.toLatin1() + " X\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\nContent-Type: text/plain\r\n\r\n" + body);
    }

    QTcpServer m_server;
    QStringList m_script;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

QStringList script(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out << QString::fromUtf8(item);
    return out;
}

RetryPolicy fastRetries(int capacity = 16)
{
    RetryPolicy policy;
    policy.capacity = capacity;
    policy.initialBackoffMs = 50;
    policy.maxBackoffMs = 200;
    return policy;
}

ActiveAlert firingAlert(const QString &group, qint64 firedAtMs)
{
    ActiveAlert alert;
    alert.ruleName = QStringLiteral("LagHigh");
    alert.metric = QStringLiteral("tidewatch_kafka_consumergroup_lag");
    alert.labels = {{QStringLiteral("alertname"), QStringLiteral("LagHigh")},
                    {QStringLiteral("cluster"), QStringLiteral("prod")},
                    {QStringLiteral("consumergroup"), group},
                    {QStringLiteral("severity"), QStringLiteral("warning")}};
    alert.state = AlertState::Firing;
    alert.activeSinceMs = firedAtMs;
    alert.firedAtMs = firedAtMs;
    alert.severity = QStringLiteral("warning");
    alert.summary = group + QStringLiteral(" is behind");
    return alert;
}

} // namespace

class TestDeliveryChannel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<DeliveryStatus>(); }

    /// 5xx and dropped connections are retried with backoff until the target takes the batch.
    void transientFailuresAreRetried_data()
    {
        QTest::addColumn<QStringList>("replies");
        QTest::addColumn<QString>("firstError");
        QTest::addColumn<int>("attempts"); ///< requests our channel makes
        QTest::newRow("500, 503, then 200")
            << script({"500", "503", "200"}) << QStringLiteral("HTTP 500") << 3;
        // Qt itself sends a request again once when the connection drops before any answer.
        QTest::newRow("connection dropped twice, then 200")
            << script({"close", "close", "200"}) << QString() << 2;
        QTest::newRow("429 (too many requests), then 200")
            << script({"429", "200"}) << QStringLiteral("HTTP 429") << 2;
    }
    void transientFailuresAreRetried()
    {
        QFETCH(QStringList, replies);
        QFETCH(QString, firstError);
        QFETCH(int, attempts);
        FakeHttpServer server(replies);
        NotificationTarget target;
        target.url = server.url();
        DeliveryChannel channel(DeliveryStatus::Kind::Alertmanager, target, fastRetries());
        QSignalSpy finished(&channel, &DeliveryChannel::requestFinished);
        channel.enqueue(QByteArray(R"([{"labels":{"alertname":"A"}}])"), 1);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), attempts, 10000);
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY(!finished.first().at(2).toString().isEmpty());
        QVERIFY(finished.first().at(2).toString().startsWith(firstError));
        QVERIFY(finished.last().at(0).toBool());
        QCOMPARE(server.requests.size(), replies.size());
        QVERIFY(server.requests.size() >= attempts);
        for (const auto &request : std::as_const(server.requests)) {
            QCOMPARE(request.method, QByteArray("POST"));
            QCOMPARE(request.path, QByteArray("/api/v2/alerts"));
            QCOMPARE(request.body, QByteArray(R"([{"labels":{"alertname":"A"}}])"));
        }
        const DeliveryStatus status = channel.status();
        QVERIFY(status.reachable);
        QVERIFY(status.error.isEmpty());
        QCOMPARE(status.retries, qint64(attempts - 1));
        QCOMPARE(status.deliveredAlerts, qint64(1));
        QCOMPARE(status.queueLength, 0);
        QVERIFY(status.lastSuccessAt.isValid());
    }

    /// 400 and 422 are the target saying the alerts are wrong: not retried, counted, shown.
    void refusedIsNotRetried_data()
    {
        QTest::addColumn<QString>("reply");
        QTest::newRow("422") << QStringLiteral("422");
        QTest::newRow("400") << QStringLiteral("400");
    }
    void refusedIsNotRetried()
    {
        QFETCH(QString, reply);
        FakeHttpServer server({reply, QStringLiteral("200")});
        NotificationTarget target;
        target.url = server.url();
        DeliveryChannel channel(DeliveryStatus::Kind::Alertmanager, target, fastRetries());
        QSignalSpy finished(&channel, &DeliveryChannel::requestFinished);
        QSignalSpy statusSpy(&channel, &DeliveryChannel::statusChanged);
        channel.enqueue("[1]", 3);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(finished.first().at(1).toInt(), reply.toInt());
        QCOMPARE(channel.status().refusedAlerts, qint64(3));
        QVERIFY(channel.status().error.startsWith(QStringLiteral("HTTP ") + reply));
        QCOMPARE(channel.status().queueLength, 0);
        QVERIFY(statusSpy.size() >= 2);
        channel.enqueue("[2]", 1);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
        QTest::qWait(300); // longer than the backoff: a retry of the refused batch would show up now
        QCOMPARE(server.requests.size(), 2);
        QCOMPARE(server.requests.at(1).body, QByteArray("[2]"));
        QCOMPARE(channel.status().retries, qint64(0));
        QCOMPARE(channel.status().deliveredAlerts, qint64(1));
    }

    /// No answer within the timeout is a transient failure.
    void timeoutIsRetried()
    {
        FakeHttpServer server(script({"hang", "200"}));
        NotificationTarget target;
        target.url = server.url();
        DeliveryChannel channel(DeliveryStatus::Kind::Webhook, target, fastRetries());
        channel.setTimeoutMs(300);
        QSignalSpy finished(&channel, &DeliveryChannel::requestFinished);
        channel.enqueue("{}", 1);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QVERIFY(!finished.first().at(0).toBool());
        QCOMPARE(finished.first().at(2).toString(), QStringLiteral("no answer within 300 ms"));
        QVERIFY(!channel.status().reachable);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
        QVERIFY(finished.last().at(0).toBool());
        QCOMPARE(server.requests.size(), 2);
        QCOMPARE(server.requests.first().path, QByteArray("/")); // a webhook URL is used as it is
    }

    /// A target that is down: the queue stays bounded, drops the oldest and says so.
    void unreachableTargetDropsOldest()
    {
        QTcpServer closed;
        closed.listen(QHostAddress::LocalHost, 0);
        const quint16 port = closed.serverPort();
        closed.close(); // nothing listens there now: connection refused
        NotificationTarget target;
        target.url = QStringLiteral("http://127.0.0.1:%1").arg(port);
        DeliveryChannel channel(DeliveryStatus::Kind::Alertmanager, target, fastRetries(3));
        QSignalSpy finished(&channel, &DeliveryChannel::requestFinished);
        for (int i = 0; i < 6; ++i)
            channel.enqueue(QByteArray::number(i), 2);
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 3, 10000);
        const DeliveryStatus status = channel.status();
        QVERIFY(!status.reachable);
        QVERIFY(!status.error.isEmpty());
        QCOMPARE(status.queueLength, 3);
        QCOMPARE(status.droppedAlerts, qint64(6));
        QVERIFY(status.retries >= 2);
        QVERIFY(status.consecutiveFailures >= 3);
        QVERIFY(!status.lastSuccessAt.isValid());
    }

    void authenticationHeaders_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QByteArray>("authorization");
        QTest::newRow("none") << QString() << QString() << QString() << QByteArray();
        QTest::newRow("basic") << QStringLiteral("ops") << QStringLiteral("s3cret") << QString()
                               << QByteArray("Basic b3BzOnMzY3JldA==");
        QTest::newRow("bearer") << QString() << QString() << QStringLiteral("tok-123")
                                << QByteArray("Bearer tok-123");
    }
    void authenticationHeaders()
    {
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(QString, token);
        QFETCH(QByteArray, authorization);
        FakeHttpServer server(script({"200"}));
        NotificationTarget target;
        target.url = server.url() + QStringLiteral("/hook");
        target.user = user;
        target.password = password;
        target.bearerToken = token;
        DeliveryChannel channel(DeliveryStatus::Kind::Webhook, target, fastRetries());
        QSignalSpy finished(&channel, &DeliveryChannel::requestFinished);
        channel.enqueue("{}", 1);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        const auto &request = server.requests.first();
        QCOMPARE(request.path, QByteArray("/hook"));
        QCOMPARE(request.headers.value("authorization"), authorization);
        QCOMPARE(request.headers.value("content-type"), QByteArray("application/json"));
        QVERIFY(request.headers.value("user-agent").startsWith("Tidewatch/"));
    }

    /// Every Alertmanager gets everything on its own: one that fails does not hold up the other.
    /// Webhooks get the new firing alert once; the desktop gets a notification.
    void hubSendsToEveryTargetIndependently()
    {
        FakeHttpServer good(script({"200"}));
        FakeHttpServer broken(script({"500"}));
        FakeHttpServer hook(script({"200"}));
        NotificationConfig config;
        config.alertmanagers = {NotificationTarget{}, NotificationTarget{}};
        config.alertmanagers[0].url = broken.url();
        config.alertmanagers[1].url = good.url();
        config.webhooks = {NotificationTarget{}};
        config.webhooks[0].url = hook.url();
        config.source = QStringLiteral("tidewatch@test");
        NotificationHub hub;
        hub.setRetryPolicy(fastRetries());
        hub.setConfig(config);
        QSignalSpy desktop(&hub, &NotificationHub::desktopNotification);
        QSignalSpy statuses(&hub, &NotificationHub::deliveryStatusChanged);
        const qint64 t = QDateTime::currentMSecsSinceEpoch();
        hub.onEvaluation({firingAlert(QStringLiteral("cg1"), t)}, {}, t);
        QTRY_COMPARE_WITH_TIMEOUT(good.requests.size(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(hook.requests.size(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(broken.requests.size() >= 3, 10000);
        QCOMPARE(good.requests.size(), 1);
        QCOMPARE(hook.requests.size(), 1);
        QCOMPARE(broken.requests.first().body, good.requests.first().body);
        const QJsonArray sent = QJsonDocument::fromJson(good.requests.first().body).array();
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.at(0)[QStringLiteral("labels")][QStringLiteral("source")].toString(),
                 QStringLiteral("tidewatch@test"));
        const QJsonObject hookBody = QJsonDocument::fromJson(hook.requests.first().body).object();
        QCOMPARE(hookBody.value(QStringLiteral("status")).toString(), QStringLiteral("firing"));

        const QList<DeliveryStatus> all = hub.statuses();
        QCOMPARE(all.size(), 3);
        QVERIFY(!all.at(0).reachable);
        QVERIFY(all.at(0).error.startsWith(QStringLiteral("HTTP 500")));
        QCOMPARE(all.at(0).queueLength, 1);
        QVERIFY(all.at(1).reachable);
        QCOMPARE(all.at(1).deliveredAlerts, qint64(1));
        QCOMPARE(all.at(2).kind, DeliveryStatus::Kind::Webhook);
        QVERIFY(!statuses.isEmpty());

        QCOMPARE(desktop.size(), 1);
        const auto n = desktop.first().first().value<DesktopNotification>();
        QCOMPARE(n.title, QStringLiteral("LagHigh on prod"));
        QCOMPARE(n.body, QStringLiteral("cg1 is behind"));
    }
};

QTEST_GUILESS_MAIN(TestDeliveryChannel)
#include "tst_deliverychannel.moc"
