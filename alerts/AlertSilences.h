#pragma once

#include "Silence.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Tidewatch {

/// The silences, as Alertmanager keeps them: added with an id, active between their start and end,
/// ended early on request (the end is set to that moment), and forgotten some time after they ended.
/// Pure: the caller passes the time.
class AlertSilences
{
public:
    /// Adds @p silence, or replaces the one with its id. An empty id gets a new random UUID.
    /// Returns the id, or an empty string (and @p error) when the silence is not valid.
    QString add(Silence silence, QString *error = nullptr);
    /// Ends silence @p id at @p nowMs; false when unknown or already ended.
    bool expire(const QString &id, qint64 nowMs);
    /// Forgets silences that ended more than @p retentionMs before @p nowMs; returns their ids.
    QStringList prune(qint64 nowMs, qint64 retentionMs);

    /// Every silence (active, future and ended), by start then id.
    QList<Silence> all() const { return m_silences; }
    const Silence *find(const QString &id) const;
    /// Ids of the silences active at @p nowMs that match @p labels, sorted.
    QStringList silencing(const QList<QPair<QString, QString>> &labels, qint64 nowMs) const;
    /// Replaces everything (restoring from the history store); invalid ones are skipped.
    void setAll(const QList<Silence> &silences);

private:
    QList<Silence> m_silences;
};

} // namespace Tidewatch
