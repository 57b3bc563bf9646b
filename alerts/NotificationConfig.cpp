#include "NotificationConfig.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QUrl>

namespace Tidewatch {

QString NotificationConfig::defaultSource()
{
    return QStringLiteral("tidewatch@") + QHostInfo::localHostName();
}

QString NotificationConfig::effectiveSource() const
{
    return source.isEmpty() ? defaultSource() : source;
}

bool notificationTargetFromUrl(const QString &text, const QString &passwordFromEnvironment,
                               NotificationTarget &out, QString &error)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) ||
        url.host().isEmpty()) {
        error = QCoreApplication::translate("NotificationConfig", "not an http(s) URL: %1").arg(text);
        return false;
    }
    if (!url.password().isEmpty()) {
        error = QCoreApplication::translate("NotificationConfig",
                                            "a password in the URL is refused (anyone can read the command "
                                            "line); set it in the environment or the profiles file: %1")
                    .arg(url.toString(QUrl::RemovePassword));
        return false;
    }
    NotificationTarget target;
    target.user = url.userName();
    if (!target.user.isEmpty())
        target.password = passwordFromEnvironment;
    target.url = url.toString(QUrl::RemoveUserInfo);
    out = target;
    return true;
}

} // namespace Tidewatch
