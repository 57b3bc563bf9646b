#pragma once

#include "AlertEvaluator.h"
#include "ColumnTableModel.h"

namespace Tidewatch {

/// One rule of the rules editor's list, with what the app's evaluation says about it now.
struct RuleRow
{
    int position = 0; ///< index in the rules file; the row's key, so the list keeps the file's order
    AlertRule rule;
    int firing = 0;  ///< alerts of this rule firing now
    int pending = 0; ///< alerts of this rule pending now
    int series = -1; ///< series the rule matches in the latest samples; -1: no samples arrived yet

    friend bool operator==(const RuleRow &, const RuleRow &) = default;
};

/// The rules of a rules file, one row each: name, metric, condition as PromQL, for, severity,
/// enabled, and the state now (firing / pending counts, or "no data" when no series matches).
class RuleTableModel : public ColumnTableModel<RuleRow, int>
{
    Q_OBJECT
public:
    enum ColumnId
    {
        NameColumn,
        MetricColumn,
        ConditionColumn,
        ForColumn,
        SeverityColumn,
        EnabledColumn,
        StateColumn
    };
    explicit RuleTableModel(QObject *parent = nullptr);

    /// The rows for @p rules: the alerts of each (by alertname and matchers) counted from @p alerts,
    /// its matching series from @p samples; @p samplesKnown false: nothing arrived yet (series -1).
    static QList<RuleRow> rowsFor(const QList<AlertRule> &rules, const QList<MetricSample> &samples,
                                  bool samplesKnown, const QList<ActiveAlert> &alerts);
    /// "2 firing, 1 pending", "ok (3 series)", "no data", "disabled" or "waiting for data".
    static QString stateText(const RuleRow &row);

protected:
    int keyOf(const RuleRow &row) const override { return row.position; }
};

} // namespace Tidewatch
