#pragma once

#include "KafkaSnapshot.h"

#include <librdkafka/rdkafka.h>

namespace Tidewatch::KafkaMetadataReader {

/// Converts librdkafka's metadata into sorted brokers and topics. Pure: no I/O. A partition with a
/// negative id (invalid metadata) is skipped, never used as an index: each topic with such partitions
/// adds one line to snapshot.partErrors with their count.
void fill(const rd_kafka_metadata_t &metadata, KafkaSnapshot &snapshot);

/// True for topics Kafka manages itself (names starting with "__").
bool isInternalTopic(const QString &name);

} // namespace Tidewatch::KafkaMetadataReader
