package io.storywatch.desk;

import io.storywatch.story.StoryState;
import io.storywatch.wire.Alert;
import io.storywatch.wire.AlertType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The deadline watch alone: a repository on in-memory stores, the punctuator called by hand. */
class DeadlineWatchTest {
    private final StoryRepository stories = DeskParts.repository();
    private final List<Alert> alerts = new ArrayList<>();
    private final List<String> rescheduled = new ArrayList<>();
    private final DeadlineWatch watch = new DeadlineWatch(stories, DeskParts.TRACKER, alerts::add,
            story -> rescheduled.add(story.storyId()));

    private static long t(String instant) {
        return Instant.parse(instant).toEpochMilli();
    }

    private void add(StoryState story) {
        stories.save(story);
        watch.schedule(story);
    }

    @Test
    void nothingBeforeTheFirstThreshold() {
        add(DeskParts.storyWithDeadline("a", t("2026-02-24T12:00:00Z"), "2026-02-27T17:01-05:00"));
        assertEquals(t("2026-02-26T22:01:00Z"), watch.nextDue(), "24 h before the deadline");
        watch.punctuate(t("2026-02-26T22:00:59Z"));
        assertEquals(List.of(), alerts);
    }

    @Test
    void approachingAtEachThresholdThenPassedInFeedOrderAcrossStories() {
        add(DeskParts.storyWithDeadline("b", t("2026-02-24T12:00:00Z"), "2026-02-27T18:00-05:00"));
        add(DeskParts.storyWithDeadline("a", t("2026-02-24T12:00:00Z"), "2026-02-27T17:01-05:00"));
        watch.punctuate(t("2026-03-01T00:00:00Z"));
        assertEquals(List.of(AlertType.DEADLINE_APPROACHING, AlertType.DEADLINE_APPROACHING, AlertType.DEADLINE_APPROACHING,
                        AlertType.DEADLINE_APPROACHING, AlertType.DEADLINE_PASSED, AlertType.DEADLINE_PASSED),
                alerts.stream().map(Alert::type).toList());
        List<Instant> at = alerts.stream().map(Alert::at).toList();
        assertEquals(at.stream().sorted().toList(), at, "in feed order");
        assertEquals(List.of("story-a", "story-b", "story-a", "story-b", "story-a", "story-b"),
                alerts.stream().map(Alert::storyId).toList());
        assertEquals(Long.MAX_VALUE, watch.nextDue(), "nothing left to watch");
        assertTrue(!stories.get("story-a").hasLiveDeadline(), "the passed deadline is saved");
    }

    @Test
    void eachAlertOnce() {
        add(DeskParts.storyWithDeadline("a", t("2026-02-24T12:00:00Z"), "2026-02-27T17:01-05:00"));
        watch.punctuate(t("2026-02-27T21:30:00Z"));
        int raised = alerts.size();
        watch.punctuate(t("2026-02-27T21:30:00Z"));
        watch.punctuate(t("2026-02-27T21:45:00Z"));
        assertEquals(raised, alerts.size());
    }

    @Test
    void aForgottenStoryIsNotWatched() {
        add(DeskParts.storyWithDeadline("a", t("2026-02-24T12:00:00Z"), "2026-02-27T17:01-05:00"));
        watch.forget("story-a");
        watch.punctuate(t("2026-03-01T00:00:00Z"));
        assertEquals(List.of(), alerts);
    }

    @Test
    void aRebuiltScheduleWatchesWhatTheStoreHolds() {
        StoryState story = DeskParts.storyWithDeadline("a", t("2026-02-24T12:00:00Z"), "2026-02-27T17:01-05:00");
        stories.save(story);
        DeadlineWatch restarted = new DeadlineWatch(stories, DeskParts.TRACKER, alerts::add, s -> { });
        restarted.rebuild(story);
        restarted.punctuate(t("2026-02-26T22:01:00Z"));
        assertEquals(List.of(AlertType.DEADLINE_APPROACHING), alerts.stream().map(Alert::type).toList());
    }
}
