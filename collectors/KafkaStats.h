#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace Tidewatch::KafkaStats {

/// What librdkafka's statistics JSON says of one broker connection.
struct BrokerConnection
{
    QString state;           ///< "UP", "DOWN", "CONNECT", "AUTH", ...
    double rttMs = -1;       ///< average round trip over the statistics window; negative: no sample
    qint64 disconnects = -1; ///< connections lost since the client started; negative: not reported
};

/// Reads the per-broker part of a librdkafka statistics JSON (keyed by node id; bootstrap and logical
/// brokers, whose ids are negative, are skipped). Returns an empty map for malformed input. Pure.
QHash<int, BrokerConnection> parseBrokers(const QByteArray &json);

} // namespace Tidewatch::KafkaStats
