#pragma once

#include "ExporterConfig.h"

#include <QString>

namespace Tidewatch::ExporterSettings {

/// Splits "ADDR:PORT" (or "[IPv6]:PORT") into @p host and @p port (0..65535). Returns false with
/// @p error (translated) when it is not such an address.
bool parseListen(const QString &text, QString &host, int &port, QString &error);

/// The exporter keys at the top level of the profiles file @p path (outside every profile group, so
/// they never appear as profiles):
///   exporter.enabled=true            the desktop exports while it runs
///   exporter.listen=127.0.0.1:9464
///   exporter.user=prometheus         basic auth; exporter.password=... (or TIDEWATCH_EXPORTER_PASSWORD)
///   exporter.tls.certificate=/etc/tidewatch/exporter.pem   (https; the key in it or in:)
///   exporter.tls.key=/etc/tidewatch/exporter.key
/// Missing keys keep ExporterConfig's defaults; a missing file is an empty one.
ExporterConfig load(const QString &path);

/// Writes exporter.enabled and exporter.listen (the desktop's setting) to @p path, keeping every
/// other key. Returns false with @p error when the file cannot be written.
bool save(const QString &path, const ExporterConfig &config, QString &error);

} // namespace Tidewatch::ExporterSettings
