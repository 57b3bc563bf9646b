// The read-only guards of KafkaHandle against user properties that would write to the cluster or join a
// group (docs/RELIABILITY.md, "Input from users" 3 and 11), on librdkafka's mock cluster.
#include "KafkaHandle.h"

#include <librdkafka/rdkafka_mock.h>

#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QMutex>
#include <QScopeGuard>
#include <QTest>
#include <QThread>

using namespace Tidewatch;

namespace {

/// librdkafka's built-in mock cluster: real Kafka protocol over loopback sockets, in-process.
class MockCluster
{
public:
    MockCluster()
    {
        char errstr[256];
        m_rk = rd_kafka_new(RD_KAFKA_PRODUCER, rd_kafka_conf_new(), errstr, sizeof errstr);
        m_cluster = rd_kafka_mock_cluster_new(m_rk, 1);
    }
    ~MockCluster()
    {
        rd_kafka_mock_cluster_destroy(m_cluster);
        rd_kafka_destroy(m_rk);
    }
    QString bootstraps() const { return QString::fromUtf8(rd_kafka_mock_cluster_bootstraps(m_cluster)); }
    rd_kafka_mock_cluster_t *get() const { return m_cluster; }

private:
    rd_kafka_t *m_rk = nullptr;
    rd_kafka_mock_cluster_t *m_cluster = nullptr;
};

/// The protocol requests a client sent, from librdkafka's "protocol" debug lines ("Sent XRequest ...").
struct SentRequests
{
    QMutex mutex;
    QStringList lines;
    bool any(const char *request)
    {
        QMutexLocker lock(&mutex);
        const QString needle = QStringLiteral("Sent %1Request").arg(QLatin1String(request));
        return std::any_of(lines.cbegin(), lines.cend(),
                           [&](const QString &l) { return l.contains(needle); });
    }
};
SentRequests *g_sent = nullptr;

void recordMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    if (g_sent) {
        QMutexLocker lock(&g_sent->mutex);
        g_sent->lines.append(message);
    }
}

void rawLog(const rd_kafka_t *, int, const char *, const char *message)
{
    recordMessage(QtDebugMsg, QMessageLogContext(), QString::fromUtf8(message));
}

QString confValue(rd_kafka_t *rk, const char *key)
{
    char value[512] = {};
    size_t size = sizeof value;
    if (rd_kafka_conf_get(rd_kafka_conf(rk), key, value, &size) != RD_KAFKA_CONF_OK)
        return QStringLiteral("<unknown>");
    return QString::fromUtf8(value);
}

/// Asks for the metadata of @p topic (a missing topic is auto-created by a client that allows it) and
/// gives an idempotent producer time to ask for its producer id.
void exercise(rd_kafka_t *rk, const char *topic)
{
    rd_kafka_topic_t *rkt = rd_kafka_topic_new(rk, topic, nullptr);
    const rd_kafka_metadata_t *md = nullptr;
    if (rd_kafka_metadata(rk, 0, rkt, &md, 5000) == RD_KAFKA_RESP_ERR_NO_ERROR)
        rd_kafka_metadata_destroy(md);
    rd_kafka_topic_destroy(rkt);
    const QDeadlineTimer until(1500);
    while (!until.hasExpired())
        rd_kafka_poll(rk, 100);
}

} // namespace

