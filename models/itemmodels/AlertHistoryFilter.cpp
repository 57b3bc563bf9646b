#include "AlertHistoryFilter.h"

#include "AlertHistoryModel.h"

#include <QRegularExpression>

namespace Tidewatch {

namespace {

bool isLabelName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[a-zA-Z_][a-zA-Z0-9_]*$"));
    return re.match(name).hasMatch();
}

/// Splits at commas outside double quotes; keeps quotes and escapes for the matcher parser.
QStringList splitTopLevel(const QString &text)
{
    QStringList parts;
    QString current;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted && c == QLatin1Char('\\') && i + 1 < text.size()) {
            current += c;
            current += text.at(++i);
            continue;
        }
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        if (c == QLatin1Char(',') && !quoted) {
            parts << current;
            current.clear();
            continue;
        }
        current += c;
    }
    parts << current;
    return parts;
}

} // namespace

AlertHistoryFilter::AlertHistoryFilter(QObject *parent)
    : RawValueSortProxy(parent)
{}

void AlertHistoryFilter::setCluster(const QString &cluster)
{
    m_cluster = cluster;
    invalidateFilter();
}

void AlertHistoryFilter::setSeverity(const QString &severity)
{
    m_severity = severity;
    invalidateFilter();
}

void AlertHistoryFilter::setStates(const QSet<AlertEpisode::State> &states)
{
    m_states = states;
    invalidateFilter();
}

void AlertHistoryFilter::setMatchers(const QList<LabelMatcher> &matchers)
{
    m_matchers = matchers;
    invalidateFilter();
}

void AlertHistoryFilter::setTimeRange(qint64 fromMs, qint64 toMs)
{
    m_fromMs = fromMs;
    m_toMs = toMs;
    invalidateFilter();
}

bool AlertHistoryFilter::accepts(const AlertEpisode &e) const
{
    if (!m_cluster.isEmpty() && e.label(QStringLiteral("cluster")) != m_cluster)
        return false;
    if (!m_severity.isEmpty() && e.severity != m_severity)
        return false;
    if (!m_states.isEmpty() && !m_states.contains(e.state))
        return false;
    for (const LabelMatcher &m : m_matchers) {
        if (!m.matches(e.label(m.name)))
            return false;
    }
    if (m_fromMs >= 0 || m_toMs >= 0) {
        qint64 start = -1;
        for (const qint64 t : {e.pendingAtMs, e.firingAtMs, e.noDataAtMs}) {
            if (t >= 0 && (start < 0 || t < start))
                start = t;
        }
        const qint64 end = e.state == AlertEpisode::State::Resolved ? e.resolvedAtMs : -1;
        if (m_toMs >= 0 && start > m_toMs)
            return false;
        if (m_fromMs >= 0 && end >= 0 && end < m_fromMs)
            return false;
    }
    return true;
}

bool AlertHistoryFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = qobject_cast<const AlertHistoryModel *>(sourceModel());
    const AlertEpisode *episode = model ? model->episodeAt(sourceRow) : nullptr;
    return episode ? accepts(*episode) : RawValueSortProxy::filterAcceptsRow(sourceRow, sourceParent);
}

bool AlertHistoryFilter::parseMatchers(const QString &text, QList<LabelMatcher> &out, QString &error)
{
    out.clear();
    QString body = text.trimmed();
    if (body.startsWith(QLatin1Char('{')) && body.endsWith(QLatin1Char('}')))
        body = body.mid(1, body.size() - 2);
    if (body.trimmed().isEmpty())
        return true;
    static const QRegularExpression re(QStringLiteral("^\\s*([^=!~\\s]*)\\s*(=~|!~|!=|=)\\s*(.*?)\\s*$"));
    for (const QString &part : splitTopLevel(body)) {
        const auto m = re.match(part);
        if (!m.hasMatch()) {
            error = tr("'%1' is not a matcher (use name=value, name!=value, name=~regex or name!~regex)")
                        .arg(part.trimmed());
            return false;
        }
        LabelMatcher matcher;
        matcher.name = m.captured(1);
        const QString op = m.captured(2);
        matcher.regex = op.endsWith(QLatin1Char('~'));
        matcher.negate = op.startsWith(QLatin1Char('!'));
        QString value = m.captured(3);
        if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"'))) {
            value = value.mid(1, value.size() - 2);
            QString unescaped;
            for (qsizetype i = 0; i < value.size(); ++i) {
                if (value.at(i) == QLatin1Char('\\') && i + 1 < value.size())
                    ++i;
                unescaped += value.at(i);
            }
            value = unescaped;
        }
        matcher.value = value;
        if (!isLabelName(matcher.name)) {
            error = tr("'%1' is not a label name").arg(matcher.name);
            return false;
        }
        if (matcher.regex) {
            const QRegularExpression pattern(QRegularExpression::anchoredPattern(matcher.value));
            if (!pattern.isValid()) {
                error = tr("invalid regular expression '%1': %2").arg(matcher.value, pattern.errorString());
                return false;
            }
        }
        out << matcher;
    }
    return true;
}

QString AlertHistoryFilter::matchersText(const QList<LabelMatcher> &matchers)
{
    QStringList parts;
    for (const LabelMatcher &m : matchers) {
        QString value = m.value;
        value.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('"'), QStringLiteral("\\\""));
        parts << m.name + m.op() + QLatin1Char('"') + value + QLatin1Char('"');
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace Tidewatch
