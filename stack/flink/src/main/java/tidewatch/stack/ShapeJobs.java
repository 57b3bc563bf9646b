package tidewatch.stack;

import java.io.IOException;
import java.time.Duration;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.api.connector.source.util.ratelimit.RateLimiterStrategy;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.connector.datagen.source.GeneratorFunction;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Small jobs of distinct shapes that run beside the orders job in the same MiniCluster, so Tidewatch
 * can be tested against Flink's real answers for each: no checkpointing, checkpoints that always
 * expire, a job that fails for good, a bounded job that finishes, a back-pressured source without
 * watermarks, and a source with a permanently idle subtask. None of them needs Kafka; each is named
 * {@code tidewatch-<shape>} and its operators have fixed uids.
 */
public final class ShapeJobs {
    private static final Logger LOG = LoggerFactory.getLogger(ShapeJobs.class);

    /** Event time of the generated records trails the wall clock by this much. */
    static final long EVENT_TIME_BEHIND_MS = 2000;

    private ShapeJobs() {}

    static void submitAll(String host, int port, Configuration cluster) throws Exception {
        noCheckpoints(env(host, port, cluster, null));
        checkpointsExpire(env(host, port, cluster, null));
        failsForGood(env(host, port, cluster, null));
        bounded(env(host, port, cluster, null));
        backpressuredSource(env(host, port, cluster, null));
        idleSubtask(env(host, port, cluster, null));
    }

    /** A client environment for one job: the cluster settings without any job-level ones. */
    private static StreamExecutionEnvironment env(String host, int port, Configuration cluster, Configuration job) {
        Configuration conf = new Configuration(cluster);
        if (job != null) {
            conf.addAll(job);
        }
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createRemoteEnvironment(host, port, conf);
        env.setParallelism(1);
        return env;
    }

    private static DataGeneratorSource<Long> eventTimes(double perSecond) {
        return new DataGeneratorSource<>(new EventTimeGenerator(), Long.MAX_VALUE,
                RateLimiterStrategy.perSecond(perSecond), Types.LONG);
    }

    private static WatermarkStrategy<Long> eventTimeWatermarks() {
        return WatermarkStrategy.<Long>forBoundedOutOfOrderness(Duration.ofSeconds(1))
                .withTimestampAssigner((value, ts) -> value);
    }

    /** Streaming, no periodic checkpoints: Flink 2.x answers /checkpoints with 200 and zero counts. */
    private static void noCheckpoints(StreamExecutionEnvironment env) throws Exception {
        env.fromSource(eventTimes(20), eventTimeWatermarks(), "no-cp-source").uid("no-cp-source")
                .map(v -> v).name("no-cp-map").uid("no-cp-map")
                .sinkTo(new DiscardingSink<>()).name("no-cp-sink").uid("no-cp-sink");
        submit(env, "tidewatch-no-checkpoints");
    }

    /** Every checkpoint times out: the snapshot of one operator takes longer than the timeout. */
    private static void checkpointsExpire(StreamExecutionEnvironment env) throws Exception {
        env.enableCheckpointing(2000);
        env.getCheckpointConfig().setCheckpointTimeout(1000);
        env.getCheckpointConfig().setTolerableCheckpointFailureNumber(1_000_000);
        env.fromSource(eventTimes(20), eventTimeWatermarks(), "expire-source").uid("expire-source")
                .map(new SlowSnapshotMap(3000)).name("slow-snapshot").uid("slow-snapshot")
                .sinkTo(new DiscardingSink<>()).name("expire-sink").uid("expire-sink");
        submit(env, "tidewatch-checkpoints-expire");
    }

    /** No restart strategy and an operator that throws (with a cause) after ~2 s: FAILED for good. */
    private static void failsForGood(StreamExecutionEnvironment env) throws Exception {
        Configuration noRestarts = new Configuration();
        noRestarts.setString("restart-strategy.type", "none");
        env.configure(noRestarts);
        env.fromSource(eventTimes(20), eventTimeWatermarks(), "doomed-source").uid("doomed-source")
                .map(new FailAfter(40)).name("fail-after-40").uid("fail-after-40")
                .sinkTo(new DiscardingSink<>()).name("doomed-sink").uid("doomed-sink");
        submit(env, "tidewatch-fails-for-good");
    }

