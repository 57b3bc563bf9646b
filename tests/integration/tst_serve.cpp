#include "AlertRules.h"
#include "PrometheusRuleFile.h"
#include "StackTools.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <csignal>

using namespace Tidewatch;
using namespace Qt::Literals::StringLiterals;

namespace {

/// "topic/partition=offset" of a `consumer-groups --describe` output, to tell whether offsets moved.
QStringList offsetsOf(const QString &described)
{
    QStringList out;
    for (const StackTools::DescribedOffset &row : StackTools::parseGroupDescribe(described))
        out << QStringLiteral("%1/%2=%3").arg(row.topic).arg(row.partition).arg(row.currentOffset);
    out.sort();
    return out;
}

/// A port that was free a moment ago (the kernel's choice for port 0).
int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

QByteArray httpGet(const QString &url, int *status = nullptr)
{
    QNetworkAccessManager manager;
    QNetworkRequest request{QUrl(url)};
    request.setTransferTimeout(10000);
    QNetworkReply *reply = manager.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    delete reply;
    return body;
}

/// Value series of a scrape, `name{labels}` -> value (comments, self-metrics and ages left out).
QMap<QString, double> series(const QByteArray &scrape, const QString &prefix)
{
    QMap<QString, double> out;
    for (const QByteArray &line : scrape.split('\n')) {
        const QString text = QString::fromUtf8(line);
        if (!text.startsWith(prefix))
            continue;
        const qsizetype space = text.lastIndexOf(u' ');
        out.insert(text.left(space), text.mid(space + 1).toDouble());
    }
    return out;
}

QString findTool(const char *name)
{
    const QString path = QStandardPaths::findExecutable(QLatin1String(name));
    if (path.isEmpty() && qEnvironmentVariableIsSet("CI"))
        qFatal("%s is not installed (scripts/setup-deps.sh installs it)", name);
    return path;
}

AlertRule lowRule(const QString &name, const QString &metric, const QString &group)
{
    AlertRule r;
    r.name = name;
    r.metric = metric;
    if (!group.isEmpty())
        r.matchers = {{QStringLiteral("consumergroup"), group}};
    r.comparison = AlertComparison::Greater;
    r.threshold = 0;
    r.severity = QStringLiteral("warning");
    r.summary = QStringLiteral("{{ $labels.consumergroup }} lags");
    return r;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

/// `tidewatch serve` as a child process.
struct Serve
{
    QProcess process;
    QByteArray log; ///< everything it wrote to stderr so far

    void start(const QStringList &args)
    {
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start(qEnvironmentVariable("TIDEWATCH_BINARY"), QStringList{QStringLiteral("serve")} + args);
    }
    /// Waits until stderr has a line matching @p pattern.
    bool waitForLog(const QString &pattern, int timeoutMs)
    {
        const QRegularExpression re(pattern);
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            process.waitForReadyRead(200);
            log += process.readAllStandardError();
            if (re.match(QString::fromUtf8(log)).hasMatch())
                return true;
            if (process.state() == QProcess::NotRunning)
                return false;
        }
        return false;
    }
    ~Serve()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(10000);
        }
    }
};

} // namespace

class TestServe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void scrapeMatchesKafkaAndPrometheus();
    void sighupReloadsRules();
    void takenPortFails();
    void tlsScrapedByPrometheus();
    void sigtermStopsCleanly();
    void cleanupTestCase();

private:
    QByteArray scrape() { return httpGet(QStringLiteral("http://127.0.0.1:%1/metrics").arg(m_port)); }
    QByteArray waitForScrapeWith(const QByteArray &needle, int timeoutMs);
    QJsonObject promQuery(const QString &path, const QString &query = {}, const QString &time = {});

    QTemporaryDir m_dir;
    QString m_rules;
    int m_port = 0;
    int m_promPort = 0;
    Serve m_serve;
    QProcess m_prometheus;
};

