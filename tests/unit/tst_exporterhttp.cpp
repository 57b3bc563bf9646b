#include "Exporter.h"

#include <QAuthenticator>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Tidewatch;

namespace {

struct Reply
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QString error;
};

/// GET @p url, optionally with basic auth and a trusted CA (the test's own certificate).
Reply get(const QString &url, const QString &user = {}, const QString &password = {},
          const QList<QSslCertificate> &trusted = {})
{
    QNetworkAccessManager manager;
    QNetworkRequest request{QUrl(url)};
    if (!user.isEmpty())
        request.setRawHeader("Authorization", "Basic " + (user + u':' + password).toUtf8().toBase64());
    if (!trusted.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(trusted);
        request.setSslConfiguration(ssl);
    }
    request.setTransferTimeout(10000);
    QNetworkReply *reply = manager.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Reply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    if (reply->error() != QNetworkReply::NoError)
        out.error = reply->errorString();
    delete reply;
    return out;
}

QString requireTool(const char *name)
{
    const QString path = QStandardPaths::findExecutable(QLatin1String(name));
    if (path.isEmpty() && qEnvironmentVariableIsSet("CI"))
        qFatal("%s is not installed (scripts/setup-deps.sh installs it)", name);
    return path;
}

KafkaSnapshot snapshot()
{
    KafkaSnapshot s;
    s.clusterName = QStringLiteral("local \"quoted\"");
    s.status.reachable = true;
    s.status.lastSuccessAt = QDateTime::currentDateTimeUtc();
    BrokerInfo b;
    b.id = 1;
    b.rttMs = 1.5;
    s.brokers = {b};
    TopicInfo t;
    t.name = QStringLiteral("orders");
    PartitionInfo p;
    p.partition = 0;
    p.leader = 1;
    p.replicas = {1};
    p.isr = {1};
    p.lowWatermark = 0;
    p.highWatermark = 42;
    t.partitions = {p};
    s.topics = {t};
    ConsumerGroupInfo g;
    g.groupId = QStringLiteral("billing");
    GroupPartitionLag l;
    l.topic = t.name;
    l.partition = 0;
    l.hasCommit = true;
    l.committedOffset = 40;
    l.lag = 2;
    g.partitions = {l};
    g.totalLag = 2;
    g.maxLag = 2;
    s.groups = {g};
    return s;
}

} // namespace

class TestExporterHttp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scrapePassesPromtool();
    void basicAuth_data();
    void basicAuth();
    void takenPortIsAClearError();
    void badListenAddress();
    void tls();
};

void TestExporterHttp::scrapePassesPromtool()
{
    Exporter exporter(QStringLiteral("1.2.3"));
    QString error;
    ExporterConfig config;
    config.listen = QStringLiteral("127.0.0.1:0");
    QVERIFY2(exporter.start(config, error), qPrintable(error));
    QVERIFY(exporter.port() > 0);
    QCOMPARE(exporter.address(), QStringLiteral("127.0.0.1:") + QString::number(exporter.port()));
    exporter.setKafkaSnapshot(snapshot(), 60000);
    exporter.waitForPublished(); // converted on the exporter's worker thread
    ActiveAlert a;
    a.ruleName = QStringLiteral("Lag");
    a.state = AlertState::Firing;
    a.activeSinceMs = 1000;
    a.labels = {{QStringLiteral("alertname"), QStringLiteral("Lag")},
                {QStringLiteral("severity"), QStringLiteral("warning")}};
    exporter.setAlerts({a});

    const Reply reply = get(QStringLiteral("http://%1/metrics").arg(exporter.address()));
    QCOMPARE(reply.status, 200);
    QVERIFY2(reply.contentType.startsWith("text/plain"), reply.contentType.constData());
    const QByteArray &body = reply.body;
    QVERIFY2(
        body.contains("kafka_consumergroup_lag{cluster=\"local \\\"quoted\\\"\",consumergroup=\"billing\","
                      "partition=\"0\",topic=\"orders\"} 2\n"),
        body.constData());
    QVERIFY(body.contains("tidewatch_source_up{cluster=\"local \\\"quoted\\\"\",source=\"kafka\"} 1\n"));
    QVERIFY(
        body.contains("tidewatch_alerts{alertname=\"Lag\",alertstate=\"firing\",severity=\"warning\"} 1\n"));
    QVERIFY(body.contains("tidewatch_build_info{version=\"1.2.3\"} 1\n"));
    QVERIFY(body.contains("exposer_scrapes_total")); // prometheus-cpp's own self-metrics

    const QString promtool = requireTool("promtool");
    if (promtool.isEmpty())
        QSKIP("promtool is not installed");
    QProcess check;
    check.start(promtool, {QStringLiteral("check"), QStringLiteral("metrics")});
    QVERIFY(check.waitForStarted());
    check.write(body);
    check.closeWriteChannel();
    QVERIFY(check.waitForFinished(30000));
    QVERIFY2(check.exitCode() == 0,
             QByteArray(check.readAllStandardOutput() + check.readAllStandardError()).constData());

    // A series that leaves the snapshot leaves the next scrape: nothing is frozen in a registry.
    KafkaSnapshot fewer = snapshot();
    fewer.groups.clear();
    exporter.setKafkaSnapshot(fewer, 60000);
    exporter.waitForPublished();
    QVERIFY(!get(QStringLiteral("http://%1/metrics").arg(exporter.address()))
                 .body.contains("consumergroup=\"billing\""));
}

