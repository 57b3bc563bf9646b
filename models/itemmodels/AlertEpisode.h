#pragma once

#include <QList>
#include <QPair>
#include <QString>

#include <cmath>

namespace Tidewatch {

/// One alert (a rule on one series) over one streak, as the Alerts page lists it: its state now,
/// when it went pending, firing, resolved or to no data, with values, and who acknowledged or which
/// silence silences it. Built from the alert history; -1 times are "never".
struct AlertEpisode
{
    enum class State
    {
        Pending,
        Firing,
        NoData,
        Resolved
    };

    QString id; ///< stable key: the alert's fingerprint and the start of its streak
    QString ruleName;
    QString metric;                        ///< the rule's metric, for showing values in its unit
    QList<QPair<QString, QString>> labels; ///< series labels + alertname + severity, sorted by name
    QString severity;
    QString summary;
    State state = State::Pending;
    double value = std::nan(""); ///< the latest value; NaN: unknown (no data)
    qint64 pendingAtMs = -1;
    qint64 firingAtMs = -1;
    qint64 resolvedAtMs = -1;
    qint64 noDataAtMs = -1;
    qint64 lastChangeMs = -1; ///< the latest transition: what the time range filter looks at
    QString acknowledgedBy;
    qint64 acknowledgedAtMs = -1;
    QString acknowledgeComment;
    QString silenceId;  ///< the silence that silences it now; empty: none
    QString silencedBy; ///< the silence's creator
    qint64 silencedUntilMs = -1;

    /// The value of label @p name, or an empty string.
    QString label(const QString &name) const
    {
        for (const auto &[n, v] : labels) {
            if (n == name)
                return v;
        }
        return {};
    }
    bool isActive() const { return state != State::Resolved; }
    bool isSilenced() const { return !silenceId.isEmpty(); }
    bool isAcknowledged() const { return !acknowledgedBy.isEmpty(); }

    friend bool operator==(const AlertEpisode &a, const AlertEpisode &b)
    {
        // NaN != NaN: compare the values' bits of unknown by hand, or every merge reports a change.
        const bool sameValue = (std::isnan(a.value) && std::isnan(b.value)) || a.value == b.value;
        return sameValue && a.id == b.id && a.ruleName == b.ruleName && a.metric == b.metric &&
               a.labels == b.labels && a.severity == b.severity && a.summary == b.summary &&
               a.state == b.state && a.pendingAtMs == b.pendingAtMs && a.firingAtMs == b.firingAtMs &&
               a.resolvedAtMs == b.resolvedAtMs && a.noDataAtMs == b.noDataAtMs &&
               a.lastChangeMs == b.lastChangeMs && a.acknowledgedBy == b.acknowledgedBy &&
               a.acknowledgedAtMs == b.acknowledgedAtMs && a.acknowledgeComment == b.acknowledgeComment &&
               a.silenceId == b.silenceId && a.silencedBy == b.silencedBy &&
               a.silencedUntilMs == b.silencedUntilMs;
    }
};

} // namespace Tidewatch
