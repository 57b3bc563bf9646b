#include "BusinessState.h"

#include "BusinessStateImpl.h"

#include <QDateTime>

#include <algorithm>
#include <array>
#include <cctype>

namespace Tidewatch {

namespace {

/// Dedupe keys are kept for the retention, but never more than this many (about 40 MB).
constexpr std::size_t kMaxDedupeKeys = 1000000;
/// The per-minute windows kept, also the span of the trend charts.
constexpr qint64 kMinuteHistoryMs = 60 * 60000;
/// How many applied events may pass before the watermark is recomputed over the partitions.
constexpr int kWatermarkEvery = 256;

/// Window records (deliveries, shipments, ETA slips) kept at most, whatever the throughput.
constexpr std::size_t kMaxRecords = 200000;

/// Statuses compare case-insensitively in ASCII, on both sides, so that a non-ASCII status still
/// matches its own spelling.
std::string asciiLower(std::string text)
{
    for (char &c : text)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

template<typename Stage>
void addStages(StringMap<Stage> &out, const QHash<QString, Stage> &in)
{
    for (auto it = in.cbegin(); it != in.cend(); ++it)
        out.emplace(asciiLower(it.key().toStdString()), it.value());
}

/// @p text lower-cased into @p buffer when it fits (status words); otherwise the text itself.
std::string_view lowered(std::string_view text, std::array<char, 64> &buffer)
{
    if (text.size() > buffer.size())
        return text;
    for (std::size_t i = 0; i < text.size(); ++i)
        buffer[i] = char(std::tolower(static_cast<unsigned char>(text[i])));
    return {buffer.data(), text.size()};
}

void assignIfSet(std::string &target, std::string_view value)
{
    if (!value.empty() && target != value)
        target.assign(value);
}

template<typename Entry>
bool isFinished(const Entry &e)
{
    return e.finishedAtMs >= 0;
}

} // namespace

BusinessState::Impl::Impl(const BusinessConfig &c)
    : config(c)
{
    addStages(orderStages, config.statuses.order);
    addStages(shipmentStages, config.statuses.shipment);
    for (const EventTopicConfig &t : std::as_const(config.topics))
        topics.push_back({t.topic, t.kind, t.format, 0, 0, 0, 0, 0});
}

int BusinessState::Impl::topicIndex(const QString &topic)
{
    for (std::size_t i = 0; i < topics.size(); ++i) {
        if (topics[i].topic == topic)
            return int(i);
    }
    topics.push_back({topic, EventKind::Order, EventFormat::Json, 0, 0, 0, 0, 0});
    return int(topics.size() - 1);
}

void BusinessState::Impl::advanceWatermark()
{
    appliedSinceWatermark = 0;
    qint64 candidate = newestEventMs;
    for (const auto &[key, clock] : partitions) {
        if (!clock.behind)
            continue;
        if (clock.maxEventMs < 0)
            return; // a partition with unread messages and no event yet: its time is unknown, wait
        candidate = std::min(candidate, clock.maxEventMs);
    }
    watermark = std::max(watermark, candidate);
}

bool BusinessState::Impl::isClosed(qint64 minuteStartMs) const
{
    return watermark >= minuteStartMs + 60000 + config.allowedLatenessMs;
}

MinuteEntry *BusinessState::Impl::minuteFor(qint64 eventMs)
{
    const qint64 start = minuteStart(eventMs);
    if (watermark >= 0 && start < minuteStart(watermark) - kMinuteHistoryMs)
        return nullptr; // older than the history the windows keep
    if (start != lastMinuteStart || !lastMinute) {
        lastMinute = &minutes[start]; // map nodes stay put until expire() erases (and forgets) them
        lastMinuteStart = start;
    }
    return lastMinute;
}

OrderStage BusinessState::Impl::orderStageOf(std::string_view status) const
{
    std::array<char, 64> buffer;
    const auto it = orderStages.find(lowered(status, buffer));
    return it == orderStages.end() ? OrderStage::Unknown : it->second;
}

ShipmentStage BusinessState::Impl::shipmentStageOf(std::string_view status) const
{
    std::array<char, 64> buffer;
    const auto it = shipmentStages.find(lowered(status, buffer));
    return it == shipmentStages.end() ? ShipmentStage::Unknown : it->second;
}

void BusinessState::Impl::addRevenue(qint64 minuteOfMs, const std::string &currency, double amount)
{
    MinuteEntry *m = minuteFor(minuteOfMs);
    if (!m)
        return;
    auto r = std::find_if(m->revenue.begin(), m->revenue.end(),
                          [&](const auto &p) { return p.first == currency; });
    if (r == m->revenue.end())
        r = m->revenue.insert(m->revenue.end(), {currency, 0.0});
    r->second += amount;
}

void BusinessState::Impl::countStage(OrderEntry &o, OrderStage stage, qint64 eventMs)
{
    qint64 &counted = o.stageMs[std::size_t(stage)];
    if (counted >= 0 && counted <= eventMs)
        return; // counted already, at this time or earlier
    const auto add = [&](qint64 atMs, int sign) {
        MinuteEntry *m = minuteFor(atMs);
        if (!m)
            return;
        switch (stage) {
        case OrderStage::Created:
            m->created += sign;
            break;
        case OrderStage::Paid:
            m->paid += sign;
            break;
        case OrderStage::Shipped:
            m->shipped += sign;
            break;
        case OrderStage::Cancelled:
            m->cancelled += sign;
            break;
        case OrderStage::Unknown:
        case OrderStage::Delivered:
            break;
        }
    };
    if (counted >= 0) {
        // The same transition reported earlier by another topic (or a resent event): it moves to the
        // earlier minute while both windows are open, so each transition counts once at its first time.
        if (isClosed(minuteStart(counted)) || isClosed(minuteStart(eventMs)))
            return;
        add(counted, -1);
        if (stage == OrderStage::Paid && !std::isnan(o.paidAmount)) {
            addRevenue(counted, o.paidCurrency, -o.paidAmount); // exactly what was counted there
            addRevenue(eventMs, o.paidCurrency, o.paidAmount);
        }
    }
    counted = eventMs;
    add(eventMs, +1);
    if (stage == OrderStage::Paid && std::isnan(o.paidAmount) && !std::isnan(o.amount) &&
        !o.currency.empty()) {
        o.paidAmount = o.amount;
        o.paidCurrency = o.currency;
        addRevenue(eventMs, o.currency, o.amount);
    }
}

void BusinessState::Impl::noteHub(const BusinessEvent &e)
{
    if (e.hubCode.empty())
        return;
    auto it = hubs.find(e.hubCode);
    if (it == hubs.end()) {
        if (hubs.size() >= 100000)
            return; // a runaway hub code scheme must not eat the machine
        it = hubs.emplace(std::string(e.hubCode), HubEntry{}).first;
    }
    assignIfSet(it->second.name, e.hubName);
    if (e.hubLat && e.hubLon && std::isfinite(*e.hubLat) && std::isfinite(*e.hubLon)) {
        it->second.lat = *e.hubLat;
        it->second.lon = *e.hubLon;
    }
}

void BusinessState::Impl::applyOrder(const BusinessEvent &e, bool late)
{
    const qint64 t = e.eventTimeMs;
    auto it = orders.find(e.orderId);
    const bool isNew = it == orders.end();
    if (isNew)
        it = orders.emplace(std::string(e.orderId), OrderEntry{}).first;
    OrderEntry &o = it->second;
    const bool newest = isNew || t >= o.lastEventMs;
    if (e.change == BusinessEvent::Change::Delete) {
        if (newest) {
            o.deletedAtMs = t;
            o.lastEventMs = t;
        }
        return;
    }
    if (o.deletedAtMs >= 0) {
        if (t <= o.deletedAtMs)
            return;       // an older event of a row deleted since
        o = OrderEntry{}; // the row was created again: a new order under the old id
    }
    if (e.amount && (newest || std::isnan(o.amount)))
        o.amount = *e.amount;
    if (newest || o.currency.empty())
        assignIfSet(o.currency, e.currency);
    if (newest || o.customer.empty())
        assignIfSet(o.customer, e.customer);
    if (newest || o.shipmentId.empty())
        assignIfSet(o.shipmentId, e.shipmentId);
    if (newest || o.carrier.empty())
        assignIfSet(o.carrier, e.carrier);
    if (e.shipByMs && (newest || o.shipByMs < 0))
        o.shipByMs = *e.shipByMs;
    if (e.promisedDeliveryMs && (newest || o.promisedMs < 0))
        o.promisedMs = *e.promisedDeliveryMs;

    const OrderStage stage = orderStageOf(e.status);
    const bool finishing = stage == OrderStage::Delivered || stage == OrderStage::Cancelled;
    const bool finished = o.finishedAtMs >= 0;
    // Finishing is final: a finishing event sets the state whatever its time; nothing reopens it.
    if ((finishing && (!finished || newest)) || (!finishing && !finished && newest)) {
        assignIfSet(o.status, e.status);
        o.stage = stage;
        if (finishing)
            o.finishedAtMs = finished ? std::max(o.finishedAtMs, t) : t;
    }
    if (newest)
        o.lastEventMs = t;
    if (e.stateOnly)
        return; // a snapshot row: its time is the snapshot's, not a transition's
    if (stage == OrderStage::Shipped && !o.shippedRecorded) {
        o.shippedRecorded = true;
        shipped.push_back({t, o.stageMs[std::size_t(OrderStage::Created)], o.shipByMs, std::string(e.orderId),
                           o.shipmentId, o.carrier});
        keepBounded(shipped);
    }
    if (!late && stage != OrderStage::Unknown)
        countStage(o, stage, t);
    // An amount that arrives after the payment was counted still counts, once, while the minute is open.
    const qint64 paidAt = o.stageMs[std::size_t(OrderStage::Paid)];
    if (paidAt >= 0 && std::isnan(o.paidAmount) && !std::isnan(o.amount) && !o.currency.empty() &&
        !isClosed(minuteStart(paidAt))) {
        o.paidAmount = o.amount;
        o.paidCurrency = o.currency;
        addRevenue(paidAt, o.currency, o.amount);
    }
}

void BusinessState::Impl::applyShipment(const BusinessEvent &e, bool late)
{
    noteHub(e);
    const qint64 t = e.eventTimeMs;
    auto it = shipments.find(e.shipmentId);
    const bool isNew = it == shipments.end();
    if (isNew)
        it = shipments.emplace(std::string(e.shipmentId), ShipmentEntry{}).first;
    ShipmentEntry &s = it->second;
    const bool newest = isNew || t >= s.lastEventMs;
    if (e.change == BusinessEvent::Change::Delete) {
        if (newest) {
            s.deletedAtMs = t;
            s.lastEventMs = t;
        }
        return;
    }
    if (s.deletedAtMs >= 0) {
        if (t <= s.deletedAtMs)
            return;
        s = ShipmentEntry{};
    }
    if (newest || s.orderId.empty())
        assignIfSet(s.orderId, e.orderId);
    if (newest || s.carrier.empty())
        assignIfSet(s.carrier, e.carrier);
    if (e.promisedDeliveryMs && (newest || s.promisedMs < 0))
        s.promisedMs = *e.promisedDeliveryMs;

    const ShipmentStage stage = shipmentStageOf(e.status);
    const bool finishing = stage == ShipmentStage::Delivered || stage == ShipmentStage::Failed;
    const bool finished = s.finishedAtMs >= 0;
    if (e.etaMs) {
        if (newest && !finished && !finishing && !e.stateOnly && s.etaMs >= 0 && *e.etaMs > s.etaMs) {
            ++etaSlipTotal;
            etaSlips.push_front({QString::fromUtf8(e.shipmentId.data(), qsizetype(e.shipmentId.size())),
                                 toQString(s.orderId), toQString(s.carrier),
                                 QString::fromUtf8(e.hubCode.data(), qsizetype(e.hubCode.size())), s.etaMs,
                                 *e.etaMs, t});
            if (etaSlips.size() > kMaxRecords) {
                etaSlips.pop_back();
                ++evictedCount;
            }
        }
        if (newest || s.etaMs < 0)
            s.etaMs = *e.etaMs;
    }
    // Finishing is final, as for orders: a delivered event read after a later-stamped scan still
    // delivers the shipment.
    if ((finishing && (!finished || newest)) || (!finishing && !finished && newest)) {
        assignIfSet(s.status, e.status);
        s.stage = stage;
        if (!e.hubCode.empty() && s.hubCode != e.hubCode) {
            s.previousHubCode = std::move(s.hubCode);
            s.hubCode.assign(e.hubCode);
        }
        if (finishing)
            s.finishedAtMs = finished ? std::max(s.finishedAtMs, t) : t;
    }
    if (newest)
        s.lastEventMs = t;
    if (stage == ShipmentStage::Delivered && s.deliveredMs < 0) {
        s.deliveredMs = t;
        if (e.stateOnly)
            return; // delivered before the snapshot, at a time it does not tell
        const std::string hub = e.hubCode.empty() ? s.hubCode : std::string(e.hubCode);
        deliveries.push_back({t, s.promisedMs, std::string(e.shipmentId), s.orderId, s.carrier, hub});
        keepBounded(deliveries);
        if (!late) {
            if (MinuteEntry *m = minuteFor(t)) {
                ++m->delivered;
                m->deliveredOnTime += (s.promisedMs >= 0 && t <= s.promisedMs) ? 1 : 0;
            }
        }
    }
}

template<typename Record>
void BusinessState::Impl::keepBounded(std::deque<Record> &records)
{
    if (records.size() > kMaxRecords) {
        records.pop_front();
        ++evictedCount;
    }
}

qint64 BusinessState::Impl::keepFinishedMs() const
{
    qint64 longest = 0;
    for (qint64 window : std::as_const(config.slaWindowsMs))
        longest = std::max(longest, window);
    return std::max(config.retentionMs, longest);
}

template<typename Map>
static qint64 evictOldest(Map &map, std::size_t cap)
{
    if (map.size() <= cap)
        return 0;
    // Down to 90 % of the cap at once, so that a full table does not scan on every event.
    const std::size_t keep = cap - cap / 10;
    std::vector<qint64> times;
    times.reserve(map.size());
    for (const auto &[id, entry] : map)
        times.push_back(entry.lastEventMs);
    const std::size_t drop = map.size() - keep;
    std::nth_element(times.begin(), times.begin() + qsizetype(drop - 1), times.end());
    const qint64 cutoff = times[drop - 1];
    qint64 removed = 0;
    for (auto it = map.begin(); it != map.end() && map.size() > keep;) {
        if (it->second.lastEventMs <= cutoff) {
            it = map.erase(it);
            ++removed;
        } else {
            ++it;
        }
    }
    return removed;
}

void BusinessState::Impl::evictOverCap()
{
    evictedCount += evictOldest(orders, std::size_t(std::max(1, config.maxOrders)));
    evictedCount += evictOldest(shipments, std::size_t(std::max(1, config.maxShipments)));
}

BusinessState::BusinessState(const BusinessConfig &config)
    : d(std::make_unique<Impl>(config))
{}

BusinessState::~BusinessState() = default;

BusinessState::Outcome BusinessState::apply(const BusinessEvent &event, const EventOrigin &origin)
{
    Impl &s = *d;
    const int topicIndex = s.topicIndex(origin.topic);
    if (origin.timestampMs >= 0 && event.eventTimeMs > origin.timestampMs + kFutureToleranceMs) {
        const auto iso = [](qint64 ms) {
            return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
        };
        reject({origin,
                QStringLiteral("event time %1 is ahead of the record's timestamp %2")
                    .arg(iso(event.eventTimeMs), iso(origin.timestampMs)),
                QStringLiteral("future-time"), QString(), origin.timestampMs});
        return Outcome::Rejected;
    }
    TopicCounters &topic = s.topics[std::size_t(topicIndex)];
    // The same id in two topics is two events (producers number their topics on their own).
    std::uint64_t key = event.dedupeKey + 0x9E3779B97F4A7C15ULL * std::uint64_t(topicIndex + 1);
    key ^= key >> 31;
    if (!s.seen.insert(key)) {
        ++topic.duplicates;
        ++s.duplicateCount;
        return Outcome::Duplicate;
    }
    s.seenOrder.emplace_back(event.eventTimeMs, key);
    ++topic.events;

    const std::pair<int, int> partitionKey{topicIndex, origin.partition};
    if (partitionKey != s.lastPartitionKey || !s.lastPartition) {
        s.lastPartition = &s.partitions[partitionKey]; // never erased: the pointer stays good
        s.lastPartitionKey = partitionKey;
    }
    PartitionClock &clock = *s.lastPartition;
    clock.maxEventMs = std::max(clock.maxEventMs, event.eventTimeMs);
    s.newestEventMs = std::max(s.newestEventMs, event.eventTimeMs);
    if (s.behindPartitions == 0)
        s.watermark = std::max(s.watermark, s.newestEventMs); // the common, live case: O(1)
    else if (s.watermark < 0 || ++s.appliedSinceWatermark >= kWatermarkEvery)
        s.advanceWatermark(); // catching up: the slowest partition that still has unread messages

    const bool late = s.watermark >= 0 && event.eventTimeMs < s.watermark - s.config.allowedLatenessMs;
    if (late) {
        ++topic.late;
        ++s.lateCount;
        const std::string_view id = event.kind == EventKind::Order ? event.orderId : event.shipmentId;
        s.lateEvents.push_front({origin, QString::fromUtf8(id.data(), qsizetype(id.size())),
                                 event.eventTimeMs, s.watermark - event.eventTimeMs});
        if (s.lateEvents.size() > std::size_t(std::max(1, s.config.listLimit)))
            s.lateEvents.pop_back();
    }
    if (event.kind == EventKind::Order)
        s.applyOrder(event, late);
    else
        s.applyShipment(event, late);
    // The caps hold between cycles too; evicting down to 90 % keeps this rare.
    if (s.orders.size() > std::size_t(std::max(1, s.config.maxOrders)) ||
        s.shipments.size() > std::size_t(std::max(1, s.config.maxShipments)))
        s.evictOverCap();
    return late ? Outcome::Late : Outcome::Applied;
}

void BusinessState::reject(const RejectedEvent &rejected)
{
    Impl &s = *d;
    ++s.topics[std::size_t(s.topicIndex(rejected.origin.topic))].rejected;
    ++s.rejectedCount;
    ++s.rejectedByKind[rejected.reasonKind];
    s.rejected.push_front(rejected);
    if (s.rejected.size() > std::size_t(std::max(1, s.config.listLimit)))
        s.rejected.pop_back();
}

void BusinessState::tombstone(const QString &topic)
{
    ++d->topics[std::size_t(d->topicIndex(topic))].tombstones;
}

void BusinessState::setPartitionBehind(const QString &topic, int partition, bool behind)
{
    PartitionClock &clock = d->partitions[{d->topicIndex(topic), partition}];
    if (clock.behind != behind)
        d->behindPartitions += behind ? 1 : -1;
    clock.behind = behind;
    d->advanceWatermark();
}

int BusinessState::expire()
{
    Impl &s = *d;
    s.advanceWatermark();
    const qint64 w = s.watermark;
    if (w < 0)
        return 0;
    const qint64 finishedBefore = w - s.keepFinishedMs();
    const qint64 silentBefore = w - s.config.openRetentionMs;
    int removed = 0;
    const auto sweep = [&](auto &map) {
        removed += int(std::erase_if(map, [&](const auto &entry) {
            const auto &e = entry.second;
            if (e.deletedAtMs >= 0)
                return e.deletedAtMs < finishedBefore;
            return isFinished(e) ? e.finishedAtMs < finishedBefore : e.lastEventMs < silentBefore;
        }));
    };
    sweep(s.orders);
    sweep(s.shipments);
    while (!s.seenOrder.empty() &&
           (s.seenOrder.front().first < finishedBefore || s.seenOrder.size() > kMaxDedupeKeys)) {
        s.seen.erase(s.seenOrder.front().second);
        s.seenOrder.pop_front();
    }
    const qint64 oldestMinute = minuteStart(w) - kMinuteHistoryMs;
    s.minutes.erase(s.minutes.begin(), s.minutes.lower_bound(oldestMinute));
    s.lastMinute = nullptr;
    qint64 longestWindow = 0;
    for (qint64 window : std::as_const(s.config.slaWindowsMs))
        longestWindow = std::max(longestWindow, window);
    const qint64 windowStart = w - longestWindow;
    std::erase_if(s.deliveries, [&](const DeliveryRecord &r) { return r.deliveredMs < windowStart; });
    std::erase_if(s.shipped, [&](const ShippedRecord &r) { return r.shippedMs < windowStart; });
    std::erase_if(s.etaSlips, [&](const EtaSlip &r) { return r.atMs < windowStart; });
    s.evictOverCap();
    return removed;
}

qint64 BusinessState::watermarkMs() const
{
    return d->watermark;
}

std::size_t BusinessState::trackedOrders() const
{
    return d->orders.size();
}

std::size_t BusinessState::trackedShipments() const
{
    return d->shipments.size();
}

const BusinessConfig &BusinessState::config() const
{
    return d->config;
}

} // namespace Tidewatch
