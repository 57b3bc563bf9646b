#pragma once

#include "PrometheusTextParser.h"

#include <QHash>
#include <QMap>
#include <QString>

#include <optional>

namespace Tidewatch::BrokerMetrics {

/// What one scrape of a broker's Prometheus endpoint (the JMX exporter's Kafka rules) says.
/// Counters are totals since the broker started; rates come from successive scrapes.
struct Scrape
{
    std::optional<double> bytesInTotal; ///< kafka_server_brokertopicmetrics_bytesin_total (no topic label)
    std::optional<double> bytesOutTotal;
    std::optional<double> messagesInTotal;
    QMap<QString, double> bytesInByTopic;
    QMap<QString, double> bytesOutByTopic;
    QMap<QString, double> logSizeByTopic; ///< bytes of this broker's replicas, summed per topic
    /// kafka_log_log_size of each replica on this broker, by (topic, partition); a sample whose
    /// partition label is not a number is counted in parseErrors.
    QHash<QPair<QString, int>, double> logSizeByPartition;
    std::optional<double> logSizeTotal;
    std::optional<double>
        produceP99Ms; ///< kafka_network_requestmetrics_totaltimems{request="Produce",quantile="0.99"};
                      ///< unknown while the broker has served no such request (its count is 0)
    std::optional<double> fetchConsumerP99Ms; ///< the same for FetchConsumer
    /// kafka_controller_kafkacontroller_activecontrollercount: 1 on the active KRaft (or ZooKeeper)
    /// controller, 0 elsewhere; absent where the node is not a controller or the rule is missing.
    std::optional<double> activeControllerCount;
    /// kafka_server_raft_metrics_current_leader: the metadata quorum's leader as this node sees it
    /// (-1: unknown). Brokers follow the quorum too, so it names the controller on every KRaft node.
    std::optional<double> raftCurrentLeader;
    int parseErrors = 0;
};

/// Picks the Kafka series out of a parsed exposition. Pure. Series that are absent stay empty.
Scrape extract(const PrometheusExposition &exposition);

/// Which node is the active controller, from the scrapes of this cycle (keyed by broker id).
struct ControllerGuess
{
    enum class Source
    {
        Unknown,               ///< no scrape says: the controller is unknown
        ActiveControllerCount, ///< a scraped node reports ActiveControllerCount 1
        RaftLeader,            ///< the quorum leader most scraped nodes name (current-leader)
        NoLeader, ///< every scraped node reports no quorum leader (or, without quorum metrics, all report
                  ///< ActiveControllerCount 0): no controller now
    };
    int nodeId = -1;
    Source source = Source::Unknown;
};
/// Pure. A node reporting ActiveControllerCount 1 wins; otherwise the quorum leader named by most
/// nodes; every node saying -1 (or all ActiveControllerCount 0 without quorum metrics, as under
/// ZooKeeper) gives NoLeader; a tie or no data gives Unknown.
ControllerGuess controllerFrom(const QHash<int, Scrape> &scrapes);

/// The metrics URL of a broker: an entry of @p explicitUrls ("id=url,id=url"), or @p urlTemplate
/// with "{host}" and "{id}" replaced. Empty when neither applies.
QString urlFor(int brokerId, const QString &host, const QString &spec);

} // namespace Tidewatch::BrokerMetrics
