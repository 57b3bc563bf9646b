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
/// For the connections that must work: a freshly started broker on a loaded machine took over 4 s
/// for its first TLS and SASL handshake (cold JIT), and one slow cycle is not what is tested here.
constexpr int kPatientTimeoutMs = 15000;

using namespace SecuredKafkaViews;

KafkaSnapshot collect(const QString &bootstrap, const Properties &properties,
                      int timeoutMs = kRequestTimeoutMs)
{
    return collectOnce(QStringLiteral("stack"), bootstrap, properties, timeoutMs);
}

TidewatchRun::Result runSnapshot(const QString &bootstrap, const QString &propertiesFile)
{
    return SecuredKafkaViews::runSnapshot(bootstrap, propertiesFile, kRequestTimeoutMs);
}

bool runOpenssl(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("openssl"), args);
    return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace

/// The stack's SASL_SSL (SCRAM-SHA-512) and mTLS listeners: Tidewatch sees through them what it sees
/// on plaintext, and each kind of refusal comes back, within the request timeout, as an error that
/// names its cause and never as a live cluster.
class TestKafkaSecure : public QObject
{
    Q_OBJECT

    StackTools::SecureEndpoints m_endpoints;
    QTemporaryDir m_dir;
    QString m_rogueCa; ///< a CA the stack's broker certificates do not come from

    Properties saslProperties(const QString &password, const QString &ca,
                              const QString &mechanism = QStringLiteral("PLAIN")) const
    {
        return {{QStringLiteral("security.protocol"), QStringLiteral("SASL_SSL")},
                {QStringLiteral("sasl.mechanisms"), mechanism},
                {QStringLiteral("sasl.username"), m_endpoints.scramUser},
                {QStringLiteral("sasl.password"), password},
                {QStringLiteral("ssl.ca.location"), ca}};
    }
    Properties mtlsProperties(const QString &ca, bool withCertificate) const
    {
        Properties p{{QStringLiteral("security.protocol"), QStringLiteral("SSL")},
                     {QStringLiteral("ssl.ca.location"), ca}};
        if (withCertificate)
            p << qMakePair(QStringLiteral("ssl.certificate.location"), m_endpoints.clientCertFile)
              << qMakePair(QStringLiteral("ssl.key.location"), m_endpoints.clientKeyFile);
        return p;
    }
    QString writeProperties(const QString &name, const Properties &properties) const
    {
        QByteArray text;
        for (const auto &[key, value] : properties)
            text += key.toUtf8() + '=' + value.toUtf8() + '\n';
        const QString path = m_dir.filePath(name);
        return writeFile(path, text) ? path : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const bool ci = qEnvironmentVariable("CI") == QLatin1String("1");
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty()) {
            if (ci)
                QFAIL("openssl is missing (scripts/setup-deps.sh installs it)");
            QSKIP("openssl is not installed");
        }
        m_endpoints = StackTools::secureEndpoints();
        if (!m_endpoints.valid()) {
            const QByteArray why = "the stack in " + StackTools::runDir().toUtf8() +
                                   " has no secured listeners (started before they existed): run "
                                   "`stack/tidewatch-stack down` and `up`";
            if (ci)
                QFAIL(why.constData());
            QSKIP(why.constData());
        }
        QVERIFY(m_dir.isValid());
        m_rogueCa = m_dir.filePath(QStringLiteral("rogue-ca.pem"));
        QVERIFY(
            runOpenssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-new"),
                        QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                        QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                        QStringLiteral("-keyout"), m_dir.filePath(QStringLiteral("rogue-ca.key")),
                        QStringLiteral("-subj"), QStringLiteral("/CN=not the stack's CA"),
                        QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-out"), m_rogueCa}));
    }

    void sameViewAsPlaintext_data()
    {
        QTest::addColumn<QString>("listener");
        QTest::newRow("SASL_SSL with PLAIN") << QStringLiteral("sasl_ssl");
        QTest::newRow("mTLS (client certificate)") << QStringLiteral("mtls");
    }

