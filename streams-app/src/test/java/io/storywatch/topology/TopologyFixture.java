package io.storywatch.topology;

import io.micrometer.core.instrument.MeterRegistry;
import io.storywatch.Topics;
import io.storywatch.app.StreamsSettings;
import io.storywatch.feed.FeedClock;
import io.storywatch.feed.FeedReader;
import io.storywatch.feed.ReplayPlan;
import io.storywatch.json.JsonSerde;
import io.storywatch.wire.Alert;
import io.storywatch.wire.DeskRecord;
import io.storywatch.wire.EnrichedArticle;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;

/**
 * The storywatch topology on Kafka's TopologyTestDriver with typed test topics: raw records in,
 * {@link EnrichedArticle}s, {@link Alert}s and dead letters out, and the feed's clock in the test's
 * hands, under the settings the app runs with. State goes to a folder the test owns.
 */
final class TopologyFixture implements AutoCloseable {
    final TopologyTestDriver driver;
    final TestInputTopic<String, byte[]> articles;
    final TestOutputTopic<String, EnrichedArticle> enriched;
    final TestOutputTopic<String, Alert> alerts;
    final TestOutputTopic<byte[], byte[]> deadLetters;
    private final StorywatchConfig config;

    TopologyFixture(Path stateDir, Map<String, String> settings, MeterRegistry registry) {
        this(stateDir, settings, registry, 1);
    }

    /** @param inputPartitions how many input partitions the desk waits for (see {@link #desk()}) */
    TopologyFixture(Path stateDir, Map<String, String> settings, MeterRegistry registry, int inputPartitions) {
        StorywatchMetrics metrics = new StorywatchMetrics(registry);
        Properties overrides = new Properties();
        overrides.putAll(settings);
        overrides.put(StreamsConfig.APPLICATION_ID_CONFIG, "storywatch-topology-test");
        Properties props = StreamsSettings.of("unused:9092", stateDir, metrics, overrides); // the app's own settings
        config = StorywatchConfig.from(props);
        driver = new TopologyTestDriver(StorywatchTopology.build(props, config, metrics, inputPartitions), props);
        articles = driver.createInputTopic(Topics.ARTICLES, new StringSerializer(), new ByteArraySerializer());
        enriched = driver.createOutputTopic(Topics.ENRICHED, new StringDeserializer(),
                JsonSerde.of(EnrichedArticle.class).deserializer());
        alerts = driver.createOutputTopic(Topics.ALERTS, new StringDeserializer(), JsonSerde.of(Alert.class).deserializer());
        deadLetters = driver.createOutputTopic(Topics.DLQ, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    /** The desk's repartition topic, to pipe analysed articles into as if from several input partitions. */
    TestInputTopic<String, DeskRecord> desk() {
        return driver.createInputTopic("storywatch-topology-test-" + StorywatchTopology.DESK_REPARTITION + "-repartition",
                new StringSerializer(), JsonSerde.of(DeskRecord.class).serializer());
    }

    /** Pipes one raw record at feed time {@code timestamp}. */
    void pipe(String key, byte[] value, long timestamp) {
        articles.pipeInput(new TestRecord<>(key, value, new RecordHeaders(), timestamp));
    }

    /** Replays a seeds folder or JSON Lines feed in publish order, then ticks the clock through {@code tail}. */
    TopologyFixture feed(Path feed, Duration tail) {
        ReplayPlan plan = ReplayPlan.of(FeedReader.read(feed, false), config.defaultZone(), Instant.EPOCH);
        plan.records().forEach(r -> pipe(r.key(), r.value(), r.timestamp()));
        tick(plan.lastTimestamp(), plan.lastTimestamp() + tail.toMillis());
        return this;
    }

    /** Ticks of the feed's clock from {@code from} to {@code to}, as a replay sends them. */
    void tick(long from, long to) {
        for (long t = from; t <= to; t += FeedClock.BACKTEST_TICK.toMillis()) {
            RecordHeaders headers = new RecordHeaders();
            headers.add(FeedClock.TICK_HEADER, FeedClock.TICK_VALUE);
            articles.pipeInput(new TestRecord<>("~clock", null, headers, t));
        }
    }

    @Override
    public void close() {
        driver.close();
    }
}
