package io.storywatch.topology;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.storywatch.feed.FeedReader;
import io.storywatch.feed.ReplayPlan;
import io.storywatch.wire.Alert;
import io.storywatch.wire.AnalyzedArticle;
import io.storywatch.wire.DeskRecord;
import io.storywatch.wire.EnrichedArticle;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Articles from different input partitions reach the desk in any interleaving; the desk must
 * produce the same outputs for all of them. Feeds the desk's repartition topic directly.
 */
class DeskOrderTest {
    private static final int PARTITIONS = 3;

    @TempDir
    Path stateDir;

    private record Arrival(int partition, String key, AnalyzedArticle value, long timestamp) {
    }

    /** What the desk emitted. */
    private record Outputs(List<EnrichedArticle> enriched, List<Alert> alerts) {
    }

    private TopologyFixture fixture() {
        try {
            return new TopologyFixture(Files.createTempDirectory(stateDir, "run"), Map.of(), new SimpleMeterRegistry(),
                    PARTITIONS);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void everyInterleavingOfThePartitionsGivesTheSameOutputs() {
        List<Arrival> arrivals = seedArrivals(PARTITIONS);
        // Kafka keeps each partition in order; what varies is how the partitions interleave.
        Outputs partitionZeroFirst = run(interleave(arrivals, List.of(0, 1, 2)));
        Outputs partitionTwoFirst = run(interleave(arrivals, List.of(2, 1, 0)));
        Outputs feedOrder = run(arrivals);
        assertEquals(feedOrder.alerts(), partitionZeroFirst.alerts(), "alerts differ between interleavings");
        assertEquals(feedOrder.alerts(), partitionTwoFirst.alerts(), "alerts differ between interleavings");
        assertEquals(feedOrder.enriched(), partitionZeroFirst.enriched(), "verdicts differ between interleavings");
        assertEquals(feedOrder.enriched(), partitionTwoFirst.enriched(), "verdicts differ between interleavings");
        assertEquals(5, feedOrder.enriched().size());
        assertEquals(List.of("techcrunch.com"), feedOrder.alerts().get(0).outlets(), "the earliest article opens the story");
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
        try (TopologyFixture topology = fixture()) {
            TestInputTopic<String, DeskRecord> desk = topology.desk();
            List<Arrival> arrivals = seedArrivals(2); // partition 2 gets no article
            long last = arrivals.stream().mapToLong(Arrival::timestamp).max().orElseThrow();
            arrivals.forEach(a -> pipe(desk, a));
            tick(desk, 0, last);
            tick(desk, 1, last);
            assertTrue(topology.enriched.isEmpty(), "partition 2 has not reported yet");
            tick(desk, 2, last);
            assertEquals(5, topology.enriched.readValuesToList().size());
        }
    }

    private Outputs run(List<Arrival> arrivals) {
        try (TopologyFixture topology = fixture()) {
            TestInputTopic<String, DeskRecord> desk = topology.desk();
            arrivals.forEach(a -> pipe(desk, a));
            long end = Instant.parse("2026-03-06T00:00:00Z").toEpochMilli();
            for (int p = 0; p < PARTITIONS; p++) {
                tick(desk, p, end);
            }
            return new Outputs(topology.enriched.readValuesToList(), topology.alerts.readValuesToList());
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

    private static void pipe(TestInputTopic<String, DeskRecord> desk, Arrival a) {
        desk.pipeInput(new TestRecord<>(a.key(), new DeskRecord.Article(a.value()), source(a.partition()), a.timestamp()));
    }

    private static void tick(TestInputTopic<String, DeskRecord> desk, int partition, long at) {
        desk.pipeInput(new TestRecord<>("~clock", new DeskRecord.Tick(), source(partition), at));
    }

    private static RecordHeaders source(int partition) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(AnalyzeProcessor.SOURCE_PARTITION_HEADER, ByteBuffer.allocate(4).putInt(partition).array());
        return headers;
    }
}
