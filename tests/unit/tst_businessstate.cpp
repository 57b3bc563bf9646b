#include "BusinessHistory.h"
#include "BusinessState.h"
#include "FlatKeySet.h"
#include "SnapshotJson.h"

#include <QJsonArray>
#include <QJsonObject>

#include <QTest>

#include <deque>
#include <random>
#include <string>
#include <unordered_set>

using namespace Tidewatch;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 T0 = 1'779'999'980'000; // a whole minute plus 20 s
constexpr qint64 kMin = 60000;

/// Owns the strings a BusinessEvent points into.
struct Ev
{
    EventKind kind = EventKind::Order;
    BusinessEvent::Change change = BusinessEvent::Change::Upsert;
    std::string id;
    std::string order;
    std::string status;
    qint64 timeMs = 0;
    std::uint64_t key = 0; ///< 0: derived from id, status and time
    std::optional<double> amount;
    std::string currency;
    std::string carrier;
    std::string hub;
    std::optional<double> lat, lon;
    std::optional<qint64> shipBy, promised, eta;

    BusinessEvent event() const
    {
        BusinessEvent e;
        e.kind = kind;
        e.change = change;
        if (kind == EventKind::Order) {
            e.orderId = id;
        } else {
            e.shipmentId = id;
            e.orderId = order;
        }
        e.status = status;
        e.eventTimeMs = timeMs;
        e.dedupeKey = key ? key : std::hash<std::string>{}(id + '|' + status + '|' + std::to_string(timeMs));
        e.amount = amount;
        e.currency = currency;
        e.carrier = carrier;
        e.hubCode = hub;
        e.hubName = hub;
        e.hubLat = lat;
        e.hubLon = lon;
        e.shipByMs = shipBy;
        e.promisedDeliveryMs = promised;
        e.etaMs = eta;
        return e;
    }
};

Ev order(const std::string &id, const std::string &status, qint64 t)
{
    Ev e;
    e.id = id;
    e.status = status;
    e.timeMs = t;
    return e;
}

Ev shipment(const std::string &id, const std::string &status, qint64 t, const std::string &hub = {})
{
    Ev e;
    e.kind = EventKind::Shipment;
    e.id = id;
    e.order = "o-" + id;
    e.status = status;
    e.timeMs = t;
    e.hub = hub;
    return e;
}

EventOrigin origin(const QString &topic = u"orders"_s, int partition = 0, qint64 offset = 0)
{
    return {topic, partition, offset, -1};
}

BusinessConfig config()
{
    BusinessConfig c = BusinessConfig::stackDefaults();
    c.allowedLatenessMs = 30000;
    c.retentionMs = 10 * kMin;
    c.slaWindowsMs = {15 * kMin, 60 * kMin};
    return c;
}

qint64 statusCount(const QList<QPair<QString, qint64>> &counts, const QString &status)
{
    for (const auto &c : counts) {
        if (c.first == status)
            return c.second;
    }
    return 0;
}

const MinuteCounts *minute(const BusinessSnapshot &s, qint64 startMs)
{
    for (const MinuteCounts &m : s.minutes) {
        if (m.startMs == startMs)
            return &m;
    }
    return nullptr;
}

} // namespace

class TestBusinessState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newestEventTimeWins();
    void transitionCountsOnceAcrossTopics();
    void lateEventsAreListedAndKeptOutOfWindows();
    void duplicatesCountOnce();
    void windowsCloseAfterLateness();
    void revenuePerCurrency();
    void overdueOrdersAndShipByBreaches();
    void lateShipmentsSlaAndEtaSlips();
    void breachesAgreeWithTheOnTimeShare();
    void hubsAndLinks();
    void deletesRemoveTheRow();
    void retentionAndCaps();
    void catchingUpPartitionsHoldTheWatermark();
    void orderToShipQuantiles();
    void rejectedAndTombstonesAreCounted();
    void finishingIsFinal();
    void futureTimesAreRejected();
    void lateShippedEventsRecordOnce();
    void revenueMovesExactly();
    void duplicatesArePerTopic();
    void snapshotRowsCountNoTransition();
    void jsonContract();
    void flatKeySetAgreesWithStdSet();
};

