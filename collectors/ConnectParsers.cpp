#include "ConnectParsers.h"

#include "FlinkParsers.h"
#include "JsonDepth.h"

#include <QCoreApplication>
#include <QUrl>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <limits>

namespace Tidewatch::ConnectParsers {

namespace {

using nlohmann::json;

struct ConnectParsersText
{
    Q_DECLARE_TR_FUNCTIONS(ConnectParsers)
};

bool parse(const QByteArray &body, json &out, QString &error)
{
    if (nestedTooDeeply(body)) {
        error = ConnectParsersText::tr("The response is nested too deeply");
        return false;
    }
    out = json::parse(body.constBegin(), body.constEnd(), nullptr, /*allow_exceptions=*/false);
    if (out.is_discarded()) {
        error = ConnectParsersText::tr("The response is not valid JSON");
        return false;
    }
    if (!out.is_object()) {
        error = ConnectParsersText::tr("The response is not a JSON object");
        return false;
    }
    return true;
}

QString text(const json &value)
{
    return value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString();
}

QString stringField(const json &object, const char *key)
{
    if (!object.is_object())
        return {};
    const auto it = object.find(key);
    return it == object.end() ? QString() : text(*it);
}

/// A non-negative JSON integer that fits an int, else -1 (floats, negatives, huge numbers, text).
int indexValue(const json &value)
{
    if (value.is_number_unsigned())
        return value.get<quint64>() <= quint64(std::numeric_limits<int>::max()) ? int(value.get<quint64>())
                                                                                : -1;
    if (value.is_number_integer()) {
        const qint64 v = value.get<qint64>();
        return v >= 0 && v <= std::numeric_limits<int>::max() ? int(v) : -1;
    }
    return -1;
}

/// Connect writes every config value as a string; anything else is left out.
QHash<QString, QString> configOf(const json &info)
{
    QHash<QString, QString> config;
    if (!info.is_object())
        return config;
    const auto it = info.find("config");
    if (it == info.end() || !it->is_object())
        return config;
    for (auto entry = it->begin(); entry != it->end(); ++entry) {
        if (entry->is_string())
            config.insert(QString::fromStdString(entry.key()), text(*entry));
    }
    return config;
}

ConnectorType typeOf(const QString &name)
{
    if (name == QLatin1String("source"))
        return ConnectorType::Source;
    if (name == QLatin1String("sink"))
        return ConnectorType::Sink;
    return ConnectorType::Unknown;
}

void readState(const json &object, ConnectState &state, QString &raw, QString &worker, QString &trace,
               QString &cause)
{
    raw = stringField(object, "state");
    state = connectStateFromName(raw);
    worker = stringField(object, "worker_id");
    trace = stringField(object, "trace");
    cause = trace.isEmpty() ? QString() : rootCause(trace);
}

ConnectConnectorInfo connectorOf(const QString &name, const json &entry)
{
    ConnectConnectorInfo c;
    c.name = name;
    const json empty = json::object();
    const auto statusIt = entry.find("status");
    const auto infoIt = entry.find("info");
    const json &status = statusIt != entry.end() && statusIt->is_object() ? *statusIt : empty;
    const json &info = infoIt != entry.end() && infoIt->is_object() ? *infoIt : empty;

    c.type = typeOf(stringField(status, "type"));
    if (c.type == ConnectorType::Unknown)
        c.type = typeOf(stringField(info, "type"));
    if (const auto it = status.find("connector"); it != status.end() && it->is_object()) {
        readState(*it, c.state, c.rawState, c.workerId, c.trace, c.traceRootCause);
        c.pluginVersion = stringField(*it, "version");
    }
    if (const auto it = status.find("tasks"); it != status.end() && it->is_array()) {
        for (const json &t : *it) {
            if (!t.is_object())
                continue;
            ConnectTaskInfo task;
            if (const auto id = t.find("id"); id != t.end())
                task.id = indexValue(*id);
            readState(t, task.state, task.rawState, task.workerId, task.trace, task.traceRootCause);
            c.tasks.append(task);
        }
        std::stable_sort(c.tasks.begin(), c.tasks.end(),
                         [](const ConnectTaskInfo &a, const ConnectTaskInfo &b) { return a.id < b.id; });
    }

    const QHash<QString, QString> config = configOf(info);
    c.className = config.value(QStringLiteral("connector.class"));
    bool ok = false;
    const int tasksMax = config.value(QStringLiteral("tasks.max")).trimmed().toInt(&ok);
    c.tasksMax = ok && tasksMax >= 0 ? tasksMax : -1;
    if (c.className.startsWith(QLatin1String("io.debezium."))) {
        c.topicPrefix = config.value(QStringLiteral("topic.prefix")).trimmed();
        if (c.topicPrefix.isEmpty())
            c.topicPrefix = config.value(QStringLiteral("database.server.name")).trimmed();
    }
    if (isPostgresConnectorClass(c.className)) {
        c.slotName = config.value(QStringLiteral("slot.name")).trimmed();
        if (c.slotName.isEmpty())
            c.slotName = QStringLiteral("debezium"); // Debezium's default slot name
    }
    if (c.type == ConnectorType::Sink) {
        const QStringList topics =
            config.value(QStringLiteral("topics")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &t : topics) {
            if (!t.trimmed().isEmpty())
                c.configuredTopics.append(t.trimmed());
        }
        c.configuredTopics.sort();
        c.configuredTopics.removeDuplicates();
        c.configuredTopicsRegex = config.value(QStringLiteral("topics.regex")).trimmed();
        c.consumerGroupId = sinkGroupId(name, config);
    }
    return c;
}

} // namespace

bool parseRoot(const QByteArray &body, ConnectSnapshot &snapshot, QString &error)
{
    json root;
    if (!parse(body, root, error))
        return false;
    const QString version = stringField(root, "version");
    if (version.isEmpty()) {
        error = ConnectParsersText::tr("The answer of / has no \"version\": not a Kafka Connect worker?");
        return false;
    }
    snapshot.version = version;
    snapshot.commit = stringField(root, "commit");
    snapshot.kafkaClusterId = stringField(root, "kafka_cluster_id");
    return true;
}

bool parseConnectors(const QByteArray &body, QList<ConnectConnectorInfo> &connectors, QString &error)
{
    if (nestedTooDeeply(body)) {
        error = ConnectParsersText::tr("The response is nested too deeply");
        return false;
    }
    const json root = json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    if (root.is_array()) {
        // a worker older than Kafka 2.3 ignores expand= and lists names only
        error = ConnectParsersText::tr(
            "The worker lists connector names only (expand=status needs Kafka Connect 2.3 or later)");
        return false;
    }
    if (root.is_discarded()) {
        error = ConnectParsersText::tr("The response is not valid JSON");
        return false;
    }
    if (!root.is_object()) {
        error = ConnectParsersText::tr("The response is not a JSON object");
        return false;
    }
    QList<ConnectConnectorInfo> parsed;
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!it->is_object()) {
            error = ConnectParsersText::tr("Connector \"%1\" is not described by an object")
                        .arg(QString::fromStdString(it.key()));
            return false;
        }
        parsed.append(connectorOf(QString::fromStdString(it.key()), *it));
    }
    std::sort(parsed.begin(), parsed.end(),
              [](const ConnectConnectorInfo &a, const ConnectConnectorInfo &b) { return a.name < b.name; });
    connectors = std::move(parsed);
    return true;
}

