package tidewatch.stack;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.apache.flink.api.connector.source.lib.NumberSequenceSource.NumberSequenceSplit;
import org.apache.flink.api.connector.source.util.ratelimit.RateLimiter;
import org.apache.flink.api.connector.source.util.ratelimit.RateLimiterStrategy;

/**
 * A rate limit for {@code DataGeneratorSource} under which one subtask never gets another permit: it
 * emits its first record and then stays idle for good, while the other subtasks emit at a fixed rate.
 *
 * <p>A rate limiter is not told its subtask, so {@link ShapeJobs.EventTimeGenerator#open} records the
 * index in {@link #SUBTASK} on the task thread, which is the thread that later asks for permits. The
 * never-completing future keeps the task's mailbox free, so checkpoints and metrics carry on.
 */
final class OneSubtaskStalls implements RateLimiterStrategy<NumberSequenceSplit> {
    private static final long serialVersionUID = 1L;

    static final ThreadLocal<Integer> SUBTASK = new ThreadLocal<>();

    private final double perSecond;
    private final int stalledSubtask;

    OneSubtaskStalls(double perSecond, int stalledSubtask) {
        this.perSecond = perSecond;
        this.stalledSubtask = stalledSubtask;
    }

    @Override
    @SuppressWarnings("unchecked")
    public RateLimiter<NumberSequenceSplit> createRateLimiter(int parallelism) {
        RateLimiter<NumberSequenceSplit> normal = RateLimiterStrategy.perSecond(perSecond * parallelism)
                .createRateLimiter(parallelism);
        CompletableFuture<Void> never = new CompletableFuture<>();
        return new RateLimiter<>() {
            @Override
            public CompletionStage<Void> acquire(int permits) {
                Integer subtask = SUBTASK.get();
                return subtask != null && subtask == stalledSubtask ? never : normal.acquire(permits);
            }
        };
    }
}