void TestExporterHttp::basicAuth_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("status");
    QTest::newRow("no credentials: 401") << QString() << QString() << 401;
    QTest::newRow("wrong password: 401") << QStringLiteral("prometheus") << QStringLiteral("s3creT") << 401;
    QTest::newRow("wrong user: 401") << QStringLiteral("prometheuz") << QStringLiteral("s3cret") << 401;
    QTest::newRow("longer password: 401") << QStringLiteral("prometheus") << QStringLiteral("s3cret!") << 401;
    QTest::newRow("right ones: 200") << QStringLiteral("prometheus") << QStringLiteral("s3cret") << 200;
}

void TestExporterHttp::basicAuth()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(int, status);
    Exporter exporter(QStringLiteral("1"));
    ExporterConfig config;
    config.listen = QStringLiteral("127.0.0.1:0");
    config.user = QStringLiteral("prometheus");
    config.password = QStringLiteral("s3cret");
    QString error;
    QVERIFY2(exporter.start(config, error), qPrintable(error));
    const Reply reply = get(QStringLiteral("http://%1/metrics").arg(exporter.address()), user, password);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.body.contains("tidewatch_build_info"), status == 200);
}

void TestExporterHttp::takenPortIsAClearError()
{
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
    const QString address = QStringLiteral("127.0.0.1:") + QString::number(taken.serverPort());
    Exporter exporter(QStringLiteral("1"));
    ExporterConfig config;
    config.listen = address;
    QString error;
    QVERIFY(!exporter.start(config, error));
    QVERIFY(!exporter.isListening());
    QVERIFY2(error.contains(address), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("in use")), qPrintable(error)); // the cause, not CivetWeb's guess
}

void TestExporterHttp::badListenAddress()
{
    for (const char *listen : {"9464", "127.0.0.1:", "127.0.0.1:70000", "::1:9464", "host name:x"}) {
        Exporter exporter(QStringLiteral("1"));
        ExporterConfig config;
        config.listen = QLatin1String(listen);
        QString error;
        QVERIFY2(!exporter.start(config, error), listen);
        QVERIFY2(error.contains(QLatin1String(listen)), qPrintable(error));
    }
}

void TestExporterHttp::tls()
{
    // openssl only makes the test's certificate; the set-up does not install it, so it may skip.
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("openssl is not installed");
    QTemporaryDir dir;
    const QString key = dir.filePath(QStringLiteral("key.pem"));
    const QString cert = dir.filePath(QStringLiteral("cert.pem"));
    QProcess gen;
    gen.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                        QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                        QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                        QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                        QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert});
    QVERIFY(gen.waitForFinished(60000));
    QCOMPARE(gen.exitCode(), 0);
    QFile pem(dir.filePath(QStringLiteral("exporter.pem")));
    QVERIFY(pem.open(QIODevice::WriteOnly));
    for (const QString &part : {cert, key}) {
        QFile f(part);
        QVERIFY(f.open(QIODevice::ReadOnly));
        pem.write(f.readAll());
    }
    pem.close();

    Exporter exporter(QStringLiteral("1"));
    ExporterConfig config;
    config.listen = QStringLiteral("127.0.0.1:0");
    config.tlsCertificate = pem.fileName();
    QString error;
    if (!exporter.start(config, error)) {
        // Debian 12's CivetWeb 1.15 loads libssl.so at run time by OpenSSL 1.1 symbol names, and
        // OpenSSL 3 has no SSL_get_peer_certificate: it cannot serve TLS. The error must say so.
        QVERIFY2(error.contains(QLatin1String("cannot listen on 127.0.0.1:0")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("SSL")), qPrintable(error)); // CivetWeb's own reason
        QVERIFY(!exporter.isListening());
        QSKIP(qPrintable(QStringLiteral("CivetWeb cannot serve TLS here: ") + error));
    }
    const QList<QSslCertificate> trusted = QSslCertificate::fromPath(cert);
    QCOMPARE(trusted.size(), 1);
    const Reply reply = get(QStringLiteral("https://%1/metrics").arg(exporter.address()), {}, {}, trusted);
    QVERIFY2(reply.status == 200, qPrintable(reply.error));
    QVERIFY(reply.body.contains("tidewatch_build_info"));
}

QTEST_GUILESS_MAIN(TestExporterHttp)
#include "tst_exporterhttp.moc"
