#include "ConnectSnapshotJson.h"

#include "SnapshotJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Tidewatch::ConnectSnapshotJson {

namespace {

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue knownOrNull(qint64 value)
{
    return value < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonValue stateOf(ConnectState state)
{
    return state == ConnectState::Unknown ? QJsonValue(QJsonValue::Null)
                                          : QJsonValue(connectStateName(state));
}

QJsonValue msAgo(qint64 atMs, const QDateTime &now)
{
    return atMs < 0 ? QJsonValue(QJsonValue::Null)
                    : QJsonValue(std::max<qint64>(0, now.toMSecsSinceEpoch() - atMs));
}

QJsonValue rawJson(const QString &text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    if (doc.isObject())
        return doc.object();
    if (doc.isArray())
        return doc.array();
    return QJsonValue(QJsonValue::Null);
}

QJsonValue groupJson(const QString &groupId, const KafkaSnapshot *kafka)
{
    if (groupId.isEmpty())
        return QJsonValue(QJsonValue::Null);
    QJsonObject group{{QStringLiteral("id"), groupId}};
    const ConsumerGroupInfo *found = nullptr;
    if (kafka && kafka->status.reachable) {
        for (const ConsumerGroupInfo &g : kafka->groups) {
            if (g.groupId == groupId)
                found = &g;
        }
    }
    // Not collected (no Kafka part, or the group not listed yet) is unknown, not "no lag".
    group.insert(QStringLiteral("found"), kafka && kafka->status.reachable ? QJsonValue(found != nullptr)
                                                                           : QJsonValue(QJsonValue::Null));
    group.insert(QStringLiteral("state"), found ? orNull(found->state) : QJsonValue(QJsonValue::Null));
    group.insert(QStringLiteral("totalLag"),
                 found ? knownOrNull(found->totalLag) : QJsonValue(QJsonValue::Null));
    group.insert(QStringLiteral("maxLag"), found ? knownOrNull(found->maxLag) : QJsonValue(QJsonValue::Null));
    group.insert(QStringLiteral("lagStatus"),
                 found ? QJsonValue(lagStatusName(found->status)) : QJsonValue(QJsonValue::Null));
    return group;
}

QJsonObject taskJson(const ConnectTaskInfo &t)
{
    return QJsonObject{
        {QStringLiteral("id"), t.id < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(t.id)},
        {QStringLiteral("state"), stateOf(t.state)},
        {QStringLiteral("rawState"), orNull(t.rawState)},
        {QStringLiteral("workerId"), orNull(t.workerId)},
        {QStringLiteral("traceRootCause"), orNull(t.traceRootCause)},
        {QStringLiteral("trace"), orNull(t.trace)},
    };
}

QJsonObject connectorJson(const ConnectConnectorInfo &c, const QDateTime &now, const KafkaSnapshot *kafka)
{
    QJsonArray tasks;
    for (const ConnectTaskInfo &t : c.tasks)
        tasks.append(taskJson(t));
    QJsonValue offsets(QJsonValue::Null);
    if (c.offsets) {
        QJsonArray list;
        for (const ConnectOffset &o : *c.offsets)
            list.append(QJsonObject{{QStringLiteral("partition"), rawJson(o.partitionJson)},
                                    {QStringLiteral("offset"), rawJson(o.offsetJson)}});
        offsets = list;
    }
    return QJsonObject{
        {QStringLiteral("name"), c.name},
        {QStringLiteral("type"), c.type == ConnectorType::Unknown ? QJsonValue(QJsonValue::Null)
                                                                  : QJsonValue(connectorTypeName(c.type))},
        {QStringLiteral("class"), orNull(c.className)},
        {QStringLiteral("pluginVersion"), orNull(c.pluginVersion)},
        {QStringLiteral("state"), stateOf(c.state)},
        {QStringLiteral("rawState"), orNull(c.rawState)},
        {QStringLiteral("workerId"), orNull(c.workerId)},
        {QStringLiteral("traceRootCause"), orNull(c.traceRootCause)},
        {QStringLiteral("trace"), orNull(c.trace)},
        {QStringLiteral("tasksMax"), knownOrNull(c.tasksMax)},
        {QStringLiteral("slotName"), orNull(c.slotName)},
        {QStringLiteral("topicPrefix"), orNull(c.topicPrefix)},
        {QStringLiteral("tasks"), tasks},
        {QStringLiteral("tasksFailed"), c.tasksIn(ConnectState::Failed)},
        {QStringLiteral("activeTopics"), c.activeTopics
                                             ? QJsonValue(QJsonArray::fromStringList(*c.activeTopics))
                                             : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("configuredTopics"), c.type == ConnectorType::Sink
                                                 ? QJsonValue(QJsonArray::fromStringList(c.configuredTopics))
                                                 : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("topicsRegex"), orNull(c.configuredTopicsRegex)},
        {QStringLiteral("consumerGroup"), groupJson(c.consumerGroupId, kafka)},
        {QStringLiteral("offsets"), offsets},
        {QStringLiteral("detailsAgeMs"), msAgo(c.detailsSampledAtMs, now)},
    };
}

} // namespace

QJsonObject toJson(const ConnectSnapshot &s, const QDateTime &now, const KafkaSnapshot *kafka)
{
    QJsonArray connectors;
    for (const ConnectConnectorInfo &c : s.connectors)
        connectors.append(connectorJson(c, now, kafka));
    const bool known = s.sampledAtMs >= 0;
    const auto count = [&](qint64 n) {
        return known ? QJsonValue(n) : QJsonValue(QJsonValue::Null);
    };
    return QJsonObject{
        {QStringLiteral("cluster"), s.clusterName},
        {QStringLiteral("restUrl"), s.restUrl},
        {QStringLiteral("version"), orNull(s.version)},
        {QStringLiteral("commit"), orNull(s.commit)},
        {QStringLiteral("kafkaClusterId"), orNull(s.kafkaClusterId)},
        {QStringLiteral("sampledAt"),
         known
             ? QJsonValue(QDateTime::fromMSecsSinceEpoch(s.sampledAtMs, Qt::UTC).toString(Qt::ISODateWithMs))
             : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("sampleAgeMs"), msAgo(s.sampledAtMs, now)},
        {QStringLiteral("connectorCount"), count(s.connectors.size())},
        {QStringLiteral("connectorsRunning"), count(s.connectorsIn(ConnectState::Running))},
        {QStringLiteral("connectorsFailed"), count(s.connectorsIn(ConnectState::Failed))},
        {QStringLiteral("tasksFailed"), count(s.tasksIn(ConnectState::Failed))},
        {QStringLiteral("connectors"), connectors},
        {QStringLiteral("status"), SnapshotJson::statusToJson(s.status, now)},
        {QStringLiteral("partErrors"), QJsonArray::fromStringList(s.partErrors)},
    };
}

} // namespace Tidewatch::ConnectSnapshotJson
