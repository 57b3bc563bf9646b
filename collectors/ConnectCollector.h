#pragma once

#include "ClusterProfile.h"
#include "ConnectSnapshot.h"
#include "HttpClientAuth.h"

#include <QHash>
#include <QObject>

#include <functional>

class QNetworkAccessManager;
class QTimer;

namespace Tidewatch {

/// Polls one Kafka Connect worker's REST API and publishes an immutable ConnectSnapshot per cycle.
/// Non-blocking (Qt Network); may live on the GUI thread or its own. One collector per Connect
/// cluster (a profile may have several).
///
/// A cycle asks for `GET /` (version, reachability) and `/connectors?expand=status&expand=info`
/// (every connector's state, tasks, class and config); each connector's active topics and offsets
/// are asked when it is new and then every kDetailsRefreshMs, and carried over in between.
class ConnectCollector : public QObject
{
    Q_OBJECT
public:
    /// @p url is one of the profile's connectUrls (credentials in it win over the profile's).
    ConnectCollector(ClusterProfile profile, QString url, QObject *parent = nullptr);

    Q_INVOKABLE void start();
    Q_INVOKABLE void stop();
    /// Starts one cycle now unless one is in flight; snapshotReady() follows.
    Q_INVOKABLE void collect();

    /// Topics and offsets change slowly and cost two requests per connector: asked this often.
    static constexpr qint64 kDetailsRefreshMs = 30000;

Q_SIGNALS:
    void snapshotReady(const Tidewatch::ConnectSnapshot &snapshot);

private:
    struct Reply
    {
        int http = 0;
        QByteArray body;
        QString error; ///< transport or HTTP error, empty on 2xx
    };
    using Handler = std::function<void(const Reply &)>;
    struct Details
    {
        std::optional<QStringList> topics;
        std::optional<QList<ConnectOffset>> offsets;
        qint64 sampledAtMs = -1;
    };

    void get(const QString &path, Handler handler);
    void requestDetails();
    void finishCycle();

    ClusterProfile m_profile;
    QString m_url; ///< without credentials
    QNetworkAccessManager *m_network = nullptr;
    QTimer *m_timer = nullptr;
    ConnectSnapshot m_last;
    ConnectSnapshot m_next;
    QStringList m_errors;
    int m_pending = 0;
    qint64 m_cycleStartMs = 0;
    bool m_listAnswered = false;
    QHash<QString, Details> m_details; ///< by connector name
    bool m_offsetsUnsupported = false; ///< the worker answered 404/405 for offsets (before Kafka 3.5)
    HttpClientAuth m_auth;             ///< TLS and basic auth (the URL's user:password win)
};

} // namespace Tidewatch
