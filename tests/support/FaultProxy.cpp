#include "FaultProxy.h"

#include "FaultProxyWorker.h"

#include <QMetaObject>
#include <QTimer>

namespace Tidewatch {

FaultProxy::FaultProxy(quint16 upstreamPort)
    : m_upstreamPort(upstreamPort)
{
    m_thread.setObjectName(QStringLiteral("fault-proxy"));
}

FaultProxy::~FaultProxy()
{
    if (m_thread.isRunning()) {
        QMetaObject::invokeMethod(m_worker, &FaultProxyWorker::closeServer, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    delete m_worker;
}

bool FaultProxy::start()
{
    m_worker = new FaultProxyWorker(m_upstreamPort, &m_mode);
    m_worker->moveToThread(&m_thread);
    m_thread.start();
    quint16 port = 0;
    QMetaObject::invokeMethod(
        m_worker, [this] { return m_worker->listen(0); }, Qt::BlockingQueuedConnection, &port);
    m_port = port;
    return m_port != 0;
}

void FaultProxy::setMode(Mode mode, int delayMs)
{
    const Mode before = m_mode.exchange(mode);
    QMetaObject::invokeMethod(
        m_worker, [this, delayMs] { m_worker->setDelay(delayMs); }, Qt::BlockingQueuedConnection);
    if (mode == Mode::Refuse && before != Mode::Refuse) {
        QMetaObject::invokeMethod(m_worker, &FaultProxyWorker::closeServer, Qt::BlockingQueuedConnection);
    } else if (mode != Mode::Refuse && before == Mode::Refuse) {
        quint16 port = 0;
        QMetaObject::invokeMethod(
            m_worker, [this] { return m_worker->listen(m_port); }, Qt::BlockingQueuedConnection, &port);
    }
}

int FaultProxy::requests() const
{
    return m_worker ? m_worker->requests.load() : 0;
}

} // namespace Tidewatch
