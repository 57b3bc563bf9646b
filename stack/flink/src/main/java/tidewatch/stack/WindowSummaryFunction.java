package tidewatch.stack;

import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.streaming.api.functions.windowing.ProcessWindowFunction;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.util.Collector;

/** Attaches the key (event type) and the window bounds to the pre-aggregated count and amount. */
public class WindowSummaryFunction
        extends ProcessWindowFunction<Tuple2<Long, Double>, WindowSummary, String, TimeWindow> {
    private static final long serialVersionUID = 1L;

    @Override
    public void process(String eventType, Context ctx, Iterable<Tuple2<Long, Double>> aggregates,
            Collector<WindowSummary> out) {
        Tuple2<Long, Double> agg = aggregates.iterator().next();
        WindowSummary s = new WindowSummary();
        s.eventType = eventType;
        s.windowStartMs = ctx.window().getStart();
        s.windowEndMs = ctx.window().getEnd();
        s.count = agg.f0;
        s.amount = agg.f1;
        out.collect(s);
    }
}
