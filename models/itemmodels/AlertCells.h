#pragma once

#include "StatusSeverity.h"

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace Tidewatch::AlertCells {

/// Cell texts and status shared by the alert tables (AlertTableModel, AlertHistoryModel).

/// What an alert is about, in words and by name: "group orders", "job tidewatch-orders", "broker 2";
/// alertname, severity and cluster left out, and an id label (`job_id`) left out when its name label
/// (`job`) is there. Other labels as `name=value`.
QString subjectText(const QList<QPair<QString, QString>> &labels);
/// Every label besides alertname, severity and cluster as `name=value`, one per line (ids included).
QString subjectToolTip(const QList<QPair<QString, QString>> &labels);
/// The value in the metric's unit, with a consumer group's status in words ("Falling behind"), not
/// as Burrow's code.
QString valueText(const QString &metric, double value);
/// Where an alert sorts (descending: first): firing critical, pending critical (a broker down before
/// its `for` has passed outranks a firing warning), firing warning, firing other, no data, pending
/// warning, pending other, resolved.
int attentionRank(bool firing, bool pending, bool noData, const QString &severity);
/// The alert's status colour: firing critical red, firing warning amber, a pending alert one step
/// milder (pending critical amber, other pending grey), no data grey, resolved green; none for a silenced
/// firing alert (it notifies nobody) or a firing info alert.
std::optional<StatusSeverity> severity(bool firing, bool pending, bool noData, bool silenced,
                                       const QString &severity);

} // namespace Tidewatch::AlertCells
