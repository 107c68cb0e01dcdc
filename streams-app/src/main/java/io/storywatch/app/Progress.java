package io.storywatch.app;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Asks the broker how far a streams app has got: its committed offsets against the topics' ends.
 *
 * <p>An end is read only while no transaction is open on the partition. When a transaction commits,
 * its coordinator writes the commit markers to each partition separately: the consumed offsets it
 * carried can be visible in the group before the marker reaches an output partition, whose committed
 * end (last stable offset) then still stops short of that transaction's records.
 */
public final class Progress {
    private static final Duration POLL = Duration.ofMillis(200);

    private Progress() {
    }

    /**
     * The committed ends of the given partitions, read once no transaction is open on any of them.
     *
     * @throws TimeoutException if some partition kept a transaction open for {@code timeout}
     */
    public static Map<TopicPartition, Long> ends(Admin admin, Collection<TopicPartition> partitions, Duration timeout)
            throws ExecutionException, InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<Map<TopicPartition, Long>> settled = settledEnds(admin, partitions);
            if (settled.isPresent()) {
                return settled.get();
            }
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("a transaction stayed open on " + partitions + " for " + timeout.toSeconds() + " s");
            }
            TimeUnit.MILLISECONDS.sleep(POLL.toMillis());
        }
    }

    /** Waits until group {@code groupId} has committed up to the end of every given partition. */
    public static void awaitConsumed(Admin admin, String groupId, Collection<TopicPartition> partitions, Duration timeout)
            throws ExecutionException, InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            // committed first, then the ends: an input offset committed now was committed with what it produced
            // downstream (exactly-once), so the ends read after it count those records and the check waits for them;
            // read the other way round, a later stage's end could be read before the earlier stage wrote to it
            Map<TopicPartition, OffsetAndMetadata> committed =
                    admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata().get();
            Optional<Map<TopicPartition, Long>> ends = settledEnds(admin, partitions);
            if (ends.isPresent() && ends.get().entrySet().stream().allMatch(e -> e.getValue() == 0
                    || committed.get(e.getKey()) != null && committed.get(e.getKey()).offset() >= e.getValue())) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new TimeoutException(groupId + " has not consumed " + partitions + " within " + timeout.toSeconds()
                        + " s (ends " + ends.map(Map::toString).orElse("unsettled") + ", committed " + committed + ")");
            }
            TimeUnit.MILLISECONDS.sleep(POLL.toMillis());
        }
    }

    /**
     * The last stable offsets, or empty while a transaction is open on some partition: there the last
     * stable offset, where the open transaction begins, is below the high watermark.
     */
    private static Optional<Map<TopicPartition, Long>> settledEnds(Admin admin, Collection<TopicPartition> partitions)
            throws ExecutionException, InterruptedException {
        Map<TopicPartition, Long> stable = latest(admin, partitions, IsolationLevel.READ_COMMITTED);
        Map<TopicPartition, Long> written = latest(admin, partitions, IsolationLevel.READ_UNCOMMITTED);
        return stable.equals(written) ? Optional.of(stable) : Optional.empty();
    }

    private static Map<TopicPartition, Long> latest(Admin admin, Collection<TopicPartition> partitions,
                                                    IsolationLevel isolation) throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(p -> request.put(p, OffsetSpec.latest()));
        Map<TopicPartition, Long> ends = new HashMap<>();
        admin.listOffsets(request, new ListOffsetsOptions(isolation)).all().get()
                .forEach((p, info) -> ends.put(p, info.offset()));
        return ends;
    }
}
