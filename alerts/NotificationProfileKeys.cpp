#include "NotificationProfileKeys.h"

#include "ProfileIni.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QUrl>

#include <map>

namespace Tidewatch::NotificationProfileKeys {

namespace {

using namespace Qt::StringLiterals;

const QString kSecretKeys = u"notify.secret.keys"_s;
const QStringList kTargetKeys = {u"url"_s,          u"user"_s,
                                 u"password"_s,     u"password.env"_s,
                                 u"bearer.token"_s, u"bearer.token.env"_s,
                                 u"ca.file"_s,      u"cert.file"_s,
                                 u"key.file"_s,     u"insecure.skip.verify"_s};

QString translated(const char *text)
{
    return QCoreApplication::translate("ProfileStore", text);
}

QString text(const QSettings &settings, const QString &key)
{
    // A value with commas comes back from QSettings as a list.
    const QVariant v = settings.value(key);
    return v.typeId() == QMetaType::QStringList ? v.toStringList().join(u',') : v.toString().trimmed();
}

/// A secret as written: not trimmed, and commas kept (QSettings would split the value into a list).
QString secret(const QSettings &settings, const QString &key)
{
    const QVariant v = settings.value(key);
    return v.typeId() == QMetaType::QStringList ? v.toStringList().join(u',') : v.toString();
}

bool boolean(const QSettings &settings, const QString &key, bool &out, QString &error)
{
    if (!settings.contains(key))
        return true;
    const QString v = text(settings, key).toLower();
    if (v != u"true"_s && v != u"false"_s) {
        error = translated(QT_TRANSLATE_NOOP("ProfileStore", "%1 must be true or false")).arg(key);
        return false;
    }
    out = v == u"true"_s;
    return true;
}

template<typename T>
bool number(const QSettings &settings, const QString &key, qint64 minimum, qint64 scale, T &out,
            QString &error)
{
    if (!settings.contains(key))
        return true;
    bool ok = false;
    const qint64 v = text(settings, key).toLongLong(&ok);
    if (!ok || v < minimum) {
        error = translated(QT_TRANSLATE_NOOP("ProfileStore", "%1 must be a whole number ≥ %2"))
                    .arg(key)
                    .arg(minimum);
        return false;
    }
    out = T(v * scale);
    return true;
}

/// The N of every "<kind>.N.<key>" at the top level, with its prefix, in N order.
std::map<int, QString> numbered(const QSettings &settings, const QString &kind)
{
    std::map<int, QString> out;
    for (const QString &key : settings.childKeys()) {
        const QStringList parts = key.split(u'.');
        bool isNumber = false;
        const int n = parts.size() > 2 && parts.at(0) == kind ? parts.at(1).toInt(&isNumber) : 0;
        if (isNumber)
            out.emplace(n, kind + u'.' + parts.at(1) + u'.');
    }
    return out;
}

bool readTarget(const QSettings &settings, const QString &prefix, const QDir &base,
                const std::function<QString(const QString &)> &environment, NotificationTarget &target,
                QString &error)
{
    for (const QString &key : settings.childKeys()) {
        if (key.startsWith(prefix) && !kTargetKeys.contains(key.mid(prefix.size()))) {
            error = translated(QT_TRANSLATE_NOOP("ProfileStore", "%1: unknown key (known: %2)"))
                        .arg(key, kTargetKeys.join(u", "_s));
            return false;
        }
    }
    target.url = text(settings, prefix + u"url"_s);
    const QUrl url(target.url);
    if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s) || url.host().isEmpty() ||
        !url.password().isEmpty()) {
        error =
            translated(QT_TRANSLATE_NOOP("ProfileStore", "%1url must be an http(s) URL without a password"))
                .arg(prefix);
        return false;
    }
    target.user = text(settings, prefix + u"user"_s);
    target.password = secret(settings, prefix + u"password"_s);
    target.passwordEnv = text(settings, prefix + u"password.env"_s);
    if (!target.passwordEnv.isEmpty())
        target.password = environment(target.passwordEnv);
    target.bearerToken = secret(settings, prefix + u"bearer.token"_s);
    target.bearerTokenEnv = text(settings, prefix + u"bearer.token.env"_s);
    if (!target.bearerTokenEnv.isEmpty())
        target.bearerToken = environment(target.bearerTokenEnv);
    const auto path = [&](const QString &key) {
        const QString v = text(settings, prefix + key);
        return v.isEmpty() ? v : base.absoluteFilePath(v);
    };
    target.caFile = path(u"ca.file"_s);
    target.certFile = path(u"cert.file"_s);
    target.keyFile = path(u"key.file"_s);
    if (target.certFile.isEmpty() != target.keyFile.isEmpty()) {
        error = translated(QT_TRANSLATE_NOOP("ProfileStore", "%1cert.file and %1key.file go together"))
                    .arg(prefix);
        return false;
    }
    return boolean(settings, prefix + u"insecure.skip.verify"_s, target.insecureSkipVerify, error);
}

bool isNotificationKey(const QString &key)
{
    return key.startsWith(u"alertmanager."_s) || key.startsWith(u"webhook."_s) ||
           key.startsWith(u"notify."_s);
}

} // namespace

