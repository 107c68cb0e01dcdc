package io.storywatch.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.storywatch.Topics;
import io.storywatch.feed.FeedClock;
import io.storywatch.feed.FeedReader;
import io.storywatch.feed.ReplayPlan;
import io.storywatch.json.Json;
import io.storywatch.topology.StorywatchConfig;
import io.storywatch.topology.StorywatchMetrics;
import io.storywatch.topology.StorywatchTopology;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;

/**
 * Runs the storywatch topology over a feed without a broker (Kafka's TopologyTestDriver): the same
 * records, order, timestamps and clock ticks as a replay, so the outputs are the ones the live
 * service would produce. Every JSON Lines line goes in as a raw record value.
 */
public final class Backtest implements AutoCloseable {
    private final TopologyTestDriver driver;
    private final TestInputTopic<String, byte[]> input;
    private final StorywatchConfig config;
    private final Path stateDir;
    private final List<String> enriched = new ArrayList<>();
    private final List<String> alerts = new ArrayList<>();
    private final List<String> deadLetters = new ArrayList<>();

    public Backtest(Properties overrides) {
        this(overrides, new SimpleMeterRegistry());
    }

    public Backtest(Properties overrides, io.micrometer.core.instrument.MeterRegistry registry) {
        try {
            stateDir = Files.createTempDirectory("storywatch-backtest");
        } catch (IOException e) {
            throw new IllegalStateException("cannot create a state folder", e);
        }
        StorywatchMetrics metrics = new StorywatchMetrics(registry);
        Properties props = StreamsSettings.of("backtest:9092", stateDir, metrics, overrides);
        props.put(org.apache.kafka.streams.StreamsConfig.APPLICATION_ID_CONFIG, "storywatch-backtest");
        config = StorywatchConfig.from(props);
        driver = new TopologyTestDriver(StorywatchTopology.build(props, config, metrics, 1), props);
        input = driver.createInputTopic(Topics.ARTICLES, new StringSerializer(), new ByteArraySerializer());
    }

    /** Feeds a seeds folder or a JSON Lines file, then ticks the clock through the tail. */
    public Backtest feed(Path feed, Duration tail) {
        ReplayPlan plan = ReplayPlan.of(FeedReader.read(feed, false), config.defaultZone(), Instant.now());
        for (ReplayPlan.Planned record : plan.records()) {
            pipe(record.key(), record.value(), record.timestamp());
        }
        tick(plan.lastTimestamp(), plan.lastTimestamp() + tail.toMillis());
        drain();
        return this;
    }

    /** Pipes one raw record. */
    public void pipe(String key, byte[] value, long timestamp) {
        input.pipeInput(new TestRecord<>(key, value, new RecordHeaders(), timestamp));
    }

    /** Moves the feed's clock from {@code from} to {@code to} in backtest-sized steps. */
    public void tick(long from, long to) {
        for (long t = from; t <= to; t += FeedClock.BACKTEST_TICK.toMillis()) {
            RecordHeaders headers = new RecordHeaders();
            headers.add(FeedClock.TICK_HEADER, FeedClock.TICK_VALUE);
            input.pipeInput(new TestRecord<>("~clock", null, headers, t));
        }
    }

    /** Moves what the topology produced into the result lists. */
    public void drain() {
        driver.createOutputTopic(Topics.ENRICHED, new StringDeserializer(), new StringDeserializer())
                .readValuesToList().forEach(enriched::add);
        driver.createOutputTopic(Topics.ALERTS, new StringDeserializer(), new StringDeserializer())
                .readValuesToList().forEach(alerts::add);
        driver.createOutputTopic(Topics.DLQ, new ByteArrayDeserializer(), new ByteArrayDeserializer())
                .readRecordsToList().forEach(r -> deadLetters.add(deadLetterJson(r.value(), r.headers())));
    }

    public List<String> enriched() {
        return enriched;
    }

    public List<String> alerts() {
        return alerts;
    }

    public List<String> deadLetters() {
        return deadLetters;
    }

    public TopologyTestDriver driver() {
        return driver;
    }

    /** Writes enriched.jsonl, alerts.jsonl and dlq.jsonl into {@code out}. */
    public void write(Path out) throws IOException {
        Files.createDirectories(out);
        Files.write(out.resolve("enriched.jsonl"), enriched, StandardCharsets.UTF_8);
        Files.write(out.resolve("alerts.jsonl"), alerts, StandardCharsets.UTF_8);
        Files.write(out.resolve("dlq.jsonl"), deadLetters, StandardCharsets.UTF_8);
    }

    /** A dead letter as one JSON line: its headers as text, and the original value (base64 if not UTF-8). */
    static String deadLetterJson(byte[] value, org.apache.kafka.common.header.Headers headers) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        for (Header header : headers) {
            if (!header.key().endsWith("stacktrace")) {
                node.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
            }
        }
        if (value == null) {
            node.putNull("value");
        } else if (StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(value), java.nio.CharBuffer.allocate(value.length), true).isError()) {
            node.put("valueBase64", Base64.getEncoder().encodeToString(value));
        } else {
            node.put("value", new String(value, StandardCharsets.UTF_8));
        }
        return node.toString();
    }

    @Override
    public void close() {
        driver.close();
        try (var files = Files.walk(stateDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temp folder is harmless
        }
    }
}
