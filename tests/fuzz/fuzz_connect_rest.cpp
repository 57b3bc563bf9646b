// The parsers of Kafka Connect REST response bodies. The first byte chooses the parser (the endpoint),
// the rest is the body; what a parser produced then goes through what the collector and the snapshot
// do with it (root causes of traces, a sink's group id, task counts, the redacted URL).
#include "ConnectParsers.h"

#include <cstddef>
#include <cstdint>

using namespace Tidewatch;

namespace {

enum Endpoint : std::uint8_t
{
    Root,
    Connectors,
    Topics,
    Offsets,
    ErrorBody,
    Trace,
    Url,
    EndpointCount
};

void use(const QList<ConnectConnectorInfo> &connectors)
{
    for (const ConnectConnectorInfo &c : connectors) {
        (void)ConnectParsers::rootCause(c.trace);
        (void)c.topics();
        (void)c.tasksIn(ConnectState::Failed);
        for (const ConnectTaskInfo &t : c.tasks)
            (void)ConnectParsers::rootCause(t.trace);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const auto endpoint = Endpoint(data[0] % EndpointCount);
    const QByteArray body =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    QString error;
    switch (endpoint) {
    case Root: {
        ConnectSnapshot snapshot;
        ConnectParsers::parseRoot(body, snapshot, error);
        break;
    }
    case Connectors: {
        QList<ConnectConnectorInfo> connectors;
        if (ConnectParsers::parseConnectors(body, connectors, error))
            use(connectors);
        break;
    }
    case Topics: {
        QStringList topics;
        ConnectParsers::parseTopics(body, QStringLiteral("shop-orders-cdc"), topics, error);
        break;
    }
    case Offsets: {
        QList<ConnectOffset> offsets;
        ConnectParsers::parseOffsets(body, offsets, error);
        break;
    }
    case ErrorBody:
        (void)ConnectParsers::errorMessage(body);
        break;
    case Trace:
        (void)ConnectParsers::rootCause(QString::fromUtf8(body));
        break;
    case Url:
        (void)ConnectParsers::redactedUrl(QString::fromUtf8(body));
        break;
    case EndpointCount:
        break;
    }
    return 0;
}
