#include "ProfileStore.h"

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
    if (ok && settings.contains(QStringLiteral("request.timeout.ms")))
        profile.requestTimeoutMs = settings.value(QStringLiteral("request.timeout.ms")).toInt(&ok);
    if (!ok || profile.kafkaPollIntervalMs < 100 || profile.requestTimeoutMs < 100) {
        error = QCoreApplication::translate("ProfileStore",
                                            "Profile \"%1\": intervals must be whole milliseconds ≥ 100")
                    .arg(name);
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

} // namespace Tidewatch::ProfileStore
