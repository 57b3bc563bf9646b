// Alert latency on the real stack (issue #12): from the offset commit that makes a consumer group's lag
// cross a rule's threshold to (a) the alert firing in Tidewatch (Monitor: the Kafka collector polling
// every second, then the evaluation) and (b) the alert being visible in a real Alertmanager 0.25
// (GET /api/v2/alerts polled every 50 ms). Peer in the same run: the same alert POSTed straight to that
// Alertmanager and polled the same way (the floor of (b) that no sender can beat).
//
//   bench_alert_delivery [crossings (default 20)]
//
// Needs the running stack and prometheus-alertmanager; the group tw-bench-alert-<pid> is deleted at the end.

#include "AlertmanagerProcess.h"
#include "BenchTools.h"
#include "Monitor.h"
#include "NotificationHub.h"
#include "StackTools.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

#include <librdkafka/rdkafka.h>

#include <cstdio>
#include <memory>

using namespace Tidewatch;

namespace {

struct RdKafkaDeleter
{
    void operator()(rd_kafka_t *rk) const { rd_kafka_destroy(rk); }
};

/// The low or high watermark of every partition of orders.
QHash<int, qint64> watermarks(rd_kafka_t *rk, bool high)
{
    QHash<int, qint64> out;
    const rd_kafka_metadata_t *md = nullptr;
    rd_kafka_topic_t *topic = rd_kafka_topic_new(rk, "orders", nullptr);
    if (rd_kafka_metadata(rk, 0, topic, &md, 10000) == RD_KAFKA_RESP_ERR_NO_ERROR && md->topic_cnt == 1) {
        for (int i = 0; i < md->topics[0].partition_cnt; ++i) {
            int64_t lo = -1;
            int64_t hi = -1;
            const int p = md->topics[0].partitions[i].id;
            if (rd_kafka_query_watermark_offsets(rk, "orders", p, &lo, &hi, 10000) ==
                RD_KAFKA_RESP_ERR_NO_ERROR)
                out.insert(p, high ? hi : lo);
        }
    }
    if (md)
        rd_kafka_metadata_destroy(md);
    rd_kafka_topic_destroy(topic);
    return out;
}

/// Commits @p offsets for the member-less @p group (what an operator's reset-offsets does).
bool commitOffsets(rd_kafka_t *rk, const QByteArray &group, const QHash<int, qint64> &offsets)
{
    rd_kafka_topic_partition_list_t *list = rd_kafka_topic_partition_list_new(int(offsets.size()));
    for (auto it = offsets.cbegin(); it != offsets.cend(); ++it)
        rd_kafka_topic_partition_list_add(list, "orders", it.key())->offset = it.value();
    rd_kafka_AlterConsumerGroupOffsets_t *alter =
        rd_kafka_AlterConsumerGroupOffsets_new(group.constData(), list);
    rd_kafka_topic_partition_list_destroy(list);
    rd_kafka_queue_t *queue = rd_kafka_queue_new(rk);
    rd_kafka_AlterConsumerGroupOffsets(rk, &alter, 1, nullptr, queue);
    rd_kafka_AlterConsumerGroupOffsets_destroy(alter);
    rd_kafka_event_t *event = rd_kafka_queue_poll(queue, 15000);
    bool ok = event && rd_kafka_event_error(event) == RD_KAFKA_RESP_ERR_NO_ERROR;
    if (ok) {
        size_t count = 0;
        const rd_kafka_group_result_t **groups = rd_kafka_AlterConsumerGroupOffsets_result_groups(
            rd_kafka_event_AlterConsumerGroupOffsets_result(event), &count);
        ok = count == 1 && !rd_kafka_group_result_error(groups[0]);
    }
    if (event)
        rd_kafka_event_destroy(event);
    rd_kafka_queue_destroy(queue);
    return ok;
}

/// Polls GET /api/v2/alerts every 50 ms without blocking the event loop; calls back with the time the
/// answer that first contained (or, with @p present false, no longer contained) the alert arrived.
class AlertPoller : public QObject
{
public:
    AlertPoller(QString url, QString filter)
        : m_url(std::move(url))
        , m_filter(std::move(filter))
    {
        m_timer.setInterval(50);
        connect(&m_timer, &QTimer::timeout, this, &AlertPoller::poll);
    }
    /// Runs the event loop until the alert is (not) there or @p timeoutMs passed; the time, or -1.
    qint64 waitFor(bool present, int timeoutMs)
    {
        m_present = present;
        m_seenAt = -1;
        QEventLoop loop;
        m_loop = &loop;
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        m_timer.start();
        poll();
        loop.exec();
        m_timer.stop();
        m_loop = nullptr;
        return m_seenAt;
    }

private:
    void poll()
    {
        if (m_inFlight || !m_loop)
            return;
        QUrl url(m_url + QStringLiteral("/api/v2/alerts"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("filter"), m_filter);
        url.setQuery(query);
        QNetworkReply *reply = m_network.get(QNetworkRequest(url));
        m_inFlight = true;
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            reply->deleteLater();
            m_inFlight = false;
            const qint64 at = QDateTime::currentMSecsSinceEpoch();
            const bool there = !QJsonDocument::fromJson(reply->readAll()).array().isEmpty();
            if (reply->error() == QNetworkReply::NoError && there == m_present && m_loop) {
                m_seenAt = at;
                m_loop->quit();
            }
        });
    }

