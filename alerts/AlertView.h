#pragma once

#include "Acknowledgement.h"
#include "AlertEvaluator.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace Tidewatch {

/// A stable identifier of an alert: 16 hex digits of a 64-bit FNV-1a hash over its sorted labels
/// (name, value pairs). The same labels give the same fingerprint across runs and machines.
QString alertFingerprint(const QList<QPair<QString, QString>> &labels);

enum class AlertViewState
{
    Pending,
    Firing,
    NoData ///< a rule without data for one cluster (see RuleNoData); alert.state is Inactive
};

/// One row of the alert list as the GUI and the notifiers see it: an active alert with its
/// acknowledgement and silences, or a rule that has no data for a cluster.
struct AlertView
{
    /// The alert. For a NoData view: ruleName, metric, severity, and labels alertname, cluster,
    /// severity and tidewatch_source (the source without data); state Inactive.
    ActiveAlert alert;
    QString fingerprint;
    AlertViewState state = AlertViewState::Pending;
    /// Pending or firing alert whose source has no data now: its state is frozen, not evaluated.
    bool noData = false;
    QString noDataReason; ///< "unreachable" or "stale" while noData (or for a NoData view)
    qint64 noDataSinceMs = -1;
    std::optional<Acknowledgement> ack;
    QStringList silencedBy; ///< ids of the active silences that match; notifiers skip silenced alerts

    bool isSilenced() const { return !silencedBy.isEmpty(); }
    bool isFiring() const { return state == AlertViewState::Firing; }

    friend bool operator==(const AlertView &, const AlertView &) = default;
};

} // namespace Tidewatch