void TestBusinessState::newestEventTimeWins()
{
    BusinessState state(config());
    state.apply(order("a", "created", T0).event(), origin());
    state.apply(order("a", "shipped", T0 + 20000).event(), origin());
    // Arrives last but happened before "shipped": the order stays shipped.
    state.apply(order("a", "paid", T0 + 10000).event(), origin());
    state.apply(order("b", "created", T0 + 1000).event(), origin());
    const BusinessSnapshot s = state.snapshot();
    QCOMPARE(s.trackedOrders, 2);
    QCOMPARE(s.openOrders, 2);
    QCOMPARE(statusCount(s.ordersByStatus, u"shipped"_s), 1);
    QCOMPARE(statusCount(s.ordersByStatus, u"created"_s), 1);
    QCOMPARE(statusCount(s.ordersByStatus, u"paid"_s), 0);
    QCOMPARE(s.watermarkMs, T0 + 20000);
}

void TestBusinessState::transitionCountsOnceAcrossTopics()
{
    BusinessState state(config());
    // The JSON topic and the CDC topic both report the same three transitions.
    for (const QString &topic : {u"orders"_s, u"orders-cdc"_s}) {
        Ev created = order("a", "created", T0);
        Ev paid = order("a", "paid", T0 + 5000);
        Ev packed = order("a", "packed", T0 + 8000); // the same stage as paid: not counted again
        for (Ev *e : {&created, &paid, &packed}) {
            e->key = std::hash<std::string>{}(topic.toStdString() + e->status);
            QCOMPARE(state.apply(e->event(), origin(topic)), BusinessState::Outcome::Applied);
        }
    }
    const BusinessSnapshot s = state.snapshot();
    const MinuteCounts *m = minute(s, T0 - 20000);
    QVERIFY(m);
    QCOMPARE(m->created, 1);
    QCOMPARE(m->paid, 1);
    QCOMPARE(m->shipped, 0);
    QCOMPARE(s.topics.size(), 3);
    QCOMPARE(s.topics.at(0).events, 3);
    QCOMPARE(s.topics.at(2).events, 3);

    // Reported again with an earlier time (a resent event with the true time) while the window is
    // open: the count moves to the earlier minute instead of counting twice.
    BusinessState moved(config());
    moved.apply(order("a", "created", T0 + 45000).event(), origin()); // minute T0+40 s .. +100 s
    Ev earlier = order("a", "created", T0 + 30000);                   // minute T0-20 s .. +40 s
    moved.apply(earlier.event(), origin(u"orders-cdc"_s));
    const BusinessSnapshot ms = moved.snapshot();
    QCOMPARE(minute(ms, T0 - 20000)->created, 1);
    QCOMPARE(minute(ms, T0 + 40000)->created, 0);
}

void TestBusinessState::lateEventsAreListedAndKeptOutOfWindows()
{
    BusinessState state(config());
    state.apply(order("a", "created", T0).event(), origin());
    state.apply(order("b", "created", T0 + 100000).event(), origin(u"orders"_s, 0, 1));
    // 40 s behind the watermark with 30 s allowed: late.
    const auto late = state.apply(order("a", "paid", T0 + 60000).event(), origin(u"orders"_s, 3, 77));
    QCOMPARE(late, BusinessState::Outcome::Late);
    // 25 s behind: within the allowed lateness.
    QCOMPARE(state.apply(order("c", "created", T0 + 75000).event(), origin()),
             BusinessState::Outcome::Applied);
    const BusinessSnapshot s = state.snapshot();
    QCOMPARE(s.lateCount, 1);
    QCOMPARE(s.lateEvents.size(), 1);
    QCOMPARE(s.lateEvents.at(0).origin.partition, 3);
    QCOMPARE(s.lateEvents.at(0).origin.offset, 77);
    QCOMPARE(s.lateEvents.at(0).entityId, u"a"_s);
    QCOMPARE(s.lateEvents.at(0).behindMs, 40000);
    QCOMPARE(s.topics.at(0).late, 1);
    // Not counted in its minute, but the order did move on: it is the order's newest event.
    QCOMPARE(minute(s, T0 + 40000)->paid, 0);
    QCOMPARE(statusCount(s.ordersByStatus, u"paid"_s), 1);
}

void TestBusinessState::duplicatesCountOnce()
{
    BusinessState state(config());
    Ev e = order("a", "created", T0);
    e.key = 42;
    QCOMPARE(state.apply(e.event(), origin()), BusinessState::Outcome::Applied);
    QCOMPARE(state.apply(e.event(), origin(u"orders"_s, 1, 9)), BusinessState::Outcome::Duplicate);
    Ev other = order("b", "created", T0);
    other.key = 42; // the same event id on another order: still the same event
    QCOMPARE(state.apply(other.event(), origin()), BusinessState::Outcome::Duplicate);
    const BusinessSnapshot s = state.snapshot();
    QCOMPARE(s.duplicateCount, 2);
    QCOMPARE(s.topics.at(0).duplicates, 2);
    QCOMPARE(s.topics.at(0).events, 1);
    QCOMPARE(s.trackedOrders, 1);
    QCOMPARE(minute(s, T0 - 20000)->created, 1);
}

