#pragma once

#include "ColumnTableModel.h"
#include "KafkaSnapshot.h"

#include <QHash>

#include <functional>

namespace Tidewatch {

/// Consumer groups, one row per group id: lag, time lag, Burrow status and trend.
class GroupTableModel : public ColumnTableModel<ConsumerGroupInfo, QString>
{
    Q_OBJECT
public:
    enum ColumnId
    {
        GroupColumn,
        StatusColumn, ///< right after the name: what an operator reads first
        StateColumn,
        MembersColumn,
        LagColumn,
        MaxLagColumn,
        TimeLagColumn,
        TrendColumn,
        RateColumn,
        CatchUpColumn,
        RetentionColumn,    ///< data lost, or the soonest retention ETA
        TransactionsColumn, ///< hanging transactions under the group's partitions
        ClientsColumn,      ///< the members' client ids and hosts
        /// Only while a sparkline provider is set; last, so the other columns keep their numbers.
        SparklineColumn
    };
    /// The recent lag of a group for SparklineColumn: GroupTableModel::SparklinePoints values over
    /// the last SparklineWindowMs, evenly spaced, oldest first, NaN where unknown; empty: no history.
    using SparklineProvider = std::function<QList<double>(const QString &groupId)>;
    static constexpr qint64 SparklineWindowMs = 5 * 60 * 1000;
    static constexpr int SparklinePoints = 40;

    explicit GroupTableModel(QObject *parent = nullptr);

    /// Adds SparklineColumn, its values coming from @p provider; an empty provider removes it. The
    /// model holds no history itself: the page that owns one provides it.
    void setSparklineProvider(SparklineProvider provider);
    /// Forgets the values asked for so far (after setRows(), when a snapshot was recorded) and emits
    /// one dataChanged for SparklineColumn. The provider is asked again for a row only when its
    /// sparkline is read (a paint of a visible row, its tooltip), once per refresh: a table of 2,000
    /// groups showing 30 of them queries the history 30 times per frame, not 2,000.
    void refreshSparklines();
    /// How often the provider was asked since construction (a figure for tests and benchmarks).
    qint64 sparklineQueries() const { return m_sparklineQueries; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /// "≥ 44 s", "1.2 s", "unknown".
    static QString timeLagText(double seconds, bool lowerBound);
    /// Where a partition's time lag comes from, for its tooltip (translated); empty when unknown.
    static QString timeLagSourceText(TimeLagSource source);
    /// ↑ growing, ↓ shrinking, → steady, empty when unknown.
    static QString trendArrow(LagTrend trend);
    /// Burrow's status by severity: errors red, WARN amber, OK green, NOTFOUND grey.
    static QColor statusColour(LagStatus status);
    /// A group state in plain words ("stable", "no members", "rebalancing"); unknown states as given.
    static QString stateText(const QString &state);
    /// The members' client ids and hosts in one line: "orders-app on /10.0.0.5", "orders-app on 3
    /// hosts", "orders-app, billing on 2 hosts"; empty without members.
    static QString clientsText(const QList<GroupMember> &members);
    /// Every member on its own line: client id, host, member id and partition count.
    static QString membersToolTip(const QList<GroupMember> &members);
    /// Amber for offset figures that are not current (ConsumerGroupInfo::offsetsFailed).
    static QColor notCurrentColour(const ConsumerGroupInfo &group);
    /// Why those figures are not current and when they were read; empty when they are current.
    static QString notCurrentNote(const ConsumerGroupInfo &group);

protected:
    QString keyOf(const ConsumerGroupInfo &row) const override { return row.groupId; }

private:
    QList<Column<ConsumerGroupInfo>> columns() const;
    QString sparklineToolTip(const ConsumerGroupInfo &group) const;
    /// The sparkline of @p groupId, asked of the provider on first use after a refresh.
    const QList<double> &sparkline(const QString &groupId) const;

    SparklineProvider m_sparklineProvider;
    /// By group id: the values read since the last refreshSparklines() (empty: no history). Filled
    /// lazily from const data(), hence mutable.
    mutable QHash<QString, QList<double>> m_sparklines;
    mutable qint64 m_sparklineQueries = 0;
};

/// One group's partitions: committed offset, end offset and lag exact (a detail view), time lag,
/// member.
class GroupPartitionTableModel : public ColumnTableModel<GroupPartitionLag, QPair<QString, int>>
{
    Q_OBJECT
public:
    enum ColumnId
    {
        TopicColumn,
        PartitionColumn,
        StatusColumn,
        CommittedColumn,
        EndOffsetColumn,
        LagColumn,
        TimeLagColumn,
        MemberColumn,
        LogStartColumn,
        StableOffsetColumn, ///< the LSO; the lag ends there for a read_committed group
        RetentionColumn,
    };
    explicit GroupPartitionTableModel(QObject *parent = nullptr);

protected:
    QPair<QString, int> keyOf(const GroupPartitionLag &row) const override
    {
        return {row.topic, row.partition};
    }
};

} // namespace Tidewatch
