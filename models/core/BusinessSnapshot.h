#pragma once

#include "BusinessConfig.h"
#include "BusinessEvent.h"
#include "SourceStatus.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>

#include <cmath>

namespace Tidewatch {

/// The consumer's view of one event topic.
struct EventTopicStatus
{
    QString topic;
    EventKind kind = EventKind::Order;
    EventFormat format = EventFormat::Json;
    int partitions = 0;    ///< partitions assigned (follows partition additions)
    qint64 messages = 0;   ///< messages read since the collector started
    qint64 events = 0;     ///< of which decoded into events
    qint64 rejected = 0;   ///< of which rejected (see BusinessSnapshot::rejected)
    qint64 late = 0;       ///< of the events, behind the watermark by more than the allowed lateness
    qint64 duplicates = 0; ///< of the events, seen before (same event id or same bytes)
    qint64 tombstones = 0; ///< empty messages (Debezium tombstones after deletes): not events, not errors
    qint64 lag = -1;       ///< messages between the consumer's position and the end; -1: unknown
    double messagesPerSecond = -1; ///< read rate over the last cycles; negative: unknown
    QString error;                 ///< empty when fine ("topic does not exist", a fetch error, ...)

    friend bool operator==(const EventTopicStatus &, const EventTopicStatus &) = default;
};

/// Counts of one tumbling event-time minute. Each (entity, status) transition counts once, so the same
/// order seen in its JSON topic and its CDC topic is not counted twice.
struct MinuteCounts
{
    qint64 startMs = 0;  ///< window start (event time, a whole minute)
    bool closed = false; ///< the watermark has passed its end plus the allowed lateness: final
    qint64 created = 0;
    qint64 paid = 0;
    qint64 shipped = 0;
    qint64 cancelled = 0;
    qint64 delivered = 0;                  ///< shipments delivered
    qint64 deliveredOnTime = 0;            ///< of those, at or before their promised delivery
    QList<QPair<QString, double>> revenue; ///< sum of paid orders' amounts per currency, by currency

    friend bool operator==(const MinuteCounts &, const MinuteCounts &) = default;
};

/// An order past its ship-by time that has not shipped (and is not cancelled).
struct OverdueOrder
{
    QString orderId;
    QString status;
    QString customer;
    double amount = NAN;
    QString currency;
    qint64 shipByMs = 0;
    qint64 overdueMs = 0; ///< watermark - ship-by
    qint64 lastEventMs = 0;

    friend bool operator==(const OverdueOrder &, const OverdueOrder &) = default;
};

/// The last known state of one shipment.
struct ShipmentState
{
    QString shipmentId;
    QString orderId;
    QString carrier;
    QString status;
    ShipmentStage stage = ShipmentStage::Unknown;
    QString hubCode;         ///< hub of the last event
    QString previousHubCode; ///< hub of the event before (where an in-transit shipment comes from)
    double lat = NAN;        ///< coordinates of hubCode; NaN: unknown
    double lon = NAN;
    qint64 promisedDeliveryMs = -1; ///< -1: unknown
    qint64 etaMs = -1;
    qint64 lastEventMs = 0;
    qint64 lateByMs = 0; ///< watermark (or delivery time) - promised delivery when positive

    friend bool operator==(const ShipmentState &, const ShipmentState &) = default;
};

/// A shipment's ETA moved later.
struct EtaSlip
{
    QString shipmentId;
    QString orderId;
    QString carrier;
    QString hubCode;
    qint64 previousEtaMs = 0;
    qint64 newEtaMs = 0;
    qint64 atMs = 0; ///< event time of the event that moved it

    friend bool operator==(const EtaSlip &, const EtaSlip &) = default;
};

/// A hub seen in shipment events, with what is there now.
struct HubState
{
    QString code;
    QString name;
    double lat = NAN;
    double lon = NAN;
    int atHub = 0;       ///< open shipments whose last event was at this hub and not in transit
    int inTransitTo = 0; ///< open in-transit shipments heading here (last event here, came from elsewhere)
    int late = 0;        ///< open late shipments whose last event was here

    friend bool operator==(const HubState &, const HubState &) = default;
};

/// Open in-transit shipments between two hubs (for the map's lines).
struct HubLink
{
    QString from;
    QString to;
    int shipments = 0;

    friend bool operator==(const HubLink &, const HubLink &) = default;
};

/// Share delivered on time for one carrier or hub (key; empty key: all) over one sliding window.
struct SlaShare
{
    QString key;
    qint64 windowMs = 0;
    qint64 onTime = 0; ///< delivered at or before the promise, delivery in the window
    qint64 total = 0;  ///< delivered in the window, plus open shipments whose promise passed in it
    double ratio() const { return total > 0 ? double(onTime) / double(total) : NAN; }