void TestBusinessState::windowsCloseAfterLateness()
{
    BusinessState state(config());
    state.apply(order("a", "created", T0).event(), origin()); // minute [T0-20 s, T0+40 s)
    QVERIFY(!minute(state.snapshot(), T0 - 20000)->closed);
    state.apply(order("b", "created", T0 + 69999).event(), origin()); // end + lateness - 1 ms
    QVERIFY(!minute(state.snapshot(), T0 - 20000)->closed);
    state.apply(order("c", "created", T0 + 70000).event(), origin());
    const BusinessSnapshot s = state.snapshot();
    QVERIFY(minute(s, T0 - 20000)->closed);
    QCOMPARE(s.lastClosedMinute()->startMs, T0 - 20000);
    QCOMPARE(minute(s, T0 - 20000)->created, 1);
    QCOMPARE(minute(s, T0 + 40000)->created, 2);
    QVERIFY(!minute(s, T0 + 40000)->closed);
}

void TestBusinessState::revenuePerCurrency()
{
    BusinessState state(config());
    const auto paid = [&](const std::string &id, double amount, const std::string &currency, qint64 t) {
        Ev e = order(id, "paid", t);
        e.amount = amount;
        e.currency = currency;
        state.apply(e.event(), origin());
    };
    paid("a", 10.5, "EUR", T0);
    paid("b", 20.25, "EUR", T0 + 1000);
    paid("c", 7, "USD", T0 + 2000);
    Ev created = order("d", "created", T0 + 3000); // not paid: no revenue
    created.amount = 100;
    created.currency = "EUR";
    state.apply(created.event(), origin());
    const BusinessSnapshot s = state.snapshot();
    const MinuteCounts *m = minute(s, T0 - 20000);
    QCOMPARE(m->paid, 3);
    QCOMPARE(m->revenue.size(), 2);
    QCOMPARE(m->revenue.at(0), (QPair<QString, double>(u"EUR"_s, 30.75)));
    QCOMPARE(m->revenue.at(1), (QPair<QString, double>(u"USD"_s, 7.0)));
}

void TestBusinessState::overdueOrdersAndShipByBreaches()
{
    BusinessState state(config());
    Ev a = order("a", "paid", T0);
    a.shipBy = T0 + 60000;
    Ev b = order("b", "created", T0);
    b.shipBy = T0 + 200000; // not due yet
    Ev c = order("c", "cancelled", T0);
    c.shipBy = T0 + 10000; // cancelled: not overdue
    Ev d = order("d", "created", T0);
    d.shipBy = T0 + 30000;
    Ev dShipped = order("d", "shipped", T0 + 50000); // shipped 20 s after its ship-by
    dShipped.shipBy = T0 + 30000;
    for (const Ev *e : {&a, &b, &c, &d, &dShipped})
        state.apply(e->event(), origin());
    state.apply(order("z", "created", T0 + 90000).event(), origin()); // moves the watermark
    const BusinessSnapshot s = state.snapshot();
    QCOMPARE(s.overdueOrderCount, 1);
    QCOMPARE(s.overdueOrders.at(0).orderId, u"a"_s);
    QCOMPARE(s.overdueOrders.at(0).overdueMs, 30000);
    QCOMPARE(s.breachCount, 2); // a (open) and d (shipped late)
    QCOMPARE(s.breaches.size(), 2);
    QCOMPARE(s.breaches.at(0).orderId, u"a"_s); // due last, listed first
    QCOMPARE(s.breaches.at(0).doneMs, -1);
    QCOMPARE(s.breaches.at(1).orderId, u"d"_s);
    QCOMPARE(s.breaches.at(1).lateByMs, 20000);
}

