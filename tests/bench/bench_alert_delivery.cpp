// Alert latency on the real stack (issue #12): from the offset commit that makes a consumer group's lag
// cross a rule's threshold to (a) the alert firing in Tidewatch (Monitor: the Kafka collector polling
// every second, then the evaluation) and (b) the alert being visible in a real Alertmanager 0.25
// (GET /api/v2/alerts polled every 50 ms). In the same run, for the same crossings: `tidewatch serve`
// polling the stack every second, a real Prometheus 2.42 scraping it every second and evaluating the
// same rule (exported by `tidewatch rules export --format prometheus`) every second, sending to the
// same Alertmanager: (c) the alert firing in Prometheus (GET /api/v1/alerts polled every 50 ms) and
// (d) Prometheus's alert (external label source="prometheus") visible in Alertmanager. The resolve
// side of all four is measured too. Peer: the same alert POSTed straight to that Alertmanager and
// polled the same way (the floor of (b) and (d) that no sender can beat).
//
//   bench_alert_delivery [crossings (default 20)]
//
// Needs the running stack, prometheus-alertmanager and prometheus (TIDEWATCH_PROMETHEUS overrides
// /usr/bin/prometheus, TIDEWATCH_BINARY the tidewatch binary built with it); the group
// tw-bench-alert-<pid> is deleted at the end.

#include "AlertmanagerProcess.h"
#include "BenchTools.h"
#include "Monitor.h"
#include "NotificationHub.h"
#include "PrometheusPeer.h"
#include "StackTools.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

#include <librdkafka/rdkafka.h>

#include <algorithm>
#include <cstdio>
#include <functional>
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

/// Polls a URL every 50 ms without blocking the event loop (one request in flight at a time) and
/// records when the first answer arrived whose body satisfies the predicate. Several watches run at
/// once, so one crossing is observed in Tidewatch, Alertmanager and Prometheus at the same time.
class HttpWatch : public QObject
{
public:
    using Predicate = std::function<bool(const QByteArray &body, bool present)>;
    HttpWatch(QUrl url, Predicate matches)
        : m_url(std::move(url))
        , m_matches(std::move(matches))
    {
        m_timer.setInterval(50);
        connect(&m_timer, &QTimer::timeout, this, &HttpWatch::poll);
    }
    /// Starts watching for the alert being there (@p present) or gone; forgets the last result.
    void arm(bool present)
    {
        m_present = present;
        m_seenAt = -1;
        m_timer.start();
        poll();
    }
    qint64 seenAt() const { return m_seenAt; }
    bool seen() const { return m_seenAt > 0; }

private:
    void poll()
    {
        if (m_inFlight)
            return;
        QNetworkReply *reply = m_network.get(QNetworkRequest(m_url));
        m_inFlight = true;
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            reply->deleteLater();
            m_inFlight = false;
            const qint64 at = QDateTime::currentMSecsSinceEpoch();
            if (reply->error() == QNetworkReply::NoError && m_seenAt < 0 &&
                m_matches(reply->readAll(), m_present)) {
                m_seenAt = at;
                m_timer.stop();
            }
        });
    }

    QUrl m_url;
    Predicate m_matches;
    QNetworkAccessManager m_network;
    QTimer m_timer;
    bool m_inFlight = false;
    bool m_present = true;
    qint64 m_seenAt = -1;
};

/// GET /api/v2/alerts of an Alertmanager with these matchers (each one a `filter` parameter).
QUrl amAlerts(const QString &base, const QStringList &matchers)
{
    QUrl url(base + QStringLiteral("/api/v2/alerts"));
    QUrlQuery query;
    for (const QString &m : matchers)
        query.addQueryItem(QStringLiteral("filter"), m);
    url.setQuery(query);
    return url;
}

/// Alertmanager: the answer (not) empty.
bool amMatches(const QByteArray &body, bool present)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    return doc.isArray() && doc.array().isEmpty() != present;
}

