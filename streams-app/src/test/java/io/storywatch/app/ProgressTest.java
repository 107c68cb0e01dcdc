package io.storywatch.app;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On a real broker: the ends the integration tests and the demo wait for are read only while no
 * transaction is open, so a transaction whose commit is on its way is never read as "nothing there".
 */
class ProgressTest {
    @TempDir
    Path work;

    @Test
    void anEndIsReadOnlyOnceNoTransactionIsOpenOnThePartition() throws Exception {
        try (LocalBroker broker = LocalBroker.start(work.resolve("broker"));
             Admin admin = Admin.create(broker.clientProperties())) {
            admin.createTopics(List.of(new NewTopic("outputs", 1, (short) 1))).all().get();
            TopicPartition partition = new TopicPartition("outputs", 0);
            Properties config = broker.clientProperties();
            config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "progress-test");
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
                    new StringSerializer())) {
                producer.initTransactions();
                producer.beginTransaction();
                producer.send(new ProducerRecord<>("outputs", "k", "first")).get();
                producer.send(new ProducerRecord<>("outputs", "k", "second")).get();

                assertThrows(TimeoutException.class, () -> Progress.ends(admin, List.of(partition), Duration.ofSeconds(2)),
                        "an open transaction's partition has no end yet");
                assertThrows(TimeoutException.class, () -> Progress.awaitConsumed(admin, "nobody", List.of(partition),
                        Duration.ofSeconds(2)), "nothing counts as consumed while a transaction is open");

                producer.commitTransaction();
            }
            Map<TopicPartition, Long> ends = Progress.ends(admin, List.of(partition), Duration.ofSeconds(30));
            assertTrue(ends.get(partition) >= 2, "the committed records are within the end: " + ends);
        }
    }
}
