#include "ProfileStore.h"

#include "BusinessProfileKeys.h"
#include "IniFileCheck.h"
#include "PipelineProfileKeys.h"
#include "ProfileIni.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <utility>

namespace Tidewatch::ProfileStore {

namespace {

// QSettings' INI format splits unquoted values at commas into a list; a bootstrap list is one string.
QString textValue(const QSettings &settings, const QString &key)
{
    const QVariant value = settings.value(key);
    return value.typeId() == QMetaType::QStringList ? value.toStringList().join(QLatin1Char(','))
                                                    : value.toString();
}

} // namespace

bool checkFileSize(const QString &path, QString &error)
{
    const QFileInfo info(path);
    if (!info.exists())
        return true;
    if (!info.isFile()) {
        error = QCoreApplication::translate("ProfileStore", "%1 is not a regular file").arg(path);
        return false;
    }
    if (info.size() > kMaxFileBytes) {
        error = QCoreApplication::translate("ProfileStore", "%1 is larger than the limit of %2 bytes")
                    .arg(path)
                    .arg(kMaxFileBytes);
        return false;
    }
    return true;
}

bool readPropertiesFile(const QString &path, QList<QPair<QString, QString>> &out, QString &error)
{
    if (!checkFileSize(path, error))
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        error =
            QCoreApplication::translate("ProfileStore", "Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    int lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char('!')))
            continue;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            error = QCoreApplication::translate("ProfileStore", "%1:%2: expected key=value")
                        .arg(path)
                        .arg(lineNumber);
            return false;
        }
        out.append({line.left(eq).trimmed(), line.mid(eq + 1).trimmed()});
    }
    return true;
}

std::optional<FlinkKafkaLink> parseFlinkKafkaLink(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('|'));
    if (parts.size() < 2 || parts.size() > 3 || parts[0].trimmed().isEmpty() || parts[1].trimmed().isEmpty())
        return std::nullopt;
    FlinkKafkaLink link;
    link.jobName = parts[0].trimmed();
    link.groupId = parts[1].trimmed();
    if (parts.size() == 3) {
        for (const QString &topic : parts[2].split(QLatin1Char(','), Qt::SkipEmptyParts))
            link.topics << topic.trimmed();
    }
    return link;
}

QString defaultProfilesPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/Tidewatch/profiles.ini");
}

QStringList names(const QString &path)
{
    QSettings settings(path, ProfileIni::format());
    QStringList groups = settings.childGroups();
    groups.sort();
    return groups;
}