bool parseTopics(const QByteArray &body, const QString &name, QStringList &topics, QString &error)
{
    json root;
    if (!parse(body, root, error))
        return false;
    const auto entry = root.find(name.toStdString());
    if (entry == root.end() || !entry->is_object()) {
        error = ConnectParsersText::tr("The answer does not name connector \"%1\"").arg(name);
        return false;
    }
    const auto list = entry->find("topics");
    if (list == entry->end() || !list->is_array()) {
        error = ConnectParsersText::tr("The answer has no \"topics\" list");
        return false;
    }
    QStringList out;
    for (const json &t : *list) {
        if (!t.is_string()) {
            error = ConnectParsersText::tr("A topic name is not a string");
            return false;
        }
        out.append(text(t));
    }
    out.sort();
    out.removeDuplicates();
    topics = out;
    return true;
}

bool parseOffsets(const QByteArray &body, QList<ConnectOffset> &offsets, QString &error)
{
    json root;
    if (!parse(body, root, error))
        return false;
    const auto list = root.find("offsets");
    if (list == root.end() || !list->is_array()) {
        error = ConnectParsersText::tr("The answer has no \"offsets\" list");
        return false;
    }
    QList<ConnectOffset> out;
    for (const json &o : *list) {
        if (!o.is_object())
            continue;
        const auto partition = o.find("partition");
        const auto offset = o.find("offset");
        if (partition == o.end() || offset == o.end())
            continue;
        out.append({QString::fromStdString(partition->dump()), QString::fromStdString(offset->dump())});
    }
    // Connect lists sink partitions in no particular order
    std::sort(out.begin(), out.end(), [](const ConnectOffset &a, const ConnectOffset &b) {
        return a.partitionJson < b.partitionJson;
    });
    offsets = out;
    return true;
}

QString errorMessage(const QByteArray &body)
{
    if (nestedTooDeeply(body))
        return {};
    const json root = json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    return root.is_object() ? stringField(root, "message") : QString();
}

QString rootCause(const QString &trace)
{
    const QString cause = FlinkParsers::rootCauseOf(trace);
    if (!cause.isEmpty())
        return cause;
    return trace.section(QLatin1Char('\n'), 0, 0).trimmed();
}

QString sinkGroupId(const QString &name, const QHash<QString, QString> &config)
{
    const QString overridden = config.value(QStringLiteral("consumer.override.group.id")).trimmed();
    return overridden.isEmpty() ? QStringLiteral("connect-") + name : overridden;
}

QString redactedUrl(const QString &url)
{
    QUrl u(url);
    if (!u.isValid() || (u.userInfo().isEmpty()))
        return url;
    u.setUserInfo(QString());
    return u.toString();
}

bool nestedTooDeeply(const QByteArray &body, int maxDepth)
{
    return !jsonDepthWithin(std::string_view(body.constData(), size_t(body.size())), maxDepth);
}

} // namespace Tidewatch::ConnectParsers
