#pragma once

#include "ColumnTableModel.h"
#include "Silence.h"

namespace Tidewatch {

/// The silences (active, future, ended), one row per id.
class SilenceTableModel : public ColumnTableModel<Silence, QString>
{
    Q_OBJECT
public:
    enum ColumnId
    {
        StateColumn,
        MatchersColumn,
        StartsColumn,
        EndsColumn,
        CreatedByColumn,
        CommentColumn
    };
    explicit SilenceTableModel(QObject *parent = nullptr);

    /// Merges @p silences; their state is computed at @p nowMs (the state column is re-read even
    /// when no silence changed: time alone ends them).
    void setSilences(const QList<Silence> &silences, qint64 nowMs);
    /// "active", "pending" (starts later) or "expired" at @p nowMs (translated).
    static QString stateText(const Silence &silence, qint64 nowMs);
    const Silence *silenceAt(int row) const;

protected:
    QString keyOf(const Silence &row) const override { return row.id; }

private:
    qint64 m_nowMs = 0;
};

} // namespace Tidewatch
