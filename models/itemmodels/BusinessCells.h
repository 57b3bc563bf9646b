#pragma once

#include "BusinessSnapshot.h"

#include <QColor>
#include <QString>

namespace Tidewatch::BusinessCells {

/// An event or due time (ms since the epoch) as "MM-dd HH:mm:ss" in local time; a dash when unknown
/// (negative).
QString time(qint64 ms);
/// "1,234.50 EUR" (in the default QLocale: "1 234,50 EUR" in Czech); a dash when the amount is unknown.
QString amount(double amount, const QString &currency);
/// A window length as operators name it: "15 min", "1 h", "24 h".
QString window(qint64 ms);
/// "97.3 %"; a dash when nothing was due in the window (total 0): unknown is never 0 %.
QString share(const SlaShare &share);
/// "showing 200 of 1,234" / "all 12" / "none": what a capped list shows of its exact count.
QString shownOf(qsizetype shown, qint64 total);
/// A whole count with the default QLocale's thousands separators ("1,234"), exact where Format::count rounds.
QString exact(qint64 count);
/// An order or shipment status code of the events ("in_transit", "out_for_delivery") in plain,
/// translated words ("in transit", "out for delivery"); a code Tidewatch does not know is shown
/// with its underscores and hyphens as spaces. codeToolTip() names the code itself.
QString statusWords(const QString &code);
/// Why the decoder rejected a message ("missing-field") in plain, translated words ("required
/// field missing"); an unknown kind as it is.
QString rejectionWords(const QString &kind);
/// The tooltip of a cell that shows a code in words: "Code in the events: in_transit".
QString codeToolTip(const QString &code);

/// Thresholds of the business figures, shared by the pages, the tables and the wall. Invalid
/// colour: nothing to flag. Unknown values (NaN, negative) are never coloured: they are not good news.
namespace Threshold {
/// SLA on-time share: below 95 % amber, below 90 % red (a common carrier contract floor is 95 %).
inline constexpr double kSlaWarn = 0.95;
inline constexpr double kSlaBad = 0.90;
/// Open late shipments: any is amber, more than 20 red (where the BusinessLateShipmentsHigh alert
/// of the default rules fires).
inline constexpr qint64 kLateBad = 21;
/// SLA breaches in the first window: any is amber, 10 or more red.
inline constexpr qint64 kBreachesBad = 10;
/// Orders per minute against the mean of the closed minutes before it: under half amber, none at
/// all while there were orders before red (a stalled shop or a broken producer).
inline constexpr double kOrdersDropWarn = 0.5;

QColor sla(double ratio);
QColor lateShipments(qint64 count);
QColor breaches(qint64 count);
/// @p perMinute: the last closed minute; @p baseline: the mean of the closed minutes before it
/// (negative: unknown).
QColor ordersPerMinute(qint64 perMinute, double baseline);
} // namespace Threshold

} // namespace Tidewatch::BusinessCells
