#pragma once

#include <QMetaType>

namespace Tidewatch {

/// How bad a cell, row or condition is. Models expose it (SeverityRole); the views map it to a colour
/// that reads on their palette (StatusColors.h in widgets). Ordered: a larger value is worse.
enum class StatusSeverity : int
{
    Unknown = 0, ///< not measured, no data, or not judged (also: pending alerts); grey
    Ok = 1,      ///< healthy; green
    Warning = 2, ///< needs a look; amber
    Critical = 3 ///< broken or failing (also: error); red
};

} // namespace Tidewatch

Q_DECLARE_METATYPE(Tidewatch::StatusSeverity)
