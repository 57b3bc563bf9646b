#pragma once

#include "ClusterProfile.h"
#include "ConnectionTestStep.h"

#include <QObject>

#include <functional>

namespace Tidewatch {

/// Tests a profile's connections step by step, off the calling thread: for each bootstrap broker
/// name resolution, TCP connect and (SSL, SASL_SSL) the TLS handshake with the profile's CA and
/// client certificate; then a librdkafka client: SASL authentication, metadata (brokers, topics),
/// listing and describing the consumer groups; the broker metrics URLs; the Flink REST endpoint
/// and its version. Every step is bounded by the profile's request timeout.
class ConnectionTester : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionTester(QObject *parent = nullptr);

    /// Tests @p profile on a thread of its own; stepFinished() follows for each step, then
    /// finished(). Starting again abandons a test still running: its results are dropped (its
    /// thread ends on its own).
    void start(const ClusterProfile &profile);
    bool isRunning() const { return m_running; }

    /// Runs every step on the calling thread (never call it on the GUI thread: it blocks), calling
    /// @p report for each.
    static void run(const ClusterProfile &profile,
                    const std::function<void(const ConnectionTestStep &)> &report);

    /// Why this librdkafka build cannot use sasl.oauthbearer.method=oidc (librdkafka's message);
    /// empty when it can.
    static QString oidcUnsupportedReason();

Q_SIGNALS:
    void stepFinished(const Tidewatch::ConnectionTestStep &step);
    void finished();

private:
    int m_generation = 0; ///< drops the results of an abandoned test
    bool m_running = false;
};

} // namespace Tidewatch
