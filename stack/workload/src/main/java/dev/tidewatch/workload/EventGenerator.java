package dev.tidewatch.workload;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Simulates an online shop's order and shipment lifecycle (on a compressed time scale) and produces
 * JSON events to {@code orders} and {@code shipments}, and keeps the shop's {@code orders} table in
 * PostgreSQL up to date through {@link OrderTable} (Debezium captures it into {@code orders-cdc}).
 *
 * <p>Each order walks created → paid → packed → shipped → (shipment scans) → delivered, or is
 * cancelled early. The {@code rate} budget counts events on {@code orders} and {@code shipments};
 * the table's row changes come on top (one per order state change, plus occasional deletes).
 */
final class EventGenerator implements Runnable {
    static final String ORDERS = "orders";
    static final String SHIPMENTS = "shipments";

    private static final DateTimeFormatter ISO_MS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private static final String[] CURRENCIES = {"EUR", "EUR", "EUR", "USD", "USD", "GBP", "PLN", "SEK"};
    private static final String[] CARRIERS = {"DHL", "UPS", "FedEx", "DPD", "GLS", "PostNL"};
    private static final String[] CANCEL_REASONS = {"customer_request", "payment_failed", "out_of_stock", "fraud_suspected"};
    private static final Hub[] HUBS = {
            new Hub("Rotterdam DC", "RTM", 51.9244, 4.4777),
            new Hub("Hamburg Hub", "HAM", 53.5511, 9.9937),
            new Hub("Leipzig Air Hub", "LEJ", 51.4239, 12.2364),
            new Hub("Cologne Hub", "CGN", 50.8659, 7.1427),
            new Hub("Liege Air Hub", "LGG", 50.6374, 5.4432),
            new Hub("Paris Nord", "CDG", 49.0097, 2.5479),
            new Hub("Madrid Coslada", "MAD", 40.4232, -3.5616),
            new Hub("Milan Malpensa", "MXP", 45.6301, 8.7255),
            new Hub("Warsaw Hub", "WAW", 52.1657, 20.9671),
            new Hub("East Midlands", "EMA", 52.8311, -1.3281),
            new Hub("Louisville Worldport", "SDF", 38.1744, -85.7360),
            new Hub("Memphis Hub", "MEM", 35.0421, -89.9792),
    };