    friend bool operator==(const SlaShare &, const SlaShare &) = default;
};

/// A broken promise: an order not shipped by its ship-by time, or a shipment not delivered by its
/// promised delivery.
struct SlaBreach
{
    enum class Kind
    {
        ShipBy,
        Delivery
    };
    Kind kind = Kind::Delivery;
    QString orderId;
    QString shipmentId; ///< empty for ship-by breaches of orders without a shipment yet
    QString carrier;
    QString hubCode;
    qint64 dueMs = 0;
    qint64 doneMs = -1; ///< when it shipped / was delivered; -1: still not
    qint64 lateByMs = 0;

    friend bool operator==(const SlaBreach &, const SlaBreach &) = default;
};

/// An event behind the watermark by more than the allowed lateness.
struct LateEvent
{
    EventOrigin origin;
    QString entityId; ///< order or shipment id
    qint64 eventTimeMs = 0;
    qint64 behindMs = 0; ///< watermark - event time when it arrived

    friend bool operator==(const LateEvent &, const LateEvent &) = default;
};

/// Order-to-ship times over one sliding window; NaN when no order shipped in it.
struct ShipTimeQuantiles
{
    qint64 windowMs = 0;
    qint64 count = 0;
    double p50Ms = NAN;
    double p95Ms = NAN;

    friend bool operator==(const ShipTimeQuantiles &, const ShipTimeQuantiles &) = default;
};

/// Live order, shipment and SLA state computed from a cluster's event topics, on event time. Lists are
/// capped at BusinessConfig::listLimit (most urgent first); the counts beside them are exact.
struct BusinessSnapshot
{
    QString clusterName;
    SourceStatus status; ///< the consumer: reachable, errors, last successful fetch
    QList<EventTopicStatus> topics;
    /// Wall-clock time the newest event was read (invalid: none yet). Pages go stale on its age, so a
    /// silent producer shows as stale even while the consumer is fine.
    QDateTime lastEventAt;
    qint64 watermarkMs = -1; ///< the newest event time seen; -1: no event yet
    qint64 allowedLatenessMs = 0;

    // Orders
    qint64 trackedOrders = 0;
    qint64 openOrders = 0;                        ///< not delivered, not cancelled
    QList<QPair<QString, qint64>> ordersByStatus; ///< raw status -> orders now, by count descending
    QList<MinuteCounts> minutes;                  ///< the last 60 event-time minutes, oldest first
    QList<ShipTimeQuantiles> orderToShip;         ///< one per SLA window
    qint64 overdueOrderCount = 0;
    QList<OverdueOrder> overdueOrders; ///< most overdue first

    // Shipments
    qint64 trackedShipments = 0;
    qint64 openShipments = 0;                         ///< not delivered, not failed
    QList<QPair<QString, qint64>> shipmentsByStatus;  ///< open and finished, by status
    QList<QPair<QString, qint64>> shipmentsByCarrier; ///< open shipments per carrier
    qint64 lateShipmentCount = 0;                     ///< open and past their promised delivery
    QList<ShipmentState> lateShipments;               ///< latest first by lateness
    qint64 etaSlipCount = 0;                          ///< ETA moved later within the first SLA window
    QList<EtaSlip> etaSlips;                          ///< newest first
    QList<HubState> hubs;                             ///< by code
    QList<HubLink> links;                             ///< by from, to
    qint64 positionCount = 0;                         ///< open shipments with a known position
    QList<ShipmentState> positions;                   ///< open shipments, most recently updated first

    // SLA
    QList<SlaShare> sla;          ///< overall (empty key), one per SLA window
    QList<SlaShare> slaByCarrier; ///< per window, by carrier
    QList<SlaShare> slaByHub;     ///< per window, by hub code (the hub a shipment was delivered at)
    qint64 breachCount = 0;       ///< breaches within the first SLA window (done or still open)
    QList<SlaBreach> breaches;    ///< newest due first

    // Event quality
    qint64 rejectedCount = 0;
    QList<QPair<QString, qint64>> rejectedByKind; ///< reasonKind -> count
    QList<RejectedEvent> rejected;                ///< newest first
    qint64 lateCount = 0;
    QList<LateEvent> lateEvents; ///< newest first
    qint64 duplicateCount = 0;
    qint64 evictedCount = 0; ///< entities dropped by the caps (not by retention)
    qint64 memoryBytes = 0;  ///< estimate of the state's memory

    bool hasData() const { return watermarkMs >= 0; }
    /// Age of the newest event at @p now (ms), -1 when none was read.
    qint64 eventAgeMs(const QDateTime &now) const
    {
        return lastEventAt.isValid() ? lastEventAt.msecsTo(now) : -1;
    }
    /// The overall SLA share of window @p windowMs; nullptr when not computed.
    const SlaShare *overallSla(qint64 windowMs) const;
    /// The newest closed minute, or nullptr.
    const MinuteCounts *lastClosedMinute() const;
};

} // namespace Tidewatch

Q_DECLARE_METATYPE(Tidewatch::BusinessSnapshot)
