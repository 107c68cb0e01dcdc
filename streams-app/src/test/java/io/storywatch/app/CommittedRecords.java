package io.storywatch.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.storywatch.json.Json;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** What the integration tests read the app's outputs with: committed records only, as JSON. */
final class CommittedRecords {
    private CommittedRecords() {
    }

    /** A consumer of committed records (read_committed), assigned by the caller, that commits nothing. */
    static KafkaConsumer<String, String> reader(Properties client) {
        Properties props = new Properties();
        props.putAll(client);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        return new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
    }

    /**
     * Every committed record of {@code topic}, from its start to its end as {@link Progress#ends} reads it
     * (once no transaction is open on it), in partition order within each partition.
     */
    static List<ConsumerRecord<String, String>> readAll(Properties client, String topic, Duration wait) throws Exception {
        List<ConsumerRecord<String, String>> out = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = reader(client); Admin admin = Admin.create(client)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = Progress.ends(admin, partitions, wait);
            long deadline = System.nanoTime() + wait.toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("cannot read " + topic + " to its end " + ends);
                }
                consumer.poll(Duration.ofMillis(200)).forEach(out::add);
            }
        }
        return out;
    }

    static JsonNode parse(String json) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }
}
