#include "Exporter.h"

#include <QAuthenticator>
#include <QEventLoop>
#include <QFile>
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
    void tlsScrape();
    void tlsLargeScrape();
    void tlsBasicAuth_data();
    void tlsBasicAuth();
    void tlsSeparateKeyFile();
    void tlsBadFiles_data();
    void tlsBadFiles();
    void tlsTakenPort();
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

namespace {

/// A self-signed certificate for 127.0.0.1 in @p dir: cert.pem, key.pem and exporter.pem (both).
/// Empty when openssl is missing (fatal under CI).
QString makeCertificate(const QTemporaryDir &dir, const QString &name = QStringLiteral("exporter"))
{
    const QString openssl = requireTool("openssl");
    if (openssl.isEmpty())
        return {};
    const QString key = dir.filePath(name + QStringLiteral(".key"));
    const QString cert = dir.filePath(name + QStringLiteral(".crt"));
    QProcess gen;
    gen.start(openssl,
              {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
               QStringLiteral("ec"), QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
               QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("1"),
               QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
               QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-keyout"), key,
               QStringLiteral("-out"), cert});
    if (!gen.waitForFinished(60000) || gen.exitCode() != 0)
        qFatal("openssl req failed: %s", gen.readAllStandardError().constData());
    QFile pem(dir.filePath(name + QStringLiteral(".pem")));
    if (!pem.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(pem.fileName()));
    for (const QString &part : {cert, key}) {
        QFile f(part);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(part));
        pem.write(f.readAll());
    }
    return pem.fileName();
}

QList<QSslCertificate> trustedCertificate(const QTemporaryDir &dir)
{
    return QSslCertificate::fromPath(dir.filePath(QStringLiteral("exporter.crt")));
}

bool passesPromtool(const QByteArray &body, QString &output)
{
    const QString promtool = requireTool("promtool");
    if (promtool.isEmpty()) {
        output = QStringLiteral("promtool is not installed");
        return true;
    }
    QProcess check;
    check.start(promtool, {QStringLiteral("check"), QStringLiteral("metrics")});
    if (!check.waitForStarted())
        return false;
    check.write(body);
    check.closeWriteChannel();
    check.waitForFinished(30000);
    output = QString::fromUtf8(check.readAllStandardOutput() + check.readAllStandardError());
    return check.exitStatus() == QProcess::NormalExit && check.exitCode() == 0;
}

} // namespace

void TestExporterHttp::tlsScrape()
{
    QTemporaryDir dir;
    const QString pem = makeCertificate(dir);
    if (pem.isEmpty()) {
        if (qEnvironmentVariableIsSet("CI"))
            QFAIL("openssl is not installed (scripts/setup-deps.sh installs it)");
        QSKIP("openssl is not installed");
    }
    Exporter exporter(QStringLiteral("1.2.3"));
    ExporterConfig config;
    config.listen = QStringLiteral("127.0.0.1:0");
    config.tlsCertificate = pem; // one file with the certificate and its key
    QString error;
    QVERIFY2(exporter.start(config, error), qPrintable(error));
    QVERIFY(exporter.port() > 0);
    QCOMPARE(exporter.url(), QStringLiteral("https://127.0.0.1:%1/metrics").arg(exporter.port()));
    QVERIFY(exporter.internalPort() > 0);
    QVERIFY(exporter.internalPort() != exporter.port());
    exporter.setKafkaSnapshot(snapshot(), 60000);
    exporter.waitForPublished();

    const Reply reply = get(exporter.url(), {}, {}, trustedCertificate(dir));
    QVERIFY2(reply.status == 200, qPrintable(reply.error));
    QVERIFY2(reply.contentType.startsWith("text/plain"), reply.contentType.constData());
    QVERIFY(reply.body.contains("tidewatch_build_info{version=\"1.2.3\"} 1\n"));
    QVERIFY(reply.body.contains(
        "kafka_consumergroup_lag{cluster=\"local \\\"quoted\\\"\",consumergroup=\"billing\","
        "partition=\"0\",topic=\"orders\"} 2\n"));
    QString output;
    QVERIFY2(passesPromtool(reply.body, output), qPrintable(output));

    // Without trusting the self-signed certificate, the client refuses it: it is really TLS.
    QVERIFY(get(exporter.url()).status != 200);
    // Plain HTTP to the TLS port gets no answer from /metrics.
    const Reply plain = get(QStringLiteral("http://%1/metrics").arg(exporter.address()));
    QVERIFY2(plain.status == 0 && !plain.error.isEmpty(), plain.body.constData());
    // The tunnel survives the bad client: the next scrape works.
    QCOMPARE(get(exporter.url(), {}, {}, trustedCertificate(dir)).status, 200);
}

