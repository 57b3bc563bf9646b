package tidewatch.stack;

/** Count and amount of one event type in one tumbling event-time window. */
public class WindowSummary {
    public String eventType;
    public long windowStartMs;
    public long windowEndMs;
    public long count;
    public double amount;

    public WindowSummary() {}

    @Override
    public String toString() {
        return "window [" + java.time.Instant.ofEpochMilli(windowStartMs) + ", "
                + java.time.Instant.ofEpochMilli(windowEndMs) + ") type=" + eventType
                + " count=" + count + " amount=" + String.format(java.util.Locale.ROOT, "%.2f", amount);
    }
}
