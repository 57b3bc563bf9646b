#include "GroupTableModel.h"

#include "Format.h"
#include "GroupTopicTableModel.h"
#include "KafkaCells.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Tidewatch {

QString GroupTableModel::timeLagText(double seconds, bool lowerBound)
{
    return Format::timeLag(seconds, lowerBound);
}

QString GroupTableModel::trendArrow(LagTrend trend)
{
    switch (trend) {
    case LagTrend::Growing:
        return QStringLiteral("↑");
    case LagTrend::Shrinking:
        return QStringLiteral("↓");
    case LagTrend::Steady:
        return QStringLiteral("→");
    case LagTrend::Unknown:
        break;
    }
    return {};
}

QColor GroupTableModel::statusColour(LagStatus status)
{
    return KafkaCells::lagStatusColour(status);
}

QString GroupTableModel::stateText(const QString &state)
{
    if (state == QLatin1String("Stable"))
        return tr("stable");
    if (state == QLatin1String("Empty"))
        return tr("no members");
    if (state == QLatin1String("PreparingRebalance") || state == QLatin1String("CompletingRebalance"))
        return tr("rebalancing");
    if (state == QLatin1String("Dead"))
        return tr("deleted");
    return state;
}

QString GroupTableModel::clientsText(const QList<GroupMember> &members)
{
    QStringList clients;
    QStringList hosts;
    for (const GroupMember &m : members) {
        if (!clients.contains(m.clientId))
            clients << m.clientId;
        if (!hosts.contains(m.host))
            hosts << m.host;
    }
    if (clients.isEmpty())
        return {};
    const QString who = clients.join(QStringLiteral(", "));
    return hosts.size() == 1 ? tr("%1 on %2").arg(who, hosts.first())
                             : tr("%1 on %n host(s)", nullptr, int(hosts.size())).arg(who);
}

QString GroupTableModel::membersToolTip(const QList<GroupMember> &members)
{
    QStringList lines;
    for (const GroupMember &m : members)
        lines << tr("%1 on %2 (%n partition(s)), member %3", nullptr, int(m.assignment.size()))
                     .arg(m.clientId, m.host, m.memberId);
    return lines.join(QLatin1Char('\n'));
}

namespace {

QString statusToolTip(LagStatus status, const QString &reason)
{
    // The plain words in the cell; Burrow's code here, as the snapshot JSON and the rules name it.
    const QString code =
        QCoreApplication::translate("GroupTableModel", "Burrow status %1").arg(lagStatusName(status));
    return reason.isEmpty() ? code
                            : QCoreApplication::translate("GroupTableModel", "%1: %2").arg(code, reason);
}

} // namespace

GroupTableModel::GroupTableModel(QObject *parent)
    : ColumnTableModel(parent)
{
    setColumns(columns());
}

QString GroupTableModel::timeLagSourceText(TimeLagSource source)
{
    switch (source) {
    case TimeLagSource::Unknown:
        break;
    case TimeLagSource::History:
        return tr("Interpolated on the end offsets Tidewatch has watched");
    case TimeLagSource::RecordCreate:
        return tr("From the record at the committed offset: its CreateTime, set by the producer's clock");
    case TimeLagSource::RecordAppend:
        return tr("From the record at the committed offset: its LogAppendTime, set by the broker");
    }
    return QString();
}

QColor GroupTableModel::notCurrentColour(const ConsumerGroupInfo &g)
{
    return g.offsetsFailed ? StatusColour::warn() : QColor();
}

QString GroupTableModel::notCurrentNote(const ConsumerGroupInfo &g)
{
    if (!g.offsetsFailed)
        return {};
    if (!g.offsetsReadAt.isValid())
        return tr("Unknown: the group's offsets could not be read (%1)").arg(g.error);
    return tr("Not current: this cycle could not read the group's offsets (%1). The figure was read at %2.")
        .arg(g.error, QLocale().toString(g.offsetsReadAt.toLocalTime().time(), QLocale::LongFormat));
}