void TestServe::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString profiles = m_dir.filePath(QStringLiteral("profiles.ini"));
    QVERIFY(writeFile(profiles, QByteArray("[stack]\nbootstrap=") + StackTools::kBootstrap +
                                    "\nflink=http://127.0.0.1:18081\npoll.interval.ms=5000\n"));
    m_rules = m_dir.filePath(QStringLiteral("rules.json"));
    QVERIFY(
        writeFile(m_rules, AlertRules::toJson({lowRule(QStringLiteral("TwFallsBehindLag"),
                                                       QStringLiteral("tidewatch_kafka_consumergroup_lag"),
                                                       QStringLiteral("tw-falls-behind"))})));
    m_port = freePort();
    QVERIFY(m_port > 0);
    m_serve.start({QStringLiteral("--profiles-file"), profiles, QStringLiteral("--rules"), m_rules,
                   QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(m_port)});
    QVERIFY2(m_serve.waitForLog(
                 QStringLiteral("<5>tidewatch .* serving http://127.0.0.1:%1/metrics").arg(m_port), 60000),
             m_serve.log.constData());
}

QByteArray TestServe::waitForScrapeWith(const QByteArray &needle, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    QByteArray body;
    while (t.elapsed() < timeoutMs) {
        body = scrape();
        if (body.contains(needle))
            return body;
        QTest::qWait(500);
    }
    return body;
}

QJsonObject TestServe::promQuery(const QString &path, const QString &query, const QString &time)
{
    QUrl url(QStringLiteral("http://127.0.0.1:%1%2").arg(m_promPort).arg(path));
    if (!query.isEmpty()) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("query"), query);
        if (!time.isEmpty())
            q.addQueryItem(QStringLiteral("time"), time);
        url.setQuery(q);
    }
    return QJsonDocument::fromJson(httpGet(url.toString())).object();
}

