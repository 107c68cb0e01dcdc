package io.storywatch.topology;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.storywatch.desk.Copies;
import io.storywatch.desk.StoryRepository;
import io.storywatch.json.Json;
import io.storywatch.wire.Alert;
import io.storywatch.wire.AlertType;
import io.storywatch.wire.EnrichedArticle;
import io.storywatch.wire.EnrichedArticle.ReferenceSource;
import io.storywatch.wire.Source;
import io.storywatch.wire.Verdict;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The topology's behaviour on TopologyTestDriver: typed records in and out, the feed's clock in the test's hands. */
class StorywatchTopologyTest {
    private static final Path SEEDS = Path.of("..", "seeds");
    private static final OffsetDateTime FINAL_DUE = OffsetDateTime.parse("2026-02-27T17:01-05:00");

    @TempDir
    Path stateDir;
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private TopologyFixture topology;

    @AfterEach
    void close() {
        if (topology != null) {
            topology.close();
        }
    }

    private TopologyFixture topology(Map<String, String> settings) {
        topology = new TopologyFixture(stateDir, settings, registry);
        return topology;
    }

    private static List<AlertType> types(List<Alert> alerts) {
        return alerts.stream().map(Alert::type).toList();
    }

    private static List<Alert> ofType(List<Alert> alerts, AlertType type) {
        return alerts.stream().filter(a -> a.type() == type).toList();
    }

    @Test
    void theSeedsAreOneStoryWhoseFridayEveningDeadlineIsRefinedTo501PmEastern() {
        TopologyFixture run = topology(Map.of()).feed(SEEDS, Duration.ofDays(7));
        List<EnrichedArticle> enriched = run.enriched.readValuesToList();
        List<Alert> alerts = run.alerts.readValuesToList();

        assertEquals(5, enriched.size());
        Set<String> stories = enriched.stream().map(EnrichedArticle::storyId).collect(Collectors.toSet());
        assertEquals(1, stories.size(), "every seed article is in the one story");
        assertEquals(List.of(Verdict.NEW_STORY, Verdict.SAME_STORY, Verdict.SAME_STORY, Verdict.SAME_STORY, Verdict.SAME_STORY),
                enriched.stream().map(EnrichedArticle::verdict).toList());
        assertEquals(1, ofType(alerts, AlertType.NEW_STORY).size());

        Alert.DeadlineInfo detected = ofType(alerts, AlertType.DEADLINE_DETECTED).get(0).deadline();
        assertEquals("Friday evening", detected.text());
        assertEquals("PART_OF_DAY", detected.precision().name());

        List<Alert> revised = ofType(alerts, AlertType.DEADLINE_REVISED);
        assertEquals(1, revised.size(), "'5 p.m. Friday' is a source, not a revision");
        Alert.DeadlineInfo refined = revised.get(0).deadline();
        assertEquals(FINAL_DUE.toInstant(), refined.due().toInstant());
        assertEquals("-05:00", refined.due().getOffset().getId());
        assertEquals("MINUTE", refined.precision().name());
        assertEquals(OffsetDateTime.parse("2026-02-27T21:00-05:00").toInstant(), refined.previousDue().toInstant());

        Alert passed = alerts.get(alerts.size() - 1);
        assertEquals(AlertType.DEADLINE_PASSED, passed.type());
        assertEquals(Instant.parse("2026-02-27T22:01:00Z"), passed.at());
        List<String> sourceTexts = passed.deadline().sources().stream().map(Source::text).toList();
        assertTrue(sourceTexts.containsAll(List.of("Friday evening", "Friday (27 February) evening",
                "5:01 PM ET on Friday", "5 p.m. Friday")), sourceTexts.toString());
        assertEquals(1, alerts.stream().map(Alert::deadline).filter(Objects::nonNull).map(Alert.DeadlineInfo::id)
                .distinct().count(), "one deadline, however many outlets state it");

        assertEquals(List.of(Instant.parse("2026-02-26T22:01:00Z"), Instant.parse("2026-02-27T21:01:00Z")),
                ofType(alerts, AlertType.DEADLINE_APPROACHING).stream().map(Alert::at).toList());

        for (Alert alert : alerts) {
            String message = alert.message();
            assertFalse(message.contains("June") || message.contains("Tuesday") || message.contains("Boston"), message);
        }
    }