std::optional<ClusterProfile> load(const QString &path, const QString &name, QString &error)
{
    if (!QFileInfo::exists(path)) {
        error = QCoreApplication::translate("ProfileStore", "No profiles file at %1").arg(path);
        return std::nullopt;
    }
    if (!checkFileSize(path, error))
        return std::nullopt;
    if (const QString problem = IniFileCheck::problem(path, IniFileCheck::Dialect::Profiles);
        !problem.isEmpty()) {
        error = problem; // no profile from a damaged file: the reader would skip the lines it cannot read
        return std::nullopt;
    }
    QSettings settings(path, ProfileIni::format());
    if (settings.status() != QSettings::NoError) {
        error = QCoreApplication::translate("ProfileStore", "Cannot parse %1").arg(path);
        return std::nullopt;
    }
    if (!settings.childGroups().contains(name)) {
        error = QCoreApplication::translate("ProfileStore", "No profile \"%1\" in %2 (known: %3)")
                    .arg(name, path, names(path).join(QStringLiteral(", ")));
        return std::nullopt;
    }
    settings.beginGroup(name);
    ClusterProfile profile;
    profile.name = name;
    profile.bootstrapServers = textValue(settings, QStringLiteral("bootstrap"));
    profile.flinkRestUrl = textValue(settings, QStringLiteral("flink"));
    profile.brokerMetrics = textValue(settings, QStringLiteral("broker.metrics"));
    profile.flinkUser = textValue(settings, QStringLiteral("flink.user"));
    profile.flinkPassword = textValue(settings, QStringLiteral("flink.password"));
    // Relative file names are relative to the profiles file.
    const auto fileValue = [&settings, &path](const QString &key) {
        const QString file = textValue(settings, key);
        return file.isEmpty() ? file : QDir(QFileInfo(path).absolutePath()).absoluteFilePath(file);
    };
    profile.flinkCaFile = fileValue(QStringLiteral("flink.ca.file"));
    profile.flinkCertFile = fileValue(QStringLiteral("flink.cert.file"));
    profile.flinkKeyFile = fileValue(QStringLiteral("flink.key.file"));
    profile.flinkKeyPassphrase = textValue(settings, QStringLiteral("flink.key.password"));
    HttpAuth &metrics = profile.brokerMetricsAuth;
    metrics.user = textValue(settings, QStringLiteral("broker.metrics.user"));
    metrics.password = textValue(settings, QStringLiteral("broker.metrics.password"));
    metrics.caFile = fileValue(QStringLiteral("broker.metrics.ca.file"));
    metrics.certFile = fileValue(QStringLiteral("broker.metrics.cert.file"));
    metrics.keyFile = fileValue(QStringLiteral("broker.metrics.key.file"));
    metrics.keyPassphrase = textValue(settings, QStringLiteral("broker.metrics.key.password"));
    for (const QString &url :
         textValue(settings, QStringLiteral("connect")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!url.trimmed().isEmpty())
            profile.connectUrls.append(url.trimmed());
    }
    HttpAuth &connectAuth = profile.connectAuth;
    connectAuth.user = textValue(settings, QStringLiteral("connect.user"));
    connectAuth.password = textValue(settings, QStringLiteral("connect.password"));
    connectAuth.caFile = fileValue(QStringLiteral("connect.ca.file"));
    connectAuth.certFile = fileValue(QStringLiteral("connect.cert.file"));
    connectAuth.keyFile = fileValue(QStringLiteral("connect.key.file"));
    connectAuth.keyPassphrase = textValue(settings, QStringLiteral("connect.key.password"));
    for (const QString &key : settings.childKeys()) {
        if (!key.startsWith(QLatin1String("flink.kafka.link")))
            continue;
        const auto link = parseFlinkKafkaLink(textValue(settings, key));
        if (!link) {
            error = QCoreApplication::translate("ProfileStore",
                                                "Profile \"%1\": %2 must be JOB|GROUP[|TOPIC,TOPIC]")
                        .arg(name, key);
            return std::nullopt;
        }
        profile.flinkKafkaLinks.append(*link);
    }
    const auto duration = [&](const QString &key, int maximum, int &out) {
        if (!settings.contains(key))
            return true;
        bool ok = false;
        const qlonglong value = textValue(settings, key).trimmed().toLongLong(&ok);
        if (ok && value >= kMinIntervalMs && value <= maximum) {
            out = int(value);
            return true;
        }
        error = QCoreApplication::translate("ProfileStore",
                                            "Profile \"%1\": %2 must be whole milliseconds from %3 to %4")
                    .arg(name, key)
                    .arg(kMinIntervalMs)
                    .arg(maximum);
        return false;
    };
    if (!duration(QStringLiteral("poll.interval.ms"), kMaxPollIntervalMs, profile.kafkaPollIntervalMs) ||
        !duration(QStringLiteral("request.timeout.ms"), kMaxRequestTimeoutMs, profile.requestTimeoutMs) ||
        !duration(QStringLiteral("connect.poll.interval.ms"), kMaxPollIntervalMs,
                  profile.connectPollIntervalMs))
        return std::nullopt;
    profile.flinkPollIntervalMs = profile.kafkaPollIntervalMs;
    profile.readCommittedGroups = textValue(settings, QStringLiteral("groups.read.committed"))
                                      .split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &pattern : profile.readCommittedGroups)
        pattern = pattern.trimmed();
    if (settings.contains(QStringLiteral("transaction.hanging.seconds"))) {
        bool ok = false;
        const qlonglong seconds =
            textValue(settings, QStringLiteral("transaction.hanging.seconds")).trimmed().toLongLong(&ok);
        if (!ok || seconds < 1 || seconds > 7 * 24 * 3600) {
            error = QCoreApplication::translate("ProfileStore",
                                                "Profile \"%1\": transaction.hanging.seconds must be whole "
                                                "seconds from 1 to 604800")
                        .arg(name);
            return std::nullopt;
        }
        profile.hangingTransactionMs = seconds * 1000;
    }
    // Response size limits (docs/RELIABILITY.md): whole bytes, at least 1 KiB.
    for (const auto &[key, target] :
         {std::pair{QStringLiteral("flink.max.response.bytes"), &profile.flinkMaxResponseBytes},
          std::pair{QStringLiteral("connect.max.response.bytes"), &profile.connectMaxResponseBytes},
          std::pair{QStringLiteral("broker.metrics.max.response.bytes"),
                    &profile.brokerMetricsMaxResponseBytes}}) {
        if (!settings.contains(key))
            continue;
        bool ok = false;
        *target = textValue(settings, key).trimmed().toLongLong(&ok);
        if (!ok || *target < 1024) {
            error =
                QCoreApplication::translate("ProfileStore", "Profile \"%1\": %2 must be whole bytes ≥ 1024")
                    .arg(name, key);
            return std::nullopt;
        }
    }
    if (!PipelineProfileKeys::read(settings, profile.pipeline, error)) {
        error = QCoreApplication::translate("ProfileStore", "Profile \"%1\": %2").arg(name, error);
        return std::nullopt;
    }
    if (!BusinessProfileKeys::read(settings, profile.business, error)) {
        error = QCoreApplication::translate("ProfileStore", "Profile \"%1\": %2").arg(name, error);
        return std::nullopt;
    }
    const QString propertiesFile = textValue(settings, QStringLiteral("kafka.properties.file"));
    if (!propertiesFile.isEmpty()) {
        // Relative paths are relative to the profiles file, so a profile folder can be moved whole.
        const QString resolved = QDir(QFileInfo(path).absolutePath()).absoluteFilePath(propertiesFile);
        if (!readPropertiesFile(resolved, profile.kafkaProperties, error))
            return std::nullopt;
    }
    const QLatin1String prefix("kafka.");
    for (const QString &key : settings.childKeys()) {
        if (key.startsWith(prefix) && key != QLatin1String("kafka.properties.file"))
            profile.kafkaProperties.append({key.mid(prefix.size()), textValue(settings, key)});
    }
    return profile;
}

