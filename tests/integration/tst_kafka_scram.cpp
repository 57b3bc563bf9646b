#include "KafkaCollector.h"
#include "SecuredKafkaViews.h"
#include "StackTools.h"
#include "TidewatchRun.h"

#include <librdkafka/rdkafka.h>

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Tidewatch;

namespace {

/// The refusals' request timeout: each must be named within it.
constexpr int kRequestTimeoutMs = 4000;
/// For the connections that must work: the first TLS and SASL handshakes of a freshly started node
/// on a loaded machine are slow (cold JIT), and one slow cycle is not what is tested here.
constexpr int kPatientTimeoutMs = 15000;

using namespace SecuredKafkaViews;

KafkaSnapshot collect(const QString &bootstrap, const Properties &properties,
                      int timeoutMs = kRequestTimeoutMs)
{
    return collectOnce(QStringLiteral("kafka3"), bootstrap, properties, timeoutMs);
}

TidewatchRun::Result runSnapshot(const QString &bootstrap, const QString &propertiesFile)
{
    return SecuredKafkaViews::runSnapshot(bootstrap, propertiesFile, kRequestTimeoutMs);
}

/// What the test writes to the Kafka 3.x node before it compares views: a topic with records in each
/// partition, and a group (never a member anywhere) with a different committed offset per partition.
const QString kTopic = QStringLiteral("tw3-scram-orders");
const QString kGroup = QStringLiteral("tw3-scram-readers");
constexpr int kPartitions = 3;
constexpr int kRecordsPerPartition = 12;
constexpr qint64 kCommitted[kPartitions] = {5, 7, 9};

const TopicInfo *findTopic(const KafkaSnapshot &s, const QString &name)
{
    for (const TopicInfo &t : s.topics) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

/// partition -> (committed offset, high watermark, lag) of kGroup on kTopic; empty without the group.
QMap<int, QList<qint64>> groupOffsets(const KafkaSnapshot &s)
{
    QMap<int, QList<qint64>> out;
    if (const ConsumerGroupInfo *g = findGroup(s, kGroup)) {
        for (const GroupPartitionLag &p : g->partitions) {
            if (p.topic == kTopic)
                out.insert(p.partition, {p.hasCommit ? p.committedOffset : -1, p.highWatermark, p.lag});
        }
    }
    return out;
}

} // namespace

/// SCRAM (SHA-512 and SHA-256) against the stack's single-node Kafka 3.x (`tidewatch-stack kafka3 up`,
/// the ctest fixture kafka3): with Debian 12's librdkafka 2.0.2 it logs in there, while Kafka 4.x
/// refuses the same client (tst_kafka_secure `scramSha512`), and it sees what plaintext sees.
class TestKafkaScram : public QObject
{
    Q_OBJECT

    StackTools::Kafka3Endpoints m_node;
    StackTools::SecureEndpoints m_secure;
    QTemporaryDir m_dir;

    Properties scramProperties(const QString &mechanism, const QString &password) const
    {
        return {{QStringLiteral("security.protocol"), QStringLiteral("SASL_SSL")},
                {QStringLiteral("sasl.mechanisms"), mechanism},
                {QStringLiteral("sasl.username"), m_secure.scramUser},
                {QStringLiteral("sasl.password"), password},
                {QStringLiteral("ssl.ca.location"), m_secure.caFile}};
    }
    QString propertiesFileFor(const QString &mechanism) const
    {
        return mechanism == QLatin1String("SCRAM-SHA-256") ? m_node.scramSha256Properties
                                                           : m_node.scramSha512Properties;
    }

