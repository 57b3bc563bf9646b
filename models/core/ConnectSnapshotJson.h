#pragma once

#include "ConnectSnapshot.h"
#include "KafkaSnapshot.h"

#include <QDateTime>
#include <QJsonObject>

namespace Tidewatch::ConnectSnapshotJson {

/// One Kafka Connect cluster in the `connect` list of the `tidewatch.snapshot/1` document
/// (docs/SNAPSHOT.md). A sink connector's consumer group is looked up in @p kafka (the profile's
/// Kafka snapshot, if any) so its lag is shown with it. Unknown values are null.
QJsonObject toJson(const ConnectSnapshot &snapshot, const QDateTime &now,
                   const KafkaSnapshot *kafka = nullptr);

} // namespace Tidewatch::ConnectSnapshotJson