void TestBusinessState::lateShipmentsSlaAndEtaSlips()
{
    BusinessState state(config());
    const auto ship = [&](const std::string &id, const std::string &status, qint64 t,
                          const std::string &carrier, qint64 promised, std::optional<qint64> eta = {}) {
        Ev e = shipment(id, status, t, "HAM");
        e.carrier = carrier;
        e.promised = promised;
        e.eta = eta;
        state.apply(e.event(), origin(u"shipments"_s));
    };
    ship("s1", "in_transit", T0, "DHL", T0 + 100000, T0 + 50000);
    ship("s1", "delayed", T0 + 10000, "DHL", T0 + 100000, T0 + 150000); // ETA slips by 100 s
    ship("s1", "delivered", T0 + 60000, "DHL", T0 + 100000);            // on time
    ship("s2", "delivered", T0 + 80000, "DHL", T0 + 70000);             // 10 s late
    ship("s3", "in_transit", T0, "UPS", T0 + 90000);                    // open, late at the end
    ship("s4", "in_transit", T0 + 120000, "UPS", T0 + 500000);          // open, fine
    const BusinessSnapshot s = state.snapshot();
    QCOMPARE(s.watermarkMs, T0 + 120000);
    QCOMPARE(s.lateShipmentCount, 1);
    QCOMPARE(s.lateShipments.at(0).shipmentId, u"s3"_s);
    QCOMPARE(s.lateShipments.at(0).lateByMs, 30000);
    QCOMPARE(s.etaSlipCount, 1);
    QCOMPARE(s.etaSlips.at(0).previousEtaMs, T0 + 50000);
    QCOMPARE(s.etaSlips.at(0).newEtaMs, T0 + 150000);
    const SlaShare *overall = s.overallSla(15 * kMin);
    QVERIFY(overall);
    QCOMPARE(overall->onTime, 1);
    QCOMPARE(overall->total, 3);        // s1 on time, s2 late, s3 open past its promise
    QCOMPARE(s.slaByCarrier.size(), 4); // DHL and UPS, two windows
    for (const SlaShare &share : s.slaByCarrier) {
        QCOMPARE(share.key == u"DHL"_s ? share.total : share.onTime, share.key == u"DHL"_s ? 2 : 0);
        if (share.key == u"UPS"_s)
            QCOMPARE(share.total, 1);
    }
    QCOMPARE(s.breachCount, 2);
    QCOMPARE(statusCount(s.shipmentsByStatus, u"delivered"_s), 2);
    QCOMPARE(s.openShipments, 2);
    QCOMPARE(minute(s, T0 + 40000)->delivered, 2);
    QCOMPARE(minute(s, T0 + 40000)->deliveredOnTime, 1);
    // No shipment delivered and none due: the share is unknown, never 0 %.
    BusinessState empty(config());
    Ev open = shipment("x", "in_transit", T0, "HAM");
    open.promised = T0 + 1000000;
    empty.apply(open.event(), origin(u"shipments"_s));
    QCOMPARE(empty.snapshot().sla.size(), 2);
    QCOMPARE(empty.snapshot().sla.value(0).total, 0);
    QVERIFY(std::isnan(empty.snapshot().sla.value(0).ratio()));
}

/// #18: "40 breaches" beside "98 % on time" read as a contradiction. The share counts deliveries; the
/// breaches also count orders not shipped by their ship-by time. The split says which is which, and
/// its delivery part is exactly what the share misses.
void TestBusinessState::breachesAgreeWithTheOnTimeShare()
{
    BusinessState state(config());
    const auto ship = [&](const std::string &id, const std::string &status, qint64 t, qint64 promised) {
        Ev e = shipment(id, status, t, "HAM");
        e.carrier = "DHL";
        e.promised = promised;
        state.apply(e.event(), origin(u"shipments"_s));
    };
    ship("on-time", "delivered", T0 + 10000, T0 + 20000);
    ship("late", "delivered", T0 + 30000, T0 + 20000);
    ship("open-overdue", "in_transit", T0, T0 + 40000);
    ship("open-fine", "in_transit", T0, T0 + 900000);
    for (int i = 0; i < 4; ++i) { // four orders past their ship-by time, one of them shipped late
        Ev o = order("order-" + std::to_string(i), "paid", T0);
        o.shipBy = T0 + 5000 + i * 1000;
        state.apply(o.event(), origin());
    }
    Ev shippedLate = order("order-0", "shipped", T0 + 50000);
    shippedLate.shipBy = T0 + 5000;
    state.apply(shippedLate.event(), origin());
    state.apply(order("z", "created", T0 + 60000).event(), origin()); // moves the watermark
    const BusinessSnapshot s = state.snapshot();
    const SlaShare *overall = s.overallSla(15 * kMin);
    QVERIFY(overall);
    QCOMPARE(overall->onTime, 1);
    QCOMPARE(overall->total, 3); // on time, late, open past its promise
    qint64 deliveries = 0;
    qint64 shipBy = 0;
    for (const SlaBreach &b : s.breaches)
        (b.kind == SlaBreach::Kind::Delivery ? deliveries : shipBy) += 1;
    QCOMPARE(s.breachCount, qint64(s.breaches.size())); // nothing capped: the list is the count
    QCOMPARE(deliveries, 2);
    QCOMPARE(shipBy, 4);
    const BusinessHistory::BreachSplit split = BusinessHistory::breachSplit(s);
    QCOMPARE(split.deliveries, deliveries);
    QCOMPARE(split.deliveries, overall->total - overall->onTime);
    QCOMPARE(split.shipBy, shipBy);
    QCOMPARE(BusinessHistory::breachSplit(BusinessSnapshot{}).deliveries, -1); // no window: unknown, not 0
}

