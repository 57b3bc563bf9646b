#pragma once

#include "ClusterProfile.h"

#include <librdkafka/rdkafka.h>

#include <QString>

#include <memory>

namespace Tidewatch {

/// Owns one librdkafka client handle configured from a profile, for read-only monitoring.
class KafkaHandle
{
public:
    /// Creates the handle; on failure handle() is null and error() says why.
    explicit KafkaHandle(const ClusterProfile &profile);

    rd_kafka_t *handle() const { return m_handle.get(); }
    const QString &error() const { return m_error; }

private:
    struct Deleter
    {
        void operator()(rd_kafka_t *rk) const { rd_kafka_destroy(rk); }
    };
    std::unique_ptr<rd_kafka_t, Deleter> m_handle;
    QString m_error;
};

} // namespace Tidewatch
