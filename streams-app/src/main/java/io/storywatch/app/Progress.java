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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Asks the broker how far a streams app has got: its committed offsets against the topics' ends. */
public final class Progress {
    private Progress() {
    }

    /** End offsets (last stable offset: committed transactions only) of the given partitions. */
    public static Map<TopicPartition, Long> ends(Admin admin, Collection<TopicPartition> partitions)
            throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(p -> request.put(p, OffsetSpec.latest()));
        Map<TopicPartition, Long> ends = new HashMap<>();
        admin.listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get()
                .forEach((p, info) -> ends.put(p, info.offset()));
        return ends;
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
            Map<TopicPartition, Long> ends = ends(admin, partitions);
            boolean done = ends.entrySet().stream().allMatch(e -> e.getValue() == 0
                    || committed.get(e.getKey()) != null && committed.get(e.getKey()).offset() >= e.getValue());
            if (done) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new TimeoutException(groupId + " has not consumed " + partitions + " within " + timeout.toSeconds()
                        + " s (ends " + ends + ", committed " + committed + ")");
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
    }
}
