#include "BrokerMetrics.h"

#include "NumberRange.h"

#include <cmath>

namespace Tidewatch::BrokerMetrics {

namespace {

std::optional<double> finite(std::optional<double> value)
{
    return value && std::isfinite(*value) ? value : std::nullopt;
}

std::optional<double> unlabelled(const PrometheusExposition &e, const QString &name)
{
    // The broker-wide series is the one without a topic label.
    for (const PrometheusSample &s : e.samples) {
        if (s.name == name && s.label(QStringLiteral("topic")).isEmpty())
            return finite(s.value);
    }
    return std::nullopt;
}

std::optional<double> latencyP99(const PrometheusExposition &e, const QString &request)
{
    const QString name = QStringLiteral("kafka_network_requestmetrics_totaltimems");
    // A broker that never served this request (it leads nothing, nobody fetches from it) reports its
    // empty histogram's quantiles as 0: that is no measurement, not a 0 ms latency.
    const QString counts[] = {name + QLatin1String("_requests_total"), name + QLatin1String("_count")};
    for (const QString &count : counts) {
        const std::optional<double> served = finite(e.value(count, {{QStringLiteral("request"), request}}));
        if (served && *served <= 0)
            return std::nullopt;
    }
    return finite(e.value(
        name, {{QStringLiteral("quantile"), QStringLiteral("0.99")}, {QStringLiteral("request"), request}}));
}

} // namespace

Scrape extract(const PrometheusExposition &e)
{
    Scrape out;
    const QString bytesIn = QStringLiteral("kafka_server_brokertopicmetrics_bytesin_total");
    const QString bytesOut = QStringLiteral("kafka_server_brokertopicmetrics_bytesout_total");
    const QString messagesIn = QStringLiteral("kafka_server_brokertopicmetrics_messagesin_total");
    const QString logSize = QStringLiteral("kafka_log_log_size");
    out.bytesInTotal = unlabelled(e, bytesIn);
    out.bytesOutTotal = unlabelled(e, bytesOut);
    out.messagesInTotal = unlabelled(e, messagesIn);
    out.bytesInByTopic = e.sumBy(bytesIn, QStringLiteral("topic"));
    out.bytesOutByTopic = e.sumBy(bytesOut, QStringLiteral("topic"));
    out.logSizeByTopic = e.sumBy(logSize, QStringLiteral("topic"));
    if (!out.logSizeByTopic.isEmpty()) {
        double total = 0;
        for (double v : std::as_const(out.logSizeByTopic))
            total += v;
        out.logSizeTotal = total;
    }
    for (const PrometheusSample &sample : e.samples) {
        if (sample.name != logSize || std::isnan(sample.value))
            continue;
        bool ok = false;
        const int partition = sample.label(QStringLiteral("partition")).toInt(&ok);
        const QString topic = sample.label(QStringLiteral("topic"));
        if (!ok || partition < 0 || topic.isEmpty()) {
            ++out.parseErrors;
            continue;
        }
        out.logSizeByPartition.insert({topic, partition}, sample.value);
    }
    out.produceP99Ms = latencyP99(e, QStringLiteral("Produce"));
    out.fetchConsumerP99Ms = latencyP99(e, QStringLiteral("FetchConsumer"));
    out.activeControllerCount =
        unlabelled(e, QStringLiteral("kafka_controller_kafkacontroller_activecontrollercount"));
    out.raftCurrentLeader = unlabelled(e, QStringLiteral("kafka_server_raft_metrics_current_leader"));
    out.parseErrors += int(e.errors.size());
    return out;
}

ControllerGuess controllerFrom(const QHash<int, Scrape> &scrapes)
{
    // The active controller says so itself; that is proof. Failing that, the quorum leader most of the
    // scraped nodes name (they agree except for a moment around an election).
    QHash<int, int> votes;
    bool noLeader = false;
    bool anyRaft = false;
    bool anyActiveCount = false;
    for (auto it = scrapes.cbegin(); it != scrapes.cend(); ++it) {
        if (it->activeControllerCount && *it->activeControllerCount >= 1.0)
            return {it.key(), ControllerGuess::Source::ActiveControllerCount};
        anyRaft = anyRaft || it->raftCurrentLeader.has_value();
        anyActiveCount = anyActiveCount || it->activeControllerCount.has_value();
        // A node id is an int: a gauge out of that range (or with a fraction) names no node.
        const std::optional<int> leader =
            it->raftCurrentLeader ? NumberRange::toInteger<int>(*it->raftCurrentLeader) : std::nullopt;
        if (leader && *leader >= 0 && double(*leader) == *it->raftCurrentLeader)
            ++votes[*leader];
        else if (it->raftCurrentLeader && *it->raftCurrentLeader < 0)
            noLeader = true;
    }
    // Every node says there is no quorum leader; or (ZooKeeper mode, no quorum metrics) every node
    // reports ActiveControllerCount 0: no controller now.
    if (votes.isEmpty() && (noLeader || (!anyRaft && anyActiveCount)))
        return {-1, ControllerGuess::Source::NoLeader};
    int best = -1;
    int bestVotes = 0;
    bool tie = false;
    for (auto it = votes.cbegin(); it != votes.cend(); ++it) {
        if (it.value() > bestVotes) {
            best = it.key();
            bestVotes = it.value();
            tie = false;
        } else if (it.value() == bestVotes) {
            tie = true;
        }
    }
    if (best < 0 || tie)
        return {};
    return {best, ControllerGuess::Source::RaftLeader};
}

QString urlFor(int brokerId, const QString &host, const QString &spec)
{
    if (spec.isEmpty())
        return {};
    if (spec.contains(QLatin1String("{host}")) || spec.contains(QLatin1String("{id}"))) {
        QString url = spec;
        return url.replace(QLatin1String("{host}"), host)
            .replace(QLatin1String("{id}"), QString::number(brokerId));
    }
    const QString prefix = QString::number(brokerId) + QLatin1Char('=');
    for (const QString &entry : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (entry.trimmed().startsWith(prefix))
            return entry.trimmed().mid(prefix.size());
    }
    return {};
}

} // namespace Tidewatch::BrokerMetrics
