#pragma once

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace Tidewatch::ConsumerProtocol {

/// Decodes a consumer group member's assignment (Kafka's ConsumerProtocol "Assignment": version,
/// then [topic, [partition]], then user data), as DescribeGroups returns it in raw bytes.
/// Returns the (topic, partition) pairs sorted, or nullopt for bytes that are not a valid assignment.
/// Empty input is a valid, empty assignment (a member between rebalances).
std::optional<QList<QPair<QString, int>>> decodeAssignment(const void *data, qsizetype size);

} // namespace Tidewatch::ConsumerProtocol
