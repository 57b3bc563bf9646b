#pragma once

#include "KafkaSnapshot.h"

#include <librdkafka/rdkafka.h>

namespace Tidewatch::KafkaMetadataReader {

/// Converts librdkafka's metadata into sorted brokers and topics. Pure: no I/O.
void fill(const rd_kafka_metadata_t &metadata, KafkaSnapshot &snapshot);

/// True for topics Kafka manages itself (names starting with "__").
bool isInternalTopic(const QString &name);

} // namespace Tidewatch::KafkaMetadataReader
