#include "EventQualityTableModels.h"

#include "BusinessCells.h"

namespace Tidewatch {

namespace {

/// A count column over one field of the topic status; unknown (negative) shows as a dash.
Column<EventTopicStatus> topicCount(const QString &header, const QString &toolTip,
                                    qint64 EventTopicStatus::*field, bool warnWhenPositive = false)
{
    using T = EventTopicStatus;
    return Column<T>{header,
                     toolTip,
                     [field](const T &t) {
                         return t.*field >= 0 ? QVariant(BusinessCells::exact(t.*field))
                                              : QVariant(Cell::dash());
                     },
                     [field](const T &t) { return t.*field; },
                     [field, warnWhenPositive](const T &t) {
                         return warnWhenPositive && t.*field > 0 ? StatusColour::warn() : QColor();
                     },
                     {},
                     Cell::kRight};
}

} // namespace

RejectedEventTableModel::RejectedEventTableModel(QObject *parent)
    : ColumnTableModel(parent)
{
    using C = Column<RejectedEvent>;
    using R = RejectedEvent;
    setColumns({
        C{tr("Seen at"),
          tr("When Tidewatch read the message (local)"),
          [](const R &r) { return BusinessCells::time(r.seenAtMs); },
          [](const R &r) { return r.seenAtMs; },
          {},
          {},
          Cell::kLeft},
        C{tr("Topic"), {}, [](const R &r) { return r.origin.topic; }, {}, {}, {}, Cell::kLeft},
        C{tr("Partition"), {}, [](const R &r) { return r.origin.partition; }, {}, {}, {}, Cell::kRight},
        C{tr("Offset"), {}, [](const R &r) { return r.origin.offset; }, {}, {}, {}, Cell::kRight},
        C{tr("Kind"),
          tr("Why the message was rejected; the tooltip names the code (not-json, missing-field, "
             "wrong-type, bad-time, unknown-op, empty)"),
          [](const R &r) { return BusinessCells::rejectionWords(r.reasonKind); },
          [](const R &r) { return r.reasonKind; }, [](const R &) { return StatusColour::bad(); },
          [](const R &r) { return BusinessCells::codeToolTip(r.reasonKind); }, Cell::kLeft},
        C{tr("Reason"),
          {},
          [](const R &r) { return r.reason; },
          {},
          {},
          [](const R &r) { return r.reason; },
          Cell::kLeft},
        C{tr("Excerpt"),
          tr("The first bytes of the message"),
          [](const R &r) { return r.excerpt; },
          {},
          {},
          [](const R &r) { return r.excerpt; },
          Cell::kLeft},
    });
}

LateEventTableModel::LateEventTableModel(QObject *parent)
    : ColumnTableModel(parent)
{
    using C = Column<LateEvent>;
    using L = LateEvent;
    setColumns({
        C{tr("Topic"), {}, [](const L &l) { return l.origin.topic; }, {}, {}, {}, Cell::kLeft},
        C{tr("Partition"), {}, [](const L &l) { return l.origin.partition; }, {}, {}, {}, Cell::kRight},
        C{tr("Offset"), {}, [](const L &l) { return l.origin.offset; }, {}, {}, {}, Cell::kRight},
        C{tr("Entity"),
          tr("The order or shipment id"),
          [](const L &l) { return l.entityId; },
          {},
          {},
          {},
          Cell::kLeft},
        C{tr("Event time"),
          {},
          [](const L &l) { return BusinessCells::time(l.eventTimeMs); },
          [](const L &l) { return l.eventTimeMs; },
          {},
          {},
          Cell::kLeft},
        C{tr("Behind watermark by"),
          tr("How far the event's time was behind the newest event time seen when it arrived"),
          [](const L &l) { return Format::duration(l.behindMs); },
          [](const L &l) { return l.behindMs; },
          [](const L &) { return StatusColour::warn(); },
          {},
          Cell::kRight},
    });
}

EventTopicTableModel::EventTopicTableModel(QObject *parent)
    : ColumnTableModel(parent)
{
    using C = Column<EventTopicStatus>;
    using T = EventTopicStatus;
    setColumns({
        C{tr("Topic"), {}, [](const T &t) { return t.topic; }, {}, {}, {}, Cell::kLeft},
        C{tr("Kind"),
          tr("What the topic carries and how it is encoded"),
          [](const T &t) { return tr("%1 (%2)").arg(eventKindName(t.kind), eventFormatName(t.format)); },
          {},
          {},
          {},
          Cell::kLeft},
        C{tr("Partitions"),
          tr("Partitions assigned"),
          [](const T &t) { return t.partitions; },
          {},
          {},
          {},
          Cell::kRight},
        topicCount(tr("Messages"), tr("Messages read since Tidewatch started"), &T::messages),
        topicCount(tr("Events"), tr("Messages decoded into events"), &T::events),
        topicCount(tr("Rejected"), tr("Messages the decoder rejected"), &T::rejected, true),
        //: Column header: how many events arrived after the watermark
        topicCount(tr("Late"), tr("Events behind the watermark by more than the allowed lateness"), &T::late,
                   true),
        topicCount(tr("Duplicates"), tr("Events seen before (same event id or same bytes)"), &T::duplicates),
        topicCount(tr("Tombstones"), tr("Empty messages (deletes in a CDC topic): neither events nor errors"),
                   &T::tombstones),
        //: Column header: how many messages of the topic are still unread
        topicCount(tr("Lag"), tr("Messages between Tidewatch's position and the end of the topic"), &T::lag),
        C{tr("Msg/s"),
          tr("Messages read per second over the last cycles"),
          [](const T &t) { return Cell::rate(t.messagesPerSecond); },
          [](const T &t) { return t.messagesPerSecond; },
          {},
          {},
          Cell::kRight},
        C{tr("Error"),
          {},
          [](const T &t) { return t.error; },
          {},
          [](const T &t) { return t.error.isEmpty() ? QColor() : StatusColour::bad(); },
          [](const T &t) { return t.error; },
          Cell::kLeft},
    });
}

} // namespace Tidewatch
