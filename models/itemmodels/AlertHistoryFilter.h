#pragma once

#include "AlertEpisode.h"
#include "AlertRule.h"
#include "RawValueSortProxy.h"

#include <QSet>

namespace Tidewatch {

/// Sorts an AlertHistoryModel by raw values and shows only the episodes that pass every filter:
/// cluster, severity, state, label matchers and a time range (episodes active at some time within
/// it). Empty filters pass everything.
class AlertHistoryFilter : public RawValueSortProxy
{
    Q_OBJECT
public:
    explicit AlertHistoryFilter(QObject *parent = nullptr);

    void setCluster(const QString &cluster);
    void setSeverity(const QString &severity);
    /// The states to show; empty: all.
    void setStates(const QSet<AlertEpisode::State> &states);
    void setMatchers(const QList<LabelMatcher> &matchers);
    /// Episodes active at some time in [fromMs, toMs] (-1: unbounded); an episode that has not
    /// resolved is active until now.
    void setTimeRange(qint64 fromMs, qint64 toMs);

    /// Whether @p episode passes the filters.
    bool accepts(const AlertEpisode &episode) const;

    /// Parses a matcher list as typed in the filter field: `name=value`, `name!=value`,
    /// `name=~regex`, `name!~regex`, separated by commas, optionally in braces and with quoted
    /// values (`{cluster="prod", consumergroup=~"tw-.*"}`). Returns false with @p error (translated)
    /// for a malformed matcher, an invalid label name or an invalid regex.
    static bool parseMatchers(const QString &text, QList<LabelMatcher> &out, QString &error);
    /// The matchers as parseMatchers() reads them back, values quoted.
    static QString matchersText(const QList<LabelMatcher> &matchers);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_cluster;
    QString m_severity;
    QSet<AlertEpisode::State> m_states;
    QList<LabelMatcher> m_matchers;
    qint64 m_fromMs = -1;
    qint64 m_toMs = -1;
};

} // namespace Tidewatch
