#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace Tidewatch {

/// One alert as a notification target receives it: labels and annotations as Prometheus would send
/// them, and the times Alertmanager needs.
struct OutgoingAlert
{
    QList<QPair<QString, QString>> labels;      ///< sorted by name
    QList<QPair<QString, QString>> annotations; ///< sorted by name
    qint64 startsAtMs = -1;                     ///< when it started firing
    qint64 endsAtMs =
        -1; ///< firing: until when Alertmanager keeps it without news; resolved: the resolve time
    QString generatorUrl;
    bool resolved = false;
    double value = 0;

    /// The Prometheus/Alertmanager fingerprint of the labels: FNV-1a 64 over each name and value in
    /// name order, each followed by the byte 0xff, as 16 lower-case hex digits.
    QString fingerprint() const;

    friend bool operator==(const OutgoingAlert &, const OutgoingAlert &) = default;
};

} // namespace Tidewatch
