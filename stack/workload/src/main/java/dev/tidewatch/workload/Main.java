package dev.tidewatch.workload;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * Entry point.
 * <pre>
 *   Main run   [options]     generator + consumer groups (one JVM, one thread each)
 *   Main admin wait-brokers|ensure-topics|wait-isr [options]
 * </pre>
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) throws Exception {
        Options o = new Options(args)
                .describe("help", "print this help")
                .describe("bootstrap", "bootstrap servers (default 127.0.0.1:19092,127.0.0.1:29092,127.0.0.1:39092)")
                .describe("rate", "generator events/s on orders+shipments (default 40; the orders table's changes come on top)")
                .describe("out-of-order", "share of orders/shipments events whose event_time lies in the past (default 0.05)")
                .describe("max-lateness-s", "how far back such an event_time lies, 3..N s (default 45)")
                .describe("malformed", "share of malformed orders/shipments events (default 0.01)")
                .describe("ship-by-s", "ship_by promise = created + N s (default 90)")
                .describe("deliver-by-s", "promised_delivery = created + N s (default 240)")
                .describe("cdc", "write the shop's orders table in PostgreSQL, which Debezium captures into orders-cdc (default on; --no-cdc)")
                .describe("pg-url", "JDBC URL of the shop database (default jdbc:postgresql://127.0.0.1:15432/shop?user=tidewatch&password=tidewatch)")
                .describe("compression", "producer compression.type (default none)")
                .describe("seed", "random seed (default: time based)")
                .describe("generator", "run the event generator (default on; --no-generator)")
                .describe("groups", "comma list of keeps-up,falls-behind,stopped-committing,no-members, or none (default all)")
                .describe("falls-behind-rate", "tw-falls-behind msgs/s cap (default 8; control file falls-behind-rate overrides)")
                .describe("stop-committing-after-s", "tw-stopped-committing commits only this long (default 30)")
                .describe("commit-interval-ms", "commit interval of the groups (default 1000)")
                .describe("group-protocol", "consumer group.protocol: classic or consumer (default classic)")
                .describe("control-dir", "directory with the knob files rate / falls-behind-rate and stats.json")
                .describe("stats-interval-s", "status line and stats.json every N s (default 10)")
                .describe("timeout-s", "admin: how long to wait (default 120)")
                .describe("brokers", "admin wait-brokers: how many brokers (default 3)")
                .describe("topics", "admin ensure-topics: name:partitions,... (default orders:6,shipments:6,orders-cdc:3)")
                .describe("rf", "admin ensure-topics: replication factor (default 3)")
                .describe("min-isr", "admin ensure-topics: min.insync.replicas (default 2)");
        String cmd = o.positional().isEmpty() ? "run" : o.positional().get(0);
        if (o.bool("help", false)) {
            System.out.println("usage: Main [run|admin wait-brokers|admin ensure-topics|admin wait-isr] [options]\n" + o.usage());
            return;
        }
        try {
            o.rejectUnknown();
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
        String bootstrap = o.str("bootstrap", "127.0.0.1:19092,127.0.0.1:29092,127.0.0.1:39092");
        switch (cmd) {
            case "admin" -> System.exit(Admin.main(bootstrap, o));
            case "run" -> run(bootstrap, o);
            default -> {
                System.err.println("unknown command " + cmd + " (run|admin)");
                System.exit(2);
            }
        }
    }

    private static void run(String bootstrap, Options o) throws Exception {
        Path controlDir = o.has("control-dir") ? Path.of(o.str("control-dir", ".")) : null;
        if (controlDir != null) Files.createDirectories(controlDir);
        Control control = new Control(controlDir, o.dbl("rate", 40), o.dbl("falls-behind-rate", 8));
        String protocol = o.str("group-protocol", "classic");
        long commitMs = o.lng("commit-interval-ms", 1000);
        String groupList = o.str("groups", "keeps-up,falls-behind,stopped-committing,no-members");
        Set<String> groups = groupList.equals("none") ? Set.of() : Set.of(groupList.split(","));

        EventGenerator gen = o.bool("generator", true) ? new EventGenerator(bootstrap, control, o) : null;
        List<Groups.Member> members = new ArrayList<>();
        for (String g : groups) {
            switch (g.trim()) {
                case "keeps-up" -> members.add(new Groups.KeepsUp(Groups.consumerProps(bootstrap, "tw-keeps-up", protocol), commitMs));
                case "falls-behind" -> members.add(new Groups.FallsBehind(Groups.consumerProps(bootstrap, "tw-falls-behind", protocol), control, commitMs));
                case "stopped-committing" -> members.add(new Groups.StoppedCommitting(
                        Groups.consumerProps(bootstrap, "tw-stopped-committing", protocol),
                        (long) (o.dbl("stop-committing-after-s", 30) * 1000), commitMs));
                case "no-members" -> members.add(new Groups.NoMembers(Groups.consumerProps(bootstrap, "tw-no-members", protocol)));
                default -> throw new IllegalArgumentException("unknown group behaviour " + g);
            }
        }
        Log.info("workload starting: bootstrap=" + bootstrap + " rate=" + control.rate() + "/s generator=" + (gen != null)
                + " groups=" + groupList + " protocol=" + protocol + " control-dir=" + controlDir);

        List<Thread> threads = new ArrayList<>();
        if (gen != null) threads.add(new Thread(gen, "generator"));
        for (Groups.Member m : members) threads.add(new Thread(m, m.group));
        threads.forEach(Thread::start);

        CountDownLatch done = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Log.info("workload stopping");
            if (gen != null) gen.stop();
            members.forEach(Groups.Member::stop);
            long t0 = System.currentTimeMillis();
            long deadline = t0 + 8_000;
            for (Thread t : threads) {
                try { t.join(Math.max(1, deadline - System.currentTimeMillis())); } catch (InterruptedException e) { break; }
                if (t.isAlive()) Log.warn("thread " + t.getName() + " did not stop within 8 s");
            }
            Log.info("workload stopped after " + (System.currentTimeMillis() - t0) + " ms");
            done.countDown();
        }, "shutdown"));

        long intervalMs = o.lng("stats-interval-s", 10) * 1000;
        long started = System.currentTimeMillis();
        while (done.getCount() > 0) {
            if (done.await(intervalMs, java.util.concurrent.TimeUnit.MILLISECONDS)) break;
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("time", EventGenerator.iso(System.currentTimeMillis()));
            s.put("uptime_s", (System.currentTimeMillis() - started) / 1000);
            if (gen != null) {
                Map<String, Object> g = new LinkedHashMap<>();
                g.put("rate", control.rate());
                g.put("orders", gen.sentOrders.get());
                g.put("shipments", gen.sentShipments.get());
                if (gen.table() != null) {
                    g.put("orders_table_written", gen.table().written.get());
                    g.put("orders_table_failed", gen.table().failed.get());
                    g.put("orders_table_dropped", gen.table().dropped.get());
                    g.put("orders_table_backlog", gen.table().backlog());
                    g.put("orders_table_last_error", gen.table().lastError());
                }
                g.put("acked", gen.acked.get());
                g.put("malformed", gen.malformed.get());
                g.put("out_of_order", gen.outOfOrder.get());
                g.put("send_errors", gen.sendErrors.get());
                g.put("last_error", gen.lastError());
                g.put("active_orders", gen.activeOrders());
                s.put("generator", g);
            }
            Map<String, Object> gs = new LinkedHashMap<>();
            for (Groups.Member m : members) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("state", m.state);
                x.put("consumed", m.consumed.get());
                x.put("commits", m.commits.get());
                if (m instanceof Groups.FallsBehind fb) x.put("rate_cap", fb.currentRate);
                gs.put(m.group, x);
            }
            s.put("groups", gs);
            String json = Json.write(s);
            Log.info("stats " + json);
            control.writeStatus(json);
        }
    }
}