namespace {

const QLatin1String SecretKeysKey("secret.keys");

bool isManagedKey(const QString &key)
{
    static const QStringList managed = {QStringLiteral("bootstrap"),
                                        QStringLiteral("flink"),
                                        QStringLiteral("broker.metrics"),
                                        QStringLiteral("flink.user"),
                                        QStringLiteral("flink.password"),
                                        QStringLiteral("flink.ca.file"),
                                        QStringLiteral("flink.cert.file"),
                                        QStringLiteral("flink.key.file"),
                                        QStringLiteral("flink.key.password"),
                                        QStringLiteral("broker.metrics.user"),
                                        QStringLiteral("broker.metrics.password"),
                                        QStringLiteral("broker.metrics.ca.file"),
                                        QStringLiteral("broker.metrics.cert.file"),
                                        QStringLiteral("broker.metrics.key.file"),
                                        QStringLiteral("broker.metrics.key.password"),
                                        QStringLiteral("connect"),
                                        QStringLiteral("connect.user"),
                                        QStringLiteral("connect.password"),
                                        QStringLiteral("connect.ca.file"),
                                        QStringLiteral("connect.cert.file"),
                                        QStringLiteral("connect.key.file"),
                                        QStringLiteral("connect.key.password"),
                                        QStringLiteral("connect.max.response.bytes"),
                                        QStringLiteral("connect.poll.interval.ms"),
                                        QStringLiteral("groups.read.committed"),
                                        QStringLiteral("transaction.hanging.seconds"),
                                        QStringLiteral("poll.interval.ms"),
                                        QStringLiteral("request.timeout.ms"),
                                        QString(SecretKeysKey)};
    if (managed.contains(key) || key.startsWith(QLatin1String("flink.kafka.link")) ||
        BusinessProfileKeys::isBusinessKey(key) || PipelineProfileKeys::isPipelineKey(key))
        return true;
    return key.startsWith(QLatin1String("kafka.")) && key != QLatin1String("kafka.properties.file");
}

bool validName(const QString &name, QString &error)
{
    if (name.trimmed().isEmpty() || name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\'))) {
        error = QCoreApplication::translate("ProfileStore",
                                            "Invalid profile name \"%1\": it must not be empty or contain "
                                            "'/' or '\\'")
                    .arg(name);
        return false;
    }
    return true;
}

/// The bytes of @p path before a change (empty when it does not exist yet).
QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Writes the changes made through @p settings. When the write fails, the file is as it was, but
/// QSettings keeps the failed changes in its process-wide cache of the file, where every later reader
/// of this process would see them (and the next successful write would write them): the cache is set
/// back to @p before, the file's contents when the change began.
bool synced(QSettings &settings, const QString &path, const QByteArray &before, QString &error)
{
    settings.sync();
    if (settings.status() == QSettings::NoError)
        return true;
    error = QCoreApplication::translate("ProfileStore", "Cannot write %1").arg(path);
    settings.clear();
    QByteArray text = before; // read in memory: a full disk or a file size limit must not stop it
    QBuffer buffer(&text);
    QSettings::SettingsMap original;
    if (buffer.open(QIODevice::ReadOnly) && ProfileIni::read(buffer, original)) {
        for (auto it = original.cbegin(); it != original.cend(); ++it)
            settings.setValue(it.key(), it.value());
    }
    return false;
}

} // namespace

