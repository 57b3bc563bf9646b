// BusinessState::snapshot(): the figures, lists and per-topic counters at the current watermark.

#include "BusinessState.h"

#include "BusinessStateImpl.h"

#include <algorithm>
#include <map>

namespace Tidewatch {

namespace {

/// Heap bytes of @p s beyond the object itself (short strings live inside it).
std::size_t heapBytes(const std::string &s)
{
    return s.capacity() > 15 ? s.capacity() + 1 : 0;
}

/// Rough cost of one node of an unordered_map: the node, its cached hash, the bucket pointer.
constexpr std::size_t kNodeOverhead = 2 * sizeof(void *) + sizeof(std::size_t);

template<typename Key>
QList<QPair<QString, qint64>> sortedCounts(const std::map<Key, qint64> &counts)
{
    QList<QPair<QString, qint64>> out;
    for (const auto &[key, count] : counts) {
        if constexpr (std::is_same_v<Key, QString>)
            out.append({key, count});
        else
            out.append({toQString(key), count});
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const auto &a, const auto &b) { return a.second > b.second; });
    return out;
}

double quantile(std::vector<double> &values, double q)
{
    if (values.empty())
        return NAN;
    const std::size_t index = std::min(values.size() - 1, std::size_t(q * double(values.size() - 1) + 0.5));
    std::nth_element(values.begin(), values.begin() + qsizetype(index), values.end());
    return values[index];
}

using OrderItem = std::pair<const std::string, OrderEntry>;
using ShipmentItem = std::pair<const std::string, ShipmentEntry>;

/// A breach before it becomes a row: pointers into the state, valid during snapshot().
struct BreachRef
{
    SlaBreach::Kind kind;
    qint64 dueMs;
    qint64 doneMs;
    qint64 lateByMs;
    const std::string *orderId;
    const std::string *shipmentId;
    const std::string *carrier;
    const std::string *hubCode;
};

/// Keeps the first @p limit of @p items in @p less order, sorted.
template<typename T, typename Less>
void keepFirst(std::vector<T> &items, int limit, Less less)
{
    const std::size_t keep = std::min(items.size(), std::size_t(std::max(0, limit)));
    std::partial_sort(items.begin(), items.begin() + qsizetype(keep), items.end(), less);
    items.resize(keep);
}

} // namespace

