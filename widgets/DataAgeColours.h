#pragma once

#include <QColor>
#include <QPalette>

class QWidget;

namespace Tidewatch {

/// How old a source's data is, as the data-age lines show it: louder as it ages.
enum class DataAge
{
    Live,   ///< fresh: the palette's normal text colour
    Ageing, ///< older than half the stale threshold (a cycle was missed): amber
    Stale,  ///< stale or unreachable: red and bold
};

/// The age state of data @p ageMs old (negative: none) when data older than @p staleAfterMs is stale.
DataAge dataAgeOf(qint64 ageMs, qint64 staleAfterMs, bool reachable);

/// The text colour for @p age on @p palette's @p background role: the normal text colour when live,
/// amber or red otherwise, darkened or lightened until it has a WCAG contrast of at least 4.5:1
/// against that background (so it reads in the light theme, the dark theme and on the wall).
QColor dataAgeColour(DataAge age, const QPalette &palette, QPalette::ColorRole background = QPalette::Window);

/// Gives @p widget the look of @p age: its own text colour (dataAgeColour() on its window colour) and
/// bold when stale; fresh data inherits the palette's text colour and font. Size and background stay
/// inherited (the wall's large type, the theme). Call it again when the palette changes.
void setDataAgeLook(QWidget *widget, DataAge age);

/// @p colour moved towards black or white (whichever the background is not) until its contrast
/// against @p background is at least @p minimum.
QColor readableOn(const QColor &colour, const QColor &background, double minimum = 4.5);

} // namespace Tidewatch