bool isSecretProperty(const QString &key)
{
    const QString k = key.toLower();
    return k.contains(QLatin1String("password")) || k.contains(QLatin1String("secret")) ||
           k.contains(QLatin1String("sasl.oauthbearer.config")) || k.contains(QLatin1String("ssl.key.pem"));
}

namespace {

/// The secrets of a profile outside its Kafka properties, by field name.
QList<QPair<QString, QString *>> namedSecrets(ClusterProfile &profile)
{
    return {{QStringLiteral("flink.password"), &profile.flinkPassword},
            {QStringLiteral("flink.key.password"), &profile.flinkKeyPassphrase},
            {QStringLiteral("broker.metrics.password"), &profile.brokerMetricsAuth.password},
            {QStringLiteral("broker.metrics.key.password"), &profile.brokerMetricsAuth.keyPassphrase},
            {QStringLiteral("connect.password"), &profile.connectAuth.password},
            {QStringLiteral("connect.key.password"), &profile.connectAuth.keyPassphrase},
            {QStringLiteral("postgres.password"), &profile.pipeline.postgresPassword}};
}

} // namespace

QList<QPair<QString, QString>> secretFields(const ClusterProfile &profile)
{
    QList<QPair<QString, QString>> fields;
    ClusterProfile copy = profile;
    for (const auto &[field, value] : namedSecrets(copy)) {
        if (!value->isEmpty())
            fields.append({field, *value});
    }
    for (const auto &[key, value] : profile.kafkaProperties) {
        if (!key.trimmed().isEmpty() && isSecretProperty(key) && !value.isEmpty())
            fields.append({QStringLiteral("kafka.") + key, value});
    }
    return fields;
}

bool setSecretField(ClusterProfile &profile, const QString &field, const QString &value)
{
    for (const auto &[name, target] : namedSecrets(profile)) {
        if (name == field) {
            *target = value;
            return true;
        }
    }
    const QLatin1String prefix("kafka.");
    if (!field.startsWith(prefix) || !isSecretProperty(field.mid(prefix.size())))
        return false;
    const QString key = field.mid(prefix.size());
    for (auto &[k, v] : profile.kafkaProperties) {
        if (k == key) {
            v = value;
            return true;
        }
    }
    profile.kafkaProperties.append({key, value});
    return true;
}

