#pragma once

#include "AlertEvaluator.h"
#include "AlertHandling.h"
#include "ColumnTableModel.h"

namespace Tidewatch {

/// The alerts pending or firing now, one row per alert (rule and series labels), in plain words and
/// coloured by severity (SeverityRole).
class AlertTableModel : public ColumnTableModel<ActiveAlert, QString>
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
        SummaryColumn,
        SinceColumn,
        ValueColumn,
        HandlingColumn
    };
    explicit AlertTableModel(QObject *parent = nullptr);

    /// Who acknowledged which alert and which are silenced, by fingerprint: the "Handling" column
    /// ("acked by anna", "silenced until 14:00").
    void setHandling(const QHash<QString, AlertHandling> &handling);
    /// The handling of @p alert, if any.
    AlertHandling handlingOf(const ActiveAlert &alert) const;

    /// The "Since" column counts against the clock: tells the views to re-read it.
    void refreshAges();
    /// A rule's severity label ("critical", "warning", "info") for display; other labels as they are.
    static QString severityText(const QString &severity);
    /// The alert of source row @p row, or nullptr.
    const ActiveAlert *alertAt(int row) const;
    /// The page that details what @p alert is about ("brokers", "topics", "groups", "flink" or
    /// "overview").
    static QString pageOf(const ActiveAlert &alert);
    /// What the alert is about, by name ("group orders", "job tidewatch-orders"; AlertCells::subjectText).
    static QString subjectOf(const ActiveAlert &alert);
    /// "firing", "pending" or "no data".
    static QString stateText(const ActiveAlert &alert);
    /// The State column's sort value (AlertCells::attentionRank): descending puts firing critical
    /// first, then firing warning, then pending.
    static int rankOf(const ActiveAlert &alert);
    /// The row's status colour: firing critical red, firing warning amber, pending grey; none when
    /// silenced.
    std::optional<StatusSeverity> severityOf(const ActiveAlert &alert) const;

protected:
    QString keyOf(const ActiveAlert &row) const override;

private:
    QHash<QString, AlertHandling> m_handling;
};

} // namespace Tidewatch
