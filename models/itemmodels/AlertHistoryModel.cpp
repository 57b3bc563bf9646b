#include "AlertHistoryModel.h"

#include "AlertCells.h"
#include "AlertTableModel.h"
#include "SnapshotMetrics.h"

#include <QDateTime>

namespace Tidewatch {

namespace {

using E = AlertEpisode;

std::optional<StatusSeverity> stateSeverity(const E &e)
{
    return AlertCells::severity(e.state == E::State::Firing, e.state == E::State::Pending,
                                e.state == E::State::NoData, e.isSilenced(), e.severity);
}

int stateRank(const E &e)
{
    // Sorting descending puts what needs attention first: firing critical, firing warning, ...
    return AlertCells::attentionRank(e.state == E::State::Firing, e.state == E::State::Pending,
                                     e.state == E::State::NoData, e.severity);
}

qint64 rawTime(qint64 ms)
{
    return ms; // -1 (never) sorts below every time, whatever the direction (RawValueSortProxy)
}

} // namespace

AlertHistoryModel::AlertHistoryModel(QObject *parent)
    : ColumnTableModel(parent)
{
    using C = Column<E>;
    setColumns({
        //: Column header: an alert's state (firing, pending, no data, resolved)
        C{tr("State"),
          tr("Firing, pending (the condition holds, not yet for the rule's 'for'), no data (the series the "
             "rule needs is missing) or resolved"),
          [](const E &e) { return stateText(e.state); },
          stateRank,
          {},
          [](const E &e) {
              return e.noDataAtMs >= 0 ? tr("No data since %1").arg(timeText(e.noDataAtMs)) : QString();
          },
          Cell::kLeft,
          stateSeverity},
        C{tr("Severity"),
          tr("The rule's severity label"),
          [](const E &e) { return AlertTableModel::severityText(e.severity); },
          [](const E &e) {
              return e.severity == QLatin1String("critical")  ? 3
                     : e.severity == QLatin1String("warning") ? 2
                                                              : 1;
          },
          {},
          {},
          Cell::kLeft,
          stateSeverity},
        C{tr("Alert"),
          tr("The rule's name (alertname)"),
          [](const E &e) { return e.ruleName; },
          {},
          {},
          {},
          Cell::kLeft},
        C{tr("Cluster"),
          tr("The cluster (profile) the alert is about"),
          [](const E &e) { return e.label(QStringLiteral("cluster")); },
          {},
          {},
          {},
          Cell::kLeft},
        C{tr("Subject"),
          tr("What the alert is about, by name (\"group orders\", \"job tidewatch-orders\"); every label, "
             "ids "
             "included, in the cell's tooltip"),
          [](const E &e) { return AlertCells::subjectText(e.labels); },
          {},
          {},
          [](const E &e) { return AlertCells::subjectToolTip(e.labels); },
          Cell::kLeft},
        C{tr("Value"),
          tr("The latest value, in the metric's unit; a dash when there is no data"),
          [](const E &e) {
              return std::isnan(e.value) ? Cell::dash() : AlertCells::valueText(e.metric, e.value);
          },
          [](const E &e) { return std::isnan(e.value) ? QVariant() : QVariant(e.value); },
          {},
          {},
          Cell::kRight},
        //: Column header: the time at which the alert became pending
        C{tr("Pending"),
          tr("When the condition started to hold"),
          [](const E &e) { return timeText(e.pendingAtMs); },
          [](const E &e) { return rawTime(e.pendingAtMs); },
          {},
          {},
          Cell::kRight},
        //: Column header: the time at which the alert started firing
        C{tr("Firing"),
          tr("When it started firing"),
          [](const E &e) { return timeText(e.firingAtMs); },
          [](const E &e) { return rawTime(e.firingAtMs); },
          {},
          {},
          Cell::kRight},
        C{tr("Resolved"),
          tr("When it was resolved"),
          [](const E &e) { return timeText(e.resolvedAtMs); },
          [](const E &e) { return rawTime(e.resolvedAtMs); },
          {},
          {},
          Cell::kRight},
        C{tr("Acknowledged"),
          tr("Who acknowledged the alert, and when"),
          [](const E &e) { return e.isAcknowledged() ? e.acknowledgedBy : QString(); },
          {},
          {},
          [](const E &e) {
              if (!e.isAcknowledged())
                  return QString();
              const QString when =
                  tr("Acknowledged by %1 at %2").arg(e.acknowledgedBy, timeText(e.acknowledgedAtMs));
              return e.acknowledgeComment.isEmpty() ? when
                                                    : when + QStringLiteral(": ") + e.acknowledgeComment;
          },
          Cell::kLeft},
        //: Column header: until when a silence mutes the alert
        C{tr("Silenced"),
          tr("The silence that silences the alert now: its end and who created it"),
          [](const E &e) { return e.isSilenced() ? handlingText({}, e.silencedUntilMs) : QString(); },
          [](const E &e) { return e.isSilenced() ? e.silencedUntilMs : -1; },
          {},
          [](const E &e) {
              return e.isSilenced() ? tr("Silence %1 by %2").arg(e.silenceId, e.silencedBy) : QString();
          },
          Cell::kLeft},
        C{tr("Summary"),
          tr("The rule's summary, with the series labels and value filled in"),
          [](const E &e) { return e.summary; },
          {},
          {},
          [](const E &e) { return e.summary; },
          Cell::kLeft},
    });
}

QVariant AlertHistoryModel::data(const QModelIndex &index, int role) const
{
    if (role == ExportTextRole &&
        checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return exportText(index);
    return ColumnTableModel::data(index, role);
}

QString AlertHistoryModel::exportText(const QModelIndex &index) const
{
    const AlertEpisode &e = rows().at(index.row());
    switch (index.column()) {
    case StateColumn:
        return stateName(e.state);
    case SeverityColumn:
        return e.severity;
    case ValueColumn:
        return std::isnan(e.value) ? QString() : formatPromValue(e.value);
    case PendingColumn:
        return isoUtc(e.pendingAtMs);
    case FiringColumn:
        return isoUtc(e.firingAtMs);
    case ResolvedColumn:
        return isoUtc(e.resolvedAtMs);
    case SilencedColumn:
        return e.isSilenced() ? e.silenceId : QString();
    case SubjectColumn: { // the labels as they are: an export is read by tools, not only by people
        QStringList parts;
        for (const auto &[name, value] : e.labels) {
            if (name != QLatin1String("alertname") && name != QLatin1String("severity") &&
                name != QLatin1String("cluster"))
                parts << name + QLatin1Char('=') + value;
        }
        return parts.join(QStringLiteral(", "));
    }
    default:
        return ColumnTableModel::data(index, Qt::DisplayRole).toString();
    }
}

QString AlertHistoryModel::stateText(AlertEpisode::State state)
{
    switch (state) {
    case E::State::Firing:
        return tr("firing");
    case E::State::Pending:
        return tr("pending");
    case E::State::NoData:
        return tr("no data");
    case E::State::Resolved:
        return tr("resolved");
    }
    return {};
}

QString AlertHistoryModel::stateName(AlertEpisode::State state)
{
    switch (state) {
    case E::State::Firing:
        return QStringLiteral("firing");
    case E::State::Pending:
        return QStringLiteral("pending");
    case E::State::NoData:
        return QStringLiteral("nodata");
    case E::State::Resolved:
        return QStringLiteral("resolved");
    }
    return {};
}

QString AlertHistoryModel::timeText(qint64 ms)
{
    if (ms < 0)
        return Cell::dash();
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString AlertHistoryModel::isoUtc(qint64 ms)
{
    if (ms < 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString AlertHistoryModel::handlingText(const QString &acknowledgedBy, qint64 silencedUntilMs)
{
    QStringList parts;
    if (!acknowledgedBy.isEmpty())
        parts << tr("acked by %1").arg(acknowledgedBy);
    if (silencedUntilMs >= 0) {
        const QDateTime until = QDateTime::fromMSecsSinceEpoch(silencedUntilMs);
        const bool today = until.date() == QDate::currentDate();
        parts << tr("silenced until %1")
                     .arg(until.toString(today ? QStringLiteral("HH:mm")
                                               : QStringLiteral("yyyy-MM-dd HH:mm")));
    }
    return parts.join(QStringLiteral(" · "));
}

const AlertEpisode *AlertHistoryModel::episodeAt(int row) const
{
    return row >= 0 && row < rows().size() ? &rows().at(row) : nullptr;
}

} // namespace Tidewatch
