#pragma once

#include "ClusterProfile.h"

#include <QString>

#include <optional>

namespace Tidewatch::ProfileStore {

/// Reads a librdkafka-style properties file ("key=value" lines; '#' and '!' comments; blank lines)
/// into @p out. Returns false with @p error naming the file and line for unreadable files or
/// lines without '='.
bool readPropertiesFile(const QString &path, QList<QPair<QString, QString>> &out, QString &error);

/// Parses "JOB|GROUP[|TOPIC,TOPIC]" (JOB may be "*"), the form of flink.kafka.link* keys and of
/// --flink-kafka-link.
std::optional<FlinkKafkaLink> parseFlinkKafkaLink(const QString &text);

/// The default profiles file: <config dir>/Tidewatch/profiles.ini.
QString defaultProfilesPath();

/// Loads profile @p name from an INI file with one group per profile:
///   [prod]
///   bootstrap=broker1:9092,broker2:9092
///   flink=https://flink.example:8081
///   broker.metrics=http://{host}:9404/metrics                      (JMX exporter endpoints)
///   flink.user=ops  flink.password=...  flink.ca.file=ca.pem        (REST basic auth, TLS)
///   flink.kafka.link.1=orders-job|orders-group|orders               (a job's Kafka input)
///   kafka.properties.file=/etc/tidewatch/prod-client.properties   (librdkafka properties)
///   kafka.security.protocol=SASL_SSL                              (any librdkafka property, prefixed)
///   poll.interval.ms=2000
/// Returns nullopt with @p error when the file or the profile is missing or invalid.
std::optional<ClusterProfile> load(const QString &path, const QString &name, QString &error);

/// Profile names in @p path, sorted.
QStringList names(const QString &path);

} // namespace Tidewatch::ProfileStore
