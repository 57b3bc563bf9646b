#pragma once

#include "ClusterProfile.h"
#include "FlinkSnapshot.h"

#include <QObject>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace Tidewatch {

/// Polls one Flink REST endpoint and publishes an immutable FlinkSnapshot per cycle.
/// Non-blocking (Qt Network); may live on the GUI thread or its own.
class FlinkCollector : public QObject
{
    Q_OBJECT
public:
    explicit FlinkCollector(ClusterProfile profile, QObject *parent = nullptr);

    Q_INVOKABLE void start();
    Q_INVOKABLE void stop();
    /// Starts one cycle now unless one is in flight; snapshotReady() follows.
    Q_INVOKABLE void collect();

Q_SIGNALS:
    void snapshotReady(const Tidewatch::FlinkSnapshot &snapshot);

private:
    using Parser = bool (*)(const QByteArray &, FlinkSnapshot &, QString &);
    void request(const QString &path, Parser parser);
    void finishCycle();

    ClusterProfile m_profile;
    QNetworkAccessManager *m_network = nullptr;
    QTimer *m_timer = nullptr;
    FlinkSnapshot m_last;
    FlinkSnapshot m_next;
    QStringList m_errors;
    int m_pending = 0;
    qint64 m_cycleStartMs = 0;
};

} // namespace Tidewatch
