#pragma once

#include <QMetaType>
#include <QString>

namespace Tidewatch {

/// One step of a connection test (name resolution, TCP connect, TLS, SASL, metadata, ...), as the
/// connection tester reports it.
struct ConnectionTestStep
{
    enum class Outcome
    {
        Passed,
        Failed,
        Skipped, ///< not tried: it does not apply, or an earlier step failed
    };
    QString target; ///< what was tested: "broker1:9092", "Flink REST", ...
    QString step;   ///< "TCP connect", "TLS handshake", ... (translated)
    Outcome outcome = Outcome::Skipped;
    QString detail; ///< plain words, with librdkafka's or Qt's own message on failure (translated)

    bool passed() const { return outcome == Outcome::Passed; }
    bool failed() const { return outcome == Outcome::Failed; }
    friend bool operator==(const ConnectionTestStep &, const ConnectionTestStep &) = default;
};

} // namespace Tidewatch

Q_DECLARE_METATYPE(Tidewatch::ConnectionTestStep)
