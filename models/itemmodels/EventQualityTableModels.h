#pragma once

#include "BusinessSnapshot.h"
#include "ColumnTableModel.h"

#include <tuple>

namespace Tidewatch {

/// Where a message sits: topic, partition, offset (the key of the event-quality tables).
using MessageKey = std::tuple<QString, int, qint64>;

/// Messages the decoder rejected, one row per message.
class RejectedEventTableModel : public ColumnTableModel<RejectedEvent, MessageKey>
{
    Q_OBJECT
public:
    enum ColumnId
    {
        SeenAtColumn,
        TopicColumn,
        PartitionColumn,
        OffsetColumn,
        KindColumn,
        ReasonColumn,
        ExcerptColumn
    };
    explicit RejectedEventTableModel(QObject *parent = nullptr);

protected:
    MessageKey keyOf(const RejectedEvent &row) const override
    {
        return {row.origin.topic, row.origin.partition, row.origin.offset};
    }
};

/// Events behind the watermark by more than the allowed lateness, one row per message.
class LateEventTableModel : public ColumnTableModel<LateEvent, MessageKey>
{
    Q_OBJECT
public:
    enum ColumnId
    {
        TopicColumn,
        PartitionColumn,
        OffsetColumn,
        EntityColumn,
        EventTimeColumn,
        BehindColumn
    };
    explicit LateEventTableModel(QObject *parent = nullptr);

protected:
    MessageKey keyOf(const LateEvent &row) const override
    {
        return {row.origin.topic, row.origin.partition, row.origin.offset};
    }
};

/// The consumer's view of each event topic, one row per topic.
class EventTopicTableModel : public ColumnTableModel<EventTopicStatus, QString>
{
    Q_OBJECT
public:
    enum ColumnId
    {
        TopicColumn,
        KindColumn,
        PartitionsColumn,
        MessagesColumn,
        EventsColumn,
        RejectedColumn,
        LateColumn,
        DuplicatesColumn,
        TombstonesColumn,
        LagColumn,
        RateColumn,
        ErrorColumn
    };
    explicit EventTopicTableModel(QObject *parent = nullptr);

protected:
    QString keyOf(const EventTopicStatus &row) const override { return row.topic; }
};

} // namespace Tidewatch