void TestExporterHttp::tlsLargeScrape()
{
    QTemporaryDir dir;
    const QString pem = makeCertificate(dir);
    if (pem.isEmpty()) {
        if (qEnvironmentVariableIsSet("CI"))
            QFAIL("openssl is not installed (scripts/setup-deps.sh installs it)");
        QSKIP("openssl is not installed");
    }
    Exporter exporter(QStringLiteral("1"));
    ExporterConfig config;
    config.listen = QStringLiteral("127.0.0.1:0");
    config.tlsCertificate = pem;
    QString error;
    QVERIFY2(exporter.start(config, error), qPrintable(error));
    // Bigger than the tunnel's buffers several times over: the back-pressure path has to work.
    KafkaSnapshot s = snapshot();
    const PartitionInfo one = s.topics.front().partitions.front();
    s.topics.front().partitions.clear();
    for (int p = 0; p < 8000; ++p) {
        PartitionInfo copy = one;
        copy.partition = p;
        s.topics.front().partitions.append(copy);
    }
    exporter.setKafkaSnapshot(s, 60000);
    exporter.waitForPublished();
    const Reply reply = get(exporter.url(), {}, {}, trustedCertificate(dir));
    QVERIFY2(reply.status == 200, qPrintable(reply.error));
    QVERIFY2(reply.body.size() > 4 * TlsTunnel::kBufferBytes,
             QByteArray::number(reply.body.size()).constData());
    QVERIFY(reply.body.contains("partition=\"7999\""));
    QVERIFY(reply.body.endsWith('\n'));
}

void TestExporterHttp::tlsBasicAuth_data()
{
    QTest::addColumn<bool>("internal");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("status");
    QTest::newRow("over TLS, no credentials: 401") << false << QString() << QString() << 401;
    QTest::newRow("over TLS, wrong password: 401")
        << false << QStringLiteral("prometheus") << QStringLiteral("x") << 401;
    QTest::newRow("over TLS, right ones: 200")
        << false << QStringLiteral("prometheus") << QStringLiteral("s3cret") << 200;
    QTest::newRow("internal listener, no credentials: 401") << true << QString() << QString() << 401;
}

void TestExporterHttp::tlsBasicAuth()
{
    QFETCH(bool, internal);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(int, status);
    QTemporaryDir dir;
    const QString pem = makeCertificate(dir);
    if (pem.isEmpty()) {
        if (qEnvironmentVariableIsSet("CI"))
            QFAIL("openssl is not installed (scripts/setup-deps.sh installs it)");
        QSKIP("openssl is not installed");
    }
    Exporter exporter(QStringLiteral("1"));
    ExporterConfig config;
    config.listen = QStringLiteral("127.0.0.1:0");
    config.tlsCertificate = pem;
    config.user = QStringLiteral("prometheus");
    config.password = QStringLiteral("s3cret");
    QString error;
    QVERIFY2(exporter.start(config, error), qPrintable(error));
    // The internal listener checks the credentials itself: bypassing the tunnel gains nothing.
    const QString url = internal ? QStringLiteral("http://127.0.0.1:%1/metrics").arg(exporter.internalPort())
                                 : exporter.url();
    const Reply reply = get(url, user, password, trustedCertificate(dir));
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.body.contains("tidewatch_build_info"), status == 200);
}

