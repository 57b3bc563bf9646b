#pragma once

#include "ColumnTableModel.h"
#include "KafkaSnapshot.h"

namespace Tidewatch {

/// Consumer groups, one row per group id: lag, time lag, Burrow status and trend.
class GroupTableModel : public ColumnTableModel<ConsumerGroupInfo, QString>
{
    Q_OBJECT
public:
    enum ColumnId
    {
        GroupColumn,
        StateColumn,
        MembersColumn,
        LagColumn,
        MaxLagColumn,
        TimeLagColumn,
        StatusColumn,
        TrendColumn,
        RateColumn,
        CatchUpColumn
    };
    explicit GroupTableModel(QObject *parent = nullptr);

    /// "≥ 44 s", "1.2 s", "unknown".
    static QString timeLagText(double seconds, bool lowerBound);
    /// ↑ growing, ↓ shrinking, → steady, empty when unknown.
    static QString trendArrow(LagTrend trend);
    static QColor statusColour(LagStatus status);

protected:
    QString keyOf(const ConsumerGroupInfo &row) const override { return row.groupId; }
};

/// One group's partitions: committed offset, end offset, lag, time lag, member.
class GroupPartitionTableModel : public ColumnTableModel<GroupPartitionLag, QPair<QString, int>>
{
    Q_OBJECT
public:
    explicit GroupPartitionTableModel(QObject *parent = nullptr);

protected:
    QPair<QString, int> keyOf(const GroupPartitionLag &row) const override
    {
        return {row.topic, row.partition};
    }
};

} // namespace Tidewatch
