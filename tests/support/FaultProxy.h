#pragma once

#include <QObject>
#include <QThread>

#include <atomic>

namespace Tidewatch {

class FaultProxyWorker;

/// A small HTTP proxy for fault injection in front of a real HTTP service (the stack's Flink REST):
/// it forwards each request to 127.0.0.1:upstreamPort and breaks the answers on command. It runs on a
/// thread of its own, so a test that measures its GUI thread does not measure the proxy.
///
/// Only what Tidewatch's REST clients send is handled: requests without a body (GET). Every answer
/// closes its connection.
class FaultProxy
{
public:
    enum class Mode
    {
        Pass,     ///< forward the real answer unchanged
        Delay,    ///< forward the real answer after delayMs
        Error500, ///< answer 500 Internal Server Error without asking the service
        Truncate, ///< forward the real answer with its body cut in half (Content-Length matches)
        Refuse    ///< stop listening: connections are refused
    };

    explicit FaultProxy(quint16 upstreamPort);
    ~FaultProxy();
    FaultProxy(const FaultProxy &) = delete;
    FaultProxy &operator=(const FaultProxy &) = delete;

    /// Starts listening on a free loopback port (kept for the proxy's life); false on failure.
    bool start();
    quint16 port() const { return m_port; }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    /// Switches the fault at once (Refuse closes the listening socket; any other mode reopens it).
    void setMode(Mode mode, int delayMs = 0);
    Mode mode() const { return m_mode.load(); }
    /// Requests answered so far (any mode but Refuse).
    int requests() const;

private:
    QThread m_thread;
    FaultProxyWorker *m_worker = nullptr;
    quint16 m_upstreamPort;
    quint16 m_port = 0;
    std::atomic<Mode> m_mode{Mode::Pass};
};

} // namespace Tidewatch