    /// Plaintext before and after, the secured listener in between: the same topics and partitions,
    /// every group seen on plaintext both times is seen, and a quiet group's committed offsets are
    /// the same with its lag between the two plaintext figures.
    void sameViewAsPlaintext()
    {
        QFETCH(QString, listener);
        const bool sasl = listener == QLatin1String("sasl_ssl");
        const QString bootstrap = sasl ? m_endpoints.saslSsl : m_endpoints.mtls;
        const Properties properties = sasl ? saslProperties(m_endpoints.scramPassword, m_endpoints.caFile)
                                           : mtlsProperties(m_endpoints.caFile, true);

        const KafkaSnapshot before = collect(m_endpoints.plaintext, {}, kPatientTimeoutMs);
        const KafkaSnapshot secure = collect(bootstrap, properties, kPatientTimeoutMs);
        const KafkaSnapshot after = collect(m_endpoints.plaintext, {}, kPatientTimeoutMs);
        QVERIFY2(before.status.reachable && after.status.reachable, qPrintable(before.status.error));
        QVERIFY2(secure.status.reachable, qPrintable(secure.status.error));
        QVERIFY(secure.status.error.isEmpty());

        QCOMPARE(secure.clusterId, before.clusterId);
        QCOMPARE(layout(secure), layout(before));
        QCOMPARE(layout(after), layout(before));
        QVERIFY(layout(secure).contains(QStringLiteral("orders")));
        // The brokers advertise the listener the client came in on.
        QCOMPARE(secure.brokers.size(), before.brokers.size());
        const QStringList ports = bootstrap.split(QLatin1Char(','));
        for (const BrokerInfo &b : secure.brokers) {
            QVERIFY2(ports.contains(QStringLiteral("%1:%2").arg(b.host).arg(b.port)),
                     qPrintable(QStringLiteral("broker %1 at %2:%3").arg(b.id).arg(b.host).arg(b.port)));
            QVERIFY(b.reachable);
        }

        const QSet<QString> common = groupIds(before) & groupIds(after);
        const QSet<QString> seen = groupIds(secure);
        QVERIFY(common.contains(QStringLiteral("tw-no-members")));
        QVERIFY2(seen.contains(common), "a group seen on plaintext before and after is missing");
        QVERIFY2((groupIds(before) | groupIds(after)).contains(seen), "a group only the secured view has");

        // tw-no-members never commits again: the same offsets, the lag between the plaintext figures.
        int compared = 0;
        for (const QString &id : common) {
            const ConsumerGroupInfo *b = findGroup(before, id);
            const ConsumerGroupInfo *a = findGroup(after, id);
            const ConsumerGroupInfo *s = findGroup(secure, id);
            QVERIFY(s);
            if (b->state != QLatin1String("Empty") || a->state != QLatin1String("Empty"))
                continue;
            bool quiet = b->partitions.size() == a->partitions.size();
            for (qsizetype i = 0; quiet && i < b->partitions.size(); ++i)
                quiet = b->partitions[i].committedOffset == a->partitions[i].committedOffset;
            if (!quiet)
                continue;
            QCOMPARE(s->partitions.size(), b->partitions.size());
            for (qsizetype i = 0; i < s->partitions.size(); ++i) {
                const GroupPartitionLag &sp = s->partitions[i];
                QCOMPARE(sp.topic, b->partitions[i].topic);
                QCOMPARE(sp.partition, b->partitions[i].partition);
                QCOMPARE(sp.committedOffset, b->partitions[i].committedOffset);
                QVERIFY2(sp.lag >= b->partitions[i].lag && sp.lag <= a->partitions[i].lag,
                         qPrintable(QStringLiteral("%1 %2-%3: lag %4 not within [%5, %6]")
                                        .arg(id, sp.topic)
                                        .arg(sp.partition)
                                        .arg(sp.lag)
                                        .arg(b->partitions[i].lag)
                                        .arg(a->partitions[i].lag)));
                ++compared;
            }
        }
        QVERIFY(compared >= 6); // at least tw-no-members' six partitions of orders
        qInfo("%s: %lld topics, %lld groups, %d quiet partitions compared", qPrintable(listener),
              qlonglong(secure.topics.size()), qlonglong(secure.groups.size()), compared);
    }

