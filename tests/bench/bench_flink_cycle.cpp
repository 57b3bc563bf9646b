// Poll cost of FlinkCollector: requests and wall time per cycle for jobs with many vertices and
// subtasks. The real stack's job has 4 vertices x 2 subtasks, so larger jobs are served by a
// synthetic Flink REST server (in its own thread, keep-alive HTTP/1.1) whose answers have the shape
// and size of the recorded Flink 2.2.0 ones; the stack's job is measured too when it is up.
//
//   bench_flink_cycle [--cycles 10] [--sizes 4x2,20x8,50x32,100x64] [--no-stack]
#include "FlinkCollector.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QUrlQuery>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Tidewatch;

namespace {

const QByteArray kJob = "0123456789abcdef0123456789abcdef";

QByteArray vertexId(int i)
{
    return QByteArray::number(i).rightJustified(32, 'a');
}

/// Answers like a Flink 2.2 JobManager running one job of V vertices (vertex 0 the Kafka source,
/// then a chain) with parallelism P.
class SyntheticFlink : public QObject
{
public:
    SyntheticFlink(int vertices, int parallelism)
        : m_vertices(vertices)
        , m_parallelism(parallelism)
    {
        const QString fixtures =
            qEnvironmentVariable("TIDEWATCH_FIXTURES", QStringLiteral(TIDEWATCH_FIXTURES_DIR)) +
            QStringLiteral("/flink-2.2.0/");
        for (const char *name : {"checkpoints.json", "job-exceptions.json", "taskmanagers.json"}) {
            QFile f(fixtures + QLatin1String(name));
            if (!f.open(QIODevice::ReadOnly))
                qFatal("missing fixture %s", qPrintable(f.fileName()));
            m_fixtures.insert(QByteArray(name), f.readAll());
        }
    }
    /// Listens; call in the server's own thread.
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

private:
    QByteArray answer(const QByteArray &target)
    {
        const QUrl url(QString::fromLatin1("http://x") + QString::fromLatin1(target));
        const QByteArray path = url.path().toLatin1();
        const QByteArray jobBase = "/jobs/" + kJob;
        const int p = m_parallelism;
        if (path == "/config")
            return R"({"refresh-interval":3000,"flink-version":"2.2.0","flink-revision":"5a33689"})";
        if (path == "/jobmanager/config")
            return R"([{"key":"metrics.fetcher.update-interval","value":"1000"}])";
        if (path == "/overview")
            return R"({"taskmanagers":4,"slots-total":)" + QByteArray::number(4 * p) +
                   R"(,"slots-available":0,"jobs-running":1,"flink-version":"2.2.0"})";
        if (path == "/taskmanagers")
            return m_fixtures.value("taskmanagers.json");
        if (path == "/jobs/overview")
            return R"({"jobs":[{"jid":")" + kJob +
                   R"(","name":"bench","start-time":1,"end-time":-1,"duration":5,)"
                   R"("state":"RUNNING","last-modification":2,"tasks":{"running":)" +
                   QByteArray::number(m_vertices * p) + R"(,"total":)" + QByteArray::number(m_vertices * p) +
                   "}}]}";
        if (path == jobBase) {
            QByteArray vertices, nodes;
            for (int i = 0; i < m_vertices; ++i) {
                const QByteArray id = vertexId(i);
                vertices +=
                    QByteArray(i ? "," : "") + R"({"id":")" + id + R"(","name":")" +
                    (i == 0 ? QByteArray("Source: in") : "op-" + QByteArray::number(i)) +
                    R"(","maxParallelism":128,"parallelism":)" + QByteArray::number(p) +
                    R"(,"status":"RUNNING","start-time":1,"end-time":-1,"duration":5,"tasks":{"RUNNING":)" +
                    QByteArray::number(p) +
                    R"(},"metrics":{"read-bytes":1,"write-bytes":1,"read-records":1,"write-records":1}})";
                nodes +=
                    QByteArray(i ? "," : "") + R"({"id":")" + id + R"(","parallelism":)" +
                    QByteArray::number(p) + R"(,"description":"x")" +
                    (i ? R"(,"inputs":[{"id":")" + vertexId(i - 1) + R"(","num":0,"ship_strategy":"HASH"}])"
                       : QByteArray()) +
                    "}";
            }
            return R"({"jid":")" + kJob +
                   R"(","name":"bench","state":"RUNNING","job-type":"STREAMING","now":)" +
                   QByteArray::number(QDateTime::currentMSecsSinceEpoch()) + R"(,"vertices":[)" + vertices +
                   R"(],"plan":{"jid":")" + kJob + R"(","nodes":[)" + nodes + "]}}";
        }
        if (path == jobBase + "/metrics")
            return R"([{"id":"numRestarts","value":"0"},{"id":"uptime","value":"12345"}])";
        if (path == jobBase + "/exceptions")
            return m_fixtures.value("job-exceptions.json");
        if (path == jobBase + "/checkpoints")
            return m_fixtures.value("checkpoints.json");
        if (path.endsWith("/backpressure")) {
            QByteArray subtasks;
            for (int i = 0; i < p; ++i)
                subtasks +=
                    QByteArray(i ? "," : "") + R"({"subtask":)" + QByteArray::number(i) +
                    R"(,"backpressureLevel":"ok","ratio":0.0,"idleRatio":0.9,"busyRatio":0.1,"backpressure-level":"ok"})";
            return R"({"status":"ok","backpressureLevel":"ok","end-timestamp":1,"subtasks":[)" + subtasks +
                   R"(],"backpressure-level":"ok"})";
        }
        if (path.endsWith("/subtasks/metrics")) {
            QByteArray out = "[";
            const char *ids[] = {"busyTimeMsPerSecond",    "backPressuredTimeMsPerSecond",
                                 "idleTimeMsPerSecond",    "numRecordsInPerSecond",
                                 "numRecordsOutPerSecond", "numBytesInPerSecond",
                                 "numBytesOutPerSecond"};
            for (const char *id : ids)
                out += QByteArray(out.size() > 1 ? "," : "") + R"({"id":")" + QByteArray(id) +
                       R"(","max":10.0,"avg":5.0,"sum":20.0})";
            return out + "]";
        }
        if (path.endsWith("/watermarks")) {
            QByteArray out = "[";
            const QByteArray now = QByteArray::number(QDateTime::currentMSecsSinceEpoch() - 4000);
            for (int i = 0; i < p; ++i)
                out += QByteArray(i ? "," : "") + R"({"id":")" + QByteArray::number(i) +
                       R"(.currentInputWatermark","value":")" + now + "\"}";
            return out + "]";
        }
        if (path.endsWith("/metrics")) { // the source vertex: listing (~200 ids per subtask) or values
            const QString get = QUrlQuery(url).queryItemValue(QStringLiteral("get"), QUrl::FullyDecoded);
            QByteArray out = "[";
            if (get.isEmpty()) {
                for (int i = 0; i < p; ++i) {
                    const QByteArray prefix = QByteArray::number(i) + ".Source__in.";
                    for (const char *m :
                         {"currentOutputWatermark", "sourceIdleTime", "pendingRecords", "watermarkLag"})
                        out += QByteArray(out.size() > 1 ? "," : "") + R"({"id":")" + prefix + m + "\"}";
                    for (int k = 0; k < 190; ++k)
                        out += R"(,{"id":")" + prefix + "KafkaSourceReader.KafkaConsumer.metric-" +
                               QByteArray::number(k) + "\"}";
                    out += R"(,{"id":")" + prefix + "KafkaSourceReader.topic.in.partition." +
                           QByteArray::number(i) + ".currentOffset\"}";
                }
            } else {
                const QByteArray wm = QByteArray::number(QDateTime::currentMSecsSinceEpoch() - 3000);
                for (const QString &id : get.split(QLatin1Char(','))) {
                    out += QByteArray(out.size() > 1 ? "," : "") + R"({"id":")" + id.toLatin1() +
                           R"(","value":")" +
                           (id.endsWith(QLatin1String("IdleTime")) ? QByteArray("5") : wm) + "\"}";
                }
            }
            return out + "]";
        }
        return {};
    }

    void serve(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (qsizetype end; (end = buffer.indexOf("\r\n\r\n")) >= 0;) {
            const QByteArray head = buffer.left(end);
            buffer.remove(0, end + 4);
            const QByteArray target = head.left(head.indexOf('\r')).split(' ').value(1);
            const QByteArray body = answer(target);
            const QByteArray status = body.isEmpty() ? "404 Not Found" : "200 OK";
            socket->write("HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nContent-Length: " +
                          QByteArray::number(body.size()) + "\r\n\r\n" + body);
        }
    }

    int m_vertices;
    int m_parallelism;
    QTcpServer *m_server = nullptr;
    quint16 m_port = 0;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QHash<QByteArray, QByteArray> m_fixtures;
};

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

