#pragma once

#include "PrometheusTextParser.h"

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
    std::optional<double> logSizeTotal;
    std::optional<double>
        produceP99Ms; ///< kafka_network_requestmetrics_totaltimems{request="Produce",quantile="0.99"}
    std::optional<double> fetchConsumerP99Ms; ///< the same for FetchConsumer
    int parseErrors = 0;
};

/// Picks the Kafka series out of a parsed exposition. Pure. Series that are absent stay empty.
Scrape extract(const PrometheusExposition &exposition);

/// The metrics URL of a broker: an entry of @p explicitUrls ("id=url,id=url"), or @p urlTemplate
/// with "{host}" and "{id}" replaced. Empty when neither applies.
QString urlFor(int brokerId, const QString &host, const QString &spec);

} // namespace Tidewatch::BrokerMetrics
