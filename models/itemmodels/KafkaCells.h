#pragma once

#include "ColumnTableModel.h"
#include "LagStatus.h"

#include <QColor>
#include <QLocale>
#include <QVariant>

namespace Tidewatch::KafkaCells {

/// An offset or a lag exact, with the locale's digit grouping ("4,712"), for detail views where
/// "4.7 k" is not enough; unknown (negative) as a dash, never -1 or 0.
inline QVariant exact(qint64 value)
{
    if (value < 0)
        return Cell::dash();
    QLocale locale;
    // The C locale leaves the separator out by default; offsets are read digit by digit.
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return locale.toString(value);
}

/// Grey for "not judged" and "unknown": a status that is neither good nor bad.
inline QColor unknown()
{
    return QColor(0x75, 0x75, 0x75);
}

/// Burrow's status by severity: errors red, WARN amber, OK green, NOTFOUND grey.
inline QColor lagStatusColour(LagStatus status)
{
    switch (status) {
    case LagStatus::Ok:
        return StatusColour::good();
    case LagStatus::Warn:
        return StatusColour::warn();
    case LagStatus::Err:
    case LagStatus::Stop:
    case LagStatus::Stall:
    case LagStatus::Rewind:
        return StatusColour::bad();
    case LagStatus::NotFound:
        break;
    }
    return unknown();
}

} // namespace Tidewatch::KafkaCells
