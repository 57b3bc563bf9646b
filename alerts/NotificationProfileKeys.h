#pragma once

#include "NotificationConfig.h"

#include <QString>

#include <functional>

class QSettings;

namespace Tidewatch::NotificationProfileKeys {

/// Reads the notification keys at the top level of the profiles file (outside every profile group,
/// so that they never appear as a profile):
///   alertmanager.1.url=https://am.example:9093     (any number of Alertmanagers: alertmanager.N.*)
///   alertmanager.1.user=tidewatch
///   alertmanager.1.password=...                     (a secret: read, never written by save())
///   alertmanager.1.password.env=AM_PASSWORD         (or: the environment variable holding it)
///   alertmanager.1.ca.file=ca.pem  alertmanager.1.cert.file=client.pem  alertmanager.1.key.file=client.key
///   alertmanager.1.insecure.skip.verify=false
///   webhook.1.url=https://hooks.example/tidewatch   (webhook.N.*: the keys of alertmanager.N, plus)
///   webhook.1.bearer.token=...  webhook.1.bearer.token.env=HOOK_TOKEN   (a secret, as password)
///   notify.resend.seconds=60  notify.source=tidewatch@ops-wall-1
///   notify.desktop=true  notify.desktop.sound=false  notify.desktop.storm.threshold=3
///   notify.desktop.window.seconds=60  notify.desktop.gap.seconds=10
/// Relative file paths are relative to the profiles file. @p environment looks up `*.env` names.
/// Returns false with @p error naming the key for a value that cannot be used.
bool read(const QSettings &settings, const QString &profilesPath,
          const std::function<QString(const QString &)> &environment, NotificationConfig &out,
          QString &error);

/// Writes @p config's keys at the top level, replacing the notification keys there. Secrets
/// (password, bearer.token) are never written: their key names are listed under notify.secret.keys;
/// `*.env` keys already in the file are kept for targets whose URL is unchanged.
void write(QSettings &settings, const NotificationConfig &config);

/// Loads the notification settings of the profiles file @p path; a missing file gives the defaults.
bool load(const QString &path, NotificationConfig &out, QString &error);
/// Saves them into @p path (created if missing), leaving the profiles alone.
bool save(const QString &path, const NotificationConfig &config, QString &error);

/// The secret key names save() listed ("alertmanager.1.password", …).
QStringList secretKeys(const QString &path);

} // namespace Tidewatch::NotificationProfileKeys
