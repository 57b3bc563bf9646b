#pragma once

#include "ClusterProfile.h"

#include <librdkafka/rdkafka.h>

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace Tidewatch {

/// Owns one librdkafka client handle configured from a profile, for read-only monitoring.
class KafkaHandle
{
public:
    /// The group id of the monitor handle: never subscribed with, so the group never exists on the
    /// cluster (see Role::Monitor).
    static constexpr const char *kMonitorGroupId = "tidewatch-monitor-never-joins";

    enum class Role
    {
        /// Metadata, offsets, groups: a consumer-type handle with group.id kMonitorGroupId that never
        /// subscribes (so it joins nothing and commits nothing), with statistics for the brokers'
        /// connection state. The group id keeps librdkafka 2.0.2 from crashing when a coordinator
        /// moves while committed offsets are asked for.
        Monitor,
        /// Reads single records through the simple (legacy) consumer API: a consumer-type handle
        /// without group.id, so it can never join a group or commit. No statistics.
        RecordReader,
        /// Reads event topics from start to end through the simple (legacy) consumer API: a
        /// consumer-type handle without group.id (librdkafka 2.0.2 refuses rd_kafka_assign() without
        /// one, and with one it asks for a group coordinator), so it never joins, commits or even
        /// looks up a group. Client errors are kept for takeErrors(). No statistics.
        EventReader,
        /// Asks for the last stable offsets (ListOffsets "latest" under isolation.level=read_committed,
        /// KafkaOffsetReader::fetchWatermarks): a consumer-type handle without group.id that never
        /// fetches, joins or commits. No statistics.
        StableOffsets,
    };

    /// Creates the handle; on failure handle() is null and error() says why. The profile's
    /// kafkaProperties are applied first and the read-only guards last, so the guards always win;
    /// properties that would write to the cluster or join a group (ignoredReason()) are left out and
    /// listed in warnings().
    explicit KafkaHandle(const ClusterProfile &profile, Role role = Role::Monitor);

    /// Why a handle of @p role leaves out property @p key = @p value (it would make the read-only client
    /// write to the cluster, join a group or commit), or empty when it is applied.
    static QString ignoredReason(const QString &key, const QString &value, Role role);
    /// Whether librdkafka accepts @p key = @p value at all (an unknown property or an invalid value is
    /// refused when it is set); on refusal @p error names the property and gives librdkafka's message
    /// (a secret value never appears in it).
    static bool checkProperty(const QString &key, const QString &value, QString &error);

    rd_kafka_t *handle() const { return m_handle.get(); }
    const QString &error() const { return m_error; }
    /// The profile's properties this handle left out, one sentence each (see ignoredReason()).
    const QStringList &warnings() const { return m_warnings; }
    /// Serves librdkafka's callbacks (without blocking) and returns the newest statistics JSON.
    QByteArray latestStatistics();

    /// A client-level error librdkafka reported (broker down, all brokers down, authentication).
    struct ClientError
    {
        rd_kafka_resp_err_t code = RD_KAFKA_RESP_ERR_NO_ERROR;
        QString message;
    };
    /// Serves librdkafka's callbacks (without blocking) and returns the errors reported since the
    /// last call (Monitor and EventReader handles; a RecordReader does not collect them).
    QList<ClientError> takeErrors();

private:
    static void onLog(const rd_kafka_t *rk, int level, const char *facility, const char *message);
    static int onStatistics(rd_kafka_t *rk, char *json, size_t length, void *opaque);
    static void onError(rd_kafka_t *rk, int err, const char *reason, void *opaque);

    struct Deleter
    {
        void operator()(rd_kafka_t *rk) const { rd_kafka_destroy(rk); }
    };
    std::unique_ptr<rd_kafka_t, Deleter> m_handle;
    QString m_error;
    QStringList m_warnings;
    QByteArray m_statistics;
    QList<ClientError> m_errors;
};

} // namespace Tidewatch