    static void mechanisms()
    {
        QTest::addColumn<QString>("mechanism");
        QTest::newRow("SCRAM-SHA-512") << QStringLiteral("SCRAM-SHA-512");
        QTest::newRow("SCRAM-SHA-256") << QStringLiteral("SCRAM-SHA-256");
    }

private Q_SLOTS:
    void initTestCase()
    {
        const bool ci = qEnvironmentVariable("CI") == QLatin1String("1");
        m_node = StackTools::kafka3Endpoints();
        const StackTools::ToolResult status =
            StackTools::stack({QStringLiteral("kafka3"), QStringLiteral("status")});
        if (!m_node.valid() || status.exitCode != 0) {
            const QByteArray why =
                "no Kafka 3.x node runs for the stack in " + StackTools::runDir().toUtf8() +
                " (ctest's kafka3_up starts it: `stack/tidewatch-stack kafka3 up`): " + status.out.toUtf8() +
                status.err.toUtf8();
            if (ci)
                QFAIL(why.constData());
            QSKIP(why.constData());
        }
        if (QStandardPaths::findExecutable(QStringLiteral("kcat")).isEmpty()) {
            if (ci)
                QFAIL("kcat is missing (scripts/setup-deps.sh installs it)");
            QSKIP("kcat is not installed");
        }
        m_secure = StackTools::secureEndpoints();
        QVERIFY(!m_secure.scramUser.isEmpty() && !m_secure.scramPassword.isEmpty());
        QVERIFY(m_dir.isValid());
        // What this test is about: a 3.x broker. Its own log names the version it runs.
        QVERIFY2(m_node.version.startsWith(QLatin1String("3.")), qPrintable(m_node.version));
        QFile log(m_node.logFile);
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray versionLine = QByteArray("Kafka version: ").append(m_node.version.toUtf8());
        QVERIFY2(log.readAll().contains(versionLine), qPrintable(m_node.logFile));

        // The topic, its records and the group's commits, with kcat and Kafka's own tools (plaintext).
        const auto created =
            StackTools::stack({QStringLiteral("kafka3"), QStringLiteral("topics"), QStringLiteral("--create"),
                               QStringLiteral("--if-not-exists"), QStringLiteral("--topic"), kTopic,
                               QStringLiteral("--partitions"), QString::number(kPartitions),
                               QStringLiteral("--replication-factor"), QStringLiteral("1")});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        for (int p = 0; p < kPartitions; ++p) {
            QByteArray records;
            for (int i = 0; i < kRecordsPerPartition; ++i)
                records += QStringLiteral("order-%1:{\"partition\":%2,\"n\":%1}\n").arg(i).arg(p).toUtf8();
            QProcess kcat;
            kcat.start(QStringLiteral("kcat"),
                       {QStringLiteral("-P"), QStringLiteral("-b"), m_node.plaintext, QStringLiteral("-t"),
                        kTopic, QStringLiteral("-p"), QString::number(p), QStringLiteral("-K:")});
            QVERIFY(kcat.waitForStarted(10000));
            kcat.write(records);
            kcat.closeWriteChannel();
            QVERIFY(kcat.waitForFinished(60000));
            QVERIFY2(kcat.exitStatus() == QProcess::NormalExit && kcat.exitCode() == 0,
                     kcat.readAllStandardError().constData());
        }
        QByteArray csv;
        for (int p = 0; p < kPartitions; ++p)
            csv += kTopic.toUtf8() + ',' + QByteArray::number(p) + ',' + QByteArray::number(kCommitted[p]) +
                   '\n';
        const QString csvFile = m_dir.filePath(QStringLiteral("offsets.csv"));
        QVERIFY(writeFile(csvFile, csv));
        const auto committed =
            StackTools::stack({QStringLiteral("kafka3"), QStringLiteral("consumer-groups"),
                               QStringLiteral("--group"), kGroup, QStringLiteral("--reset-offsets"),
                               QStringLiteral("--from-file"), csvFile, QStringLiteral("--execute")});
        QVERIFY2(committed.exitCode == 0, qPrintable(committed.err));
        qInfo("librdkafka %s, Kafka %s node at %s / %s (cluster id %s)", rd_kafka_version_str(),
              qPrintable(m_node.version), qPrintable(m_node.plaintext), qPrintable(m_node.saslSsl),
              qPrintable(m_node.clusterId));
    }

    void sameViewAsPlaintext_data() { mechanisms(); }

