package io.storywatch.topology;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.storywatch.app.Backtest;
import io.storywatch.feed.FeedReader;
import io.storywatch.feed.ReplayPlan;
import io.storywatch.json.JsonSerde;
import io.storywatch.wire.AnalyzedArticle;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Articles from different input partitions reach the desk in any interleaving; the desk must
 * produce the same outputs for all of them. Feeds the desk's repartition topic directly.
 */
class DeskOrderTest {
    private static final int PARTITIONS = 3;

    private record Arrival(int partition, String key, AnalyzedArticle value, long timestamp) {
    }

    @Test
    void everyInterleavingOfThePartitionsGivesTheSameOutputs() {
        List<Arrival> arrivals = seedArrivals(PARTITIONS);
        // Kafka keeps each partition in order; what varies is how the partitions interleave.
        List<List<String>> partitionZeroFirst = run(interleave(arrivals, List.of(0, 1, 2)));
        List<List<String>> partitionTwoFirst = run(interleave(arrivals, List.of(2, 1, 0)));
        List<List<String>> feedOrder = run(arrivals);
        assertEquals(feedOrder.get(1), partitionZeroFirst.get(1), "alerts differ between interleavings");
        assertEquals(feedOrder.get(1), partitionTwoFirst.get(1), "alerts differ between interleavings");
        assertEquals(feedOrder.get(0), partitionTwoFirst.get(0), "verdicts differ between interleavings");
        assertEquals(5, feedOrder.get(0).size());
        assertTrue(feedOrder.get(1).get(0).contains("\"techcrunch.com\""), "the earliest article opens the story");
    }

    /** All of the first partition's arrivals, then the next partition's, and so on. */
    private static List<Arrival> interleave(List<Arrival> arrivals, List<Integer> partitionOrder) {
        List<Arrival> out = new ArrayList<>();
        for (int p : partitionOrder) {
            arrivals.stream().filter(a -> a.partition() == p).forEach(out::add);
        }
        return out;
    }

    @Test
    void nothingIsLetOutUntilEveryPartitionsClockHasPassedIt() {
        try (Backtest backtest = new Backtest(props(), new SimpleMeterRegistry(), PARTITIONS)) {
            TestInputTopic<String, AnalyzedArticle> desk = deskTopic(backtest);
            List<Arrival> arrivals = seedArrivals(2); // partition 2 gets no article
            long last = arrivals.stream().mapToLong(Arrival::timestamp).max().orElseThrow();
            arrivals.forEach(a -> pipe(desk, a));
            tick(desk, 0, last);
            tick(desk, 1, last);
            backtest.drain();
            assertTrue(backtest.enriched().isEmpty(), "partition 2 has not reported yet: " + backtest.enriched());
            tick(desk, 2, last);
            backtest.drain();
            assertEquals(5, backtest.enriched().size());
        }
    }

    private static Properties props() {
        Properties props = new Properties();
        return props;
    }

    private static List<List<String>> run(List<Arrival> arrivals) {
        try (Backtest backtest = new Backtest(props(), new SimpleMeterRegistry(), PARTITIONS)) {
            TestInputTopic<String, AnalyzedArticle> desk = deskTopic(backtest);
            arrivals.forEach(a -> pipe(desk, a));
            long end = Instant.parse("2026-03-06T00:00:00Z").toEpochMilli();
            for (int p = 0; p < PARTITIONS; p++) {
                tick(desk, p, end);
            }
            backtest.drain();
            return List.of(List.copyOf(backtest.enriched()), List.copyOf(backtest.alerts()));
        }
    }

    /** The seeds analysed as the parallel stage would, spread over the partitions. */
    private static List<Arrival> seedArrivals(int spreadOver) {
        ArticleAnalyzer analyzer = new ArticleAnalyzer(StorywatchConfig.defaults());
        ReplayPlan plan = ReplayPlan.of(FeedReader.read(Path.of("..", "seeds"), true),
                StorywatchConfig.defaults().defaultZone(), Instant.EPOCH);
        List<Arrival> arrivals = new ArrayList<>();
        for (int i = 0; i < plan.records().size(); i++) {
            ReplayPlan.Planned r = plan.records().get(i);
            arrivals.add(new Arrival(i % spreadOver, r.key(), analyzer.analyze(r.key(), r.value(), 0L), r.timestamp()));
        }
        return arrivals;
    }

    private static TestInputTopic<String, AnalyzedArticle> deskTopic(Backtest backtest) {
        return backtest.driver().createInputTopic("storywatch-backtest-" + StorywatchTopology.DESK_REPARTITION + "-repartition",
                new StringSerializer(), JsonSerde.of(AnalyzedArticle.class).serializer());
    }

    private static void pipe(TestInputTopic<String, AnalyzedArticle> desk, Arrival a) {
        desk.pipeInput(new TestRecord<>(a.key(), a.value(), source(a.partition()), a.timestamp()));
    }

    private static void tick(TestInputTopic<String, AnalyzedArticle> desk, int partition, long at) {
        desk.pipeInput(new TestRecord<>("~clock", null, source(partition), at));
    }

    private static RecordHeaders source(int partition) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(AnalyzeProcessor.SOURCE_PARTITION_HEADER, ByteBuffer.allocate(4).putInt(partition).array());
        return headers;
    }
}
