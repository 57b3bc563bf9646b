#pragma once

#include "ClusterProfile.h"
#include "PostgresSnapshot.h"

#include <QObject>

#include <memory>

class QTimer;

namespace Tidewatch {

class HttpFetcher;
class PostgresConnection;
class PostgresSlotTracker;

/// Polls one PostgreSQL server's replication slots (and, where the profile names the Connect
/// worker's metrics endpoint, Debezium's own figures) and publishes a PostgresSnapshot per cycle.
/// Lives on its own thread: a cycle blocks that thread for at most the request timeout per step
/// (libpq's non-blocking API with a deadline, HttpFetcher's timeout). The connection is kept
/// between cycles and made again after a failure. Read-only: it runs one SELECT a cycle.
class PostgresCollector : public QObject
{
    Q_OBJECT
public:
    explicit PostgresCollector(ClusterProfile profile, QObject *parent = nullptr);
    ~PostgresCollector() override;

    /// Creates the timer in the calling (the collector's) thread and runs the first cycle.
    Q_INVOKABLE void start();
    Q_INVOKABLE void stop();
    /// Runs one cycle now; snapshotReady() follows before it returns.
    Q_INVOKABLE void collect();

Q_SIGNALS:
    void snapshotReady(const Tidewatch::PostgresSnapshot &snapshot);

private:
    ClusterProfile m_profile;
    QTimer *m_timer = nullptr;
    std::unique_ptr<PostgresConnection> m_connection;
    std::unique_ptr<PostgresSlotTracker> m_tracker;
    std::unique_ptr<HttpFetcher> m_http;
    PostgresSnapshot m_last; ///< the last good data, carried over (and marked) when a cycle fails
    bool m_collecting = false;
};

} // namespace Tidewatch
