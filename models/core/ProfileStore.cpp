#include "ProfileStore.h"

#include "BusinessProfileKeys.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

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

bool readPropertiesFile(const QString &path, QList<QPair<QString, QString>> &out, QString &error)
{
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
    QSettings settings(path, QSettings::IniFormat);
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
    QSettings settings(path, QSettings::IniFormat);
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
    profile.flinkCaFile = textValue(settings, QStringLiteral("flink.ca.file"));
    if (!profile.flinkCaFile.isEmpty())
        profile.flinkCaFile = QDir(QFileInfo(path).absolutePath()).absoluteFilePath(profile.flinkCaFile);
    for (const QString &url :
         textValue(settings, QStringLiteral("connect")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!url.trimmed().isEmpty())
            profile.connectUrls.append(url.trimmed());
    }
    profile.connectUser = textValue(settings, QStringLiteral("connect.user"));
    profile.connectPassword = textValue(settings, QStringLiteral("connect.password"));
    profile.connectCaFile = textValue(settings, QStringLiteral("connect.ca.file"));
    if (!profile.connectCaFile.isEmpty())
        profile.connectCaFile = QDir(QFileInfo(path).absolutePath()).absoluteFilePath(profile.connectCaFile);
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
    bool ok = true;
    if (settings.contains(QStringLiteral("poll.interval.ms"))) {
        profile.kafkaPollIntervalMs = settings.value(QStringLiteral("poll.interval.ms")).toInt(&ok);
        profile.flinkPollIntervalMs = profile.kafkaPollIntervalMs;
    }
    if (ok && settings.contains(QStringLiteral("connect.poll.interval.ms")))
        profile.connectPollIntervalMs = settings.value(QStringLiteral("connect.poll.interval.ms")).toInt(&ok);
    if (ok && profile.connectPollIntervalMs < 100)
        ok = false;
    if (ok && settings.contains(QStringLiteral("request.timeout.ms")))
        profile.requestTimeoutMs = settings.value(QStringLiteral("request.timeout.ms")).toInt(&ok);
    if (!ok || profile.kafkaPollIntervalMs < 100 || profile.requestTimeoutMs < 100) {
        error = QCoreApplication::translate("ProfileStore",
                                            "Profile \"%1\": intervals must be whole milliseconds ≥ 100")
                    .arg(name);
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
                                        QStringLiteral("connect"),
                                        QStringLiteral("connect.user"),
                                        QStringLiteral("connect.password"),
                                        QStringLiteral("connect.ca.file"),
                                        QStringLiteral("connect.poll.interval.ms"),
                                        QStringLiteral("poll.interval.ms"),
                                        QStringLiteral("request.timeout.ms"),
                                        QString(SecretKeysKey)};
    if (managed.contains(key) || key.startsWith(QLatin1String("flink.kafka.link")) ||
        BusinessProfileKeys::isBusinessKey(key))
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

bool synced(QSettings &settings, const QString &path, QString &error)
{
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        error = QCoreApplication::translate("ProfileStore", "Cannot write %1").arg(path);
        return false;
    }
    return true;
}

} // namespace

bool isSecretProperty(const QString &key)
{
    const QString k = key.toLower();
    return k.contains(QLatin1String("password")) || k.contains(QLatin1String("secret")) ||
           k.contains(QLatin1String("sasl.oauthbearer.config")) || k.contains(QLatin1String("ssl.key.pem"));
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
    QSettings settings(path, QSettings::IniFormat);
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
    setIfAny(QStringLiteral("connect"), profile.connectUrls.join(QLatin1Char(',')));
    setIfAny(QStringLiteral("connect.user"), profile.connectUser);
    setIfAny(QStringLiteral("connect.ca.file"), profile.connectCaFile);
    if (profile.connectPollIntervalMs != ClusterProfile().connectPollIntervalMs)
        settings.setValue(QStringLiteral("connect.poll.interval.ms"), profile.connectPollIntervalMs);
    settings.setValue(QStringLiteral("poll.interval.ms"), profile.kafkaPollIntervalMs);
    settings.setValue(QStringLiteral("request.timeout.ms"), profile.requestTimeoutMs);
    for (qsizetype i = 0; i < profile.flinkKafkaLinks.size(); ++i) {
        const FlinkKafkaLink &link = profile.flinkKafkaLinks[i];
        QString text = link.jobName + QLatin1Char('|') + link.groupId;
        if (!link.topics.isEmpty())
            text += QLatin1Char('|') + link.topics.join(QLatin1Char(','));
        settings.setValue(QStringLiteral("flink.kafka.link.%1").arg(i + 1), text);
    }
    BusinessProfileKeys::write(settings, profile.business);
    QStringList secrets;
    if (!profile.flinkPassword.isEmpty())
        secrets << QStringLiteral("flink.password");
    if (!profile.connectPassword.isEmpty())
        secrets << QStringLiteral("connect.password");
    for (const auto &[key, value] : profile.kafkaProperties) {
        if (key.trimmed().isEmpty())
            continue;
        if (isSecretProperty(key)) {
            secrets << QStringLiteral("kafka.") + key;
            continue;
        }
        if (!fromFile.contains(QPair<QString, QString>(key, value)))
            settings.setValue(QStringLiteral("kafka.") + key, value);
    }
    if (!secrets.isEmpty())
        settings.setValue(SecretKeysKey, secrets.join(QLatin1Char(',')));
    settings.endGroup();
    return synced(settings, path, error);
}

bool remove(const QString &path, const QString &name, QString &error)
{
    QSettings settings(path, QSettings::IniFormat);
    if (name.isEmpty() || !settings.childGroups().contains(name)) {
        error = QCoreApplication::translate("ProfileStore", "No profile \"%1\" in %2").arg(name, path);
        return false;
    }
    settings.remove(name);
    return synced(settings, path, error);
}

QStringList secretKeys(const QString &path, const QString &name)
{
    QSettings settings(path, QSettings::IniFormat);
    settings.beginGroup(name);
    return textValue(settings, SecretKeysKey).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

} // namespace Tidewatch::ProfileStore
