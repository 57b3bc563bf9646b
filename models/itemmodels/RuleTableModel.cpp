#include "RuleTableModel.h"

#include "AlertTableModel.h"
#include "PromDuration.h"

namespace Tidewatch {

namespace {

/// Whether @p alert belongs to @p rule: same alertname and its series labels pass the matchers.
bool alertOf(const AlertRule &rule, const ActiveAlert &alert)
{
    if (alert.ruleName != rule.name)
        return false;
    return std::all_of(rule.matchers.cbegin(), rule.matchers.cend(),
                       [&](const LabelMatcher &m) { return m.matches(alert.label(m.name)); });
}

QColor stateColour(const RuleRow &row)
{
    if (!row.rule.enabled)
        return {};
    if (row.firing > 0)
        return StatusColour::bad();
    if (row.pending > 0)
        return StatusColour::warn();
    if (row.series == 0)
        return StatusColour::warn();
    return {};
}

} // namespace

RuleTableModel::RuleTableModel(QObject *parent)
    : ColumnTableModel(parent)
{
    using C = Column<RuleRow>;
    using R = RuleRow;
    setColumns({
        C{tr("Name"),
          tr("The alert's name (alertname)"),
          [](const R &r) { return r.rule.name; },
          {},
          {},
          [](const R &r) { return r.rule.summary; },
          Cell::kLeft},
        C{tr("Metric"),
          tr("The metric the rule compares (docs/METRICS.md)"),
          [](const R &r) { return r.rule.metric; },
          {},
          {},
          [](const R &r) { return metricHelp(r.rule.metric); },
          Cell::kLeft},
        C{tr("Condition"),
          tr("The condition as PromQL"),
          [](const R &r) { return r.rule.promql(); },
          {},
          {},
          [](const R &r) {
              // In full: the cell may be cut in the middle when the table is narrow.
              return r.rule.clearThreshold
                         ? tr("%1\nClears at %2 (hysteresis)")
                               .arg(r.rule.promql(), formatPromValue(*r.rule.clearThreshold))
                         : r.rule.promql();
          },
          Cell::kLeft},
        //: Column header: an alert rule's 'for' duration (how long the condition must hold)
        C{tr("For"),
          tr("How long the condition must hold before the alert fires"),
          [](const R &r) { return PromDuration::format(r.rule.forMs); },
          [](const R &r) { return r.rule.forMs; },
          {},
          [](const R &r) {
              return tr("keep_firing_for %1").arg(PromDuration::format(r.rule.keepFiringForMs));
          },
          Cell::kRight},
        C{tr("Severity"),
          tr("critical, warning or info"),
          [](const R &r) { return AlertTableModel::severityText(r.rule.severity); },
          {},
          {},
          {},
          Cell::kLeft},
        C{tr("Enabled"),
          tr("A disabled rule stays in the file but is not evaluated"),
          [](const R &r) { return r.rule.enabled ? tr("yes") : tr("no"); },
          [](const R &r) { return r.rule.enabled; },
          [](const R &r) { return r.rule.enabled ? QColor() : QColor(Qt::gray); },
          {},
          Cell::kLeft},
        C{tr("State now"),
          tr("What the app's evaluation says now: alerts firing and pending, or no series to evaluate"),
          [](const R &r) { return stateText(r); }, [](const R &r) { return r.firing * 1000 + r.pending; },
          [](const R &r) { return stateColour(r); },
          [](const R &r) { return r.series >= 0 ? tr("%n series match now", nullptr, r.series) : QString(); },
          Cell::kLeft},
    });
}

QList<RuleRow> RuleTableModel::rowsFor(const QList<AlertRule> &rules, const QList<MetricSample> &samples,
                                       bool samplesKnown, const QList<ActiveAlert> &alerts)
{
    QList<RuleRow> rows;
    rows.reserve(rules.size());
    for (int i = 0; i < rules.size(); ++i) {
        RuleRow row{i, rules.at(i)};
        for (const ActiveAlert &a : alerts) {
            if (!alertOf(row.rule, a))
                continue;
            row.firing += a.state == AlertState::Firing ? 1 : 0;
            row.pending += a.state == AlertState::Pending ? 1 : 0;
        }
        if (samplesKnown) {
            row.series = int(std::count_if(samples.cbegin(), samples.cend(),
                                           [&](const MetricSample &s) { return row.rule.matches(s); }));
        }
        rows.append(row);
    }
    return rows;
}

QString RuleTableModel::stateText(const RuleRow &row)
{
    if (!row.rule.enabled)
        return tr("disabled");
    if (row.firing > 0 && row.pending > 0)
        return tr("%1 firing, %2 pending").arg(row.firing).arg(row.pending);
    if (row.firing > 0)
        return tr("%n firing", nullptr, row.firing);
    if (row.pending > 0)
        return tr("%n pending", nullptr, row.pending);
    if (row.series < 0)
        return tr("waiting for data");
    if (row.series == 0)
        return tr("no data");
    return tr("ok (%n series)", nullptr, row.series);
}

} // namespace Tidewatch
