#pragma once

#include "FlinkSnapshot.h"
#include "KafkaSnapshot.h"

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

/// The whole document: {"schema", "generatedAt", "kafka"?, "flink"?}.
QJsonObject document(const std::optional<KafkaSnapshot> &kafka, const std::optional<FlinkSnapshot> &flink,
                     const QDateTime &now);

} // namespace Tidewatch::SnapshotJson