    /// Plaintext, SCRAM, plaintext: the same cluster id, topics, partitions and replicas, the same groups,
    /// and the test group's committed offsets, watermarks and lag to the record (nothing writes to the
    /// node meanwhile). The broker is advertised on the listener the client came in on.
    void sameViewAsPlaintext()
    {
        QFETCH(QString, mechanism);
        const KafkaSnapshot before = collect(m_node.plaintext, {}, kPatientTimeoutMs);
        const KafkaSnapshot scram =
            collect(m_node.saslSsl, scramProperties(mechanism, m_secure.scramPassword), kPatientTimeoutMs);
        const KafkaSnapshot after = collect(m_node.plaintext, {}, kPatientTimeoutMs);
        QVERIFY2(before.status.reachable && after.status.reachable, qPrintable(before.status.error));
        QVERIFY2(scram.status.reachable, qPrintable(scram.status.error));
        QVERIFY2(scram.status.error.isEmpty(), qPrintable(scram.status.error));
        QVERIFY(scram.status.lastSuccessAt.isValid());

        QCOMPARE(before.clusterId, m_node.clusterId);
        QCOMPARE(scram.clusterId, before.clusterId);
        QCOMPARE(layout(scram), layout(before));
        QCOMPARE(layout(after), layout(before));
        const QMap<int, QList<int>> partitions = layout(scram).value(kTopic);
        QCOMPARE(partitions.size(), kPartitions);
        for (const QList<int> &replicas : partitions)
            QCOMPARE(replicas, QList<int>{1});

        QCOMPARE(scram.brokers.size(), 1);
        QCOMPARE(QStringLiteral("%1:%2").arg(scram.brokers.first().host).arg(scram.brokers.first().port),
                 m_node.saslSsl);
        QVERIFY(scram.brokers.first().reachable);

        QCOMPARE(groupIds(scram), groupIds(before));
        QCOMPARE(groupIds(after), groupIds(before));
        const ConsumerGroupInfo *group = findGroup(scram, kGroup);
        QVERIFY(group);
        QCOMPARE(group->state, QStringLiteral("Empty"));
        const QMap<int, QList<qint64>> offsets = groupOffsets(scram);
        QCOMPARE(offsets.size(), kPartitions);
        for (int p = 0; p < kPartitions; ++p) {
            const QList<qint64> &o = offsets.value(p);
            QCOMPARE(o.value(0), kCommitted[p]);
            QVERIFY2(o.value(1) >= kRecordsPerPartition, qPrintable(QString::number(o.value(1))));
            QCOMPARE(o.value(2), o.value(1) - kCommitted[p]);
        }
        QCOMPARE(groupOffsets(before), offsets);
        QCOMPARE(groupOffsets(after), offsets);
        const TopicInfo *topic = findTopic(scram, kTopic);
        const TopicInfo *plainTopic = findTopic(before, kTopic);
        QVERIFY(topic && plainTopic);
        // The partitions as Kafka describes them (the read times of the last stable offsets differ).
        const auto described = [](const TopicInfo &t) {
            QStringList rows;
            for (const PartitionInfo &p : t.partitions) {
                QStringList replicas, isr;
                for (int r : p.replicas)
                    replicas << QString::number(r);
                for (int r : p.isr)
                    isr << QString::number(r);
                rows << QStringLiteral("p%1 leader %2 replicas %3 isr %4 offsets %5..%6")
                            .arg(p.partition)
                            .arg(p.leader)
                            .arg(replicas.join(u','), isr.join(u','))
                            .arg(p.lowWatermark)
                            .arg(p.highWatermark);
            }
            return rows;
        };
        QCOMPARE(described(*topic), described(*plainTopic));
        qInfo("%s: %lld topics, %lld groups; %s committed %lld/%lld/%lld, lag %lld/%lld/%lld",
              qPrintable(mechanism), qlonglong(scram.topics.size()), qlonglong(scram.groups.size()),
              qPrintable(kGroup), offsets[0][0], offsets[1][0], offsets[2][0], offsets[0][2], offsets[1][2],
              offsets[2][2]);
    }

    void snapshotCommand_data() { mechanisms(); }