void TestServe::scrapeMatchesKafkaAndPrometheus()
{
    const QByteArray body =
        waitForScrapeWith("tidewatch_alerts{alertname=\"TwFallsBehindLag\",alertstate=\"firing\"", 90000);
    QVERIFY2(body.contains("kafka_consumergroup_lag{cluster=\"stack\",consumergroup=\"tw-falls-behind\""),
             body.left(3000).constData());
    QVERIFY(body.contains("tidewatch_source_up{cluster=\"stack\",source=\"kafka\"} 1\n"));
    QVERIFY(body.contains("kafka_brokers{cluster=\"stack\"} 3\n"));

    // promtool lints the real scrape.
    const QString promtool = findTool("promtool");
    QVERIFY2(!promtool.isEmpty(), "promtool is not installed");
    QProcess check;
    check.start(promtool, {QStringLiteral("check"), QStringLiteral("metrics")});
    QVERIFY(check.waitForStarted());
    check.write(body);
    check.closeWriteChannel();
    QVERIFY(check.waitForFinished(30000));
    QVERIFY2(check.exitCode() == 0, check.readAllStandardError().constData());

    // One scrape is one cycle: the partition lag is the watermark minus the committed offset of the
    // same snapshot, and the group's total is the sum of its partitions.
    const QMap<QString, double> values = series(body, QStringLiteral("kafka_"));
    const QRegularExpression lagRe(
        uR"re(^kafka_consumergroup_lag\{cluster="stack",consumergroup="tw-falls-behind",partition="(\d+)",topic="orders"\}$)re"_s);
    double total = 0;
    int partitions = 0;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const auto m = lagRe.match(it.key());
        if (!m.hasMatch())
            continue;
        const QString p = m.captured(1);
        const double high = values.value(
            uR"(kafka_topic_partition_current_offset{cluster="stack",partition="%1",topic="orders"})"_s.arg(
                p),
            -1);
        const double committed = values.value(
            uR"(kafka_consumergroup_current_offset{cluster="stack",consumergroup="tw-falls-behind",partition="%1",topic="orders"})"_s
                .arg(p),
            -1);
        QVERIFY2(high >= 0 && committed >= 0, qPrintable(p));
        QCOMPARE(it.value(), std::max(0.0, high - committed));
        total += it.value();
        ++partitions;
    }
    QVERIFY(partitions > 0);
    QCOMPARE(
        values.value(
            uR"(kafka_consumergroup_lag_sum{cluster="stack",consumergroup="tw-falls-behind",topic="orders"})"_s),
        total);
    QCOMPARE(
        series(body, QStringLiteral("tidewatch_kafka_consumergroup_lag{"))
            .value(
                uR"(tidewatch_kafka_consumergroup_lag{cluster="stack",consumergroup="tw-falls-behind"})"_s),
        total);

    // Committed offsets of the group that stopped committing do not move: Kafka's own tool must
    // report exactly what was exported. The group commits for 30 s after the workload (re)starts (a
    // test before this one may have restarted it): the comparison uses a scrape between two
    // descriptions that agree, so the offsets did not move meanwhile.
    const auto describe = [] {
        const StackTools::ToolResult described =
            StackTools::stack({QStringLiteral("consumer-groups"), QStringLiteral("--describe"),
                               QStringLiteral("--group"), QStringLiteral("tw-stopped-committing")});
        return described.exitCode == 0 ? described.out : QString();
    };
    QString before = describe();
    QMap<QString, double> now;
    QString after;
    for (int attempt = 0; attempt < 20; ++attempt) {
        QTest::qWait(6000); // a scrape of a Kafka cycle after the description (poll interval 5 s)
        now = series(scrape(), QStringLiteral("kafka_consumergroup_current_offset{"));
        after = describe();
        if (!StackTools::parseGroupDescribe(before).isEmpty() && offsetsOf(before) == offsetsOf(after))
            break;
        before = after;
    }
    QVERIFY2(offsetsOf(before) == offsetsOf(after), "tw-stopped-committing kept committing for 2 minutes");
    int compared = 0;
    for (const StackTools::DescribedOffset &row : StackTools::parseGroupDescribe(after)) {
        const QString key =
            uR"(kafka_consumergroup_current_offset{cluster="stack",consumergroup="%1",partition="%2",topic="%3"})"_s
                .arg(row.group)
                .arg(row.partition)
                .arg(row.topic);
        QVERIFY2(now.contains(key), qPrintable(key));
        QCOMPARE(now.value(key), double(row.currentOffset));
        ++compared;
    }
    QVERIFY(compared > 0);

    // A real Prometheus scraping it every second, with the exported rules loaded.
    const QString prometheus = findTool("prometheus");
    QVERIFY2(!prometheus.isEmpty(), "prometheus is not installed");
    m_promPort = freePort();
    const QString ruleFile = m_dir.filePath(QStringLiteral("rules.yml"));
    QFile rulesJson(m_rules);
    QVERIFY(rulesJson.open(QIODevice::ReadOnly));
    QVERIFY(writeFile(ruleFile, AlertRules::toPrometheusYaml(AlertRules::parse(rulesJson.readAll()).rules)));
    const QString defaultsFile = m_dir.filePath(QStringLiteral("defaults.yml"));
    QVERIFY(writeFile(defaultsFile,
                      AlertRules::toPrometheusYaml(AlertRules::defaults(), QStringLiteral("defaults"))));
    const QString config = m_dir.filePath(QStringLiteral("prometheus.yml"));
    QVERIFY(writeFile(config, QStringLiteral("global: {scrape_interval: 1s, evaluation_interval: 1s}\n"
                                             "rule_files: ['%1', '%2']\n"
                                             "scrape_configs:\n"
                                             "  - job_name: tidewatch\n"
                                             "    static_configs: [{targets: ['127.0.0.1:%3']}]\n")
                                  .arg(ruleFile, defaultsFile)
                                  .arg(m_port)
                                  .toUtf8()));
    m_prometheus.setProcessChannelMode(QProcess::MergedChannels);
    m_prometheus.start(prometheus,
                       {QStringLiteral("--config.file=") + config,
                        QStringLiteral("--storage.tsdb.path=") + m_dir.filePath(QStringLiteral("tsdb")),
                        QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(m_promPort)});
    QVERIFY(m_prometheus.waitForStarted());

    // Prometheus's rule fires for the stack's lagging group, as Tidewatch's own evaluation does.
    QElapsedTimer t;
    t.start();
    bool firing = false;
    while (!firing && t.elapsed() < 60000) {
        QTest::qWait(1000);
        for (const QJsonValue &a :
             promQuery(QStringLiteral("/api/v1/alerts"))[u"data"_s][u"alerts"_s].toArray()) {
            const QJsonObject labels = a[u"labels"_s].toObject();
            firing |= labels[u"alertname"_s].toString() == QLatin1String("TwFallsBehindLag") &&
                      labels[u"consumergroup"_s].toString() == QLatin1String("tw-falls-behind") &&
                      a[u"state"_s].toString() == QLatin1String("firing");
        }
    }
    QVERIFY2(firing, m_prometheus.readAll().right(3000).constData());
    // Every exported default rule loaded and evaluates without error on our series.
    for (const QJsonValue &g : promQuery(QStringLiteral("/api/v1/rules"))[u"data"_s][u"groups"_s].toArray()) {
        for (const QJsonValue &r : g[u"rules"_s].toArray())
            QVERIFY2(r[u"health"_s].toString() != QLatin1String("err"),
                     qPrintable(r[u"lastError"_s].toString()));
    }

    // Prometheus stores what we serve: bracket one of its scrapes between two of ours that are
    // identical, then its values of that scrape must equal ours exactly.
    bool bracketed = false;
    for (int attempt = 0; attempt < 20 && !bracketed; ++attempt) {
        const QMap<QString, double> before = series(scrape(), QStringLiteral("kafka_"));
        const qint64 afterMs = QDateTime::currentMSecsSinceEpoch();
        bool scraped = false; // has Prometheus scraped since? (it does every second)
        QString scrapeTime;   // when it did: the query below reads exactly that scrape
        for (int i = 0; i < 15 && !scraped; ++i) {
            QTest::qWait(200);
            const QJsonArray result =
                promQuery(
                    QStringLiteral("/api/v1/query"),
                    QStringLiteral("timestamp(kafka_brokers{job=\"tidewatch\"})"))[u"data"_s][u"result"_s]
                    .toArray();
            scrapeTime = result.isEmpty() ? QString() : result.first()[u"value"_s].toArray().at(1).toString();
            scraped = !scrapeTime.isEmpty() && scrapeTime.toDouble() * 1000 >= afterMs;
        }
        const QMap<QString, double> after = series(scrape(), QStringLiteral("kafka_"));
        if (!scraped || before != after)
            continue; // a new snapshot arrived in between (every 5 s here), or no scrape yet
        const QJsonObject stored = promQuery(QStringLiteral("/api/v1/query"),
                                             QStringLiteral("{__name__=~\"kafka_consumergroup_.*|kafka_topic_"
                                                            "partition_current_offset\",job=\"tidewatch\"}"),
                                             scrapeTime);
        int checked = 0;
        for (const QJsonValue &s : stored[u"data"_s][u"result"_s].toArray()) {
            QJsonObject labels = s[u"metric"_s].toObject();
            const QString name = labels.take(QStringLiteral("__name__")).toString();
            labels.remove(QStringLiteral("job"));
            labels.remove(QStringLiteral("instance"));
            QStringList parts;
            for (auto it = labels.begin(); it != labels.end(); ++it) // QJsonObject keys are sorted
                parts << it.key() + QStringLiteral("=\"") + it.value().toString() + u'"';
            const QString key = name + u'{' + parts.join(u',') + u'}';
            QVERIFY2(after.contains(key), qPrintable(key));
            QCOMPARE(s[u"value"_s].toArray().at(1).toString().toDouble(), after.value(key));
            ++checked;
        }
        QVERIFY(checked > 10);
        qInfo("%d series stored by Prometheus equal the bracketing scrapes (attempt %d)", checked,
              attempt + 1);
        bracketed = true;
    }
    QVERIFY2(bracketed, "no Prometheus scrape fell between two identical scrapes");
}