    @Test
    void undatedArticlesTakeTheirReferenceTimeFromTheStory() {
        List<EnrichedArticle> enriched = topology(Map.of()).feed(SEEDS, Duration.ofDays(1)).enriched.readValuesToList();
        assertEquals(List.of(ReferenceSource.PUBLISHED, ReferenceSource.PUBLISHED, ReferenceSource.PUBLISHED,
                ReferenceSource.STORY, ReferenceSource.STORY), enriched.stream().map(EnrichedArticle::referenceSource).toList());
        EnrichedArticle undated = enriched.get(3);
        assertEquals(Instant.parse("2026-02-26T05:00:00Z"), undated.referenceTime().toInstant());
        EnrichedArticle.Deadline deadline = undated.deadlines().get(1);
        assertEquals("5 p.m. Friday", deadline.text());
        assertEquals(OffsetDateTime.parse("2026-02-27T17:00-05:00").toInstant(), deadline.due().toInstant());
    }

    @Test
    void replayingTheSameFeedAgainAddsNoAlert() {
        TopologyFixture run = topology(Map.of()).feed(SEEDS, Duration.ofDays(7));
        assertEquals(9, run.alerts.readValuesToList().size());
        run.enriched.readValuesToList();
        run.feed(SEEDS, Duration.ofDays(7));
        assertEquals(List.of(), run.alerts.readValuesToList(), "the second pass added alerts");
        List<EnrichedArticle> second = run.enriched.readValuesToList();
        assertEquals(5, second.size());
        assertTrue(second.stream().allMatch(e -> e.verdict() == Verdict.DUPLICATE));
        assertTrue(second.stream().allMatch(e -> e.duplicateOf().equals(e.articleId())));
    }

    @Test
    void aCopyUnderAnotherIdIsADuplicateOfTheFirst() {
        TopologyFixture run = topology(Map.of());
        long t = Instant.parse("2026-03-02T10:00:00Z").toEpochMilli();
        run.pipe("a1", article("a1", "wire.example", "Port strike looms", "Dockworkers have until Monday to accept the offer."), t);
        run.pipe("a2", article("a2", "reprint.example", "Strike looms at ports", "Dockworkers have until  Monday to accept the offer.\n"), t + 1);
        run.tick(t + 1, t + 2);
        List<EnrichedArticle> enriched = run.enriched.readValuesToList();
        assertEquals(Verdict.DUPLICATE, enriched.get(1).verdict());
        assertEquals("a1", enriched.get(1).duplicateOf());
        assertEquals(enriched.get(0).storyId(), enriched.get(1).storyId());
    }

    @Test
    void anUnrelatedArticleStartsItsOwnStory() {
        TopologyFixture run = topology(Map.of()).feed(SEEDS, Duration.ofHours(1));
        long t = Instant.parse("2026-02-26T12:00:00Z").toEpochMilli();
        run.pipe("strike-1", article("strike-1", "portnews.example", "Dockworkers set strike deadline",
                "The International Longshoremen's Association said its members at East Coast and Gulf Coast ports "
                        + "would walk out unless the port operators improve their wage offer by midnight Sunday. "
                        + "Union leaders met with the United States Maritime Alliance in Baltimore."), t);
        run.tick(t, t + 1);
        List<EnrichedArticle> enriched = run.enriched.readValuesToList();
        assertEquals(Verdict.NEW_STORY, enriched.get(enriched.size() - 1).verdict());
        List<Alert> alerts = run.alerts.readValuesToList();
        assertTrue(alerts.stream().anyMatch(a -> a.type() == AlertType.DEADLINE_DETECTED
                && a.storyId().equals("story-strike-1")
                && a.deadline().due().toString().startsWith("2026-03-02T00:00")), alerts.toString());
    }

    @Test
    void anExtensionReportedOnTheDayTheDeadlineFallsStartsItsOwnStory() {
        TopologyFixture run = topology(Map.of());
        String truce = "The truce between the river militias expires on Sunday, March 8. Both militias must withdraw "
                + "their fighters from the border villages by then, the mediators said. The villagers returned to the "
                + "border villages as the militias' fighters began to withdraw under the truce.";
        long thursday = Instant.parse("2026-03-05T05:00:00Z").toEpochMilli();
        run.pipe("t1", dated("t1", "north.example", "Truce between river militias expires Sunday", truce, "2026-03-05"), thursday);
        run.pipe("t2", dated("t2", "south.example", "River militias face Sunday truce deadline", truce.replace("Both", "The two"),
                "2026-03-05"), thursday + 1);
        // written on the Sunday itself, dated by its day only: the truce had been extended (reported speech) by then
        long sunday = Instant.parse("2026-03-08T05:00:00Z").toEpochMilli();
        run.pipe("e1", dated("e1", "east.example", "Truce between river militias extended until March 29",
                "The mediators said on Sunday that the truce between the river militias had been extended until March 29, "
                        + "as the militias missed the deadline to withdraw their fighters from the border villages.",
                "2026-03-08"), sunday);
        run.tick(sunday, sunday + 1);
        List<EnrichedArticle> enriched = run.enriched.readValuesToList();
        assertEquals(enriched.get(0).storyId(), enriched.get(1).storyId(), "the truce's coverage is one story");
        assertEquals(Verdict.NEW_STORY, enriched.get(2).verdict(), "the extension is a development of its own");
    }