    /// `tidewatch snapshot --kafka-config FILE` with the client files `kafka3 up` writes: exit 0, the
    /// same cluster id, topics and groups as on plaintext.
    void snapshotCommand()
    {
        QFETCH(QString, mechanism);
        const TidewatchRun::Result plain = runSnapshot(m_node.plaintext, {}, kPatientTimeoutMs);
        const TidewatchRun::Result scram =
            runSnapshot(m_node.saslSsl, propertiesFileFor(mechanism), kPatientTimeoutMs);
        QVERIFY(plain.finished && scram.finished);
        QVERIFY2(plain.exitCode == 0, plain.err.constData());
        QVERIFY2(scram.exitCode == 0, scram.err.constData());
        const auto kafka = [](const QByteArray &json) {
            return QJsonDocument::fromJson(json).object().value(QStringLiteral("kafka")).toObject();
        };
        const auto names = [&](const QByteArray &json, const char *list, const char *key) {
            QStringList out;
            for (const QJsonValue &v : kafka(json).value(QLatin1String(list)).toArray())
                out << v.toObject().value(QLatin1String(key)).toString();
            return out;
        };
        QCOMPARE(kafka(scram.out).value(QStringLiteral("clusterId")).toString(), m_node.clusterId);
        QCOMPARE(kafka(plain.out).value(QStringLiteral("clusterId")).toString(), m_node.clusterId);
        QVERIFY(kafka(scram.out)
                    .value(QStringLiteral("status"))
                    .toObject()
                    .value(QStringLiteral("reachable"))
                    .toBool());
        QVERIFY(names(scram.out, "topics", "name").contains(kTopic));
        QCOMPARE(names(scram.out, "topics", "name"), names(plain.out, "topics", "name"));
        QVERIFY(names(scram.out, "groups", "groupId").contains(kGroup));
        QCOMPARE(names(scram.out, "groups", "groupId"), names(plain.out, "groups", "groupId"));
        qInfo("%s: tidewatch snapshot exited 0 after %lld ms (plaintext %lld ms)", qPrintable(mechanism),
              scram.elapsedMs, plain.elapsedMs);
    }

    void wrongPassword_data() { mechanisms(); }

    /// A wrong SCRAM password: the collector and `tidewatch snapshot` say "authentication failed" and
    /// the mechanism, within the request timeout, and nothing looks live.
    void wrongPassword()
    {
        QFETCH(QString, mechanism);
        const Properties properties = scramProperties(mechanism, QStringLiteral("not-the-password"));
        QElapsedTimer clock;
        clock.start();
        const KafkaSnapshot s = collect(m_node.saslSsl, properties);
        const qint64 collectorMs = clock.elapsed();
        QVERIFY(!s.status.reachable);
        QVERIFY(!s.status.lastSuccessAt.isValid());
        QVERIFY(s.topics.isEmpty() && s.groups.isEmpty());
        QVERIFY2(s.status.error.contains(QLatin1String("authentication failed"), Qt::CaseInsensitive),
                 qPrintable(s.status.error));
        QVERIFY2(s.status.error.contains(mechanism), qPrintable(s.status.error));
        qInfo("%s, wrong password: collector %lld ms (request timeout %d ms): %s", qPrintable(mechanism),
              collectorMs, kRequestTimeoutMs, qPrintable(s.status.error));

        QByteArray text;
        for (const auto &[key, value] : properties)
            text += key.toUtf8() + '=' + value.toUtf8() + '\n';
        const QString file = m_dir.filePath(QStringLiteral("wrong.properties"));
        QVERIFY(writeFile(file, text));
        const TidewatchRun::Result r = runSnapshot(m_node.saslSsl, file);
        QVERIFY2(r.finished, "tidewatch snapshot hung");
        QCOMPARE(r.exitCode, 1); // SnapshotUnreachable
        QVERIFY2(
            QString::fromUtf8(r.err).contains(QLatin1String("authentication failed"), Qt::CaseInsensitive),
            r.err.constData());
        const QJsonObject status = QJsonDocument::fromJson(r.out)
                                       .object()
                                       .value(QStringLiteral("kafka"))
                                       .toObject()
                                       .value(QStringLiteral("status"))
                                       .toObject();
        QCOMPARE(status.value(QStringLiteral("reachable")).toBool(true), false);
        QVERIFY(status.value(QStringLiteral("lastSuccessAt")).isNull());
        qInfo("%s, wrong password: snapshot command exited 1 after %lld ms", qPrintable(mechanism),
              r.elapsedMs);
    }
};

QTEST_GUILESS_MAIN(TestKafkaScram)
#include "tst_kafka_scram.moc"
