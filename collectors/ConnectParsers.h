#pragma once

#include "ConnectSnapshot.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

/// Pure parsers of Kafka Connect's REST answers (no I/O), tested on responses recorded from a real
/// worker (tests/fixtures/connect). Each returns false with a translated @p error when the answer
/// cannot be used; fields that are missing or of the wrong type stay unknown, never 0.
namespace Tidewatch::ConnectParsers {

/// Answers nested deeper than this are refused before parsing (Connect's own are 5 levels deep;
/// a trace or a config value is a string, whatever it contains).
constexpr int kMaxDepth = 32;

/// `GET /`: version, commit and kafka_cluster_id into @p snapshot.
bool parseRoot(const QByteArray &body, ConnectSnapshot &snapshot, QString &error);

/// `GET /connectors?expand=status&expand=info`: every connector with its state, tasks, class,
/// sink topics and group id, sorted by name (tasks by id). Leaves activeTopics and offsets unset.
bool parseConnectors(const QByteArray &body, QList<ConnectConnectorInfo> &connectors, QString &error);

/// `GET /connectors/{name}/topics`: `{"<name>":{"topics":[...]}}`, sorted.
bool parseTopics(const QByteArray &body, const QString &name, QStringList &topics, QString &error);

/// `GET /connectors/{name}/offsets` (Kafka 3.5+): `{"offsets":[{"partition":{..},"offset":{..}}]}`.
bool parseOffsets(const QByteArray &body, QList<ConnectOffset> &offsets, QString &error);

/// The `message` of Connect's error body (`{"error_code":404,"message":"..."}`); empty if none.
QString errorMessage(const QByteArray &body);

/// The root cause of a Java stack trace as Connect reports it: the last top-level "Caused by:"
/// (exception and message, without the prefix), else the trace's first line.
QString rootCause(const QString &trace);

/// The consumer group of a sink connector: `consumer.override.group.id` if configured, else
/// `connect-<name>` (Connect's SinkUtils.consumerGroupId).
QString sinkGroupId(const QString &name, const QHash<QString, QString> &config);

/// @p url without any user:password (for display, JSON and metrics).
QString redactedUrl(const QString &url);

/// True when @p body nests arrays/objects deeper than @p maxDepth (strings are skipped).
bool nestedTooDeeply(const QByteArray &body, int maxDepth = kMaxDepth);

} // namespace Tidewatch::ConnectParsers
