#include "DataAgeColours.h"

#include "ColumnTableModel.h"
#include "StatusColors.h"

#include <QWidget>

#include <cmath>

namespace Tidewatch {

namespace {

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

} // namespace

DataAge dataAgeOf(qint64 ageMs, qint64 staleAfterMs, bool reachable)
{
    if (!reachable || ageMs < 0 || ageMs > staleAfterMs)
        return DataAge::Stale;
    return ageMs > staleAfterMs / 2 ? DataAge::Ageing : DataAge::Live;
}

QColor readableOn(const QColor &colour, const QColor &background, double minimum)
{
    // Against a dark background move towards white, against a light one towards black.
    const QColor target =
        contrastRatio(background, QColor(Qt::black)) < contrastRatio(background, QColor(Qt::white))
            ? QColor(Qt::white)
            : QColor(Qt::black);
    QColor c = colour;
    for (int step = 1; step <= 20 && contrastRatio(c, background) < minimum; ++step)
        c = mix(colour, target, step * 0.05);
    return c;
}

QColor dataAgeColour(DataAge age, const QPalette &palette, QPalette::ColorRole background)
{
    const QColor bg = palette.color(background);
    switch (age) {
    case DataAge::Live:
        return palette.color(background == QPalette::Base ? QPalette::Text : QPalette::WindowText);
    case DataAge::Ageing:
        return readableOn(StatusColour::warn(), bg);
    case DataAge::Stale:
        break;
    }
    return readableOn(StatusColour::bad(), bg);
}

void setDataAgeLook(QWidget *widget, DataAge age)
{
    if (age == DataAge::Live) {
        if (widget->testAttribute(Qt::WA_SetPalette))
            widget->setPalette(QPalette());
    } else {
        const QColor colour = dataAgeColour(age, widget->palette());
        if (!widget->testAttribute(Qt::WA_SetPalette) ||
            widget->palette().color(QPalette::WindowText) != colour) {
            QPalette own;
            own.setColor(QPalette::WindowText, colour);
            widget->setPalette(own);
        }
    }
    const bool bold = age == DataAge::Stale;
    if (widget->font().bold() != bold || widget->testAttribute(Qt::WA_SetFont) != bold) {
        QFont own;
        if (bold)
            own.setBold(true);
        widget->setFont(bold ? own : QFont());
    }
}

} // namespace Tidewatch