void TestBusinessState::hubsAndLinks()
{
    BusinessState state(config());
    const auto at = [&](const std::string &id, const std::string &status, qint64 t, const std::string &hub,
                        std::optional<double> lat = {}) {
        Ev e = shipment(id, status, t, hub);
        e.lat = lat;
        e.lon = lat ? std::optional<double>(10.0) : std::nullopt;
        state.apply(e.event(), origin(u"shipments"_s));
    };
    at("s1", "picked_up", T0, "RTM", 51.9);
    at("s1", "in_transit", T0 + 1000, "HAM", 53.5); // on its way from RTM to HAM
    at("s2", "picked_up", T0 + 2000, "RTM");
    at("s3", "arrived_at_hub", T0 + 3000, "XXX"); // no coordinates ever
    const BusinessSnapshot s = state.snapshot();
    QCOMPARE(s.hubs.size(), 3);
    const auto hub = [&](const QString &code) {
        for (const HubState &h : s.hubs) {
            if (h.code == code)
                return h;
        }
        return HubState{};
    };
    QCOMPARE(hub(u"RTM"_s).atHub, 1);
    QCOMPARE(hub(u"RTM"_s).lat, 51.9);
    QCOMPARE(hub(u"HAM"_s).inTransitTo, 1);
    QCOMPARE(hub(u"HAM"_s).atHub, 0);
    QVERIFY(std::isnan(hub(u"XXX"_s).lat));
    QCOMPARE(s.links.size(), 1);
    QCOMPARE(s.links.at(0).from, u"RTM"_s);
    QCOMPARE(s.links.at(0).to, u"HAM"_s);
    QCOMPARE(s.positionCount, 3);
    QCOMPARE(s.positions.at(0).shipmentId, u"s3"_s); // most recently updated first
    QCOMPARE(s.positions.at(2).previousHubCode, u"RTM"_s);
}

void TestBusinessState::deletesRemoveTheRow()
{
    BusinessState state(config());
    state.apply(order("a", "delivered", T0).event(), origin(u"orders-cdc"_s));
    Ev del = order("a", "delivered", T0 + 5000);
    del.change = BusinessEvent::Change::Delete;
    state.apply(del.event(), origin(u"orders-cdc"_s));
    state.apply(order("a", "shipped", T0 + 1000).event(), origin()); // older than the delete: ignored
    BusinessSnapshot s = state.snapshot();
    QCOMPARE(s.trackedOrders, 0);
    QVERIFY(s.ordersByStatus.isEmpty());
    state.apply(order("a", "created", T0 + 9000).event(), origin()); // the row is back
    s = state.snapshot();
    QCOMPARE(s.trackedOrders, 1);
    QCOMPARE(statusCount(s.ordersByStatus, u"created"_s), 1);
}

void TestBusinessState::retentionAndCaps()
{
    BusinessConfig c = config();
    c.retentionMs = 60000;
    c.slaWindowsMs = {30000}; // finished entities stay at least the longest SLA window
    c.openRetentionMs = 10 * kMin;
    c.maxOrders = 100;
    BusinessState state(c);
    state.apply(order("done", "delivered", T0).event(), origin());
    state.apply(order("open", "created", T0).event(), origin());
    state.apply(order("x", "created", T0 + 60000).event(), origin());
    QCOMPARE(state.expire(), 0); // finished exactly one retention ago: stays
    state.apply(order("y", "created", T0 + 60001).event(), origin());
    QCOMPARE(state.expire(), 1);
    QCOMPARE(state.trackedOrders(), 3u);
    state.apply(order("z", "created", T0 + 10 * kMin + 1).event(), origin());
    QCOMPARE(state.expire(), 1); // "open" had no event for 10 minutes
    QCOMPARE(state.trackedOrders(), 3u);

    for (int i = 0; i < 150; ++i) {
        state.apply(order("n" + std::to_string(i), "created", T0 + 11 * kMin + i).event(), origin());
        QVERIFY(state.trackedOrders() <= 100u); // the cap holds between cycles too
    }
    // Each time the cap is passed the table goes down to 90 %, the least recently updated first:
    // 3 + 150 orders, 101 -> 90 five times over, 98 left.
    QCOMPARE(state.trackedOrders(), 98u);
    const int removed = state.expire(); // x, y and z were evicted already: nothing silent is left
    QCOMPARE(removed, 0);
    const BusinessSnapshot s = state.snapshot();
    QCOMPARE(s.evictedCount, 55);
    QCOMPARE(s.trackedOrders, 98);
    QCOMPARE(statusCount(s.ordersByStatus, u"created"_s), 98);
    QVERIFY(s.memoryBytes > 98 * qint64(sizeof(std::string)));
}

