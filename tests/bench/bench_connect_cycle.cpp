// Poll cost of ConnectCollector: requests, wall time and collector CPU per cycle at many connectors.
// The stack's worker has two connectors, so larger clusters are served by a synthetic Connect REST
// server (its own thread, keep-alive HTTP/1.1) whose answers are the recorded 4.1.1 ones
// (tests/fixtures/connect) repeated under new names; the stack's worker is measured too when it is up.
// The peer, measured in the same run: curl fetching the same /connectors?expand=status&expand=info.
//
//   bench_connect_cycle [--cycles 20] [--connectors 200] [--stack-url http://127.0.0.1:18083] [--no-stack]
#include "ConnectCollector.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Tidewatch;

namespace {

QByteArray fixture(const char *name)
{
    QFile f(qEnvironmentVariable("TIDEWATCH_FIXTURES", QStringLiteral(TIDEWATCH_FIXTURES_DIR)) +
            QStringLiteral("/connect/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(f.fileName()));
    return f.readAll();
}

/// Answers like a Connect 4.1.1 worker with @p count connectors: half copies of the recorded
/// Debezium source, half of the FileStream sink.
class SyntheticConnect : public QObject
{
public:
    explicit SyntheticConnect(int count)
    {
        const QJsonObject recorded = QJsonDocument::fromJson(fixture("connectors-running.json")).object();
        QJsonObject all;
        for (int i = 0; i < count; ++i) {
            const bool sink = i % 2;
            const QString from =
                sink ? QStringLiteral("orders-cdc-archive") : QStringLiteral("shop-orders-cdc");
            const QString name = QStringLiteral("%1-%2").arg(from).arg(i, 4, 10, QLatin1Char('0'));
            QJsonObject entry = recorded.value(from).toObject();
            QJsonObject status = entry.value(QStringLiteral("status")).toObject();
            status.insert(QStringLiteral("name"), name);
            entry.insert(QStringLiteral("status"), status);
            all.insert(name, entry);
            m_topics.insert("/connectors/" + name.toLatin1() + "/topics",
                            "{\"" + name.toLatin1() + "\":{\"topics\":[\"orders-cdc\"]}}");
            m_topics.insert("/connectors/" + name.toLatin1() + "/offsets",
                            fixture(sink ? "offsets-sink.json" : "offsets-source.json"));
        }
        m_list = QJsonDocument(all).toJson(QJsonDocument::Compact);
        m_root = fixture("root.json");
    }
    void start()
    {
        m_server = new QTcpServer(this);
        connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server->nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [this, s] { serve(s); });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
        if (!m_server->listen(QHostAddress::LocalHost))
            qFatal("cannot listen");
        m_port = m_server->serverPort();
    }
    quint16 port() const { return m_port; }
    qsizetype listBytes() const { return m_list.size(); }

private:
    QByteArray answer(const QByteArray &target) const
    {
        const QByteArray path = target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?'));
        if (path == "/")
            return m_root;
        if (path == "/connectors")
            return m_list;
        return m_topics.value(path);
    }
    void serve(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (qsizetype end; (end = buffer.indexOf("\r\n\r\n")) >= 0;) {
            const QByteArray head = buffer.left(end);
            buffer.remove(0, end + 4);
            const QByteArray body = answer(head.left(head.indexOf('\r')).split(' ').value(1));
            socket->write(QByteArray("HTTP/1.1 ") + (body.isEmpty() ? "404 Not Found" : "200 OK") +
                          "\r\nContent-Type: application/json\r\nContent-Length: " +
                          QByteArray::number(body.size()) + "\r\n\r\n" + body);
        }
    }

    QByteArray m_root;
    QByteArray m_list;
    QHash<QByteArray, QByteArray> m_topics;
    QTcpServer *m_server = nullptr;
    quint16 m_port = 0;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double percentile(QList<double> values, double q)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0
                            : values.at(std::min<qsizetype>(values.size() - 1, qsizetype(q * values.size())));
}

struct Result
{
    QString label;
    int connectors = 0;
    int firstRequests = 0;
    qint64 firstMs = 0;
    int requests = 0;
    double wallMedian = 0;
    double wallP90 = 0;
    double cpuMedian = 0;
    double curlMedian = 0; ///< the peer: curl's time_total for the same list request
};

/// curl's own total time (ms) for one GET of @p url.
double curlMs(const QString &url)
{
    QProcess curl;
    curl.start(QStringLiteral("curl"),
               {QStringLiteral("-sS"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
                QStringLiteral("-w"), QStringLiteral("%{time_total}"), url});
    if (!curl.waitForFinished(30000) || curl.exitCode() != 0)
        qFatal("curl failed: %s", curl.readAllStandardError().constData());
    return curl.readAllStandardOutput().toDouble() * 1000.0;
}

Result measure(const QString &label, const QString &url, int cycles)
{
    ClusterProfile profile;
    profile.name = QStringLiteral("bench");
    profile.connectUrls = {url};
    profile.requestTimeoutMs = 10000;
    ConnectCollector collector(profile, url);
    QSignalSpy spy(&collector, &ConnectCollector::snapshotReady);
    auto once = [&](double &cpu) {
        const double cpu0 = threadCpuMs();
        collector.collect();
        if (spy.isEmpty() && !spy.wait(60000))
            qFatal("no snapshot within 60 s");
        cpu = threadCpuMs() - cpu0;
        return spy.takeFirst().at(0).value<ConnectSnapshot>();
    };
    Result r{label};
    double cpu = 0;
    const ConnectSnapshot first = once(cpu);
    if (!first.status.reachable)
        qFatal("%s: %s", qPrintable(label), qPrintable(first.status.error));
    r.connectors = int(first.connectors.size());
    r.firstRequests = first.status.requestCount;
    r.firstMs = first.status.durationMs;
    QList<double> walls, cpus, curls;
    const QString list = url + QStringLiteral("/connectors?expand=status&expand=info");
    for (int i = 0; i < cycles; ++i) {
        const ConnectSnapshot s = once(cpu);
        walls << double(s.status.durationMs);
        cpus << cpu;
        r.requests = s.status.requestCount;
        curls << curlMs(list);
    }
    r.wallMedian = percentile(walls, 0.5);
    r.wallP90 = percentile(walls, 0.9);
    r.cpuMedian = percentile(cpus, 0.5);
    r.curlMedian = percentile(curls, 0.5);
    return r;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qRegisterMetaType<ConnectSnapshot>();
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption cyclesOption(QStringLiteral("cycles"), QStringLiteral("measured cycles"),
                                          QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption countOption(QStringLiteral("connectors"), QStringLiteral("synthetic connectors"),
                                         QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption noStack(QStringLiteral("no-stack"),
                                     QStringLiteral("skip the stack's real worker"));
    const QCommandLineOption stackUrl(QStringLiteral("stack-url"),
                                      QStringLiteral("the stack's Connect REST URL"), QStringLiteral("url"),
                                      QStringLiteral("http://127.0.0.1:18083"));
    parser.addOptions({cyclesOption, countOption, noStack, stackUrl});
    parser.process(app);
    const int cycles = parser.value(cyclesOption).toInt();

    QList<Result> results;
    if (!parser.isSet(noStack))
        results << measure(QStringLiteral("stack worker (real Connect 4.1.1)"), parser.value(stackUrl),
                           cycles);
    QThread serverThread;
    auto *server = new SyntheticConnect(parser.value(countOption).toInt());
    server->moveToThread(&serverThread);
    serverThread.start();
    QMetaObject::invokeMethod(
        server, [server] { server->start(); }, Qt::BlockingQueuedConnection);
    results << measure(QStringLiteral("synthetic (%1 KiB list)").arg(server->listBytes() / 1024),
                       QStringLiteral("http://127.0.0.1:%1").arg(server->port()), cycles);
    QMetaObject::invokeMethod(server, &QObject::deleteLater);
    serverThread.quit();
    serverThread.wait();

    std::printf(
        "| worker | connectors | requests / cycle | wall median ms | wall p90 ms | collector CPU median ms "
        "| curl list median ms (peer) | first cycle requests | first cycle ms |\n");
    std::printf("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for (const Result &r : std::as_const(results))
        std::printf("| %s | %d | %d | %.0f | %.0f | %.1f | %.1f | %d | %lld |\n", qPrintable(r.label),
                    r.connectors, r.requests, r.wallMedian, r.wallP90, r.cpuMedian, r.curlMedian,
                    r.firstRequests, static_cast<long long>(r.firstMs));
    return 0;
}
