package io.storywatch.topology;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.storywatch.dedup.CopyMatch;
import io.storywatch.dedup.Fingerprint;
import io.storywatch.deadline.DeadlineExtractor;
import io.storywatch.desk.DeskInput;
import io.storywatch.text.TextNormalizer;
import io.storywatch.wire.Alert;
import io.storywatch.wire.AlertType;
import io.storywatch.wire.AnalyzedArticle;
import io.storywatch.wire.DeskOutput;
import io.storywatch.wire.DeskRecord;
import io.storywatch.wire.EnrichedArticle;
import io.storywatch.wire.Verdict;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.StoreBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * Each desk stage alone on Kafka's MockProcessorContext, with the stores its supplier declares
 * (changelogs off): what it forwards for what it receives, and its wall-clock punctuation.
 */
class DeskProcessorsTest {
    private static final long T = Instant.parse("2026-02-24T21:00:00Z").toEpochMilli();

    @TempDir
    Path stateDir;

    private <KIn, VIn, KOut, VOut> MockProcessorContext<KOut, VOut> context(ProcessorSupplier<KIn, VIn, KOut, VOut> supplier) {
        Properties props = new Properties();
        props.put("application.id", "desk-stage-test");
        props.put("bootstrap.servers", "unused:9092");
        MockProcessorContext<KOut, VOut> context = new MockProcessorContext<>(props,
                new org.apache.kafka.streams.processor.TaskId(0, 0), stateDir.toFile());
        context.setCurrentSystemTimeMs(T);        for (StoreBuilder<?> builder : supplier.stores()) {
            StateStore store = builder.withLoggingDisabled().build();
            store.init(context.getStateStoreContext(), store);
            context.addStateStore(store);
        }
        return context;
    }

    private static AnalyzedArticle article(String id, String body) {
        var text = TextNormalizer.normalize(body);
        return new AnalyzedArticle(id, null, id + ".example", "Headline " + id, null, Instant.ofEpochMilli(T), false,
                "hash-" + id, Map.of("harbour", 1.0, "strike", 1.0), DeadlineExtractor.extract(text), 0L, "en",
                Fingerprint.of(text.text()));
    }

    private static RecordHeaders from(int partition) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(AnalyzeProcessor.SOURCE_PARTITION_HEADER, ByteBuffer.allocate(4).putInt(partition).array());
        return headers;
    }

    @Test
    void feedOrderHoldsAnArticleUntilEveryPartitionHasPassedItAndTicksFirst() {
        FeedOrderProcessor.Supplier supplier = new FeedOrderProcessor.Supplier(StorywatchConfig.defaults(), 2);
        MockProcessorContext<String, DeskInput> context = context(supplier);
        FeedOrderProcessor stage = (FeedOrderProcessor) supplier.get();
        stage.init(context);
        stage.process(new Record<>("a", new DeskRecord.Article(article("a", "The union said talks resume.")), T, from(0)));
        assertEquals(List.of(), context.forwarded(), "partition 1 has not reported");
        stage.process(new Record<>("~clock", new DeskRecord.Tick(), T + 1, from(1)));
        List<DeskInput> out = context.forwarded().stream().map(f -> (DeskInput) f.record().value()).toList();
        assertEquals(List.of(new DeskInput.Tick(T, T - StorywatchConfig.defaults().retention().toMillis())),
                out.subList(0, 1), "feed time moves to the article before it goes on");
        assertInstanceOf(DeskInput.Arrival.class, out.get(1));
        assertEquals(2, out.size(), "the watermark is still T: no second tick");
    }

    @Test
    void liveTheWallClockPunctuationLetsAQuietPartitionsArticlesOutAndMovesFeedTime() {
        Properties live = new Properties();
        live.put("storywatch.clock.wall", "true");
        StorywatchConfig config = StorywatchConfig.from(live);
        FeedOrderProcessor.Supplier supplier = new FeedOrderProcessor.Supplier(config, 2);
        MockProcessorContext<String, DeskInput> context = context(supplier);
        context.setCurrentSystemTimeMs(T);
        FeedOrderProcessor stage = (FeedOrderProcessor) supplier.get();
        stage.init(context);
        stage.process(new Record<>("a", new DeskRecord.Article(article("a", "The union said talks resume.")), T, from(0)));
        var punctuator = context.scheduledPunctuators().get(0);
        punctuator.getPunctuator().punctuate(T + 1_000);
        assertEquals(List.of(new DeskInput.Tick(T + 1_000, T + 1_000 - config.retention().toMillis())),
                context.forwarded().stream().map(f -> f.record().value()).toList(),
                "within reorder.max.wait the article waits; feed time follows the wall clock");
        context.resetForwards();
        long wall = T + config.reorderMaxWait().toMillis() + 1_000;
        punctuator.getPunctuator().punctuate(wall);
        List<Object> out = context.forwarded().stream().map(f -> (Object) f.record().value()).toList();
        assertInstanceOf(DeskInput.Arrival.class, out.get(0), "the article is let out (its time is already past)");
        assertEquals(new DeskInput.Tick(wall, T + 1_000 - config.retention().toMillis()), out.get(1));
    }

    @Test
    void theStoriesStageEmitsAVerdictThenItsAlertsAndTheWatchRunsOnTicks() {
        StorywatchConfig config = StorywatchConfig.defaults();
        StoriesProcessor.Supplier supplier = new StoriesProcessor.Supplier(config,
                new StorywatchMetrics(new SimpleMeterRegistry()));
        MockProcessorContext<String, DeskOutput> context = context(supplier);
        StoriesProcessor stage = (StoriesProcessor) supplier.get();
        stage.init(context);
        long horizon = T - config.retention().toMillis();
        stage.process(new Record<>("~clock", new DeskInput.Tick(T, horizon), T));
        AnalyzedArticle a = article("a", "The dockworkers have until 5 p.m. Friday to accept the offer, the port said.");
        stage.process(new Record<>("a", new DeskInput.Screened(a, CopyMatch.NONE), T));
        List<DeskOutput> out = context.forwarded().stream().map(f -> (DeskOutput) f.record().value()).toList();
        assertEquals(Verdict.NEW_STORY, assertInstanceOf(EnrichedArticle.class, out.get(0)).verdict());
        assertEquals(List.of(AlertType.NEW_STORY, AlertType.DEADLINE_DETECTED),
                out.subList(1, out.size()).stream().map(o -> ((Alert) o).type()).toList());

        context.resetForwards();
        AnalyzedArticle copy = article("b", "The dockworkers have until 5 p.m. Friday to accept the offer, the port said.");
        stage.process(new Record<>("b", new DeskInput.Screened(copy, new CopyMatch.Exact("a")), T + 1));
        EnrichedArticle duplicate = (EnrichedArticle) context.forwarded().get(0).record().value();
        assertEquals(List.of(Verdict.DUPLICATE, "a", "story-a"),
                List.of(duplicate.verdict(), duplicate.duplicateOf(), duplicate.storyId()));
        assertEquals(1, context.forwarded().size(), "a copy raises no alert");

        context.resetForwards();
        long afterFriday = Instant.parse("2026-02-28T12:00:00Z").toEpochMilli();
        stage.process(new Record<>("~clock", new DeskInput.Tick(afterFriday, horizon), afterFriday));
        assertEquals(List.of(AlertType.DEADLINE_APPROACHING, AlertType.DEADLINE_APPROACHING, AlertType.DEADLINE_PASSED),
                context.forwarded().stream().map(f -> ((Alert) f.record().value()).type()).toList());
    }
}
