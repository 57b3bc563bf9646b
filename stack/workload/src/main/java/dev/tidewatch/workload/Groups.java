package dev.tidewatch.workload;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** The consumer groups with a known, documented behaviour (see stack/INTERFACE.md). */
final class Groups {
    private Groups() {}

    static Properties consumerProps(String bootstrap, String group, String protocol) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, group + "-1");
        p.put(ConsumerConfig.GROUP_PROTOCOL_CONFIG, protocol);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return p;
    }

    /** Common loop plumbing: a thread, a stop flag, wakeup on stop. */
    abstract static class Member implements Runnable {
        final String group;
        final Properties props;
        final AtomicLong consumed = new AtomicLong();
        final AtomicLong commits = new AtomicLong();
        volatile String state = "starting";
        private volatile boolean running = true;
        private volatile KafkaConsumer<byte[], byte[]> consumer;

        Member(String group, Properties props) {
            this.group = group;
            this.props = props;
        }

        boolean running() { return running; }

        void stop() {
            running = false;
            KafkaConsumer<byte[], byte[]> c = consumer;
            if (c != null) c.wakeup();
        }

        @Override
        public final void run() {
            while (running) {
                KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(props);
                consumer = c;
                try {
                    loop(c);
                    break; // loops return only when stopping or when their one-shot job is done
                } catch (WakeupException e) {
                    // stopping
                } catch (Exception e) {
                    if (!running) break;
                    state = "error: " + e.getClass().getSimpleName();
                    Log.warn(group + ": " + e + " - restarting the consumer in 5 s");
                    sleep(5000);
                } finally {
                    consumer = null;
                    // bounded: the default (30 s) can hang a shutdown right after a broker bounce
                    try {
                        c.close(CloseOptions.timeout(Duration.ofSeconds(3)));
                    } catch (Exception e) {
                        Log.warn(group + ": close: " + e);
                    }
                }
            }
            if (!state.equals("left")) state = "stopped";
        }

        abstract void loop(KafkaConsumer<byte[], byte[]> c);

        static void sleep(long ms) {
            try { Thread.sleep(ms); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
        }
    }

    /** tw-keeps-up: consumes orders and shipments, commits every second: lag stays near 0. */
    static final class KeepsUp extends Member {
        private final long commitIntervalMs;

        KeepsUp(Properties p, long commitIntervalMs) {
            super("tw-keeps-up", p);
            this.commitIntervalMs = commitIntervalMs;
        }

        @Override
        void loop(KafkaConsumer<byte[], byte[]> c) {
            c.subscribe(List.of(EventGenerator.ORDERS, EventGenerator.SHIPMENTS));
            state = "consuming";
            long lastCommit = System.currentTimeMillis();
            while (running()) {
                ConsumerRecords<byte[], byte[]> recs = c.poll(Duration.ofMillis(500));
                consumed.addAndGet(recs.count());
                long now = System.currentTimeMillis();
                if (now - lastCommit >= commitIntervalMs && !c.assignment().isEmpty()) {
                    c.commitSync(Duration.ofSeconds(10));
                    commits.incrementAndGet();
                    lastCommit = now;
                }
            }
        }
    }

    /**
     * tw-falls-behind: consumes orders at a capped rate (the control file {@code falls-behind-rate}
     * or --falls-behind-rate, msgs/s) and commits what it processed every second. Partitions are
     * paused while the local buffer drains, so the consumer keeps polling and stays a member even at rate 0.
     */
    static final class FallsBehind extends Member {
        private final Control control;
        private final long commitIntervalMs;
        volatile double currentRate;

        FallsBehind(Properties p, Control control, long commitIntervalMs) {
            super("tw-falls-behind", withMaxPoll(p, 50));
            this.control = control;
            this.commitIntervalMs = commitIntervalMs;
        }

        private static Properties withMaxPoll(Properties p, int n) {
            p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Integer.toString(n));
            return p;
        }

        @Override
        void loop(KafkaConsumer<byte[], byte[]> c) {
            ArrayDeque<ConsumerRecord<byte[], byte[]>> buffer = new ArrayDeque<>();
            Map<TopicPartition, OffsetAndMetadata> processed = new HashMap<>();
            boolean[] dirty = {false};
            c.subscribe(List.of(EventGenerator.ORDERS), new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsRevoked(Collection<TopicPartition> parts) {
                    Map<TopicPartition, OffsetAndMetadata> mine = new HashMap<>();
                    for (TopicPartition tp : parts) {
                        OffsetAndMetadata om = processed.remove(tp);
                        if (om != null) mine.put(tp, om);
                    }
                    buffer.removeIf(r -> parts.contains(new TopicPartition(r.topic(), r.partition())));
                    if (!mine.isEmpty()) c.commitSync(mine, Duration.ofSeconds(10));
                }

                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> parts) { }
            });
            state = "consuming";
            double tokens = 0;
            long lastNs = System.nanoTime();
            long lastCommit = System.currentTimeMillis();
            while (running()) {
                double rate = control.fallsBehindRate();
                currentRate = rate;
                long nowNs = System.nanoTime();
                tokens = Math.min(Math.max(1.0, rate), tokens + rate * (nowNs - lastNs) / 1e9);
                lastNs = nowNs;

                ConsumerRecords<byte[], byte[]> recs;
                if (buffer.isEmpty()) {
                    c.resume(c.assignment());
                    recs = c.poll(Duration.ofMillis(500));
                } else {
                    recs = c.poll(Duration.ofMillis(100)); // all paused: keeps the member alive
                }
                for (ConsumerRecord<byte[], byte[]> r : recs) buffer.add(r);
                c.pause(c.assignment());

                while (tokens >= 1.0 && !buffer.isEmpty()) {
                    ConsumerRecord<byte[], byte[]> r = buffer.poll();
                    processed.put(new TopicPartition(r.topic(), r.partition()), new OffsetAndMetadata(r.offset() + 1));
                    dirty[0] = true;
                    tokens -= 1.0;
                    consumed.incrementAndGet();
                }
                long now = System.currentTimeMillis();
                if (dirty[0] && now - lastCommit >= commitIntervalMs) {
                    c.commitSync(new HashMap<>(processed), Duration.ofSeconds(10));
                    commits.incrementAndGet();
                    dirty[0] = false;
                    lastCommit = now;
                }
            }
        }
    }

    /**
     * tw-stopped-committing: consumes orders, commits every second for the first N seconds after it
     * got its partitions, then never commits again while it keeps polling (stays a member).
     */
    static final class StoppedCommitting extends Member {
        private final long commitForMs;
        private final long commitIntervalMs;
        private long firstAssignedMs = -1;

        StoppedCommitting(Properties p, long commitForMs, long commitIntervalMs) {
            super("tw-stopped-committing", p);
            this.commitForMs = commitForMs;
            this.commitIntervalMs = commitIntervalMs;
        }

        @Override
        void loop(KafkaConsumer<byte[], byte[]> c) {
            c.subscribe(List.of(EventGenerator.ORDERS));
            long lastCommit = System.currentTimeMillis();
            while (running()) {
                ConsumerRecords<byte[], byte[]> recs = c.poll(Duration.ofMillis(500));
                consumed.addAndGet(recs.count());
                long now = System.currentTimeMillis();
                if (firstAssignedMs < 0 && !c.assignment().isEmpty()) {
                    firstAssignedMs = now;
                    state = "committing";
                }
                if (firstAssignedMs < 0) continue;
                if (now - firstAssignedMs < commitForMs) {
                    if (now - lastCommit >= commitIntervalMs) {
                        c.commitSync(Duration.ofSeconds(10));
                        commits.incrementAndGet();
                        lastCommit = now;
                    }
                } else if (!"stopped-committing".equals(state)) {
                    state = "stopped-committing";
                    Log.info(group + ": stopped committing after " + (now - firstAssignedMs) / 1000
                            + " s; still polling as a member");
                }
            }
        }
    }

    /**
     * tw-no-members: commits the current end offsets of every orders partition once (only if the group has
     * no committed offsets yet) with a group-less assign(), then closes: the group is Empty and its lag grows.
     */
    static final class NoMembers extends Member {
        NoMembers(Properties p) {
            super("tw-no-members", p);
        }

        @Override
        void loop(KafkaConsumer<byte[], byte[]> c) {
            List<PartitionInfo> infos = c.partitionsFor(EventGenerator.ORDERS, Duration.ofSeconds(30));
            List<TopicPartition> parts = infos.stream()
                    .map(i -> new TopicPartition(i.topic(), i.partition())).collect(Collectors.toList());
            Map<TopicPartition, OffsetAndMetadata> existing = c.committed(new java.util.HashSet<>(parts), Duration.ofSeconds(30));
            if (existing.values().stream().anyMatch(v -> v != null)) {
                Log.info(group + ": already has committed offsets; leaving them as they are");
            } else {
                Map<TopicPartition, Long> ends = c.endOffsets(parts, Duration.ofSeconds(30));
                Map<TopicPartition, OffsetAndMetadata> commit = new HashMap<>();
                ends.forEach((tp, off) -> commit.put(tp, new OffsetAndMetadata(off)));
                c.commitSync(commit, Duration.ofSeconds(30));
                commits.incrementAndGet();
                Log.info(group + ": committed end offsets of " + commit.size() + " partitions once; leaving");
            }
            state = "left";
        }
    }
}
