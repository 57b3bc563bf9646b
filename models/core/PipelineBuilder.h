#pragma once

#include "ConnectSnapshot.h"
#include "FlinkSnapshot.h"
#include "KafkaSnapshot.h"
#include "PipelineConfig.h"
#include "PipelineSnapshot.h"
#include "PostgresSnapshot.h"

namespace Tidewatch {

/// The latest snapshots of one cluster a pipeline view is built from; any may be missing.
struct PipelineInputs
{
    QString clusterName;
    const KafkaSnapshot *kafka = nullptr;
    const FlinkSnapshot *flink = nullptr;
    QList<const ConnectSnapshot *> connects; ///< one per Connect cluster of the profile
    /// The connector called @p name in any of the Connect clusters (and its snapshot), or nullptr.
    const ConnectConnectorInfo *connector(const QString &name, const ConnectSnapshot **in = nullptr) const;
    const PostgresSnapshot *postgres = nullptr;
    qint64 nowMs = 0;
    qint64 staleAfterMs = 0; ///< data older than this is not live: its hops are Unknown
};

/// Builds the pipelines of a cluster: the user's definitions (config.definitions) and, unless
/// config.autoPipelines is false, the ones found in the snapshots:
///  - every source connector, per topic it writes: [database slot] > connector > topic > each
///    consumer of that topic (sink connector, Flink job, or consumer group), one pipeline per
///    consumer (a topic read by two groups is two pipelines); no consumer: it ends at the topic;
///  - every topic read by a Flink job or a sink connector that no source connector writes:
///    topic > consumer;
///  - a Debezium PostgreSQL connector starts at the database hop of its replication slot when the
///    slot is known: the only logical slot of the server, or one named after the connector.
/// Groups that are a sink connector's or a Flink job's own appear as that connector or job.
/// An automatic pipeline named like a user's is left out. Pure: snapshots in, pipelines out.
PipelineSnapshot buildPipelines(const PipelineInputs &inputs, const PipelineConfig &config);

/// Resolves one pipeline's hops (figures, states, worst hop, end-to-end lag). Exposed for tests.
Pipeline resolvePipeline(const PipelineInputs &inputs, const PipelineDefinition &definition, bool automatic);

} // namespace Tidewatch
