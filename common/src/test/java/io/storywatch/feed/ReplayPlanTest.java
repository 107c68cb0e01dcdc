package io.storywatch.feed;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReplayPlanTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void seedsReplayInPublishOrderAndUndatedOnesTakeTheClockWhereTheyStand() {
        ReplayPlan plan = ReplayPlan.of(FeedReader.read(Path.of("..", "seeds"), true), NEW_YORK, Instant.EPOCH);
        List<String> order = plan.records().stream().map(ReplayPlan.Planned::origin).toList();
        assertEquals(List.of("000_ba3a3d8fc4b1f030.txt", "004_21de5b4904a3fc15.txt", "001_9c0ad20c70d1b311.txt",
                "002_6844b50b0a20304e.txt", "003_10e8e004f84a81de.txt"), order);
        long npr = Instant.parse("2026-02-26T05:00:00Z").toEpochMilli(); // 2026-02-26 00:00 in New York
        assertEquals(npr, plan.records().get(2).timestamp());
        assertEquals(npr, plan.records().get(3).timestamp(), "undated 002 follows 001 in the folder");
        assertEquals(Instant.parse("2026-02-24T21:18:45Z").toEpochMilli(), plan.firstTimestamp());
    }

    @Test
    void strictModeNamesTheFileAndLineOfABadJsonLine(@TempDir Path dir) throws IOException {
        Path feed = dir.resolve("feed.jsonl");
        Files.writeString(feed, "{\"id\":\"a\",\"body\":\"text\"}\n\n{\"id\":\"b\",\"body\":\n");
        FeedException e = assertThrows(FeedException.class, () -> FeedReader.read(feed, true));
        assertTrue(e.getMessage().startsWith("feed.jsonl:3: not a JSON article"), e.getMessage());
        Files.writeString(feed, "{\"id\":\"a\"}\n");
        assertTrue(assertThrows(FeedException.class, () -> FeedReader.read(feed, true)).getMessage()
                .startsWith("feed.jsonl:1: the article has no body"));
    }

    @Test
    void lenientModeKeepsABadLineAsItIs(@TempDir Path dir) throws IOException {
        Path feed = dir.resolve("feed.jsonl");
        Files.writeString(feed, "{\"body\":\"text\",\"published\":\"2026-01-02T03:04:05Z\"}\nnot json\n");
        List<FeedEntry> entries = FeedReader.read(feed, false);
        assertEquals(2, entries.size());
        assertTrue(entries.get(0).parsed());
        assertFalse(entries.get(0).article().id().isBlank(), "a missing id is derived");
        assertFalse(entries.get(1).parsed());
        assertEquals("not json", new String(entries.get(1).value()));
        ReplayPlan plan = ReplayPlan.of(entries, NEW_YORK, Instant.EPOCH);
        assertNull(plan.records().get(1).key());
        assertEquals(plan.records().get(0).timestamp(), plan.records().get(1).timestamp(),
                "an unparsed line takes the clock where it stands");
    }

    @Test
    void durationsReadAsPeopleTypeThem() {
        assertEquals(java.time.Duration.ofDays(7), Durations.parse("7d"));
        assertEquals(java.time.Duration.ofHours(1), Durations.parse("PT1H"));
        assertThrows(IllegalArgumentException.class, () -> Durations.parse("seven days"));
    }
}
