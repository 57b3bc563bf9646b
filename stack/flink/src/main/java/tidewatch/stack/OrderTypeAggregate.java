package tidewatch.stack;

import org.apache.flink.api.common.functions.AggregateFunction;
import org.apache.flink.api.java.tuple.Tuple2;

/** Incremental count and amount sum of the orders in one window (accumulator: count, amount). */
public class OrderTypeAggregate implements AggregateFunction<Order, Tuple2<Long, Double>, Tuple2<Long, Double>> {
    private static final long serialVersionUID = 1L;

    @Override
    public Tuple2<Long, Double> createAccumulator() {
        return Tuple2.of(0L, 0.0);
    }

    @Override
    public Tuple2<Long, Double> add(Order order, Tuple2<Long, Double> acc) {
        acc.f0 += 1;
        acc.f1 += order.amount;
        return acc;
    }

    @Override
    public Tuple2<Long, Double> getResult(Tuple2<Long, Double> acc) {
        return acc;
    }

    @Override
    public Tuple2<Long, Double> merge(Tuple2<Long, Double> a, Tuple2<Long, Double> b) {
        return Tuple2.of(a.f0 + b.f0, a.f1 + b.f1);
    }
}