void TestBusinessState::catchingUpPartitionsHoldTheWatermark()
{
    BusinessState state(config());
    state.setPartitionBehind(u"orders"_s, 0, true);
    state.setPartitionBehind(u"orders"_s, 1, true);
    state.apply(order("a", "created", T0 + 10 * kMin).event(), origin(u"orders"_s, 0));
    QCOMPARE(state.watermarkMs(), -1); // partition 1 has unread messages of unknown time
    QCOMPARE(state.apply(order("b", "created", T0).event(), origin(u"orders"_s, 1)),
             BusinessState::Outcome::Applied);
    state.expire();
    QCOMPARE(state.watermarkMs(), T0); // partition 1 is still behind at T0
    // Partition 1 catching up is not late, though partition 0 is ten minutes ahead.
    QCOMPARE(state.apply(order("c", "created", T0 + kMin).event(), origin(u"orders"_s, 1)),
             BusinessState::Outcome::Applied);
    state.setPartitionBehind(u"orders"_s, 1, false);
    QCOMPARE(state.watermarkMs(), T0 + 10 * kMin);
    QCOMPARE(state.apply(order("d", "created", T0 + 2 * kMin).event(), origin(u"orders"_s, 1)),
             BusinessState::Outcome::Late);
}

void TestBusinessState::orderToShipQuantiles()
{
    BusinessState state(config());
    for (int i = 0; i < 20; ++i) {
        const std::string id = "o" + std::to_string(i);
        state.apply(order(id, "created", T0 + i * 1000).event(), origin());
        state.apply(order(id, "shipped", T0 + i * 1000 + (i + 1) * 1000).event(), origin());
    }
    const BusinessSnapshot s = state.snapshot();
    QCOMPARE(s.orderToShip.size(), 2);
    QCOMPARE(s.orderToShip.at(0).count, 20);
    QCOMPARE(s.orderToShip.at(0).p50Ms, 11000.0); // nearest rank of 1 s .. 20 s
    QCOMPARE(s.orderToShip.at(0).p95Ms, 19000.0);
}

void TestBusinessState::rejectedAndTombstonesAreCounted()
{
    BusinessState state(config());
    for (int i = 0; i < 250; ++i)
        state.reject({origin(u"orders"_s, 2, i), u"missing /order_id"_s, u"missing-field"_s, u"{}"_s, 0});
    state.reject({origin(u"shipments"_s, 1, 5), u"not JSON"_s, u"not-json"_s, u"x"_s, 0});
    state.tombstone(u"orders-cdc"_s);
    state.apply(order("a", "created", T0).event(), origin(u"orders"_s, 2, 250));
    const BusinessSnapshot s = state.snapshot();
    QCOMPARE(s.rejectedCount, 251);
    QCOMPARE(s.rejected.size(), 200); // the list is capped, the count is not
    QCOMPARE(s.rejected.at(0).origin.offset, 5);
    QCOMPARE(s.rejectedByKind.at(0), (QPair<QString, qint64>(u"missing-field"_s, 250)));
    QCOMPARE(s.topics.at(0).rejected, 250);
    QCOMPARE(s.topics.at(1).rejected, 1);
    QCOMPARE(s.topics.at(2).tombstones, 1);
    QCOMPARE(s.trackedOrders, 1); // the valid event among the rejected ones is there
}

