#include "AlertTableModel.h"

#include "AlertCells.h"
#include "Format.h"
#include "SnapshotMetrics.h"

#include <QDateTime>

namespace Tidewatch {

AlertTableModel::AlertTableModel(QObject *parent)
    : ColumnTableModel(parent)
{
    using C = Column<ActiveAlert>;
    using A = ActiveAlert;
    setColumns({
        //: Column header: an alert's state (FIRING or pending)
        C{tr("State"),
          tr("Pending: the condition holds but not yet for the rule's 'for' duration. Firing: it held long "
             "enough. No data: the rule's source delivers nothing for it; the alert is kept as it was"),
          [](const A &a) { return stateText(a); },
          [](const A &a) { return rankOf(a); },
          {},
          {},
          Cell::kLeft,
          [this](const A &a) {
              return severityOf(a);
          }},
        C{tr("Severity"),
          tr("The rule's severity label: critical, warning or info"),
          [](const A &a) { return severityText(a.severity); },
          [](const A &a) {
              return a.severity == QLatin1String("critical")  ? 3
                     : a.severity == QLatin1String("warning") ? 2
                                                              : 1;
          },
          {},
          {},
          Cell::kLeft,
          [this](const A &a) {
              return severityOf(a);
          }},
        C{tr("Alert"),
          tr("The rule's name (alertname)"),
          [](const A &a) { return a.ruleName; },
          {},
          {},
          [](const A &a) { return a.description; },
          Cell::kLeft},
        C{tr("Cluster"),
          tr("The cluster (profile) the alert is about"),
          [](const A &a) { return a.label(QStringLiteral("cluster")); },
          {},
          {},
          {},
          Cell::kLeft},
        C{tr("Subject"),
          tr("What the alert is about, by name (\"group orders\", \"job tidewatch-orders\"); every label, "
             "ids included, in the cell's tooltip"),
          [](const A &a) { return subjectOf(a); },
          {},
          {},
          [](const A &a) { return AlertCells::subjectToolTip(a.labels); },
          Cell::kLeft},
        C{tr("Summary"),
          tr("The rule's summary, with the series labels and value filled in"),
          [](const A &a) { return a.summary; },
          {},
          {},
          [](const A &a) { return a.summary; },
          Cell::kLeft},
        //: Column header: how long the alert has been active
        C{tr("Since"),
          tr("How long the condition has held (firing: since it started pending)"),
          [](const A &a) { return Format::duration(QDateTime::currentMSecsSinceEpoch() - a.activeSinceMs); },
          [](const A &a) { return -a.activeSinceMs; }, // longest-standing first when sorted descending
          {},
          [](const A &a) {
              return tr("Active since %1")
                  .arg(QDateTime::fromMSecsSinceEpoch(a.activeSinceMs).toString(Qt::ISODate));
          },
          Cell::kRight},
        C{tr("Value"),
          tr("The value that made the condition true, at the latest evaluation, in the metric's unit"),
          [](const A &a) { return AlertCells::valueText(a.metric, a.value); },
          [](const A &a) { return a.value; },
          {},
          {},
          Cell::kRight},
        C{tr("Handling"),
          tr("Acknowledged by whom; silenced until when (silenced alerts notify nobody and do not turn the "
             "wall banner red)"),
          [this](const A &a) { return handlingOf(a).text(); },
          {},
          {},
          {},
          Cell::kLeft},
    });
}

QString AlertTableModel::keyOf(const ActiveAlert &row) const
{
    QStringList parts{row.ruleName};
    for (const auto &[name, value] : row.labels)
        parts << name + QLatin1Char('=') + value;
    return parts.join(QLatin1Char('\x1f'));
}

QString AlertTableModel::severityText(const QString &severity)
{
    if (severity == QLatin1String("critical"))
        return tr("critical");
    if (severity == QLatin1String("warning"))
        return tr("warning");
    if (severity == QLatin1String("info"))
        return tr("info");
    return severity;
}

void AlertTableModel::setHandling(const QHash<QString, AlertHandling> &handling)
{
    if (handling == m_handling)
        return;
    m_handling = handling;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, HandlingColumn),
                           {Qt::DisplayRole, Qt::ForegroundRole, SeverityRole});
}

AlertHandling AlertTableModel::handlingOf(const ActiveAlert &alert) const
{
    return m_handling.isEmpty() ? AlertHandling() : m_handling.value(alertFingerprint(alert.labels));
}

void AlertTableModel::refreshAges()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, SinceColumn), index(rowCount() - 1, SinceColumn), {Qt::DisplayRole});
}

const ActiveAlert *AlertTableModel::alertAt(int row) const
{
    return row >= 0 && row < rows().size() ? &rows().at(row) : nullptr;
}

QString AlertTableModel::subjectOf(const ActiveAlert &alert)
{
    return AlertCells::subjectText(alert.labels);
}

QString AlertTableModel::stateText(const ActiveAlert &alert)
{
    if (alert.noData)
        return tr("no data");
    return alert.state == AlertState::Firing ? tr("firing") : tr("pending");
}

int AlertTableModel::rankOf(const ActiveAlert &alert)
{
    return AlertCells::attentionRank(alert.state == AlertState::Firing, alert.state == AlertState::Pending,
                                     alert.noData, alert.severity);
}

std::optional<StatusSeverity> AlertTableModel::severityOf(const ActiveAlert &alert) const
{
    return AlertCells::severity(alert.state == AlertState::Firing, alert.state == AlertState::Pending,
                                alert.noData, handlingOf(alert).isSilenced(), alert.severity);
}

QString AlertTableModel::pageOf(const ActiveAlert &alert)
{
    if (!alert.label(QStringLiteral("consumergroup")).isEmpty())
        return QStringLiteral("groups");
    if (!alert.label(QStringLiteral("job")).isEmpty() ||
        alert.label(QStringLiteral("source")) == QLatin1String("flink") ||
        alert.ruleName.startsWith(QLatin1String("Flink")))
        return QStringLiteral("flink");
    if (!alert.label(QStringLiteral("broker")).isEmpty() ||
        alert.ruleName.contains(QLatin1String("Broker")) ||
        alert.ruleName.contains(QLatin1String("Controller")))
        return QStringLiteral("brokers");
    if (alert.ruleName.contains(QLatin1String("Partition")) ||
        alert.ruleName.contains(QLatin1String("Isr")) || alert.ruleName.contains(QLatin1String("Replicat")))
        return QStringLiteral("topics");
    return QStringLiteral("overview");
}

} // namespace Tidewatch