QList<Column<ConsumerGroupInfo>> GroupTableModel::columns() const
{
    using C = Column<ConsumerGroupInfo>;
    using G = ConsumerGroupInfo;
    QList<C> columns{
        C{tr("Group"),
          tr("The consumer group's id"),
          [](const G &g) { return g.groupId; },
          {},
          {},
          [](const G &g) { return g.error.isEmpty() ? g.groupId : g.error; },
          Cell::kLeft},
        C{tr("Status"),
          tr("Burrow's evaluation over the last commits: ok, falling behind (lag growing; WARN), stopped "
             "(no commits while behind; STOP), stalled (commits that do not move; STALL), rewound (offset "
             "went back; REWIND), stuck (a partition stopped, stalled or rewound; ERR), not judged yet "
             "(NOTFOUND). The cell's tooltip names Burrow's code and the reason"),
          [](const G &g) { return lagStatusText(g.status); }, [](const G &g) { return int(g.status); },
          [](const G &g) { return statusColour(g.status); },
          [](const G &g) { return statusToolTip(g.status, g.statusReason); }, Cell::kLeft},
        //: Column header: a Kafka consumer group's state (Stable, Empty, ...)
        C{tr("State"),
          tr("stable (Stable), no members (Empty), rebalancing (PreparingRebalance, CompletingRebalance), "
             "deleted (Dead). \"(by design)\": no members, yet its offsets move, as a Flink or Spark Kafka "
             "source commits"),
          [](const G &g) {
              return g.commitsWithoutMembers ? tr("%1 (by design)").arg(stateText(g.state))
                                             : stateText(g.state);
          },
          [](const G &g) { return g.state; },
          {},
          [](const G &g) {
              return g.commitsWithoutMembers
                         ? tr("No consumer is a member, yet the committed offsets move: an assign-only "
                              "consumer (a Flink or Spark Kafka source) commits for this group (Kafka state "
                              "%1)")
                               .arg(g.state)
                         : tr("Kafka state %1").arg(g.state);
          },
          Cell::kLeft},
        C{tr("Members"),
          tr("Consumers in the group"),
          [](const G &g) { return int(g.members.size()); },
          {},
          {},
          [](const G &g) { return membersToolTip(g.members); },
          Cell::kRight},
        //: Column header: how many messages a consumer group is behind
        C{tr("Lag"), tr("Messages behind, summed over the group's partitions"),
          [](const G &g) { return Cell::count(g.totalLag); }, [](const G &g) { return g.totalLag; },
          notCurrentColour, notCurrentNote, Cell::kRight},
        C{tr("Max lag"), tr("Messages behind on the worst partition"),
          [](const G &g) { return Cell::count(g.maxLag); }, [](const G &g) { return g.maxLag; },
          notCurrentColour, notCurrentNote, Cell::kRight},
        C{tr("Time lag"),
          tr("How long ago the oldest message the group has not consumed was written, on its worst "
             "partition: from the end offsets Tidewatch has watched, or the timestamp of the record at the "
             "committed offset. \"≥\": a lower bound (older than the history and the record could not be "
             "read)"),
          [](const G &g) { return timeLagText(g.maxTimeLagSeconds, g.maxTimeLagIsLowerBound); },
          [](const G &g) { return g.maxTimeLagSeconds; },
          {},
          {},
          Cell::kRight},
        C{tr("Trend"),
          tr("Lag over the last minute: ↑ growing, ↓ shrinking, → steady"),
          [](const G &g) { return trendArrow(g.trend); },
          [](const G &g) { return int(g.trend); },
          [](const G &g) { return g.trend == LagTrend::Growing ? StatusColour::warn() : QColor(); },
          {},
          Qt::AlignCenter},
        C{tr("Consumed"),
          tr("Committed messages per second over the last minute"),
          [](const G &g) {
              return g.consumeRatePerSecond >= 0 ? QVariant(Format::rate(g.consumeRatePerSecond))
                                                 : QVariant(QStringLiteral("–"));
          },
          [](const G &g) { return g.consumeRatePerSecond; },
          {},
          {},
          Cell::kRight},
        C{tr("Catch-up"),
          tr("Estimated time until the lag is zero at the current consume and produce rates"),
          [](const G &g) {
              if (g.totalLag == 0 || g.catchUpSeconds == 0)
                  return tr("caught up");
              if (g.notCatchingUp)
                  return tr("never");
              return g.catchUpSeconds >= 0 ? Format::duration(qint64(g.catchUpSeconds * 1000))
                                           : QStringLiteral("–");
          },
          [](const G &g) { return g.catchUpSeconds; },
          {},
          {},
          Cell::kRight},
        C{tr("Retention"),
          tr("Data lost: on some partition the group is behind the log start (retention deleted records it "
             "never read). Otherwise the soonest time at which retention (retention.ms, retention.bytes) "
             "deletes a record the group has not read yet, at the current produce and consume rates"),
          [](const G &g) {
              return g.dataLostPartitions > 0
                         ? tr("data lost (%n partition(s))", nullptr, g.dataLostPartitions)
                         : GroupTopicTableModel::etaText(g.minRetentionEtaSeconds);
          },
          [](const G &g) { return g.dataLostPartitions > 0 ? -1.0 : g.minRetentionEtaSeconds; },
          [](const G &g) {
              return GroupTopicTableModel::retentionColour(g.dataLostPartitions > 0,
                                                           g.minRetentionEtaSeconds);
          },
          notCurrentNote, Cell::kRight},
        C{tr("Hanging txn"),
          tr("Partitions the group reads whose last stable offset has stayed below the end offset for longer "
             "than the profile's threshold: a transaction that neither commits nor aborts"),
          [](const G &g) {
              return g.hangingTransactions > 0 ? QString::number(g.hangingTransactions) : Cell::dash();
          },
          [](const G &g) { return g.hangingTransactions; },
          [](const G &g) { return g.hangingTransactions > 0 ? StatusColour::bad() : QColor(); },
          {},
          Cell::kRight},
        C{tr("Clients"),
          tr("The members' client ids and the hosts they run on"),
          [](const G &g) { return clientsText(g.members); },
          {},
          {},
          [](const G &g) { return membersToolTip(g.members); },
          Cell::kLeft},
    };
    if (m_sparklineProvider) {
        columns.append(C{
            tr("Lag (last 5 min)"),
            tr("Total lag over the last 5 minutes, the highest value of every 7.5 seconds so that short "
               "spikes show; the line is scaled to each group's own range. A break in the line: the lag "
               "was unknown (Kafka unreachable). Amber or red: the group is falling behind or worse. "
               "Sorts by the current lag"),
            [](const G &) { return QVariant(); }, // the delegate draws the line
            [](const G &g) { return g.totalLag; },
            [](const G &g) {
                // Only trouble is coloured: 500 green lines would hide the one that matters.
                const QColor colour = statusColour(g.status);
                return colour == StatusColour::good() || colour == KafkaCells::unknown() ? QColor() : colour;
            },
            [this](const G &g) { return sparklineToolTip(g); },
            Qt::AlignCenter,
        });
    }
    return columns;
}

