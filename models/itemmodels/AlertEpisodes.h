#pragma once

#include "AlertEpisode.h"
#include "AlertHistoryEntry.h"
#include "AlertView.h"
#include "Silence.h"

namespace Tidewatch {

/// Builds the Alerts page's rows from the alert history and the alerts now.
namespace AlertEpisodes {

/// One episode per streak of each alert: from pending (or firing, no data, restored) to resolved,
/// dropped (a pending alert that went away: shown as resolved, never fired) or closed, with its
/// acknowledgement and silence events. @p history: rows in any order. @p current: the alert list
/// now (AlertService::alerts()), which is the truth for what is active: its state, value, times,
/// acknowledgement and silences override what the history says, and an alert the history has no
/// row for (older than the query) still gets its row. An episode the history leaves open but that
/// is not current is left out: its closing row is still on its way to the database.
/// @p silences: to show a silence's end and creator.
QList<AlertEpisode> build(const QList<AlertHistoryEntry> &history, const QList<AlertView> &current,
                          const QList<Silence> &silences);

} // namespace AlertEpisodes
} // namespace Tidewatch
