#pragma once

#include "OutgoingAlert.h"

#include <QByteArray>
#include <QList>

namespace Tidewatch::NotificationPayloads {

/// Alertmanager and Prometheus send at most this many alerts per request.
inline constexpr int kMaxBatch = 64;

/// @p alerts in consecutive batches of at most @p size, order kept.
QList<QList<OutgoingAlert>> batches(const QList<OutgoingAlert> &alerts, int size = kMaxBatch);

/// RFC 3339 in UTC with milliseconds, as Prometheus writes it: 2026-11-25T14:04:44.568Z.
QString timestamp(qint64 ms);

/// The body of POST /api/v2/alerts: a JSON array of
/// {"labels", "annotations", "startsAt", "endsAt", "generatorURL"} (annotations and generatorURL
/// only when there are any).
QByteArray alertmanagerBody(const QList<OutgoingAlert> &alerts);

/// The body of a webhook POST (docs/ALERTS.md, "Webhook"):
/// {"version": "1", "source": S, "status": "firing"|"resolved", "alerts": [{"status", "labels",
///  "annotations", "startsAt", "endsAt" (null while firing), "generatorURL", "fingerprint", "value"}]}.
/// "status" is "resolved" when every alert is resolved, otherwise "firing".
QByteArray webhookBody(const QList<OutgoingAlert> &alerts, const QString &source);

} // namespace Tidewatch::NotificationPayloads
