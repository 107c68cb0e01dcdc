package io.storywatch.app;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On a real broker that goes away during a transaction's commit: Kafka's own producer delivers the
 * commit it timed out on once the broker is back (so a caller that gave the transaction up, as Kafka
 * Streams does, finds its records committed after all); the fail-stop producer never does, and the
 * next producer with the same transactional id aborts the transaction.
 */
class FailStopClientSupplierTest {
    private static final String TOPIC = "doubtful";
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path work;
    private LocalBroker broker;

    @BeforeEach
    void startBroker() throws Exception {
        broker = LocalBroker.start(work.resolve("broker"));
        try (Admin admin = Admin.create(broker.clientProperties())) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get();
        }
    }

    @AfterEach
    void stopBroker() {
        broker.close();
    }

    @Test
    void kafkasProducerCommitsTheTransactionItTimedOutOnOnceTheBrokerIsBack() throws Exception {
        Producer<byte[], byte[]> producer = timeOutACommit(
                config -> new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer()), "plain",
                TimeoutException.class);
        broker.restart();
        List<String> seen = new ArrayList<>();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (seen.isEmpty() && System.nanoTime() < deadline) {
            seen.addAll(readCommitted().values());
        }
        producer.close(Duration.ZERO);
        assertEquals(List.of("in doubt"), seen, "the queued commit went through after the broker came back");
    }

    @Test
    void theFailStopProducerAbandonsTheTransactionAndTheNextInstanceAbortsIt() throws Exception {
        Producer<byte[], byte[]> producer = timeOutACommit(config -> new FailStopClientSupplier().getProducer(config),
                "fail-stop", FailStopClientSupplier.TransactionInDoubtException.class);
        // closed, so nothing queued in it can reach the broker later (waiting to see nothing arrive would prove less)
        IllegalStateException closed = assertThrows(IllegalStateException.class,
                () -> producer.send(new ProducerRecord<>(TOPIC, "later".getBytes(StandardCharsets.UTF_8))));
        assertTrue(closed.getMessage().contains("closed"), closed.getMessage());
        broker.restart();
        // the restarted app's producer: same transactional id, so the broker fences the old one and aborts its transaction
        try (Producer<byte[], byte[]> next = new FailStopClientSupplier().getProducer(producerConfig("fail-stop"))) {
            next.initTransactions();
        }
        Read read = readCommitted();
        assertEquals(2, read.stableEnd(), "the transaction is over: its record and the abort marker");
        assertEquals(List.of(), read.values(), "nothing of the abandoned transaction is visible");
    }

    /** Writes one record in a transaction, stops the broker and lets the commit time out; returns the producer. */
    private Producer<byte[], byte[]> timeOutACommit(Function<Map<String, Object>, Producer<byte[], byte[]>> factory,
                                                    String transactionalId, Class<? extends RuntimeException> expected)
            throws Exception {
        Producer<byte[], byte[]> producer = factory.apply(producerConfig(transactionalId));
        producer.initTransactions();
        producer.beginTransaction();
        producer.send(new ProducerRecord<>(TOPIC, "in doubt".getBytes(StandardCharsets.UTF_8))).get();
        broker.stop();
        assertThrows(expected, producer::commitTransaction);
        return producer;
    }

    private Map<String, Object> producerConfig(String transactionalId) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 3_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000);
        config.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, 60_000); // longer than the test: only fencing aborts it
        return config;
    }

    private record Read(long stableEnd, List<String> values) {
    }

    /** What a read_committed consumer finds up to the last stable offset, in one pass. */
    private Read readCommitted() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            TopicPartition partition = new TopicPartition(TOPIC, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition); // the LSO under read_committed
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (consumer.position(partition) < end && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> values.add(r.value()));
            }
            return new Read(end, values);
        }
    }
}