bool save(const QString &path, const ClusterProfile &profile, QString &error)
{
    if (!validName(profile.name, error))
        return false;
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        error = QCoreApplication::translate("ProfileStore", "Cannot create the folder of %1").arg(path);
        return false;
    }
    if (const QString problem = IniFileCheck::problem(path, IniFileCheck::Dialect::Profiles);
        !problem.isEmpty()) {
        error = problem; // writing back would drop every line the reader could not read
        return false;
    }
    const QByteArray before = contentsOf(path);
    QSettings settings(path, ProfileIni::format());
    if (settings.status() != QSettings::NoError) {
        error = QCoreApplication::translate("ProfileStore", "Cannot parse %1").arg(path);
        return false;
    }
    settings.beginGroup(profile.name);
    for (const QString &key : settings.childKeys()) {
        if (isManagedKey(key))
            settings.remove(key);
    }
    // Properties the group's properties file gives already (same value) are not repeated inline.
    QList<QPair<QString, QString>> fromFile;
    const QString propertiesFile = textValue(settings, QStringLiteral("kafka.properties.file"));
    if (!propertiesFile.isEmpty()) {
        QString ignored;
        readPropertiesFile(QDir(info.absolutePath()).absoluteFilePath(propertiesFile), fromFile, ignored);
    }
    const auto setIfAny = [&settings](const QString &key, const QString &value) {
        if (!value.isEmpty())
            settings.setValue(key, value);
    };
    setIfAny(QStringLiteral("bootstrap"), profile.bootstrapServers);
    setIfAny(QStringLiteral("flink"), profile.flinkRestUrl);
    setIfAny(QStringLiteral("broker.metrics"), profile.brokerMetrics);
    setIfAny(QStringLiteral("flink.user"), profile.flinkUser);
    setIfAny(QStringLiteral("flink.ca.file"), profile.flinkCaFile);
    setIfAny(QStringLiteral("flink.cert.file"), profile.flinkCertFile);
    setIfAny(QStringLiteral("flink.key.file"), profile.flinkKeyFile);
    setIfAny(QStringLiteral("broker.metrics.user"), profile.brokerMetricsAuth.user);
    setIfAny(QStringLiteral("broker.metrics.ca.file"), profile.brokerMetricsAuth.caFile);
    setIfAny(QStringLiteral("broker.metrics.cert.file"), profile.brokerMetricsAuth.certFile);
    setIfAny(QStringLiteral("broker.metrics.key.file"), profile.brokerMetricsAuth.keyFile);
    setIfAny(QStringLiteral("connect"), profile.connectUrls.join(QLatin1Char(',')));
    setIfAny(QStringLiteral("connect.user"), profile.connectAuth.user);
    setIfAny(QStringLiteral("connect.ca.file"), profile.connectAuth.caFile);
    setIfAny(QStringLiteral("connect.cert.file"), profile.connectAuth.certFile);
    setIfAny(QStringLiteral("connect.key.file"), profile.connectAuth.keyFile);
    if (profile.connectMaxResponseBytes != ClusterProfile::kDefaultFlinkMaxResponseBytes)
        settings.setValue(QStringLiteral("connect.max.response.bytes"), profile.connectMaxResponseBytes);
    if (profile.connectPollIntervalMs != ClusterProfile().connectPollIntervalMs)
        settings.setValue(QStringLiteral("connect.poll.interval.ms"), profile.connectPollIntervalMs);
    setIfAny(QStringLiteral("groups.read.committed"), profile.readCommittedGroups.join(QLatin1Char(',')));
    if (profile.hangingTransactionMs != ClusterProfile().hangingTransactionMs)
        settings.setValue(QStringLiteral("transaction.hanging.seconds"), profile.hangingTransactionMs / 1000);
    settings.setValue(QStringLiteral("poll.interval.ms"), profile.kafkaPollIntervalMs);
    settings.setValue(QStringLiteral("request.timeout.ms"), profile.requestTimeoutMs);
    if (profile.flinkMaxResponseBytes != ClusterProfile::kDefaultFlinkMaxResponseBytes)
        settings.setValue(QStringLiteral("flink.max.response.bytes"), profile.flinkMaxResponseBytes);
    if (profile.brokerMetricsMaxResponseBytes != ClusterProfile::kDefaultBrokerMetricsMaxResponseBytes)
        settings.setValue(QStringLiteral("broker.metrics.max.response.bytes"),
                          profile.brokerMetricsMaxResponseBytes);
    for (qsizetype i = 0; i < profile.flinkKafkaLinks.size(); ++i) {
        const FlinkKafkaLink &link = profile.flinkKafkaLinks[i];
        QString text = link.jobName + QLatin1Char('|') + link.groupId;
        if (!link.topics.isEmpty())
            text += QLatin1Char('|') + link.topics.join(QLatin1Char(','));
        settings.setValue(QStringLiteral("flink.kafka.link.%1").arg(i + 1), text);
    }
    BusinessProfileKeys::write(settings, profile.business);
    PipelineProfileKeys::write(settings, profile.pipeline);
    QStringList secrets;
    for (const auto &[field, value] : secretFields(profile)) {
        if (!field.startsWith(QLatin1String("kafka.")))
            secrets << field;
    }
    for (const auto &[key, value] : profile.kafkaProperties) {
        if (key.trimmed().isEmpty())
            continue;
        if (isSecretProperty(key)) { // listed even while empty: the keychain may still hold it
            secrets << QStringLiteral("kafka.") + key;
            continue;
        }
        if (!fromFile.contains(QPair<QString, QString>(key, value)))
            settings.setValue(QStringLiteral("kafka.") + key, value);
    }
    if (!secrets.isEmpty())
        settings.setValue(SecretKeysKey, secrets.join(QLatin1Char(',')));
    settings.endGroup();
    return synced(settings, path, before, error);
}

bool remove(const QString &path, const QString &name, QString &error)
{
    if (const QString problem = IniFileCheck::problem(path, IniFileCheck::Dialect::Profiles);
        !problem.isEmpty()) {
        error = problem; // writing back would drop every line the reader could not read
        return false;
    }
    const QByteArray before = contentsOf(path);
    QSettings settings(path, ProfileIni::format());
    if (name.isEmpty() || !settings.childGroups().contains(name)) {
        error = QCoreApplication::translate("ProfileStore", "No profile \"%1\" in %2").arg(name, path);
        return false;
    }
    settings.remove(name);
    return synced(settings, path, before, error);
}

QStringList secretKeys(const QString &path, const QString &name)
{
    QSettings settings(path, ProfileIni::format());
    settings.beginGroup(name);
    return textValue(settings, SecretKeysKey).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

} // namespace Tidewatch::ProfileStore