void TestBusinessState::finishingIsFinal()
{
    BusinessState state(config());
    const auto ship = [&](const std::string &status, qint64 t) {
        Ev e = shipment("s1", status, t, "HAM");
        e.promised = T0 + 60000;
        state.apply(e.event(), origin(u"shipments"_s));
    };
    ship("in_transit", T0);
    ship("out_for_delivery", T0 + 20000);
    ship("delivered", T0 + 10000);  // back-dated by its producer, read last: still delivered
    ship("in_transit", T0 + 90000); // a stray later scan does not reopen it
    state.apply(order("z", "created", T0 + 120000).event(), origin()); // promise long past
    const BusinessSnapshot s = state.snapshot();
    QCOMPARE(s.openShipments, 0);
    QCOMPARE(s.lateShipmentCount, 0);
    QCOMPARE(statusCount(s.shipmentsByStatus, u"delivered"_s), 1);
    QCOMPARE(s.sla.at(0).total, 1);
    QCOMPARE(s.sla.at(0).onTime, 1);
    QCOMPARE(s.breachCount, 0);
    // The same for orders: a cancellation read after a later-stamped event.
    state.apply(order("o", "paid", T0 + 110000).event(), origin());
    state.apply(order("o", "cancelled", T0 + 105000).event(), origin());
    const BusinessSnapshot after = state.snapshot();
    QCOMPARE(statusCount(after.ordersByStatus, u"cancelled"_s), 1);
    QCOMPARE(after.openOrders, 1); // z
}

void TestBusinessState::futureTimesAreRejected()
{
    BusinessState state(config());
    state.apply(order("a", "created", T0).event(), {u"orders"_s, 0, 1, T0});
    Ev typo = order("b", "created", T0 + 36LL * 365 * 24 * 3600 * 1000); // a year typed wrong
    QCOMPARE(state.apply(typo.event(), {u"orders"_s, 0, 2, T0 + 1000}), BusinessState::Outcome::Rejected);
    // Within the tolerance of the record's timestamp: a producer clock a little ahead is fine.
    QCOMPARE(state.apply(order("c", "created", T0 + 4 * kMin).event(), {u"orders"_s, 0, 3, T0 + 1000}),
             BusinessState::Outcome::Applied);
    const BusinessSnapshot s = state.snapshot();
    QCOMPARE(s.watermarkMs, T0 + 4 * kMin);
    QCOMPARE(s.rejectedCount, 1);
    QCOMPARE(s.rejected.at(0).reasonKind, u"future-time"_s);
    QCOMPARE(s.rejected.at(0).origin.offset, 2);
    QVERIFY2(s.rejected.at(0).reason.startsWith(u"event time 2062-"_s), qPrintable(s.rejected.at(0).reason));
    QCOMPARE(s.trackedOrders, 2);
}

void TestBusinessState::lateShippedEventsRecordOnce()
{
    BusinessState state(config());
    state.apply(order("a", "created", T0).event(), origin());
    state.apply(order("z", "created", T0 + 200000).event(), origin());
    // "shipped" reported by two topics, both behind the watermark by more than the allowed lateness.
    Ev json = order("a", "shipped", T0 + 20000);
    Ev cdc = json;
    cdc.key = 7;
    state.apply(json.event(), origin());
    state.apply(cdc.event(), origin(u"orders-cdc"_s));
    const BusinessSnapshot s = state.snapshot();
    QCOMPARE(s.lateCount, 2);
    QCOMPARE(s.orderToShip.at(0).count, 1);
    QCOMPARE(s.orderToShip.at(0).p50Ms, 20000.0);
}

void TestBusinessState::revenueMovesExactly()
{
    BusinessState state(config());
    Ev first = order("a", "paid", T0 + 45000); // minute T0+40 s, amount not known yet
    state.apply(first.event(), origin());
    Ev cdc = order("a", "paid", T0 + 30000); // minute T0-20 s, with the amount
    cdc.amount = 100;
    cdc.currency = "EUR";
    state.apply(cdc.event(), origin(u"orders-cdc"_s));
    const BusinessSnapshot s = state.snapshot();
    const MinuteCounts *earlier = minute(s, T0 - 20000);
    const MinuteCounts *later = minute(s, T0 + 40000);
    QCOMPARE(earlier->paid, 1);
    QCOMPARE(later->paid, 0);
    QCOMPARE(earlier->revenue, (QList<QPair<QString, double>>{{u"EUR"_s, 100.0}}));
    // Nothing was counted in the later minute, so nothing is taken from it.
    for (const auto &r : later->revenue)
        QCOMPARE(r.second, 0.0);
}

void TestBusinessState::duplicatesArePerTopic()
{
    BusinessState state(config());
    Ev a = order("a", "created", T0);
    a.key = 1; // event id 1 on orders
    Ev s1 = shipment("s1", "in_transit", T0, "HAM");
    s1.key = 1; // event id 1 on shipments: another producer's numbering, not a duplicate
    QCOMPARE(state.apply(a.event(), origin()), BusinessState::Outcome::Applied);
    QCOMPARE(state.apply(s1.event(), origin(u"shipments"_s)), BusinessState::Outcome::Applied);
    QCOMPARE(state.apply(a.event(), origin()), BusinessState::Outcome::Duplicate);
}