    void snapshotCommand_data() { sameViewAsPlaintext_data(); }

    /// `tidewatch snapshot --kafka-config FILE` with the stack's own client files.
    void snapshotCommand()
    {
        QFETCH(QString, listener);
        const bool sasl = listener == QLatin1String("sasl_ssl");
        const TidewatchRun::Result plain = runSnapshot(m_endpoints.plaintext, {}, kPatientTimeoutMs);
        const TidewatchRun::Result secure =
            runSnapshot(sasl ? m_endpoints.saslSsl : m_endpoints.mtls,
                        sasl ? m_endpoints.saslSslProperties : m_endpoints.mtlsProperties, kPatientTimeoutMs);
        QVERIFY(plain.finished && secure.finished);
        QVERIFY2(plain.exitCode == 0, plain.err.constData());
        QVERIFY2(secure.exitCode == 0, secure.err.constData());
        const auto names = [](const QByteArray &json, const char *list, const char *key) {
            QStringList out;
            const QJsonObject kafka =
                QJsonDocument::fromJson(json).object().value(QStringLiteral("kafka")).toObject();
            for (const QJsonValue &v : kafka.value(QLatin1String(list)).toArray())
                out << v.toObject().value(QLatin1String(key)).toString();
            return out;
        };
        QVERIFY(!names(plain.out, "topics", "name").isEmpty());
        QCOMPARE(names(secure.out, "topics", "name"), names(plain.out, "topics", "name"));
        const QStringList groups = names(secure.out, "groups", "groupId");
        for (const char *g : {"tw-keeps-up", "tw-falls-behind", "tw-stopped-committing", "tw-no-members"})
            QVERIFY2(groups.contains(QLatin1String(g)), g);
    }

    /// SCRAM-SHA-512 with the right password: librdkafka before 2.6.1 computes a proof Kafka 4.x
    /// rejects (it repeats the client nonce; librdkafka PR 4895), so with Debian 12's 2.0.2 the login
    /// fails and must say so; from 2.6.1 on it must work. A 4.x broker that began to accept 2.0.2
    /// fails this test. The same client and credential log in to Kafka 3.9.2: tst_kafka_scram.
    void scramSha512()
    {
        const KafkaSnapshot s =
            collect(m_endpoints.saslSsl, saslProperties(m_endpoints.scramPassword, m_endpoints.caFile,
                                                        QStringLiteral("SCRAM-SHA-512")));
        qInfo("librdkafka %s, SCRAM-SHA-512: %s", rd_kafka_version_str(),
              s.status.reachable ? "logged in" : qPrintable(s.status.error));
        if (rd_kafka_version() >= 0x020601ff) {
            QVERIFY2(s.status.reachable, qPrintable(s.status.error));
            QVERIFY(!s.topics.isEmpty());
        } else {
            QVERIFY(!s.status.reachable);
            QVERIFY2(s.status.error.contains(QLatin1String("authentication failed"), Qt::CaseInsensitive),
                     qPrintable(s.status.error));
            // The credential itself is right: Kafka's own (Java) client logs in with it.
            const QByteArray java =
                "security.protocol=SASL_SSL\nsasl.mechanism=SCRAM-SHA-512\n"
                "sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required "
                "username=\"" +
                m_endpoints.scramUser.toUtf8() + "\" password=\"" + m_endpoints.scramPassword.toUtf8() +
                "\";\nssl.truststore.type=PEM\nssl.truststore.location=" + m_endpoints.caFile.toUtf8() + '\n';
            const QString config = m_dir.filePath(QStringLiteral("java-scram.properties"));
            QVERIFY(writeFile(config, java));
            const auto listed = StackTools::stack(
                {QStringLiteral("topics"), QStringLiteral("--bootstrap-server"), m_endpoints.saslSsl,
                 QStringLiteral("--command-config"), config, QStringLiteral("--list")});
            QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
            QVERIFY(listed.out.split(QLatin1Char('\n')).contains(QStringLiteral("orders")));
        }
    }

