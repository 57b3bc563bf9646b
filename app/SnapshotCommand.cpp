#include "SnapshotCommand.h"

#include "ConnectCollector.h"
#include "ConnectParsers.h"
#include "EventTopicCollector.h"
#include "FlinkCollector.h"
#include "KafkaCollector.h"
#include "Monitor.h"
#include "PipelineBuilder.h"
#include "PostgresCollector.h"
#include "Redact.h"
#include "SnapshotJson.h"
#include "SnapshotTable.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <optional>
#include <vector>

namespace Tidewatch {

namespace {

struct SnapshotCommandText
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
    failed.status.error = SnapshotCommandText::tr("no answer within %1 ms").arg(timeoutMs);
    return failed;
}

/// One cycle of every Connect collector, run together and waited for in a local event loop.
QList<ConnectSnapshot> collectConnect(const std::vector<std::unique_ptr<ConnectCollector>> &collectors,
                                      int timeoutMs)
{
    QList<std::optional<ConnectSnapshot>> results(qsizetype(collectors.size()));
    QEventLoop loop;
    int missing = int(collectors.size());
    for (size_t i = 0; i < collectors.size(); ++i) {
        QObject::connect(collectors[i].get(), &ConnectCollector::snapshotReady, &loop,
                         [&, i](const ConnectSnapshot &s) {
                             if (!results[qsizetype(i)] && --missing == 0)
                                 loop.quit();
                             results[qsizetype(i)] = s;
                         });
    }
    QTimer::singleShot(timeoutMs + 2000, &loop, &QEventLoop::quit);
    for (const auto &c : collectors)
        c->collect();
    if (missing > 0)
        loop.exec();
    QList<ConnectSnapshot> out;
    for (size_t i = 0; i < collectors.size(); ++i) {
        // the connections die with the loop: the next cycle connects afresh
        QObject::disconnect(collectors[i].get(), &ConnectCollector::snapshotReady, &loop, nullptr);
        if (results[qsizetype(i)]) {
            out.append(*results[qsizetype(i)]);
        } else {
            ConnectSnapshot failed;
            failed.status.error = SnapshotCommandText::tr("no answer within %1 ms").arg(timeoutMs);
            out.append(failed);
        }
    }
    return out;
}

void waitMs(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

/// How long the first snapshot waits for the event topics to be read up to where they ended at the
/// start (a long start window of a busy topic may take a while); beyond it the figures are partial.
constexpr int kBusinessCatchUpMs = 60000;

} // namespace

int runSnapshot(const AppOptions &options, FILE *out, FILE *err)
{
    const ClusterProfile &profile = options.profile;
    std::optional<KafkaCollector> kafka;
    std::optional<FlinkCollector> flink;
    std::optional<EventTopicCollector> business;
    std::optional<PostgresCollector> postgres;
    std::vector<std::unique_ptr<ConnectCollector>> connectCollectors;
    for (const QString &url : profile.connectUrls)
        connectCollectors.push_back(std::make_unique<ConnectCollector>(profile, url));
    if (profile.hasKafka())
        kafka.emplace(profile);
    if (profile.hasFlink())
        flink.emplace(profile);
    if (profile.hasBusiness())
        business.emplace(profile);
    if (profile.hasPostgres())
        postgres.emplace(profile);

    std::optional<KafkaSnapshot> k;
    std::optional<FlinkSnapshot> f;
    std::optional<BusinessSnapshot> b;
    std::optional<PostgresSnapshot> pg;
    if (postgres) // collect() runs synchronously and emits before it returns
        QObject::connect(&*postgres, &PostgresCollector::snapshotReady, &*postgres,
                         [&pg](const PostgresSnapshot &s) { pg = s; });
    QList<ConnectSnapshot> c;
    QElapsedTimer sinceCollect;
    auto collect = [&] {
        sinceCollect.start();
        if (kafka)
            k = kafka->collectOnce();
        if (flink)
            f = collectFlink(*flink, profile.requestTimeoutMs);
        if (business)
            b = business->snapshot();
        if (postgres)
            postgres->collect();
        if (!connectCollectors.empty())
            c = collectConnect(connectCollectors, profile.requestTimeoutMs);
    };
    // The event topics are read in the waits between the collections (in cycles of a bounded length,
    // so the Kafka and Flink collections stay on time).
    auto waitAndRead = [&](qint64 ms) {
        if (!business) {
            waitMs(int(ms));
            return;
        }
        const QDeadlineTimer until(ms);
        do {
            business->collectOnce(
                int(std::clamp<qint64>(until.remainingTime(), 1, EventTopicCollector::kCycleBudgetMs)));
        } while (!until.hasExpired());
    };
    // Polls at the poll interval until @p until, so rates and time lags have history, and ends with a
    // collection at (or just after) @p until: what is printed next is never one interval old.
    auto pollUntil = [&](const QDeadlineTimer &until) {
        while (!until.hasExpired()) {
            const qint64 toNextCycle =
                std::max<qint64>(0, profile.kafkaPollIntervalMs - sinceCollect.elapsed());
            waitAndRead(std::min(toNextCycle, until.remainingTime()));
            collect();
        }
    };

    if (business) {
        // The first snapshot has every event up to where the topics ended when reading started.
        business->collectUntilCaughtUp(QDeadlineTimer(kBusinessCatchUpMs));
        if (!business->caughtUp() && business->snapshot().status.reachable)
            std::fprintf(err, "%s\n",
                         qPrintable(SnapshotCommandText::tr(
                                        "tidewatch: the event topics were not read to their end within "
                                        "%1 s; the business figures are partial")
                                        .arg(kBusinessCatchUpMs / 1000)));
    }
    collect();
    pollUntil(QDeadlineTimer(qint64(options.warmupSeconds) * 1000));
    int exitCode = SnapshotOk;
    for (;;) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QByteArray text;
        if (options.format == AppOptions::Format::Json) {
            QJsonObject document = SnapshotJson::document(k, f, now, b, c);
            if (pg)
                document.insert(QStringLiteral("postgres"), SnapshotJson::postgresToJson(*pg, now));
            if (k) {
                PipelineInputs in;
                in.clusterName = profile.name;
                in.kafka = &*k;
                in.flink = f ? &*f : nullptr;
                in.postgres = pg ? &*pg : nullptr;
                for (const ConnectSnapshot &one : std::as_const(c))
                    in.connects << &one;
                in.nowMs = now.toMSecsSinceEpoch();
                in.staleAfterMs = Monitor::staleAfterMs(profile);
                document.insert(QStringLiteral("pipelines"),
                                SnapshotJson::pipelinesToJson(buildPipelines(in, profile.pipeline)));
            }
            text = QJsonDocument(document).toJson(QJsonDocument::Indented);
        } else {
            text = SnapshotTable::render(k, f, now).toUtf8();
        }
        std::fwrite(text.constData(), 1, size_t(text.size()), out);
        std::fflush(out);

        exitCode = SnapshotOk;
        if (k && !k->status.reachable) {
            std::fprintf(err, "%s\n",
                         qPrintable(SnapshotTable::terminalSafe(
                             SnapshotCommandText::tr("tidewatch: Kafka cluster %1 (%2) unreachable: %3")
                                 .arg(profile.name, profile.bootstrapServers, k->status.error))));
            exitCode = SnapshotUnreachable;
        }
        if (f && !f->status.reachable) {
            std::fprintf(err, "%s\n",
                         qPrintable(SnapshotTable::terminalSafe(Format::redactCredentials(
                             SnapshotCommandText::tr("tidewatch: Flink REST endpoint %1 failed: %2")
                                 .arg(profile.flinkRestUrl, f->status.error)))));
            exitCode = SnapshotUnreachable;
        }
        if (pg && !pg->status.reachable) {
            std::fprintf(
                err, "%s\n",
                qPrintable(SnapshotCommandText::tr("tidewatch: PostgreSQL %1 unreachable: %2")
                               .arg(pg->server.isEmpty() ? profile.name : pg->server, pg->status.error)));
            exitCode = SnapshotUnreachable;
        }
        if (b && !b->status.reachable) {
            std::fprintf(err, "%s\n",
                         qPrintable(SnapshotTable::terminalSafe(
                             SnapshotCommandText::tr("tidewatch: event topics of %1 (%2) unreachable: %3")
                                 .arg(profile.name, profile.bootstrapServers, b->status.error))));
            exitCode = SnapshotUnreachable;
        }
        for (qsizetype i = 0; i < c.size(); ++i) {
            if (c.at(i).status.reachable)
                continue;
            std::fprintf(err, "%s\n",
                         qPrintable(SnapshotCommandText::tr("tidewatch: Kafka Connect worker %1 failed: %2")
                                        .arg(ConnectParsers::redactedUrl(profile.connectUrls.value(i)),
                                             c.at(i).status.error)));
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
