// Kafka's own Java Admin client doing what a lag monitor does each cycle, repeated in ONE JVM, so the
// figures are warm (no JVM start-up, JIT warmed by the first rounds). The peer of
// tests/bench/bench_kafka_cycle (docs/BENCHMARKS.md "Kafka poll cycle").
//
// One round: list the consumer groups, describe them, read every group's committed offsets (the Admin
// client batches the groups of one coordinator into one OffsetFetch), read the end offsets of the
// committed partitions (ListOffsets, one per leader) and compute the lags: what
// `kafka-consumer-groups --describe --all-groups` does. With --all-partitions it also reads the end
// offsets of every partition of every topic (what Tidewatch's collector does every cycle), which needs
// the topic list and their metadata.
//
//   java -cp "<kafka-lib>/*" AdminLagBench.java --bootstrap HOSTS [--rounds 10] [--interval-ms 1000]
//        [--all-partitions]
// Prints one line per round: round, wall ms, process CPU ms, requests (the client's request-total
// metric), groups, partitions with a committed offset, lag sum, end offsets read, RSS MiB.
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;

public final class AdminLagBench {
    private AdminLagBench() {}

    public static void main(String[] args) throws Exception {
        String bootstrap = "127.0.0.1:19092,127.0.0.1:29092,127.0.0.1:39092";
        int rounds = 10;
        long intervalMs = 1000;
        boolean allPartitions = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--bootstrap" -> bootstrap = args[++i];
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--interval-ms" -> intervalMs = Long.parseLong(args[++i]);
                case "--all-partitions" -> allPartitions = true;
                default -> {
                    System.err.println("AdminLagBench: unknown argument " + args[i]);
                    System.exit(2);
                }
            }
        }
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "admin-lag-bench");
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "30000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "60000");
        com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.out.println("round\twall_ms\tcpu_ms\trequests\tgroups\tcommitted_partitions\tlag_sum\tend_offsets\trss_mib");
        try (Admin admin = Admin.create(props)) {
            for (int round = 0; round < rounds; round++) {
                if (round > 0)
                    Thread.sleep(intervalMs);
                double requests0 = requestTotal(admin);
                long cpu0 = os.getProcessCpuTime();
                long t0 = System.nanoTime();

                List<String> groups = new ArrayList<>();
                for (ConsumerGroupListing g : admin.listConsumerGroups().all().get())
                    groups.add(g.groupId());
                admin.describeConsumerGroups(groups).all().get();
                Map<String, ListConsumerGroupOffsetsSpec> specs = new HashMap<>();
                for (String g : groups)
                    specs.put(g, new ListConsumerGroupOffsetsSpec());
                Map<String, Map<TopicPartition, OffsetAndMetadata>> committed =
                    groups.isEmpty() ? Map.of() : admin.listConsumerGroupOffsets(specs).all().get();
                Set<TopicPartition> wanted = new HashSet<>();
                for (Map<TopicPartition, OffsetAndMetadata> offsets : committed.values())
                    wanted.addAll(offsets.keySet());
                if (allPartitions) {
                    Set<String> topics = admin.listTopics().names().get();
                    Map<String, TopicDescription> described =
                        admin.describeTopics(topics).allTopicNames().get();
                    for (TopicDescription d : described.values()) {
                        for (TopicPartitionInfo p : d.partitions())
                            wanted.add(new TopicPartition(d.name(), p.partition()));
                    }
                }
                Map<TopicPartition, OffsetSpec> query = new HashMap<>();
                for (TopicPartition tp : wanted)
                    query.put(tp, OffsetSpec.latest());
                Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends =
                    query.isEmpty() ? Map.of() : admin.listOffsets(query).all().get();
                long lagSum = 0;
                int committedPartitions = 0;
                for (Map<TopicPartition, OffsetAndMetadata> offsets : committed.values()) {
                    for (Map.Entry<TopicPartition, OffsetAndMetadata> e : offsets.entrySet()) {
                        if (e.getValue() == null)
                            continue;
                        ++committedPartitions;
                        ListOffsetsResult.ListOffsetsResultInfo end = ends.get(e.getKey());
                        if (end != null)
                            lagSum += Math.max(0, end.offset() - e.getValue().offset());
                    }
                }

                long t1 = System.nanoTime();
                long cpu1 = os.getProcessCpuTime();
                double requests1 = requestTotal(admin);
                System.out.printf("%d\t%.1f\t%.1f\t%.0f\t%d\t%d\t%d\t%d\t%d%n", round, (t1 - t0) / 1e6,
                                  (cpu1 - cpu0) / 1e6, requests1 - requests0, groups.size(),
                                  committedPartitions, lagSum, ends.size(), rssMib());
                System.out.flush();
            }
        }
    }

    /// Requests the Admin client sent so far: the sum of its per-node request-total metrics.
    private static double requestTotal(Admin admin) {
        double total = 0;
        for (Map.Entry<MetricName, ? extends Metric> e : admin.metrics().entrySet()) {
            MetricName name = e.getKey();
            if (name.name().equals("request-total") && name.group().equals("admin-client-node-metrics"))
                total += ((Number) e.getValue().metricValue()).doubleValue();
        }
        return total;
    }

    private static long rssMib() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:"))
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
            }
        } catch (Exception e) {
            return -1;
        }
        return -1;
    }
}