bool read(const QSettings &settings, const QString &profilesPath,
          const std::function<QString(const QString &)> &environment, NotificationConfig &out, QString &error)
{
    NotificationConfig config;
    const QDir base = QFileInfo(profilesPath).absoluteDir();
    for (const auto &[kind, list] :
         {std::pair{u"alertmanager"_s, &config.alertmanagers}, std::pair{u"webhook"_s, &config.webhooks}}) {
        for (const auto &[n, prefix] : numbered(settings, kind)) {
            NotificationTarget target;
            if (!readTarget(settings, prefix, base, environment, target, error))
                return false;
            list->append(target);
        }
    }
    config.source = text(settings, u"notify.source"_s);
    DesktopNotificationConfig &desktop = config.desktop;
    if (!number(settings, u"notify.resend.seconds"_s, 1, 1000, config.resendIntervalMs, error) ||
        !boolean(settings, u"notify.desktop"_s, desktop.enabled, error) ||
        !boolean(settings, u"notify.desktop.sound"_s, desktop.sound, error) ||
        !number(settings, u"notify.desktop.storm.threshold"_s, 1, 1, desktop.stormThreshold, error) ||
        !number(settings, u"notify.desktop.window.seconds"_s, 1, 1000, desktop.windowMs, error) ||
        !number(settings, u"notify.desktop.gap.seconds"_s, 0, 1000, desktop.minGapMs, error))
        return false;
    out = config;
    return true;
}

void write(QSettings &settings, const NotificationConfig &config)
{
    for (const QString &key : settings.childKeys()) {
        if (isNotificationKey(key))
            settings.remove(key);
    }
    QStringList secrets;
    for (const auto &[kind, list] :
         {std::pair{u"alertmanager"_s, &config.alertmanagers}, std::pair{u"webhook"_s, &config.webhooks}}) {
        for (qsizetype i = 0; i < list->size(); ++i) {
            const NotificationTarget &t = list->at(i);
            const QString prefix = kind + u'.' + QString::number(i + 1) + u'.';
            const auto setIfAny = [&](const QString &key, const QString &value) {
                if (!value.isEmpty())
                    settings.setValue(prefix + key, value);
            };
            setIfAny(u"url"_s, t.url);
            setIfAny(u"user"_s, t.user);
            setIfAny(u"password.env"_s, t.passwordEnv);
            setIfAny(u"bearer.token.env"_s, t.bearerTokenEnv);
            setIfAny(u"ca.file"_s, t.caFile);
            setIfAny(u"cert.file"_s, t.certFile);
            setIfAny(u"key.file"_s, t.keyFile);
            if (t.insecureSkipVerify)
                settings.setValue(prefix + u"insecure.skip.verify"_s, u"true"_s);
            if (!t.password.isEmpty() && t.passwordEnv.isEmpty())
                secrets << prefix + u"password"_s;
            if (!t.bearerToken.isEmpty() && t.bearerTokenEnv.isEmpty())
                secrets << prefix + u"bearer.token"_s;
        }
    }
    const NotificationConfig defaults;
    if (!config.source.isEmpty())
        settings.setValue(u"notify.source"_s, config.source);
    if (config.resendIntervalMs != defaults.resendIntervalMs)
        settings.setValue(u"notify.resend.seconds"_s, config.resendIntervalMs / 1000);
    const DesktopNotificationConfig &d = config.desktop;
    const auto flag = [](bool b) {
        return b ? u"true"_s : u"false"_s;
    };
    if (d.enabled != defaults.desktop.enabled)
        settings.setValue(u"notify.desktop"_s, flag(d.enabled));
    if (d.sound != defaults.desktop.sound)
        settings.setValue(u"notify.desktop.sound"_s, flag(d.sound));
    if (d.stormThreshold != defaults.desktop.stormThreshold)
        settings.setValue(u"notify.desktop.storm.threshold"_s, d.stormThreshold);
    if (d.windowMs != defaults.desktop.windowMs)
        settings.setValue(u"notify.desktop.window.seconds"_s, d.windowMs / 1000);
    if (d.minGapMs != defaults.desktop.minGapMs)
        settings.setValue(u"notify.desktop.gap.seconds"_s, d.minGapMs / 1000);
    if (!secrets.isEmpty())
        settings.setValue(kSecretKeys, secrets.join(u','));
}

bool load(const QString &path, NotificationConfig &out, QString &error)
{
    if (!QFileInfo::exists(path)) {
        out = NotificationConfig{};
        return true;
    }
    QSettings settings(path, ProfileIni::format());
    if (settings.status() != QSettings::NoError) {
        error = translated(QT_TRANSLATE_NOOP("ProfileStore", "Cannot parse %1")).arg(path);
        return false;
    }
    const auto environment = [](const QString &name) {
        return qEnvironmentVariable(name.toUtf8().constData());
    };
    if (!read(settings, path, environment, out, error)) {
        error = translated(QT_TRANSLATE_NOOP("ProfileStore", "%1: %2")).arg(path, error);
        return false;
    }
    return true;
}

bool save(const QString &path, const NotificationConfig &config, QString &error)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        error = translated(QT_TRANSLATE_NOOP("ProfileStore", "Cannot create the folder of %1")).arg(path);
        return false;
    }
    QSettings settings(path, ProfileIni::format());
    if (settings.status() != QSettings::NoError) {
        error = translated(QT_TRANSLATE_NOOP("ProfileStore", "Cannot parse %1")).arg(path);
        return false;
    }
    write(settings, config);
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        error = translated(QT_TRANSLATE_NOOP("ProfileStore", "Cannot write %1")).arg(path);
        return false;
    }
    return true;
}

QStringList secretKeys(const QString &path)
{
    QSettings settings(path, ProfileIni::format());
    return text(settings, kSecretKeys).split(u',', Qt::SkipEmptyParts);
}

} // namespace Tidewatch::NotificationProfileKeys