BusinessSnapshot BusinessState::snapshot() const
{
    const Impl &s = *d;
    BusinessSnapshot out;
    const qint64 w = s.watermark;
    const int limit = std::max(0, s.config.listLimit);
    out.watermarkMs = w;
    out.allowedLatenessMs = s.config.allowedLatenessMs;
    for (const TopicCounters &t : s.topics) {
        EventTopicStatus row;
        row.topic = t.topic;
        row.kind = t.kind;
        row.format = t.format;
        row.events = t.events;
        row.rejected = t.rejected;
        row.late = t.late;
        row.duplicates = t.duplicates;
        row.tombstones = t.tombstones;
        out.topics.append(row);
    }
    out.rejectedCount = s.rejectedCount;
    out.rejectedByKind = sortedCounts(s.rejectedByKind);
    out.rejected = QList<RejectedEvent>(s.rejected.cbegin(), s.rejected.cend());
    out.lateCount = s.lateCount;
    out.lateEvents = QList<LateEvent>(s.lateEvents.cbegin(), s.lateEvents.cend());
    out.duplicateCount = s.duplicateCount;
    out.evictedCount = s.evictedCount;
    out.memoryBytes = qint64(memoryBytes());

    for (const auto &[start, m] : s.minutes) {
        MinuteCounts c;
        c.startMs = start;
        c.closed = s.isClosed(start);
        c.created = m.created;
        c.paid = m.paid;
        c.shipped = m.shipped;
        c.cancelled = m.cancelled;
        c.delivered = m.delivered;
        c.deliveredOnTime = m.deliveredOnTime;
        for (const auto &[currency, amount] : m.revenue)
            c.revenue.append({toQString(currency), amount});
        std::sort(c.revenue.begin(), c.revenue.end());
        out.minutes.append(c);
    }

    // Orders: by status, open, overdue. Lists are chosen on raw entries first and only the rows
    // kept become QStrings: at 100,000 open orders a snapshot must not build 100,000 rows to show 200.
    const qint64 firstWindow = s.config.slaWindowsMs.value(0, 15 * 60000);
    std::vector<BreachRef> breaches;
    std::map<std::string, qint64> orderStatus;
    std::vector<const OrderItem *> overdue;
    for (const auto &item : s.orders) {
        const OrderEntry &o = item.second;
        if (o.deletedAtMs >= 0)
            continue;
        ++out.trackedOrders;
        ++orderStatus[o.status];
        const bool finished = o.finishedAtMs >= 0;
        out.openOrders += finished ? 0 : 1;
        const bool shippedAlready = o.stage == OrderStage::Shipped || o.stage == OrderStage::Delivered;
        if (finished || shippedAlready || o.shipByMs < 0 || w < 0 || o.shipByMs >= w)
            continue;
        overdue.push_back(&item);
        if (o.shipByMs >= w - firstWindow)
            breaches.push_back({SlaBreach::Kind::ShipBy, o.shipByMs, -1, w - o.shipByMs, &item.first,
                                &o.shipmentId, &o.carrier, nullptr});
    }
    out.ordersByStatus = sortedCounts(orderStatus);
    out.overdueOrderCount = qint64(overdue.size());
    keepFirst(overdue, limit, [](const OrderItem *a, const OrderItem *b) {
        return a->second.shipByMs != b->second.shipByMs ? a->second.shipByMs < b->second.shipByMs
                                                        : a->first < b->first;
    });
    for (const OrderItem *item : overdue) {
        const OrderEntry &o = item->second;
        out.overdueOrders.append({toQString(item->first), toQString(o.status), toQString(o.customer),
                                  o.amount, toQString(o.currency), o.shipByMs, w - o.shipByMs,
                                  o.lastEventMs});
    }

    for (qint64 window : std::as_const(s.config.slaWindowsMs)) {
        std::vector<double> times;
        for (const ShippedRecord &r : s.shipped) {
            if (r.shippedMs >= w - window && r.createdMs >= 0)
                times.push_back(double(r.shippedMs - r.createdMs));
        }
        ShipTimeQuantiles q;
        q.windowMs = window;
        q.count = qint64(times.size());
        q.p50Ms = quantile(times, 0.5);
        q.p95Ms = quantile(times, 0.95);
        out.orderToShip.append(q);
    }

    // Shipments: by status and carrier, late, positions, hubs and links.
    std::map<std::string, qint64> shipmentStatus;
    std::map<std::string, qint64> carriers;
    std::map<std::string, HubState> hubs;
    std::map<std::pair<std::string, std::string>, int> links;
    // Open shipments whose promise passed within each window: breaches that count against the SLA.
    std::map<std::pair<qint64, std::string>, qint64> openOverdueByCarrier;
    std::map<std::pair<qint64, std::string>, qint64> openOverdueByHub;
    std::vector<const ShipmentItem *> late;
    std::vector<const ShipmentItem *> positioned;
    for (const auto &item : s.shipments) {
        const ShipmentEntry &sh = item.second;
        if (sh.deletedAtMs >= 0)
            continue;
        ++out.trackedShipments;
        ++shipmentStatus[sh.status];
        if (sh.finishedAtMs >= 0)
            continue;
        ++out.openShipments;
        ++carriers[sh.carrier];
        const bool isLate = sh.promisedMs >= 0 && w >= 0 && sh.promisedMs < w;
        if (!sh.hubCode.empty()) {
            HubState &h = hubs[sh.hubCode];
            const bool moving =
                (sh.stage == ShipmentStage::InTransit || sh.stage == ShipmentStage::Delayed) &&
                !sh.previousHubCode.empty() && sh.previousHubCode != sh.hubCode;
            if (moving) {
                ++h.inTransitTo;
                ++links[{sh.previousHubCode, sh.hubCode}];
            } else {
                ++h.atHub;
            }
            h.late += isLate ? 1 : 0;
            positioned.push_back(&item);
        }
        if (!isLate)
            continue;
        late.push_back(&item);
        for (qint64 window : std::as_const(s.config.slaWindowsMs)) {
            if (sh.promisedMs >= w - window) {
                ++openOverdueByCarrier[{window, sh.carrier}];
                ++openOverdueByHub[{window, sh.hubCode}];
            }
        }
        if (sh.promisedMs >= w - firstWindow)
            breaches.push_back({SlaBreach::Kind::Delivery, sh.promisedMs, -1, w - sh.promisedMs, &sh.orderId,
                                &item.first, &sh.carrier, &sh.hubCode});
    }
    out.shipmentsByStatus = sortedCounts(shipmentStatus);
    out.shipmentsByCarrier = sortedCounts(carriers);
    const auto shipmentState = [&](const ShipmentItem *item) {
        const ShipmentEntry &sh = item->second;
        ShipmentState state{toQString(item->first),
                            toQString(sh.orderId),
                            toQString(sh.carrier),
                            toQString(sh.status),
                            sh.stage,
                            toQString(sh.hubCode),
                            toQString(sh.previousHubCode),
                            NAN,
                            NAN,
                            sh.promisedMs,
                            sh.etaMs,
                            sh.lastEventMs,
                            sh.promisedMs >= 0 && sh.promisedMs < w ? w - sh.promisedMs : 0};
        const auto hub = s.hubs.find(sh.hubCode);
        if (hub != s.hubs.end()) {
            state.lat = hub->second.lat;
            state.lon = hub->second.lon;
        }
        return state;
    };
    out.lateShipmentCount = qint64(late.size());
    keepFirst(late, limit, [](const ShipmentItem *a, const ShipmentItem *b) {
        return a->second.promisedMs != b->second.promisedMs ? a->second.promisedMs < b->second.promisedMs
                                                            : a->first < b->first;
    });
    for (const ShipmentItem *item : late)
        out.lateShipments.append(shipmentState(item));
    out.positionCount = qint64(positioned.size());
    keepFirst(positioned, limit, [](const ShipmentItem *a, const ShipmentItem *b) {
        return a->second.lastEventMs != b->second.lastEventMs ? a->second.lastEventMs > b->second.lastEventMs
                                                              : a->first < b->first;
    });
    for (const ShipmentItem *item : positioned)
        out.positions.append(shipmentState(item));
    for (const auto &[code, hub] : s.hubs) {
        const auto counted = hubs.find(code);
        HubState h = counted != hubs.end() ? counted->second : HubState{};
        h.code = toQString(code);
        h.name = toQString(hub.name);
        h.lat = hub.lat;
        h.lon = hub.lon;
        out.hubs.append(h);
    }
    for (const auto &[key, count] : links)
        out.links.append({toQString(key.first), toQString(key.second), count});
    for (const EtaSlip &slip : s.etaSlips) {
        if (slip.atMs >= w - firstWindow) {
            ++out.etaSlipCount;
            if (out.etaSlips.size() < limit)
                out.etaSlips.append(slip);
        }
    }

    // SLA: deliveries in each window, on time or not, plus the open shipments already past their promise.
    for (qint64 window : std::as_const(s.config.slaWindowsMs)) {
        SlaShare overall{QString(), window, 0, 0};
        std::map<std::string, SlaShare> byCarrier;
        std::map<std::string, SlaShare> byHub;
        for (const DeliveryRecord &r : s.deliveries) {
            if (r.deliveredMs < w - window || r.promisedMs < 0)
                continue;
            const qint64 onTime = r.deliveredMs <= r.promisedMs ? 1 : 0;
            for (SlaShare *share : {&overall, &byCarrier[r.carrier], &byHub[r.hubCode]}) {
                share->onTime += onTime;
                ++share->total;
            }
            if (!onTime && window == firstWindow)
                breaches.push_back({SlaBreach::Kind::Delivery, r.promisedMs, r.deliveredMs,
                                    r.deliveredMs - r.promisedMs, &r.orderId, &r.shipmentId, &r.carrier,
                                    &r.hubCode});
        }
        for (const auto &[key, count] : openOverdueByCarrier) {
            if (key.first == window) {
                byCarrier[key.second].total += count;
                overall.total += count;
            }
        }
        for (const auto &[key, count] : openOverdueByHub) {
            if (key.first == window)
                byHub[key.second].total += count;
        }
        out.sla.append(overall);
        for (auto &[carrier, share] : byCarrier) {
            share.key = toQString(carrier);
            share.windowMs = window;
            out.slaByCarrier.append(share);
        }
        for (auto &[hub, share] : byHub) {
            share.key = toQString(hub);
            share.windowMs = window;
            out.slaByHub.append(share);
        }
    }
    // Ship-by breaches of orders that shipped late within the first window.
    for (const ShippedRecord &r : s.shipped) {
        if (r.shipByMs >= 0 && r.shippedMs > r.shipByMs && r.shipByMs >= w - firstWindow)
            breaches.push_back({SlaBreach::Kind::ShipBy, r.shipByMs, r.shippedMs, r.shippedMs - r.shipByMs,
                                &r.orderId, &r.shipmentId, &r.carrier, nullptr});
    }
    out.breachCount = qint64(breaches.size());
    keepFirst(breaches, limit, [](const BreachRef &a, const BreachRef &b) {
        return a.dueMs != b.dueMs ? a.dueMs > b.dueMs : *a.orderId < *b.orderId;
    });
    const auto text = [](const std::string *p) {
        return p ? toQString(*p) : QString();
    };
    for (const BreachRef &b : breaches) {
        out.breaches.append({b.kind, text(b.orderId), text(b.shipmentId), text(b.carrier), text(b.hubCode),
                             b.dueMs, b.doneMs, b.lateByMs});
    }
    return out;
}

