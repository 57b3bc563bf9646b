#pragma once

#include <QJsonArray>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace Tidewatch {

/// A real Alertmanager (Debian's prometheus-alertmanager 0.25) for a test: loopback, a free port,
/// one null receiver, its own storage folder, no gossip cluster. stop() and start() again keep the
/// port and the storage, as a restart of the service would.
class AlertmanagerProcess
{
public:
    /// TIDEWATCH_ALERTMANAGER or /usr/bin/prometheus-alertmanager; empty when neither exists.
    static QString binary();

    ~AlertmanagerProcess();
    /// Starts it and waits until /-/ready answers; false with @p error otherwise.
    bool start(QString &error);
    /// Stops it (SIGTERM, then SIGKILL) and waits.
    void stop();
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }

    /// GET /api/v2/alerts (active, not resolved) whose labels match @p filter (Alertmanager matchers,
    /// e.g. `alertname="X"`); @p ok false when the request failed.
    QJsonArray alerts(const QString &filter, bool *ok = nullptr) const;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

/// GET @p url, waiting at most @p timeoutMs; the HTTP status (0 on a network error) and the body.
int httpGet(const QString &url, QByteArray *body, int timeoutMs = 5000);

} // namespace Tidewatch
