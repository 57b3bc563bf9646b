#pragma once

#include "AlertEvaluator.h"
#include "ColumnTableModel.h"

namespace Tidewatch {

/// The alerts pending or firing now, one row per alert (rule and series labels).
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
        ValueColumn
    };
    explicit AlertTableModel(QObject *parent = nullptr);

    /// The "Since" column counts against the clock: tells the views to re-read it.
    void refreshAges();
    /// A rule's severity label ("critical", "warning", "info") for display; other labels as they are.
    static QString severityText(const QString &severity);
    /// The alert of source row @p row, or nullptr.
    const ActiveAlert *alertAt(int row) const;
    /// The page that details what @p alert is about ("brokers", "topics", "groups", "flink" or
    /// "overview").
    static QString pageOf(const ActiveAlert &alert);
    /// The series labels that say what the alert is about ("consumergroup=orders"), without
    /// alertname, severity and cluster.
    static QString subjectOf(const ActiveAlert &alert);

protected:
    QString keyOf(const ActiveAlert &row) const override;
};

} // namespace Tidewatch
