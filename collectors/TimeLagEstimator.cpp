#include "TimeLagEstimator.h"

#include "Format.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace Tidewatch {

namespace {

TimeLag unknown(TimeLag::Reason reason)
{
    return TimeLag{TimeLag::Kind::Unknown, reason, 0.0};
}

TimeLag known(TimeLag::Kind kind, double milliseconds)
{
    return TimeLag{kind, TimeLag::Reason::None, std::max(0.0, milliseconds) / 1000.0};
}

} // namespace

QString TimeLag::toString() const
{
    const QString text = Format::duration(qint64(std::llround(seconds * 1000.0)));
    switch (kind) {
    case Kind::Unknown:
        break;
    case Kind::Exact:
        return text;
    case Kind::AtLeast:
        return QCoreApplication::translate("TimeLag", "at least %1").arg(text);
    }
    return QCoreApplication::translate("TimeLag", "unknown");
}

TimeLag TimeLagEstimator::estimate(const OffsetHistory &highWatermarks, qint64 committedOffset, qint64 nowMs)
{
    if (committedOffset < 0)
        return unknown(TimeLag::Reason::NoCommittedOffset);
    if (highWatermarks.isEmpty())
        return unknown(TimeLag::Reason::NoHistory);
    if (committedOffset >= highWatermarks.latest().offset)
        return known(TimeLag::Kind::Exact, 0.0);
    if (highWatermarks.size() < 2)
        return unknown(TimeLag::Reason::TooFewSamples);

    const OffsetSample &oldest = highWatermarks.oldest();
    if (committedOffset < oldest.offset)
        return known(TimeLag::Kind::AtLeast, double(nowMs - oldest.timeMs));

    // Offsets are non-decreasing (OffsetHistory resets on a decrease), so the last sample at or below
    // the committed offset is followed by one strictly above it: the latest sample is above, and
    // the oldest is at or below.
    int right = highWatermarks.size() - 1;
    while (highWatermarks.at(right - 1).offset > committedOffset)
        --right;
    const OffsetSample &l = highWatermarks.at(right - 1);
    const OffsetSample &r = highWatermarks.at(right);
    const double fraction = double(committedOffset - l.offset) / double(r.offset - l.offset);
    const double passedAtMs = double(l.timeMs) + fraction * double(r.timeMs - l.timeMs);
    return known(TimeLag::Kind::Exact, double(nowMs) - passedAtMs);
}

} // namespace Tidewatch
