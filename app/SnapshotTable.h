#pragma once

#include "FlinkSnapshot.h"
#include "KafkaSnapshot.h"

#include <QString>

#include <optional>

namespace Tidewatch::SnapshotTable {

/// Renders snapshots as plain-text tables for terminals, like `kcat -L` does for metadata.
QString render(const std::optional<KafkaSnapshot> &kafka, const std::optional<FlinkSnapshot> &flink,
               const QDateTime &now);

} // namespace Tidewatch::SnapshotTable
