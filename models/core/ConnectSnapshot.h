#pragma once

#include "SourceStatus.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace Tidewatch {

/// The state of a Kafka Connect connector or task (`AbstractStatus.State` in Connect's runtime).
/// Unknown: not answered, or a state this version does not know (the raw text is kept beside it).
enum class ConnectState
{
    Unknown,
    Unassigned, ///< not (yet) assigned to a worker, e.g. during a rebalance
    Running,
    Paused,
    Failed,
    Restarting,
    Stopped, ///< stopped by `PUT /connectors/{name}/stop` (Kafka 3.5+): no tasks at all
};

/// Whether a connector writes into Kafka (source) or reads from it (sink).
enum class ConnectorType
{
    Unknown,
    Source,
    Sink,
};

/// One task of a connector as `/connectors?expand=status` reports it.
struct ConnectTaskInfo
{
    int id = -1;                                ///< the task number within its connector
    ConnectState state = ConnectState::Unknown; ///< parsed from rawState
    QString rawState;                           ///< the state as Connect answered it (empty: missing)
    QString workerId;                           ///< "host:port" of the worker that runs it
    QString traceRootCause; ///< FAILED: the last "Caused by:" of the trace, else its first line
    QString trace;          ///< FAILED: the full Java stack trace as answered; empty otherwise

    friend bool operator==(const ConnectTaskInfo &, const ConnectTaskInfo &) = default;
};

/// One source partition/offset pair of `GET /connectors/{name}/offsets` (Kafka 3.5+), kept as the
/// compact JSON Connect answered because its shape belongs to the connector plugin.
struct ConnectOffset
{
    QString partitionJson; ///< e.g. {"server":"shop"} for Debezium, {"kafka_topic":..} for a sink
    QString offsetJson;    ///< e.g. {"lsn":123,...} for Debezium, {"kafka_offset":..} for a sink

    friend bool operator==(const ConnectOffset &, const ConnectOffset &) = default;
};

/// One connector of a Connect cluster with its tasks.
struct ConnectConnectorInfo
{
    QString name;
    ConnectorType type = ConnectorType::Unknown; ///< from the status (or the info) `type`
    QString className;                           ///< its `connector.class` config; empty: unknown
    ConnectState state = ConnectState::Unknown;  ///< the connector instance's own state
    QString rawState;                            ///< the state as Connect answered it
    QString workerId;                            ///< "host:port" of the worker running the connector instance
    QString traceRootCause;                      ///< FAILED connector: the last "Caused by:" of its trace
    QString trace;                               ///< FAILED connector: the full trace as answered
    /// Topics the connector wrote (source) or read (sink) according to `/connectors/{name}/topics`
    /// (Connect's topic tracking), sorted; empty optional: not answered (unknown, not "none").
    std::optional<QStringList> activeTopics;
    /// Sink: the `topics` config split at commas, sorted; empty for a source.
    QStringList configuredTopics;
    QString configuredTopicsRegex; ///< sink: its `topics.regex` config; empty when not set
    /// Sink: the consumer group its tasks commit to: `consumer.override.group.id` if set, else
    /// `connect-<name>`. Empty for a source. The Kafka snapshot's group of this id carries its lag.
    QString consumerGroupId;
    int tasksMax = -1; ///< the `tasks.max` config; -1 unknown
    /// A Debezium PostgreSQL source: its replication slot, the `slot.name` config (Debezium's default
    /// `debezium` when not set). Empty for other connectors and when the config is unknown.
    QString slotName;
    /// A Debezium source: its `topic.prefix` config (`database.server.name` before Debezium 2.0), the
    /// `server` its JMX metrics are labelled with. Empty for other connectors and when unknown.
    QString topicPrefix;
    QList<ConnectTaskInfo> tasks; ///< sorted by id; empty for a STOPPED connector
    /// `GET /connectors/{name}/offsets`; empty optional: not asked, failed or unsupported.
    std::optional<QList<ConnectOffset>> offsets;
    /// Local epoch ms when activeTopics / offsets were answered (asked less often than the states);
    /// -1 never.
    qint64 detailsSampledAtMs = -1;
    QString pluginVersion; ///< the connector plugin's version from its status (Kafka 4.1+); empty unknown

    /// Tasks in @p state.
    int tasksIn(ConnectState state) const;
    /// The topics the connector touches: the active ones when known, else a sink's configured ones.
    QStringList topics() const;

    friend bool operator==(const ConnectConnectorInfo &, const ConnectConnectorInfo &) = default;
};

/// Everything one collection cycle saw of one Kafka Connect cluster. Immutable once published.
struct ConnectSnapshot
{
    QString clusterName;    ///< the profile's name
    QString restUrl;        ///< the worker's REST URL as configured, with any user:password removed
    QString version;        ///< `GET /` version (the Kafka version of the worker); empty: unknown
    QString commit;         ///< `GET /` commit
    QString kafkaClusterId; ///< `GET /` kafka_cluster_id: the Kafka cluster Connect stores its state in
    QList<ConnectConnectorInfo> connectors; ///< sorted by name; meaningful only while reachable
    /// Local epoch ms when the connector list shown was answered; -1 never. Older than the cycle
    /// when the last cycle failed (then status.reachable is false and the list is the previous one).
    qint64 sampledAtMs = -1;
    /// Failed per-connector requests (topics, offsets); the rest of the snapshot is current.
    QStringList partErrors;
    SourceStatus status;

    /// The connector called @p name, or nullptr.
    const ConnectConnectorInfo *connector(const QString &name) const;
    /// Connectors whose own state is @p state.
    int connectorsIn(ConnectState state) const;
    /// Tasks in @p state over all connectors.
    int tasksIn(ConnectState state) const;
};

/// "UNASSIGNED", "RUNNING", "PAUSED", "FAILED", "RESTARTING", "STOPPED" or "UNKNOWN".
QString connectStateName(ConnectState state);
/// Parses Connect's state text (case-sensitive, as Connect writes it); Unknown for anything else.
ConnectState connectStateFromName(const QString &name);
/// "source", "sink" or "unknown".
QString connectorTypeName(ConnectorType type);
/// True for Debezium's PostgreSQL connector class.
bool isPostgresConnectorClass(const QString &className);
/// Every state but Unknown, in declaration order (for one-hot metrics).
QList<ConnectState> knownConnectStates();

} // namespace Tidewatch

Q_DECLARE_METATYPE(Tidewatch::ConnectSnapshot)
