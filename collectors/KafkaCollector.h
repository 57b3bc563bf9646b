#pragma once

#include "ClusterProfile.h"
#include "KafkaSnapshot.h"

#include <QObject>

#include <memory>

class QTimer;

namespace Tidewatch {

class KafkaHandle;

/// Polls one Kafka cluster on its own thread and publishes an immutable KafkaSnapshot per cycle.
/// Create it, move it to a QThread, then invoke start() in that thread (queued).
class KafkaCollector : public QObject
{
    Q_OBJECT
public:
    explicit KafkaCollector(ClusterProfile profile, QObject *parent = nullptr);
    ~KafkaCollector() override;

    /// Creates the client and the timer in the current thread and runs the first cycle.
    Q_INVOKABLE void start();
    /// Stops polling; the thread can then be quit.
    Q_INVOKABLE void stop();
    /// Runs one collection cycle now, blocking the calling thread up to the profile's timeouts.
    KafkaSnapshot collectOnce();

Q_SIGNALS:
    void snapshotReady(const Tidewatch::KafkaSnapshot &snapshot);

private:
    void cycle();

    ClusterProfile m_profile;
    std::unique_ptr<KafkaHandle> m_client;
    QTimer *m_timer = nullptr;
    KafkaSnapshot m_last;
};

} // namespace Tidewatch
