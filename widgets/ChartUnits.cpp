#include "ChartUnits.h"

#include "Format.h"

#include <QCoreApplication>
#include <QLocale>

#include <array>
#include <cmath>

namespace Tidewatch::ChartUnits {

namespace {

struct ChartUnitsText
{
    Q_DECLARE_TR_FUNCTIONS(ChartUnits)
};

/// The largest of @p steps (divisor, suffix) that @p maxAbs reaches @p atLeast times; the first otherwise.
template<std::size_t N>
ChartScale pick(double maxAbs, const std::array<ChartScale, N> &steps, double atLeast = 1)
{
    ChartScale chosen = steps[0];
    for (const ChartScale &step : steps) {
        if (maxAbs >= step.divisor * atLeast)
            chosen = step;
    }
    return chosen;
}

ChartScale durationScale(double maxAbsMs, double toMs)
{
    // Two of a unit before it is used: "90 s" reads better than "1.5 min".
    ChartScale scale = pick(maxAbsMs,
                            std::array<ChartScale, 4>{{{1, ChartUnitsText::tr("ms")},
                                                       {1000, ChartUnitsText::tr("s")},
                                                       {60000, ChartUnitsText::tr("min")},
                                                       {3600000, ChartUnitsText::tr("h")}}},
                            2);
    scale.divisor /= toMs;
    return scale;
}

} // namespace

ChartScale scaleFor(ChartUnit unit, double maxAbs)
{
    maxAbs = std::isfinite(maxAbs) ? std::fabs(maxAbs) : 0;
    switch (unit) {
    case ChartUnit::Plain:
        return {};
    case ChartUnit::Count:
        return pick(maxAbs, std::array<ChartScale, 4>{{{1, QString()},
                                                       {1e3, QStringLiteral("k")},
                                                       {1e6, QStringLiteral("M")},
                                                       {1e9, QStringLiteral("G")}}});
    case ChartUnit::Bytes:
        return pick(maxAbs, std::array<ChartScale, 5>{{{1, QStringLiteral("B")},
                                                       {1024.0, QStringLiteral("KiB")},
                                                       {1048576.0, QStringLiteral("MiB")},
                                                       {1073741824.0, QStringLiteral("GiB")},
                                                       {1099511627776.0, QStringLiteral("TiB")}}});
    case ChartUnit::BytesPerSecond:
        return pick(maxAbs, std::array<ChartScale, 4>{{{1, QStringLiteral("B/s")},
                                                       {1024.0, QStringLiteral("KiB/s")},
                                                       {1048576.0, QStringLiteral("MiB/s")},
                                                       {1073741824.0, QStringLiteral("GiB/s")}}});
    case ChartUnit::Milliseconds:
        return durationScale(maxAbs, 1);
    case ChartUnit::Seconds:
        return durationScale(maxAbs * 1000, 1000);
    }
    return {};
}

double smallestStep(ChartUnit unit)
{
    switch (unit) {
    case ChartUnit::Plain:
        return 0;
    case ChartUnit::Seconds:
        return 0.001;
    case ChartUnit::Count:
    case ChartUnit::Bytes:
    case ChartUnit::BytesPerSecond:
    case ChartUnit::Milliseconds:
        return 1;
    }
    return 0;
}

QString tickLabel(double value, const ChartScale &scale)
{
    const double scaled = value / scale.divisor;
    const QString number = QLocale().toString(std::abs(scaled) < 1e-12 ? 0.0 : scaled, 'g', 6);
    return scale.suffix.isEmpty() || scaled == 0 ? number : number + QLatin1Char(' ') + scale.suffix;
}

QString valueText(ChartUnit unit, double value)
{
    switch (unit) {
    case ChartUnit::Plain:
        return QLocale().toString(value, 'g', 6);
    case ChartUnit::Count:
        return Format::count(value);
    case ChartUnit::Bytes:
        return Format::bytes(value);
    case ChartUnit::BytesPerSecond:
        return Format::bytes(value) + QStringLiteral("/s");
    case ChartUnit::Milliseconds:
        return Format::duration(qint64(std::llround(value)));
    case ChartUnit::Seconds:
        return Format::duration(qint64(std::llround(value * 1000)));
    }
    return QString();
}

QString unitName(ChartUnit unit)
{
    switch (unit) {
    case ChartUnit::Plain:
        return QString();
    case ChartUnit::Count:
        return ChartUnitsText::tr("count");
    case ChartUnit::Bytes:
        return ChartUnitsText::tr("bytes");
    case ChartUnit::BytesPerSecond:
        return ChartUnitsText::tr("bytes/s");
    case ChartUnit::Milliseconds:
    case ChartUnit::Seconds:
        return ChartUnitsText::tr("duration");
    }
    return QString();
}

} // namespace Tidewatch::ChartUnits
