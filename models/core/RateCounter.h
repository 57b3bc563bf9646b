#pragma once

#include <QtGlobal>

#include <optional>

namespace Tidewatch {

/// Turns a monotonically increasing counter (offsets, bytes, request totals) sampled over time into
/// a per-second rate for the interval since the previous accepted sample.
///
/// Guards, so a chart never shows a spike that did not happen:
///  - the first sample only sets the baseline: no rate;
///  - a counter that went down (broker restart, topic recreated, exporter restarted) starts a new
///    baseline: no rate for that interval, never a negative one;
///  - a sample at the same time as the baseline (duplicate poll) is ignored and the baseline kept,
///    so the next interval still spans real time;
///  - a sample earlier than the baseline (clock stepped back) starts a new baseline;
///  - NaN or infinite readings are ignored.
class RateCounter
{
public:
    enum class Outcome
    {
        None,              ///< nothing added yet
        First,             ///< baseline set, no rate yet
        Rate,              ///< a rate was computed
        CounterReset,      ///< the counter went down: new baseline
        TimeNotAdvanced,   ///< same timestamp as the baseline: ignored
        TimeWentBackwards, ///< earlier than the baseline: new baseline
        InvalidValue,      ///< NaN or infinite: ignored
    };

    /// Feeds one reading; returns the per-second rate over the interval since the baseline, or
    /// nothing (see lastOutcome() for why).
    std::optional<double> add(double value, qint64 timeMs);
    /// Forgets everything (e.g. the source was replaced).
    void clear();

    /// The last rate computed, kept across ignored samples and cleared by resets.
    std::optional<double> rate() const { return m_rate; }
    Outcome lastOutcome() const { return m_lastOutcome; }
    /// Counter resets seen since construction or clear(); a collector can surface it.
    int resetCount() const { return m_resetCount; }

private:
    std::optional<double> m_value;
    qint64 m_timeMs = 0;
    std::optional<double> m_rate;
    Outcome m_lastOutcome = Outcome::None;
    int m_resetCount = 0;
};

} // namespace Tidewatch
