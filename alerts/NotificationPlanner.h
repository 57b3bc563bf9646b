#pragma once

#include "AlertEvaluator.h"
#include "NotificationConfig.h"
#include "OutgoingAlert.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>

namespace Tidewatch {

/// An alert's identity: ActiveAlert::labels (series labels, alertname, severity).
using AlertKey = QList<QPair<QString, QString>>;

/// One evaluation as notifications see it.
struct NotificationInput
{
    QList<ActiveAlert> active;          ///< pending and firing alerts after the evaluation
    QList<AlertTransition> transitions; ///< what changed in it (resolve times come from here)
    QSet<AlertKey> silenced;            ///< alerts our own silences mute: not sent anywhere
    QSet<AlertKey> noData;              ///< alerts whose data went missing: kept firing, never resolved
    qint64 nowMs = 0;
};

/// What to send after one evaluation.
struct NotificationPlan
{
    QList<OutgoingAlert> alertmanager;    ///< due for every Alertmanager (firing and resolved)
    QList<OutgoingAlert> webhookFiring;   ///< newly announced firing alerts
    QList<OutgoingAlert> webhookResolved; ///< announced alerts that resolved
    QList<ActiveAlert> newlyFiring;       ///< for desktop notifications (same as webhookFiring)
    QList<AlertKey> resolved;             ///< announced alerts that stopped firing
};

/// Decides what goes to Alertmanager and webhooks, the way Prometheus 2.42's notifier does: only
/// firing alerts (never pending); startsAt = the firing time; endsAt = now + 4 × max(resend,
/// evaluation interval) while firing; re-sent when the resend interval has passed; a resolved alert
/// is sent with endsAt = its resolve time and re-sent every resend interval for 15 minutes.
/// Silenced alerts are not sent (one sent before its silence simply expires in Alertmanager at its
/// last endsAt, unless it resolves first: that is sent). No-data alerts stay firing, annotated
/// tidewatch_state_reason=NoData, and are never sent as resolved while their data is missing.
/// Pure: the time comes with the input.
class NotificationPlanner
{
public:
    static constexpr qint64 kResolvedRetentionMs = 15 * 60 * 1000;

    void setConfig(const NotificationConfig &config) { m_config = config; }
    /// The rules, for their extra labels and runbook_url (by rule name).
    void setRules(const QList<AlertRule> &rules);

    NotificationPlan plan(const NotificationInput &input);

    /// The alert as targets receive it (labels with the rule's extra labels and `source`).
    OutgoingAlert outgoing(const ActiveAlert &alert, bool noData) const;
    int tracked() const { return int(m_records.size()); }

private:
    struct Record
    {
        ActiveAlert alert;
        qint64 firedAtMs = -1;
        qint64 resolvedAtMs = -1; ///< >= 0: resolved, retained for re-sending
        qint64 lastSentMs = -1;   ///< last time it went to Alertmanager
        bool noData = false;
        bool announced = false; ///< webhooks and the desktop were told it fires
    };

    qint64 validForMs() const;

    NotificationConfig m_config;
    QHash<QString, AlertRule> m_rules;
    QMap<AlertKey, Record> m_records; // ordered, so plans list alerts in label order
};

} // namespace Tidewatch
