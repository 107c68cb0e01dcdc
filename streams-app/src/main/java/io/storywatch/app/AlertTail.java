package io.storywatch.app;

import io.storywatch.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Reads {@code news.alerts} without a consumer group (all partitions assigned, nothing committed),
 * committed transactions only, and hands each alert's JSON to a callback. Used by {@code tail} and
 * by the demo to print alerts as they arrive.
 */
public final class AlertTail implements AutoCloseable {
    private final KafkaConsumer<String, String> consumer;
    private final List<TopicPartition> partitions;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final AtomicReference<Map<TopicPartition, Long>> finishAt = new AtomicReference<>();

    public AlertTail(Properties clientProps, boolean fromBeginning) {
        Properties props = new Properties();
        props.putAll(clientProps);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
        partitions = consumer.partitionsFor(Topics.ALERTS).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        if (fromBeginning) {
            consumer.seekToBeginning(partitions);
        } else {
            consumer.seekToEnd(partitions);
        }
        partitions.forEach(consumer::position); // fix the starting point now, not at the first poll
    }

    /** Polls once and hands every alert to {@code sink}; returns how many there were. */
    public int pollOnce(Duration timeout, Consumer<ConsumerRecord<String, String>> sink) {
        int count = 0;
        for (ConsumerRecord<String, String> record : consumer.poll(timeout)) {
            sink.accept(record);
            count++;
        }
        return count;
    }

    /**
     * Polls until {@link #stop()}, or until it has read up to the offsets handed to {@link #finishAt}.
     * Call from one thread only: the consumer is not thread-safe.
     */
    public void run(Consumer<ConsumerRecord<String, String>> sink) {
        while (!stopped.get()) {
            pollOnce(Duration.ofMillis(200), sink);
            Map<TopicPartition, Long> ends = finishAt.get();
            if (ends != null && ends.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue())) {
                return;
            }
        }
    }

    /** Makes {@link #run} return once it has read up to these offsets; safe from any thread. */
    public void finishAt(Map<TopicPartition, Long> ends) {
        finishAt.set(Map.copyOf(ends));
    }

    public List<TopicPartition> partitions() {
        return partitions;
    }

    public void stop() {
        stopped.set(true);
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
