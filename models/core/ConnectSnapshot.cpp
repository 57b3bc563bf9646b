#include "ConnectSnapshot.h"

#include <algorithm>

namespace Tidewatch {

int ConnectConnectorInfo::tasksIn(ConnectState wanted) const
{
    return static_cast<int>(std::count_if(tasks.cbegin(), tasks.cend(),
                                          [wanted](const ConnectTaskInfo &t) { return t.state == wanted; }));
}

QStringList ConnectConnectorInfo::topics() const
{
    if (activeTopics)
        return *activeTopics;
    return configuredTopics;
}

const ConnectConnectorInfo *ConnectSnapshot::connector(const QString &name) const
{
    for (const ConnectConnectorInfo &c : connectors) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

int ConnectSnapshot::connectorsIn(ConnectState wanted) const
{
    return static_cast<int>(
        std::count_if(connectors.cbegin(), connectors.cend(),
                      [wanted](const ConnectConnectorInfo &c) { return c.state == wanted; }));
}

int ConnectSnapshot::tasksIn(ConnectState wanted) const
{
    int n = 0;
    for (const ConnectConnectorInfo &c : connectors)
        n += c.tasksIn(wanted);
    return n;
}

QString connectStateName(ConnectState state)
{
    switch (state) {
    case ConnectState::Unassigned:
        return QStringLiteral("UNASSIGNED");
    case ConnectState::Running:
        return QStringLiteral("RUNNING");
    case ConnectState::Paused:
        return QStringLiteral("PAUSED");
    case ConnectState::Failed:
        return QStringLiteral("FAILED");
    case ConnectState::Restarting:
        return QStringLiteral("RESTARTING");
    case ConnectState::Stopped:
        return QStringLiteral("STOPPED");
    case ConnectState::Unknown:
        break;
    }
    return QStringLiteral("UNKNOWN");
}

ConnectState connectStateFromName(const QString &name)
{
    for (ConnectState s : knownConnectStates()) {
        if (connectStateName(s) == name)
            return s;
    }
    return ConnectState::Unknown;
}

bool isPostgresConnectorClass(const QString &className)
{
    return className == QLatin1String("io.debezium.connector.postgresql.PostgresConnector");
}

QString connectorTypeName(ConnectorType type)
{
    switch (type) {
    case ConnectorType::Source:
        return QStringLiteral("source");
    case ConnectorType::Sink:
        return QStringLiteral("sink");
    case ConnectorType::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QList<ConnectState> knownConnectStates()
{
    return {ConnectState::Unassigned, ConnectState::Running,    ConnectState::Paused,
            ConnectState::Failed,     ConnectState::Restarting, ConnectState::Stopped};
}

} // namespace Tidewatch
