#include "SnapshotCommand.h"

#include "FlinkCollector.h"
#include "KafkaCollector.h"
#include "SnapshotJson.h"
#include "SnapshotTable.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QThread>
#include <QTimer>

#include <optional>

namespace Tidewatch {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotCommand)
};

/// One Flink cycle, waited for in a local event loop (the collector bounds every request).
FlinkSnapshot collectFlink(FlinkCollector &collector, int timeoutMs)
{
    std::optional<FlinkSnapshot> result;
    QEventLoop loop;
    QObject::connect(&collector, &FlinkCollector::snapshotReady, &loop, [&](const FlinkSnapshot &s) {
        result = s;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs + 2000, &loop, &QEventLoop::quit);
    collector.collect();
    if (!result)
        loop.exec();
    if (result)
        return *result;
    FlinkSnapshot failed;
    failed.status.error = Text::tr("no answer within %1 ms").arg(timeoutMs);
    return failed;
}

void waitMs(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

int runSnapshot(const AppOptions &options, FILE *out, FILE *err)
{
    const ClusterProfile &profile = options.profile;
    std::optional<KafkaCollector> kafka;
    std::optional<FlinkCollector> flink;
    if (profile.hasKafka())
        kafka.emplace(profile);
    if (profile.hasFlink())
        flink.emplace(profile);

    std::optional<KafkaSnapshot> k;
    std::optional<FlinkSnapshot> f;
    QElapsedTimer sinceCollect;
    auto collect = [&] {
        sinceCollect.start();
        if (kafka)
            k = kafka->collectOnce();
        if (flink)
            f = collectFlink(*flink, profile.requestTimeoutMs);
    };
    // Polls at the poll interval until @p until, so rates and time lags have history, and ends with a
    // collection at (or just after) @p until: what is printed next is never one interval old.
    auto pollUntil = [&](const QDeadlineTimer &until) {
        while (!until.hasExpired()) {
            const qint64 toNextCycle =
                std::max<qint64>(0, profile.kafkaPollIntervalMs - sinceCollect.elapsed());
            waitMs(int(std::min(toNextCycle, until.remainingTime())));
            collect();
        }
    };

    collect();
    pollUntil(QDeadlineTimer(qint64(options.warmupSeconds) * 1000));
    int exitCode = SnapshotOk;
    for (;;) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QByteArray text;
        if (options.format == AppOptions::Format::Json)
            text = QJsonDocument(SnapshotJson::document(k, f, now)).toJson(QJsonDocument::Indented);
        else
            text = SnapshotTable::render(k, f, now).toUtf8();
        std::fwrite(text.constData(), 1, size_t(text.size()), out);
        std::fflush(out);

        exitCode = SnapshotOk;
        if (k && !k->status.reachable) {
            std::fprintf(err, "%s\n",
                         qPrintable(Text::tr("tidewatch: Kafka cluster %1 (%2) unreachable: %3")
                                        .arg(profile.name, profile.bootstrapServers, k->status.error)));
            exitCode = SnapshotUnreachable;
        }
        if (f && !f->status.reachable) {
            std::fprintf(err, "%s\n",
                         qPrintable(Text::tr("tidewatch: Flink REST endpoint %1 failed: %2")
                                        .arg(profile.flinkRestUrl, f->status.error)));
            exitCode = SnapshotUnreachable;
        }
        std::fflush(err);
        if (options.watchSeconds <= 0)
            return exitCode;
        // Between prints the collectors keep polling at --interval, as the dashboard does.
        pollUntil(QDeadlineTimer(qint64(options.watchSeconds) * 1000));
    }
}

} // namespace Tidewatch
