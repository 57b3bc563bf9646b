package dev.tidewatch.workload;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes the shop's orders into PostgreSQL's {@code orders} table (the stack's Debezium connector turns
 * the changes into {@code orders-cdc}). The generator hands over row changes without waiting: a
 * bounded queue drained by this thread over one JDBC connection, reconnecting every two seconds while
 * the database is away; changes that do not fit the queue are dropped and counted.
 */
final class OrderTable implements Runnable {
    /** One row change: the order's values after it ({@code op} c or u), or its key ({@code op} d). */
    record Change(char op, String orderId, String customerId, String status, double amount, String currency,
                  int items, long shipByMs, long promisedDeliveryMs, long createdMs, long updatedMs) {}

    private static final String UPSERT = "INSERT INTO orders (order_id, customer_id, status, amount, currency,"
            + " item_count, ship_by, promised_delivery, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)";
    private static final String UPDATE = "UPDATE orders SET status = ?, updated_at = ? WHERE order_id = ?";
    private static final String DELETE = "DELETE FROM orders WHERE order_id = ?";

    private final String url;
    private final BlockingQueue<Change> queue = new ArrayBlockingQueue<>(20_000);
    private volatile boolean running = true;
    private volatile String lastError = "";

    final AtomicLong written = new AtomicLong();
    final AtomicLong failed = new AtomicLong();
    final AtomicLong dropped = new AtomicLong();

    OrderTable(String url) {
        this.url = url;
    }

    void offer(Change c) {
        if (!queue.offer(c)) dropped.incrementAndGet();
    }

    void stop() { running = false; }

    String lastError() { return lastError; }

    int backlog() { return queue.size(); }

    @Override
    public void run() {
        Connection db = null;
        long lastLogMs = 0;
        while (running || !queue.isEmpty()) {
            try {
                if (db == null) {
                    db = DriverManager.getConnection(url);
                    db.setAutoCommit(true);
                    Log.info("orders table: connected to " + url);
                }
                Change c = queue.poll(200, TimeUnit.MILLISECONDS);
                if (c == null) {
                    if (!running) break;
                    continue;
                }
                write(db, c);
                written.incrementAndGet();
            } catch (InterruptedException e) {
                break;
            } catch (SQLException e) {
                failed.incrementAndGet();
                lastError = e.toString();
                long now = System.currentTimeMillis();
                if (now - lastLogMs > 10_000) {
                    Log.warn("orders table: " + e.getMessage());
                    lastLogMs = now;
                }
                closeQuietly(db);
                db = null;
                if (!running) break;
                try { Thread.sleep(2000); } catch (InterruptedException ie) { break; }
            }
        }
        closeQuietly(db);
    }

    private static void write(Connection db, Change c) throws SQLException {
        switch (c.op()) {
            case 'c' -> {
                try (PreparedStatement st = db.prepareStatement(UPSERT)) {
                    st.setString(1, c.orderId());
                    st.setString(2, c.customerId());
                    st.setString(3, c.status());
                    st.setDouble(4, c.amount());
                    st.setString(5, c.currency());
                    st.setInt(6, c.items());
                    st.setObject(7, utc(c.shipByMs()));
                    st.setObject(8, utc(c.promisedDeliveryMs()));
                    st.setObject(9, utc(c.createdMs()));
                    st.setObject(10, utc(c.updatedMs()));
                    st.executeUpdate();
                }
            }
            case 'u' -> {
                try (PreparedStatement st = db.prepareStatement(UPDATE)) {
                    st.setString(1, c.status());
                    st.setObject(2, utc(c.updatedMs()));
                    st.setString(3, c.orderId());
                    st.executeUpdate();
                }
            }
            default -> {
                try (PreparedStatement st = db.prepareStatement(DELETE)) {
                    st.setString(1, c.orderId());
                    st.executeUpdate();
                }
            }
        }
    }

    /** {@code timestamp} columns hold UTC: Debezium (time.precision.mode=connect) reads them as epoch ms. */
    private static LocalDateTime utc(long epochMs) {
        return LocalDateTime.ofInstant(Instant.ofEpochMilli(epochMs), ZoneOffset.UTC);
    }

    private static void closeQuietly(Connection db) {
        if (db == null) return;
        try { db.close(); } catch (SQLException ignored) { /* closing a broken connection */ }
    }
}
