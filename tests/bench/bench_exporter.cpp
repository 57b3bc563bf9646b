// Exposition size and scrape time of the Prometheus exporter at 5,000 partitions and 500 consumer
// groups (synthetic snapshots through the real exporter), against a peer in the same run:
// prometheus-cpp's own TextSerializer on the same families (what the HTTP scrape costs beyond
// serializing). No stack needed.
//   bench_exporter [--topics 50] [--partitions 100] [--groups 500] [--group-partitions 10] [--scrapes 30]

#include "Exporter.h"
#include "SnapshotCollectable.h"

#include <prometheus/text_serializer.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTcpSocket>

#include <sstream>

#include "BenchTools.h"

using namespace Tidewatch;

namespace {

KafkaSnapshot syntheticSnapshot(int topics, int partitionsPerTopic, int groups, int groupPartitions)
{
    KafkaSnapshot s;
    s.clusterName = QStringLiteral("bench");
    s.status.reachable = true;
    s.status.lastSuccessAt = QDateTime::currentDateTimeUtc();
    for (int b = 1; b <= 3; ++b) {
        BrokerInfo broker;
        broker.id = b;
        broker.rttMs = 1.0 + b;
        s.brokers.append(broker);
    }
    for (int t = 0; t < topics; ++t) {
        TopicInfo topic;
        topic.name = QStringLiteral("topic-%1").arg(t, 3, 10, QLatin1Char('0'));
        for (int p = 0; p < partitionsPerTopic; ++p) {
            PartitionInfo part;
            part.partition = p;
            part.leader = 1 + p % 3;
            part.replicas = {1, 2, 3};
            part.isr = p % 50 == 0 ? QList<int>{1, 2} : QList<int>{1, 2, 3};
            part.lowWatermark = 1000 * p;
            part.highWatermark = 1000 * p + 123456 + t;
            topic.partitions.append(part);
        }
        s.topics.append(topic);
    }
    for (int g = 0; g < groups; ++g) {
        ConsumerGroupInfo group;
        group.groupId = QStringLiteral("group-%1").arg(g, 3, 10, QLatin1Char('0'));
        group.members.append(GroupMember{QStringLiteral("m"), QStringLiteral("c"), QStringLiteral("h"), {}});
        const TopicInfo &topic = s.topics.at(g % topics);
        qint64 total = 0;
        for (int p = 0; p < groupPartitions && p < topic.partitions.size(); ++p) {
            GroupPartitionLag lag;
            lag.topic = topic.name;
            lag.partition = p;
            lag.hasCommit = true;
            lag.committedOffset = topic.partitions.at(p).highWatermark - (g * 7 + p) % 1000;
            lag.highWatermark = topic.partitions.at(p).highWatermark;
            lag.lag = lag.highWatermark - lag.committedOffset;
            total += lag.lag;
            group.partitions.append(lag);
        }
        group.totalLag = total;
        group.maxLag = 999;
        group.status = LagStatus::Ok;
        s.groups.append(group);
    }
    return s;
}

/// One HTTP/1.0 GET of /metrics on a fresh connection, as Prometheus does it; returns the body size.
qint64 scrapeOnce(int port)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(port));
    if (!socket.waitForConnected(5000))
        return -1;
    socket.write("GET /metrics HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n");
    QByteArray response;
    while (socket.waitForReadyRead(5000) || socket.bytesAvailable() > 0)
        response += socket.readAll();
    const qsizetype headerEnd = response.indexOf("\r\n\r\n");
    return headerEnd < 0 ? -1 : response.size() - headerEnd - 4;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption topicsOpt(QStringLiteral("topics"), QStringLiteral("topics"),
                                       QStringLiteral("n"), QStringLiteral("50"));
    const QCommandLineOption partitionsOpt(QStringLiteral("partitions"),
                                           QStringLiteral("partitions per topic"), QStringLiteral("n"),
                                           QStringLiteral("100"));
    const QCommandLineOption groupsOpt(QStringLiteral("groups"), QStringLiteral("consumer groups"),
                                       QStringLiteral("n"), QStringLiteral("500"));
    const QCommandLineOption groupPartitionsOpt(QStringLiteral("group-partitions"),
                                                QStringLiteral("partitions per group"), QStringLiteral("n"),
                                                QStringLiteral("10"));
    const QCommandLineOption scrapesOpt(QStringLiteral("scrapes"), QStringLiteral("scrapes measured"),
                                        QStringLiteral("n"), QStringLiteral("30"));
    parser.addOptions({topicsOpt, partitionsOpt, groupsOpt, groupPartitionsOpt, scrapesOpt});
    parser.process(app);
    const int topics = parser.value(topicsOpt).toInt();
    const int partitions = parser.value(partitionsOpt).toInt();
    const int groups = parser.value(groupsOpt).toInt();
    const int groupPartitions = parser.value(groupPartitionsOpt).toInt();
    const int scrapes = parser.value(scrapesOpt).toInt();

    const KafkaSnapshot snapshot = syntheticSnapshot(topics, partitions, groups, groupPartitions);
    Exporter exporter(QStringLiteral("bench"));
    ExporterConfig config;
    config.listen = QStringLiteral("127.0.0.1:0");
    QString error;
    if (!exporter.start(config, error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }

    QList<double> callerMs, publishMs, collectMs, serializeMs, scrapeMs;
    size_t series = 0;
    size_t textBytes = 0;
    qint64 httpBytes = 0;
    for (int i = 0; i < scrapes; ++i) {
        QElapsedTimer t;
        t.start();
        exporter.setKafkaSnapshot(snapshot, 60000); // on the Qt thread, once per poll cycle
        callerMs << t.nsecsElapsed() / 1e6;
        exporter.waitForPublished(); // the conversion runs on the exporter's worker thread
        publishMs << t.nsecsElapsed() / 1e6;

        t.restart();
        const std::vector<prometheus::MetricFamily> families = exporter.collectable()->Collect();
        collectMs << t.nsecsElapsed() / 1e6;
        t.restart();
        std::ostringstream out;
        prometheus::TextSerializer().Serialize(out, families);
        serializeMs << t.nsecsElapsed() / 1e6;
        textBytes = out.str().size();
        series = 0;
        for (const auto &f : families)
            series += f.metric.size();

        t.restart();
        httpBytes = scrapeOnce(exporter.port());
        scrapeMs << t.nsecsElapsed() / 1e6;
    }
    using BenchTools::percentile;
    std::printf("| shape | series | text bytes | HTTP body bytes |\n| --- | ---: | ---: | ---: |\n");
    std::printf("| %d topics x %d partitions, %d groups x %d partitions | %zu | %zu | %lld |\n\n", topics,
                partitions, groups, groupPartitions, series, textBytes, httpBytes);
    std::printf("| step (%d runs) | median ms | p95 ms |\n| --- | ---: | ---: |\n", scrapes);
    const auto row = [&](const char *name, const QList<double> &v) {
        std::printf("| %s | %.2f | %.2f |\n", name, percentile(v, 0.5), percentile(v, 0.95));
    };
    row("setKafkaSnapshot() on the caller's (GUI) thread, per cycle", callerMs);
    row("publish: snapshot -> samples -> families (exporter's worker thread, per cycle)", publishMs);
    row("Collect(): merge families (CivetWeb thread, per scrape)", collectMs);
    row("peer: prometheus-cpp TextSerializer on those families", serializeMs);
    row("HTTP scrape of /metrics (Collect + serialize + CivetWeb + socket)", scrapeMs);
    std::printf("\nresident memory after the runs: %.1f MiB\n", BenchTools::rssMiB());
    return 0;
}
