#pragma once

#include "AlertEpisode.h"
#include "ColumnTableModel.h"

namespace Tidewatch {

/// The Alerts page's table: one row per alert episode (firing, pending, no data or resolved), with
/// when it went pending, firing and resolved, its value, who acknowledged it and which silence
/// silences it. Times show in local time; ExportTextRole gives them in ISO 8601 UTC for CSV.
class AlertHistoryModel : public ColumnTableModel<AlertEpisode, QString>
{
    Q_OBJECT
public:
    enum ColumnId
    {
        StateColumn,
        SeverityColumn,
        AlertColumn,
        ClusterColumn,
        SubjectColumn,
        ValueColumn,
        PendingColumn,
        FiringColumn,
        ResolvedColumn,
        AcknowledgedColumn,
        SilencedColumn,
        SummaryColumn,
        ColumnCount
    };
    explicit AlertHistoryModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /// "firing", "pending", "no data", "resolved" (translated).
    static QString stateText(AlertEpisode::State state);
    /// The state's name in exports and filters: "firing", "pending", "nodata", "resolved".
    static QString stateName(AlertEpisode::State state);
    /// Local time "yyyy-MM-dd HH:mm:ss", or a dash for -1.
    static QString timeText(qint64 ms);
    /// ISO 8601 UTC ("2026-12-06T11:48:10.250Z"), or an empty string for -1.
    static QString isoUtc(qint64 ms);
    /// "acked by anna", "silenced until 14:00", both joined by " · ", for the Alerts page, the
    /// overview and the wall banner; empty when the alert is neither. @p silencedUntilMs -1: not
    /// silenced. The end shows as a time today, with the date on other days.
    static QString handlingText(const QString &acknowledgedBy, qint64 silencedUntilMs);

    /// The episode of source row @p row, or nullptr.
    const AlertEpisode *episodeAt(int row) const;

protected:
    QString keyOf(const AlertEpisode &row) const override { return row.id; }

private:
    QString exportText(const QModelIndex &index) const;
};

} // namespace Tidewatch
