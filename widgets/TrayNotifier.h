#pragma once

#include "TrayAlertFeed.h"

#include <QIcon>
#include <QObject>
#include <QStringList>

class QAction;
class QMenu;
class QSystemTrayIcon;
class QTimer;

namespace Tidewatch {

/// The system tray icon: the count of firing, unsilenced alerts in the icon and its tooltip, a menu
/// (open, alerts page, mute notifications for an hour, quit), and a desktop notification for each
/// alert that starts firing, through TrayAlertFeed's throttle. Where no system tray is available
/// (QSystemTrayIcon::isSystemTrayAvailable() false, e.g. offscreen) it creates no icon and shows
/// nothing, silently; the feed still runs so the decisions are the same.
class TrayNotifier : public QObject
{
    Q_OBJECT
public:
    explicit TrayNotifier(QObject *parent = nullptr);
    ~TrayNotifier() override;

    void setConfig(const DesktopNotificationConfig &config);
    /// The alert list after an evaluation at @p nowMs.
    void setAlerts(const QList<AlertView> &alerts, qint64 nowMs);
    const TrayAlertFeed &feed() const { return m_feed; }
    /// True when a tray icon exists.
    bool hasIcon() const { return m_icon != nullptr; }
    /// The icon for @p firing alerts: the app's glyph with the count on a red badge (none at 0).
    static QIcon iconFor(int firing);
    /// Notifications shown so far (most recent last, at most 50): for tests and the docs' picture.
    const QList<DesktopNotification> &shown() const { return m_shown; }
    /// Shows what is due at @p nowMs (the timer calls it with the clock).
    void showDue(qint64 nowMs);
    void muteForAnHour(qint64 nowMs);

Q_SIGNALS:
    void showWindowRequested();
    /// Open the Alerts page, on the alert @p fingerprint when not empty.
    void alertsPageRequested(const QString &fingerprint);
    void quitRequested();

private:
    void schedule(qint64 nowMs);
    void refreshIcon(qint64 nowMs);

    TrayAlertFeed m_feed;
    QSystemTrayIcon *m_icon = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_mute = nullptr;
    QTimer *m_due;
    QList<DesktopNotification> m_shown;
    QStringList m_lastKeys; ///< the alerts of the latest message shown: what a click opens
    int m_iconCount = -1;
};

} // namespace Tidewatch