void GroupTableModel::setSparklineProvider(SparklineProvider provider)
{
    const bool had = bool(m_sparklineProvider);
    const bool has = bool(provider);
    if (had != has) {
        if (has)
            beginInsertColumns({}, SparklineColumn, SparklineColumn);
        else
            beginRemoveColumns({}, SparklineColumn, SparklineColumn);
    }
    m_sparklineProvider = std::move(provider);
    m_sparklines.clear();
    if (had != has) {
        setColumns(columns());
        if (has)
            endInsertColumns();
        else
            endRemoveColumns();
    }
    refreshSparklines();
}

void GroupTableModel::refreshSparklines()
{
    if (!m_sparklineProvider)
        return;
    m_sparklines.clear();
    if (!rows().isEmpty())
        Q_EMIT dataChanged(index(0, SparklineColumn), index(rowCount() - 1, SparklineColumn),
                           {SparklineRole, Qt::ToolTipRole});
}

const QList<double> &GroupTableModel::sparkline(const QString &groupId) const
{
    auto it = m_sparklines.find(groupId);
    if (it == m_sparklines.end()) {
        ++m_sparklineQueries;
        it = m_sparklines.insert(groupId,
                                 m_sparklineProvider ? m_sparklineProvider(groupId) : QList<double>());
    }
    return *it;
}