void TestServe::sighupReloadsRules()
{
    QVERIFY(writeFile(
        m_rules,
        AlertRules::toJson(
            {lowRule(QStringLiteral("TwFallsBehindLag"), QStringLiteral("tidewatch_kafka_consumergroup_lag"),
                     QStringLiteral("tw-falls-behind")),
             lowRule(QStringLiteral("TwBrokersAfterHup"), QStringLiteral("tidewatch_kafka_brokers"), {})})));
    ::kill(pid_t(m_serve.process.processId()), SIGHUP);
    QVERIFY2(m_serve.waitForLog(QStringLiteral("<5>reloaded: .*2 rules from"), 20000),
             m_serve.log.constData());
    QVERIFY(
        !waitForScrapeWith("tidewatch_alerts{alertname=\"TwBrokersAfterHup\",alertstate=\"firing\"", 20000)
             .isEmpty());
    QVERIFY(scrape().contains("alertname=\"TwBrokersAfterHup\",alertstate=\"firing\""));

    // A broken rules file: logged, and the last good rules keep running.
    QVERIFY(writeFile(m_rules, "{\"rules\": [{\"alert\": \"Broken\"}]}"));
    ::kill(pid_t(m_serve.process.processId()), SIGHUP);
    QVERIFY2(m_serve.waitForLog(QStringLiteral("<3>reload failed, the running configuration stays: --rules"),
                                20000),
             m_serve.log.constData());
    QTest::qWait(2500); // two evaluations later
    const QByteArray body = scrape();
    QVERIFY(body.contains("alertname=\"TwBrokersAfterHup\",alertstate=\"firing\""));
    QVERIFY(body.contains("alertname=\"TwFallsBehindLag\",alertstate=\"firing\""));
}