struct Result
{
    QString label;
    int vertices = 0;
    int parallelism = 0;
    int firstRequests = 0;
    qint64 firstMs = 0;
    int requests = 0;
    double wallMedian = 0;
    double wallP90 = 0;
    double cpuMedian = 0;
    int partErrors = 0;
};

double percentile(QList<double> values, double q)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0
                            : values.at(std::min<qsizetype>(values.size() - 1, qsizetype(q * values.size())));
}

Result measure(const QString &label, const QString &url, int vertices, int parallelism, int cycles)
{
    ClusterProfile profile;
    profile.flinkRestUrl = url;
    profile.flinkPollIntervalMs = 1000;
    profile.requestTimeoutMs = 10000;
    FlinkCollector collector(profile);
    QSignalSpy spy(&collector, &FlinkCollector::snapshotReady);
    auto once = [&](double &cpu) {
        const double cpu0 = threadCpuMs();
        collector.collect();
        if (spy.isEmpty() && !spy.wait(60000))
            qFatal("no snapshot within 60 s");
        cpu = threadCpuMs() - cpu0;
        return spy.takeFirst().at(0).value<FlinkSnapshot>();
    };
    Result r{label, vertices, parallelism};
    double cpu = 0;
    const FlinkSnapshot first = once(cpu);
    if (!first.status.reachable)
        qFatal("%s: %s", qPrintable(label), qPrintable(first.status.error));
    r.firstRequests = first.status.requestCount;
    r.firstMs = first.status.durationMs;
    QList<double> walls, cpus;
    for (int i = 0; i < cycles; ++i) {
        QThread::msleep(1000); // one Flink metric-fetcher interval: every cycle is a full metric round
        const FlinkSnapshot s = once(cpu);
        walls << double(s.status.durationMs);
        cpus << cpu;
        r.requests = s.status.requestCount;
        r.partErrors = int(s.partErrors.size());
    }
    r.wallMedian = percentile(walls, 0.5);
    r.wallP90 = percentile(walls, 0.9);
    r.cpuMedian = percentile(cpus, 0.5);
    return r;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qRegisterMetaType<FlinkSnapshot>();
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption cyclesOption(QStringLiteral("cycles"),
                                          QStringLiteral("measured cycles per size"), QStringLiteral("n"),
                                          QStringLiteral("10"));
    const QCommandLineOption sizesOption(QStringLiteral("sizes"), QStringLiteral("VERTICESxPARALLELISM,..."),
                                         QStringLiteral("list"), QStringLiteral("4x2,20x8,50x32,100x64"));
    const QCommandLineOption noStack(QStringLiteral("no-stack"), QStringLiteral("skip the stack's real job"));
    const QCommandLineOption stackUrl(QStringLiteral("stack-url"),
                                      QStringLiteral("the stack's Flink REST URL"), QStringLiteral("url"),
                                      QStringLiteral("http://127.0.0.1:18081"));
    parser.addOptions({cyclesOption, sizesOption, noStack, stackUrl});
    parser.process(app);
    const int cycles = parser.value(cyclesOption).toInt();

    QList<Result> results;
    if (!parser.isSet(noStack))
        results << measure(QStringLiteral("stack job (real Flink 2.2.0)"), parser.value(stackUrl), 4, 2,
                           cycles);
    for (const QString &size : parser.value(sizesOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int v = size.section(QLatin1Char('x'), 0, 0).toInt();
        const int p = size.section(QLatin1Char('x'), 1, 1).toInt();
        QThread serverThread;
        auto *server = new SyntheticFlink(v, p);
        server->moveToThread(&serverThread);
        serverThread.start();
        QMetaObject::invokeMethod(
            server, [server] { server->start(); }, Qt::BlockingQueuedConnection);
        results << measure(QStringLiteral("synthetic"),
                           QStringLiteral("http://127.0.0.1:%1").arg(server->port()), v, p, cycles);
        QMetaObject::invokeMethod(server, &QObject::deleteLater);
        serverThread.quit();
        serverThread.wait();
    }
    std::printf(
        "| job | vertices x parallelism | requests / cycle | wall median ms | wall p90 ms | collector CPU "
        "median ms | first cycle requests | first cycle ms | part errors |\n");
    std::printf("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for (const Result &r : std::as_const(results))
        std::printf("| %s | %d x %d | %d | %.0f | %.0f | %.1f | %d | %lld | %d |\n", qPrintable(r.label),
                    r.vertices, r.parallelism, r.requests, r.wallMedian, r.wallP90, r.cpuMedian,
                    r.firstRequests, static_cast<long long>(r.firstMs), r.partErrors);
    return 0;
}
