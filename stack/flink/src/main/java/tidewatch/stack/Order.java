package tidewatch.stack;

/** One parsed event from the {@code orders} topic (a Flink POJO: public fields, no-arg constructor). */
public class Order {
    public String customerId;
    public String eventType;
    public double amount;
    /** Event time in epoch milliseconds, from the JSON field {@code event_time}. */
    public long eventTimeMs;
    /** The record value as received; carried along so the sink gets realistic record sizes (~400 bytes). */
    public String json;

    public Order() {}

    public Order(String customerId, String eventType, double amount, long eventTimeMs, String json) {
        this.customerId = customerId;
        this.eventType = eventType;
        this.amount = amount;
        this.eventTimeMs = eventTimeMs;
        this.json = json;
    }

    @Override
    public String toString() {
        return "Order{" + customerId + ", " + eventType + ", " + amount + ", " + eventTimeMs + "}";
    }
}
