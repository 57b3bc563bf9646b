#pragma once

#include <QString>

namespace Tidewatch {

/// How the exporter listens. Read from the command line (serve: --listen, the dashboard:
/// --exporter-listen) and from the profiles file's top-level exporter.* keys (ExporterSettings).
struct ExporterConfig
{
    bool enabled = false; ///< the desktop's setting; `tidewatch serve` always exports
    QString listen = QStringLiteral("127.0.0.1:9464"); ///< ADDR:PORT or [IPv6]:PORT; port 0: any free
    QString user;           ///< HTTP basic auth on /metrics; empty: no authentication
    QString password;       ///< never from the command line: environment or profiles file
    QString tlsCertificate; ///< PEM file with the certificate (and the key, without tlsKey); empty: HTTP
    QString tlsKey;         ///< PEM file with the private key; empty: it is in tlsCertificate

    friend bool operator==(const ExporterConfig &, const ExporterConfig &) = default;
};

} // namespace Tidewatch
