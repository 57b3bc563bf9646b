#include "ExporterSettings.h"

#include "ProfileIni.h"

#include <QCoreApplication>
#include <QSettings>

namespace Tidewatch::ExporterSettings {

namespace {

struct ExporterSettingsText
{
    Q_DECLARE_TR_FUNCTIONS(ExporterSettings)
};

const QString kEnabled = QStringLiteral("exporter.enabled");
const QString kListen = QStringLiteral("exporter.listen");
const QString kUser = QStringLiteral("exporter.user");
const QString kPassword = QStringLiteral("exporter.password");
const QString kTls = QStringLiteral("exporter.tls.certificate");
const QString kTlsKey = QStringLiteral("exporter.tls.key");

} // namespace

bool parseListen(const QString &text, QString &host, int &port, QString &error)
{
    const qsizetype colon = text.lastIndexOf(u':');
    QString h = colon > 0 ? text.left(colon) : QString();
    bool ok = false;
    const int p = colon > 0 ? text.mid(colon + 1).toInt(&ok) : -1;
    if (h.startsWith(u'[') && h.endsWith(u']'))
        h = h.mid(1, h.size() - 2);
    else if (h.contains(u':') || h.contains(u'['))
        ok = false; // an IPv6 address needs brackets: [::1]:9464
    if (!ok || p < 0 || p > 65535 || h.isEmpty()) {
        error = ExporterSettingsText::tr(
                    "not an ADDR:PORT listen address (e.g. 127.0.0.1:9464 or [::1]:9464): %1")
                    .arg(text);
        return false;
    }
    host = h;
    port = p;
    return true;
}

ExporterConfig load(const QString &path)
{
    ExporterConfig config;
    const QSettings settings(path, ProfileIni::format());
    config.enabled = settings.value(kEnabled, false).toBool();
    config.listen = settings.value(kListen, config.listen).toString().trimmed();
    config.user = settings.value(kUser).toString();
    config.password = settings.value(kPassword).toString();
    config.tlsCertificate = settings.value(kTls).toString();
    config.tlsKey = settings.value(kTlsKey).toString();
    return config;
}

bool save(const QString &path, const ExporterConfig &config, QString &error)
{
    QSettings settings(path, ProfileIni::format());
    settings.setValue(kEnabled, config.enabled);
    settings.setValue(kListen, config.listen);
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        error = ExporterSettingsText::tr("cannot write %1").arg(path);
        return false;
    }
    return true;
}

} // namespace Tidewatch::ExporterSettings
