#pragma once

#include "KafkaSnapshot.h"

#include <librdkafka/rdkafka.h>

namespace Tidewatch::KafkaGroupReader {

struct Result
{
    QList<ConsumerGroupInfo> groups; ///< sorted by id, deduplicated; no lag filled in yet
    QString error;                   ///< empty when every broker answered
    int requestCount = 0;
};

/// Lists and describes every group of the cluster: one ListGroups and one DescribeGroups (carrying
/// all its groups) per broker, whatever the number of groups. Blocking, bounded by @p timeoutMs.
/// @p brokerCount is only used to count requests.
Result readGroups(rd_kafka_t *rk, int brokerCount, int timeoutMs);

} // namespace Tidewatch::KafkaGroupReader