void TestExporterHttp::tlsSeparateKeyFile()
{
    QTemporaryDir dir;
    if (makeCertificate(dir).isEmpty())
        QSKIP("openssl is not installed");
    Exporter exporter(QStringLiteral("1"));
    ExporterConfig config;
    config.listen = QStringLiteral("127.0.0.1:0");
    config.tlsCertificate = dir.filePath(QStringLiteral("exporter.crt"));
    config.tlsKey = dir.filePath(QStringLiteral("exporter.key"));
    QString error;
    QVERIFY2(exporter.start(config, error), qPrintable(error));
    const Reply reply = get(exporter.url(), {}, {}, trustedCertificate(dir));
    QVERIFY2(reply.status == 200, qPrintable(reply.error));
}

void TestExporterHttp::tlsBadFiles_data()
{
    QTest::addColumn<QString>("certificate"); // file names in the test's directory
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing certificate file")
        << QStringLiteral("missing.pem") << QString() << QStringLiteral("cannot read %1/missing.pem");
    QTest::newRow("no certificate in the file") << QStringLiteral("exporter.key") << QString()
                                                << QStringLiteral("%1/exporter.key holds no PEM certificate");
    QTest::newRow("certificate without its key")
        << QStringLiteral("exporter.crt") << QString()
        << QStringLiteral("%1/exporter.crt holds no unencrypted PEM private key");
    QTest::newRow("missing key file") << QStringLiteral("exporter.crt") << QStringLiteral("missing.key")
                                      << QStringLiteral("cannot read %1/missing.key");
    QTest::newRow("key of another certificate")
        << QStringLiteral("exporter.crt") << QStringLiteral("other.key")
        << QStringLiteral("the private key does not fit the certificate");
}

void TestExporterHttp::tlsBadFiles()
{
    QFETCH(QString, certificate);
    QFETCH(QString, key);
    QFETCH(QString, message);
    QTemporaryDir dir;
    if (makeCertificate(dir).isEmpty() || makeCertificate(dir, QStringLiteral("other")).isEmpty())
        QSKIP("openssl is not installed");
    Exporter exporter(QStringLiteral("1"));
    ExporterConfig config;
    config.listen = QStringLiteral("127.0.0.1:0");
    config.tlsCertificate = dir.filePath(certificate);
    config.tlsKey = key.isEmpty() ? QString() : dir.filePath(key);
    QString error;
    QVERIFY(!exporter.start(config, error));
    QVERIFY(!exporter.isListening());
    QVERIFY2(error.startsWith(QLatin1String("cannot listen on 127.0.0.1:0: ")), qPrintable(error));
    QVERIFY2(error.contains(message.contains(QLatin1String("%1")) ? message.arg(dir.path()) : message),
             qPrintable(error));
}

void TestExporterHttp::tlsTakenPort()
{
    QTemporaryDir dir;
    const QString pem = makeCertificate(dir);
    if (pem.isEmpty()) {
        if (qEnvironmentVariableIsSet("CI"))
            QFAIL("openssl is not installed (scripts/setup-deps.sh installs it)");
        QSKIP("openssl is not installed");
    }
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
    const QString address = QStringLiteral("127.0.0.1:") + QString::number(taken.serverPort());
    Exporter exporter(QStringLiteral("1"));
    ExporterConfig config;
    config.listen = address;
    config.tlsCertificate = pem;
    QString error;
    QVERIFY(!exporter.start(config, error));
    QVERIFY(!exporter.isListening());
    QVERIFY2(error.startsWith(QStringLiteral("cannot listen on ") + address), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("in use")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestExporterHttp)
#include "tst_exporterhttp.moc"