    void refused_data()
    {
        QTest::addColumn<QString>("listener");
        QTest::addColumn<QString>("mistake");
        QTest::addColumn<QString>("cause");
        QTest::newRow("wrong SASL password") << "sasl_ssl"
                                             << "password"
                                             << "authentication failed";
        QTest::newRow("SASL_SSL, untrusted broker certificate") << "sasl_ssl"
                                                                << "ca"
                                                                << "certificate verify failed";
        QTest::newRow("mTLS, untrusted broker certificate") << "mtls"
                                                            << "ca"
                                                            << "certificate verify failed";
        QTest::newRow("mTLS, no client certificate") << "mtls"
                                                     << "certificate"
                                                     << "handshake failure";
        QTest::newRow("TLS client on a plaintext listener") << "plaintext"
                                                            << "protocol"
                                                            << "security.protocol";
    }

    /// Each refusal: the collector and `tidewatch snapshot` name the cause, within the request timeout,
    /// and nothing looks live.
    void refused()
    {
        QFETCH(QString, listener);
        QFETCH(QString, mistake);
        QFETCH(QString, cause);
        const bool sasl = listener == QLatin1String("sasl_ssl");
        const QString bootstrap = sasl                                ? m_endpoints.saslSsl
                                  : listener == QLatin1String("mtls") ? m_endpoints.mtls
                                                                      : m_endpoints.plaintext;
        Properties properties;
        if (mistake == QLatin1String("password"))
            properties = saslProperties(QStringLiteral("not-the-password"), m_endpoints.caFile);
        else if (mistake == QLatin1String("ca"))
            properties =
                sasl ? saslProperties(m_endpoints.scramPassword, m_rogueCa) : mtlsProperties(m_rogueCa, true);
        else if (mistake == QLatin1String("certificate"))
            properties = mtlsProperties(m_endpoints.caFile, false);
        else // "protocol": TLS where the listener speaks PLAINTEXT
            properties = mtlsProperties(m_endpoints.caFile, true);

        QElapsedTimer clock;
        clock.start();
        const KafkaSnapshot s = collect(bootstrap, properties);
        const qint64 collectorMs = clock.elapsed();
        QVERIFY(!s.status.reachable);
        QVERIFY(!s.status.lastSuccessAt.isValid());
        QVERIFY(s.topics.isEmpty() && s.groups.isEmpty());
        QVERIFY2(s.status.error.contains(cause, Qt::CaseInsensitive), qPrintable(s.status.error));

        const TidewatchRun::Result r =
            runSnapshot(bootstrap, writeProperties(QStringLiteral("bad.properties"), properties));
        QVERIFY2(r.finished, "tidewatch snapshot hung");
        QCOMPARE(r.exitCode, 1); // SnapshotUnreachable
        QVERIFY2(QString::fromUtf8(r.err).contains(cause, Qt::CaseInsensitive), r.err.constData());
        const QJsonObject kafka =
            QJsonDocument::fromJson(r.out).object().value(QStringLiteral("kafka")).toObject();
        const QJsonObject status = kafka.value(QStringLiteral("status")).toObject();
        QCOMPARE(status.value(QStringLiteral("reachable")).toBool(true), false);
        QVERIFY(status.value(QStringLiteral("lastSuccessAt")).isNull());
        qInfo("%s: collector %lld ms, snapshot command %lld ms (request timeout %d ms): %s",
              QTest::currentDataTag(), collectorMs, r.elapsedMs, kRequestTimeoutMs,
              qPrintable(s.status.error));
    }
};

QTEST_GUILESS_MAIN(TestKafkaSecure)
#include "tst_kafka_secure.moc"
