#pragma once

#include "NotificationConfig.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Tidewatch {

/// One alert that started firing, as the desktop notification names it.
struct DesktopAlert
{
    QString key;      ///< identifies the alert (its labels), so that a resolution can withdraw it
    QString name;     ///< alertname
    QString severity; ///< critical, warning, info
    QString summary;  ///< the expanded summary
    QString cluster;

    friend bool operator==(const DesktopAlert &, const DesktopAlert &) = default;
};

/// A notification to show (QSystemTrayIcon::showMessage in the GUI).
struct DesktopNotification
{
    QString title;
    QString body;
    QString severity;     ///< the most severe of the alerts it covers
    QStringList keys;     ///< the alerts it covers
    bool summary = false; ///< true: one notification for a storm of alerts
    bool sound = false;

    friend bool operator==(const DesktopNotification &, const DesktopNotification &) = default;
};

/// Turns new firing alerts into desktop notifications without flooding the desktop. Pure: the
/// caller passes the time and asks what to show.
///  - Alerts that start firing are queued.
///  - Something is shown at most every `minGapMs` (one showing is one summary or the individual
///    notifications of that moment).
///  - When more than `stormThreshold` alerts started firing within the last `windowMs`, the queued
///    ones are shown as ONE summary ("5 alerts firing: A, B, C and 2 more"); otherwise each is shown
///    on its own.
///  - An alert that resolves while queued is withdrawn: nothing is shown for it.
class NotificationThrottle
{
public:
    explicit NotificationThrottle(const DesktopNotificationConfig &config = {});
    void setConfig(const DesktopNotificationConfig &config);
    const DesktopNotificationConfig &config() const { return m_config; }

    /// @p alerts started firing at @p nowMs.
    void add(const QList<DesktopAlert> &alerts, qint64 nowMs);
    /// The alert @p key resolved: drop it if it was not shown yet.
    void withdraw(const QString &key);
    /// What to show at @p nowMs (empty while the gap runs or nothing is queued).
    QList<DesktopNotification> take(qint64 nowMs);
    /// When take() will have something to show, or -1 when nothing is queued.
    qint64 nextDueMs() const;
    int queued() const { return int(m_queue.size()); }

private:
    DesktopNotificationConfig m_config;
    QList<DesktopAlert> m_queue;
    QList<qint64> m_arrivals; ///< when alerts started firing, within the window
    qint64 m_lastShownMs = -1;
};

} // namespace Tidewatch