QVariant GroupTableModel::data(const QModelIndex &index, int role) const
{
    if (role != SparklineRole)
        return ColumnTableModel::data(index, role);
    if (index.column() != SparklineColumn || !m_sparklineProvider ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QList<double> &values = sparkline(rows().at(index.row()).groupId);
    return values.isEmpty() ? QVariant() : QVariant::fromValue(values);
}

QString GroupTableModel::sparklineToolTip(const ConsumerGroupInfo &group) const
{
    double highest = -std::numeric_limits<double>::infinity();
    for (double v : sparkline(group.groupId)) {
        if (std::isfinite(v))
            highest = std::max(highest, v);
    }
    if (!std::isfinite(highest))
        return tr("No lag history of the last 5 minutes yet");
    // The line is scaled to its own range: the numbers say how high it actually went.
    return tr("Highest lag in the last 5 minutes: %1; now: %2")
        .arg(Format::count(highest), Cell::count(group.totalLag).toString());
}

GroupPartitionTableModel::GroupPartitionTableModel(QObject *parent)
    : ColumnTableModel(parent)
{
    using C = Column<GroupPartitionLag>;
    using P = GroupPartitionLag;
    // A detail view: offsets and lag exact, with digit grouping; "4.7 k" is for the summaries.
    setColumns({
        C{tr("Topic"), {}, [](const P &p) { return p.topic; }, {}, {}, {}, Cell::kLeft},
        C{tr("Partition"), {}, [](const P &p) { return p.partition; }, {}, {}, {}, Cell::kRight},
        C{tr("Status"), tr("Burrow's evaluation of this partition; the tooltip names Burrow's code"),
          [](const P &p) { return lagStatusText(p.status); }, [](const P &p) { return int(p.status); },
          [](const P &p) { return GroupTableModel::statusColour(p.status); },
          [](const P &p) { return statusToolTip(p.status, {}); }, Cell::kLeft},
        C{tr("Committed"),
          tr("The group's committed offset; \"none\": it never committed here"),
          [](const P &p) {
              return p.hasCommit ? KafkaCells::exact(p.committedOffset) : QVariant(tr("none"));
          },
          [](const P &p) { return p.committedOffset; },
          {},
          {},
          Cell::kRight},
        C{tr("End offset"),
          tr("The high watermark: the next offset to be written"),
          [](const P &p) { return KafkaCells::exact(p.highWatermark); },
          [](const P &p) { return p.highWatermark; },
          {},
          {},
          Cell::kRight},
        //: Column header: how many messages a consumer group is behind
        C{tr("Lag"),
          tr("Messages behind on this partition"),
          [](const P &p) { return KafkaCells::exact(p.lag); },
          [](const P &p) { return p.lag; },
          {},
          {},
          Cell::kRight},
        C{tr("Time lag"),
          {},
          [](const P &p) { return GroupTableModel::timeLagText(p.timeLagSeconds, p.timeLagIsLowerBound); },
          [](const P &p) { return p.timeLagSeconds; },
          {},
          [](const P &p) { return GroupTableModel::timeLagSourceText(p.timeLagSource); },
          Cell::kRight},
        C{tr("Member"),
          tr("The client the partition is assigned to"),
          [](const P &p) { return p.memberClientId; },
          {},
          {},
          {},
          Cell::kLeft},
        C{tr("Log start"),
          tr("The log start offset: records below it were deleted by retention"),
          [](const P &p) { return KafkaCells::exact(p.logStartOffset); },
          [](const P &p) { return p.logStartOffset; },
          {},
          {},
          Cell::kRight},
        C{tr("Last stable"),
          tr("The last stable offset (LSO): a read_committed consumer reads up to it; below the end offset "
             "while a transaction is open. The lag of a group the profile names read_committed ends here"),
          [](const P &p) { return KafkaCells::exact(p.lastStableOffset); },
          [](const P &p) { return p.lastStableOffset; },
          {},
          [](const P &p) {
              return p.lagEnd == QLatin1String("lso") ? tr("The lag is measured to this offset") : QString();
          },
          Cell::kRight},
        C{tr("Retention"),
          tr("Data lost, or when retention deletes the first record the group has not read at the current "
             "rates; the tooltip says why an estimate is missing"),
          [](const P &p) {
              // "safe" in every row would only hide the rows that matter: the tooltip keeps the reason.
              return p.retention.state == RetentionRisk::State::NotAtRisk
                         ? Cell::dash()
                         : GroupTopicTableModel::retentionText(p.retention);
          },
          [](const P &p) { return p.dataLost ? -1.0 : p.retention.etaSeconds; },
          [](const P &p) {
              return GroupTopicTableModel::retentionColour(p.dataLost, p.retention.etaSeconds);
          },
          [](const P &p) { return GroupTopicTableModel::retentionToolTip(p.retention); }, Cell::kRight},
    });
}

} // namespace Tidewatch
