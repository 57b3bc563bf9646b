#pragma once

#include <QList>
#include <QString>

namespace Tidewatch {

/// One step of a pipeline as the user names it in the profile.
struct PipelineHopRef
{
    enum class Kind
    {
        Database,  ///< the PostgreSQL database (its replication slots): "database:shop"
        Connector, ///< a Kafka Connect connector, source or sink: "connector:orders-cdc"
        Topic,     ///< a Kafka topic: "topic:orders-cdc"
        Group,     ///< a consumer group: "group:tw-flink-orders"
        FlinkJob,  ///< a Flink job by name: "flink:orders-enrichment"
    };
    Kind kind = Kind::Topic;
    QString id;

    friend bool operator==(const PipelineHopRef &, const PipelineHopRef &) = default;
};

/// A pipeline the user defined: a name and its hops in order.
struct PipelineDefinition
{
    QString name;
    QList<PipelineHopRef> hops;

    friend bool operator==(const PipelineDefinition &, const PipelineDefinition &) = default;
};

/// The profile's pipeline settings: the database whose replication slots are watched, where
/// Debezium's own metrics are scraped, and the user's pipelines.
struct PipelineConfig
{
    /// A libpq connection string ("host=127.0.0.1 port=15432 dbname=shop user=tidewatch");
    /// empty: no database part. The password is never part of it.
    QString postgres;
    QString postgresPassword; ///< a secret: never written to the profiles file, never printed
    /// The Kafka Connect worker's Prometheus endpoint (JMX exporter) with Debezium's MBeans;
    /// empty: no Debezium figures.
    QString debeziumMetrics;
    /// The user's pipelines; an automatic pipeline of the same name is replaced by the user's.
    QList<PipelineDefinition> definitions;
    bool autoPipelines = true; ///< also show the pipelines built from what the collectors know

    bool hasPostgres() const { return !postgres.isEmpty(); }

    friend bool operator==(const PipelineConfig &, const PipelineConfig &) = default;
};

/// "database" / "connector" / "topic" / "group" / "flink".
QString pipelineHopKindName(PipelineHopRef::Kind kind);
/// Parses "NAME: kind:id > kind:id > ..." (the `pipeline.N` profile key and `--pipeline`);
/// false with @p error for text that is not one.
bool parsePipelineDefinition(const QString &text, PipelineDefinition &out, QString &error);
/// The inverse of parsePipelineDefinition().
QString pipelineDefinitionText(const PipelineDefinition &definition);

} // namespace Tidewatch