class TestKafkaHandleGuards : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("tidewatch.kafka.debug=true"));
        qInstallMessageHandler(recordMessage);
    }

    void controlRawClientWrites()
    {
        // The detection works: a plain client with the same shared-file properties does ask for a producer
        // id.
        MockCluster cluster;
        SentRequests sent;
        g_sent = &sent;
        const auto stopRecording = qScopeGuard([] { g_sent = nullptr; });
        char errstr[256];
        rd_kafka_conf_t *conf = rd_kafka_conf_new();
        for (const auto &[k, v] : {std::pair{"bootstrap.servers", cluster.bootstraps().toUtf8()},
                                   std::pair{"enable.idempotence", QByteArray("true")},
                                   std::pair{"allow.auto.create.topics", QByteArray("true")},
                                   std::pair{"debug", QByteArray("protocol")}})
            QCOMPARE(rd_kafka_conf_set(conf, k, v.constData(), errstr, sizeof errstr), RD_KAFKA_CONF_OK);
        rd_kafka_conf_set_log_cb(conf, rawLog);
        rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr, sizeof errstr);
        QVERIFY(rk);
        exercise(rk, "created-by-control");
        rd_kafka_destroy(rk);
        g_sent = nullptr;
        QVERIFY(sent.any("InitProducerId"));
    }

    void monitorNeverWrites()
    {
        MockCluster cluster;
        SentRequests sent;
        g_sent = &sent;
        const auto stopRecording = qScopeGuard([] { g_sent = nullptr; });
        ClusterProfile profile;
        profile.bootstrapServers = cluster.bootstraps();
        profile.kafkaProperties = {{QStringLiteral("enable.idempotence"), QStringLiteral("true")},
                                   {QStringLiteral("allow.auto.create.topics"), QStringLiteral("true")},
                                   {QStringLiteral("transactional.id"), QStringLiteral("shared-tx")},
                                   {QStringLiteral("group.id"), QStringLiteral("shared-group")},
                                   {QStringLiteral("debug"), QStringLiteral("protocol")}};
        {
            KafkaHandle handle(profile);
            QVERIFY2(handle.handle(), qPrintable(handle.error()));
            QCOMPARE(confValue(handle.handle(), "enable.idempotence"), QStringLiteral("false"));
            QCOMPARE(confValue(handle.handle(), "allow.auto.create.topics"), QStringLiteral("false"));
            // Unset (librdkafka reports no value) or empty: in no case the shared file's.
            QVERIFY(confValue(handle.handle(), "transactional.id") != QLatin1String("shared-tx"));
            QVERIFY(confValue(handle.handle(), "group.id") != QLatin1String("shared-group"));
            QCOMPARE(handle.warnings().size(), 4);
            exercise(handle.handle(), "not-created-by-monitor");
        }
        g_sent = nullptr;
        QVERIFY(sent.any("Metadata")); // the debug lines were seen at all
        QVERIFY(!sent.any("InitProducerId"));
        QVERIFY(!sent.any("CreateTopics"));
        QVERIFY(!sent.any("JoinGroup"));
        // librdkafka 2.0.2's mock cluster creates every topic a Metadata request names, whatever
        // allow.auto.create.topics says, so that guard is checked on the handle's configuration above.
    }

    void readersNeverCommitOrJoin_data()
    {
        QTest::addColumn<int>("role");
        QTest::newRow("record reader") << int(KafkaHandle::Role::RecordReader);
        QTest::newRow("event reader") << int(KafkaHandle::Role::EventReader);
    }
    void readersNeverCommitOrJoin()
    {
        QFETCH(int, role);
        ClusterProfile profile;
        profile.bootstrapServers = QStringLiteral("127.0.0.1:1");
        profile.kafkaProperties = {{QStringLiteral("group.id"), QStringLiteral("shared-group")},
                                   {QStringLiteral("enable.auto.commit"), QStringLiteral("true")},
                                   {QStringLiteral("enable.auto.offset.store"), QStringLiteral("true")},
                                   {QStringLiteral("allow.auto.create.topics"), QStringLiteral("true")}};
        KafkaHandle handle(profile, KafkaHandle::Role(role));
        QVERIFY2(handle.handle(), qPrintable(handle.error()));
        QVERIFY(confValue(handle.handle(), "group.id") != QLatin1String("shared-group"));
        QCOMPARE(confValue(handle.handle(), "enable.auto.commit"), QStringLiteral("false"));
        QCOMPARE(confValue(handle.handle(), "enable.auto.offset.store"), QStringLiteral("false"));
        QCOMPARE(confValue(handle.handle(), "allow.auto.create.topics"), QStringLiteral("false"));
        QCOMPARE(handle.warnings().size(), 4);
    }

    void harmlessPropertiesApply()
    {
        ClusterProfile profile;
        profile.bootstrapServers = QStringLiteral("127.0.0.1:1");
        profile.kafkaProperties = {{QStringLiteral("client.id"), QStringLiteral("ops-dashboard")},
                                   {QStringLiteral("enable.idempotence"), QStringLiteral("false")}};
        KafkaHandle handle(profile);
        QVERIFY(handle.handle());
        QCOMPARE(confValue(handle.handle(), "client.id"), QStringLiteral("ops-dashboard"));
        QVERIFY(handle.warnings().isEmpty());
    }

    void checkPropertyNamesTyposAndHidesSecrets()
    {
        QString error;
        QVERIFY(
            !KafkaHandle::checkProperty(QStringLiteral("sasl.mechanismz"), QStringLiteral("PLAIN"), error));
        QVERIFY2(error.contains(QLatin1String("sasl.mechanismz")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("No such configuration property")), qPrintable(error));
        error.clear();
        QVERIFY(KafkaHandle::checkProperty(QStringLiteral("sasl.mechanism"), QStringLiteral("PLAIN"), error));
        QVERIFY(!KafkaHandle::checkProperty(QStringLiteral("ssl.key.password.typo"),
                                            QStringLiteral("hunter2"), error));
        QVERIFY(!error.contains(QLatin1String("hunter2")));
    }
};

QTEST_GUILESS_MAIN(TestKafkaHandleGuards)
#include "tst_kafkahandle_guards.moc"
