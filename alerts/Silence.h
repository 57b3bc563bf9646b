#pragma once

#include "AlertRule.h"

#include <QList>
#include <QPair>
#include <QString>

namespace Tidewatch {

/// A silence as in Alertmanager: alerts whose labels match every matcher are muted between
/// startsAtMs (inclusive) and endsAtMs (exclusive). Matchers have Alertmanager's (and PromQL's)
/// semantics: =, != , =~, !~, regexes anchored at both ends, a missing label counts as empty.
struct Silence
{
    QString id; ///< assigned by AlertSilences::add() when empty
    QList<LabelMatcher> matchers;
    qint64 startsAtMs = 0;
    qint64 endsAtMs = 0;
    QString createdBy;
    QString comment;

    /// Whether it mutes alerts at @p nowMs.
    bool isActive(qint64 nowMs) const { return startsAtMs <= nowMs && nowMs < endsAtMs; }
    /// Whether it has ended at @p nowMs (expired silences stay listed until pruned).
    bool isExpired(qint64 nowMs) const { return nowMs >= endsAtMs; }
    /// Whether @p labels match every matcher (regardless of time).
    bool matches(const QList<QPair<QString, QString>> &labels) const;
    /// Why it cannot be added, or an empty string: no matcher, a matcher that matches the empty
    /// string only (Alertmanager refuses those), an invalid regex, an end not after the start.
    QString validationError() const;

    friend bool operator==(const Silence &, const Silence &) = default;
};

} // namespace Tidewatch
