#pragma once

#include <QList>
#include <QString>

namespace Tidewatch {

/// Where alerts are POSTed, and how to authenticate and verify TLS there.
struct NotificationTarget
{
    QString url;      ///< Alertmanager: its base URL (…/api/v2/alerts is appended); webhook: the full URL
    QString user;     ///< basic auth user; empty: no basic auth
    QString password; ///< a secret: read from the profiles file or the environment, never written
    QString passwordEnv;    ///< the environment variable password came from (profiles file key password.env)
    QString bearerToken;    ///< "Authorization: Bearer …" instead of basic auth (a secret, as password)
    QString bearerTokenEnv; ///< the environment variable bearerToken came from
    QString caFile;         ///< PEM CA certificate(s) for https; empty: the system's
    QString certFile;       ///< PEM client certificate (mutual TLS)
    QString keyFile;        ///< PEM private key of certFile
    bool insecureSkipVerify = false; ///< accept any server certificate (off by default)

    friend bool operator==(const NotificationTarget &, const NotificationTarget &) = default;
};

/// The desktop notifications' storm control (NotificationThrottle).
struct DesktopNotificationConfig
{
    bool enabled = true;
    bool sound = false;
    int stormThreshold = 3;  ///< more new alerts than this within windowMs become one summary
    qint64 windowMs = 60000; ///< the window the storm threshold counts in
    qint64 minGapMs = 10000; ///< at least this long between two notifications shown

    friend bool operator==(const DesktopNotificationConfig &, const DesktopNotificationConfig &) = default;
};

/// Everything notifications need; a value type, read from the profiles file (NotificationProfileKeys)
/// and the command line (--alertmanager, --webhook), edited by the Settings page.
struct NotificationConfig
{
    QList<NotificationTarget> alertmanagers;
    QList<NotificationTarget> webhooks;
    qint64 resendIntervalMs = 60000;    ///< firing alerts are re-sent to Alertmanager this often
    qint64 evaluationIntervalMs = 2000; ///< how often rules are evaluated (the poll interval); sets endsAt
    /// The value of the `source` label every alert gets; empty: defaultSource().
    QString source;
    DesktopNotificationConfig desktop;

    /// `tidewatch@<host name>`: names the workstation or server, so that two Tidewatch instances
    /// evaluating the same rule are two alerts in Alertmanager.
    static QString defaultSource();
    /// source, or defaultSource() when it is empty.
    QString effectiveSource() const;

    friend bool operator==(const NotificationConfig &, const NotificationConfig &) = default;
};

/// A target from a command-line URL: `http[s]://[user@]host[:port][/path]`. A password in the URL is
/// refused (the process list shows every argument); it comes from @p passwordFromEnvironment.
/// Returns false with @p error for a URL that is not http(s) or carries a password.
bool notificationTargetFromUrl(const QString &text, const QString &passwordFromEnvironment,
                               NotificationTarget &out, QString &error);

} // namespace Tidewatch
