#pragma once

#include <QString>

namespace Tidewatch {

/// Someone has seen an alert and takes care of it. It belongs to one episode of the alert: it is
/// cleared when the alert resolves (or goes away while pending), so a new episode is unacknowledged.
struct Acknowledgement
{
    QString fingerprint; ///< alertFingerprint() of the alert's labels
    QString by;
    qint64 atMs = 0;
    QString comment; ///< optional

    friend bool operator==(const Acknowledgement &, const Acknowledgement &) = default;
};

} // namespace Tidewatch
