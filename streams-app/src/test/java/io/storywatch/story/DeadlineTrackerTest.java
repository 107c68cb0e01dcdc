package io.storywatch.story;

import io.storywatch.wire.AnalyzedArticle;
import io.storywatch.deadline.Precision;
import io.storywatch.deadline.ResolvedDeadline;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeadlineTrackerTest {
    private final DeadlineTracker tracker = new DeadlineTracker(DeadlineTracker.DEFAULT_TOLERANCE,
            DeadlineTracker.DEFAULT_THRESHOLDS);
    private final StoryState story = StoryState.startFor(new AnalyzedArticle("1", null, "outlet", "Title", null, null,
            false, "hash", Map.of(), List.of(), 0L, "en", null), 0L);

    private static ResolvedDeadline at(String due, Precision precision, String windowStart) {
        OffsetDateTime d = OffsetDateTime.parse(due);
        return new ResolvedDeadline(due, d, precision, OffsetDateTime.parse(windowStart).toInstant(), 0, 1);
    }

    private static ResolvedDeadline minute(String due) {
        return at(due, Precision.MINUTE, due);
    }

    private static final ResolvedDeadline FRIDAY_EVENING =
            at("2026-02-27T21:00-05:00", Precision.PART_OF_DAY, "2026-02-27T17:00-05:00");

    private static long t(String instant) {
        return Instant.parse(instant).toEpochMilli();
    }

    private List<DeadlineEvent> observe(long at, boolean moves, ResolvedDeadline... mentions) {
        return tracker.observe(story, List.of(mentions), List.of(mentions).stream().map(m -> moves).toList(),
                "a" + at, "outlet", at);
    }

    @Test
    void aMorePreciseMentionWithinTheDeadlineRefinesIt() {
        assertInstanceOf(DeadlineEvent.Detected.class, observe(t("2026-02-24T21:00:00Z"), false, FRIDAY_EVENING).get(0));
        List<DeadlineEvent> events = observe(t("2026-02-26T05:00:00Z"), false, minute("2026-02-27T17:01-05:00"));
        assertEquals(1, events.size());
        Revision revision = assertInstanceOf(DeadlineEvent.Revised.class, events.get(0)).revision();
        assertEquals(FRIDAY_EVENING.due(), revision.from());
        assertEquals(Revision.Kind.REFINED, revision.kind());
        assertEquals(1, story.deadlines().size());
        assertEquals(Precision.MINUTE, story.deadlines().get(0).precision());
        assertEquals(List.of(revision), story.deadlines().get(0).history());
    }

    @Test
    void aOneMinuteDisagreementIsASourceNotANewDeadline() {
        observe(t("2026-02-24T21:00:00Z"), false, minute("2026-02-27T17:01-05:00"));
        List<DeadlineEvent> events = observe(t("2026-02-26T05:00:00Z"), false,
                at("2026-02-27T17:00-05:00", Precision.HOUR, "2026-02-27T17:00-05:00"));
        assertEquals(List.of(), events);
        assertEquals(1, story.deadlines().size());
        assertEquals(2, story.deadlines().get(0).sources().size());
        assertEquals(OffsetDateTime.parse("2026-02-27T17:01-05:00"), story.deadlines().get(0).due());
    }

    @Test
    void mentionsInOneArticleMergeBeforeTheyReachTheStory() {
        List<DeadlineEvent> events = observe(t("2026-02-24T21:00:00Z"), false,
                at("2026-02-27T17:00-05:00", Precision.PART_OF_DAY, "2026-02-27T12:00-05:00"),
                minute("2026-02-27T17:01-05:00"));
        assertEquals(1, events.size(), "one DETECTED for 'Friday afternoon' and '5:01 PM Friday' together");
        assertEquals(Precision.MINUTE, events.get(0).deadline().precision());
    }

    @Test
    void aMovedDeadlineIsRevisedWithTheOldAndNewInstant() {
        observe(t("2026-02-24T21:00:00Z"), false, minute("2026-02-27T17:01-05:00"));
        List<DeadlineEvent> events = observe(t("2026-02-26T05:00:00Z"), true, minute("2026-03-02T09:00-05:00"));
        Revision revision = assertInstanceOf(DeadlineEvent.Revised.class, events.get(0)).revision();
        assertEquals(Revision.Kind.MOVED, revision.kind());
        assertEquals(OffsetDateTime.parse("2026-02-27T17:01-05:00"), revision.from());
        assertEquals(OffsetDateTime.parse("2026-03-02T09:00-05:00"), events.get(0).deadline().due());
        assertEquals(1, story.deadlines().size());
    }

    @Test
    void aMoveInAnArticleThatAlsoStatesTheDeadlineAsItStandsIsHistory() {
        observe(t("2026-02-24T21:00:00Z"), false, minute("2026-02-27T17:01-05:00"));
        ResolvedDeadline current = minute("2026-02-27T17:01-05:00");
        ResolvedDeadline earlierRequest = minute("2026-03-20T17:00-04:00");
        List<DeadlineEvent> events = tracker.observe(story, List.of(current, earlierRequest), List.of(false, true), "a2",
                "outlet", t("2026-02-26T05:00:00Z"));
        assertEquals(List.of(), events);
        assertEquals(OffsetDateTime.parse("2026-02-27T17:01-05:00"), story.deadlines().get(0).due());
        assertEquals(1, story.deadlines().size());
    }

    @Test
    void aNewDeadlineAfterTheStorysOwnPassedIsADevelopmentOfItsOwn() {
        observe(t("2026-02-24T21:00:00Z"), false, minute("2026-02-27T17:01-05:00"));
        observe(t("2026-02-25T21:00:00Z"), false, minute("2026-02-27T17:01-05:00"), minute("2026-03-20T12:00-04:00"));
        List<ResolvedDeadline> extension = List.of(minute("2026-04-30T17:00-04:00"));
        Duration tolerance = DeadlineTracker.DEFAULT_TOLERANCE;
        assertFalse(story.isDevelopedBy(extension, List.of(true), t("2026-02-26T12:00:00Z"), tolerance),
                "before the principal deadline passes, a new deadline is part of the story");
        assertTrue(story.isDevelopedBy(extension, List.of(true), t("2026-03-02T12:00:00Z"), tolerance),
                "after it passed (even with a lesser deadline still ahead), an extension starts its own story");
        assertFalse(story.isDevelopedBy(extension, List.of(false), t("2026-03-02T12:00:00Z"), tolerance),
                "a date ahead that moves nothing (a summit on Thursday) is the aftermath, which stays");
        assertFalse(story.isDevelopedBy(List.of(minute("2026-03-20T12:00-04:00")), List.of(true),
                t("2026-03-02T12:00:00Z"), tolerance), "a deadline the story already tracks is no development");
        assertFalse(story.isDevelopedBy(List.of(), List.of(), t("2026-03-02T12:00:00Z"), tolerance),
                "coverage with no deadline ahead stays");
    }

    @Test
    void aPassedDeadlineToldAgainAfterItPassedIsASourceNotANewDeadline() {
        observe(t("2026-02-24T21:00:00Z"), false, minute("2026-02-27T17:01-05:00"));
        tracker.advance(story, t("2026-02-28T12:00:00Z"));
        assertTrue(story.deadlines().get(0).passed());
        // a report written the next day (dated by its day only) states the deadline that passed
        List<DeadlineEvent> events = observe(t("2026-02-28T13:00:00Z"), false, minute("2026-02-27T17:00-05:00"));
        assertEquals(List.of(), events, "no DETECTED for a deadline that has passed");
        assertEquals(1, story.deadlines().size());
        assertEquals(2, story.deadlines().get(0).sources().size());
        // a different time already past at the feed's clock is still a deadline of its own
        assertEquals(1, observe(t("2026-02-28T14:00:00Z"), false, minute("2026-02-28T09:00-05:00")).size());
    }

    @Test
    void anUnrelatedTimeIsASecondDeadline() {
        observe(t("2026-02-24T21:00:00Z"), false, minute("2026-02-27T17:01-05:00"));
        List<DeadlineEvent> events = observe(t("2026-02-25T05:00:00Z"), false, minute("2026-03-10T12:00-05:00"));
        assertInstanceOf(DeadlineEvent.Detected.class, events.get(0));
        assertEquals(2, story.deadlines().size());
        assertEquals("story-1#2", story.deadlines().get(1).id());
    }

    @Test
    void approachingAtEachThresholdThenPassed() {
        observe(t("2026-02-24T21:00:00Z"), false, minute("2026-02-27T17:01-05:00"));
        assertEquals(List.of(), tracker.advance(story, t("2026-02-26T22:00:00Z")));
        List<DeadlineEvent> day = tracker.advance(story, t("2026-02-26T22:01:00Z"));
        assertEquals(1, day.size());
        assertEquals(Duration.ofHours(24), assertInstanceOf(DeadlineEvent.Approaching.class, day.get(0)).threshold());
        assertEquals(t("2026-02-26T22:01:00Z"), day.get(0).at());
        List<DeadlineEvent> rest = tracker.advance(story, t("2026-03-01T00:00:00Z"));
        assertEquals(List.of(DeadlineEvent.Approaching.class, DeadlineEvent.Passed.class),
                rest.stream().map(Object::getClass).toList());
        assertEquals(t("2026-02-27T21:01:00Z"), rest.get(0).at());
        assertEquals(t("2026-02-27T22:01:00Z"), rest.get(1).at());
        assertEquals(List.of(), tracker.advance(story, t("2026-03-02T00:00:00Z")), "each alert once");
    }

    @Test
    void aDeadlineFirstSeenInsideBothWindowsGetsOneApproachingAlert() {
        observe(t("2026-02-27T21:30:00Z"), false, minute("2026-02-27T17:01-05:00")); // 31 minutes before
        List<DeadlineEvent> events = tracker.advance(story, t("2026-02-27T21:30:00Z"));
        assertEquals(1, events.size());
        assertEquals(Duration.ofHours(1), assertInstanceOf(DeadlineEvent.Approaching.class, events.get(0)).threshold());
        assertEquals(t("2026-02-27T21:30:00Z"), events.get(0).at());
    }

    @Test
    void theWatchKnowsWhenItIsNextNeeded() {
        observe(t("2026-02-24T21:00:00Z"), false, minute("2026-02-27T17:01-05:00"));
        assertEquals(t("2026-02-26T22:01:00Z"), story.nextWatchTime(tracker.thresholdsMillis()));
        tracker.advance(story, t("2026-03-01T00:00:00Z"));
        assertEquals(Long.MAX_VALUE, story.nextWatchTime(tracker.thresholdsMillis()));
        assertTrue(!story.hasLiveDeadline());
    }
}