    QString m_url;
    QString m_filter;
    QNetworkAccessManager m_network;
    QTimer m_timer;
    QEventLoop *m_loop = nullptr;
    bool m_inFlight = false;
    bool m_present = true;
    qint64 m_seenAt = -1;
};

/// Runs the event loop until @p done() or @p timeoutMs.
template<typename F>
bool spin(F done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

void report(const char *what, const QList<double> &values)
{
    std::printf("%-58s n=%lld  median %7.0f ms  p99 %7.0f ms  min %6.0f  max %6.0f\n", what,
                static_cast<long long>(values.size()), BenchTools::percentile(values, 0.5),
                BenchTools::percentile(values, 0.99), BenchTools::percentile(values, 0.0),
                BenchTools::percentile(values, 1.0));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int crossings = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 20;
    AlertmanagerProcess am;
    QString error;
    if (!am.start(error)) {
        std::fprintf(stderr, "alertmanager: %s\n", qPrintable(error));
        return 1;
    }
    const QByteArray group = "tw-bench-alert-" + QByteArray::number(QCoreApplication::applicationPid());
    char errstr[256];
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    rd_kafka_conf_set(conf, "bootstrap.servers", StackTools::kBootstrap, errstr, sizeof errstr);
    std::unique_ptr<rd_kafka_t, RdKafkaDeleter> admin(
        rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr, sizeof errstr));

    AlertRule rule;
    rule.name = QStringLiteral("TwBenchLag");
    rule.metric = QStringLiteral("tidewatch_kafka_consumergroup_lag");
    rule.matchers = {LabelMatcher{QStringLiteral("consumergroup"), QString::fromLatin1(group)}};
    rule.threshold = 5000;
    rule.severity = QStringLiteral("warning");
    Monitor monitor({rule});
    NotificationConfig config;
    NotificationTarget target;
    target.url = am.url();
    config.alertmanagers = {target};
    monitor.setNotifications(config);
    ClusterProfile profile;
    profile.name = QStringLiteral("stack");
    profile.bootstrapServers = QString::fromLatin1(StackTools::kBootstrap);
    profile.kafkaPollIntervalMs = 1000;
    monitor.monitor(profile);

    qint64 firedAt = -1;
    QObject::connect(&monitor, &Monitor::alertsEvaluated, &monitor,
                     [&](const QList<AlertTransition> &transitions, qint64 nowMs) {
                         for (const AlertTransition &t : transitions) {
                             if (t.to == AlertState::Firing && firedAt < 0)
                                 firedAt = nowMs;
                         }
                     });
    const QString filter = QStringLiteral("alertname=\"TwBenchLag\"");
    AlertPoller poller(am.url(), filter);
    QList<double> fire, arrive, commitMs, peer;
    for (int i = 0; i < crossings; ++i) {
        // Below the threshold first, and resolved everywhere.
        if (!commitOffsets(admin.get(), group, watermarks(admin.get(), true)) ||
            !spin([&] { return monitor.alerts().activeAlerts().isEmpty(); }, 30000) ||
            poller.waitFor(false, 30000) < 0) {
            std::fprintf(stderr, "crossing %d: the alert did not clear\n", i);
            return 1;
        }
        const QHash<int, qint64> earliest = watermarks(admin.get(), false);
        spin([] { return false; }, 500 + 97 * (i % 10)); // cross at varying phases of the 1 s poll
        firedAt = -1;
        const qint64 sent = QDateTime::currentMSecsSinceEpoch();
        if (!commitOffsets(admin.get(), group, earliest)) {
            std::fprintf(stderr, "crossing %d: commit failed\n", i);
            return 1;
        }
        const qint64 crossed = QDateTime::currentMSecsSinceEpoch(); // the coordinator has the offsets
        const qint64 arrived = poller.waitFor(true, 30000);
        if (arrived < 0 || !spin([&] { return firedAt > 0; }, 10000)) {
            std::fprintf(stderr, "crossing %d: no alert\n", i);
            return 1;
        }
        commitMs << double(crossed - sent);
        fire << double(firedAt - crossed);
        arrive << double(arrived - crossed);
        std::printf("crossing %2d: commit %4lld ms, fired %5lld ms, in Alertmanager %5lld ms\n", i + 1,
                    static_cast<long long>(crossed - sent), static_cast<long long>(firedAt - crossed),
                    static_cast<long long>(arrived - crossed));
        std::fflush(stdout);
    }
    commitOffsets(admin.get(), group, watermarks(admin.get(), true));
    spin([&] { return monitor.alerts().activeAlerts().isEmpty(); }, 30000);

    // Peer: the same kind of alert POSTed straight to Alertmanager, polled the same way.
    AlertPoller peerPoller(am.url(), QStringLiteral("alertname=\"TwBenchPeer\""));
    QNetworkAccessManager network;
    for (int i = 0; i < crossings; ++i) {
        const QString labels = QStringLiteral("{\"alertname\":\"TwBenchPeer\",\"n\":\"%1\"}").arg(i);
        const auto post = [&](const QString &endsAt) {
            QNetworkRequest request(QUrl(am.url() + QStringLiteral("/api/v2/alerts")));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            QNetworkReply *reply =
                network.post(request, (QStringLiteral("[{\"labels\":") + labels +
                                       QStringLiteral(",\"endsAt\":\"") + endsAt + QStringLiteral("\"}]"))
                                          .toUtf8());
            QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        };
        const qint64 t0 = QDateTime::currentMSecsSinceEpoch();
        post(QDateTime::currentDateTimeUtc().addSecs(300).toString(Qt::ISODateWithMs));
        const qint64 seen = peerPoller.waitFor(true, 10000);
        if (seen < 0)
            return 1;
        peer << double(seen - t0);
        post(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        peerPoller.waitFor(false, 10000);
    }
    StackTools::stack({QStringLiteral("consumer-groups"), QStringLiteral("--delete"),
                       QStringLiteral("--group"), QString::fromLatin1(group)});

    std::printf("\n%d crossings, Kafka poll interval 1000 ms, rule: lag > 5000, for 0s\n", crossings);
    report("offset commit (AlterConsumerGroupOffsets round trip)", commitMs);
    report("(a) commit acknowledged -> alert firing in Tidewatch", fire);
    report("(b) commit acknowledged -> alert visible in Alertmanager", arrive);
    report("peer: direct POST -> visible in Alertmanager (50 ms polls)", peer);
    return 0;
}
