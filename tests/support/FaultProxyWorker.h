#pragma once

#include "FaultProxy.h"

#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <atomic>

namespace Tidewatch {

/// The part of FaultProxy that lives on its thread: the listening socket and the connections.
class FaultProxyWorker : public QObject
{
    Q_OBJECT
public:
    FaultProxyWorker(quint16 upstreamPort, const std::atomic<FaultProxy::Mode> *mode);

    /// Listens on @p port (0: any free one); returns the port, 0 on failure.
    Q_INVOKABLE quint16 listen(quint16 port);
    Q_INVOKABLE void closeServer();
    Q_INVOKABLE void setDelay(int ms) { m_delayMs = ms; }
    std::atomic<int> requests{0};

private:
    void accept();
    void serve(QTcpSocket *client);
    void forward(QPointer<QTcpSocket> client, const QByteArray &request, FaultProxy::Mode mode);
    static QByteArray truncated(const QByteArray &response);

    QTcpServer *m_server = nullptr;
    quint16 m_upstreamPort;
    const std::atomic<FaultProxy::Mode> *m_mode;
    int m_delayMs = 0;
};

} // namespace Tidewatch
