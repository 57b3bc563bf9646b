#include "StatusColors.h"

#include <QPalette>
#include <QString>

#include <algorithm>
#include <cmath>

namespace Tidewatch {

namespace {

double channel(double c)
{
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

/// How much of Highlight a status-keeping selection takes: enough to see the selected row, little
/// enough that status text keeps its contrast.
constexpr double kSelectionShare = 0.3;

} // namespace

bool isDarkPalette(const QPalette &palette)
{
    return luminance(palette.color(QPalette::Base)) < 0.2;
}

QColor statusColor(StatusSeverity severity, const QPalette &palette)
{
    // Light: the dark shades of the Material hues (contrast >= 4.8 on white, >= 4.4 on #efefef).
    // Dark: light shades (contrast >= 5 on the dark theme's Base #17191d).
    const bool dark = isDarkPalette(palette);
    switch (severity) {
    case StatusSeverity::Critical:
        return dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
    case StatusSeverity::Warning:
        return dark ? QColor(0xfb, 0xbf, 0x24) : QColor(0xa1, 0x5c, 0x00);
    case StatusSeverity::Ok:
        return dark ? QColor(0x66, 0xbb, 0x6a) : QColor(0x2e, 0x7d, 0x32);
    case StatusSeverity::Unknown:
        break;
    }
    return dark ? QColor(0x9e, 0x9e, 0x9e) : QColor(0x61, 0x61, 0x61);
}

StatusSeverity severityFromLabel(const QString &label)
{
    const QString l = label.trimmed().toLower();
    if (l == QLatin1String("critical") || l == QLatin1String("error"))
        return StatusSeverity::Critical;
    if (l == QLatin1String("warning"))
        return StatusSeverity::Warning;
    if (l == QLatin1String("ok"))
        return StatusSeverity::Ok;
    return StatusSeverity::Unknown;
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor statusSelectionBackground(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor high = palette.color(QPalette::Highlight);
    const auto mix = [](double b, double h) {
        return b + (h - b) * kSelectionShare;
    };
    return QColor::fromRgbF(float(mix(base.redF(), high.redF())), float(mix(base.greenF(), high.greenF())),
                            float(mix(base.blueF(), high.blueF())));
}

} // namespace Tidewatch
