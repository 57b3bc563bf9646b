#pragma once

#include <Qt>

namespace Tidewatch {

/// Roles shared by Tidewatch's item models.
enum Roles : int
{
    /// The unformatted value behind a cell (number, epoch ms, bool): what sorting and filtering use.
    RawValueRole = Qt::UserRole + 1,
    /// The row's key (broker id, topic name, job id): stable across snapshots.
    KeyRole,
    /// Recent values of a sparkline cell as QList<double>: evenly spaced, oldest first, NaN where
    /// the value was unknown (the line breaks there). Refreshed with the snapshots, never per paint.
    SparklineRole,
    /// A cell as a CSV export writes it (times in ISO 8601 UTC, numbers unformatted); models without
    /// it are exported with their display text.
    ExportTextRole,
    /// A cell's status as int(StatusSeverity) (StatusSeverity.h), invalid when the cell has none: views
    /// colour it for their theme (StatusColors.h) and keep the colour on a selected row.
    SeverityRole,
};

} // namespace Tidewatch
