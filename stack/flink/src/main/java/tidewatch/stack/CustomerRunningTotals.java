package tidewatch.stack;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the number and amount of orders per customer in keyed state and emits every order with its
 * customer's running totals. Also the "fail once" switch: when the control file exists, one subtask
 * deletes it and throws, so the job restarts exactly once per request.
 */
public class CustomerRunningTotals extends KeyedProcessFunction<String, Order, CustomerTotal> {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(CustomerRunningTotals.class);
    public static final String FAIL_MESSAGE = "tidewatch fail-once requested";

    private final ControlFile failOnce;
    private transient ValueState<Tuple2<Long, Double>> totals;

    public CustomerRunningTotals(String controlDir) {
        this.failOnce = new ControlFile(controlDir, "fail-once", 250);
    }

    @Override
    public void open(OpenContext openContext) {
        totals = getRuntimeContext().getState(
                new ValueStateDescriptor<>("customer-totals", Types.TUPLE(Types.LONG, Types.DOUBLE)));
    }

    @Override
    public void processElement(Order order, Context ctx, Collector<CustomerTotal> out) throws Exception {
        if (failOnce.consume()) {
            LOG.warn("control file {} found and removed: failing the job on purpose", failOnce.path());
            throw new RuntimeException(FAIL_MESSAGE + " (control file " + failOnce.path() + ")");
        }
        Tuple2<Long, Double> t = totals.value();
        if (t == null) {
            t = Tuple2.of(0L, 0.0);
        }
        t.f0 += 1;
        t.f1 += order.amount;
        totals.update(t);
        out.collect(new CustomerTotal(order, t.f0, t.f1));
    }
}
