#include "AlertCells.h"

#include "SnapshotMetrics.h"

#include <QCoreApplication>
#include <QStringList>

namespace Tidewatch::AlertCells {

namespace {

bool isContext(const QString &name)
{
    return name == QLatin1String("alertname") || name == QLatin1String("severity") ||
           name == QLatin1String("cluster");
}

bool hasLabel(const QList<QPair<QString, QString>> &labels, const QString &name)
{
    for (const auto &[n, v] : labels) {
        if (n == name && !v.isEmpty())
            return true;
    }
    return false;
}

/// The word for a label, or empty when it has none (shown as name=value).
QString wordFor(const QString &name)
{
    if (name == QLatin1String("consumergroup"))
        return QCoreApplication::translate("AlertCells", "group");
    if (name == QLatin1String("job"))
        return QCoreApplication::translate("AlertCells", "job");
    if (name == QLatin1String("broker"))
        return QCoreApplication::translate("AlertCells", "broker");
    if (name == QLatin1String("topic"))
        return QCoreApplication::translate("AlertCells", "topic");
    if (name == QLatin1String("partition"))
        return QCoreApplication::translate("AlertCells", "partition");
    if (name == QLatin1String("vertex"))
        return QCoreApplication::translate("AlertCells", "vertex");
    return {};
}

} // namespace

QString subjectText(const QList<QPair<QString, QString>> &labels)
{
    QStringList parts;
    for (const auto &[name, value] : labels) {
        if (isContext(name))
            continue;
        // "job_id" next to "job": the name says it, the id goes to the tooltip.
        if (name.endsWith(QLatin1String("_id")) && hasLabel(labels, name.chopped(3)))
            continue;
        const QString word = wordFor(name);
        parts << (word.isEmpty() ? name + QLatin1Char('=') + value : word + QLatin1Char(' ') + value);
    }
    return parts.join(QStringLiteral(", "));
}

QString subjectToolTip(const QList<QPair<QString, QString>> &labels)
{
    QStringList parts;
    for (const auto &[name, value] : labels) {
        if (!isContext(name))
            parts << name + QLatin1Char('=') + value;
    }
    return parts.join(QLatin1Char('\n'));
}

QString valueText(const QString &metric, double value)
{
    return formatMetricValue(metric, value); // in words: "stuck", "down", "100 %"
}

int attentionRank(bool firing, bool pending, bool noData, const QString &severity)
{
    const bool critical = severity == QLatin1String("critical");
    const bool warning = severity == QLatin1String("warning");
    if (noData)
        return 4;
    if (firing)
        return critical ? 9 : warning ? 7 : 5;
    if (pending)
        return critical ? 8 : warning ? 3 : 2;
    return 1;
}

std::optional<StatusSeverity> severity(bool firing, bool pending, bool noData, bool silenced,
                                       const QString &severity)
{
    if (noData)
        return StatusSeverity::Unknown;
    if (pending) // one step milder than when it fires: the condition holds, its `for` has not passed
        return severity == QLatin1String("critical") ? StatusSeverity::Warning : StatusSeverity::Unknown;
    if (!firing)
        return StatusSeverity::Ok;
    if (silenced)
        return std::nullopt;
    if (severity == QLatin1String("critical"))
        return StatusSeverity::Critical;
    if (severity == QLatin1String("warning"))
        return StatusSeverity::Warning;
    return std::nullopt;
}

} // namespace Tidewatch::AlertCells
