package tidewatch.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.minicluster.MiniClusterConfiguration;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Tidewatch test stack's Flink job, run in a local MiniCluster whose REST API (and web UI) listen
 * on 127.0.0.1:18081 by default.
 *
 * <pre>
 * orders-source (Kafka, event-time watermarks from event_time)
 *   |-- keyBy(event_type) --> orders-per-type-10s (tumbling 10 s window) --> window-results (log)
 *   '-- keyBy(customer_id) -> customer-running-totals (keyed state, fail-once switch)
 *                              -- rebalance --> orders-sink (slow while control/slow-sink exists)
 * </pre>
 *
 * The MiniCluster is started on its own and the job is submitted to it through its REST endpoint, so
 * the job shapes of {@link ShapeJobs} can run beside it in the same cluster ({@code --shapes false}
 * leaves them out). The JVM lives as long as the orders job.
 *
 * Arguments are {@code --name value} pairs; see {@link #DEFAULTS}.
 */
public final class OrdersJob {
    private static final Logger LOG = LoggerFactory.getLogger(OrdersJob.class);

    static final Map<String, String> DEFAULTS = Map.ofEntries(
            Map.entry("bootstrap", "127.0.0.1:19092,127.0.0.1:29092,127.0.0.1:39092"),
            Map.entry("topic", "orders"),
            Map.entry("group", "tw-flink-orders"),
            Map.entry("rest-address", "127.0.0.1"),
            Map.entry("rest-port", "18081"),
            Map.entry("run-dir", "run/flink"),
            Map.entry("parallelism", "2"),
            Map.entry("checkpoint-interval-ms", "3000"),
            Map.entry("checkpoint-timeout-ms", "60000"),
            Map.entry("out-of-orderness-ms", "3000"),
            Map.entry("idleness-ms", "30000"),
            Map.entry("window-ms", "10000"),
            Map.entry("slow-sleep-ms", "500"),
            Map.entry("restart-attempts", "10"),
            Map.entry("restart-delay-ms", "2000"),
            Map.entry("slots", "10"),
            Map.entry("shapes", "true"),
            Map.entry("job-name", "tidewatch-orders"));

    private OrdersJob() {}

    // OffsetResetStrategy is deprecated in kafka-clients 4.x, but it is what the connector's
    // OffsetsInitializer.committedOffsets(...) of flink-connector-kafka 5.0.0 takes.
    @SuppressWarnings("deprecation")
    public static void main(String[] args) throws Exception {
        Map<String, String> opt = parseArgs(args);
        Path runDir = Paths.get(opt.get("run-dir")).toAbsolutePath();
        Path controlDir = runDir.resolve("control");
        Path checkpointDir = runDir.resolve("checkpoints");
        Files.createDirectories(controlDir);
        Files.createDirectories(checkpointDir);
        int parallelism = Integer.parseInt(opt.get("parallelism"));

        Configuration cluster = new Configuration();
        cluster.setString("rest.bind-address", opt.get("rest-address"));
        cluster.setString("rest.address", opt.get("rest-address"));
        cluster.setString("rest.port", opt.get("rest-port"));
        cluster.setString("rest.bind-port", opt.get("rest-port"));
        // Every other listening socket (blob server, task manager data port) on loopback too.
        cluster.setString("jobmanager.bind-host", opt.get("rest-address"));
        cluster.setString("jobmanager.rpc.address", opt.get("rest-address"));
        cluster.setString("taskmanager.bind-host", opt.get("rest-address"));
        cluster.setString("taskmanager.host", opt.get("rest-address"));
        // REST metrics are fetched lazily and cached; 1 s instead of 10 s makes them usable for tests.
        cluster.setString("metrics.fetcher.update-interval", "1000");
        cluster.setString("web.checkpoints.history", "20");
        // Small network buffers (4 KiB is the minimum; default 32 KiB) and buffer debloating keep only
        // ~100 records in flight in front of the sink, so at a few dozen records per second a slow sink
        // back-pressures the upstream vertex after ~10 s instead of minutes (measured on this stack).
        cluster.setString("taskmanager.memory.segment-size", "4kb");
        cluster.setString("taskmanager.network.memory.buffer-debloat.enabled", "true");
        cluster.setString("parallelism.default", String.valueOf(parallelism));
        String logFile = System.getProperty("tidewatch.log.file");
        if (logFile != null) {
            // Lets the web UI (and /jobmanager/logs) show the job log.
            cluster.setString("web.log.path", logFile);
        }
        opt.forEach((name, value) -> {
            if (name.startsWith(FLINK_PREFIX)) {
                LOG.info("Flink option from the command line: {} = {}", name.substring(FLINK_PREFIX.length()), value);
                cluster.setString(name.substring(FLINK_PREFIX.length()), value);
            }
        });

        MiniCluster miniCluster = new MiniCluster(new MiniClusterConfiguration.Builder()
                .setConfiguration(cluster)
                .setNumTaskManagers(1)
                .setNumSlotsPerTaskManager(Integer.parseInt(opt.get("slots")))
                .build());
        miniCluster.start();
        String restHost = opt.get("rest-address");
        int restPort = miniCluster.getRestAddress().get().getPort();

        // Job settings travel with each job (the client's configuration), not with the cluster, so
        // the shapes can differ: no checkpointing, other timeouts, no restarts.
        Configuration conf = new Configuration(cluster);
        conf.setString("execution.checkpointing.interval", opt.get("checkpoint-interval-ms") + " ms");
        conf.setString("execution.checkpointing.timeout", opt.get("checkpoint-timeout-ms") + " ms");
        // Checkpoints that time out under a slow sink are shown as failed, not turned into job failures.
        conf.setString("execution.checkpointing.tolerable-failed-checkpoints", "1000000");
        conf.setString("execution.checkpointing.dir", checkpointDir.toUri().toString());
        conf.setString("execution.checkpointing.num-retained", "2");
        conf.setString("restart-strategy.type", "fixed-delay");
        conf.setString("restart-strategy.fixed-delay.attempts", opt.get("restart-attempts"));
        conf.setString("restart-strategy.fixed-delay.delay", opt.get("restart-delay-ms") + " ms");
        opt.forEach((name, value) -> {
            if (name.startsWith(FLINK_PREFIX)) {
                conf.setString(name.substring(FLINK_PREFIX.length()), value);
            }
        });

        StreamExecutionEnvironment env = StreamExecutionEnvironment.createRemoteEnvironment(restHost, restPort, conf);
        env.setParallelism(parallelism);

        KafkaSource<Order> source = KafkaSource.<Order>builder()
                .setBootstrapServers(opt.get("bootstrap"))
                .setTopics(opt.get("topic"))
                .setGroupId(opt.get("group"))
                .setClientIdPrefix(opt.get("group"))
                .setStartingOffsets(OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))
                .setDeserializer(new OrderDeserializer())
                .setProperty("commit.offsets.on.checkpoint", "true")
                .setProperty("partition.discovery.interval.ms", "60000")
                .build();

        WatermarkStrategy<Order> watermarks = WatermarkStrategy
                .<Order>forBoundedOutOfOrderness(Duration.ofMillis(Long.parseLong(opt.get("out-of-orderness-ms"))))
                .withTimestampAssigner((order, kafkaTs) -> order.eventTimeMs)
                .withIdleness(Duration.ofMillis(Long.parseLong(opt.get("idleness-ms"))));

        DataStream<Order> orders = env.fromSource(source, watermarks, "orders-source").uid("orders-source");

        orders.keyBy(o -> o.eventType)
                .window(TumblingEventTimeWindows.of(Duration.ofMillis(Long.parseLong(opt.get("window-ms")))))
                .aggregate(new OrderTypeAggregate(), new WindowSummaryFunction())
                .name("orders-per-type-10s").uid("orders-per-type-10s")
                .sinkTo(new LoggingSink<>())
                .name("window-results").uid("window-results");

        orders.keyBy(o -> o.customerId)
                .process(new CustomerRunningTotals(controlDir.toString()))
                .name("customer-running-totals").uid("customer-running-totals")
                .rebalance()
                .sinkTo(new ThrottledSink<>(controlDir.toString(), Long.parseLong(opt.get("slow-sleep-ms"))))
                .name("orders-sink").uid("orders-sink");

        LOG.info("starting job '{}': Kafka {} topic {} group {}, REST http://{}:{}, control dir {}",
                opt.get("job-name"), opt.get("bootstrap"), opt.get("topic"), opt.get("group"),
                opt.get("rest-address"), opt.get("rest-port"), controlDir);
        Runtime.getRuntime().addShutdownHook(new Thread(
                () -> LOG.info("JVM shutting down (signal or exit); the MiniCluster and its REST endpoint stop"),
                "tidewatch-shutdown-log"));
        JobClient ordersJob = env.executeAsync(opt.get("job-name"));
        if (Boolean.parseBoolean(opt.get("shapes"))) {
            ShapeJobs.submitAll(restHost, restPort, cluster);
        }
        int exitCode = 0;
        try {
            ordersJob.getJobExecutionResult().get();
            LOG.info("job '{}' finished", opt.get("job-name"));
        } catch (Exception e) {
            LOG.error("job '{}' ended in failure; stopping the MiniCluster", opt.get("job-name"), e);
            exitCode = 1;
        }
        miniCluster.close();
        System.exit(exitCode);
    }

    /** Prefix of arguments that set a Flink configuration key directly, e.g. --flink.web.refresh-interval 1000. */
    static final String FLINK_PREFIX = "flink.";

    private static Map<String, String> parseArgs(String[] args) {
        Map<String, String> opt = new HashMap<>(DEFAULTS);
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value pairs, got: " + a);
            }
            String name = a.substring(2);
            if (!DEFAULTS.containsKey(name) && !name.startsWith(FLINK_PREFIX)) {
                throw new IllegalArgumentException("unknown option --" + name + "; known: " + DEFAULTS.keySet());
            }
            opt.put(name, args[++i]);
        }
        return opt;
    }
}
