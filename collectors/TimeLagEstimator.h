#pragma once

#include "OffsetHistory.h"

#include <QString>

#include <optional>

namespace Tidewatch {

/// A consumer's lag expressed in time: how long ago the partition's high watermark was where the
/// group's committed offset is now. Never NaN and never negative; "unknown" is a state, not a number.
struct TimeLag
{
    enum class Kind
    {
        Unknown, ///< not enough data: see reason
        Exact,   ///< interpolated between two samples (or 0 when caught up)
        AtLeast, ///< the committed offset is older than the whole history: seconds is a lower bound
    };
    enum class Reason
    {
        None,
        NoCommittedOffset, ///< the group has not committed for this partition
        NoHistory,         ///< no high-watermark sample yet
        TooFewSamples,     ///< one sample cannot give a rate (the caught-up case is still answered)
    };

    Kind kind = Kind::Unknown;
    Reason reason = Reason::NoHistory;
    double seconds = 0.0; ///< >= 0; meaningful unless kind == Unknown

    bool isKnown() const { return kind != Kind::Unknown; }
    /// The number, or nothing when unknown (a lower bound counts as a number for sorting).
    std::optional<double> value() const { return isKnown() ? std::optional<double>(seconds) : std::nullopt; }
    /// "unknown", "42 s", "at least 30 m 0 s" (translated).
    QString toString() const;

    friend bool operator==(const TimeLag &, const TimeLag &) = default;
};

/// Estimates time lag from a partition's high-watermark history, the kafka-lag-exporter method:
/// treat the samples as a piecewise-linear function time(offset) and read off when the high
/// watermark passed the committed offset; time lag = now - that time.
///
/// Rules, in order:
///  - a negative committed offset (no commit) or an empty history: unknown;
///  - committed >= the latest sampled high watermark: 0, even with a single sample, so a caught-up
///    consumer on a quiet topic reads 0 instead of unknown, and an idle topic does not grow lag;
///  - a single sample and the consumer behind it: unknown (no rate to interpolate with);
///  - committed inside the history: linear interpolation between the last sample at or below it
///    and the next one (on a plateau that is the plateau's last-seen time, the latest moment the
///    consumer was provably caught up);
///  - committed below the oldest sample (a replay from the beginning, a consumer down for longer
///    than the window): no extrapolation, which produced wildly large numbers in the existing tool
///    (kafka-lag-exporter #496). The high watermark passed that offset before the oldest sample,
///    so we report the honest lower bound "at least now - oldest sample time" (Kind::AtLeast).
/// A clock that makes now earlier than the interpolated time gives 0, never a negative value.
class TimeLagEstimator
{
public:
    static TimeLag estimate(const OffsetHistory &highWatermarks, qint64 committedOffset, qint64 nowMs);
};

} // namespace Tidewatch
