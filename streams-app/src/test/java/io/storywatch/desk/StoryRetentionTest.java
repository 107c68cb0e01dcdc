package io.storywatch.desk;

import io.storywatch.story.StoryState;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class StoryRetentionTest {
    private static final long DAY = Duration.ofDays(1).toMillis();
    private final StoryRepository stories = DeskParts.repository();
    private final StoryRetention retention = new StoryRetention();
    private final List<String> forgotten = new ArrayList<>();
    private final long t = Instant.parse("2026-01-05T00:00:00Z").toEpochMilli();

    private StoryState quiet(String id, long at) {
        StoryState story = StoryState.startFor(Articles.of(id, "Body of " + id + " with a few words."), at);
        stories.save(story);
        retention.touch(story.storyId(), at);
        return story;
    }

    @Test
    void aStoryQuietPastTheHorizonIsForgottenAndOneThatIsNotStays() {
        quiet("old", t);
        quiet("recent", t + 10 * DAY);
        retention.sweep(t + 1, t + 31 * DAY, stories, forgotten::add);
        assertEquals(List.of("story-old"), forgotten);
        assertNull(stories.get("story-old"));
        assertNotNull(stories.get("story-recent"));
        assertEquals(1, retention.size());
    }

    @Test
    void aStoryWithALiveDeadlineWaitsAndIsLookedAtAgainARetentionLater() {
        StoryState live = DeskParts.storyWithDeadline("live", t, "2026-12-31T12:00-05:00");
        stories.save(live);
        retention.touch(live.storyId(), t);
        long now = t + 31 * DAY;
        retention.sweep(t + 1, now, stories, forgotten::add);
        assertEquals(List.of(), forgotten);
        retention.sweep(now - 1, now + DAY, stories, forgotten::add);
        assertEquals(List.of(), forgotten, "not looked at again before the horizon passes the last look");
        assertEquals(1, retention.size());
    }

    @Test
    void aStoryTouchedAgainIsQueuedOnceAtItsLatestTime() {
        quiet("s", t);
        retention.touch("story-s", t + 20 * DAY);
        assertEquals(1, retention.size());
        retention.sweep(t + DAY, t + 31 * DAY, stories, forgotten::add);
        assertEquals(List.of(), forgotten);
    }
}