void TestBusinessState::snapshotRowsCountNoTransition()
{
    BusinessState state(config());
    Ev row = order("a", "paid", T0);
    row.amount = 10;
    row.currency = "EUR";
    BusinessEvent e = row.event();
    e.stateOnly = true; // a Debezium snapshot read
    state.apply(e, origin(u"orders-cdc"_s));
    const BusinessSnapshot s = state.snapshot();
    QCOMPARE(statusCount(s.ordersByStatus, u"paid"_s), 1);
    const MinuteCounts *m = minute(s, T0 - 20000);
    QVERIFY(!m || (m->paid == 0 && m->revenue.isEmpty()));
}

void TestBusinessState::jsonContract()
{
    BusinessState state(config());
    Ev a = order("a", "paid", T0);
    a.amount = 12.5;
    a.currency = "EUR";
    state.apply(a.event(), origin());
    Ev s1 = shipment("s1", "in_transit", T0 + 1000, "HAM");
    s1.promised = T0 + 600000;
    state.apply(s1.event(), origin(u"shipments"_s));
    BusinessSnapshot snapshot = state.snapshot();
    snapshot.clusterName = u"prod"_s;
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(T0 + 5000, Qt::UTC);
    const QJsonObject json = SnapshotJson::businessToJson(snapshot, now);
    QCOMPARE(json.value(u"cluster"_s).toString(), u"prod"_s);
    QCOMPARE(json.value(u"watermark"_s).toString(), u"2026-05-28T20:26:21.000Z"_s);
    QVERIFY(json.value(u"lastEventAt"_s).isNull()); // the collector sets it, not the aggregator
    QVERIFY(json.value(u"eventAgeMs"_s).isNull());
    const QJsonObject orders = json.value(u"orders"_s).toObject();
    QCOMPARE(orders.value(u"byStatus"_s).toObject().value(u"paid"_s).toInt(), 1);
    const QJsonObject firstMinute = orders.value(u"minutes"_s).toArray().at(0).toObject();
    QCOMPARE(firstMinute.value(u"paid"_s).toInt(), 1);
    QCOMPARE(firstMinute.value(u"revenue"_s).toObject().value(u"EUR"_s).toDouble(), 12.5);
    QVERIFY(orders.value(u"orderToShip"_s).toArray().at(0).toObject().value(u"p50Ms"_s).isNull());
    const QJsonObject sla = json.value(u"sla"_s).toObject();
    // Nothing due yet: the share is null, never 0 or 1.
    QVERIFY(sla.value(u"overall"_s).toArray().at(0).toObject().value(u"ratio"_s).isNull());
    const QJsonObject hub = json.value(u"shipments"_s).toObject().value(u"hubs"_s).toArray().at(0).toObject();
    QCOMPARE(hub.value(u"code"_s).toString(), u"HAM"_s);
    QVERIFY(hub.value(u"lat"_s).isNull());
    const QJsonArray topics = json.value(u"events"_s).toObject().value(u"topics"_s).toArray();
    QCOMPARE(topics.size(), 3);
    QCOMPARE(topics.at(2).toObject().value(u"format"_s).toString(), u"debezium"_s);
    QVERIFY(topics.at(0).toObject().value(u"lag"_s).isNull());
    const QJsonObject document = SnapshotJson::document(std::nullopt, std::nullopt, now, snapshot);
    QVERIFY(document.value(u"business"_s).isObject());
    QVERIFY(!document.contains(u"kafka"_s));
}

void TestBusinessState::flatKeySetAgreesWithStdSet()
{
    // Random inserts and erases over a small key range (long probe runs, many backward shifts), with
    // key 0 and keys that collide in the table, against std::unordered_set.
    FlatKeySet flat;
    std::unordered_set<std::uint64_t> reference;
    std::mt19937_64 random(42);
    for (int i = 0; i < 200000; ++i) {
        const std::uint64_t key = (random() % 3000) * ((i % 3 == 0) ? 1 : (1ULL << 40));
        if (random() % 3 == 0) {
            QCOMPARE(flat.erase(key), reference.erase(key) == 1);
        } else {
            QCOMPARE(flat.insert(key), reference.insert(key).second);
        }
        QCOMPARE(flat.size(), reference.size());
    }
    for (std::uint64_t key = 0; key < 3000; ++key)
        QCOMPARE(flat.contains(key), reference.count(key) == 1);
}

QTEST_GUILESS_MAIN(TestBusinessState)
#include "tst_businessstate.moc"