std::size_t BusinessState::memoryBytes() const
{
    const Impl &s = *d;
    std::size_t bytes = sizeof(Impl);
    for (const auto &[id, o] : s.orders) {
        bytes += sizeof(std::pair<const std::string, OrderEntry>) + kNodeOverhead + heapBytes(id) +
                 heapBytes(o.status) + heapBytes(o.currency) + heapBytes(o.customer) +
                 heapBytes(o.shipmentId) + heapBytes(o.carrier);
    }
    bytes += s.orders.bucket_count() * sizeof(void *);
    for (const auto &[id, sh] : s.shipments) {
        bytes += sizeof(std::pair<const std::string, ShipmentEntry>) + kNodeOverhead + heapBytes(id) +
                 heapBytes(sh.orderId) + heapBytes(sh.status) + heapBytes(sh.carrier) +
                 heapBytes(sh.hubCode) + heapBytes(sh.previousHubCode);
    }
    bytes += s.shipments.bucket_count() * sizeof(void *);
    bytes += s.seen.memoryBytes();
    bytes += s.seenOrder.size() * sizeof(std::pair<qint64, std::uint64_t>);
    bytes +=
        s.deliveries.size() * (sizeof(DeliveryRecord) + 32) + s.shipped.size() * (sizeof(ShippedRecord) + 32);
    bytes += s.minutes.size() * (sizeof(MinuteEntry) + 64);
    bytes += (s.etaSlips.size() + s.lateEvents.size() + s.rejected.size()) * 256;
    return bytes;
}

} // namespace Tidewatch