void TestServe::takenPortFails()
{
    QProcess second;
    second.start(qEnvironmentVariable("TIDEWATCH_BINARY"),
                 {QStringLiteral("serve"), QStringLiteral("--bootstrap"),
                  QLatin1String(StackTools::kBootstrap), QStringLiteral("--listen"),
                  QStringLiteral("127.0.0.1:%1").arg(m_port)});
    QVERIFY(second.waitForFinished(60000));
    QCOMPARE(second.exitCode(), 3);
    const QString err = QString::fromUtf8(second.readAllStandardError());
    QVERIFY2(err.contains(QStringLiteral("<3>cannot listen on 127.0.0.1:%1").arg(m_port)), qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("in use")), qPrintable(err));
}

void TestServe::tlsScrapedByPrometheus()
{
    const QString openssl = findTool("openssl");
    if (openssl.isEmpty() && qEnvironmentVariableIsSet("CI"))
        QFAIL("openssl is not installed (scripts/setup-deps.sh installs it)");
    if (openssl.isEmpty())
        QSKIP("openssl is not installed");
    const QString cert = m_dir.filePath(QStringLiteral("tls.crt"));
    const QString key = m_dir.filePath(QStringLiteral("tls.key"));
    QProcess gen;
    gen.start(openssl, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"1"_s,
                        u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s,
                        u"-keyout"_s, key, u"-out"_s, cert});
    QVERIFY(gen.waitForFinished(60000));
    QCOMPARE(gen.exitCode(), 0);

    // A certificate file without its key: exit 3, and the message says why.
    QProcess bad;
    bad.start(qEnvironmentVariable("TIDEWATCH_BINARY"),
              {u"serve"_s, u"--bootstrap"_s, QLatin1String(StackTools::kBootstrap), u"--listen"_s,
               u"127.0.0.1:0"_s, u"--exporter-tls-certificate"_s, cert});
    QVERIFY(bad.waitForFinished(60000));
    QCOMPARE(bad.exitCode(), 3);
    const QString err = QString::fromUtf8(bad.readAllStandardError());
    QVERIFY2(
        err.contains(u"<3>cannot listen on 127.0.0.1:0: %1 holds no unencrypted PEM private key"_s.arg(cert)),
        qPrintable(err));

    // serve over TLS with basic auth, scraped by a real Prometheus (scheme: https, the CA file).
    const int port = freePort();
    Serve tls;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"TIDEWATCH_EXPORTER_PASSWORD"_s, u"s3cret"_s);
    tls.process.setProcessEnvironment(env);
    tls.start({u"--bootstrap"_s, QLatin1String(StackTools::kBootstrap), u"--cluster-name"_s, u"tls"_s,
               u"--listen"_s, u"127.0.0.1:%1"_s.arg(port), u"--exporter-user"_s, u"prometheus"_s,
               u"--exporter-tls-certificate"_s, cert, u"--exporter-tls-key"_s, key});
    QVERIFY2(tls.waitForLog(u"<5>tidewatch .* serving https://127.0.0.1:%1/metrics"_s.arg(port), 60000),
             tls.log.constData());
    const QString prometheus = findTool("prometheus");
    QVERIFY2(!prometheus.isEmpty(), "prometheus is not installed");
    const int promPort = freePort();
    const QString config = m_dir.filePath(QStringLiteral("prometheus-tls.yml"));
    QVERIFY(writeFile(config, u"global: {scrape_interval: 1s}\n"
                              "scrape_configs:\n"
                              "  - job_name: tidewatch-tls\n"
                              "    scheme: https\n"
                              "    tls_config: {ca_file: '%1'}\n"
                              "    basic_auth: {username: prometheus, password: s3cret}\n"
                              "    static_configs: [{targets: ['127.0.0.1:%2']}]\n"_s.arg(cert)
                                  .arg(port)
                                  .toUtf8()));
    QProcess prom;
    prom.setProcessChannelMode(QProcess::MergedChannels);
    prom.start(prometheus, {u"--config.file="_s + config,
                            u"--storage.tsdb.path="_s + m_dir.filePath(QStringLiteral("tsdb-tls")),
                            u"--web.listen-address=127.0.0.1:%1"_s.arg(promPort)});
    QVERIFY(prom.waitForStarted());
    QElapsedTimer t;
    t.start();
    QJsonArray result;
    while (result.isEmpty() && t.elapsed() < 60000) {
        QTest::qWait(1000);
        QUrl url(u"http://127.0.0.1:%1/api/v1/query"_s.arg(promPort));
        QUrlQuery q;
        q.addQueryItem(u"query"_s,
                       u"tidewatch_source_up{job=\"tidewatch-tls\",cluster=\"tls\",source=\"kafka\"} == 1"_s);
        url.setQuery(q);
        result = QJsonDocument::fromJson(httpGet(url.toString())).object()[u"data"_s][u"result"_s].toArray();
    }
    prom.terminate();
    prom.waitForFinished(20000);
    QVERIFY2(!result.isEmpty(), prom.readAll().right(3000).constData());
}

void TestServe::sigtermStopsCleanly()
{
    QElapsedTimer t;
    t.start();
    ::kill(pid_t(m_serve.process.processId()), SIGTERM);
    QVERIFY(m_serve.process.waitForFinished(20000)); // bounded by a request timeout, not the poll cycle
    m_serve.log += m_serve.process.readAllStandardError();
    QCOMPARE(m_serve.process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_serve.process.exitCode(), 0);
    QVERIFY2(m_serve.log.contains("<5>SIGTERM: stopping\n"), m_serve.log.right(2000).constData());
    QVERIFY(m_serve.log.endsWith("<6>stopped\n"));
    qInfo("stopped %lld ms after SIGTERM", t.elapsed());
    QTcpServer again; // the port is free again
    QVERIFY2(again.listen(QHostAddress::LocalHost, quint16(m_port)), qPrintable(again.errorString()));
}

void TestServe::cleanupTestCase()
{
    if (m_prometheus.state() != QProcess::NotRunning) {
        m_prometheus.terminate();
        if (!m_prometheus.waitForFinished(20000))
            m_prometheus.kill();
    }
}

QTEST_GUILESS_MAIN(TestServe)
#include "tst_serve.moc"
