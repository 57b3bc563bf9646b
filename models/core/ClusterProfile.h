#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace Tidewatch {

/// A connection profile: one Kafka cluster and, optionally, the Flink cluster that reads from it.
/// Passed in to collectors; never read from a global.
struct ClusterProfile
{
    QString name;             ///< shown in the UI, unique among profiles
    QString bootstrapServers; ///< "host:port,host:port"; empty: no Kafka part
    /// Extra librdkafka properties (security, SASL, TLS, ...).
    QList<QPair<QString, QString>> kafkaProperties;
    QString flinkRestUrl; ///< "http://host:port"; empty: no Flink part
    /// Where the brokers serve Prometheus metrics (JMX exporter): a template with {host} and {id}
    /// ("http://{host}:9404/metrics") or explicit "id=url,id=url". Empty: no broker metrics.
    QString brokerMetrics;
    int kafkaPollIntervalMs = 2000;
    int kafkaMetadataRefreshMs = 30000; ///< metadata and topic configs change rarely: refreshed less often
    int flinkPollIntervalMs = 2000;
    int requestTimeoutMs = 5000; ///< bound on every single request

    bool hasKafka() const { return !bootstrapServers.isEmpty(); }
    bool hasFlink() const { return !flinkRestUrl.isEmpty(); }
};

} // namespace Tidewatch