    private static byte[] dated(String id, String outlet, String title, String body, String published) {
        return Json.write(new io.storywatch.article.Article(id, null, outlet, title, null, published, body, "en"));
    }

    @Test
    void badRecordsGoToTheDeadLetterTopicWithTheirReasonAndTheNextGoodOneIsProcessed() {
        TopologyFixture run = topology(Map.of("storywatch.max.body.bytes", "2000"));
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

        List<TestRecord<byte[], byte[]>> dead = run.deadLetters.readRecordsToList();
        assertEquals(List.of("not-json", "missing-body", "empty-value", "empty-value", "oversized", "wrong-type", "not-json"),
                dead.stream().map(r -> header(r, DeadLetterHandler.REASON_HEADER)).toList());
        assertArrayEquals(notJson, dead.get(0).value(), "the original bytes are kept");
        assertTrue(header(dead.get(1), "__streams.errors.message").contains("no body"));
        assertEquals(2.0, registry.get("storywatch.dead.letters").tag("reason", "not-json").counter().count());
        assertEquals(7.0, registry.get("storywatch.articles").tag("verdict", "rejected").counter().count());
        assertEquals(List.of("good"), run.enriched.readValuesToList().stream().map(EnrichedArticle::articleId).toList());
    }

    @Test
    void theStoresForgetWhatIsOlderThanTheRetentionButKeepAStoryWithALiveDeadline() {
        TopologyFixture run = topology(Map.of("storywatch.retention", "P30D"));
        long t = Instant.parse("2026-03-02T10:00:00Z").toEpochMilli();
        byte[] old = article("old", "a.example", "Port strike looms", "Dockworkers rejected the offer on Tuesday.");
        run.pipe("old", old, t);
        run.pipe("live", article("live", "b.example", "Treaty talks",
                "Negotiators have until Dec. 31, 2026 to conclude the treaty talks in Geneva."), t);
        long later = t + Duration.ofDays(31).toMillis();
        run.tick(t, later);
        var stories = run.driver.<String, Object>getKeyValueStore(StoryRepository.STORIES_STORE);
        assertNull(stories.get("story-old"), "a quiet story is forgotten");
        assertNotNull(stories.get("story-live"), "a story whose deadline is still ahead stays");

        run.pipe("old", old, later);
        assertEquals(List.of(Verdict.NEW_STORY, Verdict.NEW_STORY, Verdict.NEW_STORY),
                run.enriched.readValuesToList().stream().map(EnrichedArticle::verdict).toList(),
                "past the retention the same article again is not a copy: the desk has forgotten it");

        // the window stores drop whole segments once they are a retention (and a day) behind the latest write
        long muchLater = later + Duration.ofDays(40).toMillis();
        run.tick(later, muchLater);
        run.pipe("other", article("other", "c.example", "Harvest report", "Farmers expect a record wheat crop this year."),
                muchLater);
        for (String store : List.of(Copies.SEEN_ARTICLES_STORE, Copies.SEEN_CONTENT_STORE, Copies.BANDS_STORE,
                StoryRepository.ARTICLE_STORIES_STORE)) {
            try (var all = run.driver.<String, Object>getWindowStore(store).all()) {
                while (all.hasNext()) {
                    long at = all.next().key.window().start();
                    assertTrue(at >= later, store + " still holds an entry of " + Instant.ofEpochMilli(at));
                }
            }
        }
        // the story index keeps the terms of the stories held, and no term that names only stories forgotten
        Set<String> listed = new HashSet<>();
        try (var terms = run.driver.<String, StoryRepository.Postings>getKeyValueStore(StoryRepository.STORY_INDEX_STORE).all()) {
            while (terms.hasNext()) {
                var term = terms.next();
                List<String> ids = term.value.entries().stream().map(StoryRepository.Posting::id).toList();
                assertTrue(ids.stream().anyMatch(id -> stories.get(id) != null),
                        "the index still lists '" + term.key + "' for " + ids);
                listed.addAll(ids);
            }
        }
        assertEquals(Set.of("story-live", "story-other"), listed);
    }

    private static String header(TestRecord<byte[], byte[]> record, String key) {
        Header header = record.headers().lastHeader(key);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    static byte[] article(String id, String outlet, String title, String body) {
        return Json.write(new io.storywatch.article.Article(id, null, outlet, title, null, null, body, "en"));
    }
}
