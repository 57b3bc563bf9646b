#pragma once

#include "AlertRule.h"

#include <QList>
#include <QPair>
#include <QString>

#include <limits>
#include <optional>

namespace Tidewatch {

/// What happened to an alert (or a rule, or a silence), as recorded in the alert history.
enum class AlertHistoryEvent
{
    Pending,      ///< the condition started to hold
    Firing,       ///< it held for `for`
    Resolved,     ///< a firing alert ended
    Dropped,      ///< a pending alert went away before firing
    NoData,       ///< the rule's source has no data for the alert's cluster (rule level, or a frozen alert)
    DataBack,     ///< the source delivers again; evaluation resumes
    Acknowledged, ///< by, comment
    Silenced,     ///< an active silence started to match (comment: the silence ids)
    Unsilenced,   ///< no active silence matches any more
    Restored,     ///< pending/firing state taken over from the previous run at start-up
    Closed,       ///< an episode of the previous run that could not be restored (outage over 1 h, rule gone)
    SilenceCreated, ///< fingerprint: the silence id; comment: the silence's comment
    SilenceExpired  ///< expired early on request (fingerprint: the silence id)
};

/// The event's name in the database and in the UI's filters: "pending", "firing", "resolved", ...
QString historyEventName(AlertHistoryEvent event);
std::optional<AlertHistoryEvent> parseHistoryEvent(const QString &name);

/// One row of the alert history.
struct AlertHistoryEntry
{
    qint64 id = -1; ///< the row id, assigned by the store
    qint64 atMs = 0;
    QString ruleName;
    QString fingerprint;
    QList<QPair<QString, QString>> labels; ///< the alert's labels, sorted by name
    AlertHistoryEvent event = AlertHistoryEvent::Pending;
    double value = std::numeric_limits<double>::quiet_NaN(); ///< NaN: unknown / not applicable
    QString by;
    QString comment;

    /// The value of label @p name, or an empty string.
    QString label(const QString &name) const;
};

/// Which history rows to return: newest first, at most limit.
struct HistoryQuery
{
    qint64 fromMs = -1; ///< inclusive; -1: no lower bound
    qint64 toMs = -1;   ///< inclusive; -1: no upper bound
    QString cluster;    ///< the alert's cluster label; empty: any
    QString severity;   ///< empty: any
    QString ruleName;   ///< empty: any
    QString fingerprint;
    QList<LabelMatcher> matchers;    ///< on the alert's labels (all must match)
    QList<AlertHistoryEvent> events; ///< empty: any
    int limit = 1000;
};

} // namespace Tidewatch
