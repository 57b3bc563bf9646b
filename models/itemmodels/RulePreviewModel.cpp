#include "RulePreviewModel.h"

#include "Format.h"

#include <tuple>

namespace Tidewatch {

namespace {

bool isAlertLabel(const QString &name)
{
    return name == QLatin1String("alertname") || name == QLatin1String("severity");
}

/// Whether @p alert is the alert of the series @p labels: every series label (but the two the rule
/// sets) has the same value in the alert.
bool alertOfSeries(const ActiveAlert &alert, const QList<QPair<QString, QString>> &labels)
{
    return std::all_of(labels.cbegin(), labels.cend(), [&](const auto &label) {
        return isAlertLabel(label.first) || alert.label(label.first) == label.second;
    });
}

} // namespace

RulePreviewModel::RulePreviewModel(QObject *parent)
    : ColumnTableModel(parent)
{
    using C = Column<PreviewRow>;
    using R = PreviewRow;
    setColumns({
        C{tr("Series"),
          tr("The labels of a series the rule matches now"),
          [](const R &r) { return seriesText(r.sample); },
          {},
          [](const R &r) { return r.present ? QColor() : QColor(Qt::gray); },
          {},
          Cell::kLeft},
        C{tr("Value"),
          tr("The latest value, in the metric's unit"),
          [this](const R &r) {
              return r.present ? formatMetricValue(m_rule.metric, r.sample.value) : tr("gone");
          },
          [](const R &r) { return r.sample.value; },
          {},
          [](const R &r) { return formatPromValue(r.sample.value); },
          Cell::kRight},
        C{tr("Holds now"),
          tr("Whether the condition holds for the latest value"),
          [](const R &r) { return r.holds ? tr("yes") : tr("no"); },
          [](const R &r) { return r.holds; },
          [](const R &r) { return r.holds ? StatusColour::warn() : QColor(); },
          {},
          Cell::kLeft},
        C{tr("Would fire"),
          tr("The state of a scratch evaluation of this rule over the samples arriving while the editor "
             "is open: 'for' counts from when the preview started, not from when the condition really "
             "started to hold"),
          [this](const R &r) { return stateText(r, m_rule); }, [](const R &r) { return int(r.state); },
          [](const R &r) {
              return r.state == AlertState::Firing    ? StatusColour::bad()
                     : r.state == AlertState::Pending ? StatusColour::warn()
                                                      : QColor();
          },
          [](const R &r) {
              return r.state == AlertState::Pending
                         ? tr("Fires if the condition keeps holding for %1 more (seen holding for %2 so far)")
                               .arg(Format::duration(r.remainingMs), Format::duration(r.heldForMs))
                         : QString();
          },
          Cell::kLeft},
    });
}

void RulePreviewModel::setRule(const AlertRule &rule)
{
    const auto evaluated = [](const AlertRule &r) {
        return std::tie(r.metric, r.matchers, r.comparison, r.threshold, r.clearThreshold, r.forMs,
                        r.keepFiringForMs);
    };
    const bool sameEvaluation = m_startedAtMs >= 0 && evaluated(rule) == evaluated(m_rule);
    m_rule = rule;
    if (sameEvaluation)
        return; // only names, labels or texts changed: the scratch evaluation goes on
    AlertRule scratch = rule;
    scratch.enabled = true; // the preview shows what the rule would do once enabled
    m_evaluator = AlertEvaluator();
    m_evaluator.setRules({scratch});
    m_startedAtMs = -1;
}

void RulePreviewModel::update(const QList<MetricSample> &samples, qint64 nowMs)
{
    if (m_startedAtMs < 0)
        m_startedAtMs = nowMs;
    m_evaluator.evaluate(samples, nowMs);
    const QList<ActiveAlert> alerts = m_evaluator.activeAlerts();
    QList<bool> used(alerts.size(), false);
    QList<PreviewRow> next;
    for (const MetricSample &sample : samples) {
        if (!m_rule.matches(sample))
            continue;
        PreviewRow row;
        row.sample = sample;
        row.key = seriesText(sample);
        row.holds = m_rule.holds(sample.value);
        for (qsizetype i = 0; i < alerts.size(); ++i) {
            if (used.at(i) || !alertOfSeries(alerts.at(i), sample.labels))
                continue;
            used[i] = true;
            const ActiveAlert &a = alerts.at(i);
            row.state = a.state;
            row.heldForMs = nowMs - a.activeSinceMs;
            if (a.state == AlertState::Pending)
                row.remainingMs = std::max<qint64>(0, m_rule.forMs - row.heldForMs);
            break;
        }
        if (std::none_of(next.cbegin(), next.cend(), [&](const PreviewRow &r) { return r.key == row.key; }))
            next.append(row);
    }
    // Alerts kept firing by keep_firing_for after their series went away: still alerts, shown as gone.
    for (qsizetype i = 0; i < alerts.size(); ++i) {
        if (used.at(i))
            continue;
        const ActiveAlert &a = alerts.at(i);
        PreviewRow row;
        row.present = false;
        row.sample.name = a.metric;
        row.sample.value = a.value;
        for (const auto &label : a.labels) {
            if (!isAlertLabel(label.first))
                row.sample.labels.append(label);
        }
        row.key = seriesText(row.sample);
        row.state = a.state;
        row.heldForMs = nowMs - a.activeSinceMs;
        next.append(row);
    }
    setRows(next);
}

int RulePreviewModel::matchCount() const
{
    return int(std::count_if(rows().cbegin(), rows().cend(), [](const PreviewRow &r) { return r.present; }));
}

int RulePreviewModel::holdingCount() const
{
    return int(std::count_if(rows().cbegin(), rows().cend(),
                             [](const PreviewRow &r) { return r.present && r.holds; }));
}

const MetricSample *RulePreviewModel::firstMatch() const
{
    for (const PreviewRow &r : rows()) {
        if (r.present)
            return &r.sample;
    }
    return nullptr;
}

QString RulePreviewModel::stateText(const PreviewRow &row, const AlertRule &rule)
{
    switch (row.state) {
    case AlertState::Firing:
        if (row.holds)
            return tr("firing");
        if (rule.clearThreshold && row.present)
            return tr("firing (until the value crosses the clear threshold %1)")
                .arg(formatMetricValue(rule.metric, *rule.clearThreshold));
        return tr("firing (kept by keep_firing_for)");
    case AlertState::Pending:
        return tr("pending, fires in %1").arg(Format::duration(row.remainingMs));
    case AlertState::Inactive:
        break;
    }
    return tr("no");
}

QString RulePreviewModel::seriesText(const MetricSample &sample)
{
    QStringList parts;
    for (const auto &[name, value] : sample.labels)
        parts << name + QLatin1Char('=') + value;
    return parts.isEmpty() ? tr("(no labels)") : parts.join(QStringLiteral(", "));
}

} // namespace Tidewatch
