#pragma once

#include "ClusterProfile.h"

#include <QString>

#include <optional>

namespace Tidewatch::ProfileStore {

/// The ranges of the profile's durations (poll.interval.ms, request.timeout.ms) and of the command-line
/// options that set them (--interval, --timeout): timers take int milliseconds.
constexpr int kMinIntervalMs = 100;
constexpr int kMaxPollIntervalMs = 86'400'000;  ///< one day
constexpr int kMaxRequestTimeoutMs = 3'600'000; ///< one hour
/// The largest profiles file and librdkafka properties file read; larger ones (or endless input such
/// as /dev/zero) are refused with an error.
constexpr qint64 kMaxFileBytes = 4 << 20;

/// Whether @p path may be read: false with @p error when it is larger than kMaxFileBytes or is not a
/// regular file (a device or pipe could be endless). A missing file is fine here.
bool checkFileSize(const QString &path, QString &error);

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
///   flink.cert.file=client.pem  flink.key.file=client.key          (mutual TLS; flink.key.password)
///   broker.metrics.user=, .ca.file=, .cert.file=, .key.file=       (the same for the metrics scrapes;
///                                 broker.metrics.password and broker.metrics.key.password are secrets)
///   flink.kafka.link.1=orders-job|orders-group|orders               (a job's Kafka input)
///   kafka.properties.file=/etc/tidewatch/prod-client.properties   (librdkafka properties)
///   kafka.security.protocol=SASL_SSL                              (any librdkafka property, prefixed)
///   poll.interval.ms=2000
///   events.stack=true  events.1.topic=orders  events.1.format=json ...  (event topics of the business
///                                                  views: BusinessProfileKeys.h)
/// Returns nullopt with @p error when the file or the profile is missing or invalid.
std::optional<ClusterProfile> load(const QString &path, const QString &name, QString &error);

/// Profile names in @p path, sorted.
QStringList names(const QString &path);

/// True for librdkafka property keys that hold secrets (keys containing "password", "secret",
/// "sasl.oauthbearer.config" or "ssl.key.pem", case-insensitive). save() never writes them.
bool isSecretProperty(const QString &key);

/// The secrets of @p profile by keychain field name: "flink.password", "flink.key.password",
/// "broker.metrics.password", "broker.metrics.key.password" and "kafka.<property>" for secret
/// librdkafka properties (isSecretProperty). Empty values are left out.
QList<QPair<QString, QString>> secretFields(const ClusterProfile &profile);
/// Sets the secret @p field (a name secretFields() gives) of @p profile to @p value. Returns false
/// for a field that is not a secret one.
bool setSecretField(ClusterProfile &profile, const QString &field, const QString &value);

/// Writes @p profile as group profile.name of the INI file @p path (created if missing), with the
/// keys load() reads. Secrets are never written: the fields of secretFields() are left out and only their key
/// names are listed under "secret.keys"
/// ("flink.password", "kafka.sasl.password", ...) so that a UI knows what to fetch from a keychain.
/// A clear "flink.password" or secret "kafka.*" key already in the group is removed. The group's
/// kafka.properties.file and unknown keys are kept; properties that the properties file already
/// gives with the same value are not repeated inline. Returns false with @p error for an invalid
/// name (empty, or containing '/' or '\') or a file that cannot be written.
bool save(const QString &path, const ClusterProfile &profile, QString &error);

/// Removes profile @p name from @p path. Returns false with @p error when it is not there or the
/// file cannot be parsed (it is then left as it is) or written.
bool remove(const QString &path, const QString &name, QString &error);

/// The secret key names save() listed for profile @p name ("flink.password", "kafka.<property>").
QStringList secretKeys(const QString &path, const QString &name);

} // namespace Tidewatch::ProfileStore