    /** A bounded batch job that ends FINISHED after about two seconds. */
    private static void bounded(StreamExecutionEnvironment env) throws Exception {
        Configuration batch = new Configuration();
        batch.setString("execution.runtime-mode", "BATCH");
        env.configure(batch);
        DataGeneratorSource<Long> source = new DataGeneratorSource<>(new EventTimeGenerator(), 400,
                RateLimiterStrategy.perSecond(200), Types.LONG);
        env.fromSource(source, WatermarkStrategy.noWatermarks(), "bounded-source").uid("bounded-source")
                .map(v -> v).name("bounded-map").uid("bounded-map")
                .sinkTo(new DiscardingSink<>()).name("bounded-sink").uid("bounded-sink");
        submit(env, "tidewatch-bounded");
    }

    /**
     * A source without watermarks that offers far more than a slow operator behind a network edge
     * takes: the source is back-pressured (~1000 ms/s) and emits only in bursts.
     */
    private static void backpressuredSource(StreamExecutionEnvironment env) throws Exception {
        DataStream<Long> source = env.fromSource(eventTimes(500), WatermarkStrategy.noWatermarks(), "bp-source")
                .uid("bp-source");
        source.rebalance()
                .map(new SleepMap(20)).name("bp-slow-map").uid("bp-slow-map")
                .sinkTo(new DiscardingSink<>()).name("bp-sink").uid("bp-sink");
        submit(env, "tidewatch-backpressured-source");
    }

    /** Two source subtasks with event-time watermarks; subtask 1 emits one record and then nothing. */
    private static void idleSubtask(StreamExecutionEnvironment env) throws Exception {
        env.enableCheckpointing(5000);
        DataGeneratorSource<Long> source = new DataGeneratorSource<>(new EventTimeGenerator(), Long.MAX_VALUE,
                new OneSubtaskStalls(20, 1), Types.LONG);
        env.fromSource(source, eventTimeWatermarks().withIdleness(Duration.ofSeconds(5)), "idle-source")
                .uid("idle-source").setParallelism(2)
                .keyBy(v -> v % 4)
                .map(v -> v).name("idle-keyed-map").uid("idle-keyed-map").setParallelism(2)
                .sinkTo(new DiscardingSink<>()).name("idle-sink").uid("idle-sink").setParallelism(2);
        submit(env, "tidewatch-idle-subtask");
    }

    private static void submit(StreamExecutionEnvironment env, String name) throws Exception {
        env.executeAsync(name);
        LOG.info("submitted job shape '{}'", name);
    }

    /** Records are their own event time: the wall clock minus {@link #EVENT_TIME_BEHIND_MS}. */
    static final class EventTimeGenerator implements GeneratorFunction<Long, Long> {
        private static final long serialVersionUID = 1L;

        @Override
        public void open(SourceReaderContext readerContext) {
            OneSubtaskStalls.SUBTASK.set(readerContext.getIndexOfSubtask());
        }

        @Override
        public Long map(Long index) {
            return System.currentTimeMillis() - EVENT_TIME_BEHIND_MS;
        }
    }

    /** Sleeps in every snapshot, longer than the job's checkpoint timeout. */
    static final class SlowSnapshotMap implements MapFunction<Long, Long>, CheckpointedFunction {
        private static final long serialVersionUID = 1L;
        private final long sleepMs;

        SlowSnapshotMap(long sleepMs) {
            this.sleepMs = sleepMs;
        }

        @Override
        public Long map(Long value) {
            return value;
        }

        @Override
        public void snapshotState(FunctionSnapshotContext context) throws InterruptedException {
            Thread.sleep(sleepMs);
        }

        @Override
        public void initializeState(FunctionInitializationContext context) {}
    }

    /** Throws after a number of records; the cause is what an operator should be shown. */
    static final class FailAfter implements MapFunction<Long, Long> {
        private static final long serialVersionUID = 1L;
        private final long limit;
        private long seen;

        FailAfter(long limit) {
            this.limit = limit;
        }

        @Override
        public Long map(Long value) {
            if (++seen > limit) {
                throw new IllegalStateException("tidewatch fails-for-good: giving up after " + limit + " records",
                        new IOException("tidewatch simulated root cause: quota exceeded"));
            }
            return value;
        }
    }

    static final class SleepMap implements MapFunction<Long, Long> {
        private static final long serialVersionUID = 1L;
        private final long sleepMs;

        SleepMap(long sleepMs) {
            this.sleepMs = sleepMs;
        }

        @Override
        public Long map(Long value) throws InterruptedException {
            Thread.sleep(sleepMs);
            return value;
        }
    }
}
