#pragma once

#include "BusinessConfig.h"
#include "HttpAuth.h"
#include "PipelineConfig.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Tidewatch {

/// Ties a Flink job (by name) to the Kafka consumer group and topics it reads, where Flink's own
/// metrics cannot tell (they name topics but never the group).
struct FlinkKafkaLink
{
    QString jobName;    ///< exact job name; "*" matches every job
    QString groupId;    ///< the KafkaSource's group.id
    QStringList topics; ///< empty: keep the topics found in the source's metrics

    friend bool operator==(const FlinkKafkaLink &, const FlinkKafkaLink &) = default;
};

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
    /// The largest answer read from the Flink REST endpoint and from one broker's metrics endpoint;
    /// a larger one is cut off with an error (docs/RELIABILITY.md).
    static constexpr qint64 kDefaultFlinkMaxResponseBytes = 16 * 1024 * 1024;
    static constexpr qint64 kDefaultBrokerMetricsMaxResponseBytes = 64 * 1024 * 1024;
    qint64 flinkMaxResponseBytes = kDefaultFlinkMaxResponseBytes;
    qint64 brokerMetricsMaxResponseBytes = kDefaultBrokerMetricsMaxResponseBytes;
    /// Optional HTTP basic authentication for the Flink REST endpoint (both empty: none).
    QString flinkUser;
    QString flinkPassword;
    /// PEM file with the CA certificate(s) that sign an https Flink endpoint, added to the system
    /// ones. Empty: the system CAs only.
    QString flinkCaFile;
    /// Kafka Connect REST URLs ("http://[user:password@]host:port"), one per Connect cluster; empty:
    /// no Connect part. Credentials in a URL are used for basic auth and never shown.
    QStringList connectUrls;
    /// TLS (CA, client certificate) and basic auth of the Connect workers; a URL's own user:password
    /// takes the place of user and password for that worker.
    HttpAuth connectAuth;
    int connectPollIntervalMs = 5000;
    /// The largest answer read from a Connect worker (the expanded connector list of a big cluster).
    qint64 connectMaxResponseBytes = kDefaultFlinkMaxResponseBytes;
    /// Client certificate (mutual TLS) of an https Flink endpoint, its key (empty: in the certificate's
    /// file) and the key's passphrase (a secret).
    QString flinkCertFile;
    QString flinkKeyFile;
    QString flinkKeyPassphrase;
    /// TLS and basic authentication of the broker metrics scrapes.
    HttpAuth brokerMetricsAuth;
    /// Kafka inputs of Flink jobs, overriding or completing what the source metrics show.
    QList<FlinkKafkaLink> flinkKafkaLinks;
    /// A Kafka source subtask that read nothing for this long is idle: its watermark is not lag.
    int flinkSourceIdleMs = 30000;
    /// FAILED, FINISHED and CANCELED jobs stay in the snapshot this long after their end time
    /// (JobManager clock), then are left out; Flink itself keeps them for an hour by default.
    qint64 flinkTerminalJobRetentionMs = 15 * 60 * 1000;
    /// Consumer groups that read with isolation.level=read_committed, as wildcard patterns (* and ?),
    /// e.g. "flink-*": their lag ends at the last stable offset. Kafka does not tell a group's isolation
    /// level, so it is said here; groups not named are measured to the high watermark.
    QStringList readCommittedGroups;
    /// A transaction whose last stable offset stays below the high watermark for this long is hanging.
    qint64 hangingTransactionMs = 5 * 60 * 1000;
    /// The event topics behind the business views (orders, shipments, SLA); none by default.
    BusinessConfig business;
    /// The database, Debezium metrics and pipelines of the Pipelines page; none by default.
    PipelineConfig pipeline;

    /// The Flink REST endpoint's TLS and authentication options.
    HttpAuth flinkAuth() const
    {
        return {flinkUser, flinkPassword, flinkCaFile, flinkCertFile, flinkKeyFile, flinkKeyPassphrase};
    }
    void setFlinkAuth(const HttpAuth &auth)
    {
        flinkUser = auth.user;
        flinkPassword = auth.password;
        flinkCaFile = auth.caFile;
        flinkCertFile = auth.certFile;
        flinkKeyFile = auth.keyFile;
        flinkKeyPassphrase = auth.keyPassphrase;
    }

    bool hasKafka() const { return !bootstrapServers.isEmpty(); }
    bool hasFlink() const { return !flinkRestUrl.isEmpty(); }
    bool hasConnect() const { return !connectUrls.isEmpty(); }
    bool hasBusiness() const { return hasKafka() && business.isEnabled(); }
    bool hasPostgres() const { return pipeline.hasPostgres(); }

    friend bool operator==(const ClusterProfile &, const ClusterProfile &) = default;
};

} // namespace Tidewatch
