package tidewatch.stack;

/** An order together with the running totals of its customer, emitted once per order. */
public class CustomerTotal {
    public String customerId;
    public String eventType;
    public double amount;
    public long eventTimeMs;
    public long customerOrders;
    public double customerAmount;
    /** The original order JSON. */
    public String json;

    public CustomerTotal() {}

    public CustomerTotal(Order order, long customerOrders, double customerAmount) {
        this.customerId = order.customerId;
        this.eventType = order.eventType;
        this.amount = order.amount;
        this.eventTimeMs = order.eventTimeMs;
        this.customerOrders = customerOrders;
        this.customerAmount = customerAmount;
        this.json = order.json;
    }
}
