package io.storywatch.topology;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.storywatch.Topics;
import io.storywatch.app.Backtest;
import io.storywatch.desk.Copies;
import io.storywatch.desk.StoryRepository;
import io.storywatch.json.Json;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The topology's behaviour on TopologyTestDriver, through the backtest that analysts use. */
class StorywatchTopologyTest {
    private static final Path SEEDS = Path.of("..", "seeds");
    private static final OffsetDateTime FINAL_DUE = OffsetDateTime.parse("2026-02-27T17:01-05:00");

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private Backtest backtest;

    @AfterEach
    void close() {
        if (backtest != null) {
            backtest.close();
        }
    }

    private Backtest backtest(Map<String, String> settings) {
        Properties props = new Properties();
        props.putAll(settings);
        backtest = new Backtest(props, registry);
        return backtest;
    }

    private static List<JsonNode> json(List<String> lines) {
        return lines.stream().map(line -> {
            try {
                return Json.MAPPER.readTree(line);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    private static List<String> types(List<JsonNode> alerts) {
        return alerts.stream().map(a -> a.get("type").asText()).toList();
    }

    @Test
    void theSeedsAreOneStoryWhoseFridayEveningDeadlineIsRefinedTo501PmEastern() {
        Backtest run = backtest(Map.of()).feed(SEEDS, Duration.ofDays(7));
        List<JsonNode> enriched = json(run.enriched());
        List<JsonNode> alerts = json(run.alerts());

        assertEquals(5, enriched.size());
        Set<String> stories = enriched.stream().map(e -> e.get("storyId").asText()).collect(Collectors.toSet());
        assertEquals(1, stories.size(), "every seed article is in the one story");
        assertEquals(List.of("NEW_STORY", "SAME_STORY", "SAME_STORY", "SAME_STORY", "SAME_STORY"),
                enriched.stream().map(e -> e.get("verdict").asText()).toList());
        assertEquals(1, types(alerts).stream().filter("NEW_STORY"::equals).count());

        JsonNode detected = alerts.stream().filter(a -> a.get("type").asText().equals("DEADLINE_DETECTED")).findFirst().orElseThrow();
        assertEquals("Friday evening", detected.at("/deadline/text").asText());
        assertEquals("PART_OF_DAY", detected.at("/deadline/precision").asText());

        List<JsonNode> revised = alerts.stream().filter(a -> a.get("type").asText().equals("DEADLINE_REVISED")).toList();
        assertEquals(1, revised.size(), "'5 p.m. Friday' is a source, not a revision");
        assertEquals(FINAL_DUE.toInstant(), OffsetDateTime.parse(revised.get(0).at("/deadline/due").asText()).toInstant());
        assertEquals("-05:00", OffsetDateTime.parse(revised.get(0).at("/deadline/due").asText()).getOffset().getId());
        assertEquals("MINUTE", revised.get(0).at("/deadline/precision").asText());
        assertEquals(OffsetDateTime.parse("2026-02-27T21:00-05:00").toInstant(),
                OffsetDateTime.parse(revised.get(0).at("/deadline/previousDue").asText()).toInstant());

        JsonNode passed = alerts.get(alerts.size() - 1);
        assertEquals("DEADLINE_PASSED", passed.get("type").asText());
        assertEquals(Instant.parse("2026-02-27T22:01:00Z"), Instant.parse(passed.get("at").asText()));
        List<String> sourceTexts = passed.at("/deadline/sources").findValuesAsText("text");
        assertTrue(sourceTexts.containsAll(List.of("Friday evening", "Friday (27 February) evening",
                "5:01 PM ET on Friday", "5 p.m. Friday")), sourceTexts.toString());
        assertEquals(1, alerts.stream().map(a -> a.at("/deadline/id").asText()).filter(id -> !id.isEmpty())
                .distinct().count(), "one deadline, however many outlets state it");

        List<Instant> approaching = alerts.stream().filter(a -> a.get("type").asText().equals("DEADLINE_APPROACHING"))
                .map(a -> Instant.parse(a.get("at").asText())).toList();
        assertEquals(List.of(Instant.parse("2026-02-26T22:01:00Z"), Instant.parse("2026-02-27T21:01:00Z")), approaching);

        for (JsonNode alert : alerts) {
            String message = alert.get("message").asText();
            assertFalse(message.contains("June") || message.contains("Tuesday") || message.contains("Boston"), message);
        }
    }

    @Test
    void undatedArticlesTakeTheirReferenceTimeFromTheStory() {
        List<JsonNode> enriched = json(backtest(Map.of()).feed(SEEDS, Duration.ofDays(1)).enriched());
        List<String> sources = enriched.stream().map(e -> e.get("referenceSource").asText()).toList();
        assertEquals(List.of("published", "published", "published", "story", "story"), sources);
        JsonNode undated = enriched.get(3);
        assertEquals(Instant.parse("2026-02-26T05:00:00Z"), OffsetDateTime.parse(undated.get("referenceTime").asText()).toInstant());
        JsonNode deadline = undated.get("deadlines").get(1);
        assertEquals("5 p.m. Friday", deadline.get("text").asText());
        assertEquals(OffsetDateTime.parse("2026-02-27T17:00-05:00").toInstant(),
                OffsetDateTime.parse(deadline.get("due").asText()).toInstant());
    }

    @Test
    void replayingTheSameFeedAgainAddsNoAlert() {
        Backtest run = backtest(Map.of()).feed(SEEDS, Duration.ofDays(7));
        List<String> first = List.copyOf(run.alerts());
        run.feed(SEEDS, Duration.ofDays(7));
        assertEquals(first, run.alerts(), "the second pass added alerts");
        List<JsonNode> second = json(run.enriched()).subList(5, 10);
        assertTrue(second.stream().allMatch(e -> e.get("verdict").asText().equals("DUPLICATE")));
        assertTrue(second.stream().allMatch(e -> e.get("duplicateOf").asText().equals(e.get("articleId").asText())));
    }

    @Test
    void aCopyUnderAnotherIdIsADuplicateOfTheFirst() {
        Backtest run = backtest(Map.of());
        long t = Instant.parse("2026-03-02T10:00:00Z").toEpochMilli();
        run.pipe("a1", article("a1", "wire.example", "Port strike looms", "Dockworkers have until Monday to accept the offer."), t);
        run.pipe("a2", article("a2", "reprint.example", "Strike looms at ports", "Dockworkers have until  Monday to accept the offer.\n"), t + 1);
        run.tick(t + 1, t + 2);
        run.drain();
        List<JsonNode> enriched = json(run.enriched());
        assertEquals("DUPLICATE", enriched.get(1).get("verdict").asText());
        assertEquals("a1", enriched.get(1).get("duplicateOf").asText());
        assertEquals(enriched.get(0).get("storyId"), enriched.get(1).get("storyId"));
    }

    @Test
    void anUnrelatedArticleStartsItsOwnStory() {
        Backtest run = backtest(Map.of()).feed(SEEDS, Duration.ofHours(1));
        long t = Instant.parse("2026-02-26T12:00:00Z").toEpochMilli();
        run.pipe("strike-1", article("strike-1", "portnews.example", "Dockworkers set strike deadline",
                "The International Longshoremen's Association said its members at East Coast and Gulf Coast ports "
                        + "would walk out unless the port operators improve their wage offer by midnight Sunday. "
                        + "Union leaders met with the United States Maritime Alliance in Baltimore."), t);
        run.tick(t, t + 1);
        run.drain();
        List<JsonNode> enriched = json(run.enriched());
        JsonNode strike = enriched.get(enriched.size() - 1);
        assertEquals("NEW_STORY", strike.get("verdict").asText());
        List<JsonNode> alerts = json(run.alerts());
        assertTrue(alerts.stream().anyMatch(a -> a.get("type").asText().equals("DEADLINE_DETECTED")
                && a.get("storyId").asText().equals("story-strike-1")
                && a.at("/deadline/due").asText().startsWith("2026-03-02T00:00")), run.alerts().toString());
    }

    @Test
    void badRecordsGoToTheDeadLetterTopicWithTheirReasonAndTheNextGoodOneIsProcessed() {
        Backtest run = backtest(Map.of("storywatch.max.body.bytes", "2000"));
        long t = Instant.parse("2026-03-02T10:00:00Z").toEpochMilli();
        byte[] notJson = "this is not json".getBytes(StandardCharsets.UTF_8);
        run.pipe("k1", notJson, t);
        run.pipe("k2", "{\"id\":\"k2\",\"title\":\"no body\"}".getBytes(StandardCharsets.UTF_8), t);
        run.pipe("k3", new byte[0], t);
        run.pipe("k4", null, t);
        run.pipe("k5", article("k5", "big.example", "Huge", "word ".repeat(1000)), t);
        run.pipe("k6", "{\"id\":\"k6\",\"body\":{\"nested\":true}}".getBytes(StandardCharsets.UTF_8), t);
        run.pipe("k7", ("{\"body\":" + "[".repeat(5000) + "]".repeat(5000) + "}").getBytes(StandardCharsets.UTF_8), t);
        run.pipe("good", article("good", "ok.example", "Fine", "Talks resume on Monday."), t + 1);
        run.tick(t + 1, t + 2);

        List<TestRecord<byte[], byte[]>> dead = run.driver().createOutputTopic(Topics.DLQ,
                new ByteArrayDeserializer(), new ByteArrayDeserializer()).readRecordsToList();
        assertEquals(List.of("not-json", "missing-body", "empty-value", "empty-value", "oversized", "wrong-type", "not-json"),
                dead.stream().map(r -> header(r, DeadLetterHandler.REASON_HEADER)).toList());
        assertArrayEquals(notJson, dead.get(0).value(), "the original bytes are kept");
        assertTrue(header(dead.get(1), "__streams.errors.message").contains("no body"));
        assertEquals(2.0, registry.get("storywatch.dead.letters").tag("reason", "not-json").counter().count());
        assertEquals(7.0, registry.get("storywatch.articles").tag("verdict", "rejected").counter().count());

        run.drain();
        List<JsonNode> enriched = json(run.enriched());
        assertEquals(List.of("good"), enriched.stream().map(e -> e.get("articleId").asText()).toList());
    }

    @Test
    void theStoresForgetWhatIsOlderThanTheRetentionButKeepAStoryWithALiveDeadline() {
        Backtest run = backtest(Map.of("storywatch.retention", "P30D"));
        long t = Instant.parse("2026-03-02T10:00:00Z").toEpochMilli();
        byte[] old = article("old", "a.example", "Port strike looms", "Dockworkers rejected the offer on Tuesday.");
        run.pipe("old", old, t);
        run.pipe("live", article("live", "b.example", "Treaty talks",
                "Negotiators have until Dec. 31, 2026 to conclude the treaty talks in Geneva."), t);
        long later = t + Duration.ofDays(31).toMillis();
        run.tick(t, later);
        var stories = run.driver().<String, Object>getKeyValueStore(StoryRepository.STORIES_STORE);
        assertEquals(null, stories.get("story-old"), "a quiet story is forgotten");
        assertTrue(stories.get("story-live") != null, "a story whose deadline is still ahead stays");

        run.pipe("old", old, later);
        run.drain();
        assertEquals(List.of("NEW_STORY", "NEW_STORY", "NEW_STORY"),
                json(run.enriched()).stream().map(e -> e.get("verdict").asText()).toList(),
                "past the retention the same article again is not a copy: the desk has forgotten it");

        // the window stores drop whole segments once they are a retention (and a day) behind the latest write
        long muchLater = later + Duration.ofDays(40).toMillis();
        run.tick(later, muchLater);
        run.pipe("other", article("other", "c.example", "Harvest report", "Farmers expect a record wheat crop this year."),
                muchLater);
        for (String store : List.of(Copies.SEEN_ARTICLES_STORE, Copies.SEEN_CONTENT_STORE, Copies.BANDS_STORE,
                StoryRepository.ARTICLE_STORIES_STORE)) {
            try (var all = run.driver().<String, Object>getWindowStore(store).all()) {
                while (all.hasNext()) {
                    long at = all.next().key.window().start();
                    assertTrue(at >= later, store + " still holds an entry of " + Instant.ofEpochMilli(at));
                }
            }
        }
    }

    private static String header(TestRecord<byte[], byte[]> record, String key) {
        Header header = record.headers().lastHeader(key);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    static byte[] article(String id, String outlet, String title, String body) {
        return Json.write(new io.storywatch.article.Article(id, null, outlet, title, null, null, body, "en"));
    }
}
