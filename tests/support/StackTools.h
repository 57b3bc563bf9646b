#pragma once

#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Tidewatch::StackTools {

/// The stack's brokers as a bootstrap list.
inline constexpr const char *kBootstrap = "127.0.0.1:19092,127.0.0.1:29092,127.0.0.1:39092";

struct ToolResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs `stack/tidewatch-stack ARGS...` (TIDEWATCH_STACK) and waits up to @p timeoutMs.
ToolResult stack(const QStringList &args, int timeoutMs = 120000);

/// Like stack(), but serves the calling thread's event loop while it waits: a GUI test that measures
/// its thread's stalls must not measure its own waiting.
ToolResult stackServingEvents(const QStringList &args, int timeoutMs = 120000);
/// Runs @p program with @p args, serving the calling thread's event loop while it waits. The process
/// is started and waited for on another thread (starting a process blocks the starting thread).
ToolResult serveEventsWhile(const QString &program, const QStringList &args, int timeoutMs = 120000);

/// The stack's run dir: TIDEWATCH_STACK_RUN, else run/ beside the stack script (TIDEWATCH_STACK).
QString runDir();

/// The pid of Kafka node @p node (1-3) from the run dir's pid file; 0 when there is none.
qint64 brokerPid(int node);

/// One row of ConsumerGroupCommand --describe.
struct DescribedOffset
{
    QString group;
    QString topic;
    int partition = -1;
    qint64 currentOffset = -1; ///< -1 where the tool prints "-"
    qint64 logEndOffset = -1;
    qint64 lag = -1;
};

/// Parses `consumer-groups --describe` output (any number of groups).
QList<DescribedOffset> parseGroupDescribe(const QString &text);

/// Parses `topics --describe` partition lines into (topic, partition) keys.
QSet<QPair<QString, int>> parseTopicPartitions(const QString &text);

/// The secured listeners and the client files every fresh `up` writes under <run dir>/security
/// (stack/lib/security.sh). valid() is false for a stack started before it had them.
struct SecureEndpoints
{
    QString plaintext; ///< bootstrap lists
    QString saslSsl;
    QString mtls;
    QString caFile;         ///< the run's CA (PEM)
    QString clientCertFile; ///< the mTLS client's certificate and key (PEM)
    QString clientKeyFile;
    QString scramUser; ///< the SASL user (SCRAM-SHA-512 and PLAIN)
    QString scramPassword;
    QString saslSslProperties;      ///< librdkafka properties files for --kafka-config (SASL PLAIN)
    QString saslSslScramProperties; ///< the same with SCRAM-SHA-512 (librdkafka 2.6.1 and later)
    QString mtlsProperties;
    bool valid() const { return !saslSsl.isEmpty() && !mtls.isEmpty() && !scramPassword.isEmpty(); }
};
SecureEndpoints secureEndpoints();

/// The single-node Kafka 3.x that `tidewatch-stack kafka3 up` starts (stack/lib/kafka3.sh), from
/// <run dir>/kafka3. valid() is false while it was never started in this run dir.
struct Kafka3Endpoints
{
    QString plaintext;             ///< bootstrap (one node)
    QString saslSsl;               ///< SASL_SSL with SCRAM-SHA-512 and SCRAM-SHA-256
    QString version;               ///< the node's Kafka version (from its jars), e.g. 3.9.2
    QString clusterId;             ///< the id it was formatted with
    QString scramSha512Properties; ///< librdkafka properties files for --kafka-config
    QString scramSha256Properties;
    QString logFile; ///< its server.log
    bool valid() const { return !plaintext.isEmpty() && !saslSsl.isEmpty() && !clusterId.isEmpty(); }
};
Kafka3Endpoints kafka3Endpoints();

/// The plaintext bootstrap list the run dir names (a stack on other ports), else kBootstrap.
QString plaintextBootstrap();

} // namespace Tidewatch::StackTools
