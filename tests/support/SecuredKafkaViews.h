#pragma once
// What tst_kafka_secure and tst_kafka_scram both do: collect one snapshot through a given listener and
// properties, run `tidewatch snapshot` the same way, and reduce a snapshot to what the two compare.
// Header-only: the test support library does not link the collectors.

#include "KafkaCollector.h"
#include "TidewatchRun.h"

#include <QFile>
#include <QMap>
#include <QProcessEnvironment>
#include <QSet>

namespace Tidewatch::SecuredKafkaViews {

using Properties = QList<QPair<QString, QString>>;

inline ClusterProfile profileFor(const QString &name, const QString &bootstrap, const Properties &properties,
                                 int timeoutMs)
{
    ClusterProfile profile;
    profile.name = name;
    profile.bootstrapServers = bootstrap;
    profile.kafkaProperties = properties;
    profile.requestTimeoutMs = timeoutMs;
    return profile;
}

/// One cycle of a fresh collector (a fresh connection and handshake).
inline KafkaSnapshot collectOnce(const QString &name, const QString &bootstrap, const Properties &properties,
                                 int timeoutMs)
{
    KafkaCollector collector(profileFor(name, bootstrap, properties, timeoutMs));
    return collector.collectOnce();
}

inline QSet<QString> groupIds(const KafkaSnapshot &s)
{
    QSet<QString> ids;
    for (const ConsumerGroupInfo &g : s.groups)
        ids.insert(g.groupId);
    return ids;
}

inline const ConsumerGroupInfo *findGroup(const KafkaSnapshot &s, const QString &id)
{
    for (const ConsumerGroupInfo &g : s.groups) {
        if (g.groupId == id)
            return &g;
    }
    return nullptr;
}

/// topic -> (partition -> replicas), the cluster's layout as a snapshot saw it.
inline QMap<QString, QMap<int, QList<int>>> layout(const KafkaSnapshot &s)
{
    QMap<QString, QMap<int, QList<int>>> out;
    for (const TopicInfo &t : s.topics) {
        for (const PartitionInfo &p : t.partitions)
            out[t.name].insert(p.partition, p.replicas);
    }
    return out;
}

/// `tidewatch snapshot` against @p bootstrap with a properties file; a hang is a failure, not a wait.
inline TidewatchRun::Result runSnapshot(const QString &bootstrap, const QString &propertiesFile,
                                        int timeoutMs)
{
    QStringList args{QStringLiteral("snapshot"), QStringLiteral("--bootstrap"), bootstrap,
                     QStringLiteral("--timeout"), QString::number(timeoutMs)};
    if (!propertiesFile.isEmpty())
        args << QStringLiteral("--kafka-config") << propertiesFile;
    return TidewatchRun::run(args, QProcessEnvironment::systemEnvironment(), timeoutMs * 4 + 30000);
}

inline bool writeFile(const QString &path, const QByteArray &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text) == text.size();
}

} // namespace Tidewatch::SecuredKafkaViews
