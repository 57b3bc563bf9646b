#include "AlertEpisodes.h"

#include <QHash>

#include <algorithm>

namespace Tidewatch::AlertEpisodes {

namespace {

using State = AlertEpisode::State;

QString severityOf(const QList<QPair<QString, QString>> &labels)
{
    for (const auto &[name, value] : labels) {
        if (name == QLatin1String("severity"))
            return value;
    }
    return {};
}

void setSilence(AlertEpisode &e, const QString &id, const QList<Silence> &silences)
{
    e.silenceId = id;
    e.silencedBy.clear();
    e.silencedUntilMs = -1;
    for (const Silence &s : silences) {
        if (s.id == id) {
            e.silencedBy = s.createdBy;
            e.silencedUntilMs = s.endsAtMs;
        }
    }
}

} // namespace

QList<AlertEpisode> build(const QList<AlertHistoryEntry> &history, const QList<AlertView> &current,
                          const QList<Silence> &silences)
{
    QList<AlertHistoryEntry> rows = history;
    std::sort(rows.begin(), rows.end(), [](const AlertHistoryEntry &a, const AlertHistoryEntry &b) {
        return a.atMs != b.atMs ? a.atMs < b.atMs : a.id < b.id;
    });
    QList<AlertEpisode> out;
    QHash<QString, qsizetype> open; // fingerprint -> index in out
    const auto start = [&](const AlertHistoryEntry &r) -> AlertEpisode & {
        AlertEpisode e;
        e.id = r.fingerprint + QLatin1Char('@') + QString::number(r.atMs);
        e.ruleName = r.ruleName;
        e.labels = r.labels;
        e.severity = severityOf(r.labels);
        out.append(e);
        open.insert(r.fingerprint, out.size() - 1);
        return out.last();
    };
    for (const AlertHistoryEntry &r : std::as_const(rows)) {
        if (r.event == AlertHistoryEvent::SilenceCreated || r.event == AlertHistoryEvent::SilenceExpired)
            continue; // about a silence, not an alert
        const auto it = open.constFind(r.fingerprint);
        AlertEpisode *e = it == open.cend() ? nullptr : &out[*it];
        const auto close = [&](AlertEpisode &episode) {
            episode.state = State::Resolved;
            episode.resolvedAtMs = r.atMs;
            open.remove(r.fingerprint);
        };
        switch (r.event) {
        case AlertHistoryEvent::Pending:
            e = &start(r);
            e->state = State::Pending;
            e->pendingAtMs = r.atMs;
            break;
        case AlertHistoryEvent::Firing:
            if (!e)
                e = &start(r);
            e->state = State::Firing;
            e->firingAtMs = r.atMs;
            break;
        case AlertHistoryEvent::Restored:
            if (!e)
                e = &start(r);
            e->state = r.comment == QLatin1String("firing") ? State::Firing : State::Pending;
            break;
        case AlertHistoryEvent::NoData:
            if (!e) { // a rule without data for a cluster: an episode of its own
                e = &start(r);
                e->state = State::NoData;
            }
            e->state = State::NoData;
            e->noDataAtMs = r.atMs;
            break;
        case AlertHistoryEvent::DataBack:
            if (!e)
                break;
            if (e->pendingAtMs < 0 && e->firingAtMs < 0 && e->state == State::NoData)
                close(*e); // the rule has data again: its no-data episode ends
            else
                e->state = e->firingAtMs >= 0 ? State::Firing : State::Pending;
            break;
        case AlertHistoryEvent::Resolved:
        case AlertHistoryEvent::Dropped:
        case AlertHistoryEvent::Closed:
            if (!e)
                e = &start(r);
            close(*e);
            break;
        case AlertHistoryEvent::Acknowledged:
            if (!e)
                break;
            e->acknowledgedBy = r.by;
            e->acknowledgedAtMs = r.atMs;
            e->acknowledgeComment = r.comment;
            break;
        case AlertHistoryEvent::Silenced:
            if (e)
                setSilence(*e, r.comment.section(QLatin1Char(','), 0, 0), silences);
            break;
        case AlertHistoryEvent::Unsilenced:
            if (e)
                setSilence(*e, {}, silences);
            break;
        case AlertHistoryEvent::SilenceCreated:
        case AlertHistoryEvent::SilenceExpired:
            break;
        }
        if (e) {
            if (!std::isnan(r.value))
                e->value = r.value;
            e->lastChangeMs = r.atMs;
        }
    }

    // What is active now, as the service sees it.
    QHash<QString, qsizetype> currentOpen;
    for (const AlertView &v : current) {
        const auto it = open.constFind(v.fingerprint);
        qsizetype index = -1;
        if (it != open.cend()) {
            index = *it;
        } else {
            AlertEpisode e;
            const qint64 since = v.alert.activeSinceMs >= 0 ? v.alert.activeSinceMs : v.noDataSinceMs;
            e.id = v.fingerprint + QLatin1Char('@') + QString::number(since);
            out.append(e);
            index = out.size() - 1;
        }
        AlertEpisode &e = out[index];
        e.ruleName = v.alert.ruleName;
        e.metric = v.alert.metric;
        e.labels = v.alert.labels;
        e.severity = v.alert.severity.isEmpty() ? severityOf(v.alert.labels) : v.alert.severity;
        e.summary = v.alert.summary;
        e.state = v.noData                            ? State::NoData
                  : v.state == AlertViewState::Firing ? State::Firing
                                                      : State::Pending;
        if (v.state != AlertViewState::NoData) {
            if (v.alert.activeSinceMs >= 0)
                e.pendingAtMs = v.alert.activeSinceMs;
            if (v.alert.firedAtMs >= 0)
                e.firingAtMs = v.alert.firedAtMs;
            e.value = v.alert.value;
        } else {
            e.value = std::nan("");
        }
        if (v.noData && v.noDataSinceMs >= 0)
            e.noDataAtMs = v.noDataSinceMs;
        e.resolvedAtMs = -1;
        e.lastChangeMs = std::max({e.lastChangeMs, e.pendingAtMs, e.firingAtMs, e.noDataAtMs});
        if (v.ack) {
            e.acknowledgedBy = v.ack->by;
            e.acknowledgedAtMs = v.ack->atMs;
            e.acknowledgeComment = v.ack->comment;
        } else {
            e.acknowledgedBy.clear();
            e.acknowledgedAtMs = -1;
            e.acknowledgeComment.clear();
        }
        setSilence(e, v.silencedBy.value(0), silences);
        currentOpen.insert(v.fingerprint, index);
    }
    QList<AlertEpisode> result;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const AlertEpisode &e = out.at(i);
        const QString fingerprint = e.id.section(QLatin1Char('@'), 0, 0);
        const bool leftOpen = e.state != State::Resolved && currentOpen.value(fingerprint, -1) != i;
        if (!leftOpen)
            result.append(e);
    }
    return result;
}

} // namespace Tidewatch::AlertEpisodes
