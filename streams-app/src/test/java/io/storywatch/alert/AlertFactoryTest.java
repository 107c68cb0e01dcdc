package io.storywatch.alert;

import io.storywatch.deadline.Precision;
import io.storywatch.deadline.ResolvedDeadline;
import io.storywatch.story.DeadlineEvent;
import io.storywatch.story.DeadlineTracker;
import io.storywatch.story.StoryState;
import io.storywatch.wire.Alert;
import io.storywatch.wire.AlertType;
import io.storywatch.wire.AnalyzedArticle;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class AlertFactoryTest {
    private static final long T = Instant.parse("2026-02-24T21:00:00Z").toEpochMilli();
    private final DeadlineTracker tracker = new DeadlineTracker(DeadlineTracker.DEFAULT_TOLERANCE,
            DeadlineTracker.DEFAULT_THRESHOLDS);

    private static AnalyzedArticle article(String id, String outlet) {
        return new AnalyzedArticle(id, null, outlet, "Port strike looms", null, null, false, "h-" + id, Map.of(),
                List.of(), 0L, "en", null);
    }

    private static ResolvedDeadline minute(String due, String text) {
        OffsetDateTime d = OffsetDateTime.parse(due);
        return new ResolvedDeadline(text, d, Precision.MINUTE, d.toInstant(), 0, text.length());
    }

    @Test
    void theSameEventGivesTheSameIdAndAnotherEventAnother() {
        StoryState story = StoryState.startFor(article("a1", "wire.example"), T);
        Alert first = AlertFactory.newStory(story, "a1", "wire.example", T);
        assertEquals(first, AlertFactory.newStory(StoryState.startFor(article("a1", "wire.example"), T), "a1",
                "wire.example", T));
        story.join(article("a2", "other.example"), T + 1);
        Alert confirmed = AlertFactory.confirmed(story, "a2", T + 1);
        assertNotEquals(first.alertId(), confirmed.alertId());
        assertEquals("STORY_CONFIRMED \"Port strike looms\" now covered by 2 outlets: wire.example, other.example",
                confirmed.message());
        assertEquals("NEW_STORY \"Port strike looms\" (wire.example)", first.message());
    }

    @Test
    void deadlineAlertsSayWhatHappenedInOneLine() {
        StoryState story = StoryState.startFor(article("a1", "wire.example"), T);
        DeadlineEvent detected = tracker.observe(story, List.of(minute("2026-02-27T17:00-05:00", "5 p.m. Friday")),
                List.of(false), "a1", "wire.example", T).get(0);
        Alert alert = AlertFactory.deadline(story, detected);
        assertEquals(AlertType.DEADLINE_DETECTED, alert.type());
        assertEquals("DEADLINE_DETECTED \"Port strike looms\" due Fri 27 Feb 2026 17:00 -05:00 (minute): \"5 p.m. Friday\"",
                alert.message());
        assertEquals("a1", alert.articleId());
        assertNull(alert.deadline().previousDue());

        DeadlineEvent moved = tracker.observe(story, List.of(minute("2026-03-02T09:00-05:00", "Monday at 9 a.m.")),
                List.of(true), "a2", "other.example", T + 1).get(0);
        Alert revised = AlertFactory.deadline(story, moved);
        assertEquals("DEADLINE_REVISED \"Port strike looms\" moved to Mon 2 Mar 2026 09:00 -05:00 (minute) "
                + "(was Fri 27 Feb 2026 17:00 -05:00 (minute)): \"Monday at 9 a.m.\"", revised.message());
        assertEquals(OffsetDateTime.parse("2026-02-27T17:00-05:00"), revised.deadline().previousDue());
        assertNotEquals(alert.alertId(), revised.alertId());

        List<Alert> watch = tracker.advance(story, Instant.parse("2026-03-03T00:00:00Z").toEpochMilli()).stream()
                .map(e -> AlertFactory.deadline(story, e)).toList();
        assertEquals(List.of("DEADLINE_APPROACHING \"Port strike looms\" due in 24 h: Mon 2 Mar 2026 09:00 -05:00 (minute)",
                        "DEADLINE_APPROACHING \"Port strike looms\" due in 1 h: Mon 2 Mar 2026 09:00 -05:00 (minute)",
                        "DEADLINE_PASSED \"Port strike looms\" deadline Mon 2 Mar 2026 09:00 -05:00 (minute) has passed"),
                watch.stream().map(Alert::message).toList());
        assertEquals(3, watch.stream().map(Alert::alertId).distinct().count());
    }
}
