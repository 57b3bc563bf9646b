#pragma once

#include "AlertView.h"
#include "NotificationThrottle.h"

#include <QList>
#include <QSet>
#include <QString>

namespace Tidewatch {

/// What the tray icon shows and which desktop notifications it pops up, decided without any
/// QSystemTrayIcon so that it can be tested with timelines offscreen. Fed with the alert list after
/// every evaluation: an alert that starts firing unsilenced is handed to the NotificationThrottle
/// (a storm becomes one summary); one that resolves or gets silenced before it was shown is
/// withdrawn. Nothing is queued while desktop notifications are off or muted.
class TrayAlertFeed
{
public:
    void setConfig(const DesktopNotificationConfig &config);
    const DesktopNotificationConfig &config() const { return m_throttle.config(); }

    /// The alerts after an evaluation at @p nowMs.
    void update(const QList<AlertView> &alerts, qint64 nowMs);
    /// The notifications to show at @p nowMs.
    QList<DesktopNotification> take(qint64 nowMs);
    /// When take() will have something, or -1.
    qint64 nextDueMs() const;

    /// No notifications until @p untilMs (-1: unmute); alerts that start firing meanwhile are never
    /// shown, the icon keeps counting them.
    void muteUntil(qint64 untilMs);
    qint64 mutedUntilMs() const { return m_mutedUntilMs; }
    bool isMuted(qint64 nowMs) const { return m_mutedUntilMs >= 0 && nowMs < m_mutedUntilMs; }

    /// Firing alerts that no silence mutes: what the icon counts.
    int firingCount() const { return int(m_firing.size()); }
    /// The icon's tooltip: "Tidewatch: 2 alerts firing" and the first few of them.
    QString toolTip(qint64 nowMs) const;

private:
    NotificationThrottle m_throttle;
    QSet<QString> m_firing;    ///< fingerprints of the firing, unsilenced alerts
    QStringList m_firingLines; ///< "name on cluster", most urgent first
    qint64 m_mutedUntilMs = -1;
};

} // namespace Tidewatch
