#pragma once

#include "BusinessSnapshot.h"

#include <QString>

namespace Tidewatch::BusinessCells {

/// An event or due time (ms since the epoch) as "MM-dd HH:mm:ss" in local time; a dash when unknown
/// (negative).
QString time(qint64 ms);
/// "1,234.50 EUR"; a dash when the amount is unknown.
QString amount(double amount, const QString &currency);
/// A window length as operators name it: "15 min", "1 h", "24 h".
QString window(qint64 ms);
/// "97.3 %"; a dash when nothing was due in the window (total 0): unknown is never 0 %.
QString share(const SlaShare &share);
/// "showing 200 of 1,234" / "all 12" / "none": what a capped list shows of its exact count.
QString shownOf(qsizetype shown, qint64 total);
/// A whole count with thousands separators ("1,234"), exact where Format::count rounds.
QString exact(qint64 count);

} // namespace Tidewatch::BusinessCells
