#pragma once

#include "FlinkSnapshot.h"
#include "KafkaSnapshot.h"

#include <QString>

#include <optional>

namespace Tidewatch::SnapshotTable {

/// Renders snapshots as plain-text tables for terminals, like `kcat -L` does for metadata.
QString render(const std::optional<KafkaSnapshot> &kafka, const std::optional<FlinkSnapshot> &flink,
               const QDateTime &now);

/// @p text safe to print on a terminal: control characters (C0, DEL, C1) and bidirectional overrides,
/// which a server-supplied name could use to move the cursor, retitle the window or hide text, become
/// visible escapes ("\x1b", "\r", "\u202e"); newlines too unless @p keepNewlines.
QString terminalSafe(const QString &text, bool keepNewlines = false);

} // namespace Tidewatch::SnapshotTable