    record Hub(String name, String code, double lat, double lon) {
        Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", name);
            m.put("code", code);
            m.put("lat", lat);
            m.put("lon", lon);
            return m;
        }
    }

    enum Step { PAY, PACK, SHIP, PICKUP, TRANSIT1, TRANSIT2, OUT_FOR_DELIVERY, DELIVER, PURGE, DONE }

    static final class Order implements Comparable<Order> {
        final String orderId;
        final String customerId;
        final double amount;
        final String currency;
        final int items;
        final long createdMs;
        final long shipByMs;
        final long promisedDeliveryMs;
        String status = "created";
        long updatedMs;
        Step next = Step.PAY;
        long dueMs;
        String shipmentId;
        String carrier;
        Hub origin, via, destination;
        long etaMs;

        Order(String orderId, String customerId, double amount, String currency, int items,
              long createdMs, long shipByMs, long promisedDeliveryMs) {
            this.orderId = orderId;
            this.customerId = customerId;
            this.amount = amount;
            this.currency = currency;
            this.items = items;
            this.createdMs = createdMs;
            this.updatedMs = createdMs;
            this.shipByMs = shipByMs;
            this.promisedDeliveryMs = promisedDeliveryMs;
        }

        @Override
        public int compareTo(Order o) { return Long.compare(dueMs, o.dueMs); }
    }

    /** One message to send. */
    private record Out(String topic, String key, Map<String, Object> value) {}

    private final Properties producerProps;
    private final Control control;
    private final double outOfOrderShare;
    private final long maxLatenessMs;
    private final double malformedShare;
    private final long shipByMs;
    private final long deliverByMs;
    private final OrderTable table; // null: no orders table (--no-cdc)
    private final SplittableRandom rnd;
    private final String runTag;
    private final PriorityQueue<Order> pending = new PriorityQueue<>();
    private long orderSeq;
    private long eventSeq;
    private volatile boolean running = true;
    private volatile int activeOrders;

    final AtomicLong sentOrders = new AtomicLong();
    final AtomicLong sentShipments = new AtomicLong();
    final AtomicLong malformed = new AtomicLong();
    final AtomicLong outOfOrder = new AtomicLong();
    final AtomicLong sendErrors = new AtomicLong();
    final AtomicLong acked = new AtomicLong();
    private volatile String lastError = "";
    private final AtomicLong lastErrorLogMs = new AtomicLong();

    EventGenerator(String bootstrap, Control control, Options o) {
        this.control = control;
        this.outOfOrderShare = o.dbl("out-of-order", 0.05);
        this.maxLatenessMs = (long) (o.dbl("max-lateness-s", 45) * 1000);
        this.malformedShare = o.dbl("malformed", 0.01);
        this.shipByMs = (long) (o.dbl("ship-by-s", 90) * 1000);
        this.deliverByMs = (long) (o.dbl("deliver-by-s", 240) * 1000);
        this.table = o.bool("cdc", true)
                ? new OrderTable(o.str("pg-url", "jdbc:postgresql://127.0.0.1:15432/shop?user=tidewatch&password=tidewatch"))
                : null;
        long seed = o.has("seed") ? o.lng("seed", 0) : System.nanoTime();
        this.rnd = new SplittableRandom(seed);
        this.runTag = Long.toString(Math.abs(new SplittableRandom(seed ^ System.currentTimeMillis()).nextLong()) % 46656, 36);

        producerProps = new Properties();
        producerProps.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        producerProps.put(ProducerConfig.CLIENT_ID_CONFIG, "tw-generator");
        producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
        producerProps.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        producerProps.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, o.str("compression", "none"));
        producerProps.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "10000");
        producerProps.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producerProps.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    }

    void stop() {
        running = false;
        if (table != null) table.stop();
    }

    /** The orders table writer, or null with --no-cdc. */
    OrderTable table() { return table; }

    @Override
    public void run() {
        KafkaProducer<String, String> producer = new KafkaProducer<>(producerProps);
        Thread writer = null;
        if (table != null) {
            writer = new Thread(table, "orders-table");
            writer.start();
        }
        try {
            long nextNs = System.nanoTime();
            double currentRate = -1;
            List<Out> batch = new ArrayList<>(4);
            while (running) {
                double rate = control.rate();
                if (rate <= 0) {
                    sleepMs(200);
                    nextNs = System.nanoTime();
                    continue;
                }
                if (rate != currentRate) {
                    if (currentRate >= 0) Log.info("generator rate now " + rate + " events/s");
                    currentRate = rate;
                    nextNs = System.nanoTime();
                }
                batch.clear();
                long now = System.currentTimeMillis();
                Order due = pending.peek();
                if (due != null && due.dueMs <= now) {
                    pending.poll();
                    advance(due, now, batch);
                } else {
                    create(now, batch);
                }
                activeOrders = pending.size();
                int budgeted = batch.size();
                for (Out out : batch) send(producer, out);
                nextNs += (long) (budgeted * 1e9 / rate);
                long wait = nextNs - System.nanoTime();
                if (wait > 0) {
                    sleepNs(wait);
                } else if (wait < -1_000_000_000L) {
                    nextNs = System.nanoTime(); // fell behind by > 1 s (e.g. blocked on metadata): no burst
                }
            }
        } catch (Exception e) {
            Log.warn("generator stopped: " + e);
        } finally {
            producer.close(Duration.ofSeconds(3)); // sends what it can, bounded
            if (writer != null) {
                table.stop();
                try { writer.join(3000); } catch (InterruptedException ignored) { Thread.currentThread().interrupt(); }
            }
        }
    }

    // ---------------------------------------------------------------- lifecycle

    private void create(long now, List<Out> out) {
        long seq = ++orderSeq;
        String orderId = String.format("ord-%s-%07d", runTag, seq);
        String customerId = String.format("cus-%05d", 1 + rnd.nextInt(4000));
        double amount = Math.round(Math.exp(2.5 + rnd.nextDouble() * 3.7) * 100) / 100.0; // ~12 .. 500
        String currency = CURRENCIES[rnd.nextInt(CURRENCIES.length)];
        int items = 1 + rnd.nextInt(rnd.nextInt(10) < 8 ? 3 : 12);
        Order o = new Order(orderId, customerId, amount, currency, items, now, now + shipByMs, now + deliverByMs);
        out.add(orderEvent(o, "created", now, null));
        rowChange(o, 'c');
        schedule(o, Step.PAY, now, 1_000, 8_000);
    }

    private void advance(Order o, long now, List<Out> out) {
        switch (o.next) {
            case PAY -> {
                if (rnd.nextDouble() < 0.08) { cancel(o, now, out); return; }
                updateStatus(o, "paid", now, out, null);
                schedule(o, Step.PACK, now, 3_000, 15_000);
            }
            case PACK -> {
                if (rnd.nextDouble() < 0.03) { cancel(o, now, out); return; }
                updateStatus(o, "packed", now, out, null);
                // a warehouse backlog now and then makes the order miss its ship_by promise
                if (rnd.nextDouble() < 0.12) schedule(o, Step.SHIP, now, 60_000, 150_000);
                else schedule(o, Step.SHIP, now, 5_000, 30_000);
            }
            case SHIP -> {
                o.shipmentId = String.format("shp-%s-%07d", runTag, orderSeqOf(o));
                o.carrier = CARRIERS[rnd.nextInt(CARRIERS.length)];
                o.origin = HUBS[rnd.nextInt(HUBS.length)];
                o.via = HUBS[rnd.nextInt(HUBS.length)];
                o.destination = HUBS[rnd.nextInt(HUBS.length)];
                o.etaMs = now + 40_000 + rnd.nextLong(80_000);
                Map<String, Object> extra = new LinkedHashMap<>();
                extra.put("shipment_id", o.shipmentId);
                extra.put("carrier", o.carrier);
                updateStatus(o, "shipped", now, out, extra);
                out.add(shipmentEvent(o, "label_created", o.origin, now));
                schedule(o, Step.PICKUP, now, 3_000, 10_000);
            }
            case PICKUP -> {
                out.add(shipmentEvent(o, "picked_up", o.origin, now));
                schedule(o, Step.TRANSIT1, now, 5_000, 20_000);
            }
            case TRANSIT1 -> {
                out.add(shipmentEvent(o, "in_transit", o.via, now));
                schedule(o, Step.TRANSIT2, now, 5_000, 20_000);
            }
            case TRANSIT2 -> {
                if (rnd.nextDouble() < 0.08) {
                    o.etaMs += 30_000 + rnd.nextLong(90_000);
                    out.add(shipmentEvent(o, "delayed", o.via, now));
                    schedule(o, Step.TRANSIT2, now, 10_000, 40_000);
                    return;
                }
                out.add(shipmentEvent(o, "arrived_at_hub", o.destination, now));
                schedule(o, Step.OUT_FOR_DELIVERY, now, 5_000, 20_000);
            }
            case OUT_FOR_DELIVERY -> {
                out.add(shipmentEvent(o, "out_for_delivery", o.destination, now));
                schedule(o, Step.DELIVER, now, 5_000, 20_000);
            }
            case DELIVER -> {
                o.etaMs = now;
                out.add(shipmentEvent(o, "delivered", o.destination, now));
                Map<String, Object> extra = new LinkedHashMap<>();
                extra.put("shipment_id", o.shipmentId);
                extra.put("carrier", o.carrier);
                updateStatus(o, "delivered", now, out, extra);
                maybePurge(o, now);
            }
            case PURGE -> {
                // the shop archives a finished order: only visible as a CDC delete
                rowChange(o, 'd');
                o.next = Step.DONE;
            }
            case DONE -> { }
        }
    }

    private static long orderSeqOf(Order o) {
        String id = o.orderId;
        return Long.parseLong(id.substring(id.lastIndexOf('-') + 1));
    }

    private void cancel(Order o, long now, List<Out> out) {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("reason", CANCEL_REASONS[rnd.nextInt(CANCEL_REASONS.length)]);
        updateStatus(o, "cancelled", now, out, extra);
        maybePurge(o, now);
    }

    private void maybePurge(Order o, long now) {
        if (table != null && rnd.nextDouble() < 0.2) schedule(o, Step.PURGE, now, 10_000, 30_000);
        else o.next = Step.DONE;
    }

    private void updateStatus(Order o, String status, long now, List<Out> out, Map<String, Object> extra) {
        o.status = status;
        o.updatedMs = now;
        out.add(orderEvent(o, status, now, extra));
        rowChange(o, 'u');
    }

    private void schedule(Order o, Step step, long now, long minDelayMs, long maxDelayMs) {
        o.next = step;
        o.dueMs = now + minDelayMs + rnd.nextLong(Math.max(1, maxDelayMs - minDelayMs));
        pending.add(o);
    }

    // ---------------------------------------------------------------- events

    private Out orderEvent(Order o, String type, long now, Map<String, Object> extra) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("event_id", nextEventId());
        m.put("event_type", type);
        m.put("order_id", o.orderId);
        m.put("customer_id", o.customerId);
        m.put("amount", o.amount);
        m.put("currency", o.currency);
        m.put("item_count", o.items);
        m.put("event_time", iso(now));
        m.put("ship_by", iso(o.shipByMs));
        m.put("promised_delivery", iso(o.promisedDeliveryMs));
        if (extra != null) m.putAll(extra);
        return new Out(ORDERS, o.orderId, m);
    }

    /** Shipment events are keyed by order_id too, so orders and shipments of one order share a partition number. */
    private Out shipmentEvent(Order o, String status, Hub hub, long now) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("event_id", nextEventId());
        m.put("shipment_id", o.shipmentId);
        m.put("order_id", o.orderId);
        m.put("carrier", o.carrier);
        m.put("hub", hub.json());
        m.put("status", status);
        m.put("eta", iso(o.etaMs));
        m.put("promised_delivery", iso(o.promisedDeliveryMs));
        m.put("event_time", iso(now));
        return new Out(SHIPMENTS, o.orderId, m);
    }

    private String nextEventId() {
        return String.format("evt-%s-%09d", runTag, ++eventSeq);
    }

    private void rowChange(Order o, char op) {
        if (table == null) return;
        table.offer(new OrderTable.Change(op, o.orderId, o.customerId, o.status, o.amount, o.currency, o.items,
                o.shipByMs, o.promisedDeliveryMs, o.createdMs, o.updatedMs));
    }

    // ---------------------------------------------------------------- sending, faults

    private void send(KafkaProducer<String, String> producer, Out out) {
        String topic = out.topic;
        String payload;
        String fault = null;
        long lateness = 0;
        {
            Map<String, Object> v = out.value;
            if (rnd.nextDouble() < outOfOrderShare) {
                lateness = 3_000 + rnd.nextLong(Math.max(1, maxLatenessMs - 3_000));
                v.put("event_time", iso(System.currentTimeMillis() - lateness));
                outOfOrder.incrementAndGet();
            }
            if (rnd.nextDouble() < malformedShare) {
                fault = corrupt(v);
                malformed.incrementAndGet();
            }
            payload = "truncated".equals(fault) ? truncate(Json.write(v))
                    : "not-json".equals(fault) ? notJson(v) : Json.write(v);
        }
        ProducerRecord<String, String> rec = new ProducerRecord<>(topic, out.key, payload);
        rec.headers().add("tw-source", "tidewatch-workload".getBytes(StandardCharsets.UTF_8));
        if (fault != null) rec.headers().add("tw-fault", fault.getBytes(StandardCharsets.UTF_8));
        if (lateness > 0) rec.headers().add("tw-lateness-ms", Long.toString(lateness).getBytes(StandardCharsets.UTF_8));
        try {
            producer.send(rec, (md, ex) -> {
                if (ex == null) { acked.incrementAndGet(); return; }
                sendErrors.incrementAndGet();
                lastError = ex.toString();
                long now = System.currentTimeMillis();
                long prev = lastErrorLogMs.get();
                if (now - prev > 10_000 && lastErrorLogMs.compareAndSet(prev, now)) Log.warn("send failed: " + ex);
            });
            switch (topic) {
                case ORDERS -> sentOrders.incrementAndGet();
                default -> sentShipments.incrementAndGet();
            }
        } catch (Exception e) {
            sendErrors.incrementAndGet();
            lastError = e.toString();
            Log.warn("send failed: " + e);
        }
    }

    /** Damages an event; returns the fault kind (also put in the tw-fault header). */
    private String corrupt(Map<String, Object> v) {
        int kind = rnd.nextInt(4);
        switch (kind) {
            case 0:
                return "truncated";
            case 1: {
                // wrong types: number as string with unit, time as epoch number, id as number
                if (v.containsKey("amount")) v.put("amount", v.get("amount") + " " + v.get("currency"));
                else if (v.get("hub") instanceof Map<?, ?> hub) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> h = (Map<String, Object>) hub;
                    h.put("lat", "north-ish");
                }
                v.put("event_time", System.currentTimeMillis());
                return "wrong-type";
            }
            case 2: {
                String[] required = v.containsKey("shipment_id")
                        ? new String[] {"shipment_id", "status", "event_time", "order_id"}
                        : new String[] {"order_id", "event_type", "event_time"};
                v.remove(required[rnd.nextInt(required.length)]);
                return "missing-field";
            }
            default:
                return "not-json";
        }
    }

    private String truncate(String json) {
        return json.substring(0, 1 + rnd.nextInt(Math.max(1, json.length() - 2)));
    }

    private static String notJson(Map<String, Object> v) {
        return "order_id=" + v.get("order_id") + ";event_time=" + v.get("event_time") + ";<unparsable payload>";
    }

    static String iso(long ms) { return ISO_MS.format(Instant.ofEpochMilli(ms)); }

    String lastError() { return lastError; }

    int activeOrders() { return activeOrders; }

    private static void sleepMs(long ms) {
        try { Thread.sleep(ms); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
    }

    private static void sleepNs(long ns) {
        try { Thread.sleep(ns / 1_000_000, (int) (ns % 1_000_000)); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
    }
}
