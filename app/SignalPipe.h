#pragma once

#include <QList>
#include <QObject>

class QSocketNotifier;

namespace Tidewatch {

/// Turns Unix signals (SIGTERM, SIGINT, SIGHUP) into a Qt signal on the thread that owns it, with the
/// self-pipe trick: the handler only writes the signal number to a socket pair, which a
/// QSocketNotifier reads in the event loop. One instance per process.
class SignalPipe : public QObject
{
    Q_OBJECT
public:
    /// Installs handlers for @p signalNumbers. Returns with isValid() false when the socket pair or a
    /// handler cannot be set up.
    explicit SignalPipe(const QList<int> &signalNumbers, QObject *parent = nullptr);
    ~SignalPipe() override;

    bool isValid() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void received(int signalNumber);

private:
    void readPipe();

    QList<int> m_signals;
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Tidewatch
