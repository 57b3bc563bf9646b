#pragma once

#include "BusinessSnapshot.h"
#include "ConnectSnapshot.h"
#include "FlinkSnapshot.h"
#include "KafkaSnapshot.h"
#include "PipelineSnapshot.h"
#include "PostgresSnapshot.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace Tidewatch::SnapshotJson {

/// The schema identifier written into every document; bumped only for incompatible changes.
inline constexpr const char *kSchema = "tidewatch.snapshot/1";

/// The documented, stable JSON form of the snapshots (docs/SNAPSHOT.md). Unknown values are null,
/// never -1. @p now is used for data ages.
QJsonObject kafkaToJson(const KafkaSnapshot &snapshot, const QDateTime &now);
QJsonObject flinkToJson(const FlinkSnapshot &snapshot, const QDateTime &now);
QJsonObject statusToJson(const SourceStatus &status, const QDateTime &now);
/// The business part: orders, shipments, SLA and event quality of a cluster's event topics. Event
/// times are ISO-8601 UTC strings, durations milliseconds; unknown values are null.
QJsonObject businessToJson(const BusinessSnapshot &snapshot, const QDateTime &now);

/// The database part: replication slots and Debezium's own figures (docs/SNAPSHOT.md `postgres`).
QJsonObject postgresToJson(const PostgresSnapshot &snapshot, const QDateTime &now);
/// The `pipelines` member: each pipeline with its hops, worst hop and end-to-end lag.
QJsonArray pipelinesToJson(const PipelineSnapshot &snapshot);

/// The whole document: {"schema", "generatedAt", "kafka"?, "flink"?, "business"?, "connect"?}; the
/// `connect` list (one entry per Kafka Connect cluster) is present when @p connect is not empty.
QJsonObject document(const std::optional<KafkaSnapshot> &kafka, const std::optional<FlinkSnapshot> &flink,
                     const QDateTime &now, const std::optional<BusinessSnapshot> &business = std::nullopt,
                     const QList<ConnectSnapshot> &connect = {});

} // namespace Tidewatch::SnapshotJson
