#pragma once

// Private to BusinessState: the entity tables, windows and lists the aggregator keeps. Shared by
// BusinessState.cpp (applying events) and BusinessFigures.cpp (building snapshots).

#include "BusinessState.h"
#include "FlatKeySet.h"

#include <array>
#include <cmath>
#include <cstdint>
#include <deque>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace Tidewatch {

/// Hashes std::string and std::string_view alike, so maps keyed by std::string are looked up with a
/// view into the message without allocating.
struct StringHash
{
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};

template<typename T>
using StringMap = std::unordered_map<std::string, T, StringHash, std::equal_to<>>;

inline constexpr int kOrderStages = 6; ///< OrderStage values

struct OrderEntry
{
    std::string status;
    std::string currency;
    std::string customer;
    std::string shipmentId;
    std::string carrier;
    double amount = NAN;
    qint64 lastEventMs = 0;
    qint64 shipByMs = -1;
    qint64 promisedMs = -1;
    qint64 finishedAtMs = -1; ///< event time it was delivered or cancelled; -1: open
    qint64 deletedAtMs = -1;  ///< event time of a CDC delete; -1: not deleted
    /// The earliest event time at which each stage was counted in a minute window; -1: not counted.
    std::array<qint64, kOrderStages> stageMs{-1, -1, -1, -1, -1, -1};
    OrderStage stage = OrderStage::Unknown;
    bool shippedRecorded = false; ///< a ShippedRecord was kept for it
    /// The revenue counted in the minute of stageMs[Paid]: moved or corrected by exactly this.
    double paidAmount = NAN;
    std::string paidCurrency;
};

struct ShipmentEntry
{
    std::string orderId;
    std::string status;
    std::string carrier;
    std::string hubCode;
    std::string previousHubCode;
    qint64 lastEventMs = 0;
    qint64 promisedMs = -1;
    qint64 etaMs = -1;
    qint64 deliveredMs = -1;
    qint64 finishedAtMs = -1;
    qint64 deletedAtMs = -1;
    ShipmentStage stage = ShipmentStage::Unknown;
};

struct HubEntry
{
    std::string name;
    double lat = NAN;
    double lon = NAN;
};

struct MinuteEntry
{
    qint64 created = 0;
    qint64 paid = 0;
    qint64 shipped = 0;
    qint64 cancelled = 0;
    qint64 delivered = 0;
    qint64 deliveredOnTime = 0;
    std::vector<std::pair<std::string, double>> revenue;
};

/// A shipment delivered, kept for the sliding SLA windows.
struct DeliveryRecord
{
    qint64 deliveredMs = 0;
    qint64 promisedMs = -1;
    std::string shipmentId;
    std::string orderId;
    std::string carrier;
    std::string hubCode;
};

/// An order shipped, kept for order-to-ship times and ship-by breaches.
struct ShippedRecord
{
    qint64 shippedMs = 0;
    qint64 createdMs = -1;
    qint64 shipByMs = -1;
    std::string orderId;
    std::string shipmentId;
    std::string carrier;
};

struct TopicCounters
{
    QString topic;
    EventKind kind = EventKind::Order;
    EventFormat format = EventFormat::Json;
    qint64 events = 0;
    qint64 rejected = 0;
    qint64 late = 0;
    qint64 duplicates = 0;
    qint64 tombstones = 0;
};

struct PartitionClock
{
    qint64 maxEventMs = -1;
    bool behind = false; ///< has unread messages (set by the collector)
};

struct BusinessState::Impl
{
    explicit Impl(const BusinessConfig &c);

    BusinessConfig config;
    StringMap<OrderStage> orderStages;       ///< lower-case status -> stage
    StringMap<ShipmentStage> shipmentStages; ///< lower-case status -> stage
    std::vector<TopicCounters> topics;
    std::map<std::pair<int, int>, PartitionClock> partitions; ///< (topic index, partition)

    StringMap<OrderEntry> orders;
    StringMap<ShipmentEntry> shipments;
    StringMap<HubEntry> hubs;
    std::map<qint64, MinuteEntry> minutes; ///< by window start

    FlatKeySet seen;                                        ///< dedupe keys
    std::deque<std::pair<qint64, std::uint64_t>> seenOrder; ///< (event time, key) in arrival order

    std::deque<DeliveryRecord> deliveries;
    std::deque<ShippedRecord> shipped;
    std::deque<EtaSlip> etaSlips;
    std::deque<LateEvent> lateEvents;
    std::deque<RejectedEvent> rejected;
    std::map<QString, qint64> rejectedByKind;

    qint64 watermark = -1;
    qint64 newestEventMs = -1;
    qint64 lateCount = 0;
    qint64 rejectedCount = 0;
    qint64 duplicateCount = 0;
    qint64 evictedCount = 0; ///< entities and window records dropped by the caps
    qint64 etaSlipTotal = 0;
    int appliedSinceWatermark = 0;
    // The last topic, partition and minute met: consecutive events mostly share them.
    const void *lastTopicData = nullptr;
    int lastTopicIndex = -1;
    std::pair<int, int> lastPartitionKey{-1, -1};
    PartitionClock *lastPartition = nullptr;
    qint64 lastMinuteStart = -1;
    MinuteEntry *lastMinute = nullptr;
    int behindPartitions = 0;

    int topicIndex(const QString &topic);
    void advanceWatermark();
    MinuteEntry *minuteFor(qint64 eventMs);
    bool isClosed(qint64 minuteStartMs) const;
    void countStage(OrderEntry &o, OrderStage stage, qint64 eventMs);
    void addRevenue(qint64 minuteOfMs, const std::string &currency, double amount);
    /// Finished entities and dedupe keys are kept this long: the retention, but at least the longest
    /// SLA window, so that an event resent within a window cannot count a second time.
    qint64 keepFinishedMs() const;
    template<typename Record>
    void keepBounded(std::deque<Record> &records);
    void applyOrder(const BusinessEvent &e, bool late);
    void applyShipment(const BusinessEvent &e, bool late);
    void noteHub(const BusinessEvent &e);
    OrderStage orderStageOf(std::string_view status) const;
    ShipmentStage shipmentStageOf(std::string_view status) const;
    void evictOverCap();
};

/// Minute window start of @p ms (floor, also for times before 1970).
inline qint64 minuteStart(qint64 ms)
{
    const qint64 m = 60000;
    return (ms >= 0 ? ms / m : (ms - m + 1) / m) * m;
}

inline QString toQString(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

} // namespace Tidewatch
