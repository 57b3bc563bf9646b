package dev.tidewatch.workload;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Helper for tidewatch-stack: {@code wait-brokers N}, {@code ensure-topics}, {@code wait-isr}.
 * Exit code 0 on success, 1 on timeout/failure (with the reason on stderr).
 */
final class Admin {
    private Admin() {}

    static int main(String bootstrap, Options o) throws Exception {
        List<String> pos = o.positional();
        String cmd = pos.size() > 1 ? pos.get(1) : "";
        long deadline = System.currentTimeMillis() + (long) (o.dbl("timeout-s", 120) * 1000);
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(AdminClientConfig.CLIENT_ID_CONFIG, "tw-stack-admin");
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        try (AdminClient admin = AdminClient.create(p)) {
            switch (cmd) {
                case "wait-brokers":
                    return waitBrokers(admin, (int) o.lng("brokers", 3), deadline);
                case "ensure-topics":
                    return ensureTopics(admin, o.str("topics", "orders:6,shipments:6,orders-cdc:3"),
                            (short) o.lng("rf", 3), o.str("min-isr", "2"), deadline);
                case "wait-isr":
                    return waitIsr(admin, null, deadline);
                default:
                    System.err.println("admin: unknown command '" + cmd + "' (wait-brokers|ensure-topics|wait-isr)");
                    return 2;
            }
        }
    }

    private static int waitBrokers(AdminClient admin, int n, long deadline) throws InterruptedException {
        String last = "";
        while (System.currentTimeMillis() < deadline) {
            try {
                Collection<Node> nodes = admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
                Node controller = admin.describeCluster().controller().get(5, TimeUnit.SECONDS);
                last = nodes.size() + " broker(s) registered: " + ids(nodes);
                if (nodes.size() >= n && controller != null && controller.id() >= 0) {
                    System.out.println(last + "; active controller " + controller.id());
                    return 0;
                }
            } catch (Exception e) {
                last = rootMessage(e);
            }
            Thread.sleep(500);
        }
        System.err.println("timed out waiting for " + n + " brokers: " + last);
        return 1;
    }

    private static int ensureTopics(AdminClient admin, String spec, short rf, String minIsr, long deadline)
            throws InterruptedException {
        Map<String, Integer> wanted = new java.util.LinkedHashMap<>();
        for (String s : spec.split(",")) {
            String[] kv = s.trim().split(":");
            wanted.put(kv[0], Integer.parseInt(kv[1]));
        }
        String last = "";
        while (System.currentTimeMillis() < deadline) {
            try {
                Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
                List<NewTopic> create = new ArrayList<>();
                wanted.forEach((t, parts) -> {
                    if (!existing.contains(t)) {
                        create.add(new NewTopic(t, parts, rf).configs(Map.of("min.insync.replicas", minIsr)));
                    }
                });
                if (!create.isEmpty()) {
                    try {
                        admin.createTopics(create).all().get(30, TimeUnit.SECONDS);
                        for (NewTopic t : create) System.out.println("created topic " + t.name() + " partitions=" + t.numPartitions() + " rf=" + rf + " min.insync.replicas=" + minIsr);
                    } catch (ExecutionException e) {
                        if (!(e.getCause() instanceof TopicExistsException)) throw e;
                    }
                }
                break;
            } catch (Exception e) {
                last = rootMessage(e);
                Thread.sleep(1000);
            }
        }
        if (System.currentTimeMillis() >= deadline) {
            System.err.println("timed out creating topics: " + last);
            return 1;
        }
        return waitIsr(admin, wanted.keySet(), deadline);
    }

    /** Waits until every partition of the given topics (null: all topics) has a leader and a full ISR. */
    private static int waitIsr(AdminClient admin, Collection<String> topics, long deadline) throws InterruptedException {
        String last = "";
        while (System.currentTimeMillis() < deadline) {
            try {
                Collection<String> names = topics != null ? topics
                        : admin.listTopics(new org.apache.kafka.clients.admin.ListTopicsOptions().listInternal(true))
                                .names().get(10, TimeUnit.SECONDS);
                Map<String, TopicDescription> d = admin.describeTopics(names).allTopicNames().get(10, TimeUnit.SECONDS);
                int total = 0;
                List<String> bad = new ArrayList<>();
                Map<String, Integer> perTopic = new HashMap<>();
                for (TopicDescription td : d.values()) {
                    for (TopicPartitionInfo pi : td.partitions()) {
                        total++;
                        if (pi.leader() == null || pi.isr().size() < pi.replicas().size()) {
                            bad.add(td.name() + "-" + pi.partition());
                        }
                    }
                    perTopic.put(td.name(), td.partitions().size());
                }
                if (bad.isEmpty() && total > 0) {
                    System.out.println("all " + total + " partitions have a leader and a full ISR " + perTopic);
                    return 0;
                }
                last = bad.size() + " of " + total + " partitions under-replicated or leaderless, e.g. "
                        + bad.subList(0, Math.min(5, bad.size()));
            } catch (Exception e) {
                last = rootMessage(e);
            }
            Thread.sleep(1000);
        }
        System.err.println("timed out waiting for in-sync replicas: " + last);
        return 1;
    }

    private static String ids(Collection<Node> nodes) {
        List<Integer> ids = new ArrayList<>();
        for (Node n : nodes) ids.add(n.id());
        java.util.Collections.sort(ids);
        return ids.toString();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