/// Prometheus GET /api/v1/alerts: an alert TwBenchLag in state firing (not) there.
bool promFiring(const QByteArray &body, bool present)
{
    const QJsonObject doc = QJsonDocument::fromJson(body).object();
    if (doc.value(QStringLiteral("status")).toString() != QLatin1String("success"))
        return false;
    bool firing = false;
    for (const QJsonValue &a : doc[QStringLiteral("data")][QStringLiteral("alerts")].toArray()) {
        firing |= a[QStringLiteral("labels")][QStringLiteral("alertname")].toString() ==
                      QLatin1String("TwBenchLag") &&
                  a[QStringLiteral("state")].toString() == QLatin1String("firing");
    }
    return firing == present;
}

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
    std::printf("%-62s n=%lld  median %6.0f ms  p99 %6.0f ms  min %6.0f  max %6.0f\n", what,
                static_cast<long long>(values.size()), BenchTools::percentile(values, 0.5),
                BenchTools::percentile(values, 0.99), BenchTools::percentile(values, 0.0),
                BenchTools::percentile(values, 1.0));
}

QString tool(const char *variable, const QString &fallback)
{
    const QString configured = qEnvironmentVariable(variable);
    return configured.isEmpty() ? fallback : configured;
}

/// One observation of one crossing (or resolve): each time relative to the acknowledged commit.
struct Columns
{
    QList<double> app, am, prom, promAm;
    void add(qint64 crossed, qint64 app_, qint64 am_, qint64 prom_, qint64 promAm_)
    {
        app << double(app_ - crossed);
        am << double(am_ - crossed);
        prom << double(prom_ - crossed);
        promAm << double(promAm_ - crossed);
    }
};

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

    // Comparison in the same run: `tidewatch serve` on the stack, a real Prometheus scraping it every
    // second with the same rule exported, sending to the same Alertmanager (source="prometheus").
    PrometheusPeer peerStack;
    PrometheusPeer::Options peerOptions;
    peerOptions.tidewatch = tool("TIDEWATCH_BINARY", QString::fromUtf8(TIDEWATCH_BINARY_DEFAULT));
    peerOptions.prometheus = tool("TIDEWATCH_PROMETHEUS", QStringLiteral("/usr/bin/prometheus"));
    peerOptions.bootstrap = QString::fromLatin1(StackTools::kBootstrap);
    peerOptions.alertmanagerUrl = am.url();
    peerOptions.rule = rule;
    if (!peerStack.start(peerOptions, error)) {
        std::fprintf(stderr, "prometheus peer: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("Prometheus evaluates (exported by tidewatch rules export):\n%s\n",
                peerStack.exportedRules().constData());

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
    qint64 resolvedAt = -1;
    QObject::connect(&monitor, &Monitor::alertsEvaluated, &monitor,
                     [&](const QList<AlertTransition> &transitions, qint64 nowMs) {
                         for (const AlertTransition &t : transitions) {
                             if (t.to == AlertState::Firing && firedAt < 0)
                                 firedAt = nowMs;
                             if (t.from == AlertState::Firing && t.to == AlertState::Inactive &&
                                 resolvedAt < 0)
                                 resolvedAt = nowMs;
                         }
                     });
    const QString name = QStringLiteral("alertname=\"TwBenchLag\"");
    HttpWatch amTidewatch(amAlerts(am.url(), {name, QStringLiteral("source!=\"prometheus\"")}), amMatches);
    HttpWatch amPrometheus(amAlerts(am.url(), {name, QStringLiteral("source=\"prometheus\"")}), amMatches);
    HttpWatch prometheus(QUrl(peerStack.prometheusUrl() + QStringLiteral("/api/v1/alerts")), promFiring);
    const QList<HttpWatch *> watches{&amTidewatch, &amPrometheus, &prometheus};
    const auto allSeen = [&] {
        return std::all_of(watches.cbegin(), watches.cend(), [](const HttpWatch *w) { return w->seen(); });
    };

    Columns fire, resolve;
    QList<double> commitMs;
    // Below the threshold, resolved everywhere; from the second round on it is measured.
    const auto resolveAll = [&](int i, bool measured) {
        if (measured) // resolve at varying phases of the 1 s poll too
            spin([] { return false; }, 500 + 97 * ((i + 5) % 10));
        resolvedAt = -1;
        const qint64 sent = QDateTime::currentMSecsSinceEpoch();
        if (!commitOffsets(admin.get(), group, watermarks(admin.get(), true)))
            return false;
        const qint64 crossed = QDateTime::currentMSecsSinceEpoch();
        for (HttpWatch *w : watches)
            w->arm(false);
        if (!spin(
                [&] {
                    return (measured ? resolvedAt > 0 : monitor.alerts().activeAlerts().isEmpty()) &&
                           allSeen();
                },
                30000))
            return false;
        if (measured) {
            resolve.add(crossed, resolvedAt, amTidewatch.seenAt(), prometheus.seenAt(),
                        amPrometheus.seenAt());
            std::printf(
                "resolve  %2d: commit %4lld ms, Tidewatch %5lld, its AM %5lld, Prometheus %5lld, its AM "
                "%5lld ms\n",
                i, static_cast<long long>(crossed - sent), static_cast<long long>(resolvedAt - crossed),
                static_cast<long long>(amTidewatch.seenAt() - crossed),
                static_cast<long long>(prometheus.seenAt() - crossed),
                static_cast<long long>(amPrometheus.seenAt() - crossed));
        }
        return true;
    };
    for (int i = 0; i < crossings; ++i) {
        if (!resolveAll(i, i > 0)) {
            std::fprintf(stderr, "crossing %d: the alert did not clear everywhere\n%s\n", i,
                         peerStack.logs().constData());
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
        for (HttpWatch *w : watches)
            w->arm(true);
        if (!spin([&] { return firedAt > 0 && allSeen(); }, 30000)) {
            std::fprintf(stderr,
                         "crossing %d: no alert (Tidewatch %d, its AM %d, Prometheus %d, its AM %d)\n%s\n", i,
                         firedAt > 0, amTidewatch.seen(), prometheus.seen(), amPrometheus.seen(),
                         peerStack.logs().constData());
            return 1;
        }
        commitMs << double(crossed - sent);
        fire.add(crossed, firedAt, amTidewatch.seenAt(), prometheus.seenAt(), amPrometheus.seenAt());
        std::printf("crossing %2d: commit %4lld ms, Tidewatch %5lld, its AM %5lld, Prometheus %5lld, its AM "
                    "%5lld ms\n",
                    i + 1, static_cast<long long>(crossed - sent), static_cast<long long>(firedAt - crossed),
                    static_cast<long long>(amTidewatch.seenAt() - crossed),
                    static_cast<long long>(prometheus.seenAt() - crossed),
                    static_cast<long long>(amPrometheus.seenAt() - crossed));
        std::fflush(stdout);
    }
    if (!resolveAll(crossings, true))
        std::fprintf(stderr, "the last resolve was not seen everywhere within 30 s\n");

    // Peer: the same kind of alert POSTed straight to Alertmanager, polled the same way.
    HttpWatch peerWatch(amAlerts(am.url(), {QStringLiteral("alertname=\"TwBenchPeer\"")}), amMatches);
    QNetworkAccessManager network;
    QList<double> peer;
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
        peerWatch.arm(true);
        if (!spin([&] { return peerWatch.seen(); }, 10000))
            return 1;
        peer << double(peerWatch.seenAt() - t0);
        post(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        peerWatch.arm(false);
        spin([&] { return peerWatch.seen(); }, 10000);
    }
    StackTools::stack({QStringLiteral("consumer-groups"), QStringLiteral("--delete"),
                       QStringLiteral("--group"), QString::fromLatin1(group)});

    std::printf("\n%d crossings, Kafka poll interval 1000 ms (Monitor and serve), rule: lag > 5000, for 0s; "
                "Prometheus scrape and evaluation interval 1 s\n",
                crossings);
    report("offset commit (AlterConsumerGroupOffsets round trip)", commitMs);
    report("(a) commit acknowledged -> alert firing in Tidewatch", fire.app);
    report("(b) commit acknowledged -> Tidewatch's alert in Alertmanager", fire.am);
    report("(c) commit acknowledged -> firing in Prometheus (serve + scrape)", fire.prom);
    report("(d) commit acknowledged -> Prometheus's alert in Alertmanager", fire.promAm);
    report("resolve: commit -> resolved in Tidewatch", resolve.app);
    report("resolve: commit -> Tidewatch's alert gone from Alertmanager", resolve.am);
    report("resolve: commit -> no longer firing in Prometheus", resolve.prom);
    report("resolve: commit -> Prometheus's alert gone from Alertmanager", resolve.promAm);
    report("peer: direct POST -> visible in Alertmanager (50 ms polls)", peer);
    return 0;
}
