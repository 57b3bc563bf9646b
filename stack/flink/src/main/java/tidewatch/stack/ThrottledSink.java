package tidewatch.stack;

import java.io.IOException;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.metrics.Counter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Discards its input, but sleeps per record while the control file {@code slow-sink} exists. Behind a
 * network edge this back-pressures the upstream vertex; without the file it is as fast as possible.
 * Counts records written and slowed in the counters {@code recordsDiscarded} and {@code recordsSlowed}.
 */
public class ThrottledSink<T> implements Sink<T> {
    private static final long serialVersionUID = 1L;

    private final String controlDir;
    private final long slowSleepMs;

    public ThrottledSink(String controlDir, long slowSleepMs) {
        this.controlDir = controlDir;
        this.slowSleepMs = slowSleepMs;
    }

    @Override
    public SinkWriter<T> createWriter(WriterInitContext context) throws IOException {
        return new Writer<>(new ControlFile(controlDir, "slow-sink", 200), slowSleepMs,
                context.metricGroup().counter("recordsDiscarded"),
                context.metricGroup().counter("recordsSlowed"),
                context.getTaskInfo().getIndexOfThisSubtask());
    }

    private static final class Writer<T> implements SinkWriter<T> {
        private static final Logger LOG = LoggerFactory.getLogger(ThrottledSink.class);
        private static final long REPORT_EVERY_MS = 30_000;

        private final ControlFile slow;
        private final long slowSleepMs;
        private final Counter discarded;
        private final Counter slowed;
        private final int subtask;
        private boolean wasSlow;
        private long nextReport = System.currentTimeMillis() + REPORT_EVERY_MS;

        Writer(ControlFile slow, long slowSleepMs, Counter discarded, Counter slowed, int subtask) {
            this.slow = slow;
            this.slowSleepMs = slowSleepMs;
            this.discarded = discarded;
            this.slowed = slowed;
            this.subtask = subtask;
        }

        @Override
        public void write(T element, Context context) throws InterruptedException {
            boolean isSlow = slow.isPresent();
            if (isSlow != wasSlow) {
                LOG.info("orders-sink[{}]: slow mode {} ({} ms per record)", subtask, isSlow ? "ON" : "OFF",
                        isSlow ? slowSleepMs : 0);
                wasSlow = isSlow;
            }
            if (isSlow) {
                slowed.inc();
                Thread.sleep(slowSleepMs);
            }
            discarded.inc();
            long now = System.currentTimeMillis();
            if (now >= nextReport) {
                LOG.info("orders-sink[{}]: {} records so far ({} slowed)", subtask, discarded.getCount(),
                        slowed.getCount());
                nextReport = now + REPORT_EVERY_MS;
            }
        }

        @Override
        public void flush(boolean endOfInput) {}

        @Override
        public void close() {}
    }
}
