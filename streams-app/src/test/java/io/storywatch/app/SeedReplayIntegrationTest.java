package io.storywatch.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.storywatch.Topics;
import io.storywatch.feed.FeedReader;
import io.storywatch.feed.ReplayPlan;
import io.storywatch.json.Json;
import io.storywatch.producer.Replayer;
import io.storywatch.topology.DeadLetterHandler;
import io.storywatch.topology.StorywatchConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seeds end to end on a real Kafka broker (a KRaft kafka.Kafka process) with the streams app
 * under exactly-once: alerts as the desk expects, a second replay adds none, and malformed records
 * land in the dead-letter topic with their reason while the next good record is processed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeedReplayIntegrationTest {
    private static final Duration WAIT = LocalApp.WAIT;
    private static LocalApp app;
    private static StorywatchService service;
    private static Properties client;

    @BeforeAll
    static void start() throws Exception {
        app = new LocalApp("storywatch-it", new Properties());
        service = app.service;
        client = app.client;
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    @Order(1)
    void theSeedReplayRaisesTheStoryAndItsDeadlineAlerts() throws Exception {
        replaySeeds();
        List<JsonNode> alerts = readAll(Topics.ALERTS);
        List<String> types = alerts.stream().map(a -> a.get("type").asText()).toList();
        assertEquals(1, types.stream().filter("NEW_STORY"::equals).count(), types.toString());
        JsonNode passed = alerts.get(alerts.size() - 1);
        assertEquals("DEADLINE_PASSED", passed.get("type").asText());
        assertEquals(OffsetDateTime.parse("2026-02-27T17:01-05:00").toInstant(),
                OffsetDateTime.parse(passed.at("/deadline/due").asText()).toInstant());
        assertEquals("MINUTE", passed.at("/deadline/precision").asText());
        assertEquals(5, passed.get("outlets").size());
        assertEquals(List.of("NEW_STORY", "DEADLINE_DETECTED", "STORY_CONFIRMED", "STORY_CONFIRMED", "DEADLINE_REVISED",
                "STORY_CONFIRMED", "DEADLINE_APPROACHING", "DEADLINE_APPROACHING", "DEADLINE_PASSED"), types);

        try (Backtest backtest = new Backtest(new Properties())) {
            List<String> expectedIds = backtest.feed(Path.of("..", "seeds"), Duration.ofDays(7)).alerts().stream()
                    .map(SeedReplayIntegrationTest::alertId).toList();
            assertEquals(expectedIds, alerts.stream().map(a -> a.get("alertId").asText()).toList(),
                    "the backtest and the broker give the same alerts");
        }
        assertEquals(5, readAll(Topics.ENRICHED).size());
    }

    @Test
    @Order(2)
    void aSecondReplayOfTheSameFeedAddsNoAlert() throws Exception {
        int before = readAll(Topics.ALERTS).size();
        replaySeeds();
        assertEquals(before, readAll(Topics.ALERTS).size());
        List<JsonNode> enriched = readAll(Topics.ENRICHED);
        assertEquals(10, enriched.size());
        assertEquals(5, enriched.stream().filter(e -> e.get("verdict").asText().equals("DUPLICATE")).count());
    }

    @Test
    @Order(3)
    void malformedRecordsAreDeadLetteredWithTheirReasonAndTheNextGoodOneIsProcessed() throws Exception {
        long at = Instant.parse("2026-03-01T00:00:00Z").toEpochMilli(); // within the clock the replay reached
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(client, new StringSerializer(), new ByteArraySerializer())) {
            send(producer, "bad-1", "<html>not json</html>".getBytes(StandardCharsets.UTF_8), at);
            send(producer, "bad-2", "{\"id\":\"bad-2\",\"title\":\"no body here\"}".getBytes(StandardCharsets.UTF_8), at);
            send(producer, "bad-3", new byte[0], at);
            send(producer, "good-1", Json.write(new io.storywatch.article.Article("good-1", null, "harbor.example",
                    "Port talks", null, "2026-02-28T12:00:00Z", "Port talks resume; the union has until Monday to answer.", "en")), at);
            producer.flush();
        }
        for (int p = 0; p < TopicSetup.PARTITIONS; p++) { // move every partition's clock past the records
            tick(p, at + 1);
        }
        List<ConsumerRecord<byte[], byte[]>> dead = readRaw(Topics.DLQ, 3);
        List<String> reasons = dead.stream()
                .map(r -> new String(r.headers().lastHeader(DeadLetterHandler.REASON_HEADER).value(), StandardCharsets.UTF_8))
                .sorted().toList();
        assertEquals(List.of("empty-value", "missing-body", "not-json"), reasons);
        assertTrue(dead.stream().anyMatch(r -> new String(r.value(), StandardCharsets.UTF_8).equals("<html>not json</html>")));
        assertTrue(dead.stream().allMatch(r -> r.headers().lastHeader("__streams.errors.message") != null));
        List<JsonNode> enriched = readAll(Topics.ENRICHED);
        assertTrue(enriched.stream().anyMatch(e -> e.get("articleId").asText().equals("good-1")
                && e.get("verdict").asText().equals("NEW_STORY")));
        assertTrue(service.healthy(), "the app keeps running");
        assertTrue(service.registry().scrape().contains("storywatch_dead_letters_total{reason=\"not-json\"} 1.0"),
                "dead letters are counted by reason");
    }

    private static void replaySeeds() throws InterruptedException {
        ReplayPlan plan = ReplayPlan.of(FeedReader.read(Path.of("..", "seeds"), true),
                StorywatchConfig.defaults().defaultZone(), Instant.now());
        try (Replayer replayer = new Replayer(client, 0, Duration.ofDays(7), false)) {
            replayer.replay(plan);
        }
    }

    private static void awaitCaughtUp() throws Exception {
        app.awaitCaughtUp();
    }

    private static void send(KafkaProducer<String, byte[]> producer, String key, byte[] value, long at) throws Exception {
        producer.send(new ProducerRecord<>(Topics.ARTICLES, null, at, key, value)).get();
    }

    private static void tick(int partition, long at) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(client, new StringSerializer(), new ByteArraySerializer())) {
            var headers = new org.apache.kafka.common.header.internals.RecordHeaders();
            headers.add(io.storywatch.feed.FeedClock.TICK_HEADER, io.storywatch.feed.FeedClock.TICK_VALUE);
            producer.send(new ProducerRecord<>(Topics.ARTICLES, partition, at, Replayer.TICK_KEY, null, headers)).get();
        }
    }

    /**
     * Reads a topic from the start to its end, committed transactions only, once the app has caught up:
     * under exactly-once, an input offset is committed in the same transaction as the outputs it caused.
     * Alerts are keyed by story, so one story's alerts come in the order the desk emitted them.
     */
    private static List<JsonNode> readAll(String topic) throws Exception {
        awaitCaughtUp();
        return CommittedRecords.readAll(client, topic, WAIT).stream().map(r -> parse(r.value())).toList();
    }

    private static List<ConsumerRecord<byte[], byte[]>> readRaw(String topic, int count) throws Exception {
        List<ConsumerRecord<byte[], byte[]>> out = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProps(), new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (out.size() < count && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(out::add);
            }
        }
        return out;
    }

    private static Properties consumerProps() {
        Properties props = new Properties();
        props.putAll(client);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "it-reader-" + System.nanoTime());
        return props;
    }

    private static JsonNode parse(String json) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String alertId(String json) {
        return parse(json).get("alertId").asText();
    }

}
